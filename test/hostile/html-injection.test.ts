// Markup and script in reports: the HTML reader keeps none of it as markup, the API returns it as plain JSON text,
// and the dashboard (real Chromium over the real server) shows it as text: no dialog, no handler run, no element.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { ingest } from "../../src/ingest/ingest.ts";
import { openTestStore, type TestStore } from "../support/dialects.ts";
import { openDashboard, type Dashboard } from "../web/browser.ts";

const PAYLOAD = `<img src=x onerror="window.__pwned=1;alert('img')">`;

const HOSTILE_PAGE = `<!doctype html><html><head><title>Shelling in Varenna</title>
<script>window.__pwned = 1; alert("head script")</script></head>
<body><article><h1>Shelling in Varenna</h1>
<p>Medics in Varenna said 11 civilians were killed when shells hit the bus station on Thursday.<script>alert("inline script")</script></p>
<p onclick="alert('click')">The town council said about 400 residents fled toward the coast. <img src="x" onerror="alert('real img')">
<a href="javascript:alert('link')">Read the council statement</a>.</p>
<p>A reader wrote to the paper, quoting the markup &lt;img src=x onerror="window.__pwned=1;alert('img')"&gt; as it appeared on a defaced site.</p>
<iframe src="javascript:alert('frame')"></iframe><svg onload="alert('svg')"><circle r="2"/></svg>
</article></body></html>`;

const HOSTILE_JSONL = JSON.stringify({
  id: "markup-in-fields",
  title: `<script>window.__pwned=1</script>Strike near ${PAYLOAD} Oldbridge`,
  outlet: `<b onmouseover="alert('outlet')">Evening Post</b>`,
  published: "2025-06-02",
  text: `Rescuers in Oldbridge said 8 people were wounded in the strike on Sunday. A banner read ${PAYLOAD} before it was torn down.`,
}) + "\n";

describe("hostile markup in reports", () => {
  let db: TestStore;
  let ui: Dashboard;
  let dir: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "triangulate-markup-"));
    writeFileSync(join(dir, "varenna.html"), HOSTILE_PAGE);
    writeFileSync(join(dir, "collection.jsonl"), HOSTILE_JSONL);
    db = await openTestStore("sqlite");
    const summary = await ingest([dir], { store: db.store, published: "2025-06-01" });
    assert.equal(summary.failed, 0);
    assert.equal(summary.inserted, 2);
    ui = await openDashboard(db.store);
  });
  after(async () => {
    await ui?.close();
    await db?.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  test("the HTML reader keeps text only: scripts, handlers and javascript: URLs are gone", async () => {
    const report = await db.store.getReport("varenna");
    assert.ok(report);
    assert.match(report.text, /11 civilians were killed/);
    assert.match(report.text, /Read the council statement/);
    for (const gone of ["head script", "inline script", "alert('click')", "real img", "javascript:", "alert('frame')", "alert('svg')", "<p", "<a "]) {
      assert.ok(!report.text.includes(gone), `extracted text has no ${gone}`);
    }
    // Markup quoted as text in the article stays: it is the report's words, and must be shown as such.
    assert.ok(report.text.includes(PAYLOAD), "escaped markup in the page is kept as literal text");
    assert.ok(report.claims.some((c) => c.category === "killed" && c.value === 11));
  });

  test("the API returns markup as JSON strings, never as HTML", async () => {
    for (const id of ["varenna", "markup-in-fields"]) {
      const res = await fetch(`${ui.base}/api/reports/${id}`);
      assert.equal(res.status, 200);
      assert.match(res.headers.get("content-type") ?? "", /^application\/json/);
      assert.equal(res.headers.get("x-content-type-options"), "nosniff");
      const body = await res.json() as { text: string };
      assert.ok(body.text.includes(PAYLOAD), "the literal markup comes back as text");
    }
    const list = await fetch(`${ui.base}/api/reports?q=Oldbridge`);
    assert.match(list.headers.get("content-type") ?? "", /^application\/json/);
    const { items } = await list.json() as { items: { title: string }[] };
    assert.ok(items.some((r) => r.title.includes("<script>")), "titles are data, returned as written");
  });

  for (const [name, path, shown] of [
    ["a report page", "#/reports/varenna", "defaced site"],
    ["a report whose title, outlet and text hold markup", "#/reports/markup-in-fields", "torn down"],
    ["the reports list", "#/reports?q=Oldbridge", "Oldbridge"],
    ["the claims table", "#/claims", "Oldbridge"],
  ] as const) {
    test(`the dashboard shows markup as text on ${name}: no dialog, no handler, no injected element`, async () => {
      const { page, base } = ui;
      const dialogs: string[] = [];
      const onDialog = (d: { message(): string; dismiss(): Promise<void> }) => {
        dialogs.push(d.message());
        void d.dismiss();
      };
      page.on("dialog", onDialog);
      try {
        await page.goto(`${base}/${path}`);
        await page.getByText(shown).first().waitFor();
        // Let any image error or handler fire before looking.
        await page.waitForLoadState("networkidle");
        assert.deepEqual(dialogs, [], "no dialog opened");
        assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? 0), 0, "no injected code ran");
        assert.equal(await page.locator('img[src="x"], script:not([src]), iframe, [onerror], [onmouseover], [onload]').count(), 0, "no element came from report data");
        if (path.includes("markup-in-fields") || path.includes("varenna")) {
          assert.ok((await page.locator("body").innerText()).includes("onerror="), "the markup is visible as text");
        }
        assert.deepEqual(ui.problems.foreignRequests, []);
      } finally {
        page.off("dialog", onDialog);
      }
    });
  }
});
