// Candidate names: known organisations matched greedily, then runs of capitalised words joined by connectors.
import { beforeHyphen, capitalisedWords, isInitial, type Token, type WordSet } from "./tokens.ts";
import { ADJECTIVE_SUFFIXES, COMMON_WORDS, ROLES, TITLES_ALSO_GIVEN_NAMES, ORG_HEADS, ORG_LEADS, PLACE_HEADS, CONNECTORS, LONGEST_ORG_NAME, TIME_WORDS, TITLE_DEPARTMENTS, TITLE_MODIFIERS, isEnglishWord, isExactForm, isRoleWord, isTitle, isTitleLower, knownOrg, mayEndOrg, mayStartOrg, US_POSTAL_CODES, type KnownOrg } from "./lexicon.ts";
import { DEMONYMS } from "../../../resolve/geo/countries.ts";
import { countryCodeOf, geocode } from "../../../resolve/geo/geocode.ts";

/** A run of tokens that may name something: tokens[first..last] inclusive. */
export interface Candidate {
  first: number;
  last: number;
  /** Set when the run is a well-known organisation's name or alias. */
  known: KnownOrg | null;
  /** Where the name ends when it is only the front of its last token ("SDF" in "SDF-held"). */
  end?: number;
}

const INSTITUTION_WORDS = new Set([...ORG_HEADS, ...ORG_LEADS, ...PLACE_HEADS, "republic", "kingdom", "emirate", "emirates", "states", "isle", "cape", "bay", "gulf", "sea", "secretary", "minister", "ministers", "president", "prime"]);

/** "US-backed", "Kurdish-led": a capitalised word glued to an adjective ending names nothing itself. */
export function compoundAdjective(token: Token): { prefixEnd: number } | null {
  if (token.plain || !hasHyphen(token.text)) return null; // most words: no need for the pattern
  const m = /^(.+?)[-‐]([\p{Ll}]+)$/u.exec(token.text);
  if (!m || !ADJECTIVE_SUFFIXES.has(m[2]!)) return null;
  return { prefixEnd: token.start + m[1]!.length };
}

function hasHyphen(text: string): boolean {
  // One pass over the characters: this runs for nearly every capitalised word.
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 45 || c === 0x2010) return true;
  }
  return false;
}


const COUNTRY_PARTS = new Set(["central", "northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern", "south-western", "upper", "lower", "rural", "coastal"]);

function isDemonymOrCommon(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  const w = token.lower;
  // ("Amhara" is a people and a region: "displaced in Amhara since August" names the region.)
  if (COMMON_WORDS.has(w)) return !regionAfterPreposition(tokens, k) && !countryInCapitals(tokens, k) && !postalCodeAfterTown(tokens, k);
  if (!DEMONYMS.has(w) && !DEMONYM_PLURALS.has(w)) return false;
  // "Myanmar" is also said of its people ("Myanmar troops"), and "the Philippines" ends like a plural of "Philippine":
  // after "in", "across" or "the", or owning something ("Myanmar's"), a country's own name is still a name.
  const prev = tokens[k - 1]?.lower ?? "";
  // ("in central Myanmar", "across northern Myanmar": a part of the country after those words names it too.)
  const named = COUNTRY_BEFORE.has(prev) || (COUNTRY_PARTS.has(prev) && COUNTRY_BEFORE.has(tokens[k - 2]?.lower ?? "")) || (prev === "the" && w.endsWith("s")) || isPossessive(tokens[k + 1]?.text ?? "") || !tokens[k + 1]?.word;
  return !(named && geocode(token.text, { fuzzy: false })?.precision === "country");
}
/**
 * "in the US", "to the US.": the country, not the pronoun (a line in capitals is left out before this). Before a noun
 * ("US forces", "US 25") it describes, as a people's name does, and names no place.
 */
function countryInCapitals(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (!(t.acronym && t.upperCase && t.text.length <= 3)) return false;
  const next = tokens[k + 1];
  if (next?.word && next.sameLine && !REGION_FOLLOWERS.has(next.lower)) return false;
  return geocode(t.text, { fuzzy: false })?.precision === "country";
}
/** Heads that a people's name before them makes a state's body: "Nigerian Army", "Kenyan Navy". */
const ARMED_HEADS = new Set(["army", "navy", "military", "police", "gendarmerie", "government", "coastguard", "parliament"]);
const COUNTRY_BEFORE = new Set(["in", "across", "throughout", "from", "to", "into", "inside", "outside", "against"]);

