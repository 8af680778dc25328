// manifest.json beside reports: per-file metadata that wins over what is read from the files.
import { readFile } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { isoDay } from "./published-date.ts";
import type { ReadError } from "./read.types.ts";

export const MANIFEST_FILE = "manifest.json";

/** Metadata a manifest gives one file. */
export interface ManifestEntry {
  /** Absolute path of the file the entry names. */
  path: string;
  id: string | null;
  collection: string | null;
  published: string | null;
  outlet: string | null;
  agency: string | null;
  title: string | null;
  url: string | null;
}

export interface Manifest {
  entries: ManifestEntry[];
  /** One per entry that cannot be used (missing file, path outside the folder, bad shape). */
  errors: ReadError[];
}

/** Reads `dir/manifest.json`; null when there is none. A manifest that is not JSON is one error. */
export async function readManifest(dir: string, shownDir: string, exists: (path: string) => Promise<boolean>): Promise<Manifest | null> {
  const file = join(dir, MANIFEST_FILE);
  const shown = join(shownDir, MANIFEST_FILE);
  let raw: string;
  try {
    raw = await readFile(file, "utf8");
  } catch {
    return null;
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    return { entries: [], errors: [{ file: shown, message: `not valid JSON (${(e as Error).message})` }] };
  }
  const docs = (data as { documents?: unknown })?.documents;
  if (!data || typeof data !== "object" || !Array.isArray(docs)) {
    return { entries: [], errors: [{ file: shown, message: 'expected {"collection", "documents": [{"file", ...}]}' }] };
  }
  const collection = str((data as { collection?: unknown }).collection);
  const root = resolve(dir);
  const manifest: Manifest = { entries: [], errors: [] };
  for (const [i, item] of docs.entries()) {
    const name = str((item as { file?: unknown })?.file);
    const fail = (message: string) => manifest.errors.push({ file: shown, message: `documents[${i}]${name ? ` ("${name}")` : ""}: ${message}` });
    if (!item || typeof item !== "object" || !name) {
      fail('needs a "file" name');
      continue;
    }
    const path = resolve(root, name);
    const inside = relative(root, path);
    if (isAbsolute(name) || inside.startsWith(`..${sep}`) || inside === ".." || inside === "" || isAbsolute(inside)) {
      fail("path is outside the manifest's folder; skipped");
      continue;
    }
    if (!(await exists(path))) {
      fail("names a file that does not exist; skipped");
      continue;
    }
    const o = item as Record<string, unknown>;
    const published = o.published === undefined || o.published === null ? null : isoDay(o.published);
    if (o.published && !published) fail(`"published" is not a date (${JSON.stringify(o.published)}); ignored`);
    manifest.entries.push({
      path,
      id: str(o.id),
      collection: str(o.collection) ?? collection,
      published,
      outlet: str(o.outlet),
      agency: str(o.agency),
      title: str(o.title),
      url: str(o.url),
    });
  }
  return manifest;
}

function str(v: unknown): string | null {
  if (typeof v === "number") return String(v);
  if (typeof v !== "string") return null;
  const t = v.trim();
  return t ? t : null;
}
