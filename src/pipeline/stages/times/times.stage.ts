// Time stage: finds time expressions in sentences that hold figures and resolves them against the
// publication date, with news rules on top of chrono-node: a bare weekday is in the past, "since X" runs
// to publication, "between A and B" and "the past three weeks" are periods.
import * as chrono from "chrono-node";
import type { AnnotatedDoc, TimeMention } from "../../../doc/document.ts";
import type { Stage } from "../../stage.ts";
import { addDays, addMonths, dayOfWeek, iso, parseIso, startOfWeek } from "./dates.ts";

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const COUNT_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, several: 3, few: 3, "a few": 3 };

interface Found {
  start: number;
  end: number;
  from: Date;
  to: Date;
  kind: "point" | "period";
}

// Each pattern is anchored on literal words and bounded repetition, so none can backtrack badly.
const PAST_SPAN = /\b(?:in|over|during|for|within)?\s*(?:the\s+)?(?:past|last|previous|preceding)\s+(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)?\s*(hours?|days?|weeks?|months?|years?)\b/gi;
/** "two days ago", "a week ago": the day that far before publication. */
const AGO = /\b(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(days?|weeks?)\s+ago\b/gi;
const FOR_SPAN = /\bfor\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?|months?)\b/gi;
const RELATIVE = /\b(since the (?:beginning|start) of (?:the|this) (?:year|month)|(?:since|from) the (?:beginning|start) of the week|today|yesterday|tonight|overnight|last night|during the night|this morning|this afternoon|this evening|this week|last week|earlier this week|this month|last month|earlier this month|this year|last year|earlier this year|(?:at|over|during|on)\s+the\s+weekend|this weekend|last weekend|in recent days|in recent weeks|in recent months|recent days|recent weeks)\b/gi;
const WEEKDAY = /\b(?:(?:on|late|early|last|this)\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:\s+(?:morning|afternoon|evening|night))?\b/gi;
const YEAR = /\b(?:in|since|from|by|during|of)\s+(?:(?:early|late|mid-?)\s*)?((?:19|20)\d\d)\b/gi;
const SINCE = /\bsince\s+/gi;
const ABSOLUTE_HINT = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d|\d\s*(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:january|february|march|april|june|july|august|september|october|november|december)\b|\d{1,4}[/-]\d{1,2}[/-]\d{1,4}/i;
const BETWEEN = /\b(between|from)\s+/gi;

