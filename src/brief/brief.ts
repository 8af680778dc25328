// The sourced brief as data: the important figures ranked, each with its range, latest value, citations
// to the reports' own sentences, conflicts and a dated timeline. Renderers (Markdown, HTML) only format it.
import type { Claim } from "../doc/document.ts";
import { shortDate, statedAs } from "../reconcile/figure-summary.ts";
import type { ReportInfo } from "../reconcile/report-info.ts";
import { reportTitleOf } from "../export/report-title.ts";
import type { FigureHistoryPoint, FigureRecord } from "../store/store.ts";

export interface Citation {
  /** 1-based number the text refers to ([3]). */
  n: number;
  doc: string;
  span: [number, number];
  /** The sentence the figure was read from, as written. */
  quote: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
}

export interface BriefStatement {
  date: string | null;
  /** "about 300", "up to 600", "hundreds". */
  stated: string;
  /** Who said it ("Mustafa Bali", "Syrian Democratic Forces"), or the report's own voice. */
  voice: string;
  independent: boolean;
  citation: number;
}

export interface BriefItem {
  rank: number;
  figureId: string;
  headline: string;
  category: string;
  subject: string;
  place: string | null;
  grade: FigureRecord["grade"];
  /** "270–600, best estimate 300" or "thousands" when only words were given. */
  range: string;
  latest: BriefStatement | null;
  reports: number;
  conflicts: string[];
  timeline: BriefStatement[];
}

export interface Brief {
  title: string;
  /** First and last dates of the statements the brief cites. */
  period: { from: string | null; to: string | null };
  reports: number;
  figures: number;
  items: BriefItem[];
  citations: Citation[];
}

export interface BriefOptions {
  title?: string;
  /** How many figures to include (the most important first). Default 12. */
  top?: number;
}

// Tiers: deaths first, then injuries, then people moved or fleeing, then stocks, then the rest.
const TIER: Record<string, number> = { killed: 0, wounded: 1, evacuated: 2, fled: 2, arrived: 2, present: 3, surrendered: 4, detained: 4 };

const NUMBER = new Intl.NumberFormat("en-GB");

/** More widely reported, then bigger, figures first within their tier (a tenfold size counts as much as one more statement). */
function importance(f: FigureRecord): number {
  const magnitude = f.best ?? f.low ?? f.high ?? 1;
  const reports = new Set(f.members.map((m) => m.doc)).size;
  return 0.5 * Math.log10(Math.max(1, magnitude)) + 1.5 * (reports - 1) + 0.5 * (f.members.length - 1) + (f.grade === "single source" ? 0 : 0.5);
}

export function rankFigures(figures: FigureRecord[]): FigureRecord[] {
  return [...figures]
    .filter((f) => f.category in TIER)
    .sort((a, b) => TIER[a.category]! - TIER[b.category]! || importance(b) - importance(a) || a.id.localeCompare(b.id, "en", { numeric: true }));
}

// Each tier's share of the brief, so a long list of death tolls does not crowd out displacement.
const TIER_SHARE = [0.4, 0.15, 0.3, 0.2, 0.15];

/**
 * The `top` most important figures: each tier present gets its share of the places first (at least one),
 * free places go to the most important of the rest; listed by tier, then importance.
 */
export function chooseFigures(figures: FigureRecord[], top: number): FigureRecord[] {
  const ranked = rankFigures(figures);
  const tiers = [...new Set(ranked.map((f) => TIER[f.category]!))];
  const shareSum = tiers.reduce((sum, t) => sum + TIER_SHARE[t]!, 0);
  const taken = new Set<FigureRecord>();
  for (const tier of tiers) {
    const cap = Math.max(1, Math.floor((top * TIER_SHARE[tier]!) / shareSum));
    for (const f of ranked.filter((g) => TIER[g.category] === tier).slice(0, cap)) if (taken.size < top) taken.add(f);
  }
  const rest = ranked.filter((f) => !taken.has(f)).sort((a, b) => importance(b) - importance(a));
  for (const f of rest) if (taken.size < top) taken.add(f);
  return ranked.filter((f) => taken.has(f));
}

const PHRASES: Record<string, string> = {
  killed: "killed", wounded: "wounded", evacuated: "evacuated", fled: "fled", arrived: "arrived",
  surrendered: "surrendered", detained: "detained", present: "still present",
};

export function headline(f: FigureRecord): string {
  const subject = f.subject.charAt(0).toUpperCase() + f.subject.slice(1);
  return `${subject} ${PHRASES[f.category] ?? f.category}${f.place ? ` in ${f.place.name}` : ""}`;
}

function rangeText(f: FigureRecord, latest: FigureHistoryPoint | undefined, claim: Claim | undefined): string {
  const { low, best, high } = f;
  if (best == null && latest && claim && latest.qualifier === "vague") return claim.vague ?? claim.text;
  const n = (v: number) => NUMBER.format(v);
  // One statement or one number: say it the way it was said ("about 3,000", "16").
  if (latest && (f.history.length === 1 || (low != null && low === high && (best == null || best === low)))) return statedAs({ claim: claim ?? { ...latest, vague: null, text: "" } });
  const withBest = (text: string, shown: number | null) => (best != null && best !== shown ? `${text}, best estimate ${n(best)}` : text);
  if (low != null && high == null) return withBest(`at least ${n(low)}`, low);
  if (high != null && low == null) return withBest(`up to ${n(high)}`, high);
  if (low != null && high != null) return withBest(`${n(low)}–${n(high)}`, null);
  return best != null ? n(best) : "not stated as a number";
}

