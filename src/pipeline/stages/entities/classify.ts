// Deciding whether a candidate names a person, an organisation or a place, from cue words and the gazetteer.
import type { EntityType } from "../../../doc/document.ts";
import { beforeHyphen, isInitial, type Token, type WordSet } from "./tokens.ts";
import type { Candidate } from "./candidates.ts";
import {
  APPOSITIVE_PLACE_NOUNS, COMMON_WORDS, FACILITY_NOUNS, FACILITY_PAIRS, ORG_HEADS, ORG_LEADS, ORG_MEMBERS_AFTER, ORG_NOUNS_AFTER, ORG_UNIT_NOUNS_AFTER, PLACE_HEADS, PLACE_LEADS,
  PLACE_NOUNS_AFTER, PLACE_NOUNS_BEFORE, PLACE_PREPOSITIONS, ROLES, SPEECH_VERBS, TIME_WORDS, TITLE_DEPARTMENTS, TITLE_MODIFIERS, CONNECTORS as CONNECTORS_SET, US_STATE_ABBREVIATIONS, US_POSTAL_CODES,
  LOCALITY_PREFIXES, TITLES_ALSO_GIVEN_NAMES, isEnglishWord, isRoleWord, isTitleLower, knownOrg, type KnownOrg,
} from "./lexicon.ts";
import { geocode, type GeoContext, type GeoHit } from "../../../resolve/geo/geocode.ts";
import { DEMONYMS } from "../../../resolve/geo/countries.ts";
import { foldName } from "../../../resolve/names.ts";

/** "LoC", "MoD", "PoK": a capital, one or two small letters and a capital. */
const MIXED_CASE_ABBREVIATION = /^[\p{Lu}][\p{Ll}]{1,2}[\p{Lu}]$/u;
const SAID = new Set(["said", "says", "told"]);
/** Words that say how someone holds an office ("Acting", "Senior"), not which office. */
const OFFICE_HOLDER_MODIFIERS = new Set(["acting", "former", "deputy", "interim", "senior", "top", "vice", "outgoing", "incoming", "then", "chief"]);

/** A classified candidate. `type` null means "not sure yet": resolved later by short-form links or dropped. */
export interface Typed {
  first: number;
  last: number;
  type: EntityType | null;
  known: KnownOrg | null;
  /** How sure: 3 lexicon or title, 2 strong cue, 1 weak (gazetteer alone, default guess). */
  strength: number;
  /** The place cue said it is a place even if the gazetteer does not know it. */
  placeCue?: boolean;
  geo?: GeoHit | null;
  /** Where the name ends when it is only the front of its last token. */
  end?: number;
}

export interface ClassifyContext {
  text: string;
  tokens: Token[];
  countries: string[];
  lowercaseSeen: WordSet;
}

