// `figures`, `brief` and `export` given paths (analysed in memory, nothing stored), as real processes: a bad file in
// the batch is one line on stderr, the good reports still give their output, and the exit status says something failed.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const bin = join(root, "bin", "triangulate.mjs");
const scratch = mkdtempSync(join(tmpdir(), "triangulate-paths-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

writeFileSync(join(scratch, "good.txt"), "Shelling killed 14 civilians in the town of Marwa on Sunday, the regional governor said.\n");
writeFileSync(join(scratch, "broken.txt"), Buffer.from([0x00, 0x01, 0xff, 0xfe, 0x00, 0x9c, 0x00, 0x00]));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args, "--published", "2024-05-06", "--db", join(scratch, "unused.db")], { cwd: root, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

for (const [command, ...flags] of [["figures"], ["brief"], ["export", "--format", "jsonl"]] as const) {
  test(`${command} with a broken file in the batch reports it, still answers for the good report, and exits non-zero`, () => {
    const r = cli(command, ...flags, scratch);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /^triangulate: .*broken\.txt.*$/m);
    assert.match(r.stdout, /14/);
  });
}

test("a failure outside the batch (an --out that cannot be written) is one line naming the command", () => {
  const r = cli("brief", "--out", join(scratch, "no-such-folder", "brief.md"), join(scratch, "good.txt"));
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^triangulate brief: .*no-such-folder/m);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
});
