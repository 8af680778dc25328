// One group of claims -> a figure record: range now, latest value, dated history, grade and conflicts.
import type { FigureHistoryPoint, FigureRecord } from "../store/store.ts";
import { disagree, type ClaimFeatures } from "./compatibility.ts";
import { dayNumber } from "./periods.ts";
import { placeKey } from "./places.ts";
import type { ReportInfo } from "./report-info.ts";
import { figureSubject } from "./subjects.ts";

/** A stock's "now" is what was said within this many days of its latest statement. */
const STOCK_NOW_DAYS = 14;
/** At most this many conflicts are spelled out per figure (the most recent ones). */
const MAX_CONFLICTS = 5;

const byStatement = (a: ClaimFeatures, b: ClaimFeatures) =>
  (a.statedOn ?? "9999").localeCompare(b.statedOn ?? "9999") || a.claim.doc.localeCompare(b.claim.doc) || a.claim.span[0] - b.claim.span[0];

export function summariseFigure(id: string, given: ClaimFeatures[], reports: Map<string, ReportInfo>): FigureRecord {
  const members = withVoicesMerged(given);
  const ordered = [...members].sort(byStatement);
  const independent = independence(ordered, reports);
  const told = new Map(ordered.map((f) => [f, toldOn(f)]));
  const history: FigureHistoryPoint[] = ordered.map((f, i) => ({
    date: told.get(f)!,
    value: f.claim.value,
    low: f.claim.low,
    high: f.claim.high,
    qualifier: f.claim.qualifier,
    source: f.claim.source?.name ?? f.claim.source?.org ?? null,
    outlet: outletOf(reports.get(f.claim.doc)),
    doc: f.claim.doc,
    span: f.claim.span,
    independent: independent[i]!,
  })).map((point, i) => ({ point, i })).sort((x, y) => (x.point.date ?? "9999").localeCompare(y.point.date ?? "9999") || x.i - y.i).map((x) => x.point);

  const moving = isMoving(members);
  // A figure its source withdrew or corrected stays in the history but counts for nothing now, nor as a disagreement.
  // (So does the same value stated on or before the day it was withdrawn, by anyone: "revised the toll down to 27, from
  // its earlier figure of 31" supersedes the 31 the headlines carried.)
  const withdrawn = ordered.filter((f) => f.cues.retracted && f.claim.value != null);
  const superseded = (f: ClaimFeatures) => f.cues.retracted || withdrawn.some((w) => w.claim.value === f.claim.value && f.claim.category === w.claim.category && (told.get(f) ?? "") <= (told.get(w) ?? "9999"));
  const standing = ordered.filter((f) => !superseded(f));
  const now = currentStatements(standing.length ? standing : ordered, moving);
  // Vague words ("hundreds") only widen the range when nobody gave a number.
  const numbered = now.filter((f) => f.claim.qualifier !== "vague");
  const ranged = numbered.length ? numbered : now;
  const lows = ranged.map((f) => f.claim.low ?? f.claim.value).filter((v): v is number => v != null);
  const highs = ranged.map((f) => f.claim.high ?? (f.claim.qualifier === "min" ? null : f.claim.value)).filter((v): v is number => v != null && Number.isFinite(v));
  // "At least N" leaves the top open: the figure's high is unbounded when no statement closes it above N.
  const floors = ranged.filter((f) => f.claim.qualifier === "min" && f.claim.high == null).map((f) => f.claim.value ?? f.claim.low ?? 0);
  const high = highs.length && !floors.some((v) => v > Math.max(...highs)) ? Math.max(...highs) : null;
  const current = standing.length ? standing : ordered;
  const latestPoint = latestStatement([...current].sort((a, b) => (told.get(a) ?? "9999").localeCompare(told.get(b) ?? "9999") || byStatement(a, b)), told);
  const conflicts = findConflicts(standing, reports, moving);
  const independents = ordered.filter((f, i) => independent[i] && (!standing.length || !superseded(f)));
  const origins = new Set(independents.map((f) => f.origin));
  // Agreement counts as corroboration between two reports (not copies, not one agency's wire), or between
  // two named sources; a report's own words beside the source it paraphrases are not a second voice.
  const reportsAgreeing = new Set(independents.map((f) => f.voice)).size;
  const sourcesAgreeing = new Set(independents.filter((f) => f.attributed).map((f) => f.origin)).size;
  const corroborated = origins.size >= 2 && (reportsAgreeing >= 2 || sourcesAgreeing >= 2);

  return {
    id,
    category: members[0]!.claim.category,
    subject: figureSubject(members.map((m) => m.group)),
    place: figurePlace(members),
    low: lows.length ? Math.min(...lows) : null,
    best: bestValue(now),
    high,
    grade: conflicts.length ? "contested" : corroborated ? "corroborated" : "single source",
    latest: { value: latestPoint.claim.value, date: told.get(latestPoint)! },
    members: [...members].sort((a, b) => a.index - b.index).map((f) => ({ doc: f.claim.doc, span: f.claim.span })),
    history,
    conflicts,
  };
}

