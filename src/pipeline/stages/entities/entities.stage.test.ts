// Tables of hand-written sentences and the mentions the entity stage must (and must not) find in them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findEntities, entitiesStage, blankLetterlessRuns, reportCountries } from "./entities.stage.ts";
import { annotate } from "../../../doc/document.ts";
import { ShapeFilter, capitalisedWords, determinerWords, lowercaseWords, tokenize } from "./tokens.ts";

interface Expect {
  text: string;
  type: "person" | "org" | "place";
  canonical?: string;
  org?: string;
  /** For places: coordinates within a degree. */
  near?: [number, number];
}

const CASES: [string, Expect[], string[]][] = [
  // [text, mentions that must be found, surface texts that must not be tagged]
  [
    "At Kharkiv, the shelling went on. In Gaza City, an air strike hit a school.",
    [
      { text: "Kharkiv", type: "place", near: [50, 36.2] },
      { text: "Gaza City", type: "place", near: [31.5, 34.5] },
    ],
    ["At Kharkiv", "In Gaza City"],
  ],
  [
    // A town's name standing alone is the surname of a person named in full; a channel's number is glued to a dateline.
    "Shooting on east side | Fox 59INDIANAPOLIS — The victim, identified as Leonard Arnold, was found outside. Arnold died at the scene, Schron Jackson of the police said. Jackson said a suspect fled.",
    [
      { text: "INDIANAPOLIS", type: "place", near: [39.8, -86.2] },
      { text: "Arnold", type: "person", canonical: "Leonard Arnold" },
      { text: "Jackson", type: "person", canonical: "Schron Jackson" },
    ],
    ["Fox"],
  ],
  [
    // A country also said of its people is a place after "in" or "across", or owning something; not "Myanmar troops".
    "Protests went on across Myanmar. Myanmar troops fired on crowds. Fighting in the Philippines went on.",
    [
      { text: "Myanmar", type: "place", near: [21.1, 96.5] },
      { text: "Philippines", type: "place", near: [15.9, 121.4] },
    ],
    ["Myanmar troops"],
  ],
  [
    "Murders rise | FOX2now.comST. LOUIS (KTVI) – A man was shot.",
    [{ text: "ST. LOUIS", type: "place", near: [38.6, -90.2] }],
    ["LOUIS"],
  ],
  [
    "Thousands fled Rubaya as rebels stormed Kalembe; others fled to Kinyandoni or sheltered in nearby Mweso. GOMA, Democratic Republic of Congo, is 60 km away.",
    [
      { text: "Rubaya", type: "place" },
      { text: "Kalembe", type: "place" },
      { text: "Kinyandoni", type: "place" },
      { text: "Mweso", type: "place" },
      { text: "Democratic Republic of Congo", type: "place", near: [-2.9, 23.6] },
    ],
    [],
  ],
  [
    "Free Syrian Army spokesman Yusuf Haddad said on Monday that the rebels had withdrawn from Maarat al-Numan.",
    [
      { text: "Yusuf Haddad", type: "person", org: "Free Syrian Army" },
      { text: "Free Syrian Army", type: "org" },
    ],
    ["Monday"],
  ],
  [
    "The Kurdistan Democratic Unity Front (KDUF) said its fighters held the line. A KDUF commander, Salim Rashid, said the Front would not retreat.",
    [
      { text: "Kurdistan Democratic Unity Front", type: "org" },
      { text: "KDUF", type: "org", canonical: "Kurdistan Democratic Unity Front" },
      { text: "Salim Rashid", type: "person", org: "Kurdistan Democratic Unity Front" },
    ],
    [],
  ],
  [
    "Farida Nasser, a spokeswoman for the Norwegian Refugee Council, said families were sleeping outdoors. Nasser added that aid had not arrived.",
    [
      { text: "Farida Nasser", type: "person", org: "Norwegian Refugee Council" },
      { text: "Nasser", type: "person", canonical: "Farida Nasser" },
      { text: "Norwegian Refugee Council", type: "org" },
    ],
    [],
  ],
  [
    "Daesh fighters attacked a checkpoint near Raqqa, and ISIS claimed the raid. IS has lost most of its territory.",
    [
      { text: "Daesh", type: "org", canonical: "Islamic State" },
      { text: "ISIS", type: "org", canonical: "Islamic State" },
      { text: "IS", type: "org", canonical: "Islamic State" },
      { text: "Raqqa", type: "place", near: [35.95, 39.01] },
    ],
    [],
  ],
  [
    "The Lebanese Monitor for Displacement, a Beirut-based rights monitor, counted 900 arrivals. The monitor said more were expected, and the Beirut-based monitor later raised its count.",
    [
      { text: "Lebanese Monitor for Displacement", type: "org" },
      { text: "monitor", type: "org", canonical: "Lebanese Monitor for Displacement" },
      { text: "Beirut-based monitor", type: "org", canonical: "Lebanese Monitor for Displacement" },
    ],
    [],
  ],
  [
    "Shelling hit the village of Kafr Nabl and the town of Maarat al-Numan in Idlib province on Tuesday.",
    [
      { text: "Kafr Nabl", type: "place" },
      { text: "Maarat al-Numan", type: "place" },
      { text: "Idlib", type: "place", near: [35.9, 36.6] },
    ],
    ["Shelling", "Tuesday"],
  ],
  [
    "Foreign Minister Amira Khoury met President Jonas Lind in Oslo. Father Tomas Weber, a priest, joined them.",
    [
      { text: "Amira Khoury", type: "person" },
      { text: "Jonas Lind", type: "person" },
      { text: "Oslo", type: "place", near: [59.9, 10.7] },
      { text: "Tomas Weber", type: "person" },
    ],
    ["Foreign Minister Amira Khoury", "President Jonas Lind"],
  ],
  [
    "Hassan Omar, a local official, said the Omar Oil Field was shelled overnight.",
    [
      { text: "Hassan Omar", type: "person" },
      { text: "Omar Oil Field", type: "place" },
    ],
    [],
  ],
  [
    "Residents fled to Turkey and Iraq. Turkish troops and Iraqi police were deployed. Syria's government did not comment.",
    [
      { text: "Turkey", type: "place" },
      { text: "Iraq", type: "place" },
      { text: "Syria", type: "place" },
    ],
    ["Residents", "Turkish", "Iraqi", "Syria's"],
  ],
  [
    "US-backed forces and SDF-held towns came under fire, the Kurdish-led Syrian Democratic Forces said.",
    [
      { text: "SDF", type: "org", canonical: "Syrian Democratic Forces" },
      { text: "Syrian Democratic Forces", type: "org" },
    ],
    ["US-backed", "Kurdish-led"],
  ],
  [
    "Ten people were killed in Gao, Mali, according to the United Nations mission. A UN spokesman, Piet Janssen, confirmed the toll.",
    [
      { text: "Gao", type: "place" },
      { text: "Mali", type: "place" },
      { text: "United Nations", type: "org" },
      { text: "UN", type: "org", canonical: "United Nations" },
      { text: "Piet Janssen", type: "person" },
    ],
    ["Ten"],
  ],
  [
    "The Uganda People's Defence Force (UPDF) said Syria's Kurds were not involved.",
    [
      { text: "Uganda People's Defence Force", type: "org" },
      { text: "UPDF", type: "org", canonical: "Uganda People's Defence Force" },
      { text: "Syria", type: "place" },
    ],
    ["Syria's Kurds", "Kurds"],
  ],
  [
    "Fresh Clashes Erupt Near Aleppo As Talks Stall In Geneva\nFighting resumed on Friday.",
    [
      { text: "Aleppo", type: "place" },
      { text: "Geneva", type: "place" },
    ],
    ["Fresh Clashes Erupt Near Aleppo As Talks Stall In Geneva", "Fresh Clashes Erupt", "Talks Stall"],
  ],
  [
    "Yemeni President Ali Hamid Saleh spoke to reporters in Aden.",
    [
      { text: "Ali Hamid Saleh", type: "person" },
      { text: "Aden", type: "place" },
    ],
    ["Yemeni"],
  ],
  [
    "Police Lt. Col. Ramon Dizon said gunmen raided a farm in Demoso Township. Capt. Reyes confirmed it.",
    [
      { text: "Ramon Dizon", type: "person" },
      { text: "Demoso Township", type: "place" },
      { text: "Reyes", type: "person" },
    ],
    ["Lt", "Col", "Capt", "Police"],
  ],
  [
    "Commander Idris Mahamat Bashar, known as Abu Zaid, denied the claim. Reporters Without Borders (RSF) said RSF staff had left.",
    [
      { text: "Idris Mahamat Bashar", type: "person" },
      { text: "Abu Zaid", type: "person", canonical: "Idris Mahamat Bashar" },
      { text: "RSF", type: "org", canonical: "Reporters Without Borders" },
    ],
    [],
  ],
  [
    "President Volodymyr Zelenskyy visited the front. Zelensky said the line held, and the Kremlin did not comment.",
    [
      { text: "Zelensky", type: "person", canonical: "Volodymyr Zelenskyy" },
      { text: "Kremlin", type: "org" },
    ],
    [],
  ],
  [
    "GUNMEN KILL FIVE IN ATTACK ON MARKET IN NORTHERN MALI, IS CLAIMS\nBAMAKO, Mali (Reuters) - Gunmen killed five people in Gao, officials said.",
    [
      { text: "MALI", type: "place" },
      { text: "BAMAKO", type: "place" },
      { text: "Reuters", type: "org" },
      { text: "Gao", type: "place" },
    ],
    ["IS", "GUNMEN", "GUNMEN KILL FIVE", "NORTHERN", "CLAIMS"],
  ],
  [
    // (A role after the body's possessive, or after words written small: the person speaks for that body.)
    "Eight children died, said Sheldon Yett, UNICEF's representative in Sudan. Seven patients died, said Claire Nicolet, MSF emergency coordinator.",
    [
      { text: "Sheldon Yett", type: "person", org: "UNICEF" },
      { text: "Claire Nicolet", type: "person", org: "Doctors Without Borders" },
    ],
    [],
  ],
  [
    // (The office of a holder, "the Ombudsman's Office", and a level of the state with a force's head, "the National Police".)
    "The Ombudsman's Office said 40 people died. The Attorney General's Office said 12 bodies were found, the National Police said.",
    [
      { text: "Ombudsman's Office", type: "org" },
      { text: "Attorney General's Office", type: "org" },
      { text: "National Police", type: "org" },
    ],
    [],
  ],
  [
    // (A title's country, then the name of who holds it: two names, not one place.)
    "Eight children died, said UNICEF Representative in Sudan Sheldon Yett.",
    [
      { text: "Sudan", type: "place" },
      { text: "Sheldon Yett", type: "person" },
    ],
    ["Sudan Sheldon Yett"],
  ],
  [
    // (A weekday is a given name where a role or an appositive comma leads to it and a surname follows; after "on" it is a day.)
    "Police spokesman Sunday Ochoche said 12 people were killed. A community leader, Monday Kassah, gave the toll. On Monday Ochoche spoke again.",
    [
      { text: "Sunday Ochoche", type: "person" },
      { text: "Monday Kassah", type: "person" },
    ],
    ["Monday Ochoche"],
  ],
  [
    // (A part of a country written small between "in" and a name also said of its people: "in central Myanmar".)
    "The toll from the earthquake in central Myanmar rose to 1,644. Myanmar troops fired.",
    [{ text: "Myanmar", type: "place", near: [21.1, 96.5] }],
    ["Myanmar troops"],
  ],
  [
    // (A faith's adjective opening a sentence is a given name before a surname that speaks; before a group it is not.)
    "Christian Lindmeier said 12 people were killed. Christian militias said it.",
    [{ text: "Christian Lindmeier", type: "person" }],
    ["Lindmeier", "Christian militias"],
  ],
  [
    // (A word on the next line is no part of the name's phrase: "By Edwin Fernandez" is a byline, not a camp.)
    "By Edwin Fernandez\nCAMP SIONGCO, Maguindanao: Two combatants were killed in the province, the Army said.",
    [{ text: "Edwin Fernandez", type: "person" }],
    [],
  ],
  [
    "New York police said a man was shot in St. Louis County. California officials said the suspect had fled to Nevada.",
    [
      { text: "New York", type: "place", near: [40.7, -74.0] },
      { text: "St. Louis County", type: "place" },
      { text: "California", type: "place", near: [37.2, -119.5] },
      { text: "Nevada", type: "place", near: [39.3, -116.6] },
    ],
    ["York", "Louis County"],
  ],
];

