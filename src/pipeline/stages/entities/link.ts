// Within one report: short forms to full names, acronyms to expansions, descriptors to the organisation they stand for, people to their organisation.
import { ShapeFilter, determinerWords, type Token } from "./tokens.ts";
import type { Typed } from "./classify.ts";
import {
  CONNECTORS, COMMON_WORDS, DESCRIPTOR_STOP_MODIFIERS, GENERIC_DESCRIPTOR_HEADS, GENERIC_ORG_WORDS, ORG_HEADS,
  PLACE_HEADS, PLACE_PREPOSITIONS, SPEECH_VERBS, TITLES, TITLES_ALSO_GIVEN_NAMES, isEverydayWord, isRoleWord, knownOrg, type KnownOrg,
} from "./lexicon.ts";
import { compoundAdjective } from "./candidates.ts";
import { DEMONYMS } from "../../../resolve/geo/countries.ts";
import { foldName, mayBeAlike, phonetic, tokensAlike } from "../../../resolve/names.ts";
import { isTownOrCountry } from "../../../resolve/geo/geocode.ts";

export interface Linked extends Typed {
  start: number;
  end: number;
  text: string;
  canonical: string;
  org?: string | null;
  descriptor?: boolean;
  /** keyTokens(text), kept on the mention: it is asked for again and again while linking. */
  keys?: readonly string[];
}

function keysOf(m: Linked): readonly string[] {
  return (m.keys ??= keyTokens(m.text));
}

/** Name tokens that identify: no connectors or titles ("Abu Bakr al Baghdadi" -> abu, bakr, baghdadi). Shared: never mutate. */
function keyTokens(text: string): readonly string[] {
  let out = keyTokenMemo.get(text);
  if (out === undefined) {
    if (keyTokenMemo.size > 30_000) keyTokenMemo.clear(); // bounded: names repeat within and across reports
    out = foldName(text).split(" ").filter((w) => w && !CONNECTORS.has(w) && !TITLES.has(w));
    keyTokenMemo.set(text, out);
  }
  return out;
}
/** Verbs whose subject is a person: "Rhodes shot", "Jordan pleaded". */
/** Whether a word mixing capitals and small letters ("SoDMA", "MoH", "Acled") spells the initials of a name. */
function spellsInitials(word: string, name: string): boolean {
  if (word.length < 2 || word.length > 10 || !/^[\p{Lu}]/u.test(word)) return false;
  const initials = name.split(/[\s-]+/).filter((w) => /^[\p{Lu}]/u.test(w)).map((w) => w[0]).join("");
  const capitals = word.replace(/[\P{Lu}]/gu, "");
  return initials.length >= 2 && (capitals === initials || word.toUpperCase() === initials);
}
/** A town's or village's name, or any place's name that a person's verb follows ("Rhodes shot"). */
function townOrActing(m: Linked, tokens: Token[]): boolean {
  return m.geo?.precision === "city" || m.geo?.precision === "village" || PERSON_VERB_AFTER.test(tokens[m.last + 1]?.lower ?? "");
}
const PERSON_VERB_AFTER = /^(?:shot|stabbed|fired|pleaded|admitted|confessed|allegedly|told|was|had|drove|walked|ran|fled|returned|faces|appeared|surrendered)$/;
const keyTokenMemo = new Map<string, readonly string[]>();

/** keyTokens of a plain word (ASCII letters and digits, which foldName lower-cases and no more), given its lower case. */
function plainKeyTokens(lower: string): readonly string[] {
  return CONNECTORS.has(lower) || TITLES.has(lower) ? NO_KEYS : [lower];
}
const NO_KEYS: readonly string[] = [];

/**
 * keyTokens of the text of tokens[first..last], read off the tokens where that text folds (foldName) to their words'
 * lower cases joined by spaces: every word plain, no two words glued together, every other token one ASCII mark that
 * is no quote (foldName drops quotes, which would glue words), and only ASCII between. Undefined for any other run.
 */
function plainRunKeyTokens(text: string, tokens: Token[], first: number, last: number): readonly string[] | undefined {
  const keys: string[] = [];
  let previousWordEnd = -1;
  for (let k = first; k <= last; k++) {
    const t = tokens[k]!;
    if (t.word) {
      if (!t.plain || t.start === previousWordEnd) return undefined;
      previousWordEnd = t.end;
      if (!CONNECTORS.has(t.lower) && !TITLES.has(t.lower)) keys.push(t.lower);
    } else {
      const c = text.charCodeAt(t.start);
      if (t.end - t.start !== 1 || c >= 128 || c === 39 || c === 34 || c === 96) return undefined;
      previousWordEnd = -1;
    }
  }
  for (let p = tokens[first]!.start; p < tokens[last]!.end; p++) if (text.charCodeAt(p) >= 128) return undefined;
  return keys;
}

