// Fetches one URL safely: every address checked before connecting (and on each redirect), time and size limits
// enforced while streaming, only text-like content types accepted.
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import zlib from "node:zlib";
import { blockedReason } from "./address-guard.ts";
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_REDIRECTS, DEFAULT_TIMEOUT_MS } from "./fetch-defaults.ts";
import { FetchFailure } from "./fetch-errors.ts";

export interface FetchOptions {
  /** Allow private, loopback and link-local addresses (tests, intranets). */
  allowPrivate?: boolean;
  /** Whole fetch including redirects, in milliseconds (default 15 s). */
  timeoutMs?: number;
  /** Largest body accepted, after decompression, in bytes (default 10 MB). */
  maxBytes?: number;
  /** Redirects followed before giving up (default 5). */
  maxRedirects?: number;
}

export interface Fetched {
  /** The URL asked for. */
  url: string;
  /** Where the content finally came from, after redirects. */
  finalUrl: string;
  /** Media type without parameters, lower-case ("text/html"), or "" when the server gave none. */
  mediaType: string;
  body: string;
}

export { DEFAULT_MAX_BYTES, DEFAULT_MAX_REDIRECTS, DEFAULT_TIMEOUT_MS };
const USER_AGENT = "triangulate/0.1 (news figures extractor)";

/** True for the media types we read: HTML, XML (feeds) and plain text. */
export function acceptedMediaType(mediaType: string): boolean {
  return mediaType === "" || mediaType === "text/html" || mediaType === "text/plain" || mediaType === "application/xhtml+xml"
    || mediaType === "text/xml" || mediaType === "application/xml" || mediaType.endsWith("+xml");
}

/** A DNS lookup that resolves every address of the host and refuses the connection if any is not public. */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return ((hostname: string, options: { all?: boolean; family?: number }, callback: (...args: unknown[]) => void) => {
    dnsLookup(hostname, { all: true, family: options.family ?? 0 }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error);
      if (!addresses.length) return callback(new Error(`no address for ${hostname}`));
      if (!allowPrivate) {
        for (const a of addresses) {
          const reason = blockedReason(a.address);
          if (reason) return callback(Object.assign(new Error(`${hostname}: ${reason}`), { code: "EBLOCKED" }));
        }
      }
      if (options.all) callback(null, addresses);
      else callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  }) as unknown as LookupFunction;
}

function checkUrl(raw: string, allowPrivate: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchFailure("not a valid URL", raw);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new FetchFailure(`only http and https URLs are fetched, not ${url.protocol}`, raw);
  if (url.username || url.password) throw new FetchFailure("URLs with credentials are refused", raw);
  // A literal IP never goes through DNS, so it is checked here.
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (!allowPrivate && isIP(host)) {
    const reason = blockedReason(host);
    if (reason) throw new FetchFailure(reason, raw);
  }
  if (!allowPrivate && /^localhost$|\.localhost$/i.test(host)) {
    throw new FetchFailure("refused: localhost is not a public address (use --allow-private to allow)", raw);
  }
  return url;
}

function charsetOf(contentType: string, head: string): string {
  const fromHeader = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
  const fromBody = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1];
  return (fromHeader ?? fromBody ?? "utf-8").toLowerCase();
}

function decode(bytes: Buffer, contentType: string): string {
  const label = charsetOf(contentType, bytes.subarray(0, 2048).toString("latin1"));
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes); // unknown charset label: UTF-8 is the best guess
  }
}

interface Hop {
  response: IncomingMessage;
  abort(): void;
}

function request(url: URL, allowPrivate: boolean, signal: AbortSignal): Promise<Hop> {
  const transport = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = transport.request(url, {
      method: "GET",
      agent: false,
      lookup: guardedLookup(allowPrivate),
      signal,
      headers: {
        "user-agent": USER_AGENT,
        accept: "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8",
        "accept-encoding": "gzip, deflate, br",
      },
    });
    req.on("response", (response) => resolve({ response, abort: () => req.destroy() }));
    req.on("error", reject);
    req.end();
  });
}

async function readBody(response: IncomingMessage, maxBytes: number, url: string): Promise<Buffer> {
  const declared = Number(response.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) {
    throw new FetchFailure(`body of ${declared} bytes is over the ${maxBytes}-byte limit`, url);
  }
  const encoding = String(response.headers["content-encoding"] ?? "identity").toLowerCase();
  const stream = encoding === "gzip" || encoding === "x-gzip" ? response.pipe(zlib.createGunzip())
    : encoding === "deflate" ? response.pipe(zlib.createInflate())
    : encoding === "br" ? response.pipe(zlib.createBrotliDecompress())
    : response;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += (chunk as Buffer).length;
      // Counted after decompression, so a small compressed bomb is caught too.
      if (size > maxBytes) throw new FetchFailure(`body is over the ${maxBytes}-byte limit`, url);
      chunks.push(chunk as Buffer);
    }
  } finally {
    if (stream !== response) response.destroy();
  }
  return Buffer.concat(chunks);
}

function describe(error: unknown, url: string, timeoutMs: number, timedOut: boolean): FetchFailure {
  if (error instanceof FetchFailure) return error;
  if (timedOut) return new FetchFailure(`timed out after ${timeoutMs} ms`, url);
  const e = error as NodeJS.ErrnoException;
  if (e?.code === "EBLOCKED") return new FetchFailure(e.message, url);
  return new FetchFailure(`fetch failed: ${e?.code ?? ""}${e?.code ? " " : ""}${e?.message ?? String(error)}`.trim(), url);
}

/** Fetches `raw`, following up to maxRedirects redirects by hand so each new address is checked again. */
export async function safeFetch(raw: string, opts: FetchOptions = {}): Promise<Fetched> {
  const allowPrivate = opts.allowPrivate ?? false;
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    let url = checkUrl(raw, allowPrivate);
    for (let redirects = 0; ; redirects++) {
      const { response, abort } = await request(url, allowPrivate, controller.signal);
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && response.headers.location) {
        abort();
        if (redirects >= maxRedirects) throw new FetchFailure(`more than ${maxRedirects} redirects`, raw);
        url = checkUrl(new URL(response.headers.location, url).toString(), allowPrivate);
        continue;
      }
      if (status < 200 || status >= 300) {
        abort();
        throw new FetchFailure(`HTTP ${status}${response.statusMessage ? ` ${response.statusMessage}` : ""}`, raw);
      }
      const contentType = String(response.headers["content-type"] ?? "");
      const mediaType = contentType.split(";")[0]!.trim().toLowerCase();
      if (!acceptedMediaType(mediaType)) {
        abort();
        throw new FetchFailure(`content type ${mediaType} is not HTML, XML or plain text`, raw);
      }
      const body = decode(await readBody(response, maxBytes, raw), contentType);
      return { url: raw, finalUrl: url.toString(), mediaType, body };
    }
  } catch (error) {
    throw describe(error, raw, timeoutMs, timedOut);
  } finally {
    clearTimeout(timer);
  }
}