function voiceOf(point: FigureHistoryPoint, claim: Claim | undefined, report: ReportInfo | undefined): string {
  const source = claim?.source;
  if (source) {
    // "the council" says less than the organisation it stands for; a named person keeps their organisation.
    const descriptor = /^(the|a|an)\s/i.test(source.name) || /^[a-z]/.test(source.name);
    if (source.org && (descriptor || source.org === source.name)) return source.org;
    return source.org ? `${source.name} (${source.org})` : source.name;
  }
  // A report's own voice is its wire agency's when it carries one, else the outlet's.
  return report?.agency ?? report?.outlet ?? point.outlet ?? "the report";
}

function sentenceOf(claim: Claim | undefined, text: string | null | undefined): string | null {
  if (!claim || !text) return null;
  const sentence = text.slice(Math.max(0, claim.sentence[0]), Math.min(text.length, claim.sentence[1]));
  // Quoted as written, less layout: runs of white space and a leading list bullet.
  return sentence.replace(/\s+/g, " ").trim().replace(/^[-*•]\s+/, "") || null;
}

export function buildBrief(figures: FigureRecord[], claims: Claim[], reports: ReportInfo[], opts: BriefOptions = {}): Brief {
  const claimAt = new Map(claims.map((c) => [`${c.doc}\u0000${c.span[0]}\u0000${c.span[1]}`, c]));
  const reportById = new Map(reports.map((r) => [r.id, r]));
  const citations: Citation[] = [];
  const citationOf = new Map<string, number>();

  const cite = (point: FigureHistoryPoint, claim: Claim | undefined): number => {
    const key = `${point.doc}\u0000${point.span[0]}\u0000${point.span[1]}`;
    const known = citationOf.get(key);
    if (known) return known;
    const report = reportById.get(point.doc);
    const n = citations.length + 1;
    citations.push({
      n, doc: point.doc, span: point.span, quote: sentenceOf(claim, report?.text),
      title: reportTitleOf(report), outlet: [report?.outlet, report?.agency].filter(Boolean).join(" / ") || null,
      published: report?.published ?? null, url: report?.url ?? null,
    });
    citationOf.set(key, n);
    return n;
  };

  const chosen = chooseFigures(figures, opts.top ?? 12);
  const items = chosen.map((f, i): BriefItem => {
    const statement = (point: FigureHistoryPoint): BriefStatement => {
      const claim = claimAt.get(`${point.doc}\u0000${point.span[0]}\u0000${point.span[1]}`);
      const stated = statedAs({ claim: claim ?? { ...point, vague: null, text: "" } });
      return { date: point.date, stated, voice: voiceOf(point, claim, reportById.get(point.doc)), independent: point.independent, citation: cite(point, claim) };
    };
    const timeline = f.history.map(statement);
    // The figure's latest value (which prefers a number to a vague word said the same day), else the last point;
    // of the statements that gave it, an independent one (the original rather than a syndicated copy of it).
    let lastIndex = -1;
    let lastIndependent = -1;
    f.history.forEach((h, k) => {
      if (h.date !== f.latest?.date || h.value !== f.latest?.value) return;
      lastIndex = k;
      if (h.independent) lastIndependent = k;
    });
    if (lastIndependent >= 0) lastIndex = lastIndependent;
    const at = lastIndex >= 0 ? lastIndex : f.history.length - 1;
    const last = f.history[at];
    const lastClaim = last && claimAt.get(`${last.doc}\u0000${last.span[0]}\u0000${last.span[1]}`);
    return {
      rank: i + 1,
      figureId: f.id,
      headline: headline(f),
      category: f.category,
      subject: f.subject,
      place: f.place?.name ?? null,
      grade: f.grade,
      range: rangeText(f, last, lastClaim),
      latest: timeline[at] ?? null,
      reports: new Set(f.members.map((m) => m.doc)).size,
      conflicts: f.conflicts,
      timeline,
    };
  });

  const dates = items.flatMap((it) => it.timeline.map((t) => t.date)).filter((d): d is string => !!d).sort();
  return {
    title: opts.title ?? "Sourced brief",
    period: { from: dates[0] ?? null, to: dates[dates.length - 1] ?? null },
    reports: reports.length,
    figures: figures.length,
    items,
    citations,
  };
}

/** "9 Feb 2019" for a date, or "undated". */
export function longDate(iso: string | null): string {
  return shortDate(iso, true);
}

/** Every statement of the brief in date order: the key statements' timeline across figures. */
export function briefTimeline(brief: Brief): (BriefStatement & { headline: string; rank: number })[] {
  return brief.items
    .flatMap((it) => it.timeline.filter((t) => t.independent).map((t) => ({ ...t, headline: it.headline, rank: it.rank })))
    .sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999") || a.rank - b.rank || a.citation - b.citation);
}

/** "1 key figure from 1 report (1 figure in all)", "3 key figures from 2 reports (5 figures in all)". */
export function briefCounts(brief: Pick<Brief, "items" | "reports" | "figures">): string {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  return `${n(brief.items.length, "key figure", "key figures")} from ${n(brief.reports, "report", "reports")} (${n(brief.figures, "figure", "figures")} in all)`;
}