/** Time expressions in text[start, end), resolved against `published`. */
export function findTimes(text: string, start: number, end: number, published: Date): TimeMention[] {
  const sentence = text.slice(start, end);
  const found: Found[] = [];
  const add = (s: number, e: number, from: Date, to: Date) => {
    if (to < from) [from, to] = [to, from];
    found.push({ start: start + s, end: start + e, from, to, kind: iso(from) === iso(to) ? "point" : "period" });
  };

  // Absolute dates from chrono, corrected to the past (news reports what has happened).
  // chrono is the costly part: it only runs where a month name or a numeric date could be.
  const absolute = ABSOLUTE_HINT.test(sentence) ? chrono.parse(sentence, { instant: published, timezone: 0 } as chrono.ParsingReference, { forwardDate: false }) : [];
  for (const r of absolute) {
    // Spans of time and weekends are read by our own rules below.
    if (/^\s*(?:past|last|previous)\b/i.test(r.text) || /weekend/i.test(r.text)) continue;
    if (/^(?:for\s+|in\s+|within\s+)?(?:a|an|one|\d+|[a-z]+)\s+(?:days?|weeks?|months?|years?|hours?)\b/i.test(r.text)) continue;
    // "in February 2022, 10,000 civilians": a figure after the date is not part of it.
    const trimmed = r.text.replace(/,\s*\d{1,2}$/, (m) => (/^[\d,]/.test(sentence.slice(r.index + r.text.length)) ? "" : m)).replace(/[\s,.;:]+$/, "");
    let from = utcDay(r.start.date());
    let to = r.end ? utcDay(r.end.date()) : from;
    const known = (c: chrono.Component) => r.start.isCertain(c);
    if (!known("day") && known("month")) {
      // A month alone ("in September") is the whole month, the last one not after publication.
      from = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1));
      if (!known("year") && from > published) from = new Date(Date.UTC(from.getUTCFullYear() - 1, from.getUTCMonth(), 1));
      to = addDays(addMonths(from, 1), -1);
      // "early March", "mid-January", "late October": a third of the month.
      const part = /\b(early|mid-?|late)\s*$/i.exec(sentence.slice(Math.max(0, r.index - 8), r.index));
      if (part) {
        const third = part[1]!.toLowerCase().startsWith("mid") ? 1 : part[1]!.toLowerCase() === "late" ? 2 : 0;
        if (third < 2) to = addDays(from, 10 * third + 9);
        from = addDays(from, 10 * third);
        add(r.index - part[0].length, r.index + trimmed.length, from, to);
        continue;
      }
    } else if (!known("day") && !known("month") && known("weekday")) {
      // A bare weekday: the latest such day not after publication.
      from = lastWeekday(published, from.getUTCDay());
      to = from;
    } else if (known("day") && !known("year") && from > published) {
      from = new Date(Date.UTC(from.getUTCFullYear() - 1, from.getUTCMonth(), from.getUTCDate()));
      to = from;
    } else if (!known("day") && !known("month") && !known("weekday")) {
      continue; // times of day alone ("at one in the morning") say nothing about the date
    }
    add(r.index, r.index + trimmed.length, from, to);
  }

  // Each pattern needs a word of its own; a sentence without that word skips the pattern (same result, far fewer scans).
  const lower = sentence.toLowerCase();
  const has = (...words: string[]) => holdsAny(lower, words);
  if (has("past", "last", "previous", "preceding")) for (const m of sentence.matchAll(PAST_SPAN)) {
    // "last month", "last week" alone name the calendar month or week before (the relative rules below);
    // "the last month", "the past three weeks" are spans up to publication.
    if (!m[1] && /^last\s/i.test(m[0].trimStart()) && !/^(?:hours?|days?)$/i.test(m[2])) continue;
    const n = m[1] ? (COUNT_WORDS[m[1].toLowerCase()] ?? Number(m[1])) : 1;
    const unit = m[2].toLowerCase().replace(/s$/, "");
    const from = unit === "hour" ? addDays(published, -Math.max(1, Math.ceil(n / 24))) : unit === "day" ? addDays(published, -n) : unit === "week" ? addDays(published, -7 * n) : unit === "month" ? addMonths(published, -n) : addMonths(published, -12 * n);
    const lead = m[0].length - m[0].trimStart().length;
    add(m.index! + lead, m.index! + m[0].length, from, published);
  }
  if (has("ago")) for (const m of sentence.matchAll(AGO)) {
    const n = COUNT_WORDS[m[1].toLowerCase()] ?? Number(m[1]);
    const day = addDays(published, -(m[2].toLowerCase().startsWith("week") ? 7 * n : n));
    add(m.index!, m.index! + m[0].length, day, day);
  }
  if (has("for")) for (const m of sentence.matchAll(FOR_SPAN)) {
    const n = COUNT_WORDS[m[0].split(/\s+/)[1].toLowerCase()] ?? Number(m[0].split(/\s+/)[1]);
    const unit = m[1].toLowerCase().replace(/s$/, "");
    const from = unit === "day" ? addDays(published, -n) : unit === "week" ? addDays(published, -7 * n) : addMonths(published, -n);
    add(m.index!, m.index! + m[0].length, from, published);
  }
  if (has("since", "from", "today", "yesterday", "night", "this", "last", "week", "recent")) for (const m of sentence.matchAll(RELATIVE)) {
    const w = m[1].toLowerCase().replace(/\s+/g, " ");
    const [from, to] = relativePeriod(w, published);
    add(m.index!, m.index! + m[0].length, from, to);
  }
  if (has("day")) for (const m of sentence.matchAll(WEEKDAY)) {
    const day = WEEKDAYS.indexOf(m[1].toLowerCase());
    let date = lastWeekday(published, day);
    if (/^last\s/i.test(m[0]) && iso(date) === iso(published)) date = addDays(date, -7);
    let from = date;
    if (/night$/i.test(m[0]) && /overnight|during the night/i.test(sentence)) from = date;
    add(m.index!, m.index! + m[0].length, from, date);
  }
  if (has("19", "20")) for (const m of sentence.matchAll(YEAR)) {
    const year = Number(m[1]);
    const from = new Date(Date.UTC(year, 0, 1));
    const to = year === published.getUTCFullYear() ? published : new Date(Date.UTC(year, 11, 31));
    const at = m.index! + m[0].indexOf(m[1]);
    add(at, at + 4, from, to);
  }

  const resolved = dropOverlaps(found);
  applySinceAndBetween(sentence, start, resolved, published);
  return resolved.map((f) => ({ start: f.start, end: f.end, text: text.slice(f.start, f.end), from: iso(f.from), to: iso(f.to), kind: f.kind }));
}

function holdsAny(lower: string, words: string[]): boolean {
  for (const w of words) if (lower.includes(w)) return true;
  return false;
}

