// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: detection and the items a feed lists.
import { XMLParser } from "fast-xml-parser";
import { htmlToArticle } from "./html.reader.ts";
import { isoDay } from "./published-date.ts";

export interface FeedItem {
  link: string | null;
  title: string | null;
  /** The item's date as the feed gives it (pubDate, dc:date, published, updated). */
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
    doc = parser.parse(xml, true) as Node;
  } catch (e) {
    throw new Error(`broken feed XML: ${(e as Error).message.split("\n")[0]}`);
  }
  const rss = doc.rss as Node | undefined;
  const rdf = doc["rdf:RDF"] as Node | undefined;
  const atom = doc.feed as Node | undefined;
  if (rss || rdf) {
    const channel = ((rss?.channel ?? rdf?.channel) ?? {}) as Node;
    const items = ((rss ? channel.item : rdf?.item) ?? []) as Node[];
    return {
      title: text(channel.title),
      items: items.map((item) => ({
        link: text(item.link) ?? (isPermalink(item.guid) ? text(item.guid) : null),
        title: text(item.title),
        date: text(item.pubDate) ?? text(item["dc:date"]),
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
        date: text(entry.published) ?? text(entry.updated),
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

/** An item's content as plain text: feeds carry HTML (escaped or in CDATA) or plain text. */
export function feedItemText(content: string): string {
  return htmlToArticle(`<html><body>${content}</body></html>`).text;
}

/** A feed's date ("Tue, 12 Nov 2024 14:05:00 GMT", ISO) as the UTC day, or null. */
export function feedDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const iso = isoDay(value);
  if (iso) return iso;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().slice(0, 10);
}