/** A group's name standing alone after "in" (no noun after it) that the gazetteer knows as a region or province. */
function regionAfterPreposition(tokens: readonly Token[], k: number): boolean {
  if (!COUNTRY_BEFORE.has(tokens[k - 1]?.lower ?? "")) return false;
  const next = tokens[k + 1];
  if (next?.word && !TIME_WORDS.has(next.lower) && !REGION_FOLLOWERS.has(next.lower)) return false;
  const precision = geocode(tokens[k]!.text, { fuzzy: false })?.precision;
  return precision === "province" || precision === "region";
}
const REGION_FOLLOWERS = new Set(["since", "on", "in", "and", "last", "this", "after", "before", "during", "over", "where", "when", "as"]);

/** Every demonym with an "s" after it ("syrians"): a plural is looked up as it stands, without cutting a new string. */
const DEMONYM_PLURALS = new Set([...DEMONYMS.keys()].map((demonym) => `${demonym}s`));

export function isNameWord(token: Token | undefined): token is Token {
  return !!token && token.word && token.cap && !TIME_WORDS.has(token.lower) && !compoundAdjective(token) && !startsWithDigit(token.text);
}

function startsWithDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/**
 * Finds candidate runs; `lowercaseSeen` holds words the report also writes in lower case. Every run starts with a
 * capitalised word, so the search walks `capitals` (capitalisedWords) rather than every token.
 */
