// The period a claim covers, and whether two claims' periods can be one quantity.
import type { Claim } from "../doc/document.ts";

export interface Period {
  /** Day numbers (days since 1970-01-01), inclusive. */
  start: number;
  end: number;
  /** True when the text gave the period; false when it is only the date the report or source spoke. */
  explicit: boolean;
}

export function dayNumber(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  return Math.floor(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!) / 86_400_000);
}

export function claimPeriod(claim: Claim, published: string | null): Period | null {
  const start = dayNumber(claim.time?.start), end = dayNumber(claim.time?.end);
  // ("The governor said on Monday that 31 people had been killed": a time that is only the day of saying is no
  // period the text gave.)
  const sayingDay = claim.said != null && claim.time?.start === claim.said && claim.time?.end === claim.said;
  if (start != null && end != null && !sayingDay) return { start: Math.min(start, end), end: Math.max(start, end), explicit: true };
  const spoken = dayNumber(claim.said) ?? dayNumber(published);
  return spoken == null ? null : { start: spoken, end: spoken, explicit: false };
}

/** Reports of one event a few days apart, with no period stated, may still be the same count. */
const LOOSE_DAYS = 3;
/** A period longer than this is a running total ("since January"), not one event. */
const EVENT_DAYS = 7;
/** A toll is followed as one figure over this many days (a disaster's or a battle's count rises for weeks). */
const TOLL_DAYS = 30;

/**
 * Event counts (killed, fled...) are one quantity only when their periods are about the same stretch:
 * a weekend's toll and a three-week toll overlap but are different figures.
 */
export function eventPeriodsCompatible(a: Period | null, b: Period | null, tolls: [boolean, boolean] = [false, false]): boolean {
  if (!a || !b) return true;
  // A toll as it stood on a day goes on counting one event: "killed at least 2,000 on Monday" and "the death toll
  // rose to 5,300 on Tuesday" (a toll is never one stated before the count it updates).
  if ((tolls[0] || tolls[1]) && a.end - a.start < EVENT_DAYS && b.end - b.start < EVENT_DAYS) {
    const [earlier, later] = a.end <= b.end ? [a, b] : [b, a];
    const laterIsToll = a.end <= b.end ? tolls[1] : tolls[0];
    if ((laterIsToll || tolls[0] === tolls[1]) && later.end - earlier.start <= TOLL_DAYS) return true;
  }
  if (a.explicit && b.explicit) {
    const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start) + 1;
    if (overlap <= 0) return false;
    const la = a.end - a.start + 1, lb = b.end - b.start + 1;
    // Running totals from the same start date are one figure growing ("since 9 January").
    if (Math.abs(a.start - b.start) <= 1 && la >= EVENT_DAYS && lb >= EVENT_DAYS) return true;
    return Math.max(la, lb) <= 3 * Math.min(la, lb) + 1;
  }
  if (!a.explicit && !b.explicit) return Math.abs(a.start - b.start) <= LOOSE_DAYS;
  const [spoken, stated] = a.explicit ? [b, a] : [a, b];
  const length = stated.end - stated.start + 1;
  // A bare figure, spoken on a day, fits a short stated event around then, or a running total at its end.
  if (length <= EVENT_DAYS) return spoken.start >= stated.start - 1 && spoken.start <= stated.end + LOOSE_DAYS;
  return spoken.start >= stated.end - 1 && spoken.start <= stated.end + LOOSE_DAYS;
}

/** A stock (people present) is one figure moving over time, within this many days. */
const STOCK_DAYS = 180;

export function stockPeriodsCompatible(a: Period | null, b: Period | null): boolean {
  if (!a || !b) return true;
  const gap = Math.max(a.start, b.start) - Math.min(a.end, b.end);
  return gap <= STOCK_DAYS;
}
