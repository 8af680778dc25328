// The entity stage: names of people, organisations and places, with offsets, in-report canonical forms and coordinates.
import type { AnnotatedDoc, EntityMention } from "../../../doc/document.ts";
import type { Stage } from "../../stage.ts";
import { tokenize, type Token } from "./tokens.ts";
import { findCandidates } from "./candidates.ts";
import { classify } from "./classify.ts";
import { linkMentions } from "./link.ts";
import { countryCodeOf, geocode } from "../../../resolve/geo/geocode.ts";

/** Finds the entity mentions of a text. */
export function findEntities(text: string): EntityMention[] {
  const tokens = tokenize(text);
  const lowercaseSeen = new Set<string>();
  for (const t of tokens) if (t.word && !t.cap) lowercaseSeen.add(t.text.toLowerCase());
  const countries = reportCountries(tokens);
  const candidates = findCandidates(text, tokens, lowercaseSeen);
  const ctx = { text, tokens, countries, lowercaseSeen };
  const typed = candidates.flatMap((c) => classify(c, ctx));
  const linked = linkMentions(text, tokens, typed);
  // Namesakes: re-geocode each place next to the report's other, unambiguous-enough places.
  const anchors = linked
    .filter((m) => m.type === "place" && m.geo && (m.geo.precision === "city" || m.geo.precision === "village") && !m.geo.fuzzy)
    .map((m) => ({ name: m.canonical, lat: m.geo!.lat, lon: m.geo!.lon }));
  for (const m of linked) {
    if (m.type !== "place" || !m.geo || (m.geo.precision !== "city" && m.geo.precision !== "village")) continue;
    const near = anchors.filter((a) => a.name !== m.canonical);
    if (near.length) m.geo = geocode(m.text, { countries, near }) ?? m.geo;
  }
  return linked.map((m) => {
    const mention: EntityMention = { start: m.start, end: m.end, text: m.text, type: m.type!, canonical: m.canonical };
    if (m.type === "person") mention.org = m.org ?? null;
    if (m.descriptor) mention.descriptor = true;
    if (m.type === "place") {
      const geo = m.geo ?? geocode(m.text, { countries });
      mention.lat = geo?.lat ?? null;
      mention.lon = geo?.lon ?? null;
      mention.precision = geo?.precision ?? null;
    }
    return mention;
  });
}

/** The countries a report is about, most mentioned first (names and demonyms: "Syria", "Syrian"). */
export function reportCountries(tokens: Token[]): string[] {
  const counts = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || !t.cap) continue;
    const next = tokens[i + 1];
    const pair = next?.word && next.cap && next.sameLine ? countryCodeOf(`${t.text} ${next.text}`) : null;
    const cc = pair ?? countryCodeOf(t.text);
    if (cc) counts.set(cc, (counts.get(cc) ?? 0) + 1);
    if (pair) i++;
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([cc]) => cc);
}

export const entitiesStage: Stage = {
  name: "entities",
  requires: [],
  assigns: ["entities"],
  run(doc: AnnotatedDoc): AnnotatedDoc {
    return { ...doc, entities: findEntities(doc.text) };
  },
};