export function findCandidates(text: string, tokens: Token[], lowercaseSeen: WordSet, capitals = capitalisedWords(tokens)): Candidate[] {
  const out: Candidate[] = [];
  const used = clearedBytes(USED, tokens.length);

  const styles = lineStyles(tokens);
  // Whether each token may end a known name, asked once per token however many runs end on it (mayEndAt).
  // (No closures in this function: under the loader every closure made is also given its name, at a cost per report.)
  const endsOrg = clearedBytes(ENDS_ORG, tokens.length);
  // 1. Well-known organisations, longest first ("Islamic State group" before "Islamic State").
  for (let p = 0; p < capitals.length; p++) {
    const i = capitals[p]!;
    const t = tokens[i]!;
    if ((styles[i]! & SHOUTING) !== 0 && t.text.length <= 3) continue; // "IS" in a line in capitals is the verb
    const prefix = compoundAdjective(t);
    if (prefix) {
      // "SDF-held areas": the organisation is named even inside the compound.
      const org = knownOrg(text.slice(t.start, prefix.prefixEnd));
      if (org) out.push({ first: i, last: i, known: org, end: prefix.prefixEnd }), (used[i] = 1);
      continue;
    }
    // A plain word holds no hyphen: it is its own head.
    const head = t.plain ? t.text : beforeHyphen(t.text);
    if (!(t.plain ? mayStartOrg(head, t.lower, true) : mayStartOrg(head, head === t.text ? t.lower : undefined))) continue;
    // Names never cross a line break.
    let longest = 1;
    while (longest < LONGEST_ORG_NAME + 2 && i + longest < tokens.length && tokens[i + longest]!.sameLine) longest++;
    for (let n = longest; n >= 1; n--) {
      const end = tokens[i + n - 1]!;
      if (!end.word || !mayEndAt(tokens, endsOrg, i + n - 1)) continue;
      // One word: its own text, and for a plain word its lower case as the folded form, with no new strings.
      const phrase = n === 1 ? t.text : text.slice(t.start, end.end);
      const org = knownOrg(phrase, n === 1 && t.plain ? t.lower : undefined);
      if (!org) continue;
      // Case-insensitive names must still look like names here, not ordinary prose ("amnesty").
      if (!t.cap) continue;
      // A known name inside a longer name is not that organisation ("Red Cross" in "Myanmar Red Cross Society");
      // exact forms such as acronyms ("IS") always count.
      if (!isExactForm(phrase) && (partOfLongerName(tokens, i - 1, -1) || partOfLongerName(tokens, i + n, 1))) continue;
      out.push({ first: i, last: i + n - 1, known: org });
      used.fill(1, i, i + n);
      while (p + 1 < capitals.length && capitals[p + 1]! < i + n) p++; // the words of the name start nothing else
      break;
    }
  }

  const knownNames = out.length; // out[0, knownNames) are the known names, in order
  // 2. Runs of capitalised words, with connectors (of, al, bin, de...) between them. In Title Case
  // headlines every word is capitalised, so there only words that are not everyday English count.
  const nameWords = clearedBytes(NAME_WORDS, tokens.length);
  for (const k of capitals) if (isNameWordIn(tokens[k]!, styles[k]!)) nameWords[k] = 1; // (a name word is capitalised)
  // ("Police spokesman Sunday Ochoche", "A community leader, Monday Kassah,": a weekday is a given name where a role or
  // an appositive comma leads to it and a surname follows.)
  // (So is a faith's adjective opening a sentence before a surname that speaks: "Christian Lindmeier of WHO said".)
  for (const k of capitals) if (nameWords[k] !== 1 && (weekdayAsGivenName(tokens, k) || (nameWords[k + 1] === 1 && givenNameOpening(tokens, k)))) nameWords[k] = 1;
  // (nameWords[k] === 1: tokens[k] is a name word; past the last token too, the array reads 0.)
  let runEnd = -1; // the last token of the last run: the next run starts after it
  for (const i of capitals) {
    if (i <= runEnd || used[i] || nameWords[i] !== 1) continue;
    let last = i;
    let j = i + 1;
    while (j < tokens.length) {
      const t = tokens[j]!;
      if (used[j] || !t.sameLine) break;
      if (nameWords[j] === 1 && !t.sentenceStart) {
        last = j;
        j++;
        continue;
      }
      // "Uganda People's Defence Force", "Tigray People’s Liberation Front": a possessive inside a name.
      // "Lt. Col. Ahmed Said": the full stop of a title abbreviation stays inside the name.
      // (Each test below runs at the end of every run: the cheap ones come first.)
      // "Joseph R. Biden", "John F. Smith": so does a middle initial's, after a first name of the run.
      if (t.text === "." && !t.spaced && (isAbbreviatedTitle(tokens[j - 1]!) || (j - 1 > i && isInitial(tokens[j - 1]!) && !tokens[j + 1]?.acronym)) && nameWords[j + 1] === 1 && tokens[j + 1]!.sameLine && !used[j + 1]) {
        last = j + 1;
        j += 2;
        continue;
      }
      // ("in Co. Cork": the stop of Ireland's "Co." for County stays inside a place the gazetteer knows so, where a
      // company's "Acme Co. said" does not.)
      if (t.text === "." && !t.spaced && tokens[j - 1]!.text === "Co" && nameWords[j + 1] === 1 && tokens[j + 1]!.sameLine && !used[j + 1] && possessivePlace(text, tokens[j - 1]!, tokens[j + 1]!)) {
        last = j + 1;
        j += 2;
        continue;
      }
      // ("Cox's Bazar": a place the gazetteer knows by its possessive.)
      // ("Jacksonville Sheriff's Office", "the Cook County Medical Examiner's Office": an office named for its holder.)
      if (!t.spaced && isPossessive(t.text) && nameWords[j + 1] === 1 && tokens[j + 1]!.sameLine && !used[j + 1] && (isGroupOfPeople(tokens[j - 1]!) || officeOfHolder(tokens[j - 1]!, tokens[j + 1]!) || possessivePlace(text, tokens[j - 1]!, tokens[j + 1]!))) {
        last = j + 1;
        j += 2;
        continue;
      }
      // ("the Sudan Doctors' Union", "the Journalists' Syndicate": a plural group's possessive inside a body's name.)
      if (!t.spaced && isLoneApostrophe(t.text) && nameWords[j + 1] === 1 && tokens[j + 1]!.sameLine && !used[j + 1] && isPluralGroup(tokens[j - 1]!)) {
        last = j + 1;
        j += 2;
        continue;
      }
      // "Jammu and Kashmir", "Bosnia and Herzegovina": a place the gazetteer knows by the whole name joined by "and".
      if (t.lower === "and" && nameWords[j + 1] === 1 && tokens[j + 1]!.sameLine && !used[j + 1]) {
        const joined = placeJoinedByAnd(text, tokens, i, j, nameWords);
        if (joined > j) {
          last = joined;
          j = joined + 1;
          continue;
        }
        const institution = institutionJoinedByAnd(tokens, i, j, nameWords);
        if (institution > j) {
          last = institution;
          j = institution + 1;
          continue;
        }
        const portfolio = departmentJoinedByAnd(tokens, i, j, nameWords);
        if (portfolio > j) {
          last = portfolio;
          j = portfolio + 1;
          continue;
        }
      }
      // Connectors: "Observatory for Human Rights", "Abu Bakr al Baghdadi", "Office for the Coordination".
      const lower = t.lower;
      // "of"/"for"/"the"/"&" join only names of institutions and places ("Ministry of Defence"), not "Ann Lee of the Red Cross".
      const english = lower === "of" || lower === "for" || lower === "the" || lower === "&" || lower === "on";
      if (t.word && CONNECTORS.has(lower) && !t.sentenceStart && (!english || (holdsInstitutionWord(tokens, i, j) && !givenNameOpening(tokens, i)) || titleOfDepartment(tokens, j))) {
        let k = j + 1;
        if (lower !== "the" && tokens[k]?.lower === "the" && (lower === "of" || lower === "for")) k++;
        if (lower === "the" && !["of", "for"].includes(tokens[j - 1]!.lower)) break;
        const next = tokens[k];
        if (nameWords[k] === 1 && next!.sameLine && !used[k]) {
          last = k;
          j = k + 1;
          continue;
        }
      }
      break;
    }
    // ("UNICEF Representative in Sudan Sheldon Yett": the country a title serves in, then the name of who holds it.)
    const split = last - i >= 2 && tokens[i - 1]?.lower === "in" && isRole(tokens[i - 2]) ? countryThenName(text, tokens, i, last) : -1;
    if (split > 0) {
      out.push({ first: i, last: split - 1, known: null }, { first: split, last, known: null });
      runEnd = last;
      continue;
    }
    // ("the 10th Infantry Division", "the 444th Brigade": a unit's ordinal is part of its name.)
    const ordinal = i >= 1 && UNIT_WORDS.has(tokens[last]!.lower) && ORDINAL_NUMBER.test(tokens[i - 1]!.text); // (the word first: few are units)
    out.push({ first: ordinal ? i - 1 : i, last, known: null });
    runEnd = last;
  }
  const kept: Candidate[] = [];
  for (const c of mergedByFirst(out, knownNames)) {
    const d = c.known ? c : trim(text, c, tokens, lowercaseSeen);
    // A lone capital ("N. 14th Street", "E. Main") is an initial or a compass point, never a name by itself.
    if (d && (d.known || d.first !== d.last || tokens[d.first]!.text.length > 1)) kept.push(d);
  }
  return kept;
}