for (const [text, expected, forbidden] of CASES) {
  test(`entities: ${text.slice(0, 60)}`, () => {
    const found = findEntities(text);
    for (const e of expected) {
      const m = found.find((f) => f.text === e.text && f.type === e.type);
      assert.ok(m, `expected ${e.type} "${e.text}" in ${JSON.stringify(found.map((f) => `${f.type}:${f.text}`))}`);
      assert.equal(text.slice(m.start, m.end), m.text, "offsets must point at the text");
      if (e.canonical) assert.equal(m.canonical, e.canonical);
      if (e.org) assert.equal(m.org, e.org);
      if (e.near) {
        assert.ok(m.lat != null && m.lon != null, `${e.text} should be geocoded`);
        assert.ok(Math.abs(m.lat - e.near[0]) < 1 && Math.abs(m.lon - e.near[1]) < 1, `${e.text} at ${m.lat},${m.lon}`);
      }
    }
    for (const f of forbidden) assert.ok(!found.some((m) => m.text === f), `"${f}" must not be tagged`);
  });
}

test("entities: a headline glued to the body is split at the seam", () => {
  const text = "Gunfire in the Old CityLocal medic Rana Saleh said two men were hurt.";
  const names = findEntities(text).map((m) => m.text);
  assert.ok(names.includes("Rana Saleh"), names.join(","));
  assert.ok(!names.some((n) => n.includes("CityLocal")));
});

test("entities: offsets survive curly quotes, possessives and non-ASCII text", () => {
  const text = "“We will stay,” said Zeynep Çelik of the Turkish Red Crescent. Ankara’s envoy, Kemal Öztürk, disagreed.";
  const found = findEntities(text);
  for (const m of found) assert.equal(text.slice(m.start, m.end), m.text);
  assert.ok(found.some((m) => m.text === "Zeynep Çelik" && m.type === "person"));
  assert.ok(found.some((m) => m.text === "Kemal Öztürk" && m.type === "person"));
  assert.ok(found.some((m) => m.text === "Ankara" && m.type === "place"));
});

test("entities: the stage fills the entities layer and nothing else", () => {
  const doc = annotate({ id: "t1", text: "Medics in Mosul said Amal Yousef was hurt.", meta: {} });
  const out = entitiesStage.run(doc);
  assert.deepEqual(entitiesStage.requires, []);
  assert.deepEqual(entitiesStage.assigns, ["entities"]);
  assert.ok(out.entities.length >= 2);
  assert.deepEqual(out.claims, []);
  assert.equal(out.text, doc.text);
});

test("entities: empty and name-free texts give no mentions", () => {
  assert.deepEqual(findEntities(""), []);
  assert.deepEqual(findEntities("the rain fell on the fields all night, and nobody came."), []);
});

test("tokens: sentence starts, possessives and abbreviations", () => {
  const tokens = tokenize("Mr. Haddad's car. Then it left.");
  const texts = tokens.map((t) => t.text);
  assert.deepEqual(texts, ["Mr", ".", "Haddad", "'s", "car", ".", "Then", "it", "left", "."]);
  assert.equal(tokens.find((t) => t.text === "Haddad")!.sentenceStart, false);
  assert.equal(tokens.find((t) => t.text === "Then")!.sentenceStart, true);
});

test("tokens: the articles the tokenizer lists are those determinerWords finds", () => {
  const text = "THE Anbar council, a group. An aide's car, the A-10, an 'a' and thé, then A's and The's.";
  const lists = { capitals: [], determiners: [], lowercaseShapes: new ShapeFilter() };
  const tokens = tokenize(text, lists);
  assert.deepEqual(lists.determiners, determinerWords(tokens));
  assert.deepEqual(lists.determiners.map((i) => tokens[i]!.text), ["THE", "a", "An", "the", "an", "a", "A", "The"]);
  assert.deepEqual(lists.capitals, capitalisedWords(tokens));
});

test("tokens: the lower-case words' shapes the tokenizer lists answer as lowercaseWords' own", () => {
  const text = "The council, THE Council and iPhone users: the council's aide met Council staff in al-Bab's x.";
  const lists = { capitals: [], determiners: [], lowercaseShapes: new ShapeFilter() };
  const tokens = tokenize(text, lists);
  const given = lowercaseWords(tokens, lists.lowercaseShapes);
  const own = lowercaseWords(tokens);
  for (const word of ["council", "the", "iphone", "users", "aide", "staff", "bab", "al-bab", "x", "met", "in", "and", "nobody"]) {
    assert.equal(given.has(word), own.has(word), word);
    assert.equal(lists.lowercaseShapes.mayHave(word) || !own.has(word), true, word);
  }
});

test("entities: descriptors are flagged as such and point at the named organisation", () => {
  const text = "The Lebanese Monitor for Displacement, a Beirut-based rights monitor, counted 900 arrivals. The monitor said more were expected.";
  const found = findEntities(text);
  const named = found.find((m) => m.text === "Lebanese Monitor for Displacement");
  const later = found.find((m) => m.text === "monitor" && m.start === text.lastIndexOf("monitor"));
  assert.ok(named && later);
  assert.equal(named.descriptor, undefined);
  assert.equal(later.descriptor, true);
  assert.equal(later.canonical, "Lebanese Monitor for Displacement");
});

test("a 4 MB run of '1,1,1,' holds no names and is blanked before tokenising, offsets kept", () => {
  const dump = "1,".repeat(2_000_000);
  const text = `Officials in Maiduguri said. ${dump} Later the Red Cross in Dikwa spoke.`;
  const found = findEntities(text);
  for (const m of found) assert.equal(text.slice(m.start, m.end), m.text);
  assert.ok(found.some((m) => m.text === "Dikwa"), JSON.stringify(found.map((m) => m.text)));
  assert.equal(blankLetterlessRuns(dump).trim(), "");
  assert.equal(blankLetterlessRuns("a, 1, b").length, 7);
});

