// The readers' public face: files and folders to SourceDocs, and HTML to article text for fetched pages.
export { readSources, READABLE_EXTENSIONS } from "./read-sources.ts";
export { htmlToArticle, type HtmlArticle } from "./html.reader.ts";
export { datelineDate, isoDay } from "./published-date.ts";
export { decodeText } from "./decode.ts";
export { formatReadError, DEFAULT_MAX_BYTES, type FileIdentity, type ReadError, type ReadOptions, type ReadResult } from "./read.types.ts";