function isRole(token: Token | undefined): boolean {
  return !!token && token.word && isRoleWord(token.lower);
}

/** Where the name after a country starts in a run [first, last] that opens with a country's one- or two-word name, or -1. */
function countryThenName(text: string, tokens: Token[], first: number, last: number): number {
  for (const end of [first, first + 1]) {
    if (last - end < 2) continue;
    const hit = geocode(text.slice(tokens[first]!.start, tokens[end]!.end), { fuzzy: false });
    if (hit && !hit.fuzzy && hit.precision === "country") return end + 1;
  }
  return -1;
}

/** Whether tokens[k] may end a known name, asked once per token and kept in `endsOrg`: 0 not yet asked, 1 yes, 2 no. */
function mayEndAt(tokens: Token[], endsOrg: Uint8Array, k: number): boolean {
  let answer = endsOrg[k]!;
  if (answer === 0) endsOrg[k] = answer = mayEndOrg(tokens[k]!.text, tokens[k]!.lower, tokens[k]!.plain) ? 1 : 2;
  return answer === 1;
}

/**
 * The candidates in order of their first tokens: out[0, split) and out[split, end) are each in order already (the
 * known names, then the runs), and no two start at one token (a run starts at no token of a known name), so merging
 * them gives what sorting would.
 */
function mergedByFirst(out: Candidate[], split: number): Candidate[] {
  if (split === 0 || split === out.length) return out;
  const merged: Candidate[] = [];
  let a = 0;
  let b = split;
  while (a < split && b < out.length) merged.push(out[a]!.first < out[b]!.first ? out[a++]! : out[b++]!);
  while (a < split) merged.push(out[a++]!);
  while (b < out.length) merged.push(out[b++]!);
  return merged;
}

/**
 * findCandidates' per-token byte arrays, kept from report to report (it runs to its end before it runs again): a new
 * typed array of a report's length lives outside the heap, and costs more to make and collect than one cleared.
 */
const scratch: Uint8Array[] = [];
const USED = 0;
const ENDS_ORG = 1;
const NAME_WORDS = 2;
const LINE_STYLES = 3;

/**
 * The scratch array `slot`, zero over [0, length + 2): as a fresh array of `length` bytes reads, since a read past
 * its end ("the token after the last") gives undefined, which every test here takes as 0 does.
 */
function clearedBytes(slot: number, length: number): Uint8Array {
  let bytes = scratch[slot];
  if (bytes === undefined || bytes.length < length + 2) scratch[slot] = bytes = new Uint8Array(Math.max(1024, 2 * (length + 2)));
  else bytes.fill(0, 0, length + 2);
  return bytes;
}

/** 's or ’s. */
function isPossessive(text: string): boolean {
  const c = text.charCodeAt(0);
  return text.length === 2 && (c === 39 || c === 0x2019) && text.charCodeAt(1) === 115;
}

function isAbbreviatedTitle(token: Token): boolean {
  return isTitle(token.text) || /^(?:St|Ste|Mt|Ft|Pt|ST|MT|FT)$/.test(token.text);
}

