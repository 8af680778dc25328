// Pinned floors and ceilings for the evaluation gate: comparing scores with them, and raising them.

export interface Pinned {
  /** A score must not fall below its floor (minus the noise margin). */
  floors: Record<string, number>;
  /** A rate of false alarms must not rise above its ceiling (plus the noise margin). */
  ceilings: Record<string, number>;
}

export interface Verdict {
  metric: string;
  score: number;
  bound: number | null;
  kind: "floor" | "ceiling";
  ok: boolean;
}

/** Scores may wobble this much without failing the gate. */
export const NOISE = 0.005;

/** Metrics where lower is better go under ceilings. */
export const isAlarmRate = (metric: string) => /FalseAlarms$/.test(metric);

export function judge(scores: Map<string, number>, pinned: Pinned, noise = NOISE): Verdict[] {
  return [...scores].sort(([a], [b]) => a.localeCompare(b)).map(([metric, score]) => {
    if (metric in pinned.ceilings || isAlarmRate(metric)) {
      const bound = pinned.ceilings[metric] ?? null;
      return { metric, score, bound, kind: "ceiling", ok: bound === null || score <= bound + noise };
    }
    const bound = pinned.floors[metric] ?? null;
    return { metric, score, bound, kind: "floor", ok: bound === null || score >= bound - noise };
  });
}

/** Floors rise to the scores and ceilings fall to them; the other way only when `allowLower`. */
export function raise(pinned: Pinned, scores: Map<string, number>, allowLower = false): Pinned {
  const next: Pinned = { floors: { ...pinned.floors }, ceilings: { ...pinned.ceilings } };
  for (const [metric, score] of scores) {
    const v = Math.round(score * 1000) / 1000;
    if (metric in next.ceilings || isAlarmRate(metric)) next.ceilings[metric] = allowLower ? v : Math.min(next.ceilings[metric] ?? 1, v);
    else next.floors[metric] = allowLower ? v : Math.max(next.floors[metric] ?? 0, v);
  }
  return next;
}
