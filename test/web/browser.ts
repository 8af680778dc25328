// Test support: the real server over a store, and Debian's Chromium driven by playwright-core, watching for
// page errors, console errors and any request that leaves the server.
import { mkdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { chromium, type Browser, type Page } from "playwright-core";
import { buildApp, type Api } from "../../src/api/app.ts";
import { ensureWebBuilt } from "../../src/api/web-build.ts";
import type { Store } from "../../src/store/store.ts";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const SCREENSHOTS = new URL("../../screenshots/", import.meta.url);

export interface Dashboard {
  base: string;
  browser: Browser;
  page: Page;
  /** Uncaught page errors, console errors, and requests to any host but the server. */
  problems: { errors: string[]; foreignRequests: string[] };
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export async function openDashboard(store: Store): Promise<Dashboard> {
  const webRoot = await ensureWebBuilt();
  const app: Api = await buildApp({ store, webRoot });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const port = (app.server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  } catch (e) {
    await app.close();
    throw new Error(`cannot start Chromium at ${CHROMIUM} (apt-get install -y chromium): ${(e as Error).message}`);
  }
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(10_000);
  const problems = { errors: [] as string[], foreignRequests: [] as string[] };
  page.on("pageerror", (err) => problems.errors.push(`pageerror: ${err.message}`));
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.errors.push(`console: ${msg.text()}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) problems.errors.push(`HTTP ${response.status()} ${response.url()}`);
  });
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol === "data:" || url.protocol === "blob:") return;
    if (url.origin !== base) problems.foreignRequests.push(request.url());
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    base,
    browser,
    page,
    problems,
    async screenshot(name) {
      const path = new URL(`${name}.png`, SCREENSHOTS).pathname;
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    async close() {
      await browser.close();
      await app.close();
    },
  };
}
