// Copy candidates looked up ahead by another connection (a worker thread's) give exactly the links the writer's own
// lookup gives, or are set aside when the writer cannot prove them current.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fingerprint } from "../ingest/copies/copy-detector.ts";
import { closeCandidateReaders, MAX_CANDIDATES, readCandidateHint, WriteLog, type CandidateHint } from "./copy-candidates.ts";
import { openStore } from "./open-store.ts";
import type { KyselyStore } from "./kysely-store.ts";
import type { ReportToStore } from "./store.ts";
import { textHash } from "./text-hash.ts";

const BODY = [
  "Crews cleared rubble from the bus station in Orlin after a strike flattened two shops on the main road on Friday.",
  "Hospital staff said at least nine people were killed and twenty more were treated for burns and broken bones.",
  "Residents of the lower town loaded carts and left towards the hills before the curfew began at sunset.",
  "The district council asked for tents, blankets and clean water for the families now sleeping in the school yard.",
].join(" ");
const OTHER = "A new ferry line will join the two island towns from next spring, the port authority said, cutting the trip to an hour.";

function item(id: string, text: string, published: string): ReportToStore {
  return { report: { id, text, hash: textHash(text), meta: { published } }, extraction: { claims: [], entities: [] } };
}

/** Reports that copy one another in several ways: same story with other headlines and endings, and unrelated ones. */
function reports(prefix: string, count: number, from = 0): ReportToStore[] {
  return Array.from({ length: count }, (_, k) => {
    const i = from + k;
    const text = i % 4 === 3 ? `${OTHER} Notice ${i}.` : `Story ${i}: ${BODY.replace("nine", ["nine", "ten", "eleven"][i % 3]!)} Desk ${i}.`;
    return item(`${prefix}-${String(i).padStart(2, "0")}`, text, `2024-05-${String(1 + (i % 20)).padStart(2, "0")}`);
  });
}

async function links(store: KyselyStore) {
  return (await store.reportInfos()).map((r) => [r.id, r.copyOf] as const);
}

test("hints read on another connection give the same copy links, across batches and with rewritten reports", async (ctx) => {
  const tmp = mkdtempSync(join(tmpdir(), "triangulate-candidates-"));
  ctx.after(() => rmSync(tmp, { recursive: true, force: true }));
  const hinted = await openStore({ db: join(tmp, "hinted.db") });
  const plain = await openStore({ db: join(tmp, "plain.db") });
  ctx.after(async () => {
    await hinted.close();
    await plain.close();
  });
  const first = reports("r", 12);
  // A later batch: new reports, and two earlier ones rewritten (one into an unrelated text, one into a copy).
  const second = [...reports("r", 10, 12), item("r-03", `Story 3 again: ${BODY} Corrected.`, "2024-05-04"), item("r-01", `${OTHER} Changed.`, "2024-05-02")];
  const third = reports("r", 6, 22);
  // Hints for a batch are read before the batch before it is stored, as a worker reading ahead would.
  const withHints = (batch: ReportToStore[]) => batch.map((b) => {
    const print = fingerprint(b.report.text);
    return { ...b, extraction: { ...b.extraction, fingerprint: print, candidates: readCandidateHint(hinted.sqliteFile!, print.bands, b.report.id) } };
  });
  await hinted.putReports(withHints(first));
  const secondHinted = withHints(second);
  const thirdHinted = withHints(third); // taken before `second` is stored: two batches behind
  assert.ok(thirdHinted.every((b) => b.extraction.candidates), "hints were read");
  await hinted.putReports(secondHinted);
  await hinted.putReports(thirdHinted);
  for (const batch of [first, second, third]) await plain.putReports(batch);
  const expected = await links(plain);
  assert.ok(expected.some(([, copyOf]) => copyOf.length > 3), "the stories are linked as copies");
  assert.deepEqual(await links(hinted), expected);
  assert.equal(hinted.candidateHints.setAside, 0);
  assert.equal(hinted.candidateHints.used, first.length + second.length + third.length, "every hint was brought up to date and used");
});