/** "since X" turns X into a period up to publication; "between A and B" joins two dates. */
function applySinceAndBetween(sentence: string, offset: number, found: Found[], published: Date) {
  const lower = sentence.toLowerCase();
  if (lower.includes("since")) for (const m of sentence.matchAll(SINCE)) {
    const after = offset + m.index! + m[0].length;
    // The date may come a few words later: "since it started in 2011", "since the battle began on 9 January".
    const target = found.find((f) => f.start >= after && f.start - after <= 40);
    if (!target) continue;
    if (target.start !== after && !/^[a-z ,]*$/i.test(sentence.slice(after - offset, target.start - offset))) continue;
    target.start = offset + m.index!;
    target.to = published;
    target.kind = "period";
  }
  if (lower.includes("between") || lower.includes("from")) for (const m of sentence.matchAll(BETWEEN)) {
    const after = offset + m.index! + m[0].length;
    const a = found.find((f) => f.start === after);
    if (!a) continue;
    const b = found.find((f) => f !== a && f.start > a.end && f.start - a.end <= 6 && /^\s*(?:and|to|until|-|–)\s*$/i.test(sentence.slice(a.end - offset, f.start - offset)));
    if (!b) continue;
    a.start = offset + m.index!;
    a.end = b.end;
    a.to = b.to;
    a.kind = "period";
    found.splice(found.indexOf(b), 1);
  }
}

function relativePeriod(w: string, published: Date): [Date, Date] {
  const dow = dayOfWeek(published);
  switch (w) {
    case "today": case "tonight": case "this morning": case "this afternoon": case "this evening": return [published, published];
    case "yesterday": return [addDays(published, -1), addDays(published, -1)];
    case "since the beginning of the year": case "since the start of the year": case "since the beginning of this year": case "since the start of this year":
      return [new Date(Date.UTC(published.getUTCFullYear(), 0, 1)), published];
    case "since the beginning of the month": case "since the start of the month": case "since the beginning of this month": case "since the start of this month":
      return [new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth(), 1)), published];
    case "since the beginning of the week": case "since the start of the week": case "from the beginning of the week": case "from the start of the week":
      return [startOfWeek(published), published];
    case "overnight": case "last night": case "during the night": return [addDays(published, -1), published];
    case "this week": case "earlier this week": return [startOfWeek(published), published];
    case "last week": { const s = addDays(startOfWeek(published), -7); return [s, addDays(s, 6)]; }
    case "this month": case "earlier this month": return [new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth(), 1)), published];
    case "last month": { const s = new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth() - 1, 1)); return [s, addDays(addMonths(s, 1), -1)]; }
    case "this year": case "earlier this year": return [new Date(Date.UTC(published.getUTCFullYear(), 0, 1)), published];
    case "last year": return [new Date(Date.UTC(published.getUTCFullYear() - 1, 0, 1)), new Date(Date.UTC(published.getUTCFullYear() - 1, 11, 31))];
    case "in recent days": case "recent days": return [addDays(published, -7), published];
    case "in recent weeks": case "recent weeks": return [addDays(published, -28), published];
    case "in recent months": return [addMonths(published, -3), published];
    case "last weekend": { const sun = lastWeekday(published, 0); const s = iso(sun) === iso(published) ? addDays(sun, -7) : sun; return [addDays(s, -1), s]; }
    default: {
      // "at the weekend", "this weekend": the latest Saturday and Sunday not after publication.
      if (dow === 6) return [published, published];
      const sun = lastWeekday(published, 0);
      return [addDays(sun, -1), sun];
    }
  }
}

function lastWeekday(published: Date, day: number): Date {
  const diff = (dayOfWeek(published) - day + 7) % 7;
  return addDays(published, -diff);
}

function utcDay(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

function dropOverlaps(found: Found[]): Found[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: Found[] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) {
      if (f.end - f.start > last.end - last.start) out[out.length - 1] = f;
      continue;
    }
    out.push(f);
  }
  return out;
}

export const timesStage: Stage = {
  name: "times",
  requires: ["sentences", "numbers"],
  assigns: ["times"],
  run(doc: AnnotatedDoc): AnnotatedDoc {
    const published = doc.meta.published ? parseIso(doc.meta.published) : null;
    if (!published) return { ...doc, times: [] };
    // chrono is costly: only sentences that hold a figure about people (and the one before) are read.
    const wanted = new Set<number>();
    let k = 0;
    for (const n of doc.numbers) {
      if (n.notPeople) continue;
      while (k < doc.sentences.length && doc.sentences[k].end < n.start) k++;
      if (k < doc.sentences.length) {
        wanted.add(k);
        if (k > 0) wanted.add(k - 1);
      }
    }
    const times: TimeMention[] = [];
    for (const i of [...wanted].sort((a, b) => a - b)) {
      const s = doc.sentences[i];
      times.push(...findTimes(doc.text, s.start, s.end, published));
    }
    return { ...doc, times };
  },
};
