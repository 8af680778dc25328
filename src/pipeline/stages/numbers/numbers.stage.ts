// Number stage: finds quantities ("almost 3,000 people", "hundreds of fighters", "a 17-year-old boy"),
// their value, interval and qualifier, the noun they count, and why a number is not about people.
import type { AnnotatedDoc, NumberMention, Qualifier } from "../../../doc/document.ts";
import type { Stage } from "../../stage.ts";
import lexicon from "./numbers.lexicon.json" with { type: "json" };
import nouns from "./people-nouns.json" with { type: "json" };
import { tokenize, isCapitalised, type Token } from "./tokens.ts";
import { DEMONYMS } from "../../../resolve/geo/countries.ts";

// Word shapes read with Unicode classes, compiled once here. (Written inline, a pattern with \p{…} is turned by the
// TypeScript loader into `new RegExp(…)`, built and compiled again on every call.)
const CAPITALISED_WORD = /^[\p{Lu}][\p{Ll}]{2,}$/u;
const CAPITALISED_PLURAL = /^[\p{Lu}][\p{Ll}]{2,}s$/u;
const STARTS_UPPER = /^[\p{Lu}]/u;
const ALL_CAPITALS = /^[\p{Lu}]+$/u;
const LOWER_WORD = /^[\p{Ll}]+$/u;
const LOWER_WORD_IN_ED = /^[\p{Ll}]{3,}ed$/u;
const LOWER_PLURAL = /^[\p{Ll}]{3,}s$/u;
const LOWER_HYPHENATED = /^[\p{Ll}][\p{Ll}-]*$/u;
const LETTERS_AND_HYPHENS = /^[\p{L}-]+$/u;
const LETTERS_AND_APOSTROPHES = /^[\p{L}'’-]+$/u;
const ONE_MARK = /^[^\p{L}\p{N}]$/u;
/** "Houthis", "Sudanese", "Iraqi": a people's name in the plural, or one that is its own plural. */
const GROUP_NAME = /^[\p{Lu}][\p{Ll}]{2,}(?:s|ese|i)$/u;
/** "Burkinabe": a people's name in -be, its own plural. */
const PEOPLE_NAME_IN_BE = /^[\p{Lu}][\p{Ll}]{2,}b[eè]$/u;
const DEMONYM_LIKE = /^[\p{Lu}][\p{Ll}]+(?:an|ian|ese|i)s?$/u;

// Maps, so a word like "constructor" is not found in them and a fresh token string is found by its hash alone.
const ONES = new Map<string, number>(Object.entries(lexicon.units.ones));
const TENS = new Map<string, number>(Object.entries(lexicon.units.tens));
const SCALES = new Map<string, number>(Object.entries(lexicon.units.scales));
// Without a prototype, so a word like "constructor" is not found in them.
export const PLURAL_PEOPLE: Record<string, string> = Object.assign(Object.create(null), nouns.plural);
export const SINGULAR_PEOPLE: Record<string, string> = Object.assign(Object.create(null), nouns.singular);
// The same words as Maps, for this stage's own lookups: a Map finds a fresh token string by its hash alone.
const PLURAL_SUBJECT = new Map(Object.entries(nouns.plural));
const SINGULAR_SUBJECT = new Map(Object.entries(nouns.singular));

const MONTHS = new Set(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]);

const NOT_AFTER = new Map<string, string>();
for (const [reason, words] of Object.entries(lexicon.notPeopleAfter)) for (const w of words) NOT_AFTER.set(w, reason);
const NOT_BEFORE = new Map<string, string>();
for (const [reason, words] of Object.entries(lexicon.notPeopleBefore)) for (const w of words) NOT_BEFORE.set(w, reason);

/** Qualifier phrases as token lists, longest first, so "up to" wins over "to". */
const QUALIFIERS: { words: string[]; qualifier: Qualifier; near: boolean }[] = [];
for (const q of ["approx", "min", "max"] as const) {
  for (const phrase of lexicon.qualifiers[q]) {
    QUALIFIERS.push({ words: phrase.split(" "), qualifier: q, near: lexicon.qualifiers.maxNear.includes(phrase) });
  }
}
QUALIFIERS.sort((a, b) => b.words.length - a.words.length);
/** The qualifier phrases by their last word, longest first within each: only those can end just before a number. */
const QUALIFIERS_BY_LAST = new Map<string, typeof QUALIFIERS>();
for (const q of QUALIFIERS) {
  const last = q.words[q.words.length - 1]!;
  QUALIFIERS_BY_LAST.set(last, [...(QUALIFIERS_BY_LAST.get(last) ?? []), q]);
}

const marks = lexicon.qualifierMarks as { signs: Record<string, Qualifier>; spacedSigns: string[]; shortWords: Record<string, Qualifier> };
const SIGN_QUALIFIERS = new Map(Object.entries(marks.signs));
const SPACED_SIGNS = new Set(marks.spacedSigns);
const SHORT_QUALIFIERS = new Map(Object.entries(marks.shortWords));

const VAGUE = Object.entries(lexicon.vague as unknown as Record<string, [number, number]>)
  .map(([phrase, [low, high]]) => ({ phrase, words: phrase.split(" "), low, high }))
  .sort((a, b) => b.words.length - a.words.length);
/** The vague phrases by their first word, longest first within each. */
const VAGUE_BY_FIRST = new Map<string, typeof VAGUE>();
for (const v of VAGUE) VAGUE_BY_FIRST.set(v.words[0]!, [...(VAGUE_BY_FIRST.get(v.words[0]!) ?? []), v]);
const NO_PHRASES: typeof VAGUE = [];
/** Every word a number can start with. */
const STARTERS = new Set<string>([
  ...Object.keys(lexicon.units.ones), ...Object.keys(lexicon.units.tens), "a", "an", "another", "both", "dozen", "half",
  ...Object.keys(lexicon.vague).map((p) => p.split(" ")[0]),
]);
/**
 * A word's length and first two letters folded into a small number: a word whose shape is not marked is no starter,
 * which is told without hashing the word (most words of a sentence fail this test).
 */
const wordShape = (w: string) => ((w.length & 31) << 10) | ((w.charCodeAt(0) & 31) << 5) | (w.charCodeAt(1) & 31);
const STARTER_SHAPES = new Uint8Array(1 << 15);
for (const w of STARTERS) STARTER_SHAPES[wordShape(w)] = 1;
/** The ASCII letters some starter begins with. */
const STARTER_FIRSTS = new Uint8Array(128);
for (const w of STARTERS) STARTER_FIRSTS[w.charCodeAt(0)] = 1;

/** The first two letters (folded as wordShape folds them) of every starter, and of a one-letter one before a hyphen. */
const STARTER_PAIRS = new Uint8Array(1 << 10);
for (const w of STARTERS) STARTER_PAIRS[((w.charCodeAt(0) & 31) << 5) | ((w.length > 1 ? w.charCodeAt(1) : 45) & 31)] = 1;

/**
 * Whether token t may start a number, read from the report's text: a cheap pre-test that never says no where
 * startsNumber says yes, since the text is one flat string and reading each token's own string costs more. Where a
 * token's first two characters are plain ASCII, they are its lower-case form's, folded alike.
 */
function mayStartNumber(text: string, t: Token): boolean {
  const c0 = text.charCodeAt(t.start);
  if (c0 >= 128 || (c0 >= 48 && c0 <= 57)) return true;
  if (STARTER_FIRSTS[c0 >= 65 && c0 <= 90 ? c0 + 32 : c0] === 0) return false;
  if (t.end - t.start === 1) return true;
  const c1 = text.charCodeAt(t.start + 1);
  return c1 >= 128 || STARTER_PAIRS[((c0 & 31) << 5) | (c1 & 31)] === 1;
}

/** Whether a lower-case token may start a number: a digit, a starter, or a starter before a hyphen ("twenty-five"). */
function startsNumber(lower: string): boolean {
  // Most tokens start no number: their first letter, or their length and first two letters, rule them out before any
  // set lookup or phrase matching.
  const code = lower.charCodeAt(0);
  if (code >= 48 && code <= 57) return true;
  if (code >= 128 || STARTER_FIRSTS[code] === 0) return false;
  if (STARTER_SHAPES[wordShape(lower)] === 1 && STARTERS.has(lower)) return true;
  const hyphen = lower.indexOf("-");
  return hyphen > 0 && STARTERS.has(lower.slice(0, hyphen));
}
/** Wholes that "half a" and "a quarter of a" take ("half a dozen", "half a million"). */
const WHOLES: Record<string, number> = Object.assign(Object.create(null), { dozen: 12, million: 1_000_000, billion: 1_000_000_000 });
/** Vague words that only count people when a people noun follows ("a few" days are not people). */
const NEEDS_NOUN = new Set(["a few", "a handful", "several", "a couple", "scores", "tens"]);

/** The people named after "more": "servicemen" in "21 more servicemen" or "21 more of their servicemen". */
function peopleAfterMore(tokens: readonly Token[], at: number): CountedNoun | null {
  let k = at;
  if (tokens[k]?.lower === "of" && /^(?:their|its|the|his|her|our)$/.test(tokens[k + 1]?.lower ?? "")) k += 2;
  const t = tokens[k];
  const subject = t && !/ed$|^(?:dead|others|more)$/.test(t.lower) ? PLURAL_SUBJECT.get(t.lower) : undefined;
  return subject ? { noun: t!.text, subject, end: t!.end, next: k + 1, notPeople: null } : null;
}

/** "of one family", "of the same family", "of a family": the index past it, or 0. */
function familyAfter(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.lower !== "of") return 0;
  let k = at + 1;
  if (/^(?:one|a|the|his|her|their|a single)$/.test(tokens[k]?.lower ?? "")) k++;
  if (tokens[k]?.lower === "same") k++;
  return /^(?:family|household|clan)$/.test(tokens[k]?.lower ?? "") ? k + 1 : 0;
}

