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
const TOKEN = /[\p{L}\p{N}]+(?:(?:[-'’\u00AD][\p{L}\p{N}]+)|(?:[.,](?=[\p{N}])[\p{N}]+)|(?:\.(?=[\p{L}]\.)[\p{L}]))*\.?|[$£€%]|[^\s\p{L}\p{N}]/gu;

const CAMEL = /^([\p{Lu}][\p{Ll}]{3,})([\p{Lu}][\p{Ll}]+)$/u;
const GLUE = /^(com|org|net|gov|edu|tv|news)(?=[\p{Lu}])/u;
// (Compiled once here: written inline, a pattern with \p{…} is turned by the TypeScript loader into `new RegExp(…)`,
// built again on every call.)
const STARTS_UPPER = /^[\p{Lu}]/u;
/** One punctuation mark: neither letter nor digit, nor a sign a figure may carry. */
const ONE_MARK = /^[^\p{L}\p{N}$£€%]$/u;

/**
 * Tokens of text[start, end). A trailing stop stays on abbreviations like "a.m." and "U.S." only.
 * Each call cuts afresh: the cut is cheap now, and tokens kept for a whole report (as a per-report cache once did)
 * outlive the young generation and cost more in garbage collection than cutting a sentence again.
 */
export function tokenize(text: string, start = 0, end = text.length): readonly Token[] {
  return cut(text, start, end);
}

function cut(text: string, start: number, end: number): readonly Token[] {
  const out: Token[] = [];
  // The span is copied only when the token pattern must run on it: the pattern may not look past its end.
  let slice: string | null = null;
  let at = start;
  while (at < end) {
    const code = text.charCodeAt(at);
    if (code === 32 || (code >= 9 && code <= 13)) {
      at++;
      continue;
    }
    // Plain ASCII words and marks are cut by hand; the TOKEN pattern runs only where a non-ASCII character may extend a
    // word. Both cut the same tokens: the pattern never backtracks over a word's end.
    let from = at;
    let to = asciiTokenEnd(text, at, end, code);
    // Whether the token is plain ASCII cut by hand, so the scan knows if it holds a capital (a dash or curly quote is
    // cut by hand too, but its lower-case form may differ).
    const ascii = to >= 0 && code < 128;
    if (to < 0) {
      slice ??= text.slice(start, end);
      TOKEN.lastIndex = at - start;
      const m = TOKEN.exec(slice);
      if (!m) break;
      from = start + m.index;
      to = from + m[0].length;
    }
    at = to;
    pushWord(out, text, from, to, ascii);
  }
  return out;
}

/** Pushes the word text[from, to) as one token, or as two where a stop, a site name or a title is glued to it. */
function pushWord(out: Token[], text: string, from: number, to: number, ascii: boolean): void {
  // Crawled pages glue a site name to the first word of the story: "abc13.comA man was shot".
  if (from > 0 && text.charCodeAt(from - 1) === 46) {
    const glue = GLUE.exec(text.slice(from, to));
    if (glue) {
      out.push(make(text, from, from + glue[1].length));
      from += glue[1].length;
    }
  }
  // Keep the final stop only on dotted abbreviations ("a.m.", "U.S."); otherwise it is punctuation.
  if (to - from > 1 && text.charCodeAt(to - 1) === 46 && !endsDotted(text, from, to)) {
    out.push(ascii ? makeAscii(text, from, to - 1, capitalSeen) : make(text, from, to - 1));
    out.push(makeAscii(text, to - 1, to, false));
    return;
  }
  // "Los Angeles TimesErik Diaz": a page title glued to a name.
  if (to - from >= 6 && startsUpperCase(text.charCodeAt(from)) && mayBeCamel(text, from + 4, to)) {
    const camel = CAMEL.exec(text.slice(from, to));
    if (camel) {
      const split = from + camel[1].length;
      out.push(make(text, from, split));
      out.push(make(text, split, to));
      return;
    }
  }
  out.push(ascii ? makeAscii(text, from, to, capitalSeen) : make(text, from, to));
}

/** Whether the word text[from, to) ends in stop, letter, stop ("U.S.", "a.m."). */
function endsDotted(text: string, from: number, to: number): boolean {
  if (to - from < 3 || text.charCodeAt(to - 3) !== 46) return false;
  const c = text.charCodeAt(to - 2);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(text[to - 2]!);
}
const LETTER = /^[\p{L}]$/u;

/**
 * End of the token at `at` where plain ASCII decides it, -1 where a non-ASCII character might (then the pattern runs).
 * This is the TOKEN pattern written out for ASCII: a run of letters and digits, extended by a hyphen or apostrophe
 * before another run, by a comma or stop before digits, or by ".x." as in "U.S.", then an optional final stop.
 */
function asciiTokenEnd(text: string, at: number, end: number, code: number): number {
  capitalSeen = false;
  if (code >= 128) return isPunctuationMark(code) ? at + 1 : -1;
  if (!isAsciiAlnum(code)) return at + 1;
  if (code <= 90 && code >= 65) capitalSeen = true;
  let k = alnumRunEnd(text, at + 1, end);
  while (k < end) {
    const c = text.charCodeAt(k);
    if (c >= 128) return -1; // a letter or digit of another script may go on with the word
    if (c !== 45 && c !== 39 && c !== 44 && c !== 46) return k;
    const next = k + 1 < end ? text.charCodeAt(k + 1) : -1;
    if (next >= 128) return -1;
    if ((c === 45 || c === 39) && next >= 0 && isAsciiAlnum(next)) {
      if (next <= 90 && next >= 65) capitalSeen = true;
      k = alnumRunEnd(text, k + 2, end); // "al-Bab", "Dar'a"
    } else if ((c === 44 || c === 46) && next >= 48 && next <= 57) {
      k = digitRunEnd(text, k + 2, end); // "1,200", "3.5"
    } else if (c === 46 && isAsciiLetter(next) && k + 2 < end && text.charCodeAt(k + 2) === 46) {
      if (next <= 90) capitalSeen = true;
      k += 2; // "U.S.", "a.m."
    } else {
      return c === 46 ? k + 1 : k; // a final stop stays on for now (split off later)
    }
  }
  return k;
}

function alnumRunEnd(text: string, k: number, end: number): number {
  for (; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) continue;
    if (c >= 65 && c <= 90) capitalSeen = true;
    else if (!(c >= 48 && c <= 57)) break;
  }
  return k;
}
/** Set by the ASCII scan when the token it cut holds a capital letter. */
let capitalSeen = false;

function digitRunEnd(text: string, k: number, end: number): number {
  while (k < end && isDigit(text.charCodeAt(k))) k++;
  return k;
}

/** Dashes, quotation marks, bullets and the ellipsis (U+2010 to U+2027): each is a token of its own where a token starts. */
function isPunctuationMark(code: number): boolean {
  return code >= 0x2010 && code <= 0x2027;
}

const isDigit = (code: number) => code >= 48 && code <= 57;
const isAsciiLetter = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);

function isAsciiAlnum(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** Whether a capital (or a non-ASCII letter, which may be one) stands where CAMEL's second word could start. */
function mayBeCamel(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128 || (c >= 65 && c <= 90)) return true;
  }
  return false;
}

