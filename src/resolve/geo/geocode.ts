// Geocoding a place name offline: exact normalised match, then a transliteration-tolerant match inside the report's countries.
import { distance } from "fastest-levenshtein";
import { DEMONYMS } from "./countries.ts";
import { gazetteer, type Place, type Precision } from "./gazetteer.ts";
import { foldName, nameKey, nameKeys, phonetic } from "../names.ts";

export interface GeoHit {
  name: string;
  lat: number;
  lon: number;
  precision: Precision;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** True when found by the transliteration-tolerant fallback rather than an exact name. */
  fuzzy?: boolean;
  /** GeoNames population, 0 when unknown (countries, regions). */
  population?: number;
}

export interface GeoContext {
  /** ISO codes of the countries the report is about, most relevant first. */
  countries?: string[];
  /** Other places the report names: among namesakes, the one near them wins ("Wilmington" near Los Angeles). */
  near?: { lat: number; lon: number }[];
  /** Try the transliteration-tolerant match when no name matches exactly (default true). */
  fuzzy?: boolean;
}

/** Words that say what kind of place a name is ("Deir Ezzor province", "Baghouz village"). */
const TYPE_WORDS: Record<string, Precision | null> = {
  province: "province", governorate: "province", state: "province", region: "region", district: "district",
  county: "district", city: "city", town: null, village: null, hamlet: null, camp: null, area: null,
  countryside: "district", suburb: null, neighbourhood: null, neighborhood: null, enclave: null,
};

const COMPASS = new Set(["north", "south", "east", "west", "northern", "southern", "eastern", "western", "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern", "central", "upper", "lower", "greater"]);

const memo = new Map<string, GeoHit | null>();

/** Finds a place by name; prefers the report's countries, then larger places. Null when unknown. */
export function geocode(name: string, context: GeoContext = {}): GeoHit | null {
  const countries = context.countries ?? [];
  const near = context.near ?? [];
  const fuzzy = context.fuzzy ?? true;
  if (near.length) return find(name, countries, near, fuzzy);
  const memoKey = `${name}\u0000${countries.join(",")}\u0000${fuzzy}`;
  if (memo.has(memoKey)) return memo.get(memoKey)!;
  if (memo.size > 100_000) memo.clear();
  const hit = find(name, countries, near, fuzzy);
  memo.set(memoKey, hit);
  return hit;
}

type Point = { lat: number; lon: number };

