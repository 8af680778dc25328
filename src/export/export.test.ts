// CSV round-trips with awkward text; GeoJSON is a valid FeatureCollection in lon,lat order.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Claim } from "../doc/document.ts";
import type { ReportInfo } from "../reconcile/report-info.ts";
import { buildFigures } from "../reconcile/figures.ts";
import { CLAIM_COLUMNS, claimsToCsv, claimsToGeoJson, countryOfPoint, csvCell, figuresToGeoJson, parseCsv } from "./index.ts";

const text = 'Shelling killed 7 people, "mostly women", in Karm\nal-Tut on Monday, the council said.\r\nOther news.';
const report: ReportInfo & { text: string } = {
  id: "r1", text, published: "2030-04-02", outlet: "The Courier, Evening", agency: "Wire", copyOf: [],
  title: 'Seven killed, "council" says', url: "https://example.org/a?b=1,2",
};
const claim: Claim = {
  doc: "r1", span: [16, 24], text: "7 people", sentence: [0, 86], category: "killed", value: 7, low: 7, high: 7,
  qualifier: "exact", subject: "people", source: { name: "the council", org: "Karm, \"Local\" Council", text: "the council said" },
  place: { name: "Karm al-Tut", lat: 34.8, lon: 38.9 }, time: { start: "2030-04-01", end: "2030-04-01", text: "on Monday" },
  said: null, hedge: null,
};
const unplaced: Claim = { ...claim, span: [0, 8], text: "Shelling", place: null, value: null, low: 200, high: 999, qualifier: "vague", vague: "hundreds" };

describe("claimsToCsv", () => {
  const rows = parseCsv(claimsToCsv([claim, unplaced], [report]));

  it("writes the documented header and one row per claim", () => {
    assert.deepEqual(rows[0], [...CLAIM_COLUMNS]);
    assert.equal(rows.length, 3);
    for (const row of rows) assert.equal(row.length, CLAIM_COLUMNS.length);
  });

  it("round-trips commas, quotes and line breaks", () => {
    const row = Object.fromEntries(CLAIM_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    assert.equal(row.notes, 'Shelling killed 7 people, "mostly women", in Karm al-Tut on Monday, the council said.');
    assert.equal(row.source_org, 'Karm, "Local" Council');
    assert.equal(row.outlet, "The Courier, Evening");
    assert.equal(row.report_title, 'Seven killed, "council" says');
    assert.equal(row.report_url, "https://example.org/a?b=1,2");
    assert.equal(row.category, "fatalities");
    assert.equal(row.claim_category, "killed");
    assert.equal(row.event_date, "2030-04-01");
    assert.equal(row.year, "2030");
    assert.equal(row.time_precision, "1");
    assert.equal(row.latitude, "34.8");
    assert.equal(row.longitude, "38.9");
    assert.equal(row.country, "Syria");
  });

  it("keeps multi-line cells intact", () => {
    const multi = { ...claim, sentence: [0, text.length] as [number, number] };
    const back = parseCsv(claimsToCsv([multi], [{ ...report, title: "line one\nline two\r\nthree" }]));
    assert.equal(back.length, 2);
    assert.equal(back[1]![CLAIM_COLUMNS.indexOf("report_title")], "line one\nline two\r\nthree");
  });

  it("leaves empty cells for unknowns and defuses formulas", () => {
    const row = rows[2]!;
    assert.equal(row[CLAIM_COLUMNS.indexOf("latitude")], "");
    assert.equal(row[CLAIM_COLUMNS.indexOf("value")], "");
    assert.equal(row[CLAIM_COLUMNS.indexOf("vague")], "hundreds");
    assert.equal(csvCell("=HYPERLINK(1)"), "'=HYPERLINK(1)");
    assert.equal(csvCell("=1", { spreadsheetSafe: false }), "=1");
    assert.equal(csvCell(-3), "-3");
  });
});

describe("GeoJSON", () => {
  it("claims: a FeatureCollection of points in lon,lat order, placed claims only", () => {
    const fc = JSON.parse(JSON.stringify(claimsToGeoJson([claim, unplaced], [report])));
    assert.equal(fc.type, "FeatureCollection");
    assert.equal(fc.features.length, 1);
    const f = fc.features[0];
    assert.equal(f.type, "Feature");
    assert.equal(f.geometry.type, "Point");
    assert.deepEqual(f.geometry.coordinates, [38.9, 34.8]);
    assert.equal(f.properties.category, "fatalities");
    for (const v of Object.values(f.properties)) assert.ok(v === null || ["string", "number"].includes(typeof v), "flat properties");
  });

  it("figures: one point per placed figure with its range and grade", () => {
    const second = { ...claim, doc: "r2", value: 9, low: 9, high: 9, source: { name: "a medic", org: null, text: "a medic said" } };
    const figures = buildFigures([claim, second], [report, { ...report, id: "r2", agency: "Other Wire" }]);
    const fc = figuresToGeoJson(figures);
    assert.equal(fc.features.length, 1);
    const p = fc.features[0]!.properties;
    assert.deepEqual(fc.features[0]!.geometry.coordinates, [38.9, 34.8]);
    assert.equal(p.grade, "contested");
    assert.equal(p.statements, 2);
    assert.equal(p.reports, 2);
    assert.match(p.conflicts ?? "", /7 \(.*\) vs 9 \(.*\)/);
  });

  it("refuses impossible coordinates", () => {
    const bad = { ...claim, place: { name: "x", lat: 120, lon: 10 } };
    assert.equal(claimsToGeoJson([bad], [report]).features.length, 0);
  });
});

describe("countryOfPoint", () => {
  const cases: [number, number, string | null][] = [
    [34.48, 40.95, "Syria"], [33.31, 44.36, "Iraq"], [48.85, 2.35, "France"], [0, -30, null],
  ];
  for (const [lat, lon, name] of cases) it(`${lat},${lon} -> ${name}`, () => assert.equal(countryOfPoint(lat, lon), name));
});

describe("report_title and admin1 fallbacks", () => {
  const column = (csv: string, name: string) => {
    const rows = parseCsv(csv);
    return rows.slice(1).map((r) => r[rows[0]!.indexOf(name)]);
  };
  const untitled: ReportInfo & { text: string } = { ...report, id: "untitled-042", title: null, text: "\n  Floods cut the road to Karm al-Tut\nShelling killed 7 people." };
  const blank: ReportInfo & { text: string } = { ...report, id: "blank-7", title: "  ", text: "" };

  it("falls back to the report's first line, then to its id, when it has no title", () => {
    assert.deepEqual(column(claimsToCsv([{ ...claim, doc: "untitled-042" }], [untitled]), "report_title"), ["Floods cut the road to Karm al-Tut"]);
    assert.deepEqual(column(claimsToCsv([{ ...claim, doc: "blank-7" }], [blank]), "report_title"), ["blank-7"]);
  });

  it("fills admin1 for a place the geocoder found as a first-level region, and keeps the geocoder's own", () => {
    const province = { ...claim, place: { name: "North Darfur", lat: 15.5, lon: 25, precision: "province" } };
    const given = { ...claim, place: { name: "Karm al-Tut", lat: 34.8, lon: 38.9, precision: "village", admin1: "Homs" } as Claim["place"] };
    assert.deepEqual(column(claimsToCsv([province, given, claim], [report]), "admin1"), ["North Darfur", "Homs", ""]);
  });
});
