// Word tokens with exact offsets, and the facts about each that the entity tagger reads.

export interface Token {
  start: number;
  end: number;
  text: string;
  /** A word (letters or digits) rather than punctuation. */
  word: boolean;
  /** Starts with a capital letter, or an Arabic article glued to a capitalised name ("al-Baghdadi"). */
  cap: boolean;
  /** All capitals, two letters or more ("SDF", "ISIS"). */
  acronym: boolean;
  /** First word of a sentence, a headline line or a clause after a colon. */
  sentenceStart: boolean;
  /** Only spaces or tabs (no line break) separate it from the previous token. */
  sameLine: boolean;
  /** Whitespace between it and the previous token. */
  spaced: boolean;
  /** The text in lower case. */
  lower: string;
  /** Letters only (no digits, hyphens or apostrophes). */
  letters: boolean;
  /** A word whose first letter is a capital (unlike `cap`, not "al-Baghdadi"). */
  startsUpper: boolean;
  /** A word without a lower-case letter: it equals its upper case ("ISIS", "KYIV", "2024"). */
  upperCase: boolean;
  /** A word of ASCII letters and digits only, which its lower case folds (names.ts foldName) as is. */
  plain: boolean;
}

// A soft hyphen (U+00AD) left in by a site's hyphenation joins the halves of a word, like a hyphen.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:[-‐.&\u00AD][\p{L}\p{N}]+(?:['’][\p{L}]+)*)*/uy;
const ARTICLE_GLUED = /^(?:al|el|ad|ar|as|ash|at|az|ez|an|ed|es|et|ul|ud|ur|bin|ibn|abu|abd)[-‐][\p{Lu}]/u;

/** What the tagger asks of the words a report writes in lower case: a Set will do. */
export interface WordSet {
  has(word: string): boolean;
}

/**
 * The words a report writes in lower case somewhere ("Police" at a sentence start is an ordinary word if "police"
 * occurs too). A report asks about a handful of words only, so each question is answered by a scan of its tokens,
 * cheaper than indexing every word up front; and remembered, as the same few words are asked about again and again.
 * Most words asked about are names, written in lower case nowhere: a filter of the lower-case words' shapes, made on
 * the first question, rules out most of them without a scan.
 */
export function lowercaseWords(tokens: readonly Token[], shapesGiven?: ShapeFilter): WordSet {
  const answers = new Map<string, boolean>();
  // (Given by the tokenizer where it could add each word as it made it: see TokenLists.)
  let shapes: ShapeFilter | null = shapesGiven ?? null;
  return {
    has(word: string): boolean {
      let answer = answers.get(word);
      if (answer === undefined) {
        shapes ??= lowercaseShapes(tokens);
        answers.set(word, (answer = shapes.mayHave(word) && writtenInLowerCase(tokens, word)));
      }
      return answer;
    },
  };
}

function writtenInLowerCase(tokens: readonly Token[], word: string): boolean {
  const length = word.length;
  for (const t of tokens) {
    // A plain word's lower case is as long as the word: most tokens are ruled out by their offsets, without their text.
    if (t.plain && t.end - t.start !== length) continue;
    if (t.lower === word && t.word && !t.cap) return true;
  }
  return false;
}

/** The shapes of every word written in lower case. */
function lowercaseShapes(tokens: readonly Token[]): ShapeFilter {
  const shapes = new ShapeFilter();
  for (const t of tokens) if (t.word && !t.cap) shapes.add(t.lower);
  return shapes;
}

/**
 * A small set of words' shapes (length, first, middle and last characters) as bits: never wrong about a word added,
 * and about a word not added wrong only where its shape's bit is set too. Asking costs three character reads, where
 * a Set would hash the whole word, and a hash is computed once per string: words asked about once are cheaper so.
 */
export class ShapeFilter {
  // A plain array of small integers: a typed array this long would live outside the heap, dearer to make per report.
  private readonly bits: number[] = new Array<number>(SHAPE_BITS >>> 5).fill(0);

  add(word: string): void {
    const bit = shapeBit(word);
    this.bits[bit >>> 5]! |= 1 << (bit & 31);
  }

