// Pairwise judgement: may two claims be the same quantity, and is there positive evidence that they are?
import type { Claim } from "../doc/document.ts";
import { NO_CUES, PART_OF, readCues, type Cues } from "./context-cues.ts";
import { claimPeriod, eventPeriodsCompatible, stockPeriodsCompatible, type Period } from "./periods.ts";
import { nearby, placeRelation } from "./places.ts";
import { normaliseName, type ReportInfo } from "./report-info.ts";
import { sideOf, subjectGroup, subjectsCompatible, type SubjectGroup } from "./subjects.ts";

/** A claim with everything grouping needs, computed once. */
export interface ClaimFeatures {
  claim: Claim;
  index: number;
  group: SubjectGroup;
  side: string | null;
  period: Period | null;
  /** The day the statement was made: said, else published, else the end of its period. */
  statedOn: string | null;
  /** Who gives the figure: the source's organisation or name, else the report's own voice. */
  origin: string;
  /** The report's independence key (copies and one agency's wires share one). */
  voice: string;
  attributed: boolean;
  cues: Cues;
  text: string | null;
}

/**
 * `firstPublished`: for a syndicated copy, the day its original came out (a copy repeats what was said then);
 * else the report's own date.
 */
export function claimFeatures(claim: Claim, index: number, report: ReportInfo | undefined, voice: string, firstPublished: string | null = report?.published ?? null): ClaimFeatures {
  const text = report?.text ?? null;
  const speaker = claim.source?.org || claim.source?.name || "";
  return {
    claim,
    index,
    group: subjectGroup(claim.subject),
    side: sideOf(claim.text ?? ""),
    period: claimPeriod(claim, report?.published ?? null),
    statedOn: claim.said ?? firstPublished ?? claim.time?.end ?? null,
    origin: speaker ? `source:${speakerKey(speaker)}` : voice,
    voice,
    attributed: !!speaker,
    cues: text ? readCues(text, claim.sentence, claim.span) : NO_CUES,
    text,
  };
}

export interface PairJudgement {
  /** Evidence says they are different quantities. */
  apart: boolean;
  /** Strength of positive evidence that they are one quantity (0 = none). */
  link: number;
  why?: string;
}

const EVENT_CAUSED = new Set(["killed", "wounded"]);
const BODIES = /\b(?:bodies|corpses|remains)\b/i;

function intervalOf(c: Claim): [number, number] | null {
  if (c.value == null && c.low == null && c.high == null) return null;
  const low = c.low ?? (c.qualifier === "max" ? 0 : c.value ?? 0);
  const high = c.high ?? (c.qualifier === "min" ? Infinity : c.value ?? Infinity);
  return [low, high];
}

/** How many times larger the smaller end of one interval is than the top of the other (1 when they overlap). */
function magnitudeGap(a: Claim, b: Claim): number {
  const ia = intervalOf(a), ib = intervalOf(b);
  if (!ia || !ib) return 1;
  const lower = Math.min(ia[1], ib[1]), upper = Math.max(ia[0], ib[0]);
  return lower <= 0 ? (upper > 0 ? Infinity : 1) : Math.max(1, upper / lower);
}

const MAX_CONTEXT_GAP = 5;
/** Two reports' counts of one event rarely differ by more than this factor (beyond their stated ranges). */
const MAX_EVENT_GAP = 3;
/** A stock moves over time, so two reports of it may differ more, but not by an order of magnitude. */
const MAX_STOCK_GAP = 5;

/** Specific statements (not "hundreds") that name one number each. */
function specific(c: Claim): boolean {
  return c.qualifier !== "vague" && c.value != null;
}

