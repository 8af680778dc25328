// URLs -> SourceDocs: an article page becomes one report; a feed becomes one report per item
// (its linked page, or the item's own content when the page cannot be fetched).
import type { DocMeta, SourceDoc } from "../../doc/document.ts";
import { htmlToArticle, type ReadResult } from "../read/index.ts";
import { feedDay, feedItemId, feedItemText, looksLikeFeed, parseFeed, type FeedItem } from "../read/feed.reader.ts";
import { safeFetch, type FetchOptions, type Fetched } from "./safe-fetch.ts";

export interface FetchSourcesOptions extends FetchOptions {
  /** Publication date for reports that give none. */
  published?: string;
}

/** Whether an argument names a URL to fetch rather than a path to read. */
export function isUrl(arg: string): boolean {
  return /^https?:\/\//i.test(arg);
}

function hostOutlet(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}

/** The report a fetched page or text gives; null when no article text is found. */
function pageDoc(id: string, fetched: Fetched, opts: FetchSourcesOptions, fallback: Partial<DocMeta> = {}): SourceDoc | null {
  const isHtml = fetched.mediaType !== "text/plain" && /<[a-z!]/i.test(fetched.body.slice(0, 2048));
  const article = isHtml ? htmlToArticle(fetched.body, fetched.finalUrl) : { text: fetched.body, meta: {} as DocMeta };
  if (!article.text.trim()) return null;
  return { id, text: article.text, meta: meta(article.meta, fetched.finalUrl, opts, fallback) };
}

function meta(page: Partial<DocMeta>, url: string, opts: FetchSourcesOptions, fallback: Partial<DocMeta>): DocMeta {
  // The feed's own date for an item wins over what the page says, as a manifest would.
  const dated: [string | null | undefined, DocMeta["publishedFrom"]][] = [
    [fallback.published, "record"], [page.published, "page"], [opts.published, "option"],
  ];
  const [published, publishedFrom] = dated.find(([d]) => d) ?? [null, null];
  return {
    title: page.title ?? fallback.title ?? null,
    url: page.url ?? url,
    published: published ?? null,
    publishedFrom: published ? publishedFrom : null,
    outlet: page.outlet ?? fallback.outlet ?? hostOutlet(url),
    agency: null,
    path: null,
    collection: fallback.collection ?? null,
  };
}

async function* feedDocs(feedUrl: string, body: string, opts: FetchSourcesOptions): AsyncGenerator<ReadResult> {
  let items: FeedItem[];
  let title: string | null;
  try {
    ({ items, title } = parseFeed(body));
  } catch (e) {
    yield { ok: false, error: { file: feedUrl, message: (e as Error).message } };
    return;
  }
  if (!items.length) yield { ok: false, error: { file: feedUrl, message: "feed lists no items" } };
  for (const [index, item] of items.entries()) {
    const where = `${feedUrl} item ${index + 1}`;
    const link = feedItemId(item, feedUrl);
    const fallback: Partial<DocMeta> = { title: item.title, published: feedDay(item.date), outlet: title, collection: title };
    let problem = link ? "" : "item has no link";
    if (link) {
      try {
        const doc = pageDoc(link, await safeFetch(link, opts), opts, fallback);
        if (doc) {
          yield { ok: true, doc };
          continue;
        }
        problem = "no article text found in the page";
      } catch (e) {
        problem = (e as Error).message;
      }
    }
    // The linked page failed: the item's own content still says what the feed reported.
    const content = item.content ? feedItemText(item.content, item.title) : "";
    if (content.trim()) {
      yield { ok: true, doc: { id: link ?? `${feedUrl}#${index + 1}`, text: content, meta: meta({}, link ?? feedUrl, opts, fallback) } };
    } else {
      yield { ok: false, error: { file: link ?? where, message: problem } };
    }
  }
}

/** Fetches each URL; every page, feed item or failure is one result, and the batch goes on. */
export async function* fetchSources(urls: string[], opts: FetchSourcesOptions = {}): AsyncGenerator<ReadResult> {
  for (const url of urls) {
    let fetched: Fetched;
    try {
      fetched = await safeFetch(url, opts);
    } catch (e) {
      yield { ok: false, error: { file: url, message: (e as Error).message } };
      continue;
    }
    if (looksLikeFeed(fetched.mediaType, fetched.body)) {
      yield* feedDocs(url, fetched.body, opts);
      continue;
    }
    if (fetched.mediaType.includes("xml") && !fetched.mediaType.includes("xhtml")) {
      yield { ok: false, error: { file: url, message: "XML that is not an RSS or Atom feed" } };
      continue;
    }
    const doc = pageDoc(url, fetched, opts);
    yield doc ? { ok: true, doc } : { ok: false, error: { file: url, message: "no article text found in the page" } };
  }
}