function find(raw: string, countries: string[], near: Point[], allowFuzzy: boolean): GeoHit | null {
  const name = raw.replace(/^#/, "").replace(/^(the|The)\s+/, "").replace(/['’]s$/, "").trim();
  if (!name) return null;
  const exact = best(candidates(name), countries, near, name);
  if (exact) return hitOf(exact);
  // "Deir Ezzor province", "the village of X" leftovers: drop the type word and say what it told us.
  const words = name.split(/\s+/);
  const last = words[words.length - 1]!.toLowerCase();
  const first = words[0]!.toLowerCase();
  if (words.length > 1 && last in TYPE_WORDS) {
    // "Cook County", "Deir Ezzor province": only a namesake in the report's countries or near its places will do.
    const inner = best(candidates(words.slice(0, -1).join(" ")), countries, near, words.slice(0, -1).join(" "));
    const plausible = inner && (inner.kind === "supplement" || countries.includes(inner.country) || near.some((p) => km(p.lat, p.lon, inner.lat, inner.lon) < 300));
    if (inner && plausible) return hitOf(inner, TYPE_WORDS[last] ?? undefined);
    if (inner) return null;
  }
  // "northwest Baltimore", "Eastern Ghouta" (unless that is a name of its own, found above): the part named.
  if (words.length > 1 && COMPASS.has(first)) {
    const inner = best(candidates(words.slice(1).join(" ")), countries, near, words.slice(1).join(" "));
    if (inner) return hitOf(inner, inner.kind === "country" ? "region" : "district");
  }
  if (words.length > 1 && (first === "river" || first === "lake" || first === "mount")) {
    const inner = best(candidates(words.slice(1).join(" ")), countries, near, words.slice(1).join(" "));
    if (inner) return hitOf(inner);
  }
  const fuzzy = allowFuzzy ? fuzzyFind(name, countries) : null;
  return fuzzy ? { ...hitOf(fuzzy), fuzzy: true } : null;
}

function candidates(name: string): Place[] {
  const seen = new Set<Place>();
  for (const key of nameKeys(name)) for (const place of gazetteer().lookup(key)) seen.add(place);
  return [...seen];
}

function score(place: Place, countries: string[]): number {
  const rank = countries.indexOf(place.country);
  let s = rank >= 0 ? 40 - Math.min(rank, 6) * 5 : 0;
  if (place.kind === "country") s += 50;
  else if (place.kind === "supplement") s += 12; // curated: beats a small namesake ("California", Missouri)
  s += Math.log10(place.population + 1) * 2;
  if (place.kind === "PPLC") s += 6;
  else if (place.kind === "PPLA") s += 4;
  else if (place.kind === "PPLA2") s += 2;
  return s;
}

function best(places: Place[], countries: string[], near: Point[] = [], query = ""): Place | null {
  let top: Place | null = null;
  let topScore = -Infinity;
  const queryKeys = query ? nameKeys(query) : [];
  for (const place of places) {
    let s = score(place, countries);
    // A place's own name beats an old or foreign alternate ("Hajin" is also an old name of a Turkish town).
    if (queryKeys.length && nameKeys(place.name).some((k) => queryKeys.includes(k))) s += 8;
    if (near.length && places.length > 1 && place.kind !== "country" && place.kind !== "supplement") {
      const closest = Math.min(...near.map((p) => km(p.lat, p.lon, place.lat, place.lon)));
      s += closest < 5 ? 0 : closest < 75 ? 20 : closest < 150 ? 8 : 0; // 0 under 5 km: that is the anchor itself
    }
    if (s > topScore) (top = place), (topScore = s);
  }
  return top;
}

/** Transliteration variants (Beghouz/Baghouz, Sheikhun/Shaykhun) inside the report's countries only. */
function fuzzyFind(name: string, countries: string[]): Place | null {
  const key = nameKey(name);
  if (key.length < 4 || !countries.length) return null;
  const codes = phonetic(key);
  const limit = Math.max(1, Math.floor(key.length * 0.25));
  let top: Place | null = null;
  let topRank = Infinity;
  for (const cc of countries.slice(0, 3)) {
    const buckets = bucketsOf(cc);
    for (let len = key.length - limit; len <= key.length + limit; len++) {
    for (const candidate of buckets.get(`${key[0]}${len}`) ?? []) {
      const d = distance(candidate, key);
      if (d > limit) continue;
      if (!phonetic(candidate).some((c) => codes.includes(c))) continue;
      for (const place of gazetteer().lookup(candidate)) {
        if (place.country !== cc || place.kind === "country") continue; // "Yemeni" is not a misspelt "Yemen"
        const rank = d * 100 - score(place, countries);
        if (rank < topRank) (top = place), (topRank = rank);
      }
    }
    }
  }
  return top;
}

const buckets = new Map<string, Map<string, string[]>>();

/** A country's keys by first letter and length, so the fallback compares only plausible spellings. */
function bucketsOf(country: string): Map<string, string[]> {
  let map = buckets.get(country);
  if (!map) {
    map = new Map();
    for (const key of gazetteer().keysInCountry(country)) {
      const b = `${key[0]}${key.length}`;
      const list = map.get(b);
      if (list) list.push(key);
      else map.set(b, [key]);
    }
    buckets.set(country, map);
  }
  return map;
}

function hitOf(place: Place, precision?: Precision): GeoHit {
  return { name: place.name, lat: place.lat, lon: place.lon, precision: precision ?? place.precision, country: place.country, population: place.population };
}

/** The ISO code when a word names a country or is its demonym ("Syria", "Syrian"), else null. */
const countryMemo = new Map<string, string | null>();

export function countryCodeOf(word: string): string | null {
  let cc = countryMemo.get(word);
  if (cc === undefined) {
    if (countryMemo.size > 100_000) countryMemo.clear();
    cc = DEMONYMS.get(foldName(word)) ?? candidates(word).find((p) => p.kind === "country")?.country ?? null;
    countryMemo.set(word, cc);
  }
  return cc;
}

/** True when a name is a known place of any kind (used to tell places from people and organisations). */
export function isKnownPlace(name: string, context: GeoContext = {}, minPopulation = 0): boolean {
  const countries = context.countries ?? [];
  return candidates(name).some((p) => p.kind === "country" || p.kind === "supplement" || countries.includes(p.country) || p.population >= minPopulation);
}

function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const h = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

/** True when a word alone is a city or a country ("Chicago", "Syria"): such words never stand for an organisation. */
export function isTownOrCountry(word: string): boolean {
  const hit = geocode(word, { fuzzy: false });
  return !!hit && !hit.fuzzy && (hit.precision === "city" || hit.precision === "country");
}