test("a lone capital before a street is an initial or a compass point, not a place", () => {
  const text = "A man was shot near N. 14th and Keefe Avenue, and police closed E. Main Street.";
  const doc = entitiesStage.run(annotate({ id: "t", text, meta: {} }));
  assert.ok(doc.entities.some((e) => e.text === "Keefe Avenue"), JSON.stringify(doc.entities.map((e) => e.text)));
  assert.ok(!doc.entities.some((e) => e.text.length === 1), JSON.stringify(doc.entities.map((e) => e.text)));
});

test("a place seen only in capitals is named in title case; a forum is an organisation", () => {
  const text = "KADUGLI, Sudan (Wire) - Fighting resumed, the Nuba Forum, a local monitoring group, said.";
  const doc = entitiesStage.run(annotate({ id: "t", text, meta: {} }));
  const place = doc.entities.find((e) => e.text === "KADUGLI");
  assert.equal(place?.canonical, "Kadugli");
  assert.equal(doc.entities.find((e) => e.text === "Nuba Forum")?.type, "org");
});

test("a title's stop opening a sentence is not part of the name after it", () => {
  const text = "Dr. Ahmed Salem said the hospital was full. Mr. John Smith agreed.";
  const doc = entitiesStage.run(annotate({ id: "t", text, meta: {} }));
  assert.deepEqual(doc.entities.filter((e) => e.type === "person").map((e) => e.text), ["Ahmed Salem", "John Smith"]);
});

test("a soft hyphen inside a name keeps it one name ('Joseph Hig\u00ADgins', not a town called 'Hig')", () => {
  const text = "The gunman was identified as Joseph Hig\u00ADgins, 62, of Castor Avenue.";
  const person = findEntities(text).find((e) => e.type === "person");
  assert.equal(person?.text, "Joseph Hig\u00ADgins");
});

test("a known place after 'in' stays a place when a role and a name follow it ('in Kherson, regional governor X said')", () => {
  const text = "Russian shelling wounded nine people in Kherson, regional governor Oleksandr Prokudin said.";
  const kherson = findEntities(text).find((e) => e.text === "Kherson");
  assert.equal(kherson?.type, "place");
  assert.equal(findEntities(text).find((e) => e.text === "Oleksandr Prokudin")?.type, "person");
});

test("a place named by a possessive, a region named by its people, and what a raid is on are places", () => {
  const places = (text: string) => findEntities(text).filter((e) => e.type === "place").map((e) => e.text);
  assert.ok(places("Thousands of refugees live in the camps of Cox's Bazar.").includes("Cox's Bazar"));
  assert.ok(places("Drone strikes hit a market in the Amhara region on Tuesday.").includes("Amhara"));
  assert.ok(places("Two men were killed in a raid on Jenin overnight.").includes("Jenin"));
});

test("a Local Government Area is a place, placed by the state it lies in", () => {
  const lga = findEntities("Gunmen attacked a village in Gusau Local Government Area of Zamfara State on Monday.").find((e) => /Local Government Area/.test(e.text));
  assert.equal(lga?.type, "place");
  assert.ok(lga?.lat != null);
});

test("units and gangs named by the noun after them are organisations; people 'of' a town name it; a region alone after 'in' is a place", () => {
  const typeOf = (text: string, name: string) => findEntities(text).find((e) => e.text === name)?.type;
  assert.equal(typeOf("Gunmen from the Gran Grif gang opened fire on residents of Pont-Sonde.", "Gran Grif"), "org");
  assert.equal(typeOf("Gunmen from the Gran Grif gang opened fire on residents of Pont-Sonde.", "Pont-Sonde"), "place");
  assert.equal(typeOf("A commander of the Azov regiment said civilians were trapped.", "Azov"), "org");
  assert.equal(typeOf("The Wad al-Noura resistance committee said 35 children died.", "Wad al-Noura"), "org");
  assert.equal(typeOf("Nearly 700,000 people have been displaced in Amhara since August.", "Amhara"), "place");
  assert.equal(typeOf("Amhara militias clashed with the army in Gondar.", "Amhara"), undefined);
  assert.equal(typeOf("The Gaza health ministry said 40 were killed.", "Gaza"), "place");
});

test("an agency's abbreviation of a US state after a town is that state, named in full", () => {
  const places = findEntities("AURORA, Colo. — Police in Harrisburg, Pa., said two were hurt.").filter((e) => e.type === "place");
  assert.deepEqual(places.map((e) => [e.text, e.canonical, e.precision]), [["AURORA", "Aurora", "city"], ["Colo", "Colorado", "province"], ["Harrisburg", "Harrisburg", "city"], ["Pa", "Pennsylvania", "province"]]);
});

test("a people's name and ordinary words ending in a head word name a body ('the Libyan National Army', 'the Kenyan Federal Police')", () => {
  const found = (text: string) => findEntities(text).map((e) => [e.text, e.type]);
  assert.deepEqual(found("The eastern-based Libyan National Army said its teams had recovered the bodies by the evening."), [["Libyan National Army", "org"]]);
  assert.deepEqual(found("Officers of the Kenyan Federal Police were deployed to the border on Monday evening."), [["Kenyan Federal Police", "org"]]);
  // (Two words name it when the head is capitalised, "the Libyan Army", as a body's name is; "the Libyan army" describes.)
  assert.ok(found("A spokesman for the government said the Libyan Army had pulled back from the town overnight.").some(([t, type]) => t === "Libyan Army" && type === "org"));
  assert.ok(!found("A spokesman for the government said the Libyan army had pulled back from the town overnight.").some(([t]) => /Libyan/.test(t)));
});

test("an acronym spelled out in brackets after it is an organisation, even where a town has its letters ('CAIR (the Council on …)')", () => {
  const found = findEntities("The family could not reach him, said Hussam Ayloush, executive director of CAIR (the Council on American Islamic Relations).");
  assert.deepEqual(found.find((e) => e.text === "CAIR")?.type, "org");
});

test("a place named in everyday words, outside the report's countries and far from its other places, keeps no coordinates ('the Old City' in Mosul)", () => {
  const found = findEntities("Iraqi forces pushed into western Mosul, Iraq, on Monday. About 300 fighters remained in the Old City, a commander said.");
  const oldCity = found.find((e) => e.text === "Old City");
  assert.equal(oldCity?.type, "place");
  assert.equal(oldCity?.lat, null);
  assert.ok(found.find((e) => e.text === "Mosul")?.lat != null);
});

test("a people's adjective before 'town of' names no place ('the Tigrayan town of Axum'); a district name without 'the' stays", () => {
  assert.deepEqual(findEntities("Soldiers killed more than 100 civilians in the Tigrayan town of Axum in November.").map((e) => e.text), ["Axum"]);
  assert.ok(findEntities("Three were killed in Shopian district of Jammu and Kashmir, police said.").some((e) => e.text === "Shopian"));
});

test("a title's 'of' and department are the title's ('Secretary of State Antony Blinken', 'Superintendent of Police Mihin Gambo'); a title alone names no one", () => {
  assert.deepEqual(findEntities("Two people were killed, Secretary of State Antony Blinken said.").map((e) => [e.text, e.type]), [["Antony Blinken", "person"]]);
  assert.deepEqual(findEntities("Changlang Superintendent of Police Mihin Gambo confirmed two deaths.").map((e) => [e.text, e.type]), [["Mihin Gambo", "person"]]);
  assert.deepEqual(findEntities("Manavendra Singh Dhillon, Superintendent of Police, Munger, said two people were killed.").map((e) => e.text), ["Manavendra Singh Dhillon", "Munger"]);
});

test("a middle initial stays inside a person's name ('Joseph R. Biden', 'Saladine A. McKinney'); a long run keeps only the name", () => {
  assert.deepEqual(findEntities("Joseph R. Biden said two people were killed.").map((e) => [e.text, e.type]), [["Joseph R. Biden", "person"]]);
  assert.ok(findEntities("Three were hurt in Lake Bluff. Saladine A. McKinney, 23, faces one count of battery.").some((e) => e.text === "Saladine A. McKinney" && e.type === "person"));
  assert.ok(findEntities("GREENWOOD, Ind. — Former Indianapolis Colt Zurlon Z. Tipton Jr was arrested early Friday.").some((e) => e.text === "Zurlon Z. Tipton Jr" && e.type === "person"));
});

test("a descriptor with a possessive before its head points back ('the military's media wing' → ISPR); ISWAP is not Boko Haram", () => {
  const found = findEntities("The Inter-Services Public Relations (ISPR) said six militants were killed. Two soldiers were wounded, the military's media wing said.");
  assert.equal(found.find((e) => e.text === "military's media wing")?.canonical, "Inter-Services Public Relations");
  const lake = findEntities("ISWAP fighters attacked Monguno. Boko Haram was not involved, the army said.");
  assert.notEqual(lake.find((e) => e.text === "ISWAP")?.canonical, lake.find((e) => e.text === "Boko Haram")?.canonical);
});

