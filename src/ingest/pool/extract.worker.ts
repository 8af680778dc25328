// Worker-thread task: runs the pipeline on one report and returns what the store keeps (claims, mentions) and the
// copy fingerprint, so the writer thread does neither.
import type { SourceDoc } from "../../doc/document.ts";
import type { Extraction } from "../../store/store.ts";
import { extractForStore } from "../extract-for-store.ts";

export default function extractInWorker(doc: SourceDoc): Extraction {
  return extractForStore(doc);
}