/** Splits "US President Donald Trump" into its parts, types each candidate and appends them to `out`. */
export function classify(c: Candidate, ctx: ClassifyContext, out: Typed[]): void {
  if (c.first === c.last && notAName(ctx.tokens, c.first)) return;
  if (c.known) {
    out.push({ first: c.first, last: c.last, type: "org", known: c.known, strength: 3, placeCue: undefined, geo: undefined, end: c.end });
    return;
  }
  const { tokens } = ctx;
  // "Acting Kursk governor Alexei Smirnov": a title's modifier before a place and a role in lower case is no name; the
  // place is typed alone.
  const after = tokens[c.last + 1];
  if (c.last > c.first && c.end === undefined && OFFICE_HOLDER_MODIFIERS.has(tokens[c.first]!.lower) && after && !after.cap && isRoleWord(after.lower)) {
    const rest = ctx.text.slice(tokens[c.first + 1]!.start, tokens[c.last]!.end);
    classify({ ...c, first: c.first + 1, known: knownOrg(rest) ?? null }, ctx, out);
    return;
  }
  // "Ukraine's General Staff said": an army's command, not a general named Staff.
  if (c.last === c.first + 1 && tokens[c.last]!.lower === "staff" && (tokens[c.first]!.lower === "general" || tokens[c.first]!.lower === "joint")) {
    out.push(typed(c, "org", 2));
    return;
  }
  // "Chicago Police Chief said", "Kaufman County Sheriff Bryan Beavers' deputies": a title closing the run names no
  // one; what stands before it is typed alone. With an office after it, "the Harris County Sheriff's Office", the run
  // is the office's name, an organisation (its county is the office's reach, not where things happened).
  if (c.last > c.first && closingTitle(tokens, c.last)) {
    let preEnd = c.last - 1;
    while (preEnd >= c.first && (!tokens[preEnd]!.word || isTitleLower(tokens[preEnd]!.lower) || TITLE_MODIFIERS.has(tokens[preEnd]!.lower))) preEnd--;
    // (A title alone before its office, "the state Attorney General's Office", is left as the text has it.)
    if (preEnd >= c.first) {
      if (/^['’]s?$/.test(tokens[c.last + 1]?.text ?? "")) out.push(typed(c, "org", 2));
      else if (!demonymsOnly(tokens, c.first, preEnd)) classify({ first: c.first, last: preEnd, known: null }, ctx, out);
      return;
    }
  }
  // Titles inside the run: the name follows the last title word.
  for (let t = c.first; t < c.last; t++) {
    if (!isTitleLower(tokens[t]!.lower)) continue; // the lower case: no new string per word
    // ("union leader Sultan Lala": after a role in small letters, a ruler's title opening the run is a given name.)
    if (t === c.first && TITLES_ALSO_GIVEN_NAMES.has(tokens[t]!.lower) && tokens[t - 1]?.word && !tokens[t - 1]!.cap && ROLES.has(tokens[t - 1]!.lower)) continue;
    // ("a shooting in Prince Albert": after "in", "near" or "at", a town the gazetteer knows by the whole run is that
    // town, though it opens with a title; "Prince Albert said" stays the person.)
    if (t === c.first && c.end === undefined && TOWN_PREPOSITIONS.has(tokens[t - 1]?.lower ?? "")) {
      const town = titledTown(c, ctx);
      if (town) {
        out.push(typed(c, "place", 2, town));
        return;
      }
    }
    let nameStart = t + 1;
    while (nameStart < c.last && (!tokens[nameStart]!.word || isTitleLower(tokens[nameStart]!.lower) || TITLE_MODIFIERS.has(tokens[nameStart]!.lower))) nameStart++;
    nameStart = pastTitleDepartment(tokens, nameStart, c.last);
    const head = tokens[nameStart]!;
    if (ORG_HEADS.has(head.lower) || COMMON_WORDS.has(head.lower)) continue;
    // ("the Chief Minister said", "the Prime Minister": titles with no name after them name no person.)
    if (nameStart === c.last && isTitleLower(head.lower)) return;
    // What stands before the title: modifiers ("Foreign Minister") go, names ("US", "SDF") stay as their own mention.
    let preEnd = t - 1;
    while (preEnd >= c.first && !tokens[preEnd]!.word) preEnd--;
    while (preEnd >= c.first && TITLE_MODIFIERS.has(tokens[preEnd]!.lower)) preEnd--;
    // (It names no person: the title's person is the one after it. "said Public Safety Director David Wantz".)
    if (preEnd >= c.first && !demonymsOnly(tokens, c.first, preEnd)) {
      const before: Typed[] = [];
      classify({ first: c.first, last: preEnd, known: null }, ctx, before);
      for (const b of before) if (b.type !== "person") out.push(b);
    }
    out.push(typed(c, "person", 3, undefined, undefined, c.last, nameStart));
    return;
  }
  // "Governor of the Belgorod Region Vyacheslav Gladkov", "Iran's Emergency Organization Jafar Miadfar": translated wire
  // copy writes a body or a place, then the person in it, as one run of capitals; the name after the head is a person.
  const headSplit = c.end === undefined && c.last - c.first >= 3 ? personAfterHead(c, ctx) : -1;
  if (headSplit > 0) {
    classify({ first: c.first, last: headSplit, known: null }, ctx, out);
    out.push(typed(c, "person", 2, undefined, undefined, c.last, headSplit + 1));
    return;
  }
  // "the Tigrayan town of Axum", "the Kurdish city of Kobani": a people's adjective before "town of" names no place.
  // (Only after "the", and unless the gazetteer knows the word: "in Shopian district of Jammu and Kashmir".)
  if (c.first === c.last && tokens[c.first - 1]?.lower === "the" && PEOPLE_ADJECTIVE.test(tokens[c.first]!.text) && PLACE_OF_NOUN.test(tokens[c.last + 1]?.lower ?? "") && tokens[c.last + 2]?.lower === "of" && !geocode(tokens[c.first]!.text, { fuzzy: false })) return;
  // "CAIR (the Council on American-Islamic Relations)": an acronym spelled out in brackets after it is that body's.
  if (c.first === c.last && tokens[c.first]!.acronym && spelledOutAfter(tokens, c.last)) {
    out.push(typed(c, "org", 2));
    return;
  }
  out.push(typeOf(c, ctx));
}

/**
 * "Secretary of State Antony Blinken", "Superintendent of Police Ravi Kumar": "of" and the department after a title
 * are the title's too, so the name starts past them. Returns k unchanged where no name would be left.
 * ("Commissioner for Health Ada Obi": Nigerian and Kenyan titles join their department with "for".)
 */
function pastTitleDepartment(tokens: Token[], k: number, last: number): number {
  if (tokens[k]?.lower !== "of" && tokens[k]?.lower !== "for") return k;
  let j = k + 1;
  if (tokens[j]?.lower === "the") j++;
  const departmentStart = j;
  // ("Commissioner for Information and Internal Affairs Musa Bello": "and" joins a second department of the title.)
  while (j < last && (TITLE_DEPARTMENTS.has(tokens[j]!.lower) || TITLE_MODIFIERS.has(tokens[j]!.lower) || ORG_HEADS.has(tokens[j]!.lower) || isTitleLower(tokens[j]!.lower) || !tokens[j]!.word || (tokens[j]!.lower === "and" && j > departmentStart && TITLE_DEPARTMENTS.has(tokens[j + 1]?.lower ?? "")))) j++;
  return j > departmentStart && j <= last ? j : k;
}

/** A town's own bodies, named after it: "Flint police", "Auburn fire officials". */
const LOCAL_BODIES_AFTER = new Set(["police", "fire", "county", "city", "mayor", "officials", "residents", "authorities", "schools", "hospital", "sheriff"]);

const PEOPLE_ADJECTIVE = /^[\p{Lu}][\p{Ll}]+(?:an|ian|ese|ish|i)$/u;
const PLACE_OF_NOUN = /^(?:town|city|village|capital|port|region|province|district|state|enclave|stronghold|border\s+town)$/;

/** Whether the capitalised words in brackets right after token k have the token's letters as their initials. */
function spelledOutAfter(tokens: Token[], k: number): boolean {
  if (tokens[k + 1]?.text !== "(") return false;
  const acronym = tokens[k]!.text;
  let initials = "";
  for (let i = k + 2; i < tokens.length && i < k + 14 && tokens[i]!.text !== ")"; i++) {
    const t = tokens[i]!;
    if (t.cap) initials += t.text[0];
  }
  return initials === acronym;
}

/** Every word among tokens[first..last] is a demonym or a common word ("US" is not: a name of its own). */
function demonymsOnly(tokens: Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const x = tokens[k]!;
    if (x.word && !DEMONYMS.has(x.lower) && !COMMON_WORDS.has(x.lower)) return false;
  }
  return true;
}

/** Every word is everyday English or in `also`. */
function everydayWord(words: string[], also: ReadonlySet<string> = COMMON_WORDS): boolean {
  for (const w of words) if (!isEnglishWord(w) && !also.has(w)) return false;
  return true;
}

function noneIn(words: string[], set: ReadonlySet<string>): boolean {
  for (const w of words) if (set.has(w)) return false;
  return true;
}

/**
 * A title that ends a run as an office, never as a surname: "Sheriff", "Police Chief", "Attorney General" (not "Bishop",
 * "King" or "Major", which are names too).
 */
function closingTitle(tokens: Token[], k: number): boolean {
  const w = tokens[k]!.lower;
  if (w === "general") return /^(?:attorney|inspector|surgeon|solicitor|secretary|director)$/.test(tokens[k - 1]?.lower ?? "");
  return CLOSING_TITLES.has(w);
}
const CLOSING_TITLES = new Set(["sheriff", "chief", "minister", "governor", "commissioner", "superintendent", "spokesman", "spokeswoman", "spokesperson", "secretary", "president", "senator", "coroner", "inspector", "councilman", "councilwoman", "councillor", "congressman", "congresswoman", "premier", "chancellor", "ambassador", "envoy"]);

/** The token of a middle initial inside the run ("R" of "Joseph R. Biden"): a name word on each side; else -1. */
function middleInitial(tokens: Token[], c: Candidate): number {
  for (let k = c.first + 1; k + 2 <= c.last; k++) {
    const t = tokens[k]!;
    if (isInitial(t) && tokens[k + 1]!.text === "." && tokens[k - 1]!.word && tokens[k + 2]!.word) return k;
  }
  return -1;
}

const NAME_SUFFIX = /^(?:Jr|Sr|II|III|IV)$/;

/** Whether a word of the run other than the initial at k is an acronym ("El R. CJNG" signs for a cartel). */
function acronymBeside(tokens: Token[], c: Candidate, k: number): boolean {
  for (let j = c.first; j <= c.last; j++) if (j !== k && tokens[j]!.word && tokens[j]!.acronym) return true;
  return false;
}

function holdsAcronym(tokens: Token[], c: Candidate): boolean {
  for (let k = c.first; k <= c.last; k++) if (tokens[k]!.word && tokens[k]!.acronym) return true;
  return false;
}

/**
 * A run of n words that opens with a city or one of the report's countries, in its first word or two ("Baltimore FBI").
 * A first name may be a town ("Volodymyr", "Florence"); a big city or a longer run is a place.
 */
function opensWithCity(ctx: ClassifyContext, c: Candidate, n: number): boolean {
  const { tokens, text, countries } = ctx;
  let start = 0;
  let seen = 0;
  for (let k = c.first; k <= c.last && seen < 2; k++) {
    if (!tokens[k]!.word) continue;
    if (seen++ === 0) start = tokens[k]!.start;
    if (seen >= n) return false; // the whole run is not its opening
    const hit = geocode(text.slice(start, tokens[k]!.end), exactIn(countries));
    if (!hit || hit.fuzzy) continue;
    const city = hit.precision === "city" && ((hit.population ?? 0) >= 500_000 || n >= 3 || seen === 2);
    if (city || (hit.precision === "country" && countries.includes(hit.country))) return true;
  }
  return false;
}

/** After a dateline's town: ", S.C. (AP) —", ", Sudan, June 12 (Wire) -", ", Utah:". */
const DATELINE_TAIL = /^,\s*[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?(?:,[^\n,]{1,24})?\s*(?:\([^()\n]{1,24}\)\s*)?(?:[—–:]|-{1,2}\s)/u;

/** Whether only spaces stand between `at` and the start of its line. */
function atLineStart(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--;
  return k === 0 || text.charCodeAt(k - 1) === 10 || text.charCodeAt(k - 1) === 13;
}

/**
 * The token of a body's or a place's head word in a run ("Region", "Organization", "District") followed by two to four
 * name words that are neither heads, English words nor titles, when the run as a whole is no known name; else -1.
 */
function personAfterHead(c: Candidate, ctx: ClassifyContext): number {
  const { tokens, text } = ctx;
  for (let h = c.last - 2; h > c.first; h--) {
    const head = tokens[h]!;
    if (!head.word || !(ORG_HEADS.has(head.lower) || PLACE_HEADS.has(head.lower))) continue;
    const rest = tokens.slice(h + 1, c.last + 1);
    if (rest.length < 2 || rest.length > 4) return -1;
    // (Name words, not everyday ones written with capitals: "Medical Examiner", "Crime Stoppers", "Tip Line" are no one.)
    if (!rest.every((t) => t.word && t.cap && t.text !== t.text.toUpperCase() && !ORG_HEADS.has(t.lower) && !PLACE_HEADS.has(t.lower) && !COMMON_WORDS.has(t.lower) && !isTitleLower(t.lower) && t.lower.split("-").every((part) => !isEnglishWord(part) && !ORG_HEADS.has(part) && !PLACE_HEADS.has(part)))) return -1;
    const whole = text.slice(tokens[c.first]!.start, tokens[c.last]!.end);
    if (knownOrg(whole) || geocode(whole, { fuzzy: false }) || geocode(text.slice(rest[0]!.start, rest[rest.length - 1]!.end), { fuzzy: false })) return -1;
    return h;
  }
  return -1;
}

function word(tokens: Token[], i: number): string {
  const t = tokens[i];
  return t && t.word ? t.lower : "";
}

function typeOf(c: Candidate, ctx: ClassifyContext): Typed {
  const { tokens, text, countries } = ctx;
  // One token: its own text, whose hash the look-ups before have already computed, rather than a new copy.
  const span = c.first === c.last ? tokens[c.first]!.text : text.slice(tokens[c.first]!.start, tokens[c.last]!.end);
  const words: string[] = [];
  let lastPlain = false; // whether the last word is plain, so holds no hyphen
  for (let k = c.first; k <= c.last; k++) if (tokens[k]!.word) words.push(tokens[k]!.lower), (lastPlain = tokens[k]!.plain);
  const n = words.length;
  const firstWord = words[0]!;
  const lastWord = lastPlain ? words[n - 1]! : afterLastHyphen(words[n - 1]!); // "Sun-Times" ends in "times"
  // Exact names first; the transliteration-tolerant match only where the words around call for a place.
  let geo = geocode(span, exactIn(countries));
  // ("Gilan province", "Ghazni province": the word after says it is a province, not the town of that name abroad.)
  const kindAfter = tokens[c.last + 1]?.lower;
  // ("Niger state": a state that bears a country's name.)
  if ((kindAfter === "province" || kindAfter === "governorate" || kindAfter === "state" || kindAfter === "region") && (!geo || geo.precision !== "country" || kindAfter === "state")) {
    // (A country's name needs no country of the report to find its state: "Niger state" is Nigeria's, whatever else.)
    const division = geo?.precision === "country" ? geocode(`${span} ${kindAfter}`) : geocode(`${span} ${kindAfter}`, exactIn(countries));
    // (Only over a namesake abroad: "Daraa province" beside the city of Daraa keeps the city's point, as before.)
    // (Nor over a town of the report's own country, unless a village that only shares the name: "Gilan-e Gharb".)
    if ((division?.division || (geo?.precision === "country" && division?.precision === "province" && division.country !== geo.country)) && (!geo || geo.precision === "country" || (geo.precision === "village" && geo.country === division.country) || (geo.country !== division.country && !countries.includes(geo.country)))) geo = division;
  }
  // ("the central Mexican state of Guanajuato", "the province of Idlib": the words before say it is the division, not
  // the town that bears its name.)
  const kindBefore = word(tokens, c.first - 1) === "of" ? word(tokens, c.first - 2) : "";
  if ((kindBefore === "state" || kindBefore === "province" || kindBefore === "governorate" || kindBefore === "region") && geo && (geo.precision === "city" || geo.precision === "village")) {
    const division = geocode(`${span} ${kindBefore}`, { countries: [geo.country], fuzzy: false });
    if (division?.division && division.country === geo.country) geo = division;
  }
  // ("Young person hurt …": an everyday word opening a sentence is no small town of the report's country.)
  // (Not a dateline, "FLINT, Mich.", nor a town before its police: "Flint police said".)
  const everydayOpener = n === 1 && tokens[c.first]!.sentenceStart && !!geo && geo.precision !== "country" && (geo.population ?? 0) < 100_000 && isEnglishWord(firstWord) &&
    tokens[c.first]!.text !== tokens[c.first]!.text.toUpperCase() && tokens[c.last + 1]?.text !== "," && !PLACE_NOUNS_AFTER.has(tokens[c.last + 1]?.lower ?? "") && !LOCAL_BODIES_AFTER.has(tokens[c.last + 1]?.lower ?? "");
  const strongPlace = !!geo && (geo.precision === "country" || (geo.country !== undefined && countries.includes(geo.country) && !geo.fuzzy && !everydayOpener));

  // Context: the words around it, within the sentence.
  // ("Residents of nearby Adan Yabaal": a word of nearness stands between the place and what points to it.)
  const before = NEARNESS.has(word(tokens, c.first - 1)) ? c.first - 2 : c.first - 1;
  const prev = word(tokens, before);
  const prev2 = word(tokens, before - 1);
  const prev3 = word(tokens, before - 2);
  const nextTok = tokens[c.last + 1];
  // (A word on the next line is no part of this one's phrase: "By Edwin Fernandez" then "CAMP SIONGCO, …".)
  const next = nextTok?.sameLine ? word(tokens, c.last + 1) : "";
  const next2 = nextTok?.sameLine && tokens[c.last + 2]?.sameLine ? word(tokens, c.last + 2) : "";
  const nextIsComma = nextTok?.text === ",";

  if (n === 1 && isTitleLower(firstWord)) return typed(c, null, 0); // "Capt." or "Imam" alone names no one
  // ("fired across the LoC", "the MoD said": an abbreviation with a small letter inside is a line or a body, no town that
  // the gazetteer would find by its letters.)
  // (Three to eight code units, two capitals around one or two small letters: most words are longer, tested first.)
  if (n === 1 && tokens[c.first]!.text.length <= 8 && MIXED_CASE_ABBREVIATION.test(tokens[c.first]!.text)) return typed(c, null, 0);
  // "Cyclone Mokhar", "Storm Hollis", "Hurricane Ian": a storm is no person, body or place.
  if (n >= 2 && STORM_WORDS.has(firstWord)) return typed(c, null, 0);
  // "Barangay Libodon", "Sitio Linek", "Mohalla Islampura": a locality's kind written before its name.
  // (The gazetteer knows no such localities: a town of the same name elsewhere, "San Pablo", is not "Barangay San Pablo".)
  if (n >= 2 && LOCALITY_PREFIXES.has(firstWord)) return typed(c, "place", 2, null, true);
  // "the Government of National Unity": a government is a body.
  if (n >= 3 && firstWord === "government" && words[1] === "of") return typed(c, "org", 2);
  // "Andar and Deh Yak districts": a name before a plural kind of place.
  // (Not a body of the place: "Lebanon's Health Ministry".)
  // (Nor an everyday word opening the sentence: "Entire villages were emptied", "Several districts".)
  // (Few runs stand before a plural kind of place: that look-up goes before the walk over the run's words.)
  if (!geo && PLACE_KINDS_AFTER.has(tokens[c.last + 1]?.lower ?? "") && !words.some((w) => ORG_HEADS.has(w) || ORG_LEADS.has(w)) && tokens[c.last + 2]?.lower !== "of" &&
    !(n === 1 && tokens[c.first]!.sentenceStart && isEnglishWord(firstWord))) return typed(c, "place", 2, null, true);
  // Unknown acronyms of three letters or more are organisations; two-letter ones only when the report defines them.
  // (A village that happens to be spelt like the acronym does not count: "ARSA" is not Arsa, Romania.)
  // ("NEMA said" in a report on Nigeria is its emergency agency, not Néma in Mauritania: a town abroad must be large.)
  const placeLike = !!geo && !geo.fuzzy && (countries.includes(geo.country) || geo.precision === "country" || geo.precision === "province" || (geo.precision !== "village" && (!countries.length || (geo.population ?? 0) >= 100_000))); // "BAMAKO" in a dateline
  // "WALTERBORO, S.C. (AP) —", "ST. GEORGE, Utah —": a town in capitals opening a line, then its state or country and a
  // dateline's marks, is the place the report was filed from, even where the gazetteer does not know it.
  // (Most runs open no line: that cheap test goes before the run's upper case, a new string per run.)
  if (n <= 3 && atLineStart(text, tokens[c.first]!.start) && span === span.toUpperCase() && DATELINE_TAIL.test(text.slice(tokens[c.last]!.end, tokens[c.last]!.end + 60))) return typed(c, "place", 2, geo && !geo.fuzzy ? geo : null);
  // ("Lima, OH", "(Cincinnati, OH)": a state's postal code after a US town and a comma is the state; not before a letter
  // or a full stop, and only after a town the map knows in the US, so "Jane Doe, MD" stays a title.)
  const postal = n === 1 && span.length === 2 && tokens[c.first - 1]?.text === "," && !/^[\p{L}.]/u.test(text.slice(tokens[c.last]!.end, tokens[c.last]!.end + 1)) ? US_POSTAL_CODES.get(span) : undefined;
  if (postal && usTownBefore(text, tokens, c.first - 2)) return typed(c, "place", 3, geocode(postal, exactIn(countries)));
  if (n === 1 && tokens[c.first]!.acronym && !placeLike && !/\d/.test(firstWord)) {
    return typed(c, firstWord.length >= 3 ? "org" : null, 2);
  }
  // "the Observatory said": a capitalised head word standing alone names an organisation.
  if (n === 1 && ORG_HEADS.has(firstWord) && word(tokens, c.first - 1) === "the" && !tokens[c.first]!.sentenceStart) {
    return typed(c, "org", 1);
  }
  // "the Niger river", "the Congo river": a river named after a country (or the other way) is not the country, and
  // no place to put a figure at.
  // ("across the Dnipro river": nor is a city the river runs through.)
  if ((geo?.precision === "country" || geo?.precision === "city" || geo?.precision === "village") && nextTok?.lower === "river" && !nextTok.cap && nextTok.sameLine) return typed(c, null, 0);
  if (geo?.precision === "country" && n <= 4) return typed(c, "place", 3, geo);
  // "Aurora, Colo.", "Harrisburg, Pa.": an agency's abbreviation of a US state after a town and a comma is the state.
  const state = n === 1 && tokens[c.first - 1]?.text === "," && text.charCodeAt(tokens[c.last]!.end) === 46 ? US_STATE_ABBREVIATIONS.get(span) : undefined;
  if (state) return typed(c, "place", 3, geocode(state, exactIn(countries)));
  // "the Azov regiment", "the Gran Grif gang": a unit or gang named by the word after it, even where a town has that
  // name; "the Wad al-Noura resistance committee": an unknown name before an organisation's noun.
  const nextWord = nextTok?.word && !nextTok.cap ? next : "";
  const orgNounNext = nextWord && (ORG_UNIT_NOUNS_AFTER.has(nextWord) || (!geo && (ORG_NOUNS_AFTER.has(nextWord) || (tokens[c.last + 2]?.word && !tokens[c.last + 2]!.cap && ORG_NOUNS_AFTER.has(next2)))));
  if (orgNounNext && (prev === "the" || prev2 === "the" || prev === "of" || prev === "from")) return typed(c, "org", 2);
  // "600 Sabon Tafiya fighters": a name no gazetteer knows, before the word for a group's armed members, is the group.
  // (Not an ordinary word or a number opening a sentence, "Unknown gunmen", "Thirty-nine Taliban fighters", nor a
  // people's adjective, "Tigrayan fighters".)
  if (!geo && ORG_MEMBERS_AFTER.has(nextWord) && !ROLES.has(prev) && !isEnglishWord(beforeHyphen(firstWord)) && !DEMONYMS.has(firstWord) && !(n === 1 && /(?:an|ese|ish|ic)$/.test(firstWord))) return typed(c, "org", 1);
  // ("the 7th Ward of New Orleans": a numbered ward or district is no town of that name.)
  // (A digit first, tested before the pattern: the word before is seldom a number.)
  if (n === 1 && isDigit(tokens[c.first - 1]?.text.charCodeAt(0) ?? 0) && /^\d+(?:st|nd|rd|th)$/i.test(tokens[c.first - 1]!.text)) return typed(c, null, 0);
  // "Fox 59", "Channel 4": one word numbered right after it is a label (a station, a route), not the village of that name.
  if (n === 1 && (geo?.precision === "city" || geo?.precision === "village") && nextTok?.sameLine && /^\d/.test(nextTok.text) && !PLACE_PREPOSITIONS.has(prev)) return typed(c, null, 0);

  // "Chikun Local Government Area of Kaduna State": a Nigerian district, placed by the state it lies in when named.
  if (n >= 4 && /\blocal government area\b/.test(words.join(" "))) {
    const of = /\bof\s+(.+)$/i.exec(span);
    return typed(c, "place", 2, geocode(of ? of[1]! : span, exactIn(countries)), true);
  }
  // "Operation Hadin Kai", "Operation Azm-e-Istehkam": a named military operation (and the force that runs it), no person.
  if (n >= 2 && firstWord === "operation") return typed(c, "org", 2);
  // ("Chad Human Rights said": a rights body named after its country; "Human Rights" alone is the cause, no body.)
  if (n >= 3 && lastWord === "rights" && words[n - 2] === "human") return typed(c, "org", 2);
  // Organisations: a head word ("Forces", "Observatory") or a leading one ("Ministry of ...").
  const orgHeadInside = n >= 2 && someAfterFirst(words, ORG_HEADS);
  if (n >= 2 && (ORG_HEADS.has(lastWord) || ORG_LEADS.has(firstWord) || orgHeadInside) && !PLACE_HEADS.has(lastWord)) {
    // ("the West Bank": a region the gazetteer knows by the whole name is a place, whatever its last word.)
    const region = geo ?? geocode(span, exactIn(countries));
    if (region && !region.fuzzy && (region.precision === "region" || region.precision === "province") && region.name.toLowerCase() === span.replace(/^the\s+/i, "").toLowerCase()) return typed(c, "place", 2, region);
    return typed(c, "org", 2);
  }
  // Spanish plural article before an unknown name: a gang or family group ("Los Zetas"), unless a known place.
  if (n >= 2 && (firstWord === "los" || firstWord === "las") && !geo) return typed(c, "org", 1);
  // Places by their own words: "Omar Oil Field", "Al Hol Camp", "River Euphrates", "Khan Sheikhun".
  if (n >= 2 && (PLACE_HEADS.has(lastWord) || PLACE_LEADS.has(firstWord))) {
    return typed(c, "place", 2, geo, true);
  }

  // People: a role word before ("spokesman X", "journalist X"), an appositive role after, a speech verb after.
  const roleBefore = ROLES.has(prev) || (prev === "the" && ROLES.has(prev2)) || (tokens[c.first - 1]?.text === "," && ROLES.has(prev2)) ||
    (SPEECH_VERBS.has(prev) && n >= 2 && !strongPlace);
  const appositiveRole = nextIsComma && appositiveHasRole(tokens, c.last + 2);
  const speaks = SPEECH_VERBS.has(next) || (next === "," && next2 === "who");
  // ("a raid on Jenin", "the assault on Bakhmut": what an attack is on is a place.)
  // ("according to Gegham Stepanyan": the one something is according to speaks; no place.)
  const placeBefore = (PLACE_PREPOSITIONS.has(prev) && !(prev === "to" && prev2 === "according")) || (prev === "the" && PLACE_PREPOSITIONS.has(prev2)) || (prev === "on" && ATTACK_NOUNS.has(prev2)) ||
    (prev === "of" && PLACE_NOUNS_BEFORE.has(prev2)) || (prev === "of" && prev2 === "the" && PLACE_NOUNS_BEFORE.has(prev3));
  const placeNounBefore = prev === "of" && (PLACE_NOUNS_BEFORE.has(prev2) || (prev2 === "the" && PLACE_NOUNS_BEFORE.has(prev3)));
  // ("Chicago police" names Chicago; "Metro police" names no town Metro, unless the report is in that town's country.)
  const placeAfter = PLACE_NOUNS_AFTER.has(next) && !ROLES.has(next) && !(n === 1 && isEnglishWord(firstWord) && !(geo && countries.includes(geo.country)));
  const appositivePlace = nextIsComma && appositiveIsPlace(tokens, c.last + 2);
  if (!geo && (placeBefore || placeNounBefore || placeAfter || appositivePlace)) {
    geo = geocode(span, { countries });
    // ("the Al-Amal neighbourhood of Khan Younis": a village of that name abroad, in a report whose countries are
    // known, is a namesake; the place stays, unplaced.)
    if (geo && geo.precision === "village" && countries.length && !countries.includes(geo.country)) geo = null;
  }

  // Facilities named by a lower-case noun: "the Omar oil field", "Al-Hol camp", "the Nasib crossing".
  // The pair is built only when its first word may open one.
  const facility = FACILITY_PAIR_FIRSTS.has(next) && FACILITY_PAIRS.has(`${next} ${next2}`) ? 2 : FACILITY_NOUNS.has(next) ? 1 : 0;
  if (facility && !tokens[c.last + facility]!.cap && tokens[c.last + facility]!.sameLine) {
    const last = c.last + facility;
    // ("Nasser hospital", "Madina hospital": named after people more often than towns, and an institution, as "Nasser
    // Hospital" written with a capital is: not a place the town of its name would stand for.)
    if (tokens[last]!.lower === "hospital") return typed(c, "org", 2, null, false, last);
    const phrase = text.slice(tokens[c.first]!.start, tokens[last]!.end);
    const facilityGeo = geocode(phrase, { countries });
    return typed(c, "place", 2, facilityGeo && !facilityGeo.fuzzy ? facilityGeo : geo, true, last);
  }
  // ("the victim's son, Tyler," "Sims said": one name after a role or before a speech verb is a person even where a
  // town of the report's country bears it, unless that town is large or the name follows "in".)
  const townAsName = n === 1 && !!geo && (geo.precision === "city" || geo.precision === "village") && (geo.population ?? 0) < 200_000 && !placeBefore && !placeAfter && !LOCAL_BODIES_AFTER.has(next);
  if (roleBefore && (!strongPlace || townAsName)) return typed(c, "person", 2);
  // (Only the plainest verbs: "Excelsior reports", "Vice reports" are outlets.)
  if (townAsName && SAID.has(next) && !ctx.lowercaseSeen.has(firstWord) && !COMMON_WORDS.has(firstWord) && !ORG_HEADS.has(firstWord) && !isEnglishWord(firstWord)) return typed(c, "person", 2);
  // ("in Kherson, regional governor Oleksandr Prokudin said": after "in", a known place; the role is the next name's.)
  if (appositiveRole && !strongPlace && !(placeBefore && geo && !geo.fuzzy)) return typed(c, "person", 2);
  if (placeNounBefore || placeAfter || appositivePlace) return typed(c, "place", 2, geo, true);
  if (strongPlace && (placeBefore || n <= 3)) return typed(c, "place", 2, geo);
  // A single word that is everyday English: asked once of the large word list, for the tests below.
  const ordinaryWord = n === 1 && isEnglishWord(firstWord);
  // "officials in Gaza said": a known town after "in" is the place, whatever verb follows.
  if (speaks && placeBefore && geo && !geo.fuzzy && (geo.population ?? 0) >= 20_000 && !ordinaryWord) {
    return typed(c, "place", 1, geo);
  }
  if (speaks && !strongPlace) {
    const single = n === 1 && (COMMON_WORDS.has(firstWord) || ctx.lowercaseSeen.has(firstWord) || DEMONYMS.has(firstWord) || ORG_HEADS.has(firstWord) || ordinaryWord);
    if (!single) return typed(c, "person", 2);
  }
  // After "in"/"of"/"near", a town the gazetteer knows; an English word ("of Human") only when it is a large town ("in Mobile").
  // ("in Limerick", "in Bath": a city of 50,000 or more after "in" is the city, though its name is also a word.)
  const everyday = ordinaryWord && (geo?.population ?? 0) < (prev === "in" && !tokens[c.first]!.sentenceStart ? 50_000 : 100_000);
  // (A village of that exact name after "in" or "near" in a report that names no country: "killed in Qasr-e Shirin".)
  if (geo && placeBefore && !everyday && (geo.precision !== "village" || countries.includes(geo.country) || (!countries.length && !geo.fuzzy && /^(?:in|near|outside|inside|around)$/.test(prev) && !speaks))) return typed(c, "place", 1, geo);
  // A town the gazetteer knows, with no cue at all: only a large one, or a name that is not also an English word.
  const population = geo?.population ?? 0;
  const bigEnough = ordinaryWord ? population >= 1_000_000 : population >= 100_000 || (population >= 20_000 && !ctx.lowercaseSeen.has(firstWord));
  const townHere = geo?.precision === "city" && bigEnough && (population >= 100_000 || countries.includes(geo.country));
  const region = (geo?.precision === "province" || geo?.precision === "region") && !geo.fuzzy;
  if (geo && (townHere || region) && !speaks) return typed(c, "place", 1, geo);
  // "Saladine A. McKinney", "Former Indianapolis Colt Zurlon Z. Tipton": a middle initial and its full stop between two
  // name words make a person, from the name word before the initial where the run is longer.
  // (A longer run ends with the surname, or a suffix after it: "… Jennifer L. Tweedt Age At Report" is a table's header.)
  const initial = n >= 3 ? middleInitial(tokens, c) : -1;
  if (initial > 0 && !strongPlace && !acronymBeside(tokens, c, initial)) {
    if (n <= 4) return typed(c, "person", 2);
    const surname = initial + 2;
    return typed(c, "person", 2, undefined, undefined, NAME_SUFFIX.test(tokens[surname + 1]?.text ?? "") ? surname + 1 : surname, initial - 1);
  }
  // A name the gazetteer lacks, right after "near"/"outside"/"towards", or after "in"/"at" and before a full stop or a date: a place.
  const nextIsBreak = !nextTok || !nextTok.word || TIME_WORDS.has(next) || next === "on" || next === "since" || next === "last" || next === "this";
  // (And after verbs whose object is a place, "fled Rubaya", "stormed Kalo", after "in nearby", and after "fled to".)
  const strongPreposition = STRONG_PLACE_PREPOSITIONS.has(prev) || ((prev === "in" || prev === "at") && nextIsBreak) || PLACE_OBJECT_VERBS.has(prev) ||
    (NEARBY.has(prev) && PLACE_PREPOSITIONS.has(prev2)) || (prev === "to" && MOVING_VERBS.has(prev2)) ||
    // ("had left Fambita since Saturday": a place left, with a time or a destination after it; not "left Ahmed dead".)
    (prev === "left" && /^(?:since|on|for|after|before|in|last|this|early|late|overnight|,|\.)$/.test(next)) ||
    // ("the attack on Zamzam", "the siege of Zamzam": where an attack fell.)
    (prev === "on" && ATTACK_NOUNS.has(prev2)) || (prev === "of" && SIEGE_NOUNS.has(prev2));
  // (Not whom something was aimed at: "soldiers shot at Ko Kyaw Myint, 36".)
  const aimedAt = prev === "at" && /^(?:shot|shoot|shooting|fired|firing|aimed|pointed|lunged|swung|yelled|shouted|looked|glared|waved)$/.test(prev2);
  const unknownPlace = !geo && strongPreposition && !aimedAt && !tokens[c.first]!.sentenceStart && !everydayWord(words) && !tokens[c.first]!.acronym;
  // ("killed in Abu Shouk, medics said", "in Mir Ali on Sunday": two unknown words there are a place, not a person.)
  if (unknownPlace && n >= 2 && !speaks && !roleBefore && !/['’]s$/.test(tokens[c.last]!.text) && !/^['’]s?$/.test(nextTok?.text ?? "")) return typed(c, "place", 1, null, true);
  // Two to four name words and nothing else to go on: most such runs in news are people.
  // Arabic place names often open with the article ("Al-Hanitah", "Al Saan"); people's names rarely do.
  const articleFirst = startsWithAlOrEl(firstWord) && (/^(?:al|el)(?:[-‐\s]|$)/i.test(firstWord) || /^(?:al|el)$/.test(firstWord));
  // Not when it holds an acronym ("CBS Chicago") or opens with a city ("Baltimore FBI", "Milwaukee County ...").
  const hasAcronym = holdsAcronym(tokens, c);
  if (n >= 2 && n <= 4 && !articleFirst && !hasAcronym && noneIn(words, COMMON_WORDS) && !opensWithCity(ctx, c, n) && !everydayWord(words, CONNECTORS_SET)) {
    return typed(c, "person", 1);
  }
  if (n >= 2 && hasAcronym && !geo) return typed(c, "org", 1);
  if (geo && placeBefore && !everyday) return typed(c, "place", 1, geo);
  if (unknownPlace) return typed(c, "place", 1, null, true);
  return typed(c, null, 0, geo);
}

/** "al" or "el" in any case opens the word: the cheap half of the article patterns, which most names fail. */
function startsWithAlOrEl(word: string): boolean {
  const a = word.charCodeAt(0) | 32; // ASCII letters folded to lower case
  return (a === 97 || a === 101) && (word.charCodeAt(1) | 32) === 108;
}

/** First words of the facility pairs ("oil" of "oil field"). */
const FACILITY_PAIR_FIRSTS = new Set([...FACILITY_PAIRS].map((pair) => pair.split(" ")[0]!));

function someAfterFirst(words: string[], set: ReadonlySet<string>): boolean {
  for (let k = 1; k < words.length; k++) if (set.has(words[k]!)) return true;
  return false;
}

/** Exact-match geocoding options for a report's countries, made once per report rather than once per look-up. */
let exactOptions: GeoContext = { countries: [], fuzzy: false };
/**
 * One word in capitals that names nothing: an ordinary word of a line written all in capitals ("NOWHERE IS SAFE", a
 * running header), a label opening a line ("MODERATOR:", "CORRECTION:"), a wire slug ("WRAPUP"), or a currency
 * before its amount ("GBP 180,000").
 */
function notAName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!t.word || !t.upperCase || t.text.length < 2) return false;
  const next = tokens[i + 1];
  if (CURRENCY_CODES.has(t.text) && next !== undefined && /^\d/.test(next.text)) return true;
  if (WIRE_SLUGS.has(t.text)) return true;
  const ordinary = isEnglishWord(t.lower);
  if (!ordinary) return false;
  // (A label: the word alone before a colon at the start of a line.)
  if (next?.text === ":" && (i === 0 || !tokens[i]!.sameLine)) return true;
  // (A line in capitals: three words or more, none in lower case.)
  let words = 0;
  for (let k = i; k >= 0; k--) {
    const w = tokens[k]!;
    if (w.word) {
      if (!w.upperCase) return false;
      words++;
    }
    if (!w.sameLine) break;
  }
  for (let k = i + 1; k < tokens.length && tokens[k]!.sameLine; k++) {
    const w = tokens[k]!;
    if (w.word) {
      if (!w.upperCase) return false;
      words++;
    }
  }
  return words >= 3;
}
const CURRENCY_CODES = new Set(["USD", "EUR", "GBP", "CHF", "JPY", "CNY", "INR", "PKR", "BDT", "NGN", "KES", "ZAR", "EGP", "SAR", "AED", "TRY", "RUB", "UAH", "SDG", "ETB", "XOF", "XAF", "CAD", "AUD", "NZD", "MXN", "BRL", "COP", "AFN", "IRR", "IQD", "SYP", "LBP", "YER", "MMK", "PHP", "IDR", "HTG"]);
const WIRE_SLUGS = new Set(["WRAPUP", "REFILE", "UPDATE", "EXCLUSIVE", "BREAKING", "URGENT", "FLASH", "CORRECTED", "CORRECTION", "FACTBOX", "INSIGHT"]);