test("a report another writer stored after the hints were read is still found (the hints are set aside)", async (ctx) => {
  const tmp = mkdtempSync(join(tmpdir(), "triangulate-candidates-"));
  ctx.after(() => rmSync(tmp, { recursive: true, force: true }));
  const file = join(tmp, "shared.db");
  const mine = await openStore({ db: file });
  const theirs = await openStore({ db: file });
  ctx.after(async () => {
    await mine.close();
    await theirs.close();
  });
  await mine.putReports(reports("a", 4));
  const batch = reports("a", 4, 4).map((b) => {
    const print = fingerprint(b.report.text);
    return { ...b, extraction: { ...b.extraction, fingerprint: print, candidates: readCandidateHint(file, print.bands, b.report.id) } };
  });
  await theirs.putReports([item("elsewhere", `Story 0: ${BODY} Desk 0.`, "2024-04-30")]);
  await mine.putReports(batch);
  assert.equal(mine.candidateHints.used, 0);
  assert.ok(mine.candidateHints.setAside > 0);
  const copyOf = new Map((await mine.reportInfos()).map((r) => [r.id, r.copyOf]));
  assert.ok(copyOf.get("a-04")?.includes("elsewhere"), "the other writer's earlier copy is linked");
});

test("a store deleted and created again at the same path is read afresh", async (ctx) => {
  const tmp = mkdtempSync(join(tmpdir(), "triangulate-candidates-"));
  ctx.after(() => rmSync(tmp, { recursive: true, force: true }));
  const file = join(tmp, "again.db");
  const probe = fingerprint(`Story 0: ${BODY} Desk 0.`);
  let store = await openStore({ db: file });
  await store.putReports(reports("old", 8));
  assert.ok(readCandidateHint(file, probe.bands, "probe")?.rows.some((r) => r.id.startsWith("old-")));
  await store.close();
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  store = await openStore({ db: file });
  ctx.after(() => store.close());
  await store.putReports(reports("new", 4));
  const hint = readCandidateHint(file, probe.bands, "probe");
  assert.ok(hint && hint.rows.length > 0 && hint.rows.every((r) => r.id.startsWith("new-")), JSON.stringify(hint));
  closeCandidateReaders();
});

test("a hint is set aside when someone else wrote since it was read, or when too much of it is stale", () => {
  const log = new WriteLog();
  const bands = ["0:a", "1:b", "2:c"];
  log.committed(3, new Map([["x", ["0:a"]]]));
  log.committed(4, new Map([["y", ["0:a", "1:b"]]]));
  const hint: CandidateHint = { version: 2, rows: [{ id: "w", shared: 3 }, { id: "x", shared: 1 }], complete: true };
  // Versions 3 and 4 are this writer's: the hint is brought up to date (x counted from memory, y added).
  assert.deepEqual(log.resolve(hint, 5, new Map([["z", ["2:c"]]]), "me", bands), [
    { id: "w", shared: 3 }, { id: "y", shared: 2 }, { id: "x", shared: 1 }, { id: "z", shared: 1 },
  ]);
  // Version 5 was written by another process: the hint cannot be trusted.
  assert.equal(log.resolve(hint, 6, new Map(), "me", bands), null);
  // A hint cut off at its limit that loses rows to rewrites might miss what ranked below them.
  const rows = Array.from({ length: MAX_CANDIDATES + 150 }, (_, i) => ({ id: `c${String(i).padStart(3, "0")}`, shared: 2 }));
  const rewritten = new Map(rows.slice(0, 160).map((r) => [r.id, ["9:z"]]));
  assert.equal(log.resolve({ version: 4, rows, complete: false }, 5, rewritten, "me", bands), null);
  assert.equal(log.resolve({ version: 4, rows, complete: false }, 5, new Map(), "me", bands)?.length, MAX_CANDIDATES);
  // A single putReport outside the batches voids everything known.
  log.clear();
  assert.equal(log.resolve(hint, 5, new Map(), "me", bands), null);
});

test("ids order as SQLite orders them (UTF-8 bytes), beyond the basic plane too", () => {
  const log = new WriteLog();
  const hint: CandidateHint = { version: 0, rows: [], complete: true };
  const pending = new Map([["\u{1F600}", ["0:a"]], ["\uFF21", ["0:a"]], ["b", ["0:a"]]]);
  assert.deepEqual(log.resolve(hint, 1, pending, "me", ["0:a"])?.map((c) => c.id), ["b", "\uFF21", "\u{1F600}"]);
});