test("'Anglophone', 'Francophone' describe people, not places", () => {
  assert.deepEqual(findEntities("Separatists killed four in an attack on an Anglophone village in Cameroon.").map((e) => e.text), ["Cameroon"]);
});

test("an everyday word opening a sentence is no small town of the report's country ('Young person hurt', 'Story copyright'); 'Flint police' and datelines keep their town", () => {
  assert.ok(!findEntities("Young person hurt when bullet flies through wall into home in Newark, New Jersey.").some((e) => e.text === "Young"));
  assert.ok(findEntities("The boy died in Michigan. Flint police Chief James Tolbert said he was found.").some((e) => e.text === "Flint" && e.type === "place"));
});

test("a title closing a run names no one: 'the Harris County Sheriff's Office' is an office, 'Chicago Police Chief said' leaves Chicago Police; surnames that are titles stay names", () => {
  assert.deepEqual(findEntities("The Harris County Sheriff's Office says the man was shot.").map((e) => [e.text, e.type]), [["Harris County Sheriff's Office", "org"]]);
  assert.deepEqual(findEntities("Chicago Police Chief said two were shot.").map((e) => [e.text, e.type]), [["Chicago Police", "org"]]);
  assert.deepEqual(findEntities("He faces a murder charge in the death of 54-year-old Gregory Bishop, according to police.").map((e) => [e.text, e.type]), [["Gregory Bishop", "person"]]);
});

test("a state's name alone is no surname of a person named with it ('Sonora' beside the newspaper 'Opinión Sonora'); Mexico's states are known", () => {
  const found = findEntities("Five men were found dead in Mexico. Sources: Opinión Sonora. A scrap yard in Sonoyta, Sonora, was searched.");
  assert.equal(found.filter((e) => e.text === "Sonora").at(-1)?.type, "place");
  assert.equal(found.find((e) => e.text === "Sonora" && e.type === "place")?.precision, "province");
});

test("a line opened by an everyday word hints at no country ('Man shot and killed …' is no report from Man, Ivory Coast)", () => {
  assert.ok(!findEntities("Man accidentally discharged firearm | FOX21News.comGREELEY, Colo. (AP) — The case went to the jury.").some((e) => e.text === "Man"));
});

test("a province named in one word hints at no country (it may be a given name: 'Lori'); one named in two words does", () => {
  const countriesOf = (text: string) => reportCountries(tokenize(text));
  assert.deepEqual(countriesOf("Police officer Lori Hayes said the attackers fled towards the border."), []);
  assert.deepEqual(countriesOf("Fighting spread across North Kivu overnight."), ["CD"]);
});

test("a hospital named with a lower-case 'hospital' is an institution, not the town of its name ('Madina hospital' is not Medina)", () => {
  const [hospital] = findEntities("A doctor at Nasser hospital said 23 people were wounded.");
  assert.deepEqual([hospital?.text, hospital?.type, hospital?.lat ?? null], ["Nasser hospital", "org", null]);
});

test("a group's appositive past its acronym teaches its head ('X (PDF), a civilian armed resistance group,'): 'the group' is X, not a known group named later", () => {
  const text = "The Mandalay People’s Defense Force (MPDF), a civilian armed resistance group, said 12 soldiers were killed. The group said it lost two fighters. The MNDAA did not comment.";
  const groups = findEntities(text).filter((e) => e.text === "group");
  assert.deepEqual(groups.map((e) => e.canonical), ["Mandalay People’s Defense Force"]);
});

test("armed groups and services news names are known with their acronyms (Abu Sayyaf, Magen David Adom, AQAP apart from al-Qaeda)", () => {
  const orgs = (text: string) => findEntities(text).filter((e) => e.type === "org").map((e) => e.canonical);
  assert.deepEqual(orgs("Three Abu Sayyaf militants surrendered, and a man was wounded, according to Magen David Adom."), ["Abu Sayyaf", "Magen David Adom"]);
  assert.deepEqual(orgs("AQAP claimed the attack; al-Qaeda's leaders did not."), ["Al-Qaeda in the Arabian Peninsula", "Al-Qaeda"]);
});

test("a small town abroad far from every place a report names is a namesake ('Soro' in Burkina Faso is not Sorø, Denmark); a country guessed from a town does not unplace", () => {
  const soro = findEntities("Burkina Faso's military killed 179 people in Soro, in the north of Burkina Faso.").find((e) => e.text === "Soro");
  assert.deepEqual([soro?.lat ?? null, soro?.lon ?? null], [null, null]);
  // (Said to lie near a town of the report's country, it is put at that town's point rather than nowhere.)
  const nearOuahigouya = findEntities("Burkina Faso's military killed 179 people in Soro, in the north of Burkina Faso, near Ouahigouya.").find((e) => e.text === "Soro");
  assert.deepEqual([Math.round(nearOuahigouya?.lat ?? 0), Math.round(nearOuahigouya?.lon ?? 0)], [14, -2]);
  // (No country named: nothing to judge a town by.)
  const harrisburg = findEntities("HARRISBURG — Police in Harrisburg said a man was shot near Lancaster.").find((e) => e.text === "Harrisburg");
  assert.ok(harrisburg?.lat != null);
  // (A country named by its demonym counts, and a lone small town abroad is judged by it: "Afghan officials".)
  const andar = findEntities("Seven policemen were killed in an attack in Andar district on Wednesday, Afghan officials said.").find((e) => e.text === "Andar");
  assert.deepEqual([andar?.lat ?? null, andar?.lon ?? null], [null, null]);
  // (Judged by the named country's centre: a town just beside it stays.)
  const jenin = findEntities("Israeli forces killed two men in Jenin on Tuesday.").find((e) => e.text === "Jenin");
  assert.ok(jenin?.lat != null);
  // ("Burkina" alone names Burkina Faso: its town stays, whatever body's name holds another people's.)
  const djibo = findEntities("Burkina's leader visited Djibo on Thursday. The group has besieged the town for two years, the Norwegian Refugee Council said.").find((e) => e.text === "Djibo");
  assert.ok(djibo?.lat != null);
});

test("a stray namesake abroad is judged by the report's own places: several places of one country, a country named only elsewhere, loose matches, namesakes vouching for each other", () => {
  const place = (text: string, name: string) => { const m = findEntities(text).find((e) => e.text === name); return m?.lat == null ? null : [Math.round(m.lat), Math.round(m.lon!)]; };
  // (No country named, but three places in Kenya: "Fino" is no village in Lombardy.)
  assert.equal(place("Gunmen fired on a bus going from Fino to Mandera Town on Sunday. Police in Mandera County said the attackers fled towards Elwak.", "Fino"), null);
  // (Russia named in a headline only: a village in the Syrian desert is not read as one in Russia, loosely spelt.)
  assert.equal(place("Russian jets keep up raids\nDeir Ezzor: Militants attacked army posts in the al-Shoula desert, killing two soldiers, the Observatory said. A soldier was wounded near Raqqa.", "al-Shoula"), null);
  // (The namesake in the report's own country, beside its other places, stands in: Buenavista by Butuan City.)
  assert.deepEqual(place("BUTUAN CITY — Troops killed a rebel in Buenavista, Agusan del Norte, on Monday. Volunteers from Australia and Canada later visited Butuan City.", "Buenavista"), [9, 125]);
  // (Two namesakes abroad do not vouch for each other: villages of Colorado and Utah in a report about Mindanao.)
  const mindanao = "Troops killed two rebels in Talakag, Bukidnon, and a third near Valencia City. One captured rebel, Daniel, tested positive for the Delta variant. Doctors in the United States and Canada have described the variant.";
  assert.equal(place(mindanao, "Delta"), null);
  // (A village said to lie in a place of the report's country is put at that place's point, not at a namesake in Gaza.)
  assert.deepEqual(place("Two fighters were killed near al-Burayj frontlines in the southern countryside of Idlib, the Observatory said. Shelling also hit Aleppo and Saraqib.", "al-Burayj"), [36, 37]);
  // (A country named beside the town vouches for it, far as it is.)
  assert.ok(place("Shelling killed three people in Idlib and Aleppo on Monday. One of them came from the German town of Rain, his family said.", "Rain"));
});