/** Whether the capitalised words ending at token `last` (up to three, on one line) name a US town the map knows. */
function usTownBefore(text: string, tokens: Token[], last: number): boolean {
  let first = last;
  while (first - 1 >= 0 && last - first < 2 && tokens[first - 1]!.cap && tokens[first - 1]!.word && tokens[first]!.sameLine) first--;
  for (let k = first; k <= last; k++) {
    const t = tokens[k];
    if (!t?.word || !t.cap) continue;
    const hit = geocode(text.slice(t.start, tokens[last]!.end), US_ONLY);
    if (hit && hit.country === "US" && (hit.precision === "city" || hit.precision === "village")) return true;
  }
  return false;
}
const US_ONLY: GeoContext = { countries: ["US"], fuzzy: false };

function exactIn(countries: string[]): GeoContext {
  if (exactOptions.countries !== countries) exactOptions = { countries, fuzzy: false };
  return exactOptions;
}

const SIEGE_NOUNS = new Set(["siege", "shelling", "bombardment", "bombing", "capture", "fall", "sacking", "storming", "evacuation", "outskirts"]);
const ATTACK_NOUNS = new Set(["raid", "raids", "attack", "attacks", "assault", "assaults", "strike", "strikes", "airstrike", "airstrikes", "offensive", "advance", "push", "march", "bombardment", "bombing", "shelling", "siege", "incursion", "incursions", "onslaught"]);
const STRONG_PLACE_PREPOSITIONS = new Set(["near", "outside", "towards", "toward", "around", "across", "into"]);
const PLACE_OBJECT_VERBS = new Set(["fled", "flee", "fleeing", "entered", "stormed", "shelled", "overran", "besieged", "encircled"]);
const NEARBY = new Set(["nearby", "neighbouring", "neighboring"]);
const MOVING_VERBS = new Set(["fled", "flee", "fleeing", "moved", "went", "returned", "headed", "heading", "travelled", "traveled", "relocated", "displaced", "evacuated", "taken", "advanced"]);