const ARMED = new Set(["troops", "fighters", "police"]);
/** Verbs of harm whose object may be "a third" (person). */
const HARMED_BEFORE = new Set(["wounded", "injured", "hurt", "killed", "shot", "stabbed", "wounding", "injuring", "killing", "shooting", "stabbing"]);
/** What may follow "a third" that ends it as a person: a preposition, a conjunction, a mark. */
const ORDINAL_OBJECT_END = /^(?:at|in|on|near|outside|inside|and|before|after|as|who|while|when|during|[,.;:)\u2014\u2013-])$/i;
const ORDINAL_WORDS = new Set(["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]);

const ORDINAL_SUBJECT_VERB = /^(?:is|was|has|had|remains|remained)$/;
/** Whether a plural people noun stands among the few words before index `end` ("Two men are dead and"). */
function peopleCountedBefore(tokens: readonly Token[], end: number): boolean {
  for (let k = Math.max(0, end - 8); k < end; k++) if (PLURAL_SUBJECT.has(tokens[k]!.lower)) return true;
  return false;
}

const WORKING_ANIMALS = new Set(["horses", "dogs", "k9s", "ponies", "mules", "camels", "sniffer"]);

/** Ranks that are also adjectives before a noun: "a major offensive", "a general strike". */
const RANK_OR_ADJECTIVE = new Set(["major", "general", "private", "chief", "marshal"]);
/** Words that may follow a person: a verb, an auxiliary, a relative pronoun or a preposition. */
const AFTER_A_PERSON = /^(?:was|is|were|has|had|who|and|or|said|says|died|dies|from|of|in|at|with|on|told|added|to|whose|whom|later|also)$/;

/** Counts in words that start a phrase of their own after another number ("2020 left thousands dead"). */
const MAGNITUDE_WORDS = new Set(["dozens", "hundreds", "thousands", "millions", "scores", "tens", "dozen", "hundred", "thousand", "million"]);

/** Words that end the search for the counted noun. */
const NOUN_STOP = new Set([
  "were", "was", "is", "are", "have", "has", "had", "been", "be", "being", "will", "would", "could", "can", "may", "might", "must", "should",
  "said", "says", "say", "in", "at", "from", "to", "on", "by", "into", "onto", "since", "during", "with", "without", "after", "before",
  "over", "for", "that", "who", "whom", "which", "whose", "as", "or", "than", "when", "where", "while", "if", "but", "so", "because",
  "and", "per", "across", "inside", "outside", "near", "around", "between", "under", "among", "including", "within", "through", "toward", "towards",
  "killed", "died", "dead", "wounded", "injured", "fled", "evacuated", "arrested", "detained", "captured", "surrendered", "remain", "remained",
  "still", "also", "now", "then", "there", "here", "this", "these", "those", "it", "they", "them", "he", "she", "we", "you", "i",
]);
const CONNECTORS_LIST = ["of", "the", "their", "them", "whom", "its", "his", "her", "our", "those"];

/** What a word is to countedNoun's lists, one bit each, so a word found in none (most words) costs one lookup. */
const IS_SINGULAR = 1, IS_PLURAL = 2, IS_NOT_AFTER = 4, IS_CONNECTOR = 8, IS_NOUN_STOP = 16;
/** The first word of a people noun of more words ("asylum" of "asylum seekers"): only such a word can start a pair. */
const IS_FIRST_OF_PAIR = 32;
const WORD_ROLES = new Map<string, number>();
const markRole = (words: Iterable<string>, role: number) => { for (const w of words) WORD_ROLES.set(w, (WORD_ROLES.get(w) ?? 0) | role); };
markRole(SINGULAR_SUBJECT.keys(), IS_SINGULAR);
markRole(PLURAL_SUBJECT.keys(), IS_PLURAL);
markRole(NOT_AFTER.keys(), IS_NOT_AFTER);
markRole(CONNECTORS_LIST, IS_CONNECTOR);
markRole(NOUN_STOP, IS_NOUN_STOP);
markRole([...PLURAL_SUBJECT.keys()].filter((k) => k.includes(" ")).map((k) => k.slice(0, k.indexOf(" "))), IS_FIRST_OF_PAIR);
const GROUP_VERB = /^(?:were|was|had|have|are|killed|died|wounded|injured|fled|surrendered|arrested|detained|captured|evacuated|remain|remained|crossed|arrived|reached)$/;
const AGE_WORD = /^\d+-(?:year|month|week|day)s?-old$/;


export interface ParsedNumber {
  value: number | null;
  low: number | null;
  high: number | null;
  vague: string | null;
  /** Index one past the last token of the number itself. */
  next: number;
  singular: boolean;
  /** Set when the number token itself says it is not a count of people ("17-year-old", "24-hour"). */
  marker: string | null;
}

/** Whether the word after "a", "an" or "another" is itself a count ("two", "12", "two-week"), but not an age ("two-year-old"). */
function followedByCount(word: string): boolean {
  const dash = word.indexOf("-");
  const head = dash < 0 ? word : word.slice(0, dash);
  const code = word.charCodeAt(0);
  return ((code >= 48 && code <= 57) || ONES.has(head) || TENS.has(head)) && !(dash >= 0 && /-(?:year|month|week|day)s?-old$/.test(word));
}

/** Reads a number starting at token i, or returns null. */
export function parseNumberAt(tokens: readonly Token[], i: number): ParsedNumber | null {
  return startsNumber(tokens[i].lower) ? parseStartedNumber(tokens, i) : null;
}

/** Reads the number at token i, which starts one (`startsNumber`), or returns null. */
function parseStartedNumber(tokens: readonly Token[], i: number): ParsedNumber | null {
  const lower = tokens[i].lower;
  // Vague magnitudes, longest phrase first.
  for (const v of VAGUE_BY_FIRST.get(lower) ?? NO_PHRASES) {
    if (matchWords(tokens, i, v.words)) {
      return { value: null, low: v.low, high: v.high, vague: v.phrase, next: i + v.words.length, singular: false, marker: null };
    }
  }
  const first = lower.charCodeAt(0);
  if (first >= 48 && first <= 57) return parseDigits(tokens, i);
  if (lower === "a" || lower === "an" || lower === "another") {
    const scale = tokens[i + 1]?.lower;
    // "another two fighters", "a two-week pause": the number that follows is what counts.
    if (scale && followedByCount(scale)) return null;
    if (scale === "dozen") return { value: 12, low: 12, high: 12, vague: null, next: i + 2, singular: false, marker: null };
    // "killed two people and wounded a third": one more person, the object of a verb of harm (not "a third of").
    if (scale && ORDINAL_WORDS.has(scale) && HARMED_BEFORE.has(tokens[i - 1]?.lower ?? "") && ORDINAL_OBJECT_END.test(tokens[i + 2]?.text ?? ".")) return { value: 1, low: 1, high: 1, vague: null, next: i + 2, singular: false, marker: null };
    // ("Two men are dead and a third is in custody": one more of the people just counted, the subject of its own verb.)
    if (scale && ORDINAL_WORDS.has(scale) && tokens[i - 1]?.lower === "and" && ORDINAL_SUBJECT_VERB.test(tokens[i + 2]?.lower ?? "") && peopleCountedBefore(tokens, i - 1)) return { value: 1, low: 1, high: 1, vague: null, next: i + 2, singular: false, marker: null };
    // "a score of soldiers": twenty (only before "of": "a score" alone is a result).
    if (scale === "score" && tokens[i + 2]?.lower === "of") return { value: 20, low: 20, high: 20, vague: null, next: i + 2, singular: false, marker: null };
    // "a quarter of a million"
    const quarterOf = scale === "quarter" && tokens[i + 2]?.lower === "of" && tokens[i + 3]?.lower === "a" ? WHOLES[tokens[i + 4]?.lower ?? ""] : undefined;
    if (quarterOf) return { value: quarterOf / 4, low: quarterOf / 4, high: quarterOf / 4, vague: null, next: i + 5, singular: false, marker: null };
    if (scale === "hundred" || scale === "thousand" || scale === "million") {
      let v = SCALES.get(scale)!;
      let next = i + 2;
      // "a hundred and twenty people"
      const rest = tokens[next]?.lower === "and" && tokens[next + 1] ? parseWords(tokens, next + 1) : null;
      if (rest && rest.value !== null && rest.value < v && !rest.marker) (v += rest.value), (next = rest.next);
      return { value: v, low: v, high: v, vague: null, next, singular: false, marker: null };
    }
    return { value: 1, low: 1, high: 1, vague: null, next: i + 1, singular: true, marker: null };
  }
  if (lower === "both") return { value: 2, low: 2, high: 2, vague: null, next: i + 1, singular: false, marker: null };
  // "half a million people"
  if (lower === "half") {
    const whole = tokens[i + 1]?.lower === "a" ? WHOLES[tokens[i + 2]?.lower ?? ""] : undefined;
    return whole ? { value: whole / 2, low: whole / 2, high: whole / 2, vague: null, next: i + 3, singular: false, marker: null } : null;
  }
  if (lower === "dozen") return { value: 12, low: 12, high: 12, vague: null, next: i + 1, singular: false, marker: null };
  return parseWords(tokens, i);
}

/** "40,000-plus", "twenty-odd": a suffix that makes the number the fewest there are. */
const AT_LEAST_SUFFIX = new Set(["plus", "odd"]);

function parseDigits(tokens: readonly Token[], i: number): ParsedNumber | null {
  const raw = tokens[i].lower;
  let marker: string | null = null;
  let core = raw;
  const dash = raw.indexOf("-");
  if (dash > 0) {
    core = raw.slice(0, dash);
    const rest = raw.slice(dash + 1);
    if (/^\d/.test(rest)) {
      // "200-300": a range written with a hyphen.
      const a = digitsValue(core), b = digitsValue(rest);
      if (a === null || b === null || b < a) return null;
      return { value: a, low: a, high: b, vague: null, next: i + 1, singular: false, marker: "range" };
    }
    marker = AT_LEAST_SUFFIX.has(rest) ? "at least" : NOT_AFTER.get(rest.split("-")[0]) ?? (rest.endsWith("old") ? "duration" : "compound");
  }
  // "1m people", "2bn", "40k": a scale written into the number.
  const scaled = /^(\d+(?:\.\d+)?)(m|mn|mln|bn|k)$/.exec(core);
  if (scaled) {
    const unit = scaled[2] === "bn" ? 1_000_000_000 : scaled[2] === "k" ? 1_000 : 1_000_000;
    const v = Math.round(Number(scaled[1]) * unit);
    return { value: v, low: v, high: v, vague: null, next: i + 1, singular: false, marker };
  }
  let value = digitsValue(core);
  if (value === null) return null;
  let next = i + 1;
  // "30 000 people": thousands grouped with a space, as many UN and European texts write them.
  while (!marker && /^\d{1,3}$/.test(core) && /^\d{3}$/.test(tokens[next]?.lower ?? "") && tokens[next]!.start - tokens[next - 1]!.end === 1) {
    value = value * 1000 + Number(tokens[next]!.lower);
    next++;
  }
  const scale = tokens[next]?.lower;
  // "more than 1.200 residents": a stop before three digits, with no scale after it, groups thousands (no count of
  // people is a fraction; "1.2 million" has its scale).
  if (!marker && /^\d{1,3}\.\d{3}$/.test(core) && !(scale && (SCALES.has(scale) || SHORT_SCALES.has(scale) || scale === "%" || scale === "per"))) value = Number(core.replace(".", ""));
  // "100+ people": a plus glued to the number means at least that many.
  if (!marker && tokens[next]?.text === "+" && tokens[next]!.start === tokens[next - 1]!.end) {
    marker = "at least";
    next++;
  }
  // The scale after the number (and after its plus): "2 million", "1.2 mln", "100+ million", "three dozen".
  const unit = tokens[next]?.lower;
  if (unit && SCALES.get(unit) && unit !== "hundred") {
    value *= SCALES.get(unit)!;
    next++;
  } else if (unit === "dozen" && value < 100) {
    value *= 12;
    next++;
  } else if (unit && SHORT_SCALES.has(unit)) {
    value *= 1_000_000;
    next++;
  }
  // (8.3 × 1,000,000 is 8300000.000000001 in floating point: a count of people is whole.)
  const whole = Math.round(value);
  return { value: whole, low: whole, high: whole, vague: null, next, singular: false, marker };
}

/** Millions written short after a number: "1.2m", "1.2 mn", "1.2 mln" (wire copy translated from Russian). */
const SHORT_SCALES = new Set(["m", "mn", "mln"]);

function digitsValue(s: string): number | null {
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ""));
  // "1,50,000", "37,00,000": South Asian grouping, lakhs and crores in twos before the last three digits.
  if (/^\d{1,2}(?:,\d{2})+,\d{3}$/.test(s)) return Number(s.replace(/,/g, ""));
  // "1.200.000": stops grouping thousands, as continental European copy writes them (one stop is read below).
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(s)) return Number(s.replace(/\./g, ""));
  if (/^\d+(?:\.\d+)?$/.test(s) && s.length <= 12) return Number(s);
  return null;
}

function parseWords(tokens: readonly Token[], i: number): ParsedNumber | null {
  let total = 0, current = 0, j = i, seen = false, marker: string | null = null;
  while (j < tokens.length) {
    const w = tokens[j].lower;
    const parts = w.split("-");
    const head = parts[0];
    if (parts.length >= 2 && TENS.has(head) && ONES.has(parts[1])) {
      current += TENS.get(head)! + ONES.get(parts[1])!;
      if (parts.length > 2) marker = AT_LEAST_SUFFIX.has(parts[2]) ? "at least" : NOT_AFTER.get(parts[2]) ?? "compound";
    } else if (ONES.has(head) || TENS.has(head)) {
      if (seen && current % 100 !== 0 && current !== 0 && !(!TENS.has(head) && current % 10 === 0 && current >= 20)) break;
      current += ONES.get(head) ?? TENS.get(head)!;
      if (parts.length > 1) marker = AT_LEAST_SUFFIX.has(parts[1]) ? "at least" : NOT_AFTER.get(parts[1]) ?? "compound";
    } else if (seen && w === "dozen" && current > 0 && current < 100) {
      // "two dozen others", "three dozen": dozens counted out.
      current *= 12;
    } else if (seen && (w === "hundred" || w === "thousand" || w === "million" || w === "billion" || w === "lakh" || w === "lakhs" || w === "crore" || w === "crores")) {
      const scale = SCALES.get(w)!;
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
    } else if (seen && w === "and" && j + 1 < tokens.length && (ONES.has(tokens[j + 1].lower) || TENS.has(tokens[j + 1].lower.split("-")[0])) && /hundred|thousand/.test(tokens[j - 1].lower)) {
      // "two hundred and fifty"
    } else break;
    seen = true;
    j++;
    if (marker) break;
  }
  if (!seen) return null;
  const value = total + current;
  return { value, low: value, high: value, vague: null, next: j, singular: false, marker };
}

