// Claims across reports -> figures: one record per quantity followed across reports and days.
import { createHash } from "node:crypto";
import type { Claim } from "../doc/document.ts";
import { PEOPLE_CATEGORIES } from "../doc/document.ts";
import type { FigureRecord } from "../store/store.ts";
import { claimFeatures, judgePair, type ClaimFeatures } from "./compatibility.ts";
import { summariseFigure } from "./figure-summary.ts";
import { placeKey } from "./places.ts";
import { reportVoices, type ReportInfo } from "./report-info.ts";

export type { ReportInfo } from "./report-info.ts";

const CATEGORY_ORDER = new Map(PEOPLE_CATEGORIES.map((c, i) => [c as string, i]));

/**
 * What one buildFigures call worked out, for the next call on the same store: the groups and summaries of each
 * component (see components()), by the signature of everything they were computed from. Give the same memo to
 * successive calls (a long-running server or queue worker recomputing after a few new reports) and only the
 * components those reports touch are grouped and summarised again; the result is the same as without it.
 */
export interface FigureMemo {
  components: Map<string, { groups: number[][]; summaries: FigureRecord[] }>;
  /** Components reused and computed by the last call. */
  reused: number;
  computed: number;
}

export function createFigureMemo(): FigureMemo {
  return { components: new Map(), reused: 0, computed: 0 };
}

/** The day a report's words first came out: its own date, or its original's when it is a syndicated copy. */
function firstPublished(report: ReportInfo | undefined, reportById: Map<string, ReportInfo>): string | null {
  if (!report) return null;
  let first = report.published;
  for (const id of report.copyOf ?? []) {
    const original = reportById.get(id)?.published ?? null;
    if (original && (!first || original < first)) first = original;
  }
  return first;
}

/**
 * Groups claims about the same quantity (category, compatible subject, same place, compatible time, no cue
 * word that tells them apart) and summarises each group. Pure and deterministic: the same claims and
 * reports in any order give the same figures.
 */
export function buildFigures(claims: Claim[], reports: ReportInfo[], memo?: FigureMemo): FigureRecord[] {
  const reportById = new Map(reports.map((r) => [r.id, r]));
  const voices = reportVoices(reports);
  const features = canonicalOrder(claims.filter((c) => CATEGORY_ORDER.has(c.category)))
    .map((c, i) => claimFeatures(c, i, reportById.get(c.doc), voices.get(c.doc) ?? `report:${c.doc}`, firstPublished(reportById.get(c.doc), reportById)));

  const groups: { members: ClaimFeatures[]; summary?: FigureRecord }[] = [];
  if (!memo) {
    for (const members of assign(features)) groups.push({ members });
  } else {
    const next: FigureMemo["components"] = new Map();
    memo.reused = memo.computed = 0;
    const signatureOf = featureSignatures(features, reportById);
    for (const component of components(processingOrder(features))) {
      const signature = createHash("sha256").update(component.map((f) => signatureOf(f)).join("\n")).digest("base64");
      const known = memo.components.get(signature) ?? next.get(signature);
      if (known) {
        memo.reused++;
        known.groups.forEach((positions, g) => groups.push({ members: positions.map((p) => component[p]!), summary: known.summaries[g] }));
        next.set(signature, known);
        continue;
      }
      memo.computed++;
      const position = new Map(component.map((f, p) => [f, p]));
      const found = assign(component);
      // Summaries do not depend on the figure's id, which is given below from the figure's rank among all.
      const summaries = found.map((members) => summariseFigure("", members, reportById));
      next.set(signature, { groups: found.map((members) => members.map((f) => position.get(f)!)), summaries });
      found.forEach((members, g) => groups.push({ members, summary: summaries[g] }));
    }
    memo.components = next;
  }
  const ranked = groups
    .map((g) => ({ ...g, first: Math.min(...g.members.map((m) => m.index)), when: earliest(g.members) }))
    .sort((a, b) =>
      CATEGORY_ORDER.get(a.members[0]!.claim.category)! - CATEGORY_ORDER.get(b.members[0]!.claim.category)!
      || b.members.length - a.members.length
      || a.when.localeCompare(b.when)
      || a.first - b.first);
  return ranked.map((g, i) => (g.summary ? { ...g.summary, id: `f${i + 1}` } : summariseFigure(`f${i + 1}`, g.members, reportById)));
}

/**
 * Everything grouping and summarising read about one claim, as text: the claim, its voice, and every field of its
 * report (date, outlet, agency, title, copy links...; the text by hash), so a field read later is covered too.
 */
function featureSignatures(features: ClaimFeatures[], reportById: Map<string, ReportInfo>): (f: ClaimFeatures) => string {
  const reportSignatures = new Map<string, string>();
  const reportSignature = (id: string) => {
    let known = reportSignatures.get(id);
    if (known === undefined) {
      const r = reportById.get(id);
      const { text, ...fields } = r ?? { text: undefined };
      known = JSON.stringify(r ? [fields, text ? createHash("sha256").update(text).digest("base64") : text ?? null] : null);
      reportSignatures.set(id, known);
    }
    return known;
  };
  return (f) => `${JSON.stringify(f.claim)}\u0000${f.voice}\u0000${reportSignature(f.claim.doc)}`;
}