  mayHave(word: string): boolean {
    const bit = shapeBit(word);
    return (this.bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }
}
const SHAPE_BITS = 1 << 11;

/** One of SHAPE_BITS bits, from a word's length and its first, middle and last characters: equal words share it. */
function shapeBit(word: string): number {
  const n = word.length;
  let h = Math.imul(n, 0x9e3779b1) ^ word.charCodeAt(0);
  h = Math.imul(h, 31) ^ word.charCodeAt(n >> 1);
  h = Math.imul(h, 31) ^ word.charCodeAt(n - 1);
  return (h ^ (h >>> 13)) & (SHAPE_BITS - 1);
}

/**
 * The indices of the capitalised words (word and cap), in order: the passes that only look at capitalised words
 * (a fifth of a report's tokens) walk these rather than every token.
 */
export function capitalisedWords(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (tokens[i]!.word && tokens[i]!.cap) out.push(i);
  return out;
}

/** What the tokenizer can list as it goes, saving the passes over the tokens that would find it afterwards. */
export interface TokenLists {
  /** The indices of the capitalised words, as capitalisedWords lists them. */
  capitals: number[];
  /** The indices of the articles, as determinerWords lists them. */
  determiners: number[];
  /** The shapes of the words written in lower case, as lowercaseWords needs them. */
  lowercaseShapes: ShapeFilter;
}

/** Splits text into word and punctuation tokens; possessive 's becomes its own token. `lists`, when given, is filled in. */
export function tokenize(text: string, lists?: TokenLists): Token[] {
  const capitals = lists?.capitals;
  const determiners = lists?.determiners;
  const shapes = lists?.lowercaseShapes;
  const tokens: Token[] = [];
  const narrow = oneByteCopy(text);
  const gap: Gap = { spaced: false, newline: false };
  let i = 0;
  let pendingStart = true;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      if (code === 10) (pendingStart = true), (gap.newline = true);
      gap.spaced = true;
      i++;
      continue;
    }
    // Most words are ASCII letters and digits ending at a space or a plain punctuation mark: one pass over their
    // characters finds both where they end and what they are made of. Any other word is measured by wordEndAt.
    let end = i;
    let chars = 0;
    for (let prevLower = false; end < text.length; end++) {
      const c = text.charCodeAt(end);
      const cls = c < 128 ? ASCII_CLASSES[c]! : 0;
      if (cls === 0) break;
      chars |= prevLower && cls === UPPER ? UPPER | LOWER_THEN_UPPER : cls;
      prevLower = cls === LOWER || cls === DIGIT; // as in charClasses: a digit before a capital marks a seam too
    }
    let word = end > i;
    if (!word || !endsPlainWord(text, end)) {
      const wordEnd = wordEndAt(text, i);
      word = wordEnd > i;
      end = word ? wordEnd : i + 1;
      if (word && text.charCodeAt(end - 1) === 46) end--; // never swallow a sentence's full stop
      // What the word is made of, by one pass over its characters: the facts below are read from it.
      chars = word ? charClasses(text, i, end) : 0;
    }
    // Crawled pages glue a headline to the body ("Los Angeles TimesJassely Lupoe"): split there.
    let glued = false;
    if ((chars & (NON_ASCII | LOWER_THEN_UPPER)) !== 0) {
      const split = gluedAt(text.slice(i, end));
      if (split > 0) (end = i + split), (glued = true), (chars = charClasses(text, i, end));
    }
    const possessive = word && end - i > 2 && text.charCodeAt(end - 1) === 115 && isApostrophe(text.charCodeAt(end - 2));
    if (word) {
      const wordEnd = possessive ? end - 2 : end;
      if (pushWord(tokens, text, narrow, i, wordEnd, possessive ? charClasses(text, i, wordEnd) : chars, pendingStart, gap)) capitals?.push(tokens.length - 1);
      else shapes?.add(tokens[tokens.length - 1]!.lower);
      if (determiners && isArticleAt(text, i, wordEnd)) determiners.push(tokens.length - 1);
      if (possessive) pushToken(tokens, text, end - 2, end, 0, gap);
      pendingStart = false;
    } else {
      // A mark (one character): an ASCII one, never a letter here, is its own lower case, with no call to make it.
      const mark = text.slice(i, end);
      pushToken(tokens, text, i, end, 0, gap, mark, code < 128 ? mark : mark.toLowerCase());
      pendingStart = afterPunctuation(code, tokens, i, pendingStart);
    }
    if (glued) pendingStart = true;
    i = end;
  }
  return tokens;
}

