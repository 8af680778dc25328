// Worker-thread task: runs the pipeline on one report and returns what the store keeps (claims, mentions) and the
// copy fingerprint (and, for a SQLite store, the copy candidates), so the writer thread does none of it.
import type { SourceDoc } from "../../doc/document.ts";
import type { Extraction } from "../../store/store.ts";
import { extractForStore, type ExtractForStoreOptions } from "../extract-for-store.ts";

export default function extractInWorker({ doc, opts }: { doc: SourceDoc; opts: ExtractForStoreOptions }): Extraction {
  return extractForStore(doc, opts);
}