test("US datelines and quarters: a state's postal code after a town ('Dayton, OH'), 'YORK CITY, Pa.' is York; a small town far from the report's places that lie together is no namesake afar", () => {
  const place = (text: string, name: string) => { const m = findEntities(text).find((e) => e.text === name); return m?.lat == null ? null : [m.canonical, Math.round(m.lat), Math.round(m.lon!)]; };
  assert.deepEqual(place("A woman was shot in Dayton, OH on Monday.", "OH"), ["Ohio", 40, -83]);
  // (Not a title after a name, nor a word: "Jane Doe, MD" and "said, OK," name no state.)
  assert.equal(findEntities("Dr. Jane Doe, MD, said the boy died.").some((e) => e.type === "place"), false);
  assert.equal(findEntities("He said, OK, we will go.").some((e) => e.type === "place"), false);
  assert.deepEqual(place("YORK CITY, Pa. — A man was hurt in a shooting in York City on Sunday night.", "York City"), ["York City", 40, -77]);
  // (Westwood, Massachusetts is not the Westwood where a Cincinnati report's man was shot: no point rather than that.)
  assert.equal(place("CINCINNATI (WXYZ) — A man was shot and killed in Westwood on Tuesday night, police said. Officers later searched a house in Norwood.", "Westwood"), null);
  // (One small town against another says nothing of which is the namesake; a town with its state stays where it says.)
  assert.ok(place("A clerk was shot dead in Cumberland on Monday. Police arrested Dodge on Tuesday.", "Cumberland"));
  assert.ok(place("CINCINNATI — A man was shot in Norwood on Monday. The victim, from Spokane, Washington, died in Cincinnati.", "Spokane"));
  // (The surname of a person the report names is that person, unless the words make it a place: "in Campbell".)
  const campbell = findEntities("Deputies said Jerry Campbell fired first. Two other people were inside Campbell's truck. A man was shot in Campbell on Friday.").filter((e) => e.text === "Campbell");
  assert.deepEqual(campbell.map((e) => [e.type, e.canonical]), [["person", "Jerry Campbell"], ["place", "Campbell"]]);
  // (A name paired with a street at a corner is a street: Jenkins, Kentucky is not where the hunter was shot.)
  assert.equal(place("The hunter was shot near the corner of Jenkins and Springhouse Road on Sunday.", "Jenkins"), null);
  assert.equal(place("A woman was shot at Jenkins and Fifth Street on Sunday.", "Jenkins"), null);
});

test("police ranks before a name are titles ('CP Muhammad Shehu Dalijan', 'SSP Rakesh Kumar')", () => {
  assert.deepEqual(findEntities("CP Muhammad Shehu Dalijan and SSP Rakesh Kumar spoke.").map((e) => [e.type, e.canonical]), [["person", "Muhammad Shehu Dalijan"], ["person", "Rakesh Kumar"]]);
});

test("a short line of everyday words in capitals is a label, not a name ('PRESS RELEASE', 'GRAPHIC IMAGES BELOW'); a dateline on its line stays", () => {
  const text = "PRESS RELEASE\nGRAPHIC IMAGES BELOW\nKABUL, Afghanistan — Two people were killed.";
  assert.deepEqual(findEntities(text).map((e) => e.canonical), ["Kabul", "Afghanistan"]);
});

test("a people's name and a capitalised army, navy or police name a state's body ('the Nigerian Army'); 'Syrian troops' names none", () => {
  assert.deepEqual(findEntities("The Nigerian Army said 20 bandits were killed. Syrian troops advanced.").map((e) => [e.type, e.canonical]), [["org", "Nigerian Army"]]);
});

test("a region the gazetteer knows by its whole name is a place whatever its last word ('the West Bank'); 'the World Bank' stays an organisation", () => {
  assert.deepEqual(findEntities("Forces detained 15 people across the occupied West Bank, the World Bank said.").map((e) => [e.canonical, e.type]), [["West Bank", "place"], ["World Bank", "org"]]);
});

test("a named military operation is no person ('Operation Hadin Kai'); 'AA' in a dateline's brackets is Anadolu, not the Arakan Army", () => {
  assert.deepEqual(findEntities("Troops of Operation Hadin Kai killed 20 terrorists.").map((e) => [e.type, e.canonical]), [["org", "Operation Hadin Kai"]]);
  const mentions = findEntities("ANKARA (AA) - At least 12 people were killed in the attack, the group said.");
  assert.deepEqual(mentions.filter((e) => e.type === "org").map((e) => e.canonical), ["Anadolu Agency"]);
});

test("a role word opening a sentence before a name is no part of it ('Villager Ibrahim Musa said'); a headline's 'Driver Shot In …' names no one", () => {
  assert.deepEqual(findEntities("Villager Ibrahim Musa said 12 people were abducted.").map((e) => e.canonical), ["Ibrahim Musa"]);
  assert.ok(!findEntities("Driver Shot In Suspected Road Rage Incident\nPolice said a driver was hurt.").some((e) => e.type === "person"));
});

test("a place named 'A and B' stays whole ('Jammu and Kashmir', 'Bosnia and Herzegovina'); two names joined by 'and' stay two", () => {
  assert.deepEqual(findEntities("In Jammu and Kashmir, three militants were killed. Fighting in Bosnia and Herzegovina ended.").map((e) => e.canonical), ["Jammu and Kashmir", "Bosnia and Herzegovina"]);
  assert.deepEqual(findEntities("Shelling hit Kharkiv and Izium overnight.").map((e) => e.canonical), ["Kharkiv", "Izium"]);
});

test("'and' inside an institution's name joins it ('North Yorkshire Fire and Rescue Service', 'Commission for Justice and Peace'); two bodies named together stay two", () => {
  const names = (text: string) => findEntities(text).map((m) => [m.type, m.text]);
  assert.deepEqual(names("North Yorkshire Fire and Rescue Service said crews had rescued 46 people."), [["org", "North Yorkshire Fire and Rescue Service"]]);
  assert.deepEqual(names("The Commission for Justice and Peace said 1,200 people had been killed."), [["org", "Commission for Justice and Peace"]]);
  assert.deepEqual(names("The Ministry of Disaster Management and Relief said 3 died."), [["org", "Ministry of Disaster Management and Relief"]]);
  assert.deepEqual(names("The Institute for Development and Peace Studies said 31 died."), [["org", "Institute for Development and Peace Studies"]]);
  assert.deepEqual(names("The Ministry of Defence and Hamas said 3 died.").map(([, t]) => t), ["Ministry of Defence", "Hamas"]);
  assert.ok(!names("The National Guard and State Police searched the area.").some(([, t]) => t.includes(" and ")));
});

test("a province named as one ('Gilan province') is the division, not a town abroad; it names its country, so a small namesake town abroad is placed in it ('Boni, in the Mopti region', 'Andar district of Ghazni province')", () => {
  const place = (text: string, name: string) => findEntities(text).find((m) => m.text === name);
  const gilan = place("The police chief of Gilan province said 1,500 people had been detained.", "Gilan");
  assert.deepEqual([gilan?.precision, Math.round(gilan?.lat ?? 0)], ["province", 37]);
  // (A district of a province is placed in that province, not at a namesake abroad.)
  const andar = place("Seven policemen were killed in Andar district of Ghazni province.", "Andar");
  assert.deepEqual(Math.round(andar?.lat ?? 0), 34);
  // (A town said to lie in the region is put at the region's point, not at a namesake abroad.)
  const boni = place("Gunmen killed 9 people in the area of Boni, in the Mopti region.", "Boni");
  assert.deepEqual([boni?.precision, Math.round(boni?.lat ?? 0)], ["district", 14]);
  // (A city that shares its province's name keeps the city's point: "Daraa province" beside Daraa.)
  assert.equal(place("Shelling hit Daraa city. Fighting spread across Daraa province.", "Daraa")?.precision, "city");
});

test("storms are no entities; 'Barangay Libodon' and 'Deh Yak districts' are places; 'the Government of National Unity' is a body; a unit keeps its ordinal; a bare 'Red Cross' after a national society is that society", () => {
  const typedAs = (text: string) => findEntities(text).map((m) => [m.type, m.text]);
  assert.deepEqual(typedAs("Cyclone Mokhar is forecast to make landfall on Sunday. Storm Hollis brought heavy rain."), []);
  assert.deepEqual(typedAs("Troops ambushed a patrol in Barangay Libodon on Monday.")[0], ["place", "Barangay Libodon"]);
  assert.deepEqual(typedAs("Families fled their homes in Andar and Deh Yak districts.")[1], ["place", "Deh Yak"]);
  assert.deepEqual(typedAs("The Government of National Unity said a ceasefire had been reached."), [["org", "Government of National Unity"]]);
  assert.deepEqual(typedAs("Major Ernest Tolentino of the 10th Infantry Division said four rebels died.")[1], ["org", "10th Infantry Division"]);
  const red = findEntities("The Kenya Red Cross Society said its teams had rescued 742 people. Red Cross secretary-general Ahmed Idris said 28,000 people had been evacuated.");
  assert.equal(red.find((m) => m.text === "Red Cross")?.canonical, "Kenya Red Cross Society");
});

test("one name before 'said' or after a kin word is a person even where a small town of the report's country bears it; a surname after 'hit' is the person named in full; a town before its police stays a town", () => {
  const names = (text: string) => findEntities(text).map((m) => [m.type, m.text, m.canonical]);
  const us = "A man was shot in Dallas, Texas, on Monday. ";
  assert.deepEqual(names(`${us}Officers arrested a suspect, Burke said.`).filter(([, t]) => t === "Burke"), [["person", "Burke", "Burke"]]);
  assert.deepEqual(names(`${us}The victim's son, Tyler, was not hurt.`).filter(([, t]) => t === "Tyler"), [["person", "Tyler", "Tyler"]]);
  assert.deepEqual(names("The officer shot his neighbor Bettie Jones, 55. A bullet hit Jones, who was standing behind him.").filter(([, t]) => t === "Jones"), [["person", "Jones", "Bettie Jones"]]);
  assert.deepEqual(names(`${us}The man was found by his sister, Trotwood police Capt. John Porter said.`).filter(([, t]) => t === "Trotwood").map(([type]) => type), ["place"]);
});