/**
 * A typed candidate, built here with the same fields in the same order every time: the engine then shares one
 * hidden class, where spreading objects of varying shapes was a measured hot spot.
 */
const STORM_WORDS = new Set(["cyclone", "storm", "hurricane", "typhoon", "tropical"]);
const PLACE_KINDS_AFTER = new Set(["districts", "provinces", "villages", "towns", "governorates", "municipalities", "counties", "townships", "regions"]);
/** The prepositions before which a titled run may be a town: "in", "near", "at". */
const TOWN_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "near", "at"]);
/** Towns of at least this many people are known well enough to outrank a title's person. */
const TITLED_TOWN_POPULATION = 10_000;

/** The town the whole run names exactly, when the gazetteer knows it as a sizeable one ("Prince Albert"), else null. */
function titledTown(c: Candidate, ctx: ClassifyContext): GeoHit | null {
  const geo = geocode(ctx.text.slice(ctx.tokens[c.first]!.start, ctx.tokens[c.last]!.end), exactIn(ctx.countries));
  return geo && !geo.fuzzy && geo.precision === "city" && (geo.population ?? 0) >= TITLED_TOWN_POPULATION ? geo : null;
}

function typed(c: Candidate, type: EntityType | null, strength: number, geo?: GeoHit | null, placeCue?: boolean, last = c.last, first = c.first): Typed {
  return { first, last, type, known: null, strength, placeCue, geo, end: undefined };
}