/** "half of the", "two thirds of its", "60 percent of the" just before token i: the share of the figure meant. */
const HYPHENED_SHARES: Record<string, number> = Object.assign(Object.create(null), {
  "one-half": 1 / 2, "one-third": 1 / 3, "two-thirds": 2 / 3, "one-quarter": 1 / 4, "three-quarters": 3 / 4, "one-fifth": 1 / 5, "one-tenth": 1 / 10,
});

function shareBefore(tokens: readonly Token[], i: number): { fraction: number; start: number } | null {
  let k = i - 1;
  // "of Gaza's 2.3 million people", "of the city's 300,000 residents": an owner may stand for the article.
  if (k >= 1 && tokens[k].lower.endsWith("'s") && tokens[k].lower.length > 2) {
    k--;
    if (tokens[k].lower === "the") k--;
  } else if (k >= 0 && /^(?:the|its|their|these|those|an?|all)$/.test(tokens[k].lower)) k--;
  if (k < 1 || tokens[k].lower !== "of") return null;
  k--;
  const w = tokens[k].lower;
  const before = tokens[k - 1]?.lower;
  // "two-thirds", "three-quarters", "one-third" written as one word.
  const hyphened = HYPHENED_SHARES[w];
  if (hyphened) return { fraction: hyphened, start: k };
  if (w === "half") return { fraction: 0.5, start: before === "a" || before === "one" ? k - 1 : k };
  if (w === "third" || w === "quarter") {
    if (before !== "a" && before !== "one") return null;
    return { fraction: w === "third" ? 1 / 3 : 0.25, start: k - 1 };
  }
  if (w === "thirds" && before === "two") return { fraction: 2 / 3, start: k - 1 };
  if (w === "quarters" && before === "three") return { fraction: 0.75, start: k - 1 };
  // "60 percent", "60 per cent", "60%"
  let p = k;
  if (w === "cent" && before === "per") p = k - 1;
  else if (w !== "percent" && w !== "%") return null;
  const n = tokens[p - 1];
  if (!n) return null;
  // "40 percent", "forty percent", "forty-five per cent"
  const [tens, ones] = n.lower.split("-");
  const share = /^\d{1,3}(?:\.\d+)?$/.test(n.lower) ? Number(n.lower) : (TENS.get(tens!) ?? ONES.get(tens!) ?? NaN) + (ones ? ONES.get(ones) ?? NaN : 0);
  if (!(share > 0 && share <= 100)) return null;
  return { fraction: share / 100, start: p - 1 };
}

function matchWords(tokens: readonly Token[], i: number, words: string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.lower !== words[k]) return false;
  return true;
}

/** The qualifier written just before token i, and the index where it starts. */
function qualifierBefore(tokens: readonly Token[], i: number): { qualifier: Qualifier; near: boolean; start: number } | null {
  // ("About **96,000**": Markdown's emphasis marks stand between the qualifier and its number.)
  while (i >= 2 && (tokens[i - 1]!.text === "*" || tokens[i - 1]!.text === "**")) i--;
  const mark = i >= 1 ? qualifierMarkBefore(tokens, i) : null;
  if (mark) return mark;
  // (Only the phrases ending in the word before the number can match: most numbers have none, so nothing is compared.)
  const candidates = i >= 1 ? QUALIFIERS_BY_LAST.get(tokens[i - 1]!.lower) : undefined;
  if (!candidates) return null;
  for (const q of candidates) {
    const s = i - q.words.length;
    if (s >= 0 && matchWords(tokens, s, q.words)) {
      // ("handed over 38 bodies", "turned over 12 suspects": the verb's particle, not "more than".)
      if (q.words.length === 1 && q.words[0] === "over" && s >= 1 && HANDED_OVER.test(tokens[s - 1]!.lower)) continue;
      // "over" and "under" are also prepositions: "over 3 days" is handled by the noun check later.
      return { qualifier: q.qualifier, near: q.near, start: s };
    }
  }
  return null;
}

/** A sign touching the number ("~6,000", ">2,000") or a shortened word with its stop ("Approx. 6,000", "c. 300"). */
function qualifierMarkBefore(tokens: readonly Token[], i: number): { qualifier: Qualifier; near: boolean; start: number } | null {
  const before = tokens[i - 1]!;
  const sign = SIGN_QUALIFIERS.get(before.text);
  if (sign && (before.end === tokens[i]!.start || SPACED_SIGNS.has(before.text))) return { qualifier: sign, near: false, start: i - 1 };
  const word = before.text === "." && i >= 2 && tokens[i - 2]!.end === before.start ? SHORT_QUALIFIERS.get(tokens[i - 2]!.lower) : undefined;
  return word ? { qualifier: word, near: false, start: i - 2 } : null;
}

/** Verbs whose particle is "over" ("handed over", "turned over"). */
const HANDED_OVER = /^(?:hand|hands|handed|handing|turn|turns|turned|turning)$/;

export interface CountedNoun {
  noun: string;
  subject: string | null;
  end: number;
  /** Index one past the noun token. */
  next: number;
  notPeople: string | null;
}

const QUOTES = new Set(['"', "“", "”", "'", "‘", "’"]);

const REMAINS_NOUNS = new Set(["bodies", "corpses"]);
/** One group counted by the people in it: "a family of seven". */
const GROUP_NOUNS = new Set(["family", "household"]);

/** Finds the counted noun after a number: "3,400 suspected extremists", "hundreds of IS fighters". */
export function countedNoun(tokens: readonly Token[], from: number, singular: boolean): CountedNoun {
  const counted = nounAfterNumber(tokens, from, singular);
  // Sailors crew merchant ships as often as warships: troops only where the sentence names a navy.
  if (counted.subject === "people" && SAILORS.test(counted.noun) && tokens.some((t) => NAVAL.test(t.lower))) return { ...counted, subject: "troops" };
  return counted;
}

const SAILORS = /^sailors?$/i;
const NAVAL = /^(?:navy|naval|navies|warships?|frigates?|destroyers?|corvettes?|cruisers?|submarines?|marines)$/;

/** Nouns for a body of people that a people word may describe: "a civilian auxiliary force". */
const INSTITUTION_AFTER = /^(?:force|group|militia|unit|organi[sz]ation|agency|network|movement|wing|outfit|administration|government|convoy|court)$/;
/** Places a people word may name the holders of ("a rebel stronghold", "a militant hideout"). */
const HELD_PLACE_AFTER = /^(?:stronghold|hideout|hideouts|hide-out|bastion|enclave|den|lair|camp|camps|base|bases|redoubt)$/;

/** The subject of a two-word people noun ending at `j` ("a security guard" is people, not the armed "guard"). */
function twoWordSubject(tokens: readonly Token[], from: number, j: number, subjects: ReadonlyMap<string, string>): string | undefined {
  return j > from ? subjects.get(`${tokens[j - 1]!.lower} ${tokens[j]!.lower}`) : undefined;
}

const NOT_PEOPLE_NAMES = new Set<string>(lexicon.notPeopleNames);
const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** After a name, a plural verb (it is the subject) or a place or end of clause (it is the object). */
const AFTER_PEOPLE_NAME = /^(?:were|are|have|had|died|fled|in|at|near|on|and|from|during|,|\.)$/;

/**
 * Whether capitalised token t (lower-cased w) just after a number names the people counted. As an object it must
 * follow a verb in -ed ("killed 14 Murle in"): "In 2019 Nigeria" and "Route 14 Kwall" are no counts. (A country's
 * adjective, "12 Ukrainian and 9 Russian soldiers", describes a noun further on.)
 */
function peopleName(tokens: readonly Token[], from: number, t: Token, w: string): boolean {
  if (!CAPITALISED_WORD.test(t.text) || NOT_PEOPLE_NAMES.has(w) || MONTHS.has(w) || WEEKDAYS.test(w) || NOT_AFTER.has(w) || DEMONYMS.has(w)) return false;
  const after = tokens[from + 1]?.lower ?? "";
  if (!AFTER_PEOPLE_NAME.test(after)) return false;
  const num = tokens[from - 1];
  if (!num || !/^(?:\d{1,3}|[a-z]+)$/i.test(num.text)) return false;
  if (/^(?:were|are|have|had|died|fled)$/.test(after)) return true;
  for (let k = from - 2; k >= Math.max(0, from - 5); k--) {
    const x = tokens[k]!.text;
    if (LOWER_WORD_IN_ED.test(x)) return true;
    if (!LOWER_WORD.test(x)) return false;
  }
  return false;
}