test("'Director' and 'Superintendent' are titles: the office before them is its own body, the person after them is named alone, and the words before a title name no person", () => {
  const names = (text: string) => findEntities(text).map((m) => [m.type, m.text]);
  assert.deepEqual(names("Memphis Police Director Toney Armstrong said two people were shot."), [["org", "Memphis Police"], ["person", "Toney Armstrong"]]);
  assert.deepEqual(names("Chicago Police Superintendent Garry McCarthy said two people were shot.").map(([type, t]) => `${type}:${t}`).filter((x) => x.startsWith("person")), ["person:Garry McCarthy"]);
  assert.deepEqual(names("“It is a last resort,” said Public Safety Director David Wantz."), [["person", "David Wantz"]]);
});

test("a city's part named by its compass point ('the South Side', 'the West End of London') lies in that city, not in a namesake village far away", () => {
  const place = (text: string, name: string) => findEntities(text).find((m) => m.text === name);
  const south = place("CHICAGO (AP) — Two men were shot and killed on the South Side on Sunday.", "South Side");
  assert.deepEqual([south?.canonical, south?.precision, Math.round(south?.lat ?? 0)], ["South Side, Chicago", "district", 42]);
  const west = place("A man was stabbed in the West End of London on Friday.", "West End");
  assert.equal(west?.canonical, "West End, London");
});

test("a town written with its state or country is the namesake there ('Parkland, Florida', 'Paris, Texas', 'Memphis, Tenn.'), not the one the gazetteer ranks first", () => {
  const at = (text: string) => { const m = findEntities(text)[0]; return [m?.text, Math.round(m?.lat ?? 0), Math.round(m?.lon ?? 0)]; };
  assert.deepEqual(at("A gunman killed 17 people at a high school in Parkland, Florida."), ["Parkland", 26, -80]);
  assert.deepEqual(at("Two people were killed in a shooting in Paris, Texas, on Sunday."), ["Paris", 34, -96]);
  assert.deepEqual(at("He was born in Paris, France."), ["Paris", 49, 2]);
  assert.deepEqual(at("A man was found shot in Memphis, Tennessee, on Friday."), ["Memphis", 35, -90]);
  assert.deepEqual(at("A man was shot in Springfield, Ill., police said."), ["Springfield", 40, -90]);
});

test("a town said to lie 'in' a division named with its kind is held to that division's country, or put at its point when unknown", () => {
  const town = (text: string, name: string) => { const m = findEntities(text).find((e) => e.text === name); return [m?.precision, Math.round(m?.lat ?? 0), Math.round(m?.lon ?? 0)]; };
  // (Merowe is a Sudanese town: not this one, in Ethiopia's Amhara; Zorbadi is in no gazetteer.)
  assert.deepEqual(town("Troops shot dead 12 people in the village of Merowe in Amhara region on Monday.", "Merowe"), ["province", 12, 38]);
  assert.deepEqual(town("Militiamen killed nine villagers in the village of Zorbadi in Ituri province, officials said.", "Zorbadi"), ["province", 2, 30]);
  // A town the gazetteer has in that division keeps its own point.
  assert.deepEqual(town("Gunmen killed 12 people in Maiduguri in Borno state.", "Maiduguri"), ["city", 12, 13]);
  // ("Rio Grande do Sul": a Portuguese "do" joins the parts of a name.)
  assert.equal(findEntities("Floods in Rio Grande do Sul killed 40 people.")[0]?.text, "Rio Grande do Sul");
});

test("a city of 50,000 or more after 'in' is a place though its name is also a word ('in Limerick'); Irish and British police forces are organisations", () => {
  const first = (text: string) => { const m = findEntities(text)[0]; return [m?.type, m?.canonical, m?.precision]; };
  assert.deepEqual(first("Three men were stabbed in Limerick on Friday night."), ["place", "Limerick", "city"]);
  // (A smaller town that is also a word still needs more than "in": "in Hope" is no place.)
  assert.equal(findEntities("They live in Hope and fear.").length, 0);
  const orgs = (text: string) => findEntities(text).filter((m) => m.type === "org").map((m) => m.canonical);
  assert.deepEqual(orgs("Gardaí said two men were arrested."), ["Garda Síochána"]);
  assert.deepEqual(orgs("The Met Office issued a warning as the Metropolitan Police said two men were held."), ["Met Office", "Metropolitan Police"]);
});

test("a town a country's possessive owns lies in that country, not in a namesake abroad ('Bangladesh's Chandpur district')", () => {
  const town = (text: string, name: string) => { const m = findEntities(text).find((e) => e.text === name); return [m?.type, m?.lat ?? null]; };
  assert.deepEqual(town("A launch sank in Bangladesh's Chandpur district on Monday.", "Chandpur"), ["place", null]);
  // (One the country has keeps its own point.)
  const homs = findEntities("Shelling hit Syria's central Homs on Monday.").find((e) => e.text === "Homs");
  assert.equal(Math.round(homs?.lat ?? 0), 35);
});

test("a dateline's town in capitals before its state is a place, in that state ('ST. GEORGE, S.C. (AP) —'), even one the gazetteer lacks", () => {
  const first = (text: string) => { const m = findEntities(text)[0]; return [m?.type, m?.text, Math.round(m?.lat ?? 0), Math.round(m?.lon ?? 0)]; };
  assert.deepEqual(first("ST. GEORGE, S.C. (AP) — Two people were killed on Friday."), ["place", "ST. GEORGE", 33, -81]);
  assert.deepEqual(first("ST. GEORGE, Utah (AP) — Two people were killed on Friday."), ["place", "ST. GEORGE", 37, -114]);
  assert.deepEqual(first("QUORTHAVEN, Kan. — Two people were killed on Friday.").slice(0, 2), ["place", "QUORTHAVEN"]);
  // (Not in the middle of a line.)
  assert.notEqual(findEntities("He joined QUORTHAVEN, Kan. — a group.")[0]?.type, "place");
});

test("a modifier of an office before a place or body and a role in lower case names no one ('Acting Kursk governor Alexei Smirnov', 'Senior Taliban official')", () => {
  const names = (text: string) => findEntities(text).map((m) => [m.type, m.text]);
  assert.deepEqual(names("Acting Kursk governor Alexei Smirnov said 12 civilians had been killed."), [["place", "Kursk"], ["person", "Alexei Smirnov"]]);
  assert.deepEqual(names("A Senior Taliban official said 12 fighters were killed.").map(([, t]) => t), ["Taliban"]);
  assert.deepEqual(names("An Interior Ministry official said 12 people were killed.").map(([, t]) => t), ["Interior Ministry"]);
});

test("translated wire copy's body or place then person in one run of capitals: the name after the head is a person ('Belgorod Region Vyacheslav Gladkov'); everyday words after a head are no one ('Medical Examiner')", () => {
  const names = (text: string) => findEntities(text).map((m) => [m.type, m.text]);
  assert.deepEqual(names("Governor of the Belgorod Region Vyacheslav Gladkov said 3 people were killed."), [["place", "Belgorod Region"], ["person", "Vyacheslav Gladkov"]]);
  assert.deepEqual(names("Head of Iran's Emergency Organization Jafar Miadfar said 284 people were injured.").slice(1), [["org", "Emergency Organization"], ["person", "Jafar Miadfar"]]);
  assert.ok(!names("The Wayne County Medical Examiner said the man died.").some(([t, n]) => t === "person" && n === "Medical Examiner"));
});

test("an unknown name before a group's armed members is the group ('600 Korvani Hills fighters'); a newspaper's name ends in its kind of paper ('told the Ashford Dispatch')", () => {
  const typeOf = (text: string, name: string) => findEntities(text).find((e) => e.text === name)?.type;
  assert.equal(typeOf("Up to 600 Korvani Hills fighters are still holed up on the islands, the monitor said.", "Korvani Hills"), "org");
  assert.equal(typeOf("Two Ndoram Brotherhood militants were detained at a checkpoint.", "Ndoram Brotherhood"), "org");
  // (A place the gazetteer knows stays a place: fighters from it.)
  assert.equal(typeOf("About 300 Idlib fighters crossed the front line.", "Idlib"), "place");
  assert.equal(typeOf("The camp manager told Sahara Dispatch that water was running out.", "Sahara Dispatch"), "org");
  assert.equal(typeOf("Officials told the Wexford Courier that two people had died.", "Wexford Courier"), "org");
  assert.notEqual(typeOf("Unknown gunmen stormed the village at dawn.", "Unknown"), "org");
  assert.notEqual(typeOf("Tigrayan fighters retook the town.", "Tigrayan"), "org");
});

