// The dashboard in a real browser over the real server, with the seed corpus and our examples ingested
// through the real pipeline: map markers, figures, a figure's timeline, a report's highlighted claims.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { ingest } from "../../src/ingest/ingest.ts";
import { openTestStore, type TestStore } from "../support/dialects.ts";
import { openDashboard, type Dashboard } from "./browser.ts";

const CORPUS = fileURLToPath(new URL("../../../shared/corpus/baghouz-2019", import.meta.url));
const EXAMPLES = fileURLToPath(new URL("../../examples", import.meta.url));

describe("dashboard in Chromium", () => {
  let db: TestStore;
  let ui: Dashboard;

  before(async () => {
    db = await openTestStore("sqlite");
    const summary = await ingest([CORPUS, EXAMPLES], { store: db.store });
    assert.equal(summary.failed, 0, "the seed reports ingest cleanly");
    assert.ok(summary.claims > 0, "the pipeline finds claims in the seed reports (the views below need them)");
    ui = await openDashboard(db.store);
  });
  after(async () => {
    await ui?.close();
    await db?.cleanup();
  });

  test("overview: stats, key figures, map markers fitted to the region, latest reports", async () => {
    const { page, base } = ui;
    await page.goto(`${base}/#/`);
    await page.locator(".figures-table tbody tr").first().waitFor();
    await page.locator(".world-map circle.place").first().waitFor();
    const circles = await page.locator(".world-map circle.place").count();
    assert.ok(circles > 0, "the map draws a circle per place");
    assert.match(await page.locator("body").innerText(), /Baghouz/);
    const rows = await page.locator(".figures-table tbody tr").count();
    assert.ok(rows > 0, "key figures are listed");
    // Fitted to the data: the circles spread over the map instead of sitting in one dot of a world view.
    const xs = await page.locator(".world-map circle.place").evaluateAll((els) => els.map((el) => Number(el.getAttribute("cx"))));
    assert.ok(xs.every((x) => x >= 0 && x <= 640), "every marker inside the map");
    assert.ok((await page.locator(".report-list li").count()) > 0, "latest reports are listed");
    await ui.screenshot("overview");
  });

  test("a figure page shows its timeline, its values and its conflicts section", async () => {
    const { page, base } = ui;
    await page.goto(`${base}/#/figures`);
    await page.locator(".figures-table a.figure-link").first().click();
    await page.locator(".timeline svg").waitFor();
    assert.match(page.url(), /#\/figures\/[^/]+$/);
    assert.ok((await page.locator(".timeline svg circle, .timeline svg line.range-line").count()) > 0, "the timeline draws the reported values");
    assert.ok((await page.locator(".history-table tbody tr").count()) > 0, "every reported value is listed");
    await page.getByRole("heading", { name: "Conflicts" }).waitFor();
    await ui.screenshot("figure");
  });

  test("a report shows its text with highlighted claim spans and a legend", async () => {
    const { page, base } = ui;
    await page.goto(`${base}/#/reports?q=Baghouz`);
    await page.locator(".report-list a.report-title").first().click();
    await page.locator(".report-text").waitFor();
    const marks = page.locator(".report-text mark.claim");
    assert.ok((await marks.count()) > 0, "claims are highlighted in the text");
    // Each highlight is exactly a claim's span as the API gives it.
    const id = decodeURIComponent(page.url().split("#/reports/")[1].split("?")[0]);
    const report = (await (await fetch(`${base}/api/reports/${encodeURIComponent(id)}`)).json()) as { text: string; claims: { span: [number, number] }[] };
    const spans = new Set(report.claims.map((c) => `${c.span[0]}-${c.span[1]}`));
    for (const mark of await marks.all()) {
      const span = (await mark.getAttribute("data-span"))!;
      assert.ok(spans.has(span), `highlight ${span} is a stored claim`);
      const [start, end] = span.split("-").map(Number);
      assert.equal(await mark.innerText(), report.text.slice(start, end));
    }
    assert.ok((await page.locator(".reader-legend").innerText()).includes("source"), "the legend explains the marks");
    // Opening a claim from the list selects and focuses its span in the text.
    await page.locator(".claim-list a").first().click();
    await page.locator(".report-text mark.claim.selected").waitFor();
    await ui.screenshot("report");
  });

  test("a group of people named by parts is marked around its parts", async () => {
    const { page, base } = ui;
    const reports = (await (await fetch(`${base}/api/reports?q=herders`)).json()) as { items: { id: string }[] };
    assert.ok(reports.items.length > 0, "the example report with the farm attack is stored");
    await page.goto(`${base}/#/reports/${encodeURIComponent(reports.items[0]!.id)}`);
    const group = page.locator(".report-text mark.claim.claim-group").first();
    await group.waitFor();
    const parts = group.locator("mark.claim");
    assert.equal(await parts.count(), 2, "both parts are marked inside the group");
    assert.equal(await group.innerText(), `${await parts.nth(0).innerText()} and ${await parts.nth(1).innerText()}`);
  });

  test("claims table filters by category and pages with the keyboard", async () => {
    const { page, base } = ui;
    await page.goto(`${base}/#/claims`);
    await page.locator(".claims-table tbody tr").first().waitFor();
    const total = Number((await page.locator(".claims-table caption").innerText()).replace(/\D/g, ""));
    assert.ok(total > 0);
    await page.locator("select").first().selectOption("killed");
    await page.waitForURL(/category=killed/);
    await page.locator(".claims-table tbody tr, p.muted").first().waitFor();
    const categories = await page.locator(".claims-table tbody tr .cat").allInnerTexts();
    assert.ok(categories.every((c) => c.toLowerCase() === "killed"), "only killed claims after filtering");
    // Keyboard: the pager is a real link, shows a focus ring, and Enter follows it.
    await page.goto(`${base}/#/claims`);
    await page.locator(".claims-table tbody tr").first().waitFor();
    const next = page.getByRole("link", { name: "Next →" });
    if (total > 50) {
      await next.focus();
      await page.keyboard.press("Shift+Tab");
      await page.keyboard.press("Tab");
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Next →");
      assert.notEqual(await next.evaluate((el) => getComputedStyle(el).outlineStyle), "none", "focus is visible");
      await page.keyboard.press("Enter");
      await page.waitForURL(/offset=50/);
      await page.locator(".pager").getByText(`51–`).waitFor();
    } else {
      assert.equal(await next.count(), 0, "no next page when everything fits on one");
    }
  });

  test("map page draws labelled places; no page errors and no request left the server", async () => {
    const { page, base } = ui;
    await page.goto(`${base}/#/map`);
    await page.locator(".world-map circle.place").first().waitFor();
    assert.ok((await page.locator(".world-map .place-label").count()) > 0, "places are labelled");
    await ui.screenshot("map");
    await page.goto(`${base}/docs/`);
    await page.locator(".swagger-ui").first().waitFor();
    assert.deepEqual(ui.problems.errors, [], "no page or console errors");
    assert.deepEqual(ui.problems.foreignRequests, [], "every request went to the server");
  });
});
