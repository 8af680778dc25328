// Cross-report resolution on reports written for the test: variants merge, different things stay apart.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findEntities } from "../pipeline/stages/entities/entities.stage.ts";
import { resolveEntities, type ResolvedEntity } from "./entities.resolve.ts";

const REPORTS: Record<string, string> = {
  r1: "Militia spokesman Mohammed Karimi said on Friday that 40 families had left Baghouz for Al-Hol camp. The Syrian Democratic Forces (SDF) escorted them. Karimi said more would follow.",
  r2: "SDF commander Muhammad Karimi told reporters that fighting continued near Baghuz. The Islamic State group still holds a pocket, the Syrian Democratic Force said.",
  r4: "Police named the gunman as Omar Khalid Haddad, 31. Haddad had no record.",
  r5: "Omar Haddad fired at officers before he was arrested in Chicago, Chicago police said.",
  r3: "ISIS fighters attacked the Omar oil field overnight, Daesh said in a statement. Yasser Omar, a local official, said guards repelled them. Karimi declined to comment.",
};

function resolved(): ResolvedEntity[] {
  return resolveEntities(Object.entries(REPORTS).map(([id, text]) => ({ id, entities: findEntities(text) })));
}

/** The entity holding `text`, found inside `context` (default: its first occurrence) in report `doc`. */
function owner(entities: ResolvedEntity[], doc: string, text: string, context = text): ResolvedEntity {
  const start = REPORTS[doc]!.indexOf(context) + context.indexOf(text);
  const end = start + text.length;
  const e = entities.find((x) => x.mentions.some((m) => m.doc === doc && m.span[0] < end && start < m.span[1]));
  assert.ok(e, `no entity holds "${text}" in ${doc}`);
  return e;
}

test("resolve: spelling variants of a person are one entity, with the short forms", () => {
  const entities = resolved();
  const a = owner(entities, "r1", "Mohammed Karimi");
  assert.equal(owner(entities, "r2", "Muhammad Karimi").id, a.id);
  assert.equal(owner(entities, "r1", "Karimi", "Karimi said more").id, a.id);
  assert.equal(owner(entities, "r3", "Karimi", "Karimi declined").id, a.id);
  assert.equal(a.type, "person");
});

test("resolve: acronyms, plural slips and aliases of organisations are one entity", () => {
  const entities = resolved();
  const sdf = owner(entities, "r1", "Syrian Democratic Forces");
  assert.equal(owner(entities, "r2", "SDF").id, sdf.id);
  assert.equal(owner(entities, "r2", "Syrian Democratic Force").id, sdf.id);
  const is = owner(entities, "r2", "Islamic State");
  assert.equal(owner(entities, "r3", "ISIS").id, is.id);
  assert.equal(owner(entities, "r3", "Daesh").id, is.id);
  assert.notEqual(is.id, sdf.id);
});

test("resolve: place variants share coordinates; a person sharing a word with a place stays apart", () => {
  const entities = resolved();
  const baghouz = owner(entities, "r1", "Baghouz");
  assert.equal(owner(entities, "r2", "Baghuz").id, baghouz.id);
  assert.equal(baghouz.type, "place");
  assert.ok(baghouz.lat !== null && Math.abs(baghouz.lat - 34.48) < 0.1);
  const field = owner(entities, "r3", "Omar oil field");
  const person = owner(entities, "r3", "Yasser Omar");
  assert.notEqual(field.id, person.id);
  assert.equal(field.type, "place");
  assert.equal(person.type, "person");
});

test("resolve: a name with and without its middle name is one person; a city never joins an organisation", () => {
  const entities = resolved();
  const full = owner(entities, "r4", "Omar Khalid Haddad");
  assert.equal(owner(entities, "r5", "Omar Haddad").id, full.id);
  const city = owner(entities, "r5", "Chicago", "in Chicago");
  assert.equal(city.type, "place");
});

test("resolve: ids are unique and deterministic", () => {
  const first = resolved();
  const second = resolved();
  assert.deepEqual(first.map((e) => e.id), second.map((e) => e.id));
  assert.equal(new Set(first.map((e) => e.id)).size, first.length);
  for (const e of first) assert.match(e.id, /^[a-z0-9-]+$/);
});

test("resolve: no documents, no entities", () => {
  assert.deepEqual(resolveEntities([]), []);
});

test("resolve: a surname with its particle, alone in another report, is the one fuller name ending with it", () => {
  const docs = [
    { id: "p1", text: "Interior ministry spokesman Tarek Abu-Shamala said 300 people had been displaced." },
    { id: "p2", text: "Abu Shamala said on Saturday that 4,000 people had been displaced across the region." },
    { id: "p3", text: "Police named the victims as Ali Hassan and Samir Haddad." },
    { id: "p4", text: "Mohamed Ali Hassan, the town's mayor, said the road was closed." },
  ];
  const entities = resolveEntities(docs.map((d) => ({ id: d.id, entities: findEntities(d.text) })));
  const named = (doc: string) => entities.filter((e) => e.type === "person" && e.mentions.some((m) => m.doc === doc)).map((e) => e.name);
  assert.deepEqual(named("p2"), ["Tarek Abu-Shamala"]);
  // (Without a particle the shorter name may be another man: Ali Hassan stays apart from Mohamed Ali Hassan.)
  assert.ok(!named("p3").includes("Mohamed Ali Hassan"));
});

