// Hand-written reports about an invented siege, and a helper that turns a phrase into a claim with offsets.
import type { Claim } from "../../src/doc/document.ts";
import type { ReportInfo } from "../../src/reconcile/report-info.ts";

export interface FixtureReport extends ReportInfo {
  text: string;
}

export const QASR = { name: "Qasr Talha", lat: 35.1, lon: 39.2 };
export const QASR_VARIANT = { name: "Qasr Talhah", lat: 35.1004, lon: 39.2003 };
export const MARRAT = { name: "Marrat al-Sahl", lat: 36.02, lon: 37.45 };
export const CAMP = { name: "Wadi Nour camp", lat: 35.6, lon: 40.3 };
export const PROVINCE = { name: "Sahl province", lat: 35.4, lon: 39.6, precision: "province" };
export const COUNTRY = { name: "Lorania", lat: 35.0, lon: 38.5, precision: "country" };

export function report(id: string, text: string, meta: Partial<Omit<ReportInfo, "text">> = {}): FixtureReport {
  return { id, text, published: null, outlet: null, agency: null, copyOf: [], title: `Report ${id}`, url: null, ...meta };
}

/** A claim on the `nth` occurrence of `phrase` in the report, its sentence found by full stops. */
export function claimOn(r: FixtureReport, phrase: string, fields: Partial<Claim> & Pick<Claim, "category">, nth = 0): Claim {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = r.text.indexOf(phrase, at + 1);
  if (at < 0) throw new Error(`fixture: "${phrase}" not in ${r.id}`);
  const sentenceStart = Math.max(0, r.text.lastIndexOf(". ", at) + 2) * Number(r.text.lastIndexOf(". ", at) >= 0);
  const stop = r.text.indexOf(".", at + phrase.length);
  const sentenceEnd = stop < 0 ? r.text.length : stop + 1;
  const numeric = fields.value ?? null;
  return {
    doc: r.id,
    span: [at, at + phrase.length],
    text: phrase,
    sentence: [sentenceStart, sentenceEnd],
    value: numeric,
    low: numeric,
    high: numeric,
    qualifier: "exact",
    subject: "people",
    source: null,
    place: null,
    time: null,
    said: null,
    hedge: null,
    ...fields,
  };
}

export const src = (name: string, org: string | null = null) => ({ name, org, text: `${name} said` });
export const during = (start: string, end = start) => ({ start, end, text: `${start}..${end}` });