function nounAfterNumber(tokens: readonly Token[], from: number, singular: boolean): CountedNoun {
  let j = from;
  let skipped = 0;
  while (j < tokens.length && skipped < 8) {
    const t = tokens[j];
    const w = t.lower;
    const role = WORD_ROLES.get(w) ?? 0;
    const pluralSubject = role & IS_PLURAL ? PLURAL_SUBJECT.get(w) : undefined;
    if (singular) {
      const s = (role & IS_SINGULAR ? SINGULAR_SUBJECT.get(w) : undefined) ?? (w.endsWith("'s") ? SINGULAR_SUBJECT.get(w.slice(0, -2)) : undefined);
      // "a female suicide bomber", "a police (ALP) commander": a people word used as a modifier of the noun after it.
      const head = (s || pluralSubject) && !w.endsWith("'s") ? personAfterModifier(tokens, j + 1) : null;
      if (head) return head;
      // ("a major offensive", "a general strike", "a private company": a rank that is an adjective here.)
      if (s && RANK_OR_ADJECTIVE.has(w) && LOWER_WORD.test(tokens[j + 1]?.text ?? "") && !AFTER_A_PERSON.test(tokens[j + 1]!.text)) return { noun: t.text, subject: null, end: t.end, next: j + 1, notPeople: "adjective" };
      // ("a state-funded body", "an independent oversight body": an institution, not a corpse.)
      // ("a civilian auxiliary force", "a civilian-led militia": a people word describing a body of people counts none.)
      if (s && (INSTITUTION_AFTER.test(tokens[j + 1]?.text ?? "") || (LOWER_WORD.test(tokens[j + 1]?.text ?? "") && INSTITUTION_AFTER.test(tokens[j + 2]?.text ?? "")))) return { noun: t.text, subject: null, end: t.end, next: j + 1, notPeople: "adjective" };
      // ("assaults on a rebel stronghold": the place the rebels hold, no one in it counted.)
      if (s && HELD_PLACE_AFTER.test(tokens[j + 1]?.text ?? "")) return { noun: t.text, subject: null, end: t.end, next: j + 1, notPeople: "adjective" };
      if (s && w === "body" && j > from && BODY_OF_PEOPLE_MODIFIER.test(tokens.slice(from, j).map((x) => x.lower).join(" "))) return { noun: t.text, subject: null, end: t.end, next: j + 1, notPeople: "other noun" };
      if (s) return { noun: t.text, subject: twoWordSubject(tokens, from, j, SINGULAR_SUBJECT) ?? s, end: t.end, next: j + 1, notPeople: null };
      if (pluralSubject && w !== "others" && w !== "more") return { noun: t.text, subject: PLURAL_SUBJECT.get(w)!, end: t.end, next: j + 1, notPeople: "plural after article" };
    } else {
      const p = pluralSubject;
      // ("60 asylum seekers": a two-word people noun whose last word alone names no one.)
      // (A token holds no space, so the pair's key is found only after its first word.)
      const pairNoun = !p && role & IS_FIRST_OF_PAIR && tokens[j + 1] ? PLURAL_SUBJECT.get(`${w} ${tokens[j + 1]!.lower}`) : undefined;
      if (pairNoun) return { noun: tokens[j + 1]!.text, subject: pairNoun, end: tokens[j + 1]!.end, next: j + 2, notPeople: null };
      // ("Three police horses were injured", "two army dogs": a people word naming whose animals they are.)
      const animal = p && WORKING_ANIMALS.has(tokens[j + 1]?.lower ?? "") ? tokens[j + 1]! : undefined;
      if (animal) return { noun: animal.text, subject: null, end: animal.end, next: j + 2, notPeople: "other noun" };
      // "600,000 internally displaced people", "40 wounded civilians": a participle before the people it describes.
      const described = p && w.length >= 5 && w.endsWith("ed") ? tokens[j + 1] : undefined;
      if (described && PLURAL_SUBJECT.get(described.lower) && !described.lower.endsWith("ed") && described.lower !== "dead") return { noun: described.text, subject: PLURAL_SUBJECT.get(described.lower)!, end: described.end, next: j + 2, notPeople: null };
      // "three police officers", "40 police personnel": a people word used as a modifier of another.
      const head = w === "police" ? tokens[j + 1] : undefined;
      if (head && /^(?:officers?|officials?|personnel|men|women|agents?|recruits?|commanders?|guards?|constables?|reservists?)$/.test(head.lower)) return { noun: head.text, subject: p!, end: head.end, next: j + 2, notPeople: null };
      // "nine bodies of militants": the remains are counted, the people they were say who.
      const whose = p && REMAINS_NOUNS.has(w) && tokens[j + 1]?.lower === "of" ? PLURAL_SUBJECT.get(tokens[j + 2]?.lower ?? "") : undefined;
      // "35 women and children", "20 men and boys": a pair counted as one, named as written.
      const pair = p && PAIRED.has(w) && tokens[j + 1]?.lower === "and" && PAIRED.has(tokens[j + 2]?.lower ?? "") ? tokens[j + 2]! : undefined;
      if (pair) return { noun: `${t.text} and ${pair.text}`, subject: `${w} and ${pair.lower}`, end: pair.end, next: j + 3, notPeople: null };
      // "40,000 combatants and civilians", "287 pupils and teachers": two kinds counted together are people.
      const other = p && tokens[j + 1]?.lower === "and" && tokens[j + 2] && !/ed$|^(?:dead|others|more)$/.test(tokens[j + 2]!.lower) ? PLURAL_SUBJECT.get(tokens[j + 2]!.lower) : undefined;
      // (Two armed kinds, "regime soldiers and loyalists", keep the first: they are combatants either way.)
      // ("fighters and family members": the second kind may take two words.)
      const last = other && /^members$/i.test(tokens[j + 3]?.text ?? "") ? j + 3 : j + 2;
      if (other) return { noun: `${t.text} and ${tokens[j + 2]!.text}`, subject: other === p || (ARMED.has(p!) && ARMED.has(other)) ? p! : "people", end: tokens[last]!.end, next: last + 1, notPeople: null };
      // ("12 Taliban fighters": a group's name used as a people word, then the people word itself.)
      const named = p && STARTS_UPPER.test(t.text) && tokens[j + 1] && !/ed$|^(?:dead|others|more)$/.test(tokens[j + 1]!.lower) ? PLURAL_SUBJECT.get(tokens[j + 1]!.lower) : undefined;
      // (A plain word after it, "two Taliban men", keeps the group's kind.)
      if (named) return { noun: tokens[j + 1]!.text, subject: /^(?:people|men|women)$/.test(named) ? p! : named, end: tokens[j + 1]!.end, next: j + 2, notPeople: null };
      // "21 more servicemen", "21 more of their servicemen": the people after "more" are who is counted.
      const moreOf = w === "more" ? peopleAfterMore(tokens, j + 1) : null;
      if (moreOf) return moreOf;
      // "six members of one family": the family says whose members; it is no second count.
      const family = p && w === "members" ? familyAfter(tokens, j + 1) : 0;
      if (family) return { noun: t.text, subject: p!, end: tokens[family - 1]!.end, next: family, notPeople: null };
      // ("left one Israeli soldier dead": the person before the state is who is counted.)
      const person = p && j > from && AFFECTED.has(w) ? SINGULAR_SUBJECT.get(tokens[j - 1]!.lower) : undefined;
      // ("dozens of rebel deaths": a toll of the people the word before names, counted with its noun.)
      if (person) return TOLL_NOUNS.has(w) ? { noun: t.text, subject: person, end: t.end, next: j + 1, notPeople: null } : { noun: tokens[j - 1]!.text, subject: person, end: tokens[j - 1]!.end, next: j, notPeople: null };
      // ("37 homeless people died", "eleven homeless men": before a people word it only describes them; they are counted.)
      const homelessOnes = w === "homeless" ? PLURAL_SUBJECT.get(tokens[j + 1]?.lower ?? "") : undefined;
      if (homelessOnes) return { noun: tokens[j + 1]!.text, subject: homelessOnes, end: tokens[j + 1]!.end, next: j + 2, notPeople: null };
      if (p) return { noun: t.text, subject: whose ?? twoWordSubject(tokens, from, j, PLURAL_SUBJECT) ?? p, end: t.end, next: j + 1, notPeople: null };
      const s1 = role & IS_SINGULAR ? SINGULAR_SUBJECT.get(w) : undefined;
      // "20 volunteer defence fighters": a singular people word may modify the plural one that is counted.
      // (Only a noun: not a state such as "dead" or "wounded", and nothing but a plain modifier in between.)
      const plural = s1 && j === from ? [tokens[j + 1], tokens[j + 2]].find((x) => x && PLURAL_SUBJECT.get(x.lower) && !/ed$|^(?:dead|others|more|alive)$/.test(x.lower)) : undefined;
      // ("130 civilian deaths", "12 child casualties": a toll of the people the word before names.)
      if (plural && (plural === tokens[j + 1] || (LOWER_WORD.test(tokens[j + 1]!.text) && !NOUN_STOP.has(tokens[j + 1]!.lower) && !tokens[j + 1]!.lower.endsWith("ly")))) return { noun: plural.text, subject: plural === tokens[j + 1] && TOLL_NOUNS.has(plural.lower) ? s1! : PLURAL_SUBJECT.get(plural.lower)!, end: plural.end, next: tokens.indexOf(plural) + 1, notPeople: null };
      if (s1 && j === from) return { noun: t.text, subject: s1, end: t.end, next: j + 1, notPeople: null };
      // "190 Houthis had been killed", "30 Palestinians were hurt": a group name in the plural.
      // (Demonyms in -ese and -i are their own plurals: "1.1 million Sudanese have crossed", "12 Iraqis", "30 Yemeni"; so is
      // "Burkinabe". "1.9 million Gazans, roughly 90% of the population,": a people's name in the plural before an aside.)
      if (j === from && mayStartUpper(t.text) && (GROUP_NAME.test(t.text) || (PEOPLE_NAME_IN_BE.test(t.text) && DEMONYMS.has(w))) && (GROUP_VERB.test(tokens[j + 1]?.lower ?? "") || (tokens[j + 1]?.text === "," && DEMONYM_LIKE.test(t.text)))) return { noun: t.text, subject: "people", end: t.end, next: j + 1, notPeople: null };
      // ("Fourteen Nuer were killed", "gunmen killed 14 Murle in the area": a count before a capitalised people's name
      // counts those people, whatever the name's ending; a maker's name, "two Toyota were seized", counts machines.)
      if (j === from && mayStartUpper(t.text) && peopleName(tokens, from, t, w)) return { noun: t.text, subject: "people", end: t.end, next: j + 1, notPeople: null };
      // "dozens of trucks", "hundreds of homes": what follows "of" is counted, and it is not people.
      if (j === from + 1 && tokens[from].lower === "of" && LOWER_PLURAL.test(t.text) && !w.endsWith("ss") && !NOT_THINGS.has(w)) return { noun: t.text, subject: null, end: t.end, next: j + 1, notPeople: "other noun" };
      // "42 Palestinians", "11 Syrians": people named by their country.
      if (j <= from + 1 && endsWithS(t.text) && mayStartUpper(t.text) && CAPITALISED_PLURAL.test(t.text) && DEMONYMS.has(w.slice(0, -1))) return { noun: t.text, subject: "people", end: t.end, next: j + 1, notPeople: null };
    }
    // ("A second boy was stabbed", "a third man": an ordinal between the article and the person is no unit of time.)
    if (singular && ORDINAL_WORDS.has(w) && SINGULAR_SUBJECT.has(tokens[j + 1]?.lower ?? "")) { j++; skipped++; continue; }
    // ("reached 40,000 last week": "last week" says when, the week is no unit of the figure.)
    if ((w === "last" || w === "this" || w === "next" || w === "past") && NOT_AFTER.get(tokens[j + 1]?.lower ?? "") === "duration") break;
    // "local" marks a clock time only in "local time" ("at 7 local time", not "seven local fighters").
    const reason = w === "local" && tokens[j + 1]?.lower !== "time" ? undefined : role & IS_NOT_AFTER ? NOT_AFTER.get(w) : undefined;
    if (reason) return { noun: t.text, subject: null, end: t.end, next: j + 1, notPeople: reason };
    if (j === from && (w === "of") ) { j++; continue; }
    // ("2020 left thousands dead": another count, even a vague one, starts another phrase.)
    if (j > from && MAGNITUDE_WORDS.has(w)) break;
    // ("a party left a man dead": another article starts another phrase.)
    // ("one of them a VDP member" is one phrase.)
    if (singular && j > from && (w === "a" || w === "an" || w === "the") && tokens[j - 1]!.lower !== "them" && tokens[j - 1]!.lower !== "whom") break;
    if (role & IS_CONNECTOR && j <= from + 2 && tokens[from].lower === "of") { j++; continue; }
    // "IS fighters": an all-capital acronym is a name, not the verb "is".
    if (role & IS_NOUN_STOP && !(t.text.length <= 4 && isAllCapitals(t.text))) break;
    if (startsWithDigit(w) && AGE_WORD.test(w)) { j++; skipped++; continue; }
    if (t.text.length <= 2 && isOneMark(t.text)) {
      if ((t.text === "(" || t.text === ")") && skipped < 7) { j++; skipped++; continue; }
      // ("**58** people": Markdown's emphasis marks around a number are no words.)
      if ((t.text === "*" || t.text === "**" || t.text === "_" || t.text === "__") && skipped < 7) { j++; skipped++; continue; }
      // "16 Boko Haram/ISWAP terrorists": two group names joined by a slash still name the people after them.
      if (t.text === "/" && skipped < 7 && j > from && STARTS_UPPER.test(tokens[j - 1]!.text) && STARTS_UPPER.test(tokens[j + 1]?.text ?? "")) { j++; skipped++; continue; }
      // ('killed "up to 200" Armenian soldiers': a count in quotes, then its people.)
      if (j === from && (t.text === "”" || t.text === '"') && [tokens[j + 1], tokens[j + 2], tokens[j + 3]].some((x) => x && PLURAL_SUBJECT.has(x.lower) && !/ed$|^dead$/.test(x.lower))) { j++; skipped++; continue; }
      // "25 \"apostate\" soldiers", "a \"citizen\"": one word in quotes stays inside the phrase.
      if (QUOTES.has(t.text) && (QUOTES.has(tokens[j + 2]?.text ?? "") || (j - 2 >= from && QUOTES.has(tokens[j - 2]!.text))) && skipped < 7) { j++; skipped++; continue; }
      break;
    }
    const first = w.charCodeAt(0);
    if (first >= 48 && first <= 57) break;
    // ("two clans left seven dead": another number starts another figure.)
    // (Not in a partitive or after a qualifier: "one of two people", "one of the two fighters", "at least one".)
    // ("14 (PTI) Twenty-two Maoists": a hyphenated number word is another number too.)
    if (j > from && (ONES.has(w) || TENS.has(w) || isHyphenatedNumber(w)) && !NUMBER_MAY_FOLLOW.has(tokens[j - 1]!.lower)) break;
    j++;
    skipped++;
  }
  return { noun: "", subject: null, end: -1, next: from, notPeople: null };
}

/** Whether a word is a tens-units number word ("twenty-two"); the hyphen is tested before any lookup. */
function isHyphenatedNumber(word: string): boolean {
  const dash = word.indexOf("-");
  return dash > 0 && TENS.has(word.slice(0, dash)) && ONES.has(word.slice(dash + 1));
}

