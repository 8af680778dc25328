// Files, folders, manifests and collections -> SourceDocs, in a deterministic order, never stopping on bad input.
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import { basename, dirname, extname, join, relative, resolve } from "node:path";
import type { DocMeta, SourceDoc } from "../../doc/document.ts";
import { decodeText } from "./decode.ts";
import { htmlToArticle } from "./html.reader.ts";
import { readJsonl, recordFrom, type JsonlRecord } from "./jsonl.reader.ts";
import { MANIFEST_FILE, readManifest, type ManifestEntry } from "./manifest.ts";
import { feedDay, feedItemId, feedItemText, looksLikeFeed, parseFeed } from "./feed.reader.ts";
import { datelineDate, isoDay } from "./published-date.ts";
import { DEFAULT_MAX_BYTES, ReadFailure, type ReadOptions, type ReadResult } from "./read.types.ts";

/** Extensions read when walking a folder (a file named explicitly is read whatever its extension). */
export const READABLE_EXTENSIONS = new Set([".txt", ".md", ".html", ".htm", ".jsonl", ".ndjson", ".xml", ".rss", ".atom"]);

type Kind = "text" | "html" | "jsonl" | "json" | "feed";

interface FileTask {
  /** Absolute path. */
  path: string;
  /** Path as shown in messages: under the argument the user gave. */
  shown: string;
  /** Path relative to the folder given (meta.path). */
  rel: string;
  entry: ManifestEntry | null;
}

