// What figures need to know about a report: its date, who published it, and whose copy it is.

export interface ReportInfo {
  id: string;
  published: string | null;
  outlet: string | null;
  agency: string | null;
  /** Ids of reports this one is a syndicated copy of. */
  copyOf: string[];
  /** Optional extras: the brief cites them; the text lets cue words in a claim's sentence be read. */
  title?: string | null;
  url?: string | null;
  text?: string | null;
}

/**
 * The independence key of each report: syndicated copies share their original's key, and every wire
 * story of one agency shares the agency's key (the same wire in two outlets is one voice).
 */
export function reportVoices(reports: ReportInfo[]): Map<string, string> {
  const byId = new Map(reports.map((r) => [r.id, r]));
  // Union-find over copy links so chains of copies (C copies B copies A) share one root.
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  const union = (a: string, b: string) => {
    const ra = find(a), rb = find(b);
    if (ra !== rb) (ra < rb ? parent.set(rb, ra) : parent.set(ra, rb));
  };
  for (const r of reports) for (const original of r.copyOf ?? []) union(r.id, original);

  const voices = new Map<string, string>();
  for (const r of reports) {
    const root = find(r.id);
    const agencies = [r.agency, byId.get(root)?.agency].filter((a): a is string => !!a && !!a.trim());
    voices.set(r.id, agencies.length ? `agency:${normaliseName(agencies[0]!)}` : `report:${root}`);
  }
  return voices;
}

export function normaliseName(s: string): string {
  return s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}
