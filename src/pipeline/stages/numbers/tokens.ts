// Word tokens with offsets: the unit the number, time and claim stages scan.

export interface Token {
  text: string;
  /** Lower-cased text with curly apostrophes straightened. */
  lower: string;
  start: number;
  end: number;
}

// Words (with inner hyphens, apostrophes, commas and stops between digits) or single punctuation marks.
// Each alternative consumes at least one character and nothing is retried, so the scan is linear.
// A soft hyphen (U+00AD, left in by some sites' hyphenation) joins the two halves of a word.
const TOKEN = /[\p{L}\p{N}]+(?:(?:[-'’\u00AD][\p{L}\p{N}]+)|(?:[.,](?=\p{N})\p{N}+)|(?:\.(?=\p{L}\.)\p{L}))*\.?|[$£€%]|[^\s\p{L}\p{N}]/gu;

const CAMEL = /^(\p{Lu}\p{Ll}{3,})(\p{Lu}\p{Ll}+)$/u;
const GLUE = /^(com|org|net|gov|edu|tv|news)(?=\p{Lu})/u;

// The number, attribution and single-victim passes read the same sentences of one report in turn: the tokens of the
// current report's sentences are kept so each is cut once. A new text empties the cache; a span longer than any
// sentence is never kept, so one huge line is not held in memory.
let cachedText: string | null = null;
const cached = new Map<number, readonly Token[]>();
const CACHED_SPAN = 4000;

/** Tokens of text[start, end). A trailing stop stays on abbreviations like "a.m." and "U.S." only. */
export function tokenize(text: string, start = 0, end = text.length): readonly Token[] {
  if (text !== cachedText) cached.clear();
  cachedText = text; // an equal text read anew is compared by content once, then by reference
  const keep = end - start <= CACHED_SPAN && start < 2 ** 21;
  const key = start * 4096 + (end - start);
  if (keep) {
    const hit = cached.get(key);
    if (hit) return hit;
  }
  const out = cut(text, start, end);
  if (keep) cached.set(key, out);
  return out;
}

function cut(text: string, start: number, end: number): readonly Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  let at = 0;
  while (at < slice.length) {
    const code = slice.charCodeAt(at);
    if (code === 32 || (code >= 9 && code <= 13)) {
      at++;
      continue;
    }
    // Plain ASCII words and marks are cut by hand; the TOKEN pattern runs only where a non-ASCII character or a joiner
    // (- ' . ,) before a letter or digit may extend a word. Both cut the same tokens: the pattern never backtracks over a plain word's end.
    let from = at;
    let to = asciiTokenEnd(slice, at, code);
    if (to < 0) {
      TOKEN.lastIndex = at;
      const m = TOKEN.exec(slice);
      if (!m) break;
      from = m.index;
      to = from + m[0].length;
    }
    at = to;
    let word = slice.slice(from, to);
    let s = start + from;
    // Crawled pages glue a site name to the first word of the story: "abc13.comA man was shot".
    const glue = s > 0 && text[s - 1] === "." ? GLUE.exec(word) : null;
    if (glue) {
      const cut = glue[1].length;
      out.push(make(word.slice(0, cut), s));
      word = word.slice(cut);
      s += cut;
    }
    // Keep the final stop only on dotted abbreviations ("a.m.", "U.S."); otherwise it is punctuation.
    if (word.length > 1 && word.endsWith(".") && !(word.charCodeAt(word.length - 3) === 46 && /\.\p{L}\.$/u.test(word))) {
      word = word.slice(0, -1);
      out.push(make(word, s));
      out.push(make(".", s + word.length));
      continue;
    }
    // "Los Angeles TimesErik Diaz": a page title glued to a name.
    const camel = word.length >= 6 && startsUpperCase(word) && mayBeCamel(word) ? CAMEL.exec(word) : null;
    if (camel) {
      out.push(make(camel[1], s));
      out.push(make(camel[2], s + camel[1].length));
      continue;
    }
    out.push(make(word, s));
  }
  return out;
}

/** End of the token at `at` when plain ASCII decides it (a word no joiner may extend, or one mark); -1 otherwise. */
function asciiTokenEnd(slice: string, at: number, code: number): number {
  if (code >= 128) return -1;
  if (!isAsciiAlnum(code)) return at + 1;
  let k = at + 1;
  while (k < slice.length && isAsciiAlnum(slice.charCodeAt(k))) k++;
  if (k === slice.length) return k;
  const stop = slice.charCodeAt(k);
  if (stop >= 128) return -1;
  // A joiner (- ' , .) extends the word only before a letter or digit; a stop not so followed is kept (split off later).
  const joiner = stop === 45 || stop === 39 || stop === 44 ? 0 : stop === 46 ? 1 : -1;
  if (joiner < 0) return k;
  if (k + 1 === slice.length) return k + joiner;
  const after = slice.charCodeAt(k + 1);
  return after < 128 && !isAsciiAlnum(after) ? k + joiner : -1;
}

function isAsciiAlnum(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** Whether a capital (or a non-ASCII letter, which may be one) stands where CAMEL's second word could start. */
function mayBeCamel(word: string): boolean {
  for (let k = 4; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 128 || (c >= 65 && c <= 90)) return true;
  }
  return false;
}

function startsUpperCase(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : c >= 192;
}

function make(text: string, start: number): Token {
  return { text, lower: plainLower(text) ? text : lowerOf(text), start, end: start + text.length };
}

/** Plain ASCII with no capital: already its own lower-case form, so no copy is made (most words, every mark). */
function plainLower(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

function lowerOf(text: string): string {
  let lower = text.toLowerCase();
  if (lower.includes("’")) lower = lower.replace(/’/g, "'");
  return lower.includes("\u00AD") ? lower.replace(/\u00AD/g, "") : lower;
}

export const isCapitalised = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text);
export const isPunct = (t: Token | undefined) => !!t && /^[^\p{L}\p{N}$£€%]$/u.test(t.text);