/** Whether a word has capitals and no small letters ("IS", "ALP"); plain ASCII is read without copying it. */
function isAllCapitals(text: string): boolean {
  let capital = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128) return text === text.toUpperCase() && text !== text.toLowerCase();
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) capital = true;
  }
  return capital;
}

/** Whether a word may start with a capital: an ASCII one, or a character of another script (the pattern then decides). */
function mayStartUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 128 || (c >= 65 && c <= 90);
}

function endsWithS(text: string): boolean {
  return text.charCodeAt(text.length - 1) === 115;
}

/** Whether a token is one mark (no letter or digit); plain ASCII is judged without the pattern. */
function isOneMark(text: string): boolean {
  const c = text.charCodeAt(0);
  if (text.length === 1 && c < 128) return !((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57));
  return ONE_MARK.test(text);
}

function startsWithDigit(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** The singular people noun at most two words (or a bracketed acronym) after index `from`, with no break between. */
function personAfterModifier(tokens: readonly Token[], from: number): CountedNoun | null {
  let j = from;
  for (let words = 0; j < tokens.length && words < 3; j++) {
    const t = tokens[j];
    if (t.text === "(" && tokens[j + 2]?.text === ")" && ALL_CAPITALS.test(tokens[j + 1]?.text ?? "")) {
      j += 2; // "(ALP)"
      continue;
    }
    if (!LETTERS_AND_HYPHENS.test(t.text) || NOUN_STOP.has(t.lower)) return null;
    // ("A man suffered minor injuries": a verb after the person ends the phrase.)
    if (t.lower.length > 4 && t.lower.endsWith("ed") && !SINGULAR_SUBJECT.has(t.lower)) return null;
    // ("a man visiting his mother": a possessive starts another person's phrase.)
    if (/^(?:his|her|their|its|my|our|your)$/.test(t.lower)) return null;
    // ("left one soldier dead": a state after the person is no head noun.)
    if (AFFECTED.has(t.lower)) return null;
    const s = SINGULAR_SUBJECT.get(t.lower);
    if (s) return { noun: t.text, subject: s, end: t.end, next: j + 1, notPeople: null };
    words++;
  }
  return null;
}

/** Plural words after "of" that describe people rather than count things ("dozens of others", "hundreds of locals"). */
const NOT_THINGS = new Set(["others", "us", "thousands", "hundreds", "dozens", "millions", "tens", "scores", "ones", "locals", "its", "his", "hers", "theirs", "yours", "ours", "was", "has", "is"]);

const PAIR_DETERMINERS = new Set(["a", "an", "his", "her", "their", "another"]);

/** The second of two people joined by "and" right after a first one ("and a woman", "and her son", "and woman"). */
function secondPerson(tokens: readonly Token[], at: number): CountedNoun | null {
  // ("A woman, 32, and her baby": the first one's age between commas.)
  if (tokens[at]?.text === "," && /^\d{1,3}$/.test(tokens[at + 1]?.text ?? "") && Number(tokens[at + 1]!.text) < 120 && tokens[at + 2]?.text === ",") at += 3;
  if (tokens[at]?.lower !== "and") return null;
  if (PAIR_DETERMINERS.has(tokens[at + 1]?.lower ?? "")) {
    // "and a 16-year-old boy": words may stand between the article and the noun.
    const second = countedNoun(tokens, at + 2, true);
    if (!second.subject || second.notPeople) return null;
    // ('and a "citizen"': the closing quote is part of it.)
    return QUOTES.has(tokens[second.next]?.text ?? "") && QUOTES.has(tokens[second.next - 2]?.text ?? "") ? { ...second, end: tokens[second.next]!.end, next: second.next + 1 } : second;
  }
  const t = tokens[at + 1];
  if (!t || !SINGULAR_SUBJECT.get(t.lower)) return null;
  return { noun: t.text, subject: SINGULAR_SUBJECT.get(t.lower)!, end: t.end, next: at + 2, notPeople: null };
}

/** Words that may follow a bare number that still counts people ("hundreds fled", "520 have been captured"). */
const BARE_FOLLOWERS = new Set(["before", "until", "the", "were", "was", "are", "is", "have", "has", "had", "been", "be", "will", "would", "could", "may", "might", "must", "should", "more", "of", "in", "at", "on", "from", "to", "and", "or", "who", "that", "which", "remain", "remained", "still", "others", "since", "during", "after", "last", "this", "overnight", "yesterday", "today", "so", "as", "inside", "while", "when", "across", "among", "including", "there", "here", "out", "alone", "each", "apiece", "altogether", "in", "by", "for", "with", "than", "also", "reportedly", "allegedly", "now", "then", "both", "all", "whom", "later", "again", "too", "over", "within", "throughout", "amid", "near", "outside", "around", "following", "earlier", "elsewhere", "respectively"]);

/** "three suicide attacks", "two tribes": a number followed by some other noun counts that noun. */
const HOW_BADLY = new Set(["fatally", "seriously", "critically", "gravely", "slightly", "lightly", "mortally", "severely"]);
/** "M16", "AK-47s", "T-72", "F-16s", "Su-25": capitals, an optional hyphen, digits. */
const MODEL_CODE = /^[A-Z][A-Za-z]{0,3}-?\d{1,4}[A-Z]?s?$/;

function countsOtherNoun(tokens: readonly Token[], next: number): boolean {
  const t = tokens[next];
  // ("four M16 rifles", "two AK-47s", "three T-72 tanks": a model's code names a weapon or a machine, unless people's
  // noun follows it: "12 MS-13 members".)
  if (t && MODEL_CODE.test(t.text)) return !PLURAL_PEOPLE[tokens[next + 1]?.lower ?? ""] && !/^(?:members?|gang|gangsters?|affiliates?|operatives?)$/.test(tokens[next + 1]?.lower ?? "");
  if (!t || !isLowerCaseWord(t.text)) return false;
  if (BARE_FOLLOWERS.has(t.lower)) return false;
  // "Three people were shot, one fatally", "22 hurt, five of them seriously": how badly, not a thing counted.
  if (HOW_BADLY.has(t.lower)) return false;
  // Past tenses and participles are verbs: "hundreds fled", "thousands poured out", "dozens knelt"; unless a thing's
  // plural noun follows, which the participle describes: "two armoured vehicles", "four abandoned tanks".
  if (IRREGULAR_VERBS.has(t.lower)) return false;
  if (/(?:ed|en|ing)$/.test(t.lower)) return describesThings(tokens[next + 1]);
  return true;
}
function describesThings(noun: Token | undefined): boolean {
  if (!noun || !isLowerCaseWord(noun.text) || !/[^s]s$/.test(noun.lower) || BARE_FOLLOWERS.has(noun.lower) || PLURAL_SUBJECT.has(noun.lower)) return false;
  // (Not where people go or come from: "thousands reached camps", "hundreds returned homes".)
  return !PLACES_PEOPLE_REACH.has(noun.lower) && !/(?:ed|ing)$/.test(noun.lower);
}
const PLACES_PEOPLE_REACH = new Set(["camps", "homes", "houses", "towns", "villages", "areas", "borders", "shelters", "schools", "hospitals", "sites", "settlements", "neighbourhoods", "neighborhoods", "cities", "countries", "streets", "mosques", "churches", "centres", "centers", "districts", "provinces", "regions", "islands", "hills", "mountains", "forests"]);
/** A word of small letters and hyphens, starting with a letter; plain ASCII is judged without the pattern. */
function isLowerCaseWord(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128) return LOWER_HYPHENATED.test(text);
    if (!((c >= 97 && c <= 122) || (c === 45 && k > 0))) return false;
  }
  return text.length > 0;
}
const IRREGULAR_VERBS = new Set(["fled", "left", "died", "knelt", "fell", "got", "went", "came", "ran", "hid", "took", "gave", "sought", "stayed", "remain", "flee", "die", "arrive", "surrender", "escape", "leave", "stay", "live", "lie", "lay", "sat", "stood", "slept", "made", "fought", "crossed", "say", "said", "dead", "wounded", "injured", "missing", "trapped", "hurt", "killed", "await", "awaits", "wait", "chose", "face", "need", "held", "slain", "taken", "seized", "freed", "drowned"]);

/** "Jan. 27 police said": a day of the month, whatever follows it. */
function followsMonth(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]?.lower;
  return !!prev && (MONTHS.has(prev) || (prev === "." && MONTHS.has(tokens[i - 2]?.lower ?? "")));
}

/** "1 in 3 residents", "one out of five", and the whole of one ("one in five residents"): a ratio, not a count. */
function inRatio(tokens: readonly Token[], i: number, parsed: ParsedNumber): boolean {
  if (parsed.value === null) return false;
  const prev = tokens[i - 1]?.lower;
  const prev2 = tokens[i - 2]?.lower;
  const next = tokens[parsed.next]?.lower;
  const ratioAt = next === "in" ? parsed.next + 1 : next === "out" && tokens[parsed.next + 1]?.lower === "of" ? parsed.next + 2 : -1;
  const whole = ratioAt > 0 ? parseNumberAt(tokens, tokens[ratioAt]?.lower === "every" ? ratioAt + 1 : ratioAt) : null;
  // ("killed 5 in 10 minutes" is a count in a time.)
  if (whole && whole.value !== null && whole.value <= 100 && parsed.value < whole.value && !/^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|attacks?|incidents?|strikes?)$/.test(tokens[whole.next]?.lower ?? "")) return true;
  const partAt = prev === "in" ? i - 2 : prev === "every" && prev2 === "in" ? i - 3 : prev === "of" && prev2 === "out" ? i - 3 : -1;
  const part = partAt >= 0 ? parseNumberAt(tokens, partAt) : null;
  return !!part && part.next === partAt + 1 && part.value !== null && parsed.value <= 100 && part.value < parsed.value;
}

/** Why the number at tokens[i..next) is a date, age, time, label or money rather than a count. */
/** Words after which a number word continues the phrase rather than starting another figure. */
const NUMBER_MAY_FOLLOW = new Set(["of", "the", "a", "an", "least", "most", "than", "about", "some", "over", "nearly", "almost", "around", "those", "these", "and", "or", "to"]);

/** People words counted in pairs: "women and children", "men and boys". */
const PAIRED = new Set(["women", "men", "children", "girls", "boys"]);

const SUPERLATIVE = /^(?:\w+est|worst|most|biggest|largest)$/;

const PARENTS = new Set(["mother", "father", "mom", "dad", "parent", "parents", "grandmother", "grandfather", "grandparent", "mum"]);

/** Whether a number after a month can be its day or year: "May 16", "May 2024"; "On 16 May 300 people fled" counts 300. */
function mayFollowMonth(t: Token, parsed: ParsedNumber): boolean {
  if (!/^\d/.test(t.lower) || parsed.value === null) return true;
  return (parsed.value >= 1 && parsed.value <= 31) || /^\d{4}$/.test(t.lower) || /^\d+(?:st|nd|rd|th)$/.test(t.lower);
}