/**
 * Whether the word text[start, end) is "the", "a" or "an" in any case, that is, whether its lower case is one of them:
 * by character code, as this runs for every word (a letter's code with bit 32 set is its lower case, and only that
 * letter's two cases give it).
 */
function isArticleAt(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length > 3) return false;
  const a = text.charCodeAt(start) | 32;
  if (length === 1) return a === 97;
  if (length === 2) return a === 97 && (text.charCodeAt(start + 1) | 32) === 110;
  return a === 116 && (text.charCodeAt(start + 1) | 32) === 104 && (text.charCodeAt(start + 2) | 32) === 101;
}

/** The indices of the word tokens "the", "a" and "an" (in any case), in order. */
export function determinerWords(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const lower = tokens[i]!.lower;
    if (tokens[i]!.word && (lower === "the" || lower === "a" || lower === "an")) out.push(i);
  }
  return out;
}

/** What lies between the previous token and the next one: any whitespace, and a line break among it. */
interface Gap {
  spaced: boolean;
  newline: boolean;
}

/**
 * Whether a sentence is pending its first word after the punctuation mark `code` at i (already the last token):
 * it ends at . ! ? (closing quotes may follow) and at a colon or dash that opens a clause. Tested by character code,
 * as this runs for every punctuation mark.
 */
function afterPunctuation(code: number, tokens: Token[], i: number, pendingStart: boolean): boolean {
  switch (code) {
    case 46: { // "." after "Mr" or an initial ("J.") does not end a sentence
      const prev = tokens[tokens.length - 2];
      const abbreviation = prev !== undefined && prev.word && prev.end === i && (isAbbreviation(prev) || isSingleCapital(prev.text));
      return !abbreviation;
    }
    case 33: case 63: case 58: case 59: case 0x2014: case 0x2013: case 124: case 0x2022: // ! ? : ; — – | •
      return true;
    case 34: case 39: case 0x201c: case 0x201d: case 0x2018: case 0x2019: case 40: case 41: case 91: case 93: // quotes, brackets
      return pendingStart;
    default:
      return false;
  }
}