function officeOfHolder(holder: Token, office: Token): boolean {
  return /^(?:sheriff|attorney|coroner|examiner|marshal|marshals|prosecutor|solicitor|commissioner|controller|auditor|general|ombudsman|ombudsperson|president|governor|mayor|premier|chancellor|registrar)$/i.test(holder.text) && /^(?:office|department|service|bureau)$/i.test(office.text);
}

function isLoneApostrophe(text: string): boolean {
  return text === "'" || text === "’";
}

/** "Doctors", "Journalists": people of one calling or lot, whose plural possessive may name their body. */
function isPluralGroup(token: Token): boolean {
  return /^(?:doctors|journalists|lawyers|teachers|nurses|physicians|medics|workers|farmers|students|mothers|martyrs|veterans|engineers|pharmacists|dentists|judges|prisoners|detainees|families|victims|survivors|women|fishermen|traders|writers)$/i.test(token.text);
}

function isGroupOfPeople(token: Token): boolean {
  return /^(?:people|women|workers|children|martyrs|mothers|men|farmers|citizens|nations|students|youth)$/i.test(token.text);
}

/** An institution's or a place's word among tokens[from, to) ("Ministry", "Republic"). */
/**
 * "North Yorkshire Fire and Rescue Service", "Disaster Risk Reduction and Management Authority", "Commission for Justice
 * and Peace": "and" inside an institution's name, when the words after it end on an institution's head word, or when the
 * name so far is an institution "of"/"for" something and one everyday word follows ("… of Disaster Management and
 * Relief"). The last token of the joined name, or -1. (Not "the Ministry of Defence and Hamas": a name is no everyday word.)
 */
function institutionJoinedByAnd(tokens: Token[], from: number, and: number, nameWords: Uint8Array): number {
  let m = and + 1;
  while (m + 1 < tokens.length && m - and < 4 && nameWords[m + 1] === 1 && tokens[m + 1]!.sameLine && !tokens[m + 1]!.sentenceStart) m++;
  if (nameWords[and + 1] !== 1) return -1;
  // (Two bodies named together stay two: "the National Guard and State Police", "Brown Deer and Milwaukee Police
  // Department": the word before "and" ends a name of its own, or the words after it open with a proper name.)
  const before = tokens[and - 1]!.lower;
  const ownName = ORG_HEADS.has(before) || before === "guard" || tokens[and - 1]!.acronym || !!geocode(tokens[and - 1]!.text, { fuzzy: false });
  if (!ownName && m - and <= 3 && isEnglishWord(tokens[and + 1]!.lower) && ORG_HEADS.has(tokens[m]!.lower)) return m;
  // ("Institute for Development and Peace Studies": two everyday words closing on a field of study join as one.)
  const fieldTail = m === and + 2 && FIELD_OF_WORK.has(tokens[m]!.lower) && isEnglishWord(tokens[and + 1]!.lower);
  if ((m === and + 1 || fieldTail) && holdsInstitutionWord(tokens, from, and)) {
    let ofFor = false;
    for (let k = from; k < and; k++) if (tokens[k]!.lower === "of" || tokens[k]!.lower === "for") ofFor = true;
    if (ofFor && isEnglishWord(tokens[m]!.lower)) return m;
  }
  return -1;
}

/**
 * "Commissioner for Information and Internal Affairs Musa Bello": a title's portfolio of two departments joined by
 * "and", then the name of who holds it. The last department token, or -1. (The department words come from the lexicon,
 * so "the Minister of Defence and Hamas" stays two names.)
 */
function departmentJoinedByAnd(tokens: Token[], from: number, and: number, nameWords: Uint8Array): number {
  let k = and - 1;
  while (k > from && TITLE_DEPARTMENTS.has(tokens[k]!.lower)) k--;
  if (k === and - 1 || (tokens[k]!.lower !== "for" && tokens[k]!.lower !== "of") || !isTitleLower(tokens[k - 1]?.lower ?? "")) return -1;
  let m = and + 1;
  while (m < and + 4 && nameWords[m] === 1 && TITLE_DEPARTMENTS.has(tokens[m]!.lower) && !tokens[m]!.sentenceStart) m++;
  const name = tokens[m];
  return m > and + 1 && nameWords[m] === 1 && name !== undefined && name.sameLine && !name.sentenceStart ? m - 1 : -1;
}

/** Words that close the name of what an institute works on: "… and Peace Studies", "… and Human Rights". */
const FIELD_OF_WORK = new Set(["studies", "research", "development", "affairs", "rights", "relief", "protection", "management", "security", "reconstruction", "resettlement", "welfare", "rehabilitation", "analysis", "statistics", "policy", "planning", "documentation"]);