const CASES_OF_HARM = /^\s+of\s+(?:(?:extrajudicial|extra-judicial|summary|arbitrary|enforced|unlawful)\s+)?(?:executions?|killings?|murders?|homicides?|abductions?|kidnappings?|disappearances?)\b/i;
/** " of the world's worst", " of the deadliest", " of the most violent": one of a superlative's set. */
const ONE_OF_THE_MOST = /^\s+of\s+(?:the\s+)?(?:(?:world|country|region|continent|nation|year|decade|century|war|conflict)['’]s\s+|(?:the\s+)?(?:most|least)\s+|[\p{L}-]+est\s+)/u;
/** ("Bus Plunges Into Ravine, Killing 20", "Toll Rises To 132": a Title Case headline's verb before a figure names no label.) */
const HEADLINE_VERB_BEFORE = /^(?:kills?|killing|killed|injur(?:es|ing|ed)|wound(?:s|ing|ed)|hurts?|hurting|leaves|leaving|left|claims|claiming|rises|rose|reaches|reached|hits|tops|nears|climbs|climbed|to|evacuates|evacuated|rescues|rescued|arrests|arrested|detains|detained|displaces|displaced|strands|stranded)$/;

/** Nouns that count the dead or hurt, whose people a word before them may name. */
const TOLL_NOUNS = new Set(["deaths", "casualties", "fatalities", "killings", "injuries"]);
const YEAR_EVENTS = new Set(["killings", "massacre", "massacres", "genocide", "war", "murders", "bombings", "bombing", "attacks", "attack", "floods", "earthquake", "quake", "tsunami", "uprising", "riots", "shootings", "shooting", "election", "elections", "coup", "revolution", "famine", "invasion", "offensive", "siege", "pogrom", "purges"]);

function contextNotPeople(tokens: readonly Token[], i: number, parsed: ParsedNumber): string | null {
  const prev = tokens[i - 1]?.lower;
  const prev2 = tokens[i - 2]?.lower;
  const next = tokens[parsed.next]?.lower;
  const t = tokens[i];
  if (prev && NOT_BEFORE.has(prev)) {
    const r = NOT_BEFORE.get(prev)!;
    // "No. 5" and labels are only labels when written right before the number, capitalised or a symbol.
    if (r !== "label" || /^[A-Z$£€]/.test(tokens[i - 1].text) || prev === "no") return r;
  }
  if (prev && MONTHS.has(prev) && mayFollowMonth(t!, parsed)) return "date";
  if (prev === "of" && (prev2 === "age" || prev2 === "ages")) return "age"; // "kids under the age of 12"
  // ("most of them under 18", "children aged under 5": under an age.)
  if (prev === "under" && prev2 !== undefined && /^(?:them|whom|aged|all|were|are|was|is|children|kids|boys|girls|minors)$/.test(prev2)) return "age";
  // "children under five", "girls over 12": an age band.
  if ((prev === "under" || prev === "over" || prev === "aged") && /^(?:children|kids|infants|babies|girls|boys|youths|those|people|persons|adults|women|men)$/.test(prev2 ?? "")) return "age";
  // "one of the deadliest attacks", "one of the worst": a rank among things, not a person.
  // ("one of the youngest victims", "one of the most wanted men" are people.)
  // ("one of the world's worst crises", "one of its bloodiest days": a possessive may come before the superlative.)
  if (t?.lower === "one" && next === "of" && /^(?:the|its|their|his|her|our)$/.test(tokens[parsed.next + 1]?.lower ?? "")) {
    const at = SUPERLATIVE.test(tokens[parsed.next + 2]?.lower ?? "") ? parsed.next + 2
      : /^['’]s?$/.test(tokens[parsed.next + 3]?.lower ?? "") && SUPERLATIVE.test(tokens[parsed.next + 4]?.lower ?? "") ? parsed.next + 4
      : -1;
    if (at >= 0 && ![1, 2, 3].some((k) => PLURAL_SUBJECT.has(tokens[at + k]?.lower ?? ""))) return "rank";
  }
  if (prev === "." && prev2 && MONTHS.has(prev2)) return "date";
  // ("hundreds may have died": the modal "may", or the verb "march", written small, is no month.)
  if (next && MONTHS.has(next) && !((next === "may" || next === "march") && !/^[A-Z]/.test(tokens[parsed.next]!.text))) return "date";
  // "at 8:20": digits beside a colon; a word after one opens a clause ("Srinagar: A soldier was killed").
  // ("were killed: 40 civilians and 14 soldiers": a colon with a space after it introduces a list, not minutes.)
  const colonBefore = prev === ":" && tokens[i - 1]!.end === t.start && /\d/.test(tokens[i - 2]?.text ?? "");
  const colonAfter = next === ":" && tokens[parsed.next]!.start === tokens[parsed.next - 1]!.end && /^\d/.test(tokens[parsed.next + 1]?.text ?? "");
  if ((colonBefore || colonAfter) && /^\d/.test(t.lower)) return "clock";
  if (next === "%") return "share";
  // "shot 3 of 5 from the field": a number of another number with no people after it is a score.
  if (next === "of" && /^\d+$/.test(t.lower) && /^\d+$/.test(tokens[parsed.next + 1]?.lower ?? "") && !PLURAL_SUBJECT.has(tokens[parsed.next + 2]?.lower ?? "")) return "score";
  // ("over 1995 killings", "the 1994 genocide": a year naming an event, where a count of that size would be grouped.)
  if (parsed.value !== null && /^(1[89]|20)\d\d$/.test(t.lower) && YEAR_EVENTS.has(next ?? "")) return "year";
  if (parsed.value !== null && /^(1[89]|20)\d\d$/.test(t.lower)) {
    // A bare four-digit year, unless people are counted right after it.
    return "year";
  }
  // "Jane Roe, 23, was shot": an age in apposition.
  // ("A man, 25, was killed": after the word for one person too.)
  if (prev === "," && next === "," && i >= 2 && (isCapitalised(tokens[i - 2]) || SINGULAR_SUBJECT.has(tokens[i - 2].lower)) && parsed.value !== null && parsed.value < 120 && t.lower.match(/^\d+$/)) return "age";
  if (prev === "(" && next === ")" && parsed.value !== null && parsed.value < 120) return "age";
  // ("The two boys, 12 and 14, died": a list of ages set off by commas after the people it describes.)
  if (prev === "," && i >= 2 && PLURAL_SUBJECT.has(tokens[i - 2]!.lower) && closedAgeList(tokens, i)) return "age";
  if (next === "years" && tokens[parsed.next + 1]?.lower === "old") return "age";
  // ("Two men, aged 19 and 22, were injured", "aged 20, 25 and 30": the later ones of a list of ages.)
  // ("aged six and nine": ages spelled out, as British reports write those under ten.)
  if ((prev === "and" || prev === "or" || prev === "to" || prev === ",") && isAgeWord(tokens[i - 2]?.lower ?? "")) {
    let k = i - 1;
    while (k >= 2 && /^(?:and|or|to|,)$/.test(tokens[k]!.lower) && isAgeWord(tokens[k - 1]!.lower)) k -= 2;
    if (/^(?:aged|ages)$/.test(tokens[k]?.lower ?? "")) return "age";
    if (tokens[k]?.lower === "," && k >= 1 && PLURAL_SUBJECT.has(tokens[k - 1]!.lower) && closedAgeList(tokens, k + 1)) return "age";
  }
  if (prev === "the" && parsed.value !== null && tokens[parsed.next]?.lower === "block") return "address";
  return null;
}

/** A number that may be an age in a list of them: digits, or a small number spelled out ("six", "twenty-one"). */
function isAgeWord(word: string): boolean {
  return /^\d+$/.test(word) || SPELLED_AGE.test(word);
}
const SPELLED_AGE = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)$/;

/**
 * The bound an approximate figure implies, 0.9 or 1.1 times it as claims.md defines it ("about 15" is 13.5 to 16.5),
 * rid of floating-point dust (8.3 million × 0.9 is 7,470,000, not 7470000.000000001).
 */
function approxBound(value: number, factor: number): number {
  return Math.round(value * factor * 100) / 100;
}

/** Two or more bare numbers under 120 from tokens[first], joined by commas, "and" or "or", and closed by a comma. */
function closedAgeList(tokens: readonly Token[], first: number): boolean {
  let k = first;
  let count = 0;
  while (/^\d{1,3}$/.test(tokens[k]?.text ?? "") && Number(tokens[k]!.text) < 120) {
    count++;
    const sep = tokens[k + 1]?.lower;
    if (sep === "," && !/^\d/.test(tokens[k + 2]?.text ?? "")) return count >= 2;
    if (sep !== "," && sep !== "and" && sep !== "or") return false;
    k += 2;
  }
  return false;
}

/** Words before "body" that make it an institution: "a state-funded body", "the independent oversight body". */
const BODY_OF_PEOPLE_MODIFIER = /-(?:funded|run|backed|appointed|led|owned|based|sponsored)\b|\b(?:state|government|governmental|governing|advisory|statutory|independent|oversight|regulatory|umbrella|professional|student|international|regional|national|rights|monitoring|watchdog|peak|representative|legislative|judicial|electoral|religious|coordinating|official|public|federal|provincial|local|intergovernmental|ruling|top|main|apex)\b/;

/** Verbs that move a figure "from" one value "to" another. */
/** "raised the death toll from 12 to 19", "revised its estimate from …": a verb of change, then what it changed. */
function changedToll(tokens: readonly Token[], end: number): boolean {
  let toll = false;
  for (let k = end; k >= 0 && end - k < 6; k--) {
    const t = tokens[k]!;
    if (!LETTERS_AND_APOSTROPHES.test(t.text)) return false;
    if (/^(?:toll|tolls|number|figure|figures|count|tally|estimate|total)$/.test(t.lower)) toll = true;
    if (CHANGE_VERBS.has(t.lower)) return toll;
  }
  return false;
}
const CHANGE_VERBS = new Set(["rose", "risen", "rises", "rise", "rising", "climbed", "climbs", "increased", "increases", "jumped", "jumps", "grew", "grown", "soared", "surged", "doubled", "raised", "revised", "fell", "dropped", "decreased", "up", "down"]);

/** All numbers in one sentence span. */
export function findNumbers(text: string, start: number, end: number): NumberMention[] {
  const tokens = tokenize(text, start, end);
  const out: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!mayStartNumber(text, tokens[i]!) || !startsNumber(tokens[i].lower)) continue;
    // ("every one of those still held", "each one of them": one at a time, no count.)
    if (tokens[i].lower === "one" && /^(?:every|each|any|no)$/.test(tokens[i - 1]?.lower ?? "")) continue;
    const parsed = parseStartedNumber(tokens, i);
    if (!parsed) continue;
    let { value, low, high } = parsed;
    let next = parsed.next;
    let qualifier: Qualifier = parsed.vague ? "vague" : "exact";
    let spanStart = tokens[i].start;
    let notPeople: string | null = parsed.marker && parsed.marker !== "range" && parsed.marker !== "at least" ? parsed.marker : null;
    if (parsed.marker === "range") qualifier = "range";
    if (parsed.marker === "at least") (qualifier = "min"), (high = null);

    // ('killed "dozens" of militants': a quoted magnitude still counts the people after it.)
    const quotedMagnitude = parsed.vague !== null && (tokens[next]?.text === "”" || tokens[next]?.text === '"') && tokens[next + 1]?.lower === "of" && (tokens[i - 1]?.text === "“" || tokens[i - 1]?.text === '"');
    if (quotedMagnitude) next++;
    // Ranges: "between 200 and 300", "from 200 to 300", "200 to 300", "two or three".
    const joiner = tokens[next]?.lower;
    if (!parsed.vague && !parsed.singular && (joiner === "and" || joiner === "to" || joiner === "or") && next + 1 < tokens.length) {
      const second = /^\d|^[a-z]/.test(tokens[next + 1].lower) ? parseNumberAt(tokens, next + 1) : null;
      const between = tokens[i - 1]?.lower === "between" || tokens[i - 1]?.lower === "from";
      // "the toll rose from 7 to 11": no range, but a figure that moved; the first is an earlier value, not a count now.
      const moved = joiner === "to" && tokens[i - 1]?.lower === "from" && (CHANGE_VERBS.has(tokens[i - 2]?.lower ?? "") || changedToll(tokens, i - 2));
      // ("the toll has risen by five to 45": by how much it rose, then the toll; no range.)
      const rise = joiner === "to" && tokens[i - 1]?.lower === "by" && (CHANGE_VERBS.has(tokens[i - 2]?.lower ?? "") || changedToll(tokens, i - 2));
      if (moved) notPeople = "earlier value";
      else if (rise) notPeople = "increase";
      // ("between 5 and 11 August": two days of one month.)
      else if (second && second.value !== null && second.value <= 31 && MONTHS.has(tokens[second.next]?.lower ?? "") && /^[A-Z]/.test(tokens[second.next]!.text)) {
        notPeople = "date";
        next = second.next;
      }
      // ("since September 27 to 244": a day of a month runs to a day, not to a count.)
      else if (second && !second.singular && !second.vague && second.value !== null && value !== null && second.value > value && (joiner !== "and" || between) && !second.marker && !(followsMonth(tokens, i) && second.value > 31)) {
        low = value;
        high = second.value;
        qualifier = "range";
        next = second.next;
        if (between) spanStart = tokens[i - 1].start;
      }
    }
    // "four or more people", "10 or fewer": the bound written after the number.
    // (Not "one or more officers", a vague agent more often than a count.)
    if (qualifier === "exact" && !parsed.singular && value !== null && value >= 2 && tokens[next]?.lower === "or" && /^(?:more|fewer|less)$/.test(tokens[next + 1]?.lower ?? "")) {
      if (tokens[next + 1]!.lower === "more") high = null;
      else low = null;
      qualifier = tokens[next + 1]!.lower === "more" ? "min" : "max";
      next += 2;
    }
    if (qualifier !== "range" && !parsed.singular) {
      const q = qualifierBefore(tokens, i);
      if (q) {
        spanStart = tokens[q.start].start;
        if (qualifier === "vague") {
          // "up to thousands": keep the magnitude, note the bound.
        } else if (value !== null) {
          qualifier = q.qualifier;
          if (q.qualifier === "approx") {
            low = approxBound(value, 0.9);
            high = approxBound(value, 1.1);
          } else if (q.qualifier === "min") {
            low = value;
            high = null;
          } else {
            low = q.near ? approxBound(value, 0.9) : null;
            high = value;
          }
        }
      }
    }
    // "nearly half of the 3,000 residents", "60 percent of the 500,000 people": the share is the figure.
    // ("15% of the 2,000 wounded were children": a share of a toll named by what happened is a part the toll holds; the
    // toll is the figure.)
    const tollNamed = next < tokens.length && /^(?:wounded|injured|dead|killed|displaced|detained|evacuated|missing)$/.test(tokens[next]!.lower);
    const share = qualifier === "exact" && value !== null && !parsed.singular && !tollNamed ? shareBefore(tokens, i) : null;
    if (share && value !== null) {
      value = low = high = Math.round(value * share.fraction);
      spanStart = tokens[share.start].start;
      const q = qualifierBefore(tokens, share.start);
      if (q) {
        spanStart = tokens[q.start].start;
        qualifier = q.qualifier;
        if (q.qualifier === "approx") (low = approxBound(value, 0.9)), (high = approxBound(value, 1.1));
        else if (q.qualifier === "min") high = null;
        else low = q.near ? approxBound(value, 0.9) : null;
      }
    }
    // "1 IPOB member", "one senior commander": a count of one takes a singular noun.
    let counted = countedNoun(tokens, next, parsed.singular);
    if (!counted.subject && !parsed.singular && parsed.value === 1 && !parsed.vague) {
      const alt = countedNoun(tokens, next, true);
      if (alt.subject && !alt.notPeople) counted = alt;
    }
    // ("a self-proclaimed “general”": the closing quote of a quoted noun belongs to the phrase.)
    if (counted.end > 0 && QUOTES.has(tokens[counted.next]?.text ?? "") && QUOTES.has(tokens[counted.next - 2]?.text ?? "")) counted = { ...counted, end: tokens[counted.next]!.end, next: counted.next + 1 };
    // ("The wounded, numbering about 60, were evacuated": the people set off before "numbering" are those counted.)
    if (!counted.subject && !parsed.singular) {
      let first = i;
      while (first > 0 && tokens[first]!.start > spanStart) first--;
      const head = tokens[first - 1]?.lower === "numbering" && tokens[first - 2]?.text === "," ? tokens[first - 3] : undefined;
      const who = head ? PLURAL_SUBJECT.get(head.lower) : undefined;
      if (head && who) counted = { noun: head.text, subject: who, end: tokens[next - 1]!.end, next, notPeople: null };
    }
    // ("Among the dead were seven signatories of the accord": whatever plural the dead are counted as, they are people.)
    if (!counted.subject && !parsed.singular && AMONG_THE_DEAD_WERE.test(text.slice(Math.max(start, spanStart - 60), spanStart))) {
      const t = tokens[next];
      if (t && isLowerCaseWord(t.text) && /[^s]s$/.test(t.lower) && !NOT_AFTER.has(t.lower) && !THING_WORDS.test(t.lower)) counted = { noun: t.text, subject: "people", end: t.end, next: next + 1, notPeople: null };
    }
    // "a" or "an" with no person after it is just an article.
    if (parsed.singular && !counted.subject) continue;
    // ("a USAID partner" is a body; "his partner" is a person, found where harm is told of one.)
    if (parsed.singular && counted.noun.toLowerCase() === "partner") continue;
    if (parsed.vague && NEEDS_NOUN.has(parsed.vague) && !counted.subject) continue;
    // "a family of seven", "a household of five people": the group is one, the people in it are the count.
    let numberAt = i;
    const group = parsed.singular && counted.subject && tokens[counted.next]?.lower === "of" && counted.next + 1 < tokens.length && GROUP_NOUNS.has(counted.noun.toLowerCase()) ? parseNumberAt(tokens, counted.next + 1) : null;
    if (group && group.value !== null && group.value >= 2 && !group.vague && !group.singular && !group.marker) {
      value = low = high = group.value;
      numberAt = counted.next + 1;
      next = group.next;
      const members = countedNoun(tokens, group.next, false);
      counted = members.subject && !members.notPeople ? { ...members, noun: counted.noun, subject: "people" } : { noun: counted.noun, subject: "people", end: tokens[group.next - 1]!.end, next: group.next, notPeople: null };
      parsed.singular = false;
    }
    if (!notPeople) notPeople = counted.notPeople;
    // ("74 militant attacks": a person's noun in the singular after a count of more is an adjective of the thing counted.)
    if (!notPeople && counted.subject && (parsed.value ?? 0) > 1 && !parsed.vague && SINGULAR_SUBJECT.has(counted.noun.toLowerCase()) && !PLURAL_SUBJECT.has(counted.noun.toLowerCase()) && describesThings(tokens[counted.next])) notPeople = "other noun";
    // ("Two jawans, one each from the DRG and the STF": one of each body, not one more person.)
    if (!notPeople && tokens[next]?.lower === "each" && !counted.subject) notPeople = "distributive";
    if (!notPeople && inRatio(tokens, i, parsed)) notPeople = "ratio";
    // "a young mother of three", "a father of five": how large a family is, not people something happened to.
    if (!notPeople && tokens[i - 1]?.lower === "of" && PARENTS.has(tokens[i - 2]?.lower ?? "") && !counted.subject) notPeople = "family size";
    // ("arrived on 27 April told UNHCR staff": a day before its month is a date, whatever people come after.)
    // ("UPDATE 2-Gunmen kill 9", "20 Barrio 18 gang members": a label word written before the number names it, noun or not.)
    if (!notPeople && (!counted.subject || (i > 0 && NOT_BEFORE.get(tokens[i - 1]!.lower) === "label" && /^[A-Z]/.test(tokens[i - 1]!.text) && tokens[i - 1]!.lower !== "no") || followsMonth(tokens, i) || MONTHS.has(tokens[parsed.next]?.lower ?? "") || tokens[i - 1]?.text === ":" || tokens[i - 1]?.text === "$" || YEAR_EVENTS.has(tokens[i + 1]?.lower ?? ""))) notPeople = contextNotPeople(tokens, i, parsed);
    // ("3 shot in drive-by", "Three shot, one fatally": after more than one, "shot" is the verb, not shots fired.)
    if (!notPeople && !counted.subject && countsOtherNoun(tokens, next) && !(tokens[next]!.lower === "shot" && parsed.value !== null && parsed.value > 1 && !parsed.vague)) notPeople = "other noun";
    // ("52 cases of extrajudicial execution", "30 cases of abduction": each case is a person it befell, counted as people.)
    const casesOfHarm = notPeople === "other noun" && !counted.subject && tokens[next]?.lower === "cases" && CASES_OF_HARM.test(text.slice(tokens[next]!.end, tokens[next]!.end + 50));
    if (casesOfHarm) {
      notPeople = null;
      counted = { noun: tokens[next]!.text, subject: "people", end: tokens[next]!.end, next: next + 1, notPeople: null };
    }
    // ("900 of the shelters were full": a share of things, not of people.)
    if (!notPeople && !counted.subject && (parsed.value ?? 0) > 1 && tokens[next]?.lower === "of" && /^(?:the|these|those|its|their)$/.test(tokens[next + 1]?.lower ?? "") && /s$/.test(tokens[next + 2]?.lower ?? "") && !PLURAL_PEOPLE[tokens[next + 2]!.lower] && countsOtherNoun(tokens, next + 2) && !/^(?:remains|cases|newcomers)$/.test(tokens[next + 2]!.lower)) notPeople = "other noun";
    // ("what the UN calls one of the world's worst humanitarian crises", "one of the deadliest attacks": one among the
    // most or the worst of some things, no one counted.)
    if (!notPeople && parsed.value === 1 && tokens[i]!.lower === "one" && ONE_OF_THE_MOST.test(text.slice(tokens[i]!.end, tokens[i]!.end + 60))) notPeople = "superlative";
    // "Scorpion 75", "Resolution 2254": a bare number right after a name is part of the name.
    if (!notPeople && !counted.subject && !parsed.vague && spanStart === tokens[i].start && i > 1 && isCapitalised(tokens[i - 1]) && !/^(?:another|the|all|some|only|just|about|over|around|nearly|almost|at|of|and|or|but|another|these|those|its|their|his|her)$/.test(tokens[i - 1].lower) && !HEADLINE_VERB_BEFORE.test(tokens[i - 1].lower)) notPeople = "label";
    // "a man and a woman", "a mother and her son": two people named one by one are a count of two.
    const pair = parsed.singular && counted.subject && !counted.notPeople ? secondPerson(tokens, counted.next) : null;
    if (pair) {
      value = low = high = 2;
      counted = { ...pair, subject: "people" };
      parsed.singular = false;
    }
    if (quotedMagnitude && spanStart === tokens[i].start) spanStart = tokens[i - 1]!.start; // the quote opened before it
    const quantityEnd = counted.subject ? counted.end : tokens[next - 1].end;
    const mention: NumberMention = {
      start: spanStart,
      end: quantityEnd,
      text: text.slice(spanStart, quantityEnd),
      value: qualifier === "vague" ? null : value,
      low,
      high,
      qualifier,
      vague: parsed.vague,
      nounEnd: counted.subject ? counted.end : tokens[next - 1].end,
      noun: counted.subject ? counted.noun : "",
      notPeople,
    };
    // The optional fields are set in their place among the others (the field order is the output's).
    // "two of the dead were its fighters", "four of those killed were children": who a part of the dead is, the verb after says.
    const part = counted.subject ? partOfTheDead(tokens, counted) : !notPeople && !parsed.vague ? partOfThoseKilled(tokens, next) ?? partOfThem(tokens, next) : null;
    if (part) mention.subject = part;
    else if (counted.subject) mention.subject = counted.subject;
    // ("Of the 30 killed, 12 were children": who a bare count is may be said by the verb after it.)
    else if (!notPeople && (tokens[next]?.lower === "were" || tokens[next]?.lower === "are") && !parsed.vague) {
      const said = PLURAL_SUBJECT.get(tokens[next + 1]?.lower === "all" ? tokens[next + 2]?.lower ?? "" : tokens[next + 1]?.lower ?? "");
      if (said && said !== "people") mention.subject = said;
    }
    if (parsed.singular) mention.singular = true;
    mention.numberStart = tokens[numberAt].start;
    mention.numberEnd = tokens[next - 1].end;
    out.push(mention);
    // "one of two people killed": the whole ("two people") is a figure too, so scanning resumes at it.
    let resume = (counted.subject ? counted.next : next) - 1;
    // ("A total of seven soldiers": an article before a plural is no count; the number inside is, so scanning resumes at it.)
    if (tokens[next]?.lower === "of" || notPeople === "plural after article") {
      for (let k = next + 1; k < resume; k++) {
        if (/^\d/.test(tokens[k].lower) || (ONES.has(tokens[k].lower) && tokens[k].lower !== "one") || TENS.has(tokens[k].lower)) {
          resume = k - 1;
          break;
        }
      }
    }
    i = Math.max(i, resume);
  }
  if (out.length) sharesOfThem(text, tokens, out);
  if (out.length) asManyAgain(text, tokens, out);
  return out;
}