function clean(text: string): string {
  return isClean(text) ? text : text.replace(/\s+/g, " ").replace(/['’]s$/, "").trim();
}

/** True when clean() would change nothing: single ASCII spaces inside only, no possessive at the end (most names). */
function isClean(text: string): boolean {
  const n = text.length;
  if (n === 0 || text.charCodeAt(0) === 32 || text.charCodeAt(n - 1) === 32) return false;
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(k);
    if (c === 32 ? text.charCodeAt(k + 1) === 32 : c < 33 || c >= 127) return false; // other whitespace may hide here
  }
  return !(n >= 2 && text.charCodeAt(n - 1) === 115 && text.charCodeAt(n - 2) === 39);
}

/** Verbs that may take a place but take people as often: "hit Jones, who was standing…" after "Bettie Jones". */
const PEOPLE_TOO = new Set(["hit", "struck", "attacked", "visited", "captured", "seized", "left", "surrounded", "raided"]);

/** Assigns `canonical` within the report; resolves still-untyped short forms; drops what stays unknown. */
export function linkMentions(text: string, tokens: Token[], typed: Typed[], determiners?: readonly number[]): Linked[] {
  const mentions: Linked[] = typed.map((t) => {
    const start = tokens[t.first]!.start;
    const end = t.end ?? tokens[t.last]!.end;
    const whole = t.first === t.last && t.end === undefined ? tokens[t.first]! : null; // one whole token
    const surface = whole ? whole.text : text.slice(start, end);
    // Key tokens of plain words are their lower cases: known without the large memo.
    const keys = whole ? (whole.plain ? plainKeyTokens(whole.lower) : undefined) : t.end === undefined ? plainRunKeyTokens(text, tokens, t.first, t.last) : undefined;
    // Fields listed rather than spread: one object shape for every mention keeps the loops below fast.
    return {
      first: t.first, last: t.last, type: t.type, known: t.known, strength: t.strength, placeCue: t.placeCue, geo: t.geo,
      start, end, text: surface, canonical: t.known?.name ?? clean(surface), org: undefined, descriptor: undefined, keys,
    };
  });

  // Acronyms the report defines: "Syrian Democratic Forces (SDF)".
  const acronyms = new Map<string, string>();
  for (const m of mentions) {
    if (m.type !== "org" && m.type !== null) continue;
    const open = tokens[m.last + 1];
    const acr = tokens[m.last + 2];
    const close = tokens[m.last + 3];
    // ("Somali Disaster Management Agency (SoDMA)", "Ministry of Health (MoH)": capitals written mixed with small
    // letters still spell the name's initials.)
    if (open?.text === "(" && acr && (acr.acronym || spellsInitials(acr.text, m.text)) && close?.text === ")" && m.last - m.first >= 1) {
      m.type = "org";
      acronyms.set(acr.text, m.canonical); // what the report says an acronym stands for beats the lexicon
    }
  }

  const fullPeople = mentions.filter((m) => m.type === "person" && keysOf(m).length >= 2);
  const fullNames = new FullNames(fullPeople);
  const fullOrgs = new FullOrgs(mentions.filter((m) => m.type === "org" && (m.known || keysOf(m).length >= 2)));

  for (const m of mentions) {
    const defined = acronyms.size ? acronyms.get(m.text) : undefined; // most reports define none
    if (defined) {
      m.type = "org";
      m.canonical = defined;
      continue;
    }
    if (m.known) continue;
    const words = keysOf(m);
    if (!words.length) continue;
    // A surname or first name alone ("Bali", "Father Paolo") is the person named in full elsewhere in the report.
    // A place the gazetteer knows stays a place even inside a name ("Colorado Springs" in a longer run): such
    // mentions are not compared with the people at all.
    // ("Leonard Arnold … Arnold had been shot": a town's name standing alone, with no "in" before it, is the surname
    // of a person the report named in full, when exactly that word is in their name.)
    // (A town's name, not a state's or a country's: "Sonora" beside the newspaper "Opinión Sonora" is the state.)
    // ("Jamal Rhodes … Deputies said Rhodes shot another man": a region's or country's name too, when a person's verb
    // follows it.)
    // (The verb after is looked for only where the rest holds: most mentions are no one-word place.)
    const surname = words.length === 1 && m.type === "place" && m.strength <= 2 && !!m.geo && townOrActing(m, tokens) && !(PLACE_PREPOSITIONS.has(tokens[m.first - 1]?.lower ?? "") && !PEOPLE_TOO.has(tokens[m.first - 1]!.lower));
    if (((words.length < 3 && m.strength < 3) || m.type === "person") && (mayBePerson(m) || surname)) {
      const person = fullNames.bestFor(m, words);
      if (person && (mayBePerson(m) || keysOf(person).includes(words[0]!))) {
        m.type = "person";
        m.canonical = clean(person.text);
        continue;
      }
    }
    // "the Observatory": a distinctive word of an organisation's full name.
    // ("Iran's Revolutionary Guards … the Guards said": or the one-word descriptor we list for a known organisation
    // named in the report, capitalised after "the".)
    if (words.length === 1 && (m.type === null || m.strength < 3) && !(m.type === "place" && (m.strength >= 2 || m.geo))) {
      const org = (mayBeDistinctive(words[0]!) ? fullOrgs.withWord(m, words[0]!) : undefined) ?? (tokens[m.first - 1]?.lower === "the" ? fullOrgs.describedBy(m, words[0]!) : undefined);
      if (org) {
        m.type = "org";
        m.canonical = org.canonical;
        continue;
      }
    }
  }
  // "Mohamed Hamdan Dagalo, known as Hemedti": a nickname is the person named just before.
  for (const m of mentions) {
    if (m.type !== null && !(m.type === "person" && m.strength <= 1)) continue;
    if (!mayFollowKnownAs(text, m.start)) continue; // the pattern below ends so: most mentions fail here, cheaply
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    if (!/(?:\b(?:also |better |widely )?known as|\bnicknamed|\balias|\bdubbed)\s+["“']?$/i.test(before)) continue;
    const person = personJustBefore(mentions, m);
    if (person) {
      m.type = "person";
      m.canonical = person.canonical;
    }
  }
  const kept = mentions.filter((m) => m.type !== null);

  // A full person mention's canonical is its own text without titles; short forms already point to it.
  for (const m of kept) {
    if (m.type === "person") m.canonical = stripTitles(m.canonical);
  }
  tieOrganisations(text, tokens, kept);
  const descriptors = findDescriptors(text, tokens, kept, determiners);
  return byStart(kept, descriptors);
}

/**
 * The mentions and the descriptors in order of their starts, as a stable sort of the two lists joined would give them.
 * Both come in that order already (mentions as their candidates were found, descriptors as their articles), so they
 * are merged; a list out of order (never seen) is sorted as before.
 */
function byStart(mentions: Linked[], descriptors: Linked[]): Linked[] {
  if (!inStartOrder(mentions) || !inStartOrder(descriptors)) return [...mentions, ...descriptors].sort((a, b) => a.start - b.start);
  if (!descriptors.length) return mentions;
  const out: Linked[] = [];
  let a = 0;
  let b = 0;
  // On equal starts the mention first, as the stable sort keeps it.
  while (a < mentions.length && b < descriptors.length) out.push(descriptors[b]!.start < mentions[a]!.start ? descriptors[b++]! : mentions[a++]!);
  while (a < mentions.length) out.push(mentions[a++]!);
  while (b < descriptors.length) out.push(descriptors[b++]!);
  return out;
}

function inStartOrder(list: readonly Linked[]): boolean {
  for (let k = 1; k < list.length; k++) if (list[k]!.start < list[k - 1]!.start) return false;
  return true;
}

// The helpers below take what they compare as arguments: a closure in a loop that captured the loop's variables
// would cost an allocation on every pass through the loop, taken or not.

/**
 * The report's organisations named in full, each with its distinctive words, looked up once per report and name rather
 * than once per short form asking: a report asks of all of them again for every one-word mention.
 */
class FullOrgs {
  private readonly orgs: Linked[];
  /** Each organisation's distinctive words, and the canonical name they were worked out for (a name may change). */
  private readonly words: (readonly string[] | undefined)[];
  private readonly wordsOf: (string | undefined)[];

  constructor(orgs: Linked[]) {
    this.orgs = orgs;
    this.words = new Array(orgs.length);
    this.wordsOf = new Array(orgs.length);
  }

  /** The first of the organisations, other than m, among whose distinctive words `word` is. */
  withWord(m: Linked, word: string): Linked | undefined {
    for (let k = 0; k < this.orgs.length; k++) {
      const o = this.orgs[k]!;
      if (o === m) continue;
      if (this.wordsOf[k] !== o.canonical) (this.words[k] = distinctiveWords(o.canonical)), (this.wordsOf[k] = o.canonical);
      if (this.words[k]!.includes(word)) return o;
    }
    return undefined;
  }

  /** The first known organisation, other than m, that we list `word` as a one-word descriptor of. */
  describedBy(m: Linked, word: string): Linked | undefined {
    return this.orgs.find((o) => o !== m && o.known?.descriptors.some((d) => d.toLowerCase() === word));
  }
}

/**
 * orgWords of an organisation's canonical name, remembered across reports: the words depend on the name alone, and
 * working them out (gazetteer and word-list look-ups per word) cost more than all the comparisons that ask.
 */
function distinctiveWords(canonical: string): readonly string[] {
  let words = distinctiveMemo.get(canonical);
  if (words === undefined) {
    if (distinctiveMemo.size > 20_000) distinctiveMemo.clear(); // bounded: organisations recur across reports
    distinctiveMemo.set(canonical, (words = orgWords(canonical)));
  }
  return words;
}
const distinctiveMemo = new Map<string, readonly string[]>();

/** The last person named, other than m, less than 80 characters before it. */
function personJustBefore(mentions: Linked[], m: Linked): Linked | undefined {
  return mentions.filter((p) => p !== m && p.type === "person" && p.end <= m.start && m.start - p.end < 80).pop();
}

/** A role word one to three words before token i, with only "of", "for", "the"... between ("spokesman for the"). */
function roleShortlyBefore(tokens: Token[], i: number): boolean {
  return [1, 2, 3].some((k) => tokens[i - k] && isRole(tokens[i - k]!) && tokens.slice(i - k + 1, i).every((x) => ["of", "for", "the", "at", "with", "in"].includes(x.lower)));
}

/** Whether a mention may still turn out to name a person: not a place or organisation typed with confidence. */
function mayBePerson(m: Linked): boolean {
  return (m.type !== "place" || (m.strength < 2 && !m.geo)) && (m.type !== "org" || m.strength < 2);
}

/** The cheap half of orgWords' test: a word failing it is in no organisation's distinctive words, whichever. */
function mayBeDistinctive(w: string): boolean {
  return w.length >= 4 && !DEMONYMS.has(w) && !COMMON_WORDS.has(w) && !GENERIC_ORG_WORDS.has(w);
}

function orgWords(canonical: string): string[] {
  // Distinctive words only: not demonyms, connectors, generic heads, everyday English or
  // cities and countries ("Syrian", "for", "Human", "Chicago" in "Chicago Police"), nor a place's name the
  // organisation's own words name as one ("Kungyangon" in "Kungyangon Township Hospital").
  const words = keyTokens(canonical);
  return words.filter((w, k) => w.length >= 4 && !DEMONYMS.has(w) && !COMMON_WORDS.has(w) && !GENERIC_ORG_WORDS.has(w) && !isEverydayWord(w) && !isTownOrCountry(w) && !PLACE_HEADS.has(words[k + 1] ?? ""));
}

/**
 * The report's people named in full, looked up by the words of their names: a short form is compared only with the
 * people holding its first word or another spelling of it, and each pair of words is judged once (remembered across reports).
 */
class FullNames {
  private readonly byWord = new Map<string, Linked[]>();
  private readonly spelledLike = new Map<string, readonly Linked[]>();
  /** The most name words any of these people has: a form with as many stands for none of them. */
  private readonly mostWords: number = 0;

  /** The keys of byWord, their lists and (once asked) their sounds, side by side: walked for every new word. */
  private readonly fullWords: string[] = [];
  private readonly fullLists: Linked[][] = [];
  private readonly fullSounds: (readonly string[] | undefined)[] = [];

  constructor(people: Linked[]) {
    for (const p of people) {
      this.mostWords = Math.max(this.mostWords, keysOf(p).length);
      const keys = keysOf(p);
      for (let k = 0; k < keys.length; k++) {
        const w = keys[k]!;
        if (keys.indexOf(w) < k) continue; // listed once per person (a name holds two or three words: no Set needed)
        const list = this.byWord.get(w);
        if (list) list.push(p);
        else this.byWord.set(w, [p]);
      }
    }
    for (const [w, list] of this.byWord) this.fullWords.push(w), this.fullLists.push(list), this.fullSounds.push(undefined);
  }

  /** "Zelensky" for "Zelenskyy": spelling slips within one report, for words of five letters or more. */
  alike(word: string, full: string): boolean {
    if (word === full) return true;
    if (word.length < 5) return false;
    // Most pairs fail the cheap test, with the sounds of each word looked up once per report; the others are judged
    // by tokensAlike, remembered across reports: names recur from report to report.
    return mayBeAlike(full, word, this.soundsOf(full), this.soundsOf(word)) && tokensAlike(full, word);
  }

  private readonly sounds = new Map<string, readonly string[]>();

  /** phonetic(word), asked of the large memo once per report. */
  private soundsOf(word: string): readonly string[] {
    let codes = this.sounds.get(word);
    if (codes === undefined) this.sounds.set(word, (codes = phonetic(word)));
    return codes;
  }

  /** People whose full name holds this word or another spelling of it, in report order. */
  holding(word: string): readonly Linked[] {
    let people = this.spelledLike.get(word);
    // A short word is alike only to itself (see alike): its people are the ones listed under it.
    if (!people && word.length < 5) this.spelledLike.set(word, (people = this.byWord.get(word) ?? []));
    if (!people) {
      // A few people at most: an array checked with includes keeps report order without building a Set.
      const found: Linked[] = [];
      const sounds = this.soundsOf(word);
      for (let k = 0; k < this.fullWords.length; k++) {
        // alike(word, full) for a word of five letters or more, with the full word's sounds kept beside it.
        const full = this.fullWords[k]!;
        if (full !== word && !(mayBeAlike(full, word, (this.fullSounds[k] ??= this.soundsOf(full)), sounds) && tokensAlike(full, word))) continue;
        for (const p of this.fullLists[k]!) if (!found.includes(p)) found.push(p);
      }
      people = found;
      this.spelledLike.set(word, people);
    }
    return people;
  }

  /**
   * Whether a full name holds every word of a short form but the first, or another spelling of it: the people holding
   * the first are those `holding` found.
   */
  private holdsAllButFirst(full: readonly string[], words: readonly string[]): boolean {
    for (let k = 1; k < words.length; k++) if (!this.holdsWord(full, words[k]!)) return false;
    return true;
  }

  private holdsWord(full: readonly string[], word: string): boolean {
    for (const f of full) if (this.alike(word, f)) return true;
    return false;
  }

  /** The full form a short one ("Bali", "Father Paolo") stands for: the nearest earlier one, else the nearest later. */
  bestFor(m: Linked, words: readonly string[]): Linked | null {
    if (words.length >= this.mostWords) return null; // only a longer full name may stand behind it (see below)
    let best: Linked | null = null;
    let bestDistance = Infinity;
    for (const p of this.holding(words[0]!)) {
      if (p === m) continue;
      const full = keysOf(p);
      if (full.length <= words.length || !this.holdsAllButFirst(full, words)) continue;
      const d = Math.abs(p.start - m.start) + (p.start > m.start ? 1e6 : 0);
      if (d < bestDistance) (best = p), (bestDistance = d);
    }
    return best;
  }
}

function stripTitles(name: string): string {
  const space = name.indexOf(" ");
  if (space < 0 || !TITLES.has(titleKey(name.slice(0, space)))) return name; // most names: no title first
  const words = name.split(" ");
  // ("Sultan Lala", "Malik Riaz", "Sheikh Hasina": a ruler's title before a single name is part of how the person is called.)
  if (words.length === 2 && TITLES_ALSO_GIVEN_NAMES.has(words[0]!.toLowerCase())) return name;
  while (words.length > 1 && TITLES.has(words[0]!.toLowerCase().replace(/\.$/, ""))) words.shift();
  return words.join(" ");
}

/** A title word as TITLES lists it: lower case, without an abbreviation's full stop ("Gen." -> "gen"). */
function titleKey(word: string): string {
  const w = word.toLowerCase();
  return w.endsWith(".") ? w.slice(0, -1) : w;
}

function isRole(token: Token): boolean {
  return isRoleWord(token.lower);
}

/**
 * A role word at token `i`, or after a possessive and up to two words written small: "spokesman", "'s representative",
 * "emergency coordinator" ("…, MSF emergency coordinator", "…, UNICEF's representative in Sudan").
 */
function roleRightAfter(tokens: Token[], i: number): boolean {
  if (tokens[i] && /^['’]s$/.test(tokens[i]!.text)) i++;
  for (let k = i; k < i + 3; k++) {
    const t = tokens[k];
    if (!t || !t.word) return false;
    if (isRole(t)) return true;
    if (t.cap || SPEECH_VERBS.has(t.lower)) return false;
  }
  return false;
}

/** "SDF spokesman Mustafa Bali", "Kino Gabriel, a spokesman for the Syrian Democratic Forces". */
function tieOrganisations(text: string, tokens: Token[], mentions: Linked[]): void {
  const people = mentions.filter((m) => m.type === "person");
  if (!people.length) return; // nobody to tie: no maps to build
  const orgEndingAt = new Map<number, Linked>();
  const orgStartingAt = new Map<number, Linked>();
  for (const m of mentions) if (m.type === "org") orgEndingAt.set(m.last, m), orgStartingAt.set(m.first, m);
  for (const p of people) {
    // Role word just before the name, organisation before the role.
    let r = p.first - 1;
    if (tokens[r]?.text === "," && tokens[r - 1] && isRole(tokens[r - 1]!)) r--; // "a KDUF commander, Salim Rashid,"
    if (tokens[r] && isRole(tokens[r]!)) {
      const org = orgEndingAt.get(r - 1) ?? orgEndingAt.get(r - 2);
      if (org) {
        p.org = org.canonical;
        continue;
      }
    }
    // Appositive after the name: ", a spokesman for the SDF," / ", the SDF spokesman," / ", head of the SDF media office".
    if (tokens[p.last + 1]?.text === ",") {
      for (let i = p.last + 2; i < Math.min(tokens.length, p.last + 10); i++) {
        const t = tokens[i]!;
        if (!t.word && t.text !== "-" && !/^['’]s$/.test(t.text)) break;
        if (SPEECH_VERBS.has(t.lower)) break;
        const org = orgStartingAt.get(i);
        // The organisation stands right before the role word, or one to three words after it ("for the", "of the").
        if (org && roleRightAfter(tokens, org.last + 1)) {
          p.org = org.canonical;
          break;
        }
        if (org && roleShortlyBefore(tokens, i)) {
          p.org = org.canonical;
          break;
        }
        if (org) i = org.last;
      }
    }
  }
  // Short forms take the organisation of the full name they point to.
  const byCanonical = new Map<string, string>();
  for (const p of people) if (p.org) byCanonical.set(p.canonical, p.org);
  for (const p of people) if (!p.org) p.org = byCanonical.get(p.canonical) ?? null;
}

/**
 * "the Kurdish-led force", "the Britain-based monitor", "a war monitor": mentions of an organisation named in the report.
 * Every descriptor opens with an article: `determiners` lists them (determinerWords), from the tokenizer where it can.
 */
function findDescriptors(text: string, tokens: Token[], mentions: Linked[], determiners?: readonly number[]): Linked[] {
  const orgs = mentions.filter((m) => m.type === "org");
  if (!orgs.length) return [];
  const headsOf = new Map<string, Set<string>>();
  /** Heads taken from an organisation's own name ("Forces" -> "force"): used only with a "-led"/"-backed" modifier. */
  const weakHeads = new Map<string, Set<string>>();
  const named = new Set<string>(); // the canonical names whose heads are in already
  const knownAddedTo = new Map<KnownOrg, string>(); // the name each known organisation's descriptors went to last
  for (const o of orgs) {
    // What a name teaches is the same for every mention of it, and what a known organisation teaches a name too.
    const firstOfName = !named.has(o.canonical);
    if (firstOfName) named.add(o.canonical);
    // One-word descriptors are heads; longer ones ("monitoring group") must match whole.
    if (o.known && knownAddedTo.get(o.known) !== o.canonical) {
      knownAddedTo.set(o.known, o.canonical);
      for (const d of o.known.descriptors) addHead(headsOf, o.canonical, d);
    }
    else if (firstOfName) for (const d of knownOrg(o.canonical)?.descriptors ?? []) addHead(headsOf, o.canonical, d);
    // (A name that is the mention's own text has its key tokens on the mention already, most often.)
    const last = firstOfName ? (o.keys !== undefined && o.canonical === o.text ? o.keys : keyTokens(o.canonical)).at(-1) : undefined;
    if (last && ORG_HEADS.has(last)) addHead(weakHeads, o.canonical, last), addHead(weakHeads, o.canonical, last.endsWith("s") ? last.slice(0, -1) : last);
    // Appositive: "X, a Britain-based war monitor," teaches "monitor" (also past its acronym: "X (PDF), a … group,").
    const comma = tokens[o.last + 1]?.text === "(" && tokens[o.last + 3]?.text === ")" ? o.last + 4 : o.last + 1;
    if (tokens[comma]?.text === ",") {
      const a = tokens[comma + 1]?.lower;
      if (a === "a" || a === "an" || a === "the") {
        for (let i = comma + 2; i < Math.min(tokens.length, comma + 7); i++) {
          const t = tokens[i]!;
          if (!t.word) {
            const head = tokens[i - 1]!;
            if (head.word && !head.cap && i - 1 > comma + 1) addHead(headsOf, o.canonical, head.lower);
            break;
          }
        }
      }
    }
  }
  // Every head of every organisation, so that most words are ruled out with one look-up.
  const anyHead = new Set<string>();
  for (const set of headsOf.values()) for (const head of set) anyHead.add(head);
  // The organisations each head stands for, in report order: what filtering them by that head alone would give.
  const orgsWithHead = new Map<string, Linked[]>();
  for (const o of orgs) {
    for (const head of headsOf.get(o.canonical) ?? []) {
      const list = orgsWithHead.get(head);
      if (list) list.push(o);
      else orgsWithHead.set(head, [o]);
    }
  }
  const anyWeakHead = new Set<string>();
  for (const set of weakHeads.values()) for (const head of set) anyWeakHead.add(head);
  // Two-word heads ("monitoring group") are rare: a phrase is built only where its last word ends one of them.
  const phraseHeadEnds = new Set<string>();
  for (const head of anyHead) if (head.includes(" ")) phraseHeadEnds.add(head.slice(head.lastIndexOf(" ") + 1));
  // The last word of every head, weak ones included: a determiner with none of them within reach starts no descriptor.
  // (Asked of the words after every determiner: their shapes rule most out before they are hashed.)
  const headEnds = new Set<string>(anyWeakHead);
  for (const head of anyHead) headEnds.add(head.slice(head.lastIndexOf(" ") + 1));
  const headEndShapes = new ShapeFilter();
  for (const end of headEnds) headEndShapes.add(end);
  const out: Linked[] = [];
  // (Articles are one token in twelve: their list is walked rather than every token.)
  for (const i of determiners ?? determinerWords(tokens)) {
    const det = tokens[i]!.lower;
    if (!headWithinReach(tokens, i, headEnds, headEndShapes)) continue; // most determiners: the search below would find nothing
    // Up to three modifiers, then the head noun.
    let compound = false;
    for (let h = i + 1; h <= Math.min(tokens.length - 1, i + 4); h++) {
      const t = tokens[h]!;
      // "the military's media wing": a possessive after a modifier goes on to the head.
      if (h > i + 1 && (t.text === "'s" || t.text === "’s") && t.sameLine && !t.spaced) continue;
      if (!t.word || !t.sameLine) break;
      const w = t.lower;
      if (DESCRIPTOR_STOP_MODIFIERS.has(w)) break;
      const phrase = h > i + 1 && phraseHeadEnds.size > 0 && phraseHeadEnds.has(w) ? `${tokens[h - 1]!.lower} ${w}` : null;
      const mayBeHead = anyHead.has(w) || (phrase !== null && anyHead.has(phrase)) || (compound && anyWeakHead.has(w));
      // (A phrase or a weak head after a compound is rare: those organisations are filtered for.)
      const candidates = !mayBeHead ? NO_ORGS : phrase === null && !compound ? (orgsWithHead.get(w) ?? NO_ORGS) : orgsHeadedBy(orgs, headsOf, weakHeads, w, phrase, compound);
      const isHead = !t.cap && candidates.length > 0;
      if (isHead) {
        if (tokens[h + 1]?.lower === "of") break; // "a group of 600 civilians"
        if ((det === "a" || det === "an") && GENERIC_DESCRIPTOR_HEADS.has(w)) break;
        // "the force" or "the Kurdish-led force" point back; "Iraqi forces" or "armed group" may be anyone.
        if (GENERIC_DESCRIPTOR_HEADS.has(w) && h > i + 1 && !compound && !(phrase !== null && headsOf.get(candidates[0]!.canonical)?.has(phrase))) break;
        const start = tokens[i + 1]!.start;
        const end = t.end;
        if (overlapsAny(mentions, start, end)) break;
        // ("The National Emergency Management Agency said … the agency said": a body whose own name ends in the head,
        // named before, is one the description may point back to, as a known one is.)
        // ("LAGOS (Reuters) - … the state's emergency agency said. …, according to the agency": the wire credited in the
        // dateline filed the report; it is never the body a description points back to.)
        const before = candidates.flatMap((o) => mentions.filter((m) => m.canonical === o.canonical && m.start < start && !creditedInDateline(text, m))).concat(mentions.filter((m) => m.type === "org" && m.start < start && endsWithWord(m.canonical || m.text, w) && !creditedInDateline(text, m)));
        const after = candidates.flatMap((o) => mentions.filter((m) => m.canonical === o.canonical && m.start > end && !creditedInDateline(text, m)));
        const nearest = before.sort((a, b) => b.start - a.start)[0] ?? after.sort((a, b) => a.start - b.start)[0];
        if (!nearest) break;
        out.push({ first: i + 1, last: h, start, end, text: text.slice(start, end), type: "org", known: null, strength: 1, canonical: nearest.canonical, descriptor: true });
        break;
      }
      const isCompound = !!compoundAdjective(t);
      const possessor = !t.cap && (tokens[h + 1]?.text === "'s" || tokens[h + 1]?.text === "’s"); // "the military's …"
      const modifier = (!t.cap && startsLowerCase(t.text) && !COMMON_WORDS.has(w) && !CONNECTORS.has(w)) || isCompound || DEMONYMS.has(w) || possessor;
      if (!modifier) break;
      compound ||= isCompound;
    }
  }
  return out;
}

/** A wire credited in brackets before a dateline's dash: "LAGOS (Reuters) -", "ANKARA (AA) —". */
function creditedInDateline(text: string, m: Linked): boolean {
  return text.charCodeAt(m.start - 1) === 40 && /^\)\s*[-–—]/.test(text.slice(m.end, m.end + 4));
}

/** Adds `head` to the heads `map` holds for `canonical`. (Not a closure: under the loader every closure made is also named, at a cost.) */
function addHead(map: Map<string, Set<string>>, canonical: string, head: string): void {
  let set = map.get(canonical);
  if (!set) map.set(canonical, (set = new Set()));
  set.add(head);
}

/**
 * The organisations with the head `w` or `phrase`, or the weak head `w` after a compound. A function of its own: a
 * closure in the loop that asks would capture the loop's words, and so cost an allocation on every pass through it.
 */
function orgsHeadedBy(orgs: Linked[], headsOf: Map<string, Set<string>>, weakHeads: Map<string, Set<string>>, w: string, phrase: string | null, compound: boolean): Linked[] {
  return orgs.filter((o) => headsOf.get(o.canonical)?.has(w) || (phrase !== null && headsOf.get(o.canonical)?.has(phrase)) || (compound && weakHeads.get(o.canonical)?.has(w)));
}

/** Whether one of the words `ends` stands among the (up to four) words on the line after the determiner at i. */
function headWithinReach(tokens: Token[], i: number, ends: ReadonlySet<string>, endShapes: ShapeFilter): boolean {
  for (let h = i + 1; h <= Math.min(tokens.length - 1, i + 4); h++) {
    const t = tokens[h]!;
    if (h > i + 1 && (t.text === "'s" || t.text === "’s") && t.sameLine && !t.spaced) continue; // (as findDescriptors reads them)
    if (!t.word || !t.sameLine) return false;
    if (endShapes.mayHave(t.lower) && ends.has(t.lower)) return true;
  }
  return false;
}

function overlapsAny(mentions: readonly Linked[], start: number, end: number): boolean {
  for (const m of mentions) if (m.start < end && start < m.end) return true;
  return false;
}

/**
 * What "known as", "alias", "nicknamed" or "dubbed" leave before a name, by character code: "as" or "ed" (either
 * case), then spaces, then maybe an opening quote, right before `end`. Most mentions follow a space after another word,
 * and fail here without the pattern. (A space beyond ASCII is left to the pattern.)
 */
function mayFollowKnownAs(text: string, end: number): boolean {
  let k = end - 1;
  let c = text.charCodeAt(k);
  if (c === 34 || c === 39 || c === 0x201c) c = text.charCodeAt(--k);
  if (!(c === 32 || (c >= 9 && c <= 13) || c >= 128)) return false;
  while (c === 32 || (c >= 9 && c <= 13)) c = text.charCodeAt(--k);
  if (c >= 128) return true;
  const lower = c | 32; // ASCII letters folded to lower case
  if (lower !== 115 && lower !== 100) return false; // s, d
  // "as" or "alias" end in "as", "nicknamed" and "dubbed" in "ed" (not "his", "said", "and": most of the rest).
  const before = text.charCodeAt(k - 1);
  return before >= 128 || (before | 32) === (lower === 115 ? 97 : 101);
}

/** Shared by every word that cannot be a head (most words): never mutated. */
const NO_ORGS: readonly Linked[] = [];

function startsLowerCase(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : /^[\p{Ll}]/u.test(text);
}

/** Whether a name's last word is `word` (any case): "National Emergency Management Agency" ends in "agency". */
function endsWithWord(name: string, word: string): boolean {
  return name.length > word.length && name.toLowerCase().endsWith(word) && name.charCodeAt(name.length - word.length - 1) === 32;
}
