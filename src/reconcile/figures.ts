// Claims across reports -> figures: one record per quantity followed across reports and days.
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
 * Groups claims about the same quantity (category, compatible subject, same place, compatible time, no cue
 * word that tells them apart) and summarises each group. Pure and deterministic: the same claims and
 * reports in any order give the same figures.
 */
export function buildFigures(claims: Claim[], reports: ReportInfo[]): FigureRecord[] {
  const reportById = new Map(reports.map((r) => [r.id, r]));
  const voices = reportVoices(reports);
  const features = canonicalOrder(claims.filter((c) => CATEGORY_ORDER.has(c.category)))
    .map((c, i) => claimFeatures(c, i, reportById.get(c.doc), voices.get(c.doc) ?? `report:${c.doc}`));

  const groups = assign(features);
  const ranked = groups
    .map((members) => ({ members, first: Math.min(...members.map((m) => m.index)), when: earliest(members) }))
    .sort((a, b) =>
      CATEGORY_ORDER.get(a.members[0]!.claim.category)! - CATEGORY_ORDER.get(b.members[0]!.claim.category)!
      || b.members.length - a.members.length
      || a.when.localeCompare(b.when)
      || a.first - b.first);
  return ranked.map((g, i) => summariseFigure(`f${i + 1}`, g.members, reportById));
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
  const order = [...features].sort((a, b) =>
    Number(a.claim.place == null) - Number(b.claim.place == null)
    || (a.statedOn ?? "9999").localeCompare(b.statedOn ?? "9999")
    || a.index - b.index);

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
