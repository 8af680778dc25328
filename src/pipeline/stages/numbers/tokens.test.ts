// Number tokens: the hand-cut ASCII fast path must cut exactly the tokens the token pattern alone would.
import { test } from "node:test";
import assert from "node:assert/strict";
import { tokenize, type Token } from "./tokens.ts";

// The tokenizer as it was before the fast path: the pattern alone, with the same post-processing.
const TOKEN = /[\p{L}\p{N}]+(?:(?:[-'’\u00AD][\p{L}\p{N}]+)|(?:[.,](?=\p{N})\p{N}+)|(?:\.(?=\p{L}\.)\p{L}))*\.?|[$£€%]|[^\s\p{L}\p{N}]/gu;
function byPattern(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const make = (t: string, s: number): Token => ({ text: t, lower: t.toLowerCase().replace(/’/g, "'").replace(/\u00AD/g, ""), start: s, end: s + t.length });
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(TOKEN)) {
    let word = m[0];
    let s = start + m.index!;
    const glue = s > 0 && text[s - 1] === "." ? /^(com|org|net|gov|edu|tv|news)(?=\p{Lu})/u.exec(word) : null;
    if (glue) {
      out.push(make(word.slice(0, glue[1].length), s));
      word = word.slice(glue[1].length);
      s += glue[1].length;
    }
    if (word.length > 1 && word.endsWith(".") && !/\.\p{L}\.$/u.test(word)) {
      word = word.slice(0, -1);
      out.push(make(word, s), make(".", s + word.length));
      continue;
    }
    const camel = word.length >= 6 && /^\p{Lu}/u.test(word) ? /^(\p{Lu}\p{Ll}{3,})(\p{Lu}\p{Ll}+)$/u.exec(word) : null;
    if (camel) out.push(make(camel[1], s), make(camel[2], s + camel[1].length));
    else out.push(make(word, s));
  }
  return out;
}

test("joiners, stops, abbreviations and glued words cut as the pattern cuts them", () => {
  const samples = [
    "The U.S. army said 1,200 people, including 3.5 percent of the town's children, fled at 5 a.m. on Monday.",
    "Officials in Dar'a and al-Bab counted 40 wounded - some badly - and two dead.",
    "abc7.comThree men were hurt; the Daily TimesMaria Lopez report says 12–15 died.",
    "Café owners in Zürich said €30 000 was raised; 50% of “the victims” were under 18’s age.",
    "end.Next word, trailing-",
    "Al-Bab's 1,200.5 dead — “U.S.-led” strikes, 3.5km x.-y x,y 5,a o'clock.",
  ];
  for (const text of samples) assert.deepEqual(tokenize(text), byPattern(text), text);
  const words = tokenize("1,200 people, U.S. a.m. end.").map((t) => t.text);
  assert.deepEqual(words, ["1,200", "people", ",", "U.S.", "a.m.", "end", "."]);
});

test("random strings of letters, digits, joiners and non-ASCII characters cut alike", () => {
  const pieces = ["a", "Z", "x", "7", "0", "-", "'", "’", ".", ",", "$", "%", "€", " ", "\n", "\t", "\u00a0", "\u00ad", "é", "Ü", "٣", "😀", "(", "“", "com", "Times", "Erik", "U.S.", "3.5", "1,000", "—", "…", "U.S", "a.b", "x-"];
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  for (let n = 0; n < 20000; n++) {
    let text = "";
    const length = 1 + Math.floor(next() * 20);
    for (let k = 0; k < length; k++) text += pieces[Math.floor(next() * pieces.length)];
    const start = Math.min(text.length, Math.floor(next() * 3));
    const end = Math.max(start, text.length - Math.floor(next() * 2));
    assert.deepEqual(tokenize(text, start, end), byPattern(text, start, end), JSON.stringify(text));
  }
});

test("a soft hyphen inside a word joins its halves; the lower-case form drops it", () => {
  const tokens = tokenize("shot his neigh\u00ADbor in the knee\u00ADcap");
  assert.deepEqual(tokens.map((t) => t.lower), ["shot", "his", "neighbor", "in", "the", "kneecap"]);
  assert.equal(tokens[2]!.text, "neigh\u00ADbor");
});