test("gaps, passes, straits, corridors, forests and basins name places ('the Darién Gap', 'Sambisa Forest')", () => {
  const typeOf = (text: string, name: string) => findEntities(text).find((e) => e.text === name)?.type;
  assert.equal(typeOf("About 300 migrants were stranded in the Darién Gap on Monday.", "Darién Gap"), "place");
  assert.equal(typeOf("Troops advanced into Sambisa Forest, the army said.", "Sambisa Forest"), "place");
  assert.equal(typeOf("Clashes spread to the Yarmouk Basin overnight.", "Yarmouk Basin"), "place");
});

test("a county name several states share is placed by the state or towns the report names ('Washington County, Oregon')", () => {
  const county = (text: string) => findEntities(text).find((e) => e.text === "Washington County");
  assert.equal(Math.round(county("Two people died in Washington County, Oregon, on Friday.")!.lon!), -123);
  assert.equal(Math.round(county("HAGERSTOWN, Md. — Two people died in Washington County on Friday.")!.lon!), -78);
  assert.equal(county("Two people died in Washington County on Friday.")?.lat, null);
});

test("sweep G places: a kibbutz, 'the prefecture of Pas-de-Calais', the English Channel, Nagorno-Karabakh and Torkham are places; a currency ('US$413 million') names no country", () => {
  const place = (text: string, name: string) => findEntities(text).find((e) => e.text === name);
  assert.equal(place("The hostages, all from Kibbutz Nir Oz, were freed.", "Kibbutz Nir Oz")?.type, "place");
  assert.equal(place("The prefecture of Pas-de-Calais said 112 people had been aboard.", "Pas-de-Calais")?.type, "place");
  assert.equal(Math.round(place("Five people died crossing the English Channel on Tuesday.", "English Channel")!.lat!), 51);
  assert.equal(Math.round(place("At least 200 people were killed in Nagorno-Karabakh.", "Nagorno-Karabakh")!.lon!), 47);
  assert.deepEqual(reportCountries(tokenize("The appeal seeks US$413 million for Nampula and Cabo Delgado.")), ["MZ"]);
});

test("'according to' names a voice, not a place; a place that owns the next noun is no appositive place ('Gegham Stepanyan, the region's ombudsman')", () => {
  const typeOf = (text: string, name: string) => findEntities(text).find((e) => e.text === name)?.type;
  assert.equal(typeOf("At least 200 were killed, according to Gegham Stepanyan, the region's ombudsman.", "Gegham Stepanyan"), "person");
  assert.equal(typeOf("Fighters entered Tal Hamis, a town near the border.", "Tal Hamis"), "place");
});

test("a numbered ward is no town ('the 7th Ward'); a quarter of a town is placed in that town ('the Al-Amal neighbourhood of Khan Younis')", () => {
  assert.ok(!findEntities("Three people were killed at a parade in the 7th Ward of New Orleans.").some((e) => e.text === "Ward"));
  const quarter = findEntities("Troops detained 80 suspects in the Al-Amal neighbourhood of Khan Younis.").find((e) => e.text === "Al-Amal");
  assert.deepEqual([Math.round(quarter!.lat!), Math.round(quarter!.lon!), quarter!.precision], [31, 34, "city"]);
  // (Set off as an appositive, "Delmas, a district of Port-au-Prince", not Delmas, South Africa.)
  const district = findEntities("At least 14 people were killed in Delmas, a district of Port-au-Prince.").find((e) => e.text === "Delmas");
  assert.deepEqual([Math.round(district!.lat!), Math.round(district!.lon!)], [19, -72]);
});

test("capitals that name nothing: a running header ('NOWHERE IS SAFE'), a label ('MODERATOR:'), a wire slug, a currency before its amount", () => {
  const names = (text: string) => findEntities(text).map((e) => e.text);
  assert.deepEqual(names('16   "NOWHERE IS SAFE"\nTroops shelled the town.'), []);
  assert.deepEqual(names("MODERATOR: Thank you.\nCORRECTION: An earlier version misspelled the name."), []);
  assert.deepEqual(names("WRAPUP 1-Israeli strikes pound southern Gaza"), ["Gaza"]);
  assert.deepEqual(names("Officers seized GBP 180,000 and CHF 500,000 in cash."), []);
  // (An acronym in a sentence still names its body.)
  assert.deepEqual(names("IS claimed the attack, and the SDF said it was repelled."), ["IS", "SDF"]);
});

test("'US' is the country after 'in the' or before a stop, not the pronoun; before a noun ('US forces', 'US 25') it names no place", () => {
  const places = (text: string) => findEntities(text).filter((e) => e.type === "place").map((e) => [e.text, Math.round(e.lon ?? 0)]);
  assert.deepEqual(places("Four soldiers were killed in the US on Monday."), [["US", -99]]);
  assert.deepEqual(places("They were flown to the US."), [["US", -99]]);
  assert.deepEqual(places("US forces said 12 fighters were killed."), []);
  assert.deepEqual(places("It happened along US 25 where a man was shot."), []);
  assert.deepEqual(places("He told us 12 people died."), []);
});

test("a dateline's town placed by its state places the same town named again, and a neighbourhood named with its kind ('BIRMINGHAM, Ala. … the Ensley neighborhood … Birmingham police')", () => {
  const found = findEntities("BIRMINGHAM, Ala. - Four people were killed at a party in the Ensley neighborhood late Saturday, Birmingham police said.");
  const at = (text: string) => found.filter((e) => e.text === text).map((e) => [Math.round(e.lat ?? 0), Math.round(e.lon ?? 0)]);
  assert.deepEqual(at("Birmingham"), [[34, -87]]);
  assert.deepEqual(at("Ensley"), [[34, -87]]);
});

test("peoples named as such are no entities: 'Bosnian Serb', 'Bosniak', 'Tigrayan' (and never one person)", () => {
  const names = (text: string) => findEntities(text).map((e) => e.text);
  assert.deepEqual(names("A former Bosnian Serb police commander was jailed for the killing of more than 1,000 Bosniak men and boys."), []);
  assert.deepEqual(names("Fighters attacked Shan State and Rakhine State, and Tigrayan forces withdrew."), ["Shan State", "Rakhine State"]);
});

test("two unknown name words after 'in' or 'at' and before a break are a place ('killed in Abu Shouk, medics said'); not someone's house or whom shots were fired at", () => {
  const typeOf = (text: string, name: string) => findEntities(text).find((e) => e.text === name)?.type;
  assert.equal(typeOf("At least 56 people were killed in Abu Shouk, medics said.", "Abu Shouk"), "place");
  assert.equal(typeOf("Police said the attack happened in Mir Ali on Sunday.", "Mir Ali"), "place");
  assert.equal(typeOf("The meeting was held at John Smith's house.", "John Smith"), "person");
  assert.equal(typeOf("Around 20 soldiers shot at Ko Kyaw Myint, 36, who died later.", "Ko Kyaw Myint"), "person");
});

test("a place the gazetteer lacks, then the one it lies in after a comma, is placed as finely as that one is known ('in Kola Temben, Tigray')", () => {
  const found = findEntities("A staff member was killed on April 28 in Kola Temben, Tigray, by soldiers.");
  const village = found.find((e) => e.text === "Kola Temben");
  const region = found.find((e) => e.text === "Tigray");
  assert.deepEqual([village?.lat, village?.lon, village?.precision], [region?.lat, region?.lon, region?.precision]);
  assert.ok(village?.lat != null);
});

test("a region's name alone, with a person's verb after it, is the surname of one named in full ('Jamal Rhodes … Rhodes shot'); 'the Frankford section of Northeast Philadelphia' lies there", () => {
  const rhodes = findEntities("Deputies arrested Jamal Rhodes, 31. Deputies said Rhodes shot another man during an argument.").filter((m) => m.text === "Rhodes");
  assert.deepEqual(rhodes.map((m) => [m.type, m.canonical]), [["person", "Jamal Rhodes"]]);
  const frankford = findEntities("PHILADELPHIA - A man was shot in the Frankford section of Northeast Philadelphia, police said.").find((m) => m.text === "Frankford");
  assert.equal(Math.round(frankford?.lat ?? 0), 40);
});

test("an unknown name before 'association' or 'federation' written small is an organisation ('the Dan Na Ambassagou association')", () => {
  const [m] = findEntities("The Dan Na Ambassagou association, which represents the Dogon community, gave a higher figure.");
  assert.deepEqual([m?.type, m?.text], ["org", "Dan Na Ambassagou"]);
});

test("a name the gazetteer lacks after 'the attack on' or 'the siege of' is a place ('the attack on Zamzam')", () => {
  const z = findEntities("More than 400 people were killed during the attack on Zamzam, officials said.").find((m) => m.text === "Zamzam");
  assert.equal(z?.type, "place");
  const s = findEntities("Residents described the siege of Kadugli as the worst yet.").find((m) => m.text === "Kadugli");
  assert.equal(s?.type, "place");
});