const ORDINAL_NUMBER = /^\d{1,4}(?:st|nd|rd|th)$/i;
const UNIT_WORDS = new Set(["division", "brigade", "battalion", "regiment", "corps", "army", "infantry", "squadron", "fleet", "command", "company", "group", "wing"]);

function holdsInstitutionWord(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (INSTITUTION_WORDS.has(tokens[k]!.lower)) return true;
  return false;
}

/**
 * "Superintendent of Police Mihin Gambo", "Inspector General of Police V K Birdi": a title, "of" at j, a department
 * that is the title's, then the name it belongs to (a title alone, "X, Superintendent of Police, said", is no name).
 */
function titleOfDepartment(tokens: Token[], j: number): boolean {
  if ((tokens[j]!.lower !== "of" && tokens[j]!.lower !== "for") || !isTitleLower(tokens[j - 1]!.lower)) return false;
  let k = tokens[j + 1]?.lower === "the" ? j + 2 : j + 1;
  const departmentStart = k;
  while (tokens[k] && (TITLE_DEPARTMENTS.has(tokens[k]!.lower) || TITLE_MODIFIERS.has(tokens[k]!.lower))) k++;
  const name = tokens[k];
  return k > departmentStart && name !== undefined && name.word && name.cap && name.sameLine;
}

/** True when the token at k (walking in direction dir) continues a capitalised name on the same line. */
function partOfLongerName(tokens: Token[], k: number, dir: 1 | -1): boolean {
  const t = tokens[k];
  if (!t || !t.word || !t.cap || t.acronym) return false;
  if (dir === -1 && (!tokens[k + 1]!.sameLine || tokens[k + 1]!.sentenceStart)) return false;
  if (dir === 1 && !t.sameLine) return false;
  const w = t.lower;
  if (dir === -1 && (w === "the" || t.sentenceStart && COMMON_WORDS.has(w))) return false;
  return !TIME_WORDS.has(w) && !compoundAdjective(t) && !SPEECH_VERB_LIKE.test(w);
}

const SPEECH_VERB_LIKE = /^(?:said|says|told|added)$/;

// The style of a line, one bit each (lineStyles).
/** Written in capitals: four words or more, nearly all upper-case. */
const SHOUTING = 1;
/** Written in Title Case: four longer words or more, most capitalised. */
const TITLE_CASE = 2;

/** The style of each token's line (SHOUTING, TITLE_CASE), both worked out in one pass over the tokens. */
function lineStyles(tokens: Token[]): Uint8Array {
  const out = clearedBytes(LINE_STYLES, tokens.length);
  let start = 0;
  let shoutWords = 0; // words of three letters or more, and how many are upper-case
  let upper = 0;
  let titleWords = 0; // words of four letters or more, and how many are capitalised
  let capitalised = 0;
  let words = 0; // every word of the line, and whether each is an everyday word in capitals
  let everydayCapitals = true;
  for (let i = 0; i <= tokens.length; i++) {
    if (i > 0 && (i === tokens.length || !tokens[i]!.sameLine)) {
      let style = 0;
      // (A short line of everyday words in capitals, "PRESS RELEASE", "BREAKING NEWS", is a label, not a name.)
      if ((shoutWords >= 4 && upper / shoutWords >= 0.8) || (words > 0 && everydayCapitals)) style |= SHOUTING;
      // Headlines do not end like sentences; prose full of names does.
      if (titleWords >= 4 && capitalised / titleWords >= 0.75 && !endsSentence(tokens[i - 1]!.text)) style |= TITLE_CASE;
      if (style !== 0) out.fill(style, start, i);
      start = i;
      shoutWords = upper = titleWords = capitalised = words = 0;
      everydayCapitals = true;
    }
    const t = tokens[i];
    if (t && t.word && everydayCapitals) {
      words++;
      everydayCapitals = t.upperCase && t.end - t.start >= 2 && isEnglishWord(t.lower);
    }
    if (t && t.word && t.letters && t.end - t.start >= 3) {
      shoutWords++;
      if (t.upperCase) upper++;
      if (t.end - t.start >= 4) {
        titleWords++;
        if (t.startsUpper) capitalised++;
      }
    }
  }
  return out;
}

function weekdayAsGivenName(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  // ("government spokesman Jan Achakzai", "union leader Sultan Lala": a month or a ruler's title is a given name there too.)
  if (!WEEKDAYS.has(t.lower) && !GIVEN_NAMES_AFTER_ROLE.has(t.lower)) return false;
  const next = tokens[k + 1];
  if (!next || !next.sameLine || !isNameWord(next) || next.sentenceStart) return false;
  const prev = tokens[k - 1];
  if (!prev || !prev.sameLine) return false;
  return ROLES.has(prev.lower) || (prev.text === "," && !!tokens[k - 2] && ROLES.has(tokens[k - 2]!.lower));
}
/**
 * "Christian Lindmeier of WHO said": an everyday word that is also a given name, opening a sentence before a surname
 * that is no English word and that speaks, or is placed in a body, next.
 */
