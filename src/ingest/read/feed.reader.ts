// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: detection and the items a feed lists.
import { XMLParser } from "fast-xml-parser";
import { htmlToArticle } from "./html.reader.ts";
import { isoDay } from "./published-date.ts";

export interface FeedItem {
  link: string | null;
  title: string | null;
  /** The item's date as the feed gives it (pubDate, dc:date, published, updated), else the feed's own date. */
  date: string | null;
  /** content:encoded, Atom content, or the description/summary: HTML or text to fall back on. */
  content: string | null;
}

export interface Feed {
  title: string | null;
  items: FeedItem[];
}

const FEED_TYPES = /(rss|atom|rdf)\+xml/;

/** Whether a fetched body is a feed: by its content type or, for generic XML, by its root element. */
export function looksLikeFeed(mediaType: string, body: string): boolean {
  if (FEED_TYPES.test(mediaType)) return true;
  // Skip a BOM, the XML declaration, comments and doctype to reach the root element.
  const head = body.slice(0, 4096).replace(/^\uFEFF/, "").replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, "").trimStart();
  return /^<(rss|feed|rdf:RDF)[\s>]/i.test(head);
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  processEntities: true,
  htmlEntities: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => name === "item" || name === "entry" || name === "link",
});

type Node = Record<string, unknown>;

function text(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value === "object") return text((value as Node)["#text"]);
  const s = String(value).trim();
  return s ? s : null;
}

function atomLink(links: unknown): string | null {
  const list = (Array.isArray(links) ? links : [links]).filter(Boolean) as (Node | string)[];
  const href = (l: Node | string) => (typeof l === "string" ? l : text(l["@_href"]));
  const alternate = list.find((l) => typeof l === "string" || !l["@_rel"] || l["@_rel"] === "alternate");
  return alternate ? href(alternate) : list.length ? href(list[0]!) : null;
}

/** Parses a feed; throws with a clear message when the XML is broken or not a feed. */
export function parseFeed(xml: string): Feed {
  let doc: Node;
  try {
    doc = parser.parse(xhtmlAsText(xml), true) as Node;
  } catch (e) {
    throw new Error(`broken feed XML: ${(e as Error).message.split("\n")[0]}`);
  }
  const rss = doc.rss as Node | undefined;
  const rdf = doc["rdf:RDF"] as Node | undefined;
  const atom = doc.feed as Node | undefined;
  if (rss || rdf) {
    const channel = ((rss?.channel ?? rdf?.channel) ?? {}) as Node;
    const items = ((rss ? channel.item : rdf?.item) ?? []) as Node[];
    // (An item with no date of its own was published when the feed says it was built.)
    const feedDate = text(channel.pubDate) ?? text(channel.lastBuildDate) ?? text(channel["dc:date"]);
    return {
      title: text(channel.title),
      items: items.map((item) => ({
        link: text(item.link) ?? (isPermalink(item.guid) ? text(item.guid) : null),
        title: text(item.title),
        date: text(item.pubDate) ?? text(item["dc:date"]) ?? feedDate,
        content: text(item["content:encoded"]) ?? text(item.description),
      })),
    };
  }
  if (atom) {
    const entries = (atom.entry ?? []) as Node[];
    return {
      title: text(atom.title),
      items: entries.map((entry) => ({
        link: atomLink(entry.link),
        title: text(entry.title),
        date: text(entry.published) ?? text(entry.updated) ?? text(atom.updated),
        content: text(entry.content) ?? text(entry.summary),
      })),
    };
  }
  throw new Error("XML that is not an RSS or Atom feed");
}

function isPermalink(guid: unknown): boolean {
  if (!guid) return false;
  const isLink = typeof guid === "object" ? (guid as Node)["@_isPermaLink"] !== "false" : true;
  return isLink && /^https?:\/\//i.test(text(guid) ?? "");
}

/**
 * Atom's XHTML content is markup inside the XML, which the parser would take apart: it is read as the HTML it is,
 * like an escaped or CDATA body.
 */
function xhtmlAsText(xml: string): string {
  if (!XHTML_HINT.test(xml)) return xml;
  return xml.replace(XHTML_CONTENT, (whole, tag: string, attributes: string, inner: string) => (inner.includes("]]>") ? whole : `<${tag}${attributes}><![CDATA[${inner}]]></${tag}>`));
}
const XHTML_HINT = /type\s*=\s*["']xhtml["']/i;
const XHTML_CONTENT = /<(content|summary)(\s[^>]*?\btype\s*=\s*["']xhtml["'][^>]*)>([\s\S]*?)<\/\1>/gi;

/**
 * An item's content as plain text: feeds carry HTML (escaped or in CDATA) or plain text. A body that is only a link's
 * label ("Read more", "[…]") says nothing: the title, when there is one, is what the item reports.
 */
export function feedItemText(content: string, title: string | null = null): string {
  const text = htmlToArticle(`<html><body>${content}</body></html>`).text;
  return title && LINK_LABEL_ONLY.test(text) ? title : text;
}
const LINK_LABEL_ONLY = /^\s*(?:read more|continue reading|read the full (?:story|article)|full story|more|\[(?:…|\.\.\.)\]|…|\.\.\.)[\s.:»›>…-]*$/i;

/**
 * A feed item's identity: its link (or permalink guid), made absolute against the feed's own URL when there is one,
 * as it is when the feed is fetched by URL; null when it has no link, or only a relative one and no base to resolve it.
 * A saved feed file and the same feed fetched give their items the same ids.
 */
export function feedItemId(item: Pick<FeedItem, "link">, base?: string): string | null {
  if (!item.link) return null;
  try {
    const url = new URL(item.link, base);
    return /^https?:$/.test(url.protocol) ? url.toString() : null;
  } catch {
    return null;
  }
}

/** A feed's date ("Tue, 12 Nov 2024 14:05:00 GMT", ISO) as the UTC day, or null. */
export function feedDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const iso = isoDay(value);
  if (iso) return iso;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().slice(0, 10);
}