test("an acronym mixing capitals and small letters in brackets after a name is that name ('Somali Disaster Management Agency (SoDMA)', 'Ministry of Health (MoH)')", () => {
  const list = findEntities("The toll rose to 19, the Somali Disaster Management Agency (SoDMA) said. SoDMA said 25,000 people were displaced.");
  assert.deepEqual(list.filter((m) => m.text === "SoDMA").map((m) => [m.type, m.canonical]), [["org", "Somali Disaster Management Agency"], ["org", "Somali Disaster Management Agency"]]);
  const moh = findEntities("The Ministry of Health (MoH) said 12 died. MoH officials said more were hurt.").filter((m) => m.text === "MoH");
  assert.ok(moh.length >= 1 && moh.every((m) => m.type === "org"), JSON.stringify(moh));
});

test("'the state of Guanajuato', 'the province of Marib' are the divisions, not the towns that bear their names", () => {
  const state = findEntities("Gunmen opened fire in the central Mexican state of Guanajuato.").find((e) => e.text === "Guanajuato");
  assert.equal(state?.precision, "province");
  const town = findEntities("Gunmen opened fire in the city of Guanajuato.").find((e) => e.text === "Guanajuato");
  assert.equal(town?.precision, "city");
});

test("an everyday word opening a sentence before a plural kind of place ('Entire villages') and a city before 'river' ('the Dnipro river') are no places", () => {
  const places = (text: string) => findEntities(text).filter((e) => e.type === "place").map((e) => e.text);
  assert.deepEqual(places("Entire villages were emptied as 3,000 people fled."), []);
  assert.deepEqual(places("Russian troops pulled back across the Dnipro river."), []);
  assert.deepEqual(places("Russian troops pulled back to Dnipro."), ["Dnipro"]);
});

test("an acronym that spells a small town abroad is an organisation ('NEMA said' is no Néma, Mauritania)", () => {
  const nema = findEntities("At least 32 people have died in floods in Maiduguri, Nigeria, NEMA said.").find((e) => e.text === "NEMA");
  assert.equal(nema?.type, "org");
});

test("an office named for its holder keeps its possessive ('the Jacksonville Sheriff's Office')", () => {
  const orgs = (text: string) => findEntities(text).filter((e) => e.type === "org").map((e) => e.canonical);
  assert.deepEqual(orgs("A man was shot dead on Sunday, the Jacksonville Sheriff's Office said."), ["Jacksonville Sheriff's Office"]);
  assert.deepEqual(orgs("The Cook County Medical Examiner’s Office named the man."), ["Cook County Medical Examiner’s Office"]);
});

test("'Assistant' before a title is part of the title, not of the body before it ('HPD Assistant Chief Leon Carter')", () => {
  assert.deepEqual(findEntities("HPD Assistant Chief Leon Carter said two men were shot.").map((e) => [e.text, e.type]), [["HPD", "org"], ["Leon Carter", "person"]]);
});

test("a ministry named by its remit opens a sentence as a body ('Health Ministry spokesman X said')", () => {
  const orgs = (text: string) => findEntities(text).filter((e) => e.type === "org").map((e) => e.text);
  assert.deepEqual(orgs("Health Ministry spokesman Ashraf Salim said 20 people were killed."), ["Health Ministry"]);
  assert.deepEqual(orgs("Health Department officials said 20 people were hurt."), ["Health Department"]);
  // (An everyday word alone still opens no name.)
  assert.deepEqual(orgs("Health officials said 20 people were hurt."), []);
});

test("'the Peruvian capital' is a place: the capital the gazetteer marks, else the country", () => {
  const found = findEntities("Protests spread across the Peruvian capital and the Israeli capital.").filter((e) => e.type === "place").map((e) => [e.text, e.canonical, e.precision]);
  assert.deepEqual(found, [["Peruvian capital", "Lima", "city"], ["Israeli capital", "Israel", "country"]]);
});

test("'Syria's civil defence' is the White Helmets", () => {
  const found = findEntities("Rescuers from Syria's civil defence pulled two children from the rubble.").filter((e) => e.type === "org").map((e) => e.canonical);
  assert.deepEqual(found, ["White Helmets"]);
});

test("'the Chief Minister said': a run of titles with no name after them names no person", () => {
  const found = findEntities("The toll rose to 30, the Chief Minister told the House.");
  assert.deepEqual(found.filter((m) => m.type === "person").map((m) => m.text), []);
  assert.deepEqual(findEntities("Chief Minister Ravi Menon visited the camp.").filter((m) => m.type === "person").map((m) => m.text), ["Ravi Menon"]);
});

test("a sizeable town whose name opens with a title is a place after 'in' ('in Prince Albert'), a person elsewhere", () => {
  const town = findEntities("Two men were hurt in a crash in Prince Albert on Friday.").find((e) => e.text === "Prince Albert");
  assert.equal(town?.type, "place");
  assert.equal(town?.canonical, "Prince Albert");
  // (The same words opening a sentence before a verb are the prince.)
  assert.equal(findEntities("Prince Albert opened the new wing on Friday.").some((e) => e.type === "place"), false);
  // (A title before a name the gazetteer does not know as a town stays a person's: "in Prince Harry's memoir".)
  assert.equal(findEntities("He wrote about it in Prince Harry's memoir.").find((e) => e.text.includes("Harry"))?.type, "person");
});

test("Ireland's 'Co.' with its stop is County ('in Co. Cork'), a company's 'Co.' is no place", () => {
  const county = findEntities("Two people died in a crash in Co. Cork on Sunday.").find((e) => e.type === "place");
  assert.equal(county?.text, "Co. Cork");
  assert.ok(county?.lat != null && Math.abs(county.lat - 52) < 1);
  for (const s of ["The firm, Acme Co., said it would reopen.", "A spokesman for Smith & Co. said the plant was closed."]) {
    assert.equal(findEntities(s).some((e) => e.type === "place"), false, s);
  }
});

test("a district named with the state it lies in ('Bijapur district in Chhattisgarh', 'Claveria, Misamis Oriental', 'in Batken region') is the namesake there, or put at the state's point", () => {
  const town = (text: string, name: string) => { const m = findEntities(text).find((e) => e.text === name); return [m?.precision, Math.round(m?.lat ?? 0), Math.round(m?.lon ?? 0)]; };
  // (The gazetteer knows only the Bijapur in Karnataka: the one in Chhattisgarh is placed at the state's point.)
  assert.deepEqual(town("Gunmen killed four villagers in Bijapur district in Chhattisgarh on Monday.", "Bijapur"), ["province", 21, 82]);
  assert.deepEqual(town("Gunmen killed four villagers in Bijapur district of Chhattisgarh on Monday.", "Bijapur"), ["province", 21, 82]);
  // (A district the gazetteer has in that state keeps its own point.)
  assert.deepEqual(town("Three rebels were shot dead in Sukma district of Chhattisgarh.", "Sukma"), ["village", 18, 82]);
  assert.deepEqual(town("Twelve rebels laid down their arms in Claveria, Misamis Oriental, on Monday.", "Claveria"), ["village", 9, 125]);
  // (A region named for its chief town: the village is held to that country, not to a namesake across the border.)
  assert.deepEqual(town("Two guards were wounded in Kok-Tash in Batken region on Monday.", "Kok-Tash"), ["province", 40, 71]);
});

test("the border of two places joined by a hyphen ('the Dantewada-Sukma border') is placed at the first; a police zone named for a region is the force", () => {
  const border = findEntities("Four rebels were shot dead on the Dantewada-Sukma border on Monday.").find((e) => e.type === "place");
  assert.deepEqual([border?.canonical, Math.round(border?.lat ?? 0), Math.round(border?.lon ?? 0)], ["Dantewada", 19, 81]);
  // (A hyphened name not before "border" is one place's own name.)
  assert.equal(findEntities("Two men were shot in Florence-Firestone on Monday.").find((e) => e.type === "place")?.canonical, "Florence-Firestone");
  const zone = findEntities("Two gunmen were killed, Kashmir Zone police said on Monday.");
  assert.deepEqual(zone.map((e) => [e.type, e.text]), [["org", "Kashmir Zone police"]]);
});

test("an abbreviation with a small letter inside ('the LoC') is no place; the district named after it is", () => {
  const places = findEntities("Two porters were hurt by firing across the LoC in Kupwara district on Monday.").filter((e) => e.type === "place");
  assert.deepEqual(places.map((e) => e.text), ["Kupwara"]);
});

test("a plural group's possessive inside a body's name ('the Nurses' Union') keeps the name whole; Reprieve and Landmine Monitor are known bodies", () => {
  const orgs = (text: string) => findEntities(text).filter((e) => e.type === "org").map((e) => e.text);
  assert.deepEqual(orgs("The Kenya Nurses' Union said four staff were hurt."), ["Kenya Nurses' Union"]);
  assert.deepEqual(orgs("The Gaza Journalists’ Syndicate said two reporters were killed."), ["Gaza Journalists’ Syndicate"]);
  // (Not a possessive of any word: "the Smiths' house" names no body.)
  assert.deepEqual(orgs("Police said the Smiths' house was hit."), []);
  assert.deepEqual(orgs("Eleven men were hanged last month, according to Reprieve."), ["Reprieve"]);
  assert.deepEqual(orgs("Landmine Monitor recorded 900 casualties last year."), ["Landmine Monitor"]);
});
