// The text as the stages read it: a hard-wrapped paragraph (a press release or an e-mail wrapped at 72 columns, text
// taken from a PDF) has its line breaks turned into spaces, so that "41 people were⏎killed" is one sentence and
// "the Ministry of⏎Justice" one name. Each break becomes as many spaces as it has characters ("\r\n", "\n> "), so
// every offset into the view is the same offset into the text as read; the pipeline puts the text as read back.

import { LIST_ITEM_LINE } from "./stages/list-lines.ts";

/** Lines of at least this share of the wrap width were broken because they were full. */
const FULL_LINE = 0.7;
/** A document is hard-wrapped when this many lines inside paragraphs are full and the width is a wrapped one. */
const WRAPPED_LINES = 3;
const WIDEST_WRAP = 110;
const NARROWEST_WRAP = 35;

/** Lines that open a list item, a table row, a heading, a label or a quote: never joined to the line before. */
const OWN_LINE = /^\s*(?:[-*•–—+|#>]|\d{1,3}[.)]\s|[A-Z][A-Z .'’-]{1,40}:|[\p{Extended_Pictographic}])/u;
/** What ends a sentence at the end of a line: a stop, a colon, a closing quote or bracket after one. */
const SENTENCE_END = /[.!?:;]["”’')\]]*$/;
/** A word no sentence or line of its own ends with. */
const GOES_ON = /(?:^|\s)(?:of|the|and|to|for|in|a|an|by|from|at|on|with|or|its|their|his|her)$/i;
// (Patterns with \p{…} are compiled once here: written inline, the TypeScript loader turns each into `new RegExp(…)`,
// built again on every call.)
const STARTS_LOWER = /^[\p{Ll}]/u;
const HYPHEN_AFTER_LETTER = /[\p{L}]-$/u;
/** One more than the longest word of GOES_ON (its space before). */
const GOES_ON_TAIL = 6;
/** The last words of a line that a figure on the next line goes on from. */
const BEFORE_A_FIGURE = /\s(?:killed|killing|wounded|wounding|injured|injuring|displaced|displacing|evacuated|arrested|detained|rescued|abducted|kidnapped|left|leaving|were|was|are|is|have|has|had|been|about|around|some|nearly|least|than|over|almost|to|including|reached|reaching|rose|risen|stood|stands)$/i;
/** One more than the longest word of BEFORE_A_FIGURE (its space before). */
const BEFORE_A_FIGURE_TAIL = 11;
/** A quoted e-mail's marks at the start of a line ("> ", ">> "). */
const QUOTE_MARKS = /^(?:>+ ?)+/;

interface Line {
  /** Offset of the line's first character. */
  start: number;
  /** Offset just past its last character (before "\r\n" or "\n"). */
  end: number;
  /** The line's text without the e-mail quote marks. */
  body: string;
  /** Length of the quote marks at its start. */
  marks: number;
}

/** The reading view of `text` (the same length), or `text` itself when no line break falls inside a sentence. */
export function readingView(text: string): string {
  text = withoutEmphasisMarks(withoutFootnoteMarks(withSlugsApart(withoutMarkup(text))));
  if (text.indexOf("\n") < 0) return text;
  const lines = splitLines(text);
  const width = wrapWidth(lines);
  let out: string[] | null = null;
  let copied = 0;
  for (let k = 0; k + 1 < lines.length; k++) {
    const line = lines[k]!;
    const next = lines[k + 1]!;
    if (!joins(line, next, width)) continue;
    // The break, and the next line's quote marks, become spaces.
    out ??= [];
    out.push(text.slice(copied, line.end), " ".repeat(next.start + next.marks - line.end));
    copied = next.start + next.marks;
  }
  if (!out) return text;
  out.push(text.slice(copied));
  return out.join("");
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf("\n", start);
    const stop = newline < 0 ? text.length : newline;
    const end = stop > start && text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop;
    const raw = text.slice(start, end);
    const marks = QUOTE_MARKS.exec(raw)?.[0].length ?? 0;
    lines.push({ start, end, body: raw.slice(marks), marks });
    if (newline < 0) return lines;
    start = newline + 1;
  }
}

/**
 * The width the text was wrapped at, or 0 when it was not: the longest of the lines followed by another line of
 * the same paragraph (the 90th percentile, so that one long line does not count), when enough of them come close.
 */
function wrapWidth(lines: Line[]): number {
  const inParagraph: number[] = [];
  // (Lengths of the lines broken in the middle of a sentence: the mark of wrapping, where one-sentence paragraphs on
  // lines of their own end each line with a full stop.)
  const midSentence: number[] = [];
  for (let k = 0; k + 1 < lines.length; k++) {
    const body = lines[k]!.body.trimEnd();
    if (body.length > 0 && lines[k + 1]!.body.trim().length > 0) {
      inParagraph.push(body.length);
      if (!SENTENCE_END.test(body)) midSentence.push(body.length);
    }
  }
  if (inParagraph.length < WRAPPED_LINES) return 0;
  const sorted = [...inParagraph].sort((a, b) => a - b);
  const width = sorted[Math.floor(0.9 * (sorted.length - 1))]!;
  if (width < NARROWEST_WRAP || width > WIDEST_WRAP) return 0;
  const full = inParagraph.filter((n) => n >= FULL_LINE * width && n <= width + 2).length;
  const brokenFull = midSentence.filter((n) => n >= FULL_LINE * width && n <= width + 2).length;
  return full >= WRAPPED_LINES && full >= inParagraph.length / 3 && brokenFull >= 2 ? width : 0;
}

/** Whether the break after `line` is a wrap inside a paragraph rather than the end of a line of its own. */
function joins(line: Line, next: Line, width: number): boolean {
  const body = line.body.trimEnd();
  const nextBody = next.body.trimStart();
  if (body.length === 0 || nextBody.length === 0) return false; // a blank line ends a paragraph
  if (line.marks !== next.marks) return false; // a quoted e-mail's level changes
  // A sentence that goes on in lower case on the next line, wrapped or not ("41 people were⏎killed").
  // (Or whatever comes next after a word that cannot end one: "the Ministry of⏎Justice", "the⏎Haitian National Police".)
  // ("floods killed⏎12 people", "at least⏎12": a figure after a verb or a qualifier that wants one.)
  const goesOn = !SENTENCE_END.test(body) && (STARTS_LOWER.test(nextBody) || GOES_ON.test(lastChars(body, GOES_ON_TAIL)) || (/^\d/.test(nextBody) && BEFORE_A_FIGURE.test(lastChars(body, BEFORE_A_FIGURE_TAIL))));
  // In a wrapped text, a line broken because it was full; one that stopped well short of the width ended there on
  // purpose (a headline, a sign-off, a list's item).
  const full = width > 0 && body.length >= FULL_LINE * width;
  // (Most breaks join nothing: the tests of lines of their own below are left for those that would.)
  if (!goesOn && !full) return false;
  // ("Deaths confirmed: 3,958⏎Missing: 9,000+": a fact box's "Label: N" lines are each their own.)
  if (OWN_LINE.test(next.body) || /^\s*\|/.test(line.body) || (LIST_ITEM_LINE.test(next.body.trimStart()) && LIST_ITEM_LINE.test(line.body.trimStart()))) return false;
  // ("dis-⏎placed": a word hyphenated across the break keeps its hyphen and its break; joining would make two words.)
  if (HYPHEN_AFTER_LETTER.test(body) && STARTS_LOWER.test(nextBody)) return false;
  return true;
}

/**
 * The last `count` characters of a line: the most that GOES_ON and BEFORE_A_FIGURE can match at its end, a space and
 * their longest word (a line longer than that cannot be all one such word, which their "^" would also take).
 */
function lastChars(body: string, count: number): string {
  return body.length > count ? body.slice(body.length - count) : body;
}

/**
 * A wire headline's slug glued by a hyphen ("UPDATE 2-At least 40 killed", "EXCLUSIVE-Dozens of fighters") is read
 * with a space for the hyphen, so the headline's first words are words of their own.
 */
function withSlugsApart(text: string): string {
  if (!SLUG_HINT.test(text)) return text;
  return text.replace(GLUED_SLUG, (slug) => `${slug.slice(0, -1)} `);
}
const SLUG_WORDS = "UPDATE|WRAPUP|EXCLUSIVE|BREAKING|REFILE|CORRECTED|RPT|INSIGHT|ANALYSIS|FACTBOX|TIMELINE|FEATURE|URGENT|FLASH|WRAP";
const SLUG_HINT = new RegExp(`(?:${SLUG_WORDS})(?: \\d+)?-`);
const GLUED_SLUG = new RegExp(`(?<=^|\\n)(?:${SLUG_WORDS})(?: \\d+)?-(?=\\p{Lu}|\\d)`, "gu");

/**
 * Footnote marks after a word or a stop ("were killed.⁵ Around thirty", "killed[3]", "the Committee.⁴") are read as
 * spaces: a superscript after a full stop would otherwise hide the end of its sentence.
 */
function withoutFootnoteMarks(text: string): string {
  if (!mayHoldFootnoteMark(text)) return text;
  return text.replace(FOOTNOTE_MARK, (m) => " ".repeat(m.length));
}

/**
 * Whether a superscript digit, or "[" then a digit after a word or a stop, stands anywhere in the text. (Found from
 * each "[" rather than by a pattern starting with the class of what may precede it, which is tried at every offset.)
 */
function mayHoldFootnoteMark(text: string): boolean {
  if (SUPERSCRIPT_DIGIT.test(text)) return true;
  for (let i = text.indexOf("[", 1); i >= 0; i = text.indexOf("[", i + 1)) {
    const next = text.charCodeAt(i + 1);
    // (Two characters before: a letter outside the first plane is a pair of them.)
    if (next >= 48 && next <= 57 && MARK_BEFORE_BRACKET.test(text.slice(Math.max(0, i - 2), i))) return true;
  }
  return false;
}
const SUPERSCRIPT_DIGIT = /[¹²³⁴⁵⁶⁷⁸⁹⁰]/;
const MARK_BEFORE_BRACKET = /[\p{L}.,;:)"”’]$/u;
const FOOTNOTE_MARK = /(?<=[\p{L}.,;:!?)"”’])(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|\[\d{1,3}\])(?=[\s.,;:!?)"”’]|$)/gu;

/**
 * HTML left inside a record's text (scraped collections keep it): each tag is read as spaces, a block's tag as a line
 * break, a blank line, and spaces ("<p>", "</li>", "<br>"), and a character reference as its character and spaces, so "<li>438 people
 * kidnapped</li><li>95,000 fled</li>" is two lines, and the offsets stay those of the text as given.
 */
function withoutMarkup(text: string): string {
  if (!MARKUP_HINT.test(text)) return text;
  return text
    // (A block's break is a blank line, so no wrapped line is joined across it.)
    .replace(TAG, (tag, name: string) => (BLOCK_TAGS.has(name.toLowerCase()) ? `\n\n${" ".repeat(tag.length - 2)}` : " ".repeat(tag.length)))
    .replace(CHARACTER_REFERENCE, (ref, named: string | undefined, decimal: string | undefined, hex: string | undefined) => {
      const char = named ? NAMED_CHARACTERS[named.toLowerCase()] : String.fromCodePoint(decimal ? Number(decimal) : parseInt(hex!, 16));
      // (A character outside the first plane is two code units: it may stand only where the reference is long enough.)
      return char && char.length < ref.length ? char + " ".repeat(ref.length - char.length) : ref;
    });
}
const MARKUP_HINT = /<\/?(?:p|br|li|ul|ol|div|span|a|strong|em|b|i|h[1-6]|blockquote|table|tr|td|th)\b[^<>]*>[^]*<\/?(?:p|br|li|ul|ol|div|span|a|strong|em|b|i|h[1-6]|blockquote|table|tr|td|th)\b[^<>]*>/i;
const TAG = /<\/?([a-z][a-z0-9]*)\b[^<>]{0,400}>/gi;
const BLOCK_TAGS = new Set(["p", "br", "li", "ul", "ol", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "tr", "section", "article", "header", "footer", "figure", "figcaption"]);
const CHARACTER_REFERENCE = /&(?:([a-z]{2,8})|#(\d{2,7})|#x([0-9a-f]{2,6}));/gi;
const NAMED_CHARACTERS: Record<string, string> = { amp: "&", nbsp: " ", quot: '"', apos: "'", lt: "<", gt: ">", mdash: "—", ndash: "–", rsquo: "’", lsquo: "‘", ldquo: "“", rdquo: "”", hellip: "…" };

/**
 * Markdown's emphasis marks around words ("relocated **350 people** with disabilities", "__12__ killed") are read as
 * spaces, so the words within are read with those around them.
 */
function withoutEmphasisMarks(text: string): string {
  if (!EMPHASIS_HINT.test(text)) return text;
  return text.replace(EMPHASIS, (whole, marks: string) => `${" ".repeat(marks.length)}${whole.slice(marks.length, whole.length - marks.length)}${" ".repeat(marks.length)}`);
}
const EMPHASIS_HINT = /\*\*|__/;
const EMPHASIS = /(\*\*|__)(?=[^\s*_])[^*_\n]{1,200}?(?<=[^\s*_])\1/g;
