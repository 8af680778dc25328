// Hand-written reports with hand-made claims, entities and figures (our own words), stored through the real store.
import type { Claim, EntityMention } from "../../../src/doc/document.ts";
import type { EntityRecord, FigureRecord, Store } from "../../../src/store/store.ts";
import { createHash } from "node:crypto";

export const HILL_REPORT = {
  id: "hill-town-shelling",
  text: [
    "Shelling struck the hill town of Kessaro on Tuesday, residents said.",
    "The district health office said 23 people were killed and about 60 wounded.",
    "More than 1,500 residents fled toward Amrat overnight, according to the relief agency Harvest Aid.",
  ].join(" "),
  meta: { title: "Shelling hits Kessaro", published: "2031-05-07", outlet: "Valley Gazette", agency: null, url: null },
};

export const RIVER_REPORT = {
  id: "river-crossing-update",
  text: [
    "Two days after the shelling of Kessaro, officials raised the toll.",
    "At least 31 people were killed, the district health office said on Thursday.",
    "Harvest Aid said about 2,000 people had reached camps in Amrat.",
  ].join(" "),
  meta: { title: "Kessaro toll rises", published: "2031-05-09", outlet: "Plains Courier", agency: "Wire Service", url: "https://news.invalid/kessaro" },
};

export const HARVEST_REPORT = {
  id: "harvest-notes",
  text: "Farmers near Amrat said the barley harvest was the best in a decade, and grain stores are full.",
  meta: { title: "A good harvest", published: "2031-04-20", outlet: "Valley Gazette", agency: null, url: null },
};

const hash = (text: string) => createHash("sha256").update(text).digest("hex");

function at(text: string, phrase: string): [number, number] {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`fixture phrase not found: ${phrase}`);
  return [start, start + phrase.length];
}

function sentenceAround(text: string, span: [number, number]): [number, number] {
  const start = text.lastIndexOf(". ", span[0]);
  const end = text.indexOf(".", span[1]);
  return [start < 0 ? 0 : start + 2, end < 0 ? text.length : end + 1];
}

const KESSARO = { name: "Kessaro", lat: 33.12, lon: 41.05 };
const AMRAT = { name: "Amrat", lat: 33.6, lon: 41.9 };

function claim(doc: { id: string; text: string }, phrase: string, fields: Partial<Claim>): Claim {
  const span = at(doc.text, phrase);
  return {
    doc: doc.id, span, text: phrase, sentence: sentenceAround(doc.text, span), category: "killed", value: null, low: null, high: null,
    qualifier: "exact", subject: "people", source: null, place: KESSARO, time: null, said: null, hedge: null, ...fields,
  };
}

export function hillClaims(): Claim[] {
  const d = HILL_REPORT;
  const health = { name: "district health office", org: "district health office", text: "The district health office said" };
  return [
    claim(d, "23 people", { value: 23, low: 23, high: 23, source: health, time: { start: "2031-05-06", end: "2031-05-06", text: "on Tuesday" } }),
    claim(d, "about 60", { category: "wounded", value: 60, low: 54, high: 66, qualifier: "approx", source: health }),
    claim(d, "More than 1,500 residents", {
      category: "fled", value: 1500, low: 1500, high: null, qualifier: "min", subject: "residents", place: AMRAT,
      source: { name: "Harvest Aid", org: "Harvest Aid", text: "according to the relief agency Harvest Aid" },
    }),
  ];
}

export function riverClaims(): Claim[] {
  const d = RIVER_REPORT;
  return [
    claim(d, "At least 31 people", {
      value: 31, low: 31, high: null, qualifier: "min",
      source: { name: "district health office", org: "district health office", text: "the district health office said on Thursday" },
      time: { start: "2031-05-06", end: "2031-05-09", text: "Two days after the shelling" },
    }),
    claim(d, "about 2,000 people", {
      category: "arrived", value: 2000, low: 1800, high: 2200, qualifier: "approx", place: AMRAT,
      source: { name: "Harvest Aid", org: "Harvest Aid", text: "Harvest Aid said" },
    }),
  ];
}

function mentions(doc: { text: string }, names: [string, EntityMention["type"]][]): EntityMention[] {
  return names.map(([name, type]) => {
    const [start, end] = at(doc.text, name);
    return { start, end, text: name, type, canonical: name, lat: null, lon: null };
  });
}

export const ENTITIES: EntityRecord[] = [
  { id: "kessaro", name: "Kessaro", type: "place", aliases: ["Kessaro"], lat: KESSARO.lat, lon: KESSARO.lon, precision: "village",
    mentions: [{ doc: HILL_REPORT.id, span: at(HILL_REPORT.text, "Kessaro"), text: "Kessaro" }, { doc: RIVER_REPORT.id, span: at(RIVER_REPORT.text, "Kessaro"), text: "Kessaro" }] },
  { id: "amrat", name: "Amrat", type: "place", aliases: ["Amrat"], lat: AMRAT.lat, lon: AMRAT.lon, precision: "city",
    mentions: [{ doc: HILL_REPORT.id, span: at(HILL_REPORT.text, "Amrat"), text: "Amrat" }] },
  { id: "harvest-aid", name: "Harvest Aid", type: "org", aliases: ["Harvest Aid"], lat: null, lon: null, precision: null,
    mentions: [{ doc: RIVER_REPORT.id, span: at(RIVER_REPORT.text, "Harvest Aid"), text: "Harvest Aid" }] },
];

export function figures(): FigureRecord[] {
  const [killedHill] = hillClaims();
  const [killedRiver] = riverClaims();
  return [{
    id: "f1", category: "killed", subject: "people", place: KESSARO, low: 23, best: 31, high: 31, grade: "contested",
    latest: { value: 31, date: "2031-05-09" },
    members: [{ doc: killedHill.doc, span: killedHill.span }, { doc: killedRiver.doc, span: killedRiver.span }],
    history: [
      { date: "2031-05-07", value: 23, low: 23, high: 23, qualifier: "exact", source: "district health office", outlet: "Valley Gazette", doc: killedHill.doc, span: killedHill.span, independent: true },
      { date: "2031-05-09", value: 31, low: 31, high: null, qualifier: "min", source: "district health office", outlet: "Plains Courier", doc: killedRiver.doc, span: killedRiver.span, independent: true },
    ],
    conflicts: ["23 (health office, 7 May) vs at least 31 (health office, 9 May)"],
  }];
}

/** Stores the three reports, their extractions, entities and figures in `store`. */
export async function seedFixtures(store: Store): Promise<void> {
  await store.putReport({ ...HILL_REPORT, hash: hash(HILL_REPORT.text) }, { claims: hillClaims(), entities: mentions(HILL_REPORT, [["Kessaro", "place"], ["Amrat", "place"]]) });
  await store.putReport({ ...RIVER_REPORT, hash: hash(RIVER_REPORT.text) }, { claims: riverClaims(), entities: mentions(RIVER_REPORT, [["Kessaro", "place"], ["Harvest Aid", "org"]]) });
  await store.putReport({ ...HARVEST_REPORT, hash: hash(HARVEST_REPORT.text) }, { claims: [], entities: mentions(HARVEST_REPORT, [["Amrat", "place"]]) });
  const { reportsVersion } = await store.derivedState();
  await store.replaceDerived({ entities: ENTITIES, figures: figures(), reportsVersion });
}
