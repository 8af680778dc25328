// Locates the built dashboard (web/dist) and builds it with Vite's JS API when it is missing.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const WEB_ROOT = fileURLToPath(new URL("../../web/dist/", import.meta.url));
const VITE_CONFIG = fileURLToPath(new URL("../../web/vite.config.ts", import.meta.url));

export const webIsBuilt = () => existsSync(`${WEB_ROOT}index.html`);

/** Returns the dashboard folder, building it first if needed (a few seconds). */
export async function ensureWebBuilt(log: (line: string) => void = () => {}): Promise<string> {
  if (webIsBuilt()) return WEB_ROOT;
  log(`The dashboard is not built yet (${WEB_ROOT} is missing): building it now with Vite…`);
  const { build } = await import("vite");
  await build({ configFile: VITE_CONFIG, logLevel: "warn" });
  if (!webIsBuilt()) throw new Error(`building the dashboard did not produce ${WEB_ROOT}index.html; run npm run build:web to see why`);
  log("Dashboard built.");
  return WEB_ROOT;
}
