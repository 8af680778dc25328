// Crash soak of the embedded store (`npm run soak:sqlite`): ingest 3,200 reports into SQLite, kill -9 the ingest at
// random moments (three times), run the same ingest again to the end, then check every report is stored once with
// exactly the claims extract finds and that SQLite's integrity check passes. Prints the figures.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { openStore } from "../src/store/open-store.ts";
import { extractAll } from "../test/support/extract-oracle.ts";
import { writeReportsJsonl } from "../test/queue/generate-reports.ts";
import { CLI } from "../test/queue/queue-harness.ts";
import { storedCount as countStored } from "../test/support/sqlite-count.ts";

const REPORTS = Number(process.env.SOAK_REPORTS ?? 3200);
const KILLS = 3;
const tmp = mkdtempSync(join(tmpdir(), "triangulate-soak-sqlite-"));
const db = join(tmp, "soak.db");
const seconds = (ms: number) => (ms / 1000).toFixed(1);

const storedCount = () => countStored(db);

function runIngest(file: string, killAt: number | null): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [CLI, "ingest", file, "--db", db], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  let timer: NodeJS.Timeout | null = null;
  if (killAt !== null) {
    timer = setInterval(() => {
      if (storedCount() >= killAt) child.kill("SIGKILL");
    }, 20);
  }
  return new Promise((resolve) => child.on("exit", (code, signal) => {
    if (timer) clearInterval(timer);
    resolve({ code, signal, stdout, stderr });
  }));
}

let ok = false;
try {
  const file = writeReportsJsonl(tmp, REPORTS);
  const t0 = Date.now();
  for (let k = 1; k <= KILLS; k++) {
    // Each kill lands somewhere further into the batch, at a random report count.
    const killAt = Math.max(0, storedCount()) + 1 + Math.floor(Math.random() * (REPORTS / (KILLS + 1)));
    const run = await runIngest(file, killAt);
    console.log(`run ${k}: ${run.signal === "SIGKILL" ? "killed with SIGKILL" : `exited ${run.code}`} with ${storedCount()} reports stored`);
  }
  const final = await runIngest(file, null);
  const elapsed = Date.now() - t0;
  console.log(`final run: exit ${final.code}; ${final.stdout.trim()}`);
  if (final.code !== 0) throw new Error(final.stderr);

  const check = new Database(db, { readonly: true });
  const integrity = (check.prepare("pragma integrity_check").get() as { integrity_check: string }).integrity_check;
  const foreignKeys = check.prepare("pragma foreign_key_check").all().length;
  check.close();

  const expected = await extractAll([file]);
  const store = await openStore({ db });
  let mismatched = 0;
  try {
    const stored = new Map<string, unknown[]>();
    for (const claim of (await store.listClaims({})).items) stored.set(claim.doc, [...(stored.get(claim.doc) ?? []), claim]);
    for (const [id, want] of expected) if (JSON.stringify(stored.get(id) ?? []) !== JSON.stringify(want.claims)) mismatched++;
    const stats = await store.stats();
    const total = [...expected.values()].reduce((n, e) => n + e.claims.length, 0);
    const stale = (await store.derivedState()).stale;
    console.log(
      `reports: ${REPORTS} in the batch, ${stats.documents} stored; claims: ${stats.claims} stored, ${total} expected; ` +
      `reports whose claims differ from extract: ${mismatched}; integrity_check: ${integrity}; foreign key errors: ${foreignKeys}; derived stale: ${stale}`,
    );
    console.log(`time: ${seconds(elapsed)}s for ${KILLS} killed runs and the final one`);
    ok = stats.documents === REPORTS && stats.claims === total && mismatched === 0 && integrity === "ok" && foreignKeys === 0 && !stale;
  } finally {
    await store.close();
  }
  console.log(ok ? "soak:sqlite OK" : "soak:sqlite FAILED");
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);