/** The dead or hurt as a group, in "two of the dead", "three of the wounded", "four of those killed". */
const AFFECTED = new Set(["dead", "killed", "wounded", "injured", "hurt", "victims", "casualties", "fatalities", "deaths"]);

/** "two of the dead were its fighters": the people the verb after a part of the dead names, or null. */
function partOfTheDead(tokens: readonly Token[], counted: CountedNoun): string | null {
  const k = counted.next - 1;
  if (!AFFECTED.has(tokens[k]?.lower ?? "") || !/^(?:the|those)$/.test(tokens[k - 1]?.lower ?? "") || tokens[k - 2]?.lower !== "of") return null;
  return subjectAfterBe(tokens, counted.next);
}

/** "Four of those killed were children": a bare count before "of those killed", then the people the verb names. */
function partOfThoseKilled(tokens: readonly Token[], next: number): string | null {
  if (tokens[next]?.lower !== "of" || !/^(?:the|those)$/.test(tokens[next + 1]?.lower ?? "") || !AFFECTED.has(tokens[next + 2]?.lower ?? "")) return null;
  return subjectAfterBe(tokens, next + 3);
}

/** "about 17,000 of them were militants", "two of whom are children": a bare count of a group named before. */
function partOfThem(tokens: readonly Token[], next: number): string | null {
  if (tokens[next]?.lower !== "of" || !/^(?:them|whom|those|these)$/.test(tokens[next + 1]?.lower ?? "")) return null;
  return subjectAfterBe(tokens, next + 2);
}