function isSingleCapital(text: string): boolean {
  // A capital outside the BMP is two code units, a surrogate pair; any longer word is more than one letter.
  if (text.length !== 1) return text.length === 2 && isHighSurrogate(text.charCodeAt(0)) && /^[\p{Lu}]$/u.test(text);
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^[\p{Lu}]$/u.test(text);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Whether a run of ASCII letters and digits ending at k is a whole word as wordEndAt finds it: nothing but ASCII
 * follows, and no joiner (' - . &) that a letter or digit follows.
 */
function endsPlainWord(text: string, k: number): boolean {
  const stop = k < text.length ? text.charCodeAt(k) : 32;
  if (stop >= 128) return false;
  if (stop !== 39 && stop !== 45 && stop !== 46 && stop !== 38) return true;
  const after = k + 1 < text.length ? text.charCodeAt(k + 1) : 32;
  return after < 128 && !isAsciiAlnum(after);
}

/**
 * Where the word starting at i ends, or i when none starts there: the end of WORD's match. Words of ASCII letters and
 * digits, joined by ' - . & or the curly apostrophe, soft hyphen or hyphen (most words) are followed by hand; the
 * pattern runs only where a letter or digit beyond ASCII may extend the word.
 */
function wordEndAt(text: string, i: number): number {
  let k = asciiAlnumEnd(text, i);
  if (k === i) return text.charCodeAt(i) < 128 ? i : wordEndByPattern(text, i); // ASCII punctuation or space: no word
  // WORD: a run of letters and digits, then any number of apostrophes followed by letters and of joiners followed by
  // letters or digits.
  for (;;) {
    const c = k < text.length ? text.charCodeAt(k) : 32;
    const apostrophe = c === 39 || c === 0x2019;
    const joiner = c === 45 || c === 0x2010 || c === 46 || c === 38 || c === 0xad;
    if (!apostrophe && !joiner) return c < 128 ? k : wordEndByPattern(text, i); // beyond ASCII: a letter may go on
    const after = k + 1 < text.length ? text.charCodeAt(k + 1) : 32;
    if (after >= 128) return wordEndByPattern(text, i);
    if (apostrophe ? !isAsciiLetter(after) : !isAsciiAlnum(after)) return k; // it joins nothing: the word ends here
    k = apostrophe ? asciiLetterEnd(text, k + 1) : asciiAlnumEnd(text, k + 1);
  }
}

function wordEndByPattern(text: string, i: number): number {
  WORD.lastIndex = i;
  const m = WORD.exec(text);
  return m ? i + m[0].length : i;
}

function asciiAlnumEnd(text: string, k: number): number {
  while (k < text.length && isAsciiAlnum(text.charCodeAt(k))) k++;
  return k;
}

function asciiLetterEnd(text: string, k: number): number {
  while (k < text.length && isAsciiLetter(text.charCodeAt(k))) k++;
  return k;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

function isAsciiAlnum(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** Appends the word text[start, end), whose characters are of the classes `chars` (see charClasses); true when it is capitalised. */
function pushWord(tokens: Token[], text: string, narrow: string, start: number, end: number, chars: number, sentenceStart: boolean, gap: Gap): boolean {
  let flags = IS_WORD;
  if (sentenceStart) flags |= IS_SENTENCE_START;
  if ((chars & NON_ASCII) !== 0) {
    const t = text.slice(start, end);
    // The exact tests, by pattern where need be, for the few words with other characters.
    if (startsCapitalised(t)) flags |= IS_CAP;
    if (isAcronym(t)) flags |= IS_ACRONYM;
    if (lettersOnly(t)) flags |= IS_LETTERS;
    if (startsUpper(t)) flags |= IS_STARTS_UPPER;
    if (isUpperCase(t)) flags |= IS_UPPER_CASE;
    pushToken(tokens, text, start, end, flags, gap, t, t.toLowerCase());
    return (flags & IS_CAP) !== 0;
  }
  const t = narrow.slice(start, end); // ASCII: the same characters, stored in one byte each
  // ASCII: a capital first, else only a glued article ("al-Baghdadi", with its hyphen) makes a capitalised word;
  // an acronym is a capital then capitals or digits; a word of letters has no digit nor joiner.
  const upperFirst = isUpperAscii(text.charCodeAt(start));
  if (upperFirst) flags |= IS_CAP | IS_STARTS_UPPER;
  else if ((chars & JOINER) !== 0 && startsCapitalised(t)) flags |= IS_CAP;
  if (end - start >= 2 && upperFirst && (chars & (LOWER | JOINER)) === 0) flags |= IS_ACRONYM;
  if ((chars & (DIGIT | JOINER)) === 0) flags |= IS_LETTERS;
  if ((chars & LOWER) === 0) flags |= IS_UPPER_CASE;
  if ((chars & JOINER) === 0) flags |= IS_PLAIN;
  // Without a capital the word is its own lower case: no new string.
  pushToken(tokens, text, start, end, flags, gap, t, (chars & UPPER) !== 0 ? t.toLowerCase() : t);
  return (flags & IS_CAP) !== 0;
}

/**
 * The text with every character stored in one byte (those beyond Latin-1 garbled, offsets kept), or the text itself
 * when all fit already. A report with one curly quote is stored in two bytes a character, and so is every piece sliced
 * from it; an ASCII word sliced from this copy is stored in one byte, which every later hash, comparison and
 * lower-casing of it reads faster. Only ASCII words are sliced from it.
 */
function oneByteCopy(text: string): string {
  return BEYOND_LATIN1.test(text) ? Buffer.from(text, "latin1").toString("latin1") : text;
}
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;

/** Appends the token text[start, end) with the facts `flags` (its text and lower case when already made), and starts a new gap. */
function pushToken(tokens: Token[], text: string, start: number, end: number, flags: number, gap: Gap, t = text.slice(start, end), lower = t.toLowerCase()): void {
  const first = tokens.length === 0; // the first token has no gap before it
  if (first || !gap.newline) flags |= IS_SAME_LINE;
  if (!first && gap.spaced) flags |= IS_SPACED;
  tokens.push(new PackedToken(start, end, t, lower, flags));
  gap.spaced = gap.newline = false;
}

// The classes of characters a word holds, one bit each (charClasses).
const UPPER = 1;
const LOWER = 2;
const DIGIT = 4;
/** Any other ASCII character: a joiner such as ' - . & */
const JOINER = 8;
const NON_ASCII = 16;
/** An ASCII lower-case letter right before a capital ("TimesJassely"). */
const LOWER_THEN_UPPER = 32;

/** The class (charClasses) of each ASCII letter and digit, 0 for every other ASCII character. */
const ASCII_CLASSES = (() => {
  const classes = new Uint8Array(128);
  for (let c = 97; c <= 122; c++) classes[c] = LOWER;
  for (let c = 65; c <= 90; c++) classes[c] = UPPER;
  for (let c = 48; c <= 57; c++) classes[c] = DIGIT;
  return classes;
})();

/** Which classes of characters text[start, end) holds, by one pass over its character codes. */
function charClasses(text: string, start: number, end: number): number {
  let chars = 0;
  // (A digit before a capital counts as a lower-case letter here: "Fox 59INDIANAPOLIS" is glued too.)
  let prevLower = false;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    const lower = c >= 97 && c <= 122;
    const digit = c >= 48 && c <= 57;
    if (lower) chars |= LOWER;
    else if (c >= 65 && c <= 90) chars |= prevLower ? UPPER | LOWER_THEN_UPPER : UPPER;
    else if (digit) chars |= DIGIT;
    else chars |= c < 128 ? JOINER : NON_ASCII;
    prevLower = lower || digit;
  }
  return chars;
}

function isUpperAscii(code: number): boolean {
  return code >= 65 && code <= 90;
}

// The yes/no facts of a token, one bit each.
const IS_WORD = 1;
const IS_CAP = 2;
const IS_ACRONYM = 4;
const IS_SENTENCE_START = 8;
const IS_SAME_LINE = 16;
const IS_SPACED = 32;
const IS_LETTERS = 64;
const IS_STARTS_UPPER = 128;
const IS_UPPER_CASE = 256;
const IS_PLAIN = 512;

/**
 * A token with its yes/no facts packed into one number: a report has tens of thousands of tokens, and five fields
 * instead of eleven halve what each costs to allocate and to collect. One class, so property reads stay monomorphic.
 */
class PackedToken implements Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  private readonly flags: number;

  constructor(start: number, end: number, text: string, lower: string, flags: number) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.lower = lower;
    this.flags = flags;
  }

  get word(): boolean {
    return (this.flags & IS_WORD) !== 0;
  }
  get cap(): boolean {
    return (this.flags & IS_CAP) !== 0;
  }
  get acronym(): boolean {
    return (this.flags & IS_ACRONYM) !== 0;
  }
  get sentenceStart(): boolean {
    return (this.flags & IS_SENTENCE_START) !== 0;
  }
  get sameLine(): boolean {
    return (this.flags & IS_SAME_LINE) !== 0;
  }
  get spaced(): boolean {
    return (this.flags & IS_SPACED) !== 0;
  }
  get letters(): boolean {
    return (this.flags & IS_LETTERS) !== 0;
  }
  get startsUpper(): boolean {
    return (this.flags & IS_STARTS_UPPER) !== 0;
  }
  get upperCase(): boolean {
    return (this.flags & IS_UPPER_CASE) !== 0;
  }
  get plain(): boolean {
    return (this.flags & IS_PLAIN) !== 0;
  }
}

function lettersOnly(t: string): boolean {
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k) | 32;
    if (c >= 97 && c <= 122) continue;
    return /^[\p{L}]+$/u.test(t);
  }
  return true;
}