export function judgePair(a: ClaimFeatures, b: ClaimFeatures): PairJudgement {
  const ca = a.claim, cb = b.claim;
  if (ca.category !== cb.category) return { apart: true, link: 0, why: "category" };
  if (!subjectsCompatible(a.group, b.group)) return { apart: true, link: 0, why: "subject" };
  if (a.side && b.side && a.side !== b.side) return { apart: true, link: 0, why: "side" };

  const sameDoc = ca.doc === cb.doc;
  let link = a.group === b.group ? 2 : 1;

  // Place: both given -> must agree; one missing, or only a country or province given -> only the same
  // report's context can tie them.
  const relation = ca.place && cb.place ? placeRelation(ca.place, cb.place) : null;
  if (relation === "same") {
    // (Within one report a count of another magnitude is another quantity: the day's toll beside the war's.)
    if (sameDoc && magnitudeGap(ca, cb) > MAX_CONTEXT_GAP) return { apart: true, link: 0, why: "magnitude" };
    link += 3;
  } else if (relation === "different") {
    // One report naming the identical number at two nearby sites (a pocket, its town) is telling one figure twice.
    const restated = sameDoc && specific(ca) && ca.value === cb.value && nearby(ca.place!, cb.place!);
    if (!restated) return { apart: true, link: 0, why: "place" };
    link += 1;
  } else if (sameDoc) {
    // The report's context stands in for the missing place, but not for a number of another magnitude
    // ("a population of millions" is not the thousands still inside the town).
    if (magnitudeGap(ca, cb) > MAX_CONTEXT_GAP) return { apart: true, link: 0, why: "magnitude" };
    link += 1;
  } else {
    link = 0;
  }

  const stock = ca.category === "present";
  if (stock ? !stockPeriodsCompatible(a.period, b.period) : !eventPeriodsCompatible(a.period, b.period, [a.cues.toll, b.cues.toll])) {
    return { apart: true, link: 0, why: "time" };
  }
  if (!sameDoc) {
    // Across reports an undated count is no evidence of one event (a city has many shootings)...
    if (!stock && (!a.period || !b.period)) link = 0;
    // ...and counts far apart are different quantities more often than a disagreement about one.
    if (magnitudeGap(ca, cb) > (stock ? MAX_STOCK_GAP : MAX_EVENT_GAP)) return { apart: true, link: 0, why: "magnitude" };
  }

  if (EVENT_CAUSED.has(ca.category) && a.cues.causes.length && b.cues.causes.length
      && !a.cues.causes.some((cause) => b.cues.causes.includes(cause))) {
    return { apart: true, link: 0, why: "cause" };
  }
  // (People pulled from rubble are not the patients moved between hospitals, though both were "evacuated".)
  if (ca.category === "evacuated" && a.cues.moves.length && b.cues.moves.length && !a.cues.moves.some((m) => b.cues.moves.includes(m))) {
    return { apart: true, link: 0, why: "kind of evacuation" };
  }
  // "12 of the dead were children" is a part of the toll, never a competing total for it.
  if (a.cues.part !== b.cues.part) return { apart: true, link: 0, why: "part of" };
  if (a.cues.aggregate !== b.cues.aggregate && !stock) return { apart: true, link: 0, why: "aggregate" };
  // "recovered 700 bodies" beside "killed at least 2,000": the bodies found so far are a count of their own
  // (the same number may still be one figure: "16 bodies found" and "16 killed").
  if (BODIES.test(ca.text ?? "") !== BODIES.test(cb.text ?? "") && disagree(ca, cb)) return { apart: true, link: 0, why: "bodies recovered" };

  if (sameDoc) {
    const [first, second] = ca.span[0] <= cb.span[0] ? [a, b] : [b, a];
    if (second.cues.distinct) return { apart: true, link: 0, why: "another incident" };
    if (first.claim.sentence[0] === second.claim.sentence[0] && a.text) {
      const between = a.text.slice(first.claim.span[1], second.claim.span[0]);
      if (PART_OF.test(between)) return { apart: true, link: 0, why: "part of" };
    }
    // One report giving two different numbers for one thing does so only when two voices give them
    // (its own and a source's, or two sources).
    // A voice may round its own count ("at least 23" ... "around 30"), but two firm, different numbers from
    // one voice are two quantities.
    const rounded = (ca.qualifier === "approx" || cb.qualifier === "approx") && !disagree(ca, cb);
    // (A figure withdrawn beside its correction, "its earlier figure of 90 ... 70 killed", is one toll told twice.)
    const corrected = a.cues.retracted || b.cues.retracted;
    if (specific(ca) && specific(cb) && ca.value !== cb.value && a.origin === b.origin && !rounded && !corrected) {
      return { apart: true, link: 0, why: "different numbers in one report" };
    }
  }

  if (link > 0 && ca.value != null && ca.value === cb.value) link += 1;
  return { apart: false, link };
}

/** Whether two statements disagree beyond their stated ranges (an "up to" figure reads as its upper part). */
export function disagree(a: Claim, b: Claim): boolean {
  const ia = comparisonInterval(a), ib = comparisonInterval(b);
  if (!ia || !ib) return false;
  return ia[1] < ib[0] || ib[1] < ia[0];
}

function comparisonInterval(c: Claim): [number, number] | null {
  const i = intervalOf(c);
  if (!i) return null;
  // A vague word ("scores", "hundreds") is loose: it disagrees only with a number well outside its range.
  if (c.qualifier === "vague") return [i[0] / 2, i[1] * 2];
  // "Up to 600" is a speaker's top estimate; a count far below it (under three quarters) tells another story.
  if (c.qualifier === "max" && c.low == null && c.value != null) return [0.75 * c.value, i[1]];
  return i;
}

export { intervalOf };

/** "two security sources" and "security sources", "the ministry" and "ministry": one voice, counted once. */
export function speakerKey(speaker: string): string {
  return normaliseName(speaker).replace(/^(?:(?:the|a|an|some|several|two|three|four|five|both|other|local)\s+)+/, "");
}