/** "were (all|also|its|their…) fighters": the subject a form of "be" names, other than plain people. */
function subjectAfterBe(tokens: readonly Token[], at: number): string | null {
  if (!/^(?:were|was|are|is)$/.test(tokens[at]?.lower ?? "")) return null;
  let k = at + 1;
  while (k < at + 3 && /^(?:all|also|both|its|their|his|her|reportedly|mostly|said|believed|to|be)$/.test(tokens[k]?.lower ?? "")) k++;
  const said = PLURAL_SUBJECT.get(tokens[k]?.lower ?? "");
  return said && said !== "people" ? said : null;
}

/** Shares written before "of them": "half", "a third", "two-thirds". */
const SHARE_OF_THEM = new Map<string, number>([["half", 0.5], ["third", 1 / 3], ["quarter", 0.25], ["two-thirds", 2 / 3], ["three-quarters", 0.75], ["one-third", 1 / 3], ["one-quarter", 0.25]]);

/**
 * "killed 14 people, half of them children": a share of the figure just before is a figure too (seven children).
 * Added in reading order to `out`, each right after the figure it takes its share of.
 */
/**
 * "Three soldiers were killed and as many wounded": "as many" after "and" repeats the count before it, of the same
 * people, for the verb after it.
 */
function asManyAgain(text: string, tokens: readonly Token[], out: NumberMention[]): void {
  for (let k = 1; k + 2 < tokens.length; k++) {
    if (tokens[k].lower !== "as" || tokens[k + 1].lower !== "many" || tokens[k - 1].lower !== "and") continue;
    // ("as many as 40" is a qualifier of its own number.)
    if (tokens[k + 2].lower === "as" || /^\d/.test(tokens[k + 2].text)) continue;
    const before = out.findLast((m) => m.end <= tokens[k - 1].start);
    if (!before || before.value === null || before.notPeople || !before.subject || /[.;:]/.test(text.slice(before.end, tokens[k].start))) continue;
    // ("and as many people were hurt": the people named again belong to the phrase.)
    const named = /ed$|^dead$/.test(tokens[k + 2].lower) ? undefined : PLURAL_SUBJECT.get(tokens[k + 2].lower);
    const end = named ? tokens[k + 2].end : tokens[k + 1].end;
    const mention: NumberMention = {
      start: tokens[k].start, end, text: text.slice(tokens[k].start, end),
      value: before.value, low: before.low, high: before.high, qualifier: before.qualifier, vague: before.vague,
      nounEnd: end, noun: named ? tokens[k + 2].text : before.noun, notPeople: null,
    };
    mention.subject = named ?? before.subject;
    mention.numberStart = tokens[k].start;
    mention.numberEnd = tokens[k + 1].end;
    out.splice(out.indexOf(before) + 1, 0, mention);
  }
}

function sharesOfThem(text: string, tokens: readonly Token[], out: NumberMention[]): void {
  for (let k = 1; k + 3 < tokens.length; k++) {
    // (The rare words first: most tokens are no share, and "of them" is seldom after one.)
    const them = tokens[k + 2].lower;
    if ((them !== "them" && them !== "whom") || tokens[k + 1].lower !== "of") continue;
    const fraction = SHARE_OF_THEM.get(tokens[k].lower);
    if (fraction === undefined) continue;
    // ("a third of them", "one quarter of whom": the article belongs to the share.)
    const start = (tokens[k].lower === "third" || tokens[k].lower === "quarter") ? (/^(?:a|one)$/.test(tokens[k - 1].lower) ? k - 1 : -1) : k;
    if (start < 1 || tokens[start - 1].text !== ",") continue;
    const whole = out.findLast((m) => m.end <= tokens[start - 1].start);
    // (The whole's own verb may stand between: "About 200 people were detained, half of them students".)
    if (!whole || whole.value === null || whole.notPeople || !whole.subject || !WHOLE_TO_SHARE.test(text.slice(Math.max(whole.end, whole.nounEnd), tokens[start - 1].start))) continue;
    const counted = countedNoun(tokens, k + 3, false);
    if (!counted.subject || counted.notPeople) continue;
    const scale = (v: number | null) => (v === null ? null : Math.round(v * fraction));
    const mention: NumberMention = {
      start: tokens[start].start,
      end: counted.end,
      text: text.slice(tokens[start].start, counted.end),
      value: scale(whole.value),
      low: scale(whole.low),
      high: scale(whole.high),
      qualifier: whole.qualifier,
      vague: null,
      nounEnd: counted.end,
      noun: counted.noun,
      notPeople: null,
    };
    mention.subject = counted.subject;
    mention.numberStart = tokens[start].start;
    mention.numberEnd = tokens[k].end;
    out.splice(out.indexOf(whole) + 1, 0, mention);
  }
}

/** Between a whole and the comma before its share: a few words, no other clause. */
const WHOLE_TO_SHARE = /^[^.;:,]{0,40}$/;

export const numbersStage: Stage = {
  name: "numbers",
  requires: ["sentences"],
  assigns: ["numbers"],
  run(doc: AnnotatedDoc): AnnotatedDoc {
    const numbers: NumberMention[] = [];
    for (const s of doc.sentences) {
      // Cheap pre-check: most sentences hold no digit and no number word worth a token pass.
      const slice = doc.text.slice(s.start, s.end);
      // "a man", "an officer" only matter where something happens to people; other sentences need a real number.
      if (!MAYBE_NUMBER.test(slice) && !(ARTICLE.test(slice) && HARM_OR_MOVE.test(slice))) continue;
      numbers.push(...findNumbers(doc.text, s.start, s.end));
    }
    sharesOfThingsBefore(doc.text, numbers);
    nounsSharedAcrossAnd(doc.text, numbers);
    householdsBesidePeople(doc.text, numbers);
    return { ...doc, numbers };
  },
};

/**
 * "killed 12 Ukrainian and 9 Russian soldiers", "Twelve Ukrainian and nine Russian soldiers were killed": a bare count
 * with its own describing word, joined by "and" to a count with a noun, counts the same noun; the word joins its span.
 */
function nounsSharedAcrossAnd(text: string, numbers: NumberMention[]): void {
  for (let k = 0; k + 1 < numbers.length; k++) {
    const n = numbers[k]!;
    const next = numbers[k + 1]!;
    if (n.noun || n.notPeople || n.vague || n.singular || !next.subject || next.notPeople || next.singular) continue;
    const describing = DESCRIBED_THEN_AND.exec(text.slice(n.end, next.start));
    // (The next count's own describing word comes first: "9 Russian soldiers".)
    if (!describing || !NUMBER_THEN_WORD.test(text.slice(next.numberStart ?? next.start, next.nounEnd))) continue;
    const end = n.end + describing[1]!.length;
    Object.assign(n, { end, nounEnd: end, text: text.slice(n.start, end), noun: next.noun, subject: next.subject });
  }
}
/**
 * "1,240 people (248 families) left": households given in brackets after a count of the same people are that count told
 * another way; the people are the figure, and the brackets no gap between them and their verb.
 */
function householdsBesidePeople(text: string, numbers: NumberMention[]): void {
  for (let k = 0; k + 1 < numbers.length; k++) {
    const [a, b] = [numbers[k]!, numbers[k + 1]!];
    if (a.notPeople || b.notPeople || !a.subject || !b.subject) continue;
    const aEnd = Math.max(a.end, a.nounEnd);
    if (!/^\s*\($/.test(text.slice(aEnd, b.start)) || text[Math.max(b.end, b.nounEnd)] !== ")") continue;
    if (!HOUSEHOLD_WORDS.test(b.noun) || HOUSEHOLD_WORDS.test(a.noun)) continue;
    b.notPeople = "households beside people";
    // (The people before the brackets reach past them to their verb.)
    a.nounEnd = Math.max(b.end, b.nounEnd) + 1;
  }
}
const HOUSEHOLD_WORDS = /^(?:famil(?:y|ies)|households?)$/i;
/** "9 Russian ", "nine Russian ": a count, then one describing word before its noun. */
const NUMBER_THEN_WORD = /^(?:[\d,.]+\s+[\p{L}-]+\s+|[\p{L}]+\s+[\p{L}-]+\s+)/u;
/** " Ukrainian and ", " civilian and ": one describing word, then "and". */
const DESCRIBED_THEN_AND = /^(\s+(?:[\p{Lu}][\p{L}-]+|[a-z][a-z-]+))\s+and\s+$/u;

/**
 * "Six rockets were fired. Three of them were intercepted": a bare share "of them" whose whole, the figure just
 * before it, counts things is a share of those things.
 */
function sharesOfThingsBefore(text: string, numbers: NumberMention[]): void {
  for (let k = 1; k < numbers.length; k++) {
    const n = numbers[k]!;
    if (n.notPeople || n.noun || !OF_THEM_AFTER.test(text.slice(n.end, n.end + 14))) continue;
    const whole = numbers[k - 1]!;
    // ("Raiders stole 60 cattle. Troops chased the raiders and killed two of them": people named with "the" in the
    // share's own sentence are nearer than the things.)
    if (whole.notPeople === "other noun" && n.start - whole.end <= 300 && !peopleNamedBefore(text.slice(whole.end, n.start))) n.notPeople = "share of things";
  }
}
/** Whether the last sentence of `between` names people with "the" ("the raiders"), before a share "of them". */
function peopleNamedBefore(between: string): boolean {
  const own = between.slice(Math.max(between.lastIndexOf(". "), between.lastIndexOf("; ")) + 1);
  for (const m of own.matchAll(/\bthe\s+([a-z]+)\b/g)) if (PLURAL_SUBJECT.has(m[1]!)) return true;
  return false;
}
/** Plurals of things that no toll counts as its dead. */
const THING_WORDS = /^(?:trucks|cars|vehicles|buses|tanks|houses|homes|buildings|animals|cattle|cows|goats|sheep|camels|horses|dogs|weapons|guns|rifles|rockets|missiles|drones|boats|ships|aircraft|planes|helicopters)$/;
const AMONG_THE_DEAD_WERE = /\bamong\s+(?:the|those)\s+(?:dead|killed|slain|wounded|injured|victims|casualties|fatalities)\s+(?:were|was|are|is)\s+(?:(?:at least|about|around|some|nearly|more than|over)\s+)?$/i;
const OF_THEM_AFTER = /^\s+of\s+(?:them|these|those|which)\b/i;

const ARTICLE = /\b(?:an?|another)\b/i;
// ("A jawan was martyred": how South Asian copy tells a soldier or policeman killed.)
const HARM_OR_MOVE = /\b(?:kill|martyr|dead|die|death|wound|injur|hurt|shot|shoot|stabb|slain|murder|body|bodies|hospital|condition|evacu|rescu|surrender|captur|detain|arrest|custody|abduct|kidnap|hostage|held|fatal|gunned|execut|drown|lost|treated|neutrali|pulled|moved|taken|booked)/i;
const MAYBE_NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|half|quarter|dozens?|scores|tens|few|several|handful|couple|another|both)\b/i;