function canonicalOrder(claims: Claim[]): Claim[] {
  return [...claims].sort((a, b) => a.doc.localeCompare(b.doc) || a.span[0] - b.span[0] || a.span[1] - b.span[1]
    || a.category.localeCompare(b.category));
}

function earliest(members: ClaimFeatures[]): string {
  return members.map((m) => m.statedOn ?? "9999").sort()[0]!;
}

/**
 * Greedy assignment with blocking. Claims with a place go first, so a claim without one can join the
 * figure its own report places. A claim joins the group it links best to, provided no member is judged
 * apart from it; a group is only searched when it shares the claim's block (category and subject family)
 * and either a place key or a report, which keeps the work near-linear on large stores.
 */
function assign(features: ClaimFeatures[]): ClaimFeatures[][] {
  const order = processingOrder(features);

  const groups: ClaimFeatures[][] = [];
  const byPlace = new Map<string, Set<number>>();
  const byDoc = new Map<string, Set<number>>();
  const index = (map: Map<string, Set<number>>, key: string, g: number) => {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(g);
  };

  for (const f of order) {
    const block = blockKey(f);
    const candidates = new Set<number>(byDoc.get(`${block}|${f.claim.doc}`) ?? []);
    for (const key of placeKeys(f, true)) for (const g of byPlace.get(`${block}|${key}`) ?? []) candidates.add(g);

    let chosen = -1, bestLink = 0;
    for (const g of [...candidates].sort((x, y) => x - y)) {
      let link = 0, apart = false;
      for (const m of groups[g]!) {
        const j = judgePair(f, m);
        if (j.apart) { apart = true; break; }
        link = Math.max(link, j.link);
      }
      if (!apart && link > bestLink) { chosen = g; bestLink = link; }
    }
    if (chosen < 0) { chosen = groups.length; groups.push([]); }
    groups[chosen]!.push(f);
    index(byDoc, `${block}|${f.claim.doc}`, chosen);
    for (const key of placeKeys(f, false)) index(byPlace, `${block}|${key}`, chosen);
  }
  return groups.filter((g) => g.length);
}

/**
 * The order claims are assigned in: claims with a place first, those placed only in a country or a region after the
 * ones placed finer (so "Libya shipwreck toll rises to 73" finds the figure its own report places in Zuwara), then by
 * the day stated, then canonically.
 */
function processingOrder(features: ClaimFeatures[]): ClaimFeatures[] {
  return [...features].sort((a, b) =>
    Number(a.claim.place == null) - Number(b.claim.place == null)
    || Number(coarse(a)) - Number(coarse(b))
    || (a.statedOn ?? "9999").localeCompare(b.statedOn ?? "9999")
    || a.index - b.index);
}

function coarse(f: ClaimFeatures): boolean {
  const precision = f.claim.place?.precision;
  return precision === "country" || precision === "region";
}

/**
 * Claims that assign() could ever compare, directly or through others: linked when they share a block and a report,
 * or a block and a place key one files under and the other looks up. A claim only meets groups holding a claim it
 * is linked to, so each component is grouped exactly as it would be among all claims, whatever the others are.
 * Each component is returned in the order given (assign's order, so it stays that order within the component).
 */
function components(ordered: ClaimFeatures[]): ClaimFeatures[][] {
  const parent = ordered.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a), rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const filedBy = new Map<string, number>();
  const file = (key: string, i: number) => {
    const other = filedBy.get(key);
    if (other === undefined) filedBy.set(key, i);
    else union(i, other);
  };
  ordered.forEach((f, i) => {
    const block = blockKey(f);
    file(`${block}|doc|${f.claim.doc}`, i);
    for (const key of placeKeys(f, false)) file(`${block}|place|${key}`, i);
  });
  ordered.forEach((f, i) => {
    const block = blockKey(f);
    for (const key of placeKeys(f, true)) {
      const other = filedBy.get(`${block}|place|${key}`);
      if (other !== undefined) union(i, other);
    }
  });
  const byRoot = new Map<number, ClaimFeatures[]>();
  ordered.forEach((f, i) => {
    const root = find(i);
    const list = byRoot.get(root);
    if (list) list.push(f);
    else byRoot.set(root, [f]);
  });
  return [...byRoot.values()];
}

/** Subjects that may share a figure share a block (people, civilians and the displaced are one family). */
function blockKey(f: ClaimFeatures): string {
  const family = ["people", "civilians", "displaced"].includes(f.group) ? "people" : f.group;
  return `${f.claim.category}|${family}`;
}

/**
 * The keys a place is filed under (its normalised name and its 0.1-degree grid cell, ~11 km) or, when
 * looking up, the keys to search: the name and the cell with its eight neighbours (covers SAME_PLACE_KM).
 */
function placeKeys(f: ClaimFeatures, lookup: boolean): string[] {
  const p = f.claim.place;
  if (!p) return [];
  const keys = [`name:${placeKey(p)}`];
  if (p.lat != null && p.lon != null) {
    const la = Math.floor(p.lat * 10), lo = Math.floor(p.lon * 10);
    if (!lookup) keys.push(`cell:${la}:${lo}`);
    else for (const dl of [-1, 0, 1]) for (const dn of [-1, 0, 1]) keys.push(`cell:${la + dl}:${lo + dn}`);
  }
  return keys;
}