function startsUpperCase(c: number): boolean {
  return c < 128 ? c >= 65 && c <= 90 : c >= 192;
}

/** A token of plain ASCII whose capitals the scan has already seen: its lower-case form needs no second look. */
function makeAscii(text: string, start: number, end: number, capital: boolean): Token {
  const word = text.slice(start, end);
  return { text: word, lower: capital ? word.toLowerCase() : word, start, end };
}

function make(text: string, start: number, end: number): Token {
  const word = text.slice(start, end);
  return { text: word, lower: lowerForm(word), start, end };
}

/** The lower-case form: plain ASCII with no capital is its own (most words, every mark), so no copy is made. */
function lowerForm(word: string): string {
  let capital = false;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 128) return lowerOf(word);
    if (c >= 65 && c <= 90) capital = true;
  }
  // Plain ASCII holds no curly apostrophe or soft hyphen to take out.
  return capital ? word.toLowerCase() : word;
}

function lowerOf(text: string): string {
  let lower = text.toLowerCase();
  if (lower.includes("’")) lower = lower.replace(/’/g, "'");
  return lower.includes("\u00AD") ? lower.replace(/\u00AD/g, "") : lower;
}

/** Whether a token starts with a capital; an ASCII first letter is judged without the pattern. */
export const isCapitalised = (t: Token | undefined) => {
  if (!t) return false;
  const c = t.text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : STARTS_UPPER.test(t.text);
};
export const isPunct = (t: Token | undefined) => !!t && ONE_MARK.test(t.text);