function givenNameOpening(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  const surname = tokens[k + 1];
  if (!t.sentenceStart || !GIVEN_NAMES_ALSO_WORDS.has(t.lower) || !surname?.cap || !surname.sameLine || surname.acronym || isEnglishWord(surname.lower) || knownPlaceName(surname.text)) return false;
  const next = tokens[k + 2];
  if (!next || !next.sameLine) return false;
  return SPEECH_VERB_LIKE.test(next.lower) || (next.lower === "of" && !!tokens[k + 3]?.cap) || (next.text === "," && ROLES.has(tokens[k + 3]?.lower ?? ""));
}
/** Words of the everyday list that are given names too ("Christian militias", "Christian Lindmeier"). */
const GIVEN_NAMES_ALSO_WORDS = new Set(["christian"]);
const WEEKDAYS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);
/** Months and titles that are also given names: "Jan", "June", "April", "Sultan", "Malik", "Khan". */
const GIVEN_NAMES_AFTER_ROLE = new Set(["jan", "june", "april", "august", "may", ...TITLES_ALSO_GIVEN_NAMES]);

/** . ! ? or a closing quote. */
function endsSentence(text: string): boolean {
  return text.length === 1 && '.!?"”’'.includes(text);
}

/** A word of a name in a line of this style (lineStyles): in Title Case an everyday word is not, in capitals only a big place is. */
function isNameWordIn(t: Token, style: number): boolean {
  return isNameWord(t) && ((style & TITLE_CASE) === 0 || !ordinaryInTitle(t)) && ((style & SHOUTING) === 0 || bigPlace(t.text));
}

/** The last token of a country or province named "A and B" from tokens[first], "and" at `and`; else -1. */
function placeJoinedByAnd(text: string, tokens: Token[], first: number, and: number, nameWords: Uint8Array): number {
  let end = and + 1;
  while (end + 1 < tokens.length && end - and < 3 && nameWords[end + 1] === 1 && tokens[end + 1]!.sameLine) end++;
  // (The run may open with a word the trimming drops later: "In Jammu and Kashmir".)
  for (let start = first; start < and && start <= first + 1; start++) {
    for (let e = end; e > and; e--) {
      const phrase = text.slice(tokens[start]!.start, tokens[e]!.end);
      const hit = geocode(phrase, { fuzzy: false });
      // (A country by any of its names, "Bosnia and Herzegovina" for world-atlas's "Bosnia and Herz."; a province by its own.)
      if (hit && !hit.fuzzy && (hit.precision === "country" || ((hit.precision === "province" || hit.precision === "region") && hit.name.toLowerCase() === phrase.toLowerCase()))) return e;
    }
  }
  return -1;
}

/** "Cox's Bazar", "Martha's Vineyard": two words joined by a possessive that the gazetteer knows as one place. */
function possessivePlace(text: string, before: Token, after: Token): boolean {
  const hit = geocode(text.slice(before.start, after.end), { fuzzy: false });
  return !!hit && !hit.fuzzy && hit.precision !== "country";
}

/** "Dayton, OH", "(Boise, ID)": a state's postal code in capitals after a capitalised word and a comma, not a word. */
function postalCodeAfterTown(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return t.acronym && t.text.length === 2 && US_POSTAL_CODES.has(t.text) && tokens[k - 1]?.text === "," && !!tokens[k - 2]?.cap && !(tokens[k + 1]?.word && tokens[k + 1]!.sameLine && tokens[k + 1]!.cap);
}

/** In a line in capitals only countries and large cities are trusted as names. */
function bigPlace(word: string): boolean {
  const hit = geocode(word, { fuzzy: false });
  return !!hit && !hit.fuzzy && (hit.precision === "country" || (hit.population ?? 0) >= 100_000);
}

function ordinaryInTitle(t: Token): boolean {
  if (t.acronym) return false;
  const w = t.lower;
  return (COMMON_WORDS.has(w) || isEnglishWord(w)) && !countryCodeOf(t.text);
}

/** Drops leading articles and sentence-initial ordinary words; drops runs of only demonyms or common words. */
function knownPlaceName(name: string): boolean {
  const hit = geocode(name, { fuzzy: false });
  if (!hit || hit.fuzzy) return false;
  return (hit.population ?? 0) >= 50_000 || ["country", "province", "region"].includes(hit.precision);
}

