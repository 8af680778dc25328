// The offline geocoder: exact names, transliterations, country preference, countries and our supplement.
import { test } from "node:test";
import assert from "node:assert/strict";
import { countryCodeOf, geocode } from "./geocode.ts";

function km(a: [number, number], b: [number, number]): number {
  const r = Math.PI / 180;
  const h = Math.sin(((b[0] - a[0]) * r) / 2) ** 2 + Math.cos(a[0] * r) * Math.cos(b[0] * r) * Math.sin(((b[1] - a[1]) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

const TABLE: [string, string[], [number, number], number, string][] = [
  // name, report countries, expected point, tolerance km, precision
  ["Damascus", [], [33.51, 36.29], 20, "city"],
  ["Aleppo", ["SY"], [36.2, 37.16], 20, "city"],
  ["Deir ez-Zor", ["SY"], [35.34, 40.14], 20, "city"],
  ["Deir Ezzor", ["SY"], [35.34, 40.14], 20, "city"],
  ["Khan Shaykhun", ["SY"], [35.44, 36.65], 20, "city"],
  ["Mosul", ["IQ"], [36.34, 43.12], 20, "city"],
  ["Kabul", [], [34.53, 69.17], 30, "city"],
  ["Syria", [], [35.0, 38.5], 300, "country"],
  ["France", [], [46.6, 2.4], 300, "country"],
  ["United States", [], [39.5, -98.5], 600, "country"],
  ["the UK", [], [53.8, -2.4], 400, "country"],
  ["Baghuz", ["SY"], [34.48, 40.95], 10, "village"],
  ["Al-Hol", ["SY"], [36.38, 41.15], 10, "village"],
  ["Gaza Strip", [], [31.42, 34.36], 30, "region"],
  ["Idlib province", ["SY"], [35.8, 36.6], 60, "province"],
  // An English name that is only an alternate of a far larger city beats the small towns that bear it as their own.
  ["Geneva", ["SY", "IQ"], [46.2, 6.15], 20, "city"],
  // A country's first-level divisions (ISO 3166-2), placed among their towns, with or without their type word.
  ["Sagaing Region", [], [22.5, 95.3], 60, "province"],
  ["Aceh", [], [4.4, 96.8], 80, "province"],
  ["Helmand Province", ["AF"], [31, 64], 80, "province"],
  ["Ebonyi State", ["NG"], [6.2, 8.0], 60, "province"],
  // A town that shares its name with its province is still the town ("Daraa"), and named with a type word the one its
  // province and it alone bear ("Mandera County") needs no other clue.
  ["Daraa", ["SY"], [32.62, 36.1], 10, "city"],
  ["Mandera County", ["YE"], [3.94, 41.86], 20, "district"],
  // Towns news from Cabo Delgado, Darfur and South Sudan names that cities500 lacks; "Palma" in a Mozambique report.
  ["Palma", ["MZ"], [-10.78, 40.48], 10, "village"],
  ["Tawila", ["SD"], [13.51, 24.87], 10, "village"],
  ["Pibor", [], [6.8, 33.13], 10, "village"],
  // A first-level division's own name beats a city that bears it only as an unrelated alternate (Hengyang is also
  // written "Henan"; the city of Rio Grande once "Rio Grande do Sul"), and loses to a large town spelt so ("Hama").
  ["Henan", [], [34.3, 113.6], 150, "province"],
  ["Rio Grande do Sul", [], [-29.6, -52.5], 150, "province"],
  ["Hama", ["SY"], [35.13, 36.76], 10, "city"],
  ["Kano", [], [12.0, 8.52], 10, "city"],
  // Islands and districts the news names that neither cities500 nor ISO 3166-2 holds (our supplement).
  ["Luzon", [], [16, 121], 100, "region"],
  ["Java", [], [-7.3, 110], 150, "region"],
  ["Kobo", [], [12.15, 39.63], 10, "village"],
  // Irish counties as "County X" / "Co X", and British counties that North America has namesakes of.
  ["County Kerry", [], [52.15, -9.6], 40, "district"],
  ["Co Fermanagh", [], [54.35, -7.65], 40, "district"],
  ["Lincolnshire", [], [53.1, -0.25], 60, "district"],
  ["Cornwall", ["GB"], [50.4, -4.9], 60, "district"],
  // Lakes and seas where boats sink, not a town inside their names ("Lake Victoria" is not Victoria, Hong Kong).
  ["Lake Victoria", [], [-1, 33], 150, "region"],
  ["Aegean Sea", [], [38.5, 25], 200, "region"],
];

for (const [name, countries, point, tolerance, precision] of TABLE) {
  test(`geocode ${name}`, () => {
    const hit = geocode(name, { countries });
    assert.ok(hit, `${name} not found`);
    assert.ok(km(point, [hit.lat, hit.lon]) <= tolerance, `${name} at ${hit.lat},${hit.lon} (${hit.name})`);
    assert.equal(hit.precision, precision);
  });
}

test("geocode prefers the report's country for shared names", () => {
  // Tripoli is in Libya and in Lebanon: the report's country decides.
  const libya = geocode("Tripoli", { countries: ["LY"] });
  const lebanon = geocode("Tripoli", { countries: ["LB"] });
  assert.equal(libya?.country, "LY");
  assert.equal(lebanon?.country, "LB");
});

test("geocode tolerates a transliteration inside the report's country only", () => {
  const hit = geocode("Khan Sheikhoun", { countries: ["SY"] });
  assert.ok(hit && km([35.44, 36.65], [hit.lat, hit.lon]) < 20, JSON.stringify(hit));
  assert.equal(geocode("Xqzvbnm"), null);
  assert.equal(geocode(""), null);
});

test("countryCodeOf knows names and demonyms", () => {
  assert.equal(countryCodeOf("Syria"), "SY");
  assert.equal(countryCodeOf("Syrian"), "SY");
  assert.equal(countryCodeOf("Iraqi"), "IQ");
  assert.equal(countryCodeOf("Britain"), "GB");
  assert.equal(countryCodeOf("Observatory"), null);
});

test("geocode picks the namesake near the report's other places", () => {
  // Without context the larger Tripoli (Libya) wins; next to Beirut it is the Lebanese one.
  assert.equal(geocode("Tripoli")?.country, "LY");
  assert.equal(geocode("Tripoli", { near: [{ lat: 33.89, lon: 35.5 }] })?.country, "LB");
});

test("regions news from north-east India, Pakistan's north, Cameroon, South Sudan and Mozambique names are known", () => {
  for (const [name, country] of [["Mizoram", "IN"], ["Nagaland", "IN"], ["Gilgit-Baltistan", "PK"], ["South-West region", "CM"], ["Warrap", "SS"], ["Niassa", "MZ"]] as const) {
    assert.equal(geocode(name)?.country, country, name);
  }
});

test("a compass word before a name another language gives a far city ('Northern Samar', not Samara) finds nothing; 'northwest Baltimore' is Baltimore's", () => {
  assert.equal(geocode("Northern Samar"), null);
  assert.equal(geocode("northwest Baltimore")?.name, "Baltimore");
  assert.equal(geocode("Gilan province")?.country, "IR");
});

test("a township, a local government area, a tehsil or a municipality is the district around the town it is named after; a North American township is not", () => {
  assert.equal(geocode("Loikaw Township", { countries: ["MM"] })?.precision, "district");
  assert.equal(geocode("Loikaw Township", { countries: ["MM"] })?.country, "MM");
  const lga = geocode("Konduga Local Government Area", { countries: ["NG"] });
  assert.deepEqual([lga?.country, lga?.precision], ["NG", "district"]);
  assert.equal(geocode("Konduga LGA", { countries: ["NG"] })?.precision, "district");
  assert.equal(geocode("Springfield Township", { countries: ["US"] }), null);
});

test("US counties: one of its name is found anywhere; namesakes by the report's places, else the far most populous, else none", () => {
  const pasco = geocode("Pasco County");
  assert.deepEqual([pasco?.country, pasco?.precision, Math.round(pasco!.lat), Math.round(pasco!.lon)], ["US", "district", 28, -82]);
  assert.equal(geocode("Orleans Parish")?.country, "US");
  // Thirty states have a Washington County: the one near the report's places.
  const oregon = geocode("Washington County", { countries: ["US"], near: [{ lat: 45.52, lon: -122.68 }] }); // Portland
  assert.deepEqual([Math.round(oregon!.lat), Math.round(oregon!.lon)], [46, -123]);
  assert.equal(geocode("Washington County", { countries: ["US"] }), null);
  // Harris County, Texas holds Houston; Harris County, Georgia some thousands.
  assert.equal(Math.round(geocode("Harris County")!.lon), -95);
  // Orange County, California is not many times Orange County, Florida: without a clue, none.
  assert.equal(geocode("Orange County", { countries: ["US"] }), null);
});

test("'the Kherson region', 'Kherson Oblast': a first-level division called a region or oblast, not the city of its name", () => {
  for (const name of ["Kherson region", "Kherson Oblast"]) {
    const hit = geocode(name, { fuzzy: false });
    assert.deepEqual([hit?.country, hit?.precision], ["UA", "province"], name);
    // (The division's middle lies well east of the city.)
    assert.ok(hit!.lon > 33, name);
  }
  // A region of our own list keeps its meaning: Darfur is no division of that name.
  assert.equal(geocode("Darfur region", { fuzzy: false })?.precision, "region");
});
