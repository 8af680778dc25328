// HTML page -> main article text (paragraphs separated by blank lines) and page metadata.
// Readability finds the article; linkedom gives it a DOM without a browser.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { DocMeta } from "../../doc/document.ts";
import { datelineDate, isoDay } from "./published-date.ts";

export interface HtmlArticle {
  text: string;
  meta: Pick<DocMeta, "title" | "url" | "published" | "outlet">;
}

// Elements whose text is a paragraph of its own in the output.
const BLOCKS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIGCAPTION", "FIGURE", "FOOTER",
  "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "OL", "P", "PRE", "SECTION", "TABLE",
  "TD", "TH", "TR", "UL",
]);
/** A paragraph that only points to another story: "Read more: …", "RELATED: …", "Also read: …", "WATCH: …". */
const PROMO = /^(?:read more|read also|more|related|also read|see also|watch|listen|read|recommended|trending|most read|don['’]t miss)\s*[:|–—-]\s*\S[^.!?]{0,160}$/i;
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME"]);

/** Extracts the article of an HTML page. `url` is where the page came from, if known. */
export function htmlToArticle(html: string, url?: string | null): HtmlArticle {
  const { document } = parseHTML(html);
  // Metadata first: Readability rearranges the document it is given.
  const meta = pageMeta(document, url ?? null);
  const headline = pageHeadline(document);
  dropConsentBanners(document);
  // A live blog's updates are blocks side by side; Readability may keep only the first. The page's one <article> (else
  // <main>) is read here, before Readability rearranges the page, to set against what Readability keeps.
  const articles = document.querySelectorAll("article");
  const container = articles.length === 1 ? articles[0] : articles.length === 0 ? document.querySelector("main") : null;
  const containerText = container ? blocksText(container) : "";
  let article: ReturnType<Readability<Node>["parse"]> = null;
  try {
    article = new Readability<Node>(document as unknown as Document, { charThreshold: 200, serializer: (node) => node }).parse();
  } catch {
    article = null; // unusual markup: fall back to the whole body below
  }
  let text = article?.content ? blocksText(article.content) : "";
  if (!text.trim()) {
    const whole = parseHTML(html).document;
    dropConsentBanners(whole);
    text = blocksText(whole.body);
  } else if (containerText.replace(/\s+/g, "").length > 1.5 * text.replace(/\s+/g, "").length) {
    // (The container holding half as much text again says more was the story: it is read whole instead.)
    text = containerText;
  }
  // Readability keeps the headline out of the article it returns, but a headline often carries the toll ("Shelling
  // kills nine in Kharkiv") and a reader sees it as part of the story: it is the text's first paragraph.
  if (headline && text.trim() && !text.slice(0, headline.length + 200).includes(headline)) text = `${headline}\n\n${text}`;
  return {
    text,
    meta: {
      title: meta.title ?? clean(article?.title) ?? null,
      url: meta.url,
      published: meta.published ?? isoDay(article?.publishedTime ?? null),
      outlet: meta.outlet ?? clean(article?.siteName) ?? null,
    },
  };
}

/** Joins the text of block elements with blank lines, collapsing whitespace inside each block. */
export function blocksText(root: Node | null | undefined): string {
  if (!root) return "";
  const paragraphs: string[] = [];
  let current = "";
  const flush = () => {
    // Two <br> in a row end a paragraph, as pages without <p> use them.
    for (const part of current.split(/\0\s*\0[\s\0]*/)) {
      const p = part.replace(/[\s\0]+/g, " ").trim();
      // ("Read more: Storm Hollis LIVE: 2 dead as winds batter Scotland": a link to another story is not this one.)
      if (p && !PROMO.test(p)) paragraphs.push(p);
    }
    current = "";
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.nodeValue ?? "";
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === "BR") {
      current += "\0";
      return;
    }
    // A table is written as Markdown rows, one line each ("| Kharkiv | 12 | 40 |"), so a row keeps its cells together
    // and the claims stage can read each figure under its column's heading.
    if (tag === "TABLE") {
      flush();
      // (Its caption, "Casualties by province, July 1 – August 4, 2024", is the line above its rows: it says what and when.)
      const caption = Array.from((node as Element).children).find((c) => c.tagName.toUpperCase() === "CAPTION");
      const captionText = caption?.textContent?.replace(/\s+/g, " ").trim();
      const rows = tableRows(node as Element);
      if (rows.length) paragraphs.push((captionText ? [`${captionText}:`, ...rows] : rows).join("\n"));
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join("\n\n");
}

/** The rows of a table as Markdown lines, cells' text collapsed; rows of nested tables are not repeated. */
function tableRows(table: Element): string[] {
  const out: string[] = [];
  for (const row of Array.from(table.querySelectorAll("tr"))) {
    if (row.closest("table") !== table) continue;
    const cells = Array.from(row.children).filter((c) => c.tagName.toUpperCase() === "TD" || c.tagName.toUpperCase() === "TH");
    const texts = cells.map((c) => (c.textContent ?? "").replace(/\s+/g, " ").replace(/\|/g, "/").trim());
    if (texts.some((t) => t)) out.push(`| ${texts.join(" | ")} |`);
  }
  return out;
}

type Page = ReturnType<typeof parseHTML>["document"];

/** The story's headline: the first <h1> inside the article or main content, else the page's first <h1>. */
function pageHeadline(document: Page): string | null {
  const h1 = document.querySelector("article h1, main h1, [role=main] h1") ?? document.querySelector("h1");
  if (!h1 || h1.closest(`nav, footer, aside, ${ASIDE_SELECTOR}`)) return null;
  const text = clean(h1.textContent);
  return text && text.length <= 300 ? text : null;
}

function pageMeta(document: Page, url: string | null) {
  const metaContent = (...selectors: string[]) => {
    for (const sel of selectors) {
      const v = clean(document.querySelector(sel)?.getAttribute("content"));
      if (v) return v;
    }
    return null;
  };
  const title = metaContent('meta[property="og:title"]', 'meta[name="twitter:title"]') ?? clean(document.querySelector("title")?.textContent);
  const canonical = clean(document.querySelector('link[rel="canonical"]')?.getAttribute("href")) ?? metaContent('meta[property="og:url"]');
  const published =
    isoDay(metaContent('meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="pubdate"]', 'meta[name="date"]', 'meta[name="DC.date.issued"]')) ??
    jsonLdPublished(document) ??
    isoDay(articleTime(document)?.getAttribute("datetime")) ??
    bylineDate(document);
  const outlet = metaContent('meta[property="og:site_name"]', 'meta[name="application-name"]') ?? jsonLdPublisher(document);
  return { title, url: absolute(canonical, url) ?? url, published, outlet };
}

/**
 * The page's own <time>: one inside the article or the main content, else one outside the page's asides, menus and
 * footers ("Latest" and "Most read" lists stamp their stories with <time> too, often before the article), else the first.
 */
function articleTime(document: Page): Element | null {
  const times = Array.from(document.querySelectorAll("time[datetime]"));
  const aside = (t: Element) => t.closest(`aside, nav, footer, ${ASIDE_SELECTOR}`) !== null;
  return times.find((t) => t.closest("article, main, [role=main]") !== null && !aside(t)) ?? times.find((t) => !aside(t)) ?? times[0] ?? null;
}
const ASIDE_SELECTOR = '[class*="sidebar"], [class*="related"], [class*="latest"], [class*="most-read"], [class*="mostread"], [class*="popular"], [class*="trending"], [class*="recommend"]';

/** "By Jo Smith | Published April 22, 2024", "Updated 6:45 AM CDT April 22, 2024": a date written in a byline or dateline element. */
function bylineDate(document: Page): string | null {
  for (const el of Array.from(document.querySelectorAll(BYLINE_SELECTOR)).slice(0, 12)) {
    const day = datelineDate(clean(el.textContent) ?? "", 200);
    if (day) return day;
  }
  return null;
}
const BYLINE_SELECTOR = '[class*="byline"], [class*="dateline"], [class*="date"], [class*="published"], [class*="timestamp"], [class*="posted"], [id*="byline"], [id*="date"]';

/**
 * A cookie or consent banner ("We value your privacy. We and our 842 partners …") is no part of the article; nor is its
 * count of partners a figure.
 */
function dropConsentBanners(document: Page): void {
  for (const el of Array.from(document.querySelectorAll(CONSENT_SELECTOR))) el.remove();
}
const CONSENT_SELECTOR = '[class*="cookie"], [id*="cookie"], [class*="consent"], [id*="consent"], [class*="gdpr"], [id*="gdpr"], [class*="cmp-"], [id*="onetrust"], [class*="privacy-banner"]';

function jsonLdObjects(document: Page): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === "object") {
      out.push(v as Record<string, unknown>);
      const graph = (v as Record<string, unknown>)["@graph"];
      if (graph) visit(graph);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ""));
    } catch {
      // Broken JSON-LD is common on real pages; the other sources of metadata still apply.
    }
  }
  return out;
}

function jsonLdPublished(document: Page): string | null {
  for (const o of jsonLdObjects(document)) {
    const day = isoDay(o.datePublished) ?? isoDay(o.dateCreated);
    if (day) return day;
  }
  return null;
}

function jsonLdPublisher(document: Page): string | null {
  for (const o of jsonLdObjects(document)) {
    const publisher = o.publisher as { name?: unknown } | undefined;
    if (publisher && typeof publisher.name === "string" && clean(publisher.name)) return clean(publisher.name);
  }
  return null;
}

function absolute(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).toString();
  } catch {
    return href;
  }
}

function clean(value: string | null | undefined): string | null {
  const v = value?.replace(/\s+/g, " ").trim();
  return v ? v : null;
}