/** Reads every report under `paths`. Each input yields a document or one error; the batch goes on. */
export async function* readSources(paths: string[], opts: ReadOptions = {}): AsyncGenerator<ReadResult> {
  if (opts.published !== undefined && !isoDay(opts.published)) {
    throw new TypeError(`published must be a date YYYY-MM-DD, got ${JSON.stringify(opts.published)}`);
  }
  for (const given of paths) {
    let info;
    try {
      info = await stat(given);
    } catch (e) {
      yield failed(given, (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file or directory" : message(e));
      continue;
    }
    if (info.isDirectory()) {
      yield* readFolder(given, opts);
    } else {
      const path = resolve(given);
      const manifest = await readManifest(dirname(path), dirname(given), exists).catch(() => null);
      const entry = manifest?.entries.find((e) => e.path === path) ?? null;
      yield* readOne({ path, shown: given, rel: basename(given), entry }, opts);
    }
  }
}

async function* readFolder(given: string, opts: ReadOptions): AsyncGenerator<ReadResult> {
  const root = resolve(given);
  const entries = new Map<string, ManifestEntry>();
  const tasks: FileTask[] = [];
  const seen = new Set<string>();
  const visited = new Set<string>();
  // Depth-first, names sorted, so the same folder always gives the same order.
  const walk = async function* (dir: string): AsyncGenerator<ReadResult> {
    const shownDir = join(given, relative(root, dir));
    // A symlink back up the tree would otherwise loop for ever.
    const real = await realpath(dir).catch(() => dir);
    if (visited.has(real)) return;
    visited.add(real);
    const manifest = await readManifest(dir, shownDir, exists);
    for (const error of manifest?.errors ?? []) yield { ok: false, error };
    for (const e of manifest?.entries ?? []) entries.set(e.path, e);
    let names: string[];
    try {
      names = (await readdir(dir)).sort();
    } catch (e) {
      yield failed(shownDir, `cannot list folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      return;
    }
    for (const name of names) {
      if (name.startsWith(".") || name === "node_modules" || name === MANIFEST_FILE) continue;
      // A folder's README or LICENSE describes the collection; it is not a report (a manifest may still name one).
      if (PROJECT_FILES.test(name) && !entries.has(join(dir, name))) continue;
      const path = join(dir, name);
      const info = await stat(path).catch(() => null);
      if (info?.isDirectory()) yield* walk(path);
      // ("extract reports --format jsonl > reports/claims.jsonl": the claims being written are no report.)
      else if (info?.isFile() && opts.exclude?.some((f) => f.dev === info.dev && f.ino === info.ino)) continue;
      else if (info?.isFile() && (READABLE_EXTENSIONS.has(extname(name).toLowerCase()) || entries.has(path))) {
        seen.add(path);
        tasks.push({ path, shown: join(given, relative(root, path)), rel: relative(root, path), entry: entries.get(path) ?? null });
      }
    }
    // Files a manifest names but the walk passes over (hidden, odd extension) are still read.
    for (const e of manifest?.entries ?? []) {
      if (!seen.has(e.path)) {
        seen.add(e.path);
        tasks.push({ path: e.path, shown: join(given, relative(root, e.path)), rel: relative(root, e.path), entry: e });
      }
    }
  };
  yield* walk(root);
  for (const task of tasks) yield* readOne(task, opts);
}

const PROJECT_FILES = /^(?:readme|license|licence|changelog|contributing|copying|notice)(?:\.[a-z]+)?$/i;

async function* readOne(task: FileTask, opts: ReadOptions): AsyncGenerator<ReadResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const kind = kindOf(task.path);
  if (kind === "jsonl") {
    yield* readCollection(task, maxBytes, opts);
    return;
  }
  if (kind === "json") {
    yield* readJsonFile(task, maxBytes, opts);
    return;
  }
  try {
    const info = await stat(task.path);
    if (info.size > maxBytes) throw new ReadFailure(`file is ${mb(info.size)}, over the ${mb(maxBytes)} limit; refused`);
    if (info.size === 0) throw new ReadFailure("empty file");
    const raw = decodeText(await readFile(task.path));
    if (!raw.trim()) throw new ReadFailure("file holds only whitespace");
    const stem = basename(task.path, extname(task.path));
    // A saved RSS or Atom feed (whatever its extension) holds many reports, one an item.
    if (kind === "feed" || looksLikeFeed("", raw)) {
      yield* feedItems(raw, stem, task, opts);
      return;
    }
    let text = raw;
    let own: DocMeta = {};
    if (kind === "html") {
      const article = htmlToArticle(raw, task.entry?.url ?? null);
      if (!article.text.trim()) throw new ReadFailure("no article text found in the page");
      text = article.text;
      own = { ...article.meta, publishedFrom: article.meta.published ? "page" : null };
    }
    yield { ok: true, doc: finish(task.entry?.id ?? stem, text, own, task, opts) };
  } catch (e) {
    yield failed(task.shown, message(e));
  }
}

/**
 * The items of a feed file: each item's content (or summary) as its text, else its title; its link, title and date as a
 * record's (an item with neither text nor title is reported and skipped; the rest go on).
 */
function* feedItems(raw: string, stem: string, task: FileTask, opts: ReadOptions): Generator<ReadResult> {
  let feed;
  try {
    feed = parseFeed(raw);
  } catch (e) {
    yield failed(task.shown, (e as Error).message);
    return;
  }
  if (!feed.items.length) yield failed(task.shown, "feed lists no items");
  const used = new Set<string>();
  for (const [index, item] of feed.items.entries()) {
    // (A headline-only item, common in news feeds, is read by its title: "Earthquake kills at least 14 in eastern Turkey".)
    const text = (item.content ? feedItemText(item.content, item.title) : "") || (item.title ?? "");
    if (!text.trim()) {
      yield failed(task.shown, `item ${index + 1}${item.title ? ` ("${item.title.slice(0, 60)}")` : ""}: no text`);
      continue;
    }
    const published = feedDay(item.date);
    const own: DocMeta = { title: item.title, url: item.link, outlet: feed.title, published, publishedFrom: published ? "record" : null };
    // An item is known by its link, as when the feed is fetched by URL: a feed saved again with new items on top, or
    // under another name, gives the same ids. Only an item without an absolute link (or repeating one) is known by its
    // position. A manifest entry for a feed gives defaults to all its items, never their ids.
    const link = feedItemId(item);
    const id = link && !used.has(link) ? link : `${stem}-${index + 1}`;
    if (link) used.add(link);
    yield { ok: true, doc: finish(id, text, own, { ...task, entry: task.entry && { ...task.entry, id: null } }, opts) };
  }
}

async function* readCollection(task: FileTask, maxBytes: number, opts: ReadOptions): AsyncGenerator<ReadResult> {
  const stem = basename(task.path, extname(task.path));
  const used = new Set<string>();
  try {
    let any = false;
    for await (const item of readJsonl(task.path, maxBytes)) {
      any = true;
      if (!item.ok) {
        yield failed(task.shown, item.message, item.line);
        continue;
      }
      if (item.record.publishedRejected) yield failed(task.shown, item.record.publishedRejected, item.record.line);
      yield { ok: true, doc: recordDoc(item.record, stem, task, opts, used) };
    }
    if (!any) yield failed(task.shown, "empty file");
  } catch (e) {
    yield failed(task.shown, message(e));
  }
}

function recordDoc(r: JsonlRecord, stem: string, task: FileTask, opts: ReadOptions, used: Set<string>): SourceDoc {
  const own: DocMeta = {
    title: r.title, url: r.url, outlet: r.outlet, agency: r.agency,
    published: r.published, publishedFrom: r.published ? "record" : null,
  };
  // A record without an id is known by its http(s) URL (a collection saved again, reordered or under another name
  // gives the same ids), else by its line; a URL another record of the file already used gives way to the line.
  const url = r.id ? null : feedItemId({ link: r.url });
  const id = r.id ?? (url && !used.has(url) ? url : `${stem}-${r.line}`);
  if (url) used.add(url);
  // A manifest entry for a collection gives defaults to all its records, never their ids.
  return finish(id, r.text, own, { ...task, entry: task.entry && { ...task.entry, id: null } }, opts);
}

/**
 * A .json file named on the command line: one article object, or an array of them (an item's "line" is its
 * position, from 1). A file of JSON Lines saved as .json is read as the collection it is.
 */
async function* readJsonFile(task: FileTask, maxBytes: number, opts: ReadOptions): AsyncGenerator<ReadResult> {
  const stem = basename(task.path, extname(task.path));
  let value: unknown;
  try {
    const info = await stat(task.path);
    if (info.size > maxBytes) throw new ReadFailure(`file is ${mb(info.size)}, over the ${mb(maxBytes)} limit; refused`);
    const raw = decodeText(await readFile(task.path)).replace(/^\uFEFF/, "");
    if (!raw.trim()) throw new ReadFailure("empty file");
    try {
      value = JSON.parse(raw);
    } catch (e) {
      // Several objects, one a line: JSON Lines under another name.
      if (/^\s*\{[^\n]*\}\s*\r?\n\s*\{/.test(raw)) {
        yield* readCollection(task, maxBytes, opts);
        return;
      }
      throw new ReadFailure(`not valid JSON (${(e as Error).message.slice(0, 120)})`);
    }
  } catch (e) {
    yield failed(task.shown, message(e));
    return;
  }
  const items = Array.isArray(value) ? value : [value];
  const used = new Set<string>();
  if (!items.length) yield failed(task.shown, "empty array: no articles");
  for (let i = 0; i < items.length; i++) {
    try {
      const record = recordFrom(items[i], i + 1);
      if (record.publishedRejected) yield failed(task.shown, `item ${i + 1}: ${record.publishedRejected}`);
      yield { ok: true, doc: recordDoc(record, stem, task, opts, used) };
    } catch (e) {
      yield failed(task.shown, Array.isArray(value) ? `item ${i + 1}: ${message(e)}` : message(e));
    }
  }
}

/** Applies metadata precedence: manifest, then the document's own (record or page), then the option, then the text. */
function finish(id: string, text: string, own: DocMeta, task: FileTask, opts: ReadOptions): SourceDoc {
  const m = task.entry;
  const meta: DocMeta = {
    title: m?.title ?? own.title ?? null,
    url: m?.url ?? own.url ?? null,
    published: null,
    publishedFrom: null,
    outlet: m?.outlet ?? own.outlet ?? null,
    agency: m?.agency ?? own.agency ?? null,
    path: task.rel,
    collection: m?.collection ?? null,
  };
  const dated: [string | null | undefined, DocMeta["publishedFrom"]][] = [
    [m?.published, "manifest"],
    [own.published, own.publishedFrom ?? "record"],
    [opts.published && isoDay(opts.published), "option"],
  ];
  const [published, from] = dated.find(([date]) => date) ?? [datelineDate(text), "text"];
  if (published) {
    meta.published = published;
    meta.publishedFrom = from;
  }
  return { id, text, meta };
}

function kindOf(path: string): Kind {
  const ext = extname(path).toLowerCase();
  if (ext === ".jsonl" || ext === ".ndjson") return "jsonl";
  if (ext === ".json") return "json";
  if (ext === ".html" || ext === ".htm") return "html";
  if (ext === ".xml" || ext === ".rss" || ext === ".atom") return "feed";
  return "text";
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}

function failed(file: string, message: string, line?: number): ReadResult {
  return { ok: false, error: line === undefined ? { file, message } : { file, line, message } };
}

function message(e: unknown): string {
  if (e instanceof ReadFailure) return e.message;
  const code = (e as NodeJS.ErrnoException)?.code;
  return code ? `cannot read (${code})` : `cannot read (${(e as Error)?.message ?? String(e)})`;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