/** Words that name no one: "the ministry", "Ministry of Health" and "health ministry" say the same. */
const VOICE_FILLER = new Set(["the", "of", "a", "an", "and", "for", "in", "on", "s"]);

/** A named voice as a set of word stems, whatever their order: "Ministry of Health" and "the health ministry" are equal. */
function voiceWords(origin: string): Set<string> {
  return new Set(origin.replace(/^source:/, "").toLowerCase().replace(/['’]s\b/g, "").split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !VOICE_FILLER.has(w)).map((w) => w.slice(0, 5)));
}

const within = (small: Set<string>, large: Set<string>) => small.size > 0 && [...small].every((w) => large.has(w));

/**
 * One source named several ways across a figure's reports ("the health ministry", "Sudan's health ministry",
 * "Ministry of Health"; "Red Crescent" and "Sudanese Red Crescent Society") is one voice: its rising count is an
 * update, and its two wordings are no corroboration. A name joins the fuller name its words all fall within, only
 * when exactly one fuller name fits ("the ministry" beside both a health and an interior ministry stays itself).
 */
export function mergedVoices(origins: string[]): Map<string, string> {
  const named = [...new Set(origins.filter((o) => o.startsWith("source:")))].sort();
  const words = new Map(named.map((o) => [o, voiceWords(o)]));
  const merged = new Map<string, string>();
  // Equal word sets are one voice; the first name in order stands for them.
  const classes: string[] = [];
  for (const o of named) {
    const same = classes.find((c) => within(words.get(c)!, words.get(o)!) && within(words.get(o)!, words.get(c)!));
    if (same) merged.set(o, same);
    else classes.push(o);
  }
  for (const c of classes) {
    const fuller = classes.filter((d) => d !== c && words.get(d)!.size > words.get(c)!.size && within(words.get(c)!, words.get(d)!));
    // (Only the fullest names take others in, so a chain "ministry" < "health ministry" < "Sudan health ministry" ends in one.)
    const fullest = fuller.filter((d) => !fuller.some((e) => e !== d && within(words.get(d)!, words.get(e)!)));
    if (fullest.length === 1) merged.set(c, fullest[0]!);
  }
  for (const [o, to] of merged) merged.set(o, merged.get(to) ?? to);
  return merged;
}

function withVoicesMerged(members: ClaimFeatures[]): ClaimFeatures[] {
  const merged = mergedVoices(members.filter((f) => f.attributed).map((f) => f.origin));
  return members.map((f) => (merged.has(f.origin) ? { ...f, origin: merged.get(f.origin)! } : f));
}

/** A report telling a day this many days before it came out is recapping it ("On Monday, 12 people were killed…" on Thursday). */
const RECAP_DAYS = 2;

/**
 * The day a statement stands for in the figure's timeline: the day it was made, except for a recap, which stands for
 * the day it tells (its claim's time is already resolved; only the report's date would place it days too late).
 * A source's own date ("said on Tuesday") is kept: that is when the figure was given; so is a toll's ("the toll from
 * Monday's shelling rose to 61"): it is the count as it stood when said, not Monday's.
 */
export function toldOn(f: ClaimFeatures): string | null {
  const period = f.period, stated = dayNumber(f.statedOn), told = f.claim.time?.end?.slice(0, 10);
  if (f.claim.said || f.cues.toll || !period?.explicit || stated == null || !told) return f.statedOn;
  const oneDay = period.end - period.start <= 1;
  return oneDay && stated - period.end >= RECAP_DAYS ? told : f.statedOn;
}

/** The last statement of the latest day, preferring one that gave a number over a vague word said the same day. */
function latestStatement(ordered: ClaimFeatures[], told: Map<ClaimFeatures, string | null>): ClaimFeatures {
  const last = ordered[ordered.length - 1]!;
  const sameDay = ordered.filter((f) => told.get(f) === told.get(last) && f.claim.value != null);
  return sameDay[sameDay.length - 1] ?? last;
}

function outletOf(report: ReportInfo | undefined): string | null {
  return report?.outlet ?? report?.agency ?? null;
}

/**
 * A statement is not independent when it repeats what the same voice already said (the same value from
 * the same source or the same wire), or sits in a syndicated copy of another member's report.
 */
function independence(ordered: ClaimFeatures[], reports: Map<string, ReportInfo>): boolean[] {
  const docs = new Set(ordered.map((f) => f.claim.doc));
  const seen = new Set<string>();
  return ordered.map((f) => {
    const copies = reports.get(f.claim.doc)?.copyOf ?? [];
    const key = `${f.origin}|${f.claim.value}|${f.claim.qualifier}|${f.claim.low}|${f.claim.high}`;
    // (A report that gives its figure in the headline and again in the lead states it once, however it names the voice:
    // "Libyan coastguard says 40 died" then "Libya's coastguard said 40 migrants died".)
    // (Two named voices in one report that agree still corroborate each other.)
    const inReport = `${f.claim.doc}|${f.claim.value}|${f.attributed ? voiceStem(f.origin) : ""}`;
    // (A headline's unnamed figure before the lead that names its voice is that voice's statement, told once.)
    const namedLater = !f.attributed && f.claim.value != null && ordered.some((g) => g !== f && g.attributed && g.claim.doc === f.claim.doc && g.claim.value === f.claim.value);
    const repeat = seen.has(key) || (f.claim.value != null && seen.has(inReport)) || namedLater || copies.some((d) => docs.has(d));
    seen.add(key);
    seen.add(inReport);
    if (f.attributed) seen.add(`${f.claim.doc}|${f.claim.value}|`); // an unnamed restatement after a named one repeats it
    return !repeat;
  });
}

/** A voice's name reduced to the stems of its words: "Libya's coastguard" and "Libyan coastguard" are one. */
function voiceStem(origin: string): string {
  return origin.toLowerCase().replace(/['’]s\b/g, "").split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && w !== "the").map((w) => w.slice(0, 5)).join(" ");
}

/** Running totals ("since January") shorter than this are single events. */
const RUNNING_TOTAL_DAYS = 7;

/**
 * A figure that moves over time: a stock (people present) or a running total. Its old values are history,
 * not disagreement, and its "now" is what was said lately.
 */
function isMoving(members: ClaimFeatures[]): boolean {
  return members[0]!.claim.category === "present"
    || members.some((m) => m.period?.explicit && m.period.end - m.period.start + 1 >= RUNNING_TOTAL_DAYS)
    // ("the death toll rose to 19" on Sunday, "had risen to 27" on Tuesday: a toll told as it stood moves.)
    || members.some((m) => m.cues.toll);
}

/** Each voice's statements of its latest day; for a moving figure only those near the latest date (older ones are history). */
function currentStatements(ordered: ClaimFeatures[], stock: boolean): ClaimFeatures[] {
  const lastDay = new Map<string, string | null>();
  for (const f of ordered) lastDay.set(f.origin, f.statedOn);
  let now = ordered.filter((f) => f.statedOn === lastDay.get(f.origin));
  if (stock) {
    const last = Math.max(...now.map((f) => dayNumber(f.statedOn) ?? -Infinity));
    if (Number.isFinite(last)) now = now.filter((f) => (dayNumber(f.statedOn) ?? last) >= last - STOCK_NOW_DAYS);
    // (A toll one voice gave, that another has since told grown, is history: "19" on Sunday, "27" on Tuesday.)
    if (now[0]?.claim.category !== "present") {
      const grown = (f: ClaimFeatures) => now.some((g) => (dayNumber(g.statedOn) ?? -Infinity) > (dayNumber(f.statedOn) ?? Infinity) && (g.claim.low ?? g.claim.value ?? 0) > (f.claim.high ?? f.claim.value ?? Infinity));
      const kept = now.filter((f) => !grown(f));
      if (kept.length) now = kept;
    }
  }
  return now.sort(byStatement);
}

function midpoint(f: ClaimFeatures): number | null {
  const { low, high, value, qualifier } = f.claim;
  if (value != null && qualifier !== "range") return value;
  if (low != null && high != null) return Math.round((low + high) / 2);
  return low ?? high ?? null;
}

/**
 * The most recent exact or approximate value; else the median of the bounded statements' middles; null
 * when only vague words ("hundreds") were said: a made-up middle would read as a reported number.
 */
function bestValue(now: ClaimFeatures[]): number | null {
  const precise = now.filter((f) => (f.claim.qualifier === "exact" || f.claim.qualifier === "approx") && f.claim.value != null);
  if (precise.length) {
    // Each voice's latest number (a voice named two ways, "Libya's coastguard" and "Libyan coastguard", is one); where
    // voices differ, the middle one of them, a number someone gave rather than one made up between them, and not
    // whichever happened to be listed last. Of two middles, the one said later.
    const byVoice = new Map<string, ClaimFeatures>();
    // (A report's own words restating the source it names, a headline's "73", are that source's voice, not another.)
    const restates = (f: ClaimFeatures) => !f.attributed && precise.some((g) => g.attributed && g.claim.doc === f.claim.doc && g.claim.value === f.claim.value);
    for (const f of precise) if (!restates(f)) byVoice.set(f.attributed ? voiceStem(f.origin) : f.origin, f);
    const latest = [...byVoice.values()].sort((a, b) => a.claim.value! - b.claim.value!);
    if (latest.length % 2) return latest[(latest.length - 1) / 2]!.claim.value;
    const [lower, upper] = [latest[latest.length / 2 - 1]!, latest[latest.length / 2]!];
    return (lower.statedOn ?? "") > (upper.statedOn ?? "") ? lower.claim.value : upper.claim.value;
  }
  const middles = now.filter((f) => f.claim.qualifier !== "vague").map(midpoint).filter((v): v is number => v != null).sort((a, b) => a - b);
  if (!middles.length) return null;
  const k = Math.floor(middles.length / 2);
  return middles.length % 2 ? middles[k]! : Math.round((middles[k - 1]! + middles[k]!) / 2);
}

function figurePlace(members: ClaimFeatures[]): FigureRecord["place"] {
  const counts = new Map<string, { n: number; place: NonNullable<FigureRecord["place"]> }>();
  for (const m of members) {
    const p = m.claim.place;
    if (!p) continue;
    const key = placeKey(p);
    const entry = counts.get(key) ?? { n: 0, place: { name: p.name, lat: p.lat, lon: p.lon } };
    entry.n += 1;
    if (entry.place.lat == null && p.lat != null) entry.place = { name: p.name, lat: p.lat, lon: p.lon };
    // A dateline's capitals ("DIKWA") read worse than the name as written in a sentence.
    if (entry.place.name === entry.place.name.toUpperCase() && p.name !== p.name.toUpperCase()) entry.place = { ...entry.place, name: p.name };
    counts.set(key, entry);
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n || Number(b.place.lat != null) - Number(a.place.lat != null))[0];
  if (!best) return null;
  const name = best.place.name;
  // Only a dateline gave it ("DIKWA"): show it as a name, keeping short acronyms ("UK", "DRC").
  const shown = name.length > 3 && name === name.toUpperCase() && /[A-Z]/.test(name)
    ? name.toLowerCase().replace(/(^|[\s'-])[\p{L}]/gu, (m) => m.toUpperCase())
    : name;
  return { ...best.place, name: shown };
}

/** Pairs of voices whose statements disagree beyond their stated ranges, told the way a reader would say it. */
/** Statements this many days apart are simultaneous: a running total cannot honestly differ between them. */

/**
 * For a moving figure, values said on different days are an update, not a disagreement: a stock disagrees only within
 * STOCK_NOW_DAYS, and a running total or a toll only when said on the same day or when it shrinks.
 */
function movingDisagreement(earlier: ClaimFeatures, later: ClaimFeatures): boolean {
  const gap = Math.abs((dayNumber(later.statedOn) ?? 0) - (dayNumber(earlier.statedOn) ?? 0));
  if (earlier.claim.category === "present") return gap <= STOCK_NOW_DAYS;
  // (A day or more later, a larger count is the total grown, whoever gives it; only a smaller one disagrees.)
  if (gap === 0) return true;
  const before = earlier.claim.low ?? earlier.claim.value, after = later.claim.high ?? later.claim.value;
  return before != null && after != null && after < before;
}

function findConflicts(ordered: ClaimFeatures[], reports: Map<string, ReportInfo>, moving: boolean): string[] {
  const byPair = new Map<string, [ClaimFeatures, ClaimFeatures]>();
  for (let i = 0; i < ordered.length; i++) {
    for (let j = i + 1; j < ordered.length; j++) {
      const a = ordered[i]!, b = ordered[j]!;
      if (a.origin === b.origin || !disagree(a.claim, b.claim)) continue;
      if (moving && !movingDisagreement(a, b)) continue;
      byPair.set([a.origin, b.origin].sort().join("\u0000"), [a, b]); // later pairs replace earlier ones
    }
  }
  const pairs = [...byPair.values()].sort((x, y) => byStatement(x[1], y[1]) || byStatement(x[0], y[0]));
  return pairs.slice(-MAX_CONFLICTS).map(([a, b]) => {
    const years = new Set([a.statedOn?.slice(0, 4), b.statedOn?.slice(0, 4)]).size > 1;
    return `${statedAs(a)} (${voiceLabel(a, reports)}, ${shortDate(a.statedOn, years)}) vs ${statedAs(b)} (${voiceLabel(b, reports)}, ${shortDate(b.statedOn, years)})`;
  });
}

const NUMBER = new Intl.NumberFormat("en-GB");

/** How a statement put its number: "about 300", "up to 600", "hundreds". */
export function statedAs(f: { claim: { value: number | null; low: number | null; high: number | null; qualifier: string; vague?: string | null; text: string } }): string {
  const { value, low, high, qualifier, vague } = f.claim;
  const n = (v: number | null) => (v == null ? "?" : NUMBER.format(v));
  switch (qualifier) {
    case "exact": return n(value);
    case "approx": return `about ${n(value)}`;
    case "min": return `at least ${n(value)}`;
    // "Nearly"/"almost" imply a floor close below the number; "up to" and "fewer than" do not.
    case "max": return low != null && value != null && low >= 0.85 * value ? `almost ${n(value)}` : `up to ${n(value)}`;
    case "range": return `${n(low ?? value)}–${n(high)}`;
    default: return vague ?? (low != null || high != null ? `${n(low)}–${n(high)}` : f.claim.text);
  }
}

/** Who said it, short: the acronym the text used, else the organisation; the wire or outlet for a report's own voice. */
export function voiceLabel(f: ClaimFeatures, reports: Map<string, ReportInfo>): string {
  const s = f.claim.source;
  if (s) {
    if (/^[A-Z]{2,6}$/.test(s.name)) return s.name;
    return s.org || s.name;
  }
  const r = reports.get(f.claim.doc);
  const title = r?.title?.trim();
  return r?.agency ?? r?.outlet ?? (title ? `“${title.length > 48 ? `${title.slice(0, 47)}…` : title}”` : `report ${f.claim.doc}`);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export function shortDate(iso: string | null, withYear = false): string {
  const m = iso && /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return "undated";
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]}${withYear ? ` ${m[1]}` : ""}`;
}
