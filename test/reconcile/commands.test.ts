// figures, brief and export commands end to end: the real CLI over a real SQLite store seeded with our own claims.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { CLAIM_COLUMNS, parseCsv } from "../../src/export/index.ts";
import { buildFigures } from "../../src/reconcile/figures.ts";
import { openStore } from "../../src/store/open-store.ts";
import { textHash } from "../../src/store/text-hash.ts";
import { claimOn, during, QASR, QASR_VARIANT, report, src } from "./fixtures.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const bin = join(root, "bin", "triangulate.mjs");

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, DATABASE_URL: "" } });
    let stdout = "", stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const first = report("siege-1", 'Up to 800 militants, "the last holdouts", are still in Qasr Talha, a commander said.\nMore news, later.',
  { published: "2031-05-10", agency: "Wire One", title: "Siege, day 40", url: "https://news.example/siege-1" });
const second = report("siege-2", "Officials estimate there are still about 350 fighters in Qasr Talhah. Shelling killed 9 civilians there on Monday.",
  { published: "2031-05-20", agency: "Wire Two", title: "Holdouts <dwindle>" });
const claims = [
  claimOn(first, "Up to 800 militants", { category: "present", value: 800, low: null, high: 800, qualifier: "max", subject: "militants", place: QASR, said: "2031-05-08", source: src("a commander", "Free Sahl Army") }),
  claimOn(second, "about 350 fighters", { category: "present", value: 350, low: 315, high: 385, qualifier: "approx", subject: "fighters", place: QASR_VARIANT, source: src("Officials", "Coalition") }),
  claimOn(second, "9 civilians", { category: "killed", value: 9, subject: "civilians", place: QASR, time: during("2031-05-19") }),
];

describe("figures, brief and export commands over a SQLite store", () => {
  let dir = "", db = "";
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "triangulate-h4-"));
    db = join(dir, "t.db");
    const store = await openStore({ db });
    for (const r of [first, second]) {
      const { text, id, title, url, published, agency } = r;
      await store.putReport({ id, text, hash: textHash(text), meta: { title, url, published, agency } }, { claims: claims.filter((c) => c.doc === id), entities: [] });
    }
    await store.replaceFigures(buildFigures(claims, await store.reportInfos({ withText: true })));
    await store.close();
    // The commands only read the store: run them side by side to keep the file fast.
    const calls: [string, string[]][] = [
      ["figures", ["figures", "--db", db, "--format", "jsonl"]],
      ["csv", ["export", "--db", db, "--format", "csv", "--out", join(dir, "claims.csv")]],
      ["figuresGeo", ["export", "--db", db, "--format", "geojson", "--of", "figures"]],
      ["claimsGeo", ["export", "--db", db, "--format", "geojson", "--category", "killed"]],
      ["brief", ["brief", "--db", db, "--format", "html"]],
    ];
    const results = await Promise.all(calls.map(([, args]) => cli(args)));
    calls.forEach(([name], i) => runs.set(name, results[i]!));
  });
  const runs = new Map<string, Awaited<ReturnType<typeof cli>>>();
  const ran = (name: string) => {
    const r = runs.get(name)!;
    assert.equal(r.code, 0, r.stderr);
    return r;
  };
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("figures --format jsonl prints the stored figures", async () => {
    const r = ran("figures");
    const figures = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    assert.equal(figures.length, 2);
    const stock = figures.find((f) => f.category === "present");
    assert.equal(stock.members.length, 2);
    assert.equal(stock.grade, "contested");
  });

  it("export --format csv round-trips through a CSV parser", async () => {
    ran("csv");
    const rows = parseCsv(readFileSync(join(dir, "claims.csv"), "utf8"));
    assert.deepEqual(rows[0], [...CLAIM_COLUMNS]);
    assert.equal(rows.length, 4);
    const notes = rows.map((row) => row[CLAIM_COLUMNS.indexOf("notes")]);
    assert.ok(notes.includes('Up to 800 militants, "the last holdouts", are still in Qasr Talha, a commander said.'));
    assert.ok(rows.slice(1).every((row) => row[CLAIM_COLUMNS.indexOf("report_id")]!.startsWith("siege-")));
  });

  it("export --format geojson --of figures gives points in lon,lat order", async () => {
    const r = ran("figuresGeo");
    const fc = JSON.parse(r.stdout);
    assert.equal(fc.type, "FeatureCollection");
    assert.equal(fc.features.length, 2);
    assert.deepEqual(fc.features[0].geometry.coordinates, [QASR.lon, QASR.lat]);
  });

  it("export --format geojson streams a valid collection of claims", async () => {
    const r = ran("claimsGeo");
    const fc = JSON.parse(r.stdout);
    assert.equal(fc.features.length, 1);
    assert.equal(fc.features[0].properties.category, "fatalities");
  });

  it("brief --format html cites the reports and escapes their text", async () => {
    const r = ran("brief");
    assert.match(r.stdout, /Holdouts &lt;dwindle&gt;/);
    assert.match(r.stdout, /up to 800 \(Free Sahl Army, 8 May\) vs about 350 \(Coalition, 20 May\)/);
    assert.match(r.stdout, /<blockquote>Up to 800 militants, &quot;the last holdouts&quot;, are still in Qasr Talha, a commander said\.<\/blockquote>/);
    assert.ok(!r.stdout.includes("<dwindle>"));
  });
});
