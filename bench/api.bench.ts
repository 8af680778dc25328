// API load benchmark (`npm run bench:api`): a SQLite store of 1,000,000+ claims generated from our example reports
// (cached in bench/.data/), the real server on 127.0.0.1, and autocannon on the main read endpoints at 50 and 200
// connections. Prints req/s, p50 and p99 per endpoint.
//   BENCH_CLAIMS=1000000  claims to generate     BENCH_SECONDS=5  seconds per run
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import autocannon from "autocannon";
import type { Claim, EntityMention, SourceDoc } from "../src/doc/document.ts";
import { recomputeDerived } from "../src/ingest/ingest.ts";
import { readSources } from "../src/ingest/read/index.ts";
import { extract } from "../src/pipeline/pipeline.ts";
import * as claimsRepo from "../src/store/claims.repository.ts";
import { openStore } from "../src/store/open-store.ts";
import * as reportsRepo from "../src/store/reports.repository.ts";
import { stableStringify } from "../src/store/json.ts";
import { textHash } from "../src/store/text-hash.ts";

const ROOT = new URL("../", import.meta.url).pathname;
const TARGET_CLAIMS = Number(process.env.BENCH_CLAIMS ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const DATA = join(ROOT, "bench/.data");
const DB = join(DATA, `api-${TARGET_CLAIMS}.db`);

/** Places the copies are moved to (with coordinates), so place filters and maps see many places. */
const PLACES: [string, number, number][] = [
  ["Maiduguri", 11.85, 13.16], ["Dikwa", 12.03, 13.92], ["Bama", 11.52, 13.69], ["Monguno", 12.67, 13.61], ["Gwoza", 11.08, 13.69],
  ["Konduga", 11.65, 13.42], ["Damboa", 11.15, 12.76], ["Marte", 12.37, 13.83], ["Ngala", 12.34, 14.18], ["Kukawa", 12.92, 13.57],
];

interface Base {
  doc: SourceDoc;
  claims: Claim[];
  entities: EntityMention[];
}

async function baseReports(): Promise<Base[]> {
  const out: Base[] = [];
  for await (const r of readSources([join(ROOT, "examples")])) {
    if (!r.ok) continue;
    const a = extract(r.doc);
    if (a.claims.length) out.push({ doc: r.doc, claims: a.claims, entities: a.entities });
  }
  return out;
}

/** Copy k of a base report: a new id, a later date, values shifted and the place moved, spans unchanged. */
function variant(base: Base, k: number): { id: string; meta: SourceDoc["meta"]; claims: Claim[] } {
  const id = `${base.doc.id}~${k}`;
  const [name, lat, lon] = PLACES[k % PLACES.length]!;
  const day = new Date(Date.UTC(2020, 0, 1) + (k % 1800) * 86_400_000).toISOString().slice(0, 10);
  const shift = k % 97;
  const claims = base.claims.map((c) => ({
    ...c,
    doc: id,
    value: c.value === null ? null : c.value + shift,
    low: c.low === null ? null : c.low + shift,
    high: c.high === null ? null : c.high + shift,
    place: c.place ? { ...c.place, name, lat: lat + (k % 13) / 100, lon: lon + (k % 7) / 100 } : c.place,
    time: c.time ? { ...c.time, start: day, end: day } : c.time,
  }));
  return { id, meta: { ...base.doc.meta, published: day, title: `${base.doc.meta.title ?? base.doc.id} (${k})` }, claims };
}

async function buildStore(): Promise<void> {
  mkdirSync(DATA, { recursive: true });
  const partial = `${DB}.partial`;
  rmSync(partial, { force: true });
  const store = await openStore({ db: partial });
  const bases = await baseReports();
  const perRound = bases.reduce((n, b) => n + b.claims.length, 0);
  const rounds = Math.ceil(TARGET_CLAIMS / perRound);
  console.log(`generating ${rounds * bases.length} reports, ${rounds * perRound} claims from ${bases.length} example reports…`);
  const started = Date.now();
  // The base reports through the normal path once, so entities and figures come from the real reconcilers.
  for (const b of bases) await store.putReport({ id: b.doc.id, text: b.doc.text, hash: textHash(b.doc.text), meta: b.doc.meta }, b);
  await recomputeDerived(store, { force: true });
  const now = new Date().toISOString();
  const PER_TX = 200;
  for (let k0 = 1; k0 <= rounds; k0 += PER_TX) {
    await store.db.transaction().execute(async (trx) => {
      for (let k = k0; k < Math.min(rounds + 1, k0 + PER_TX); k++) {
        for (const b of bases) {
          const v = variant(b, k);
          const row = reportsRepo.reportRow({ id: v.id, text: b.doc.text, hash: textHash(b.doc.text), meta: v.meta }, stableStringify(v.meta), now);
          await trx.insertInto("reports").values(row).execute();
          await claimsRepo.insertClaims(trx, v.id, v.claims);
          await claimsRepo.insertMentions(trx, v.id, b.entities);
        }
      }
    });
    if ((k0 - 1) % 2000 === 0) process.stdout.write(`  ${Math.min(rounds, k0 + PER_TX - 1)}/${rounds} rounds, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  }
  const stats = await store.stats();
  console.log(`generated in ${((Date.now() - started) / 1000).toFixed(0)} s: ${stats.documents} reports, ${stats.claims} claims, ${stats.figures} figures`);
  await store.close();
  renameSync(partial, DB);
  rmSync(`${partial}-wal`, { force: true });
  rmSync(`${partial}-shm`, { force: true });
}

async function startServer(): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, [join(ROOT, "bin/triangulate.mjs"), "serve", "--db", DB, "--port", "0", "--no-web"], {
    env: { ...process.env, DATABASE_URL: "" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const base = await new Promise<string>((resolve, reject) => {
    let err = "";
    child.stderr!.on("data", (d) => {
      err += d;
      const m = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(err);
      if (m) resolve(m[1]!);
    });
    child.on("exit", (code) => reject(new Error(`server exited ${code}: ${err}`)));
  });
  return { child, base };
}

if (!existsSync(DB)) await buildStore();
else console.log(`using the cached store ${DB}`);

const { child, base } = await startServer();
const endpoints = ["/api/claims?limit=50", "/api/claims?category=killed", "/api/figures", "/api/reports?q=displaced", "/api/stats"];
const rows: string[][] = [];
try {
  for (const path of endpoints) {
    const check = await fetch(base + path);
    if (!check.ok) throw new Error(`${path}: HTTP ${check.status} ${await check.text()}`);
    for (const connections of [50, 200]) {
      const result = await autocannon({ url: base + path, connections, duration: SECONDS, timeout: 60 });
      const errors = result.errors + result.timeouts + result.non2xx;
      rows.push([path, String(connections), result.requests.average.toFixed(0), `${result.latency.p50} ms`, `${result.latency.p99} ms`, String(errors)]);
      console.log(rows.at(-1)!.join("  "));
    }
  }
} finally {
  child.kill("SIGTERM");
}
const head = ["endpoint", "conns", "req/s", "p50", "p99", "errors"];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
console.log(`\nAPI on SQLite, ${TARGET_CLAIMS.toLocaleString("en")}+ claims, ${SECONDS} s per run\n${line(head)}\n${rows.map(line).join("\n")}`);