function startsUpper(t: string): boolean {
  const c = t.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^[\p{Lu}]/u.test(t);
}

/** The word equals its upper case (no lower-case letter): ASCII is checked by hand, without a new string. */
function isUpperCase(t: string): boolean {
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c >= 128) return t === t.toUpperCase();
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

function isSpace(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  // Beyond ASCII, what /\s/ matches (the Unicode space separators, the line and paragraph separators and the
  // byte-order mark), by code rather than a pattern on a new string: curly quotes and dashes come here often.
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

function startsCapitalised(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128 && !isArticleFirst(c)) return false;
  if (c < 128) return hyphenAtTwoOrThree(t) && ARTICLE_GLUED.test(t); // "al-", "abu-": lower case first, so no capital
  return /^[\p{Lu}]/u.test(t) || ARTICLE_GLUED.test(t);
}
/** a, b, e, i or u: the letters ARTICLE_GLUED's articles start with (by char code: this runs for every lower-case word). */
function isArticleFirst(c: number): boolean {
  return c === 97 || c === 98 || c === 101 || c === 105 || c === 117;
}

/** The articles ARTICLE_GLUED knows are two or three letters long: without a hyphen after them it cannot match. */
function hyphenAtTwoOrThree(t: string): boolean {
  const c2 = t.charCodeAt(2);
  const c3 = t.charCodeAt(3);
  return c2 === 45 || c2 === 0x2010 || c3 === 45 || c3 === 0x2010;
}

