// `triangulate serve` as a real process: it builds/serves the dashboard, answers the API, takes its token
// from the environment, and stops cleanly on SIGTERM.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../../bin/triangulate.mjs", import.meta.url));

test("serve: dashboard, API and token from TRIANGULATE_TOKEN; SIGTERM stops it", async () => {
  const dir = mkdtempSync(join(tmpdir(), "triangulate-serve-"));
  const child = spawn(process.execPath, [BIN, "serve", "--db", join(dir, "serve.db"), "--port", "0"], {
    env: { ...process.env, TRIANGULATE_TOKEN: "env-token-81", DATABASE_URL: "" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  try {
    const base = await new Promise<string>((resolve, reject) => {
      child.stderr.on("data", (chunk: Buffer) => {
        stderr += chunk.toString();
        const match = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
        if (match) resolve(match[1]);
      });
      child.on("exit", () => reject(new Error(`serve exited early: ${stderr}`)));
    });
    const health = await fetch(`${base}/health`);
    assert.deepEqual(await health.json(), { status: "ok", dialect: "sqlite" });
    const page = await fetch(`${base}/`);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /<div id="root">/);
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    assert.ok(script, "the page loads its bundled script from /assets");
    const asset = await fetch(`${base}${script}`);
    assert.equal(asset.status, 200);
    assert.match(asset.headers.get("cache-control") ?? "", /immutable/, "hashed assets are cached for good");
    assert.match(page.headers.get("content-security-policy") ?? "", /script-src 'self'/);
    const wrong = await fetch(`${base}/api/reports`, { method: "POST", headers: { "content-type": "application/json", authorization: "Bearer nope" }, body: JSON.stringify({ text: "x" }) });
    assert.equal(wrong.status, 401, "the token from the environment is required");
    const added = await fetch(`${base}/api/reports`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer env-token-81" },
      body: JSON.stringify({ id: "quiet-day", text: "Nothing of note happened in the valley today, the council said." }),
    });
    assert.equal(added.status, 201);
    assert.equal(((await (await fetch(`${base}/api/stats`)).json()) as { documents: number }).documents, 1);
  } finally {
    child.kill("SIGTERM");
    const code = await exited;
    rmSync(dir, { recursive: true, force: true });
    assert.equal(code, 0, `serve exits cleanly on SIGTERM: ${stderr}`);
  }
});