test("resolve: given names written as one word or two, and a body named with its people's name before it, are one", () => {
  const docs = [
    { id: "g1", text: "Lieutenant General Abdul Wahab al-Saadi, a commander of the Counter Terrorism Service, said 300 fighters remained." },
    { id: "g2", text: "Staff Lieutenant General Abdulwahab al-Saedi said the Iraqi Counter-Terrorism Service had lost 20 men." },
  ];
  const entities = resolveEntities(docs.map((d) => ({ id: d.id, entities: findEntities(d.text) })));
  const of = (type: string, doc: string) => entities.filter((e) => e.type === type && e.mentions.some((m) => m.doc === doc)).map((e) => e.name);
  assert.deepEqual(of("person", "g2"), of("person", "g1"));
  assert.deepEqual(of("org", "g2"), of("org", "g1"));
});

test("resolve: a body prefixed by a place or a people of one country is the unprefixed one ('Gaza Civil Defence', 'Palestinian Civil Defence'); a third country's stays apart", () => {
  const reports = [
    { id: "c1", text: "Strikes killed 33 people in Jabalia, the Palestinian Civil Defence said. Civil Defence crews searched the rubble." },
    { id: "c2", text: "The toll rose to 73, the Gaza Civil Defence said on Sunday." },
  ];
  const entities = resolveEntities(reports.map((r) => ({ id: r.id, entities: findEntities(r.text) })));
  const gaza = entities.find((e) => e.aliases.includes("Gaza Civil Defence"));
  assert.ok(gaza?.aliases.includes("Palestinian Civil Defence") && gaza.aliases.includes("Civil Defence"));
  const withSyria = resolveEntities([...reports, { id: "c3", text: "In Idlib, the Syrian Civil Defence said 12 people were killed." }].map((r) => ({ id: r.id, entities: findEntities(r.text) })));
  const syrian = withSyria.find((e) => e.aliases.includes("Syrian Civil Defence"));
  assert.ok(syrian && !syrian.aliases.includes("Gaza Civil Defence"));
});

test("resolve: a nickname one report ties to a full name is that person in a report that uses it alone", () => {
  const docs = [
    { id: "n1", text: "Mohamed Hamdan Dagalo, known as Hemedti, leads the RSF." },
    { id: "n2", text: "Hemedti spoke on Monday." },
  ];
  const entities = resolveEntities(docs.map((d) => ({ id: d.id, entities: findEntities(d.text) })));
  const people = entities.filter((e) => e.type === "person");
  assert.equal(people.length, 1);
  assert.ok(people[0]!.mentions.some((m) => m.doc === "n2"));
});

test("resolve: a state's body named bare is its country's: Lebanon's and Gaza's Health Ministry stay apart; 'the Lebanese Health Ministry' joins Lebanon's", () => {
  const reports = [
    { id: "l1", text: "BEIRUT — Lebanon's Health Ministry said eight people were killed in strikes on Tyre." },
    { id: "g1", text: "The Health Ministry in Gaza said 40 people were killed in Rafah." },
    { id: "l2", text: "The Lebanese Health Ministry said three more people died in Nabatieh." },
  ];
  const entities = resolveEntities(reports.map((r) => ({ id: r.id, entities: findEntities(r.text) })));
  const ministries = entities.filter((e) => /Health Ministry/.test(e.name)).map((e) => [e.name, e.mentions.map((m) => m.doc).sort()]);
  assert.deepEqual(ministries.sort(), [["Health Ministry (Lebanon)", ["l1", "l2"]], ["Health Ministry (Palestinian Territories)", ["g1"]]]);
});

test("resolve: 'X Society' and 'X' are one organisation, only when the rest of the name matches exactly", () => {
  const org = (text: string) => ({ start: 0, end: text.length, text, type: "org" as const, canonical: text });
  const entities = resolveEntities([
    { id: "s1", entities: [org("Lorania Red Crescent Society"), org("Qasr Relief Society")] },
    { id: "s2", entities: [org("Lorania Red Crescent"), org("Qasr Aid Relief")] },
  ]);
  const holding = (text: string) => entities.find((e) => e.aliases.includes(text))!.id;
  assert.equal(holding("Lorania Red Crescent Society"), holding("Lorania Red Crescent"));
  assert.notEqual(holding("Qasr Relief Society"), holding("Qasr Aid Relief"));
});

test("resolve: 'North Kordofan' and 'West Kordofan' are separate places, even where the gazetteer puts both on one point", () => {
  const place = (text: string) => ({ start: 0, end: text.length, text, type: "place" as const, canonical: text, lat: 12.5, lon: 29.5, precision: "province" as const });
  const entities = resolveEntities([
    { id: "k1", entities: [place("North Kordofan"), place("Upper Kordofan")] },
    { id: "k2", entities: [place("West Kordofan"), place("Lower Kordofan"), place("North Kordofan")] },
    { id: "k3", entities: [place("Kordofan")] },
  ]);
  const holding = (text: string) => entities.find((e) => e.aliases.includes(text))!.id;
  const ids = ["North Kordofan", "West Kordofan", "Upper Kordofan", "Lower Kordofan", "Kordofan"].map(holding);
  assert.equal(new Set(ids).size, 5);
  assert.equal(entities.find((e) => e.id === holding("North Kordofan"))!.mentions.length, 2);
});