function isAcronym(t: string): boolean {
  if (t.length < 2) return false;
  const c = t.charCodeAt(0);
  if (c < 128 && !(c >= 65 && c <= 90)) return false;
  // ASCII words are checked by hand: capitals and digits only; the pattern runs only where another character occurs.
  for (let k = 1; k < t.length; k++) {
    const d = t.charCodeAt(k);
    if (d >= 128 || c >= 128) return ACRONYM.test(t);
    if (!((d >= 65 && d <= 90) || (d >= 48 && d <= 57))) return false;
  }
  return c < 128 || ACRONYM.test(t);
}
const ACRONYM = /^[\p{Lu}][\p{Lu}\d]+$/u;

const GLUED_SITE = /^[\w.-]*?\.(?:com|net|org|tv)(?=[\p{Lu}])/u;
const GLUED_OK = /^(?:Mc|Mac|O|De|Di|Da|Du|La|Le|Van|Von|Al|El|Abu|Ibn|Bin)$/;
const CAMEL_WORDS = new Set(["YouTube", "WhatsApp", "TikTok", "LinkedIn", "PayPal", "PlayStation", "JavaScript", "BlackRock", "SpaceX", "OpenAI", "DeepMind", "FedEx", "HarperCollins", "PricewaterhouseCoopers", "GlaxoSmithKline", "BuzzFeed", "HuffPost", "DailyMail", "FactCheck", "CrowdStrike"]);

/** Offset where a lower-case run meets a capital inside one word ("TimesJassely" -> 5), or 0. */
function gluedAt(word: string): number {
  if (CAMEL_WORDS.has(word)) return 0;
  // "Fox 59INDIANAPOLIS": a channel's number glued to a dateline in capitals.
  const numbered = /^\d+(?=[A-Z]{3})/.exec(word);
  if (numbered) return numbered[0].length;
  // "FOX2now.comST. LOUIS": a site's address glued to a dateline in capitals.
  if (/[-'’.]/.test(word)) return GLUED_SITE.exec(word)?.[0].length ?? 0;
  const m = /^([\p{Lu}]?[\p{Ll}]{2,})(?=[\p{Lu}])/u.exec(word);
  if (!m || GLUED_OK.test(m[1]!)) return 0;
  return m[1]!.length;
}

/** The longest abbreviation below ("Prof", "Capt"): a longer word is none, without the pattern. */
const ABBREVIATION_LONGEST = 4;

/** True for "Mr." style abbreviations whose full stop does not end a sentence. */
export function isAbbreviation(token: Token): boolean {
  return token.text.length <= ABBREVIATION_LONGEST && /^(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Brig|Adm|Cmdr|Rev|Fr|St|Sen|Rep|Gov|Jr|Sr|No|ST|MT|FT|U\.S|U\.N|U\.K)$/.test(token.text);
}

/**
 * The part of a word before its first hyphen ("SDF" of "SDF-held"), the word itself when it has none: what
 * split(/[-‐]/)[0] gives, by one scan rather than the pattern tried at every character.
 */
export function beforeHyphen(text: string): string {
  let k = 0;
  while (k < text.length && text.charCodeAt(k) !== 45 && text.charCodeAt(k) !== 0x2010) k++;
  return k === text.length ? text : text.slice(0, k);
}

/** A middle initial: one capital letter, a word of its own ("R" of "Joseph R. Biden"). */
export function isInitial(t: Token): boolean {
  return t.word && t.text.length === 1 && t.text >= "A" && t.text <= "Z";
}