function afterLastHyphen(word: string): string {
  const cut = Math.max(word.lastIndexOf("-"), word.lastIndexOf("‐"));
  return cut < 0 ? word : word.slice(cut + 1);
}

/** ", a spokesman for the SDF," / ", head of the media office": a role word before the next comma or full stop. */
function appositiveHasRole(tokens: Token[], from: number): boolean {
  for (let i = from; i < Math.min(tokens.length, from + 6); i++) {
    const t = tokens[i]!;
    if (!t.word && t.text !== "-" && t.text !== "’s" && t.text !== "'s") return false;
    if (isRoleWord(t.lower)) return true;
  }
  return false;
}

const PLACE_AFTER_APPOSITIVE = new Set(["in", "on", "near", "of", "north", "south", "east", "west", "outside", "about", "some", "close", "along", "by", "at", "where", "that", "which", "just", "around"]);

/** ", a village on the banks of the river": a place noun right after the article. */
function appositiveIsPlace(tokens: Token[], from: number): boolean {
  const a = tokens[from]?.lower;
  if (a !== "a" && a !== "an" && a !== "the") return false;
  for (let i = from + 1; i < Math.min(tokens.length, from + 4); i++) {
    const t = tokens[i]!;
    if (!t.word) return false;
    const w = t.lower;
    // "a village on the river", "a town near X" — but not "a village elder".
    const after = tokens[i + 1];
    // ("the region's ombudsman": a place that owns the next noun is no head.)
    if (after && (after.text === "'s" || after.text === "’s")) return false;
    const heads = !after || !after.word || PLACE_AFTER_APPOSITIVE.has(after.lower);
    if (APPOSITIVE_PLACE_NOUNS.has(w)) return heads;
  }
  return false;
}

/** Words of nearness between a place and the word that points to it: "in nearby Kalo", "of neighbouring Idlib". */
const NEARNESS = new Set(["nearby", "neighbouring", "neighboring", "adjacent", "adjoining"]);

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
