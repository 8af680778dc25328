// Hand-written reports and claims for store and ingest tests (our own words, no corpus text).
import type { Claim, EntityMention } from "../../src/doc/document.ts";
import { textHash } from "../../src/store/text-hash.ts";

export const WIRE_BODY = [
  "Rescue teams worked through the night in the river town of Marrowfield after heavy shelling hit the market district on Monday.",
  "The regional health office said at least 14 civilians were killed and 37 wounded, many of them traders who had opened their stalls early.",
  "Hundreds of families left the eastern quarter on foot and in trucks, heading for camps near the border crossing at Tessaly.",
  "A spokesman for the provincial governor said the toll could rise as crews reach collapsed buildings near the old mill.",
  "Aid agencies asked both sides to open a corridor so that ambulances and water tankers can reach the remaining residents.",
].join(" ");

export const UNRELATED = [
  "Farmers in the northern valley brought in an early wheat harvest this week, helped by a dry and warm spring.",
  "Grain merchants expect prices to ease once the new crop reaches the storage depots along the railway line.",
  "The agriculture ministry plans to publish its final estimate of the yield at the end of next month, officials said.",
].join(" ");

export function claim(doc: string, text: string, phrase: string, fields: Partial<Claim> = {}): Claim {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`fixture phrase not in text: ${phrase}`);
  return {
    doc,
    span: [start, start + phrase.length],
    text: phrase,
    sentence: [0, text.length],
    category: "killed",
    value: 14,
    low: 14,
    high: null,
    qualifier: "min",
    subject: "civilians",
    source: { name: "regional health office", org: "regional health office", text: "The regional health office said" },
    place: { name: "Marrowfield", lat: 12.5, lon: 40.25 },
    time: { start: "2024-03-04", end: "2024-03-04", text: "on Monday" },
    said: null,
    hedge: null,
    ...fields,
  };
}

export function mention(text: string, name: string, type: EntityMention["type"]): EntityMention {
  const start = text.indexOf(name);
  return { start, end: start + name.length, text: name, type, canonical: name };
}

export function report(id: string, text: string, meta: Record<string, string | null> = {}) {
  return { id, text, hash: textHash(text), meta: { published: "2024-03-05", outlet: "Daily Courier", ...meta } };
}

export function wireExtraction(id: string, text: string) {
  return {
    claims: [
      claim(id, text, "at least 14 civilians"),
      claim(id, text, "37", { category: "wounded", value: 37, low: 37, high: 37, qualifier: "exact" }),
      claim(id, text, "Hundreds of families", {
        category: "fled", value: null, low: 200, high: 999, qualifier: "vague", vague: "hundreds", subject: "families", source: null,
        place: { name: "Tessaly", lat: null, lon: null }, time: null,
      }),
    ],
    entities: [mention(text, "Marrowfield", "place"), mention(text, "Tessaly", "place")],
  };
}
