// Locates the built dashboard (web/dist) and builds it with Vite's JS API when it is missing or older than its sources.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const WEB = fileURLToPath(new URL("../../web/", import.meta.url));
export const WEB_ROOT = join(WEB, "dist");
const INDEX = join(WEB_ROOT, "index.html");
const VITE_CONFIG = join(WEB, "vite.config.ts");

export const webIsBuilt = () => existsSync(INDEX);

function newestSource(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestSource(join(path, name))));
}

/** Whether web/dist is missing or older than web/src, web/index.html or the Vite config. */
export function webNeedsBuild(): boolean {
  if (!webIsBuilt()) return true;
  // Only where the sources are present (a packaged install may ship web/dist alone).
  if (!existsSync(join(WEB, "src"))) return false;
  const sources = Math.max(newestSource(join(WEB, "src")), newestSource(join(WEB, "index.html")), newestSource(VITE_CONFIG));
  return sources > statSync(INDEX).mtimeMs;
}

/** Returns the dashboard folder, building it first if needed (a few seconds). */
export async function ensureWebBuilt(log: (line: string) => void = () => {}): Promise<string> {
  if (!webNeedsBuild()) return WEB_ROOT;
  log(webIsBuilt()
    ? "The dashboard build is older than its sources: rebuilding it with Vite…"
    : `The dashboard is not built yet (${WEB_ROOT} is missing): building it now with Vite…`);
  const { build } = await import("vite");
  await build({ configFile: VITE_CONFIG, logLevel: "warn" });
  if (!webIsBuilt()) throw new Error(`building the dashboard did not produce ${INDEX}; run npm run build:web to see why`);
  log("Dashboard built.");
  return WEB_ROOT;
}
