// Name normalisation and transliteration-tolerant comparison shared by the geocoder and the resolver.
import { doubleMetaphone } from "double-metaphone";
import { distance } from "fastest-levenshtein";

/** Arabic (and similar) articles that transliterations attach or drop at will. */
/** True for an Arabic article that name keys drop ("al", "el", "ash"). */
export function isArticle(word: string): boolean {
  return ARTICLES.has(word);
}

/** Every article isArticle knows. */
export function articles(): Iterable<string> {
  return ARTICLES;
}

const ARTICLES = new Set(["al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "er", "es", "et", "ez", "ul", "ud", "ur", "us", "adh", "ath", "dh"]);

const folded = new Map<string, string>();

/** Lower-cases, strips diacritics, apostrophes and ayn/hamza marks; hyphens and punctuation become spaces. */
export function foldName(name: string): string {
  let out = folded.get(name);
  if (out === undefined) {
    if (folded.size > 200_000) folded.clear(); // bounded memo: names repeat across reports
    folded.set(name, (out = fold(name)));
  }
  return out;
}

function fold(name: string): string {
  return foldAscii(name) ?? name
    .normalize("NFD")
    .replace(/[\p{M}]+/gu, "")
    .replace(/[ʻʼʽʾʿ‘’`´'"“”]/g, "")
    .replace(/ß/g, "ss")
    .replace(/[ıİ]/g, "i")
    .replace(/[łŁ]/g, "l")
    .replace(/[øØ]/g, "o")
    .replace(/[đĐ]/g, "d")
    .replace(/[æÆ]/g, "ae")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * fold() for a name of ASCII characters only (most names), by hand: letters and digits lower-cased, straight quotes and
 * backticks dropped, every other run of characters one space, none at either end. Null for any other name.
 */
function foldAscii(name: string): string | null {
  let out = "";
  let gap = false; // a separator seen since the last letter or digit
  for (let k = 0; k < name.length; k++) {
    const c = name.charCodeAt(k);
    if (c >= 128) return null;
    if (c === 39 || c === 34 || c === 96) continue; // ' " ` go before separators are looked at
    const alnum = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    const upper = c >= 65 && c <= 90;
    if (!alnum && !upper) {
      gap = true;
      continue;
    }
    if (gap && out) out += " ";
    gap = false;
    out += upper ? String.fromCharCode(c + 32) : name[k];
  }
  return out;
}

/** Folded tokens without articles ("Al-Hol" -> ["hol"]; "Deir ez-Zor" -> ["deir", "zor"]). */
export function nameTokens(name: string): string[] {
  return foldedTokens(foldName(name));
}

/** nameTokens of a name, given folded. */
function foldedTokens(folded: string): string[] {
  const tokens = folded.split(" ").filter(Boolean);
  const kept = tokens.filter((t, i) => !(ARTICLES.has(t) && i < tokens.length - 1));
  return kept.length ? kept : tokens;
}

/**
 * Lookup keys for a name: the folded name without spaces, and the same without articles.
 * "Deir ez-Zor" and "Deir Ezzor" share "deirezzor"; "Al Ḩawl" and "El Hawl" share "hawl".
 */
export function nameKeys(name: string): string[] {
  // A plain ASCII word (most names asked about) folds to its lower case and holds no article to drop.
  if (isPlainWord(name)) return name ? [name.toLowerCase()] : [];
  const folded = foldName(name);
  if (!folded) return [];
  // One word (a folded name has single spaces, none at either end): no space to drop, no article before another word.
  if (!folded.includes(" ")) return [folded];
  const compact = folded.replace(/ /g, "");
  const stripped = foldedTokens(folded).join(""); // (nameTokens, without asking the fold memo again)
  return compact === stripped ? [compact] : [compact, stripped];
}

/**
 * text.split(/\s+/), by a plain split on " " where that gives the same (most names): printable ASCII, whose only
 * whitespace is the space, and no two spaces in a row. The pattern would be tried at every character.
 */
export function whitespaceWords(text: string): string[] {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 32 || c >= 127 || (c === 32 && text.charCodeAt(k + 1) === 32)) return text.split(/\s+/);
  }
  return text.split(" ");
}

/** ASCII letters and digits only: such a word folds to its lower case (foldName's work, without the memo). */
export function isPlainWord(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

/** nameKeys without the memo, for building the gazetteer (a million names seen once each). */
export function nameKeysOnce(name: string): string[] {
  const folded = fold(name);
  if (!folded) return [];
  const tokens = folded.split(" ");
  const compact = tokens.join("");
  const kept = tokens.filter((t, i) => !(ARTICLES.has(t) && i < tokens.length - 1));
  const stripped = (kept.length ? kept : tokens).join("");
  return compact === stripped ? [compact] : [compact, stripped];
}

/** The primary key of a name (articles stripped, no spaces). */
export function nameKey(name: string): string {
  return nameTokens(name).join("");
}

/** Double-metaphone codes of a token (both variants, deduplicated). */
const sounds = new Map<string, string[]>();

export function phonetic(token: string): string[] {
  let codes = sounds.get(token);
  if (!codes) {
    if (sounds.size > 100_000) sounds.clear();
    const [a, b] = doubleMetaphone(token);
    codes = a === b || !b ? [a] : [a, b];
    sounds.set(token, codes);
  }
  return codes;
}

/**
 * A spelling skeleton that erases the usual differences between romanisations: Ukrainian h / Russian g
 * ("Ihor"/"Igor", "Syniehubov"/"Synegubov"), kh/h, ie/e, iy/y/i, ou/u, ph/f, w/v, q/k, zh/dzh/dj/j, doubled letters.
 */
export function skeleton(token: string): string {
  let out = skeletons.get(token);
  if (out === undefined) {
    if (skeletons.size > 30_000) skeletons.clear(); // bounded memo: names repeat across reports
    skeletons.set(token, (out = skeletonOnce(token)));
  }
  return out;
}
const skeletons = new Map<string, string>();

function skeletonOnce(token: string): string {
  return token
    .replace(/dzh|zh|dj/g, "j")
    .replace(/kh/g, "h")
    .replace(/gh/g, "g")
    .replace(/h/g, "g")
    .replace(/ph/g, "f")
    .replace(/ck|q|c(?=[aou])/g, "k")
    .replace(/w/g, "v")
    .replace(/ie/g, "e")
    .replace(/iy|yi|ii/g, "i")
    .replace(/ou|oo/g, "u")
    .replace(/ee/g, "i")
    .replace(/y/g, "i")
    .replace(/(.)\1+/g, "$1");
}

/** True when two tokens sound alike and are spelled alike (Mustefa/Mostefa/Mustafa, Baghouz/Baghuz). */
export function tokensAlike(a: string, b: string): boolean {
  if (a === b) return true;
  // Remembered by one token then the other: two look-ups cost less than building and hashing a joined key per pair.
  // The second token first: callers compare one word with many (a short form's word with each word of a report's
  // full names), so the first look-up finds the same small table again and again.
  let judged = alikePairs.get(b);
  if (judged === undefined) alikePairs.set(b, (judged = new Map()));
  let alike = judged.get(a);
  if (alike === undefined) {
    if (++alikeEntries > ALIKE_LIMIT) {
      // Bounded memo (a report compares the same names again and again): everything is forgotten at once.
      alikePairs.clear();
      alikeEntries = 1;
      alikePairs.set(b, judged);
      judged.clear();
    }
    judged.set(a, (alike = tokensAlikeOnce(a, b)));
  }
  return alike;
}
const alikePairs = new Map<string, Map<string, boolean>>();
let alikeEntries = 0;
const ALIKE_LIMIT = 200_000;

/**
 * False only where tokensAlike(a, b) is false, told without its memo: a pair alike shares its first letter (the
 * skeleton test), a sound (the phonetic tests) or all but the first letter (within one edit). `aSounds` and `bSounds`
 * are phonetic(a) and phonetic(b), which a caller comparing one word with many looks up once per word rather than once
 * per pair. Keep in step with tokensAlikeOnce.
 */
export function mayBeAlike(a: string, b: string, aSounds: readonly string[], bSounds: readonly string[]): boolean {
  if (a === b || a.charCodeAt(0) === b.charCodeAt(0)) return true;
  if (Math.min(a.length, b.length) < 3) return false; // too short for any test but the skeleton's, which needs one first letter
  for (const sound of aSounds) if (bSounds.includes(sound)) return true;
  return withinOneEditOfFirst(a, b);
}

/** Whether two words with different first letters are one edit apart: only the first letter differs, is added or is dropped. */
function withinOneEditOfFirst(a: string, b: string): boolean {
  if (a.length === b.length) return sameFrom(a, 1, b, 1);
  if (a.length === b.length + 1) return sameFrom(a, 1, b, 0);
  return b.length === a.length + 1 && sameFrom(a, 0, b, 1);
}

/** a from aFrom on equals b from bFrom on (the caller has checked that both parts are as long). */
function sameFrom(a: string, aFrom: number, b: string, bFrom: number): boolean {
  for (let k = 0; aFrom + k < a.length; k++) if (a.charCodeAt(aFrom + k) !== b.charCodeAt(bFrom + k)) return false;
  return true;
}

function tokensAlikeOnce(a: string, b: string): boolean {
  if (Math.min(a.length, b.length) >= 4 && a[0] === b[0] && skeleton(a) === skeleton(b) && jaroWinkler(a, b) >= 0.75) return true;
  const longest = Math.max(a.length, b.length);
  const shortest = Math.min(a.length, b.length);
  if (shortest < 3) return false;
  const pa = phonetic(a);
  const pb = phonetic(b);
  const sameSound = pa.some((x) => pb.includes(x));
  const d = distance(a, b);
  if (d > Math.max(1, Math.floor(longest * 0.34))) {
    // Longer transliterations drift more ("Mohamed"/"Muhammad", "Youssef"/"Yusuf"): same sound, close letters.
    return sameSound && shortest >= 5 && jaroWinkler(a, b) >= 0.8;
  }
  return sameSound || (d <= 1 && longest >= 5);
}

/** Jaro-Winkler similarity in [0, 1] (used to rank near-identical spellings). */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (!a.length || !b.length) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = new Array<boolean>(a.length).fill(false);
  const bMatched = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j < Math.min(b.length, i + window + 1); j++) {
      if (bMatched[j] || a[i] !== b[j]) continue;
      aMatched[i] = bMatched[j] = true;
      matches++;
      break;
    }
  }
  if (!matches) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < a.length; i++) {
    if (!aMatched[i]) continue;
    while (!bMatched[j]) j++;
    if (a[i] !== b[j]) transpositions++;
    j++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** A stable id from a name: lower-case ASCII words joined by hyphens. */
export function slug(name: string): string {
  return foldName(name).replace(/ /g, "-") || "entity";
}
