// Sentence stage: splits text into sentence spans, in one linear pass (no backtracking patterns).
import type { AnnotatedDoc, Span } from "../../../doc/document.ts";
import type { Stage } from "../../stage.ts";
import lexicon from "./abbreviations.json" with { type: "json" };

const ABBREVIATIONS = new Set([...lexicon.titles, ...lexicon.months, ...lexicon.other]);
/** Short words that end with a stop only before a number: "c. 300", "ca. 40". */
const BEFORE_NUMBERS = new Set(lexicon.beforeNumbers);
/** Longest sentence we keep whole; longer runs (tables, number dumps) are cut at a space. */
export const MAX_SENTENCE = 1500;

const CLOSERS = new Set(['"', "”", "’", "'", ")", "]", "»"]);

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && isSpace(text.charCodeAt(s))) s++;
    let e = end;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    // Very long runs are cut so later stages stay linear and bounded.
    while (e - s > MAX_SENTENCE) {
      let cut = s + MAX_SENTENCE;
      const floor = s + (MAX_SENTENCE >> 1);
      while (cut > floor && text[cut] !== " ") cut--; // look back a bounded distance only
      if (cut <= floor) cut = s + MAX_SENTENCE;
      spans.push({ start: s, end: cut });
      s = cut;
      while (s < e && isSpace(text.charCodeAt(s))) s++;
    }
    if (e > s) spans.push({ start: s, end: e });
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    // Jump to the next character that may end a sentence: the pattern passes over the rest faster than a loop.
    MAY_END.lastIndex = i;
    if (!MAY_END.test(text)) break;
    i = MAY_END.lastIndex - 1;
    const c = text[i];
    if (c === "\n") {
      push(i);
      start = i + 1;
      continue;
    }
    if (c !== "." && c !== "!" && c !== "?") continue;
    let j = i + 1;
    while (j < n && (text[j] === "." || text[j] === "!" || text[j] === "?")) j++;
    while (j < n && CLOSERS.has(text[j])) j++;
    if (j >= n) continue;
    // ("Deaths ........ 99": a fact box's dot leader runs to the figure ending its line, no sentence's end.)
    if (c === "." && j - i >= 3 && figureEndsLine(text, j)) {
      i = j - 1;
      continue;
    }
    const next = text[j];
    if (isSpace(next.charCodeAt(0))) {
      let k = j;
      while (k < n && (text[k] === " " || text[k] === "\t")) k++;
      if (k < n && text[k] !== "\n" && !startsSentence(text, k)) continue;
      if (c === "." && (isAbbreviation(text, i) || (isDigit(text[k]) && BEFORE_NUMBERS.has(wordBefore(text, i))))) continue;
      push(j);
      start = j;
      i = j - 1;
    } else if (c === "." && j === i + 1 && isUpper(next) && i >= 2 && isLower(text[i - 1]) && isLower(text[i - 2]) && j + 1 < n && isLower(text[j + 1])) {
      // Crawled pages glue sentences: "on the west side.Rockford police said".
      if (isAbbreviation(text, i) || looksLikeDomain(text, i)) continue;
      push(j);
      start = j;
      i = j - 1;
    }
  }
  push(n);
  return spans;
}

/** After a run of dots: spaces, then only a figure ("99", "4,500") up to the end of the line. */
function figureEndsLine(text: string, j: number): boolean {
  let k = j;
  while (text[k] === " " || text[k] === "\t") k++;
  if (k === j || !isDigit(text[k] ?? "")) return false;
  while (k < text.length && (isDigit(text[k]!) || text[k] === "," || text[k] === ".")) k++;
  while (text[k] === " " || text[k] === "\t" || text[k] === "\r") k++;
  return k >= text.length || text[k] === "\n";
}

/** The characters where a sentence may end: a line break, or a stop, exclamation or question mark. */
const MAY_END = /[\n.!?]/g;

function startsSentence(text: string, k: number): boolean {
  const ch = text[k];
  return isUpper(ch) || isDigit(ch) || ch === '"' || ch === "“" || ch === "‘" || ch === "'" || ch === "(" || ch === "[" || ch === "—" || ch === "-";
}

function isAbbreviation(text: string, dot: number): boolean {
  const word = wordBefore(text, dot);
  if (!word) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital initial: "J. Smith", "Abu M. Ali"; or initials run together: "V.K. Birdi".
  return (word.length === 1 && isUpper(text[dot - 1])) || (INITIALS.test(word) && isUpper(text[dot - 1]));
}

const INITIALS = /^(?:[a-z]\.)+[a-z]$/;

/** The lower-cased word (letters and inner stops) ending at the stop. */
function wordBefore(text: string, dot: number): string {
  let s = dot;
  while (s > 0 && /[A-Za-z.]/.test(text[s - 1])) s--;
  return text.slice(s, dot).toLowerCase();
}

function looksLikeDomain(text: string, dot: number): boolean {
  const tail = text.slice(dot + 1, dot + 5).toLowerCase();
  return /^(com|org|net|gov|edu|co\b|uk\b|io\b)/.test(tail);
}

const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13 || code === 160;
const isUpper = (ch: string) => ch >= "A" && ch <= "Z";
const isLower = (ch: string) => ch >= "a" && ch <= "z";
const isDigit = (ch: string) => ch >= "0" && ch <= "9";

export const sentencesStage: Stage = {
  name: "sentences",
  requires: [],
  assigns: ["sentences"],
  run(doc: AnnotatedDoc): AnnotatedDoc {
    return { ...doc, sentences: splitSentences(doc.text) };
  },
};