const STATE_LEVELS = new Set(["national", "federal", "border", "military", "civil", "judicial", "metropolitan", "municipal", "provincial"]);
const FORCE_HEADS = new Set(["police", "guard", "gendarmerie", "army", "prosecutor", "defence", "defense"]);
const DEPARTMENT_HEADS = new Set(["ministry", "department"]);

const REGION_WORDS = new Set(["region", "state", "province", "governorate", "district", "county", "zone"]);

const OPENING_PREPOSITIONS = new Set(["in", "at", "on", "near", "from", "to", "across", "around", "outside", "inside", "throughout", "for", "by"]);

const OPENING_PLACE_ADJECTIVES = new Set(["neighbouring", "neighboring", "nearby", "war-torn", "landlocked", "impoverished", "conflict-hit", "quake-hit", "flood-hit"]);

function trim(text: string, c: Candidate, tokens: Token[], lowercaseSeen: WordSet): Candidate | null {
  let { first, last } = c;
  let whole = false;
  while (first <= last) {
    const t = tokens[first]!;
    const lower = t.lower;
    // "Mr. John Smith" opening a sentence: once the title is dropped, its stop is no part of the name.
    if (lower === "the" || lower === "a" || lower === "an" || !t.word) {
      first++;
      continue;
    }
    // "South China Morning Post", "North Atlantic Council": a run that ends in a head word is a name as a whole.
    const lastWord = tokens[last]!.lower;
    // (Not a preposition opening the sentence: "In Gaza City, …" names Gaza City.)
    // ("the Nigerian Army", "the Indian Army": a people's name and a capitalised head name a state's body too.)
    // ("the National Police", "the Federal Police": a level of the state and a force's head name a state's body.)
    const namedWhole = ((last - first >= 2 && (ORG_HEADS.has(lastWord) || PLACE_HEADS.has(lastWord))) || (last - first === 1 && ARMED_HEADS.has(lastWord) && tokens[last]!.cap && DEMONYMS.has(lower)) ||
      (last - first === 1 && tokens[last]!.cap && STATE_LEVELS.has(lower) && FORCE_HEADS.has(lastWord)) ||
      // ("Health Ministry spokesman X said" opening a sentence: an everyday word before "Ministry" is the ministry's remit.)
      (last - first === 1 && tokens[last]!.cap && DEPARTMENT_HEADS.has(lastWord)))
      && !TIME_WORDS.has(lower) && !(t.sentenceStart && OPENING_PREPOSITIONS.has(lower));
    if (namedWhole) {
      whole = true;
      break;
    }
    // ("Villager Ibrahim Musa said": a role word opening a sentence before a two-word name is no part of it.)
    // ("Neighbouring Mozambique has reported …": a word describing the place opens the sentence.)
    const ordinary = (COMMON_WORDS.has(lower) && !countryInCapitals(tokens, first) && !postalCodeAfterTown(tokens, first)) || (t.sentenceStart && !t.acronym && (lowercaseSeen.has(lower) || OPENING_PREPOSITIONS.has(lower) || OPENING_PLACE_ADJECTIVES.has(lower) || (ROLES.has(lower) && last - first >= 2 && !isEnglishWord(tokens[first + 1]!.lower))));
    // Only a word that would be dropped needs the gazetteer below: any other one ends the trimming anyway.
    if (!(ordinary && (t.sentenceStart || first === last || TIME_WORDS.has(lower)))) break;
    if (first < last && (weekdayAsGivenName(tokens, first) || givenNameOpening(tokens, first))) break;
    // "the Amhara region", "Kurdistan province": a people's name before a lower-case region word names the region.
    if (first === last && REGION_WORDS.has(tokens[last + 1]?.lower ?? "") && tokens[last + 1]!.sameLine && knownPlaceName(t.text)) return { first, last, known: null };
    // ("displaced in Amhara since August": alone after "in", the region.)
    if (first === last && regionAfterPreposition(tokens, first)) return { first, last, known: null };
    // "New York", "North Korea": an ordinary first word that belongs to a known place name.
    if (last > first && !TIME_WORDS.has(lower) && lower !== "the" && !OPENING_PREPOSITIONS.has(lower) && knownPlaceName(text.slice(t.start, tokens[last]!.end))) break;
    first++;
  }
  // Trailing connectors are never part of a name.
  while (last >= first && !tokens[last]!.cap) last--;
  if (first > last) return null;
  // ("the Libyan National Army": a people's name and ordinary words ending in a head word still name a body.)
  if (whole && last === c.last) return { first, last, known: null };
  for (let k = first; k <= last; k++) {
    const t = tokens[k]!;
    if (t.cap && !isDemonymOrCommon(tokens, k)) return { first, last, known: null };
  }
  return null;
}
