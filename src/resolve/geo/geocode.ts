// Geocoding a place name offline: exact normalised match, then a transliteration-tolerant match inside the report's countries.
import { distance } from "fastest-levenshtein";
import { DEMONYMS } from "./countries.ts";
import { gazetteer, type Place, type Precision } from "./gazetteer.ts";
import { articles, foldName, isArticle, nameKey, nameKeys, phonetic, whitespaceWords } from "../names.ts";

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
  /** True for a country's first-level division as ISO 3166-2 lists it (not one we curated). */
  division?: boolean;
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
  province: "province", governorate: "province", state: "province", oblast: "province", region: "region", district: "district",
  county: "district", city: "city", town: null, village: null, hamlet: null, camp: null, area: null,
  countryside: "district", suburb: null, neighbourhood: null, neighborhood: null, enclave: null,
  // Myanmar's townships, Nigeria's local government areas ("Orlu LGA"), South Asia's tehsils and upazilas.
  township: "district", lga: "district", tehsil: "district", upazila: "district", municipality: "district",
};

const COMPASS = new Set(["north", "south", "east", "west", "northern", "southern", "eastern", "western", "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern", "central", "upper", "lower", "greater"]);

/** Answers by country list, then by name: a report passes the same list object to thousands of look-ups. */
interface Memo {
  exact: Map<string, GeoHit | null>;
  fuzzy: Map<string, GeoHit | null>;
}
const memoByCountries = new Map<string, Memo>();
let memoOfList = new WeakMap<string[], Memo>();
let memoEntries = 0;
const MEMO_LIMIT = 100_000;
const NO_COUNTRIES: string[] = [];
/** Shared by every look-up without anchors (most): never mutated. */
const NO_POINTS: { lat: number; lon: number }[] = [];

/** The last list asked about and its memo: a report asks with one list thousands of times in a row. */
let lastList: string[] | null = null;
let lastMemo: Memo | null = null;

function memoFor(countries: string[]): Memo {
  if (countries === lastList) return lastMemo!;
  // A list of one country ({ countries: [cc] }) is mostly made afresh for its look-up: found by its code, it needs no
  // entry in the weak map, which is dear to add to.
  if (countries.length === 1) {
    const key = countries[0]!;
    let memo = memoByCountries.get(key);
    if (!memo) memoByCountries.set(key, (memo = { exact: new Map(), fuzzy: new Map() }));
    lastList = countries;
    lastMemo = memo;
    return memo;
  }
  let memo = memoOfList.get(countries);
  if (!memo) {
    const key = countries.join(",");
    memo = memoByCountries.get(key);
    if (!memo) memoByCountries.set(key, (memo = { exact: new Map(), fuzzy: new Map() }));
    memoOfList.set(countries, memo);
  }
  lastList = countries;
  lastMemo = memo;
  return memo;
}

/** Finds a place by name; prefers the report's countries, then larger places. Null when unknown. */
export function geocode(name: string, context: GeoContext = {}): GeoHit | null {
  const countries = context.countries?.length ? context.countries : NO_COUNTRIES;
  const near = context.near ?? NO_POINTS;
  const fuzzy = context.fuzzy ?? true;
  // Anchors only rank namesakes: a name only one place bears is answered as without them, and so from the memo.
  if (near.length && !soleBearer(name)) return find(name, countries, near, fuzzy);
  let hit = (fuzzy ? memoFor(countries).fuzzy : memoFor(countries).exact).get(name);
  if (hit === undefined) {
    if (++memoEntries > MEMO_LIMIT) {
      // Bounded: everything is forgotten at once rather than aged.
      memoByCountries.clear();
      memoOfList = new WeakMap();
      lastList = lastMemo = null;
      memoEntries = 0;
    }
    hit = find(name, countries, near, fuzzy);
    (fuzzy ? memoFor(countries).fuzzy : memoFor(countries).exact).set(name, hit);
  }
  return hit;
}

type Point = { lat: number; lon: number };

/**
 * The town of that name in `country` within `reachKm` of `point` ("Parkland" near Florida's middle), for a town written
 * with the state it lies in: the nearest, unless one ten times larger lies not much farther (a state's middle is far
 * from some of its towns: Memphis, Tennessee is not the village of Memphis just across the border in Indiana).
 */
export function nearestNamesake(name: string, country: string, point: Point, reachKm: number): GeoHit | null {
  const cleaned = cleanName(name);
  if (!cleaned) return null;
  const within: { place: Place; d: number }[] = [];
  for (const place of named(cleaned).places) {
    if (place.country !== country || place.kind === "country" || place.kind === "ADM1") continue;
    const d = km(point.lat, point.lon, place.lat, place.lon);
    if (d <= reachKm) within.push({ place, d });
  }
  within.sort((a, b) => a.d - b.d);
  let top = within[0];
  // (A far larger namesake a little farther wins; between places of no known size the nearest does.)
  for (const other of within) if (top && other.place.population >= 10 * top.place.population && other.place.population > top.place.population && other.d <= 1.5 * top.d) top = other;
  return top ? hitOf(top.place) : null;
}

/**
 * A US county by its name: thirty states have a Washington County, so a name several counties bear is the one nearest
 * the report's other places (its state, its towns); without any near, the one far more populous than the others
 * (Harris County, Texas), else none.
 */
function countyHit(places: readonly Place[], near: Point[]): GeoHit | null {
  const counties = places.filter((p) => p.kind === "ADM2");
  if (counties.length === 1) return hitOf(counties[0]!);
  let top: Place | null = null;
  let topKm = COUNTY_ANCHOR_KM;
  for (const county of counties) {
    for (const p of near) {
      const d = km(p.lat, p.lon, county.lat, county.lon);
      if (d < topKm) (top = county), (topKm = d);
    }
  }
  if (top) return hitOf(top);
  const [first, second] = [...counties].sort((a, b) => b.population - a.population);
  return first && second && first.population >= COUNTY_DOMINANCE * second.population ? hitOf(first) : null;
}
/** How far a county may lie from the nearest place a report names (a state's centroid may be 300 km off). */
const COUNTY_ANCHOR_KM = 400;
/**
 * How many times more people the largest namesake county must have to be meant where nothing else says which
 * (St. Louis County, Missouri has five times Minnesota's; Orange County, California only twice Florida's).
 */
const COUNTY_DOMINANCE = 4;

/** True when exactly one place bears the name as find() cleans it: that place is the answer whatever the anchors. */
function soleBearer(name: string): boolean {
  const cleaned = cleanName(name);
  return cleaned !== "" && named(cleaned).places.length === 1;
}

function find(raw: string, countries: string[], near: Point[], allowFuzzy: boolean): GeoHit | null {
  const name = cleanName(raw);
  if (!name) return null;
  const exact = best(named(name), countries, near);
  if (exact?.kind === "ADM2") return countyHit(named(name).places, near);
  if (exact) return hitOf(exact);
  if (!maySplit(name)) return fuzzyOrNull(name, countries, allowFuzzy); // one word: no type word, compass point or river to drop
  // "Deir Ezzor province", "the village of X" leftovers: drop the type word and say what it told us.
  // ("Orlu Local Government Area" is written out as often as "Orlu LGA".)
  const words = whitespaceWords(endsWithArea(name) ? name.replace(/\s+local\s+government\s+area$/i, " LGA") : name);
  const last = words[words.length - 1]!.toLowerCase();
  const first = words[0]!.toLowerCase();
  if (words.length > 1 && last in TYPE_WORDS) {
    // "Cook County", "Deir Ezzor province": only a namesake in the report's countries or near its places will do.
    const innerNamed = named(words.slice(0, -1).join(" "));
    // ("Gilan province", "Ghazni province": a first-level division of that name is what the words say, over any town.)
    // ("the Kherson region", "the Mopti region": many countries call their first-level divisions regions.)
    // (Not over a region of our own list that bears the name: "Darfur region" stays that region.)
    const division = TYPE_WORDS[last] === "province" || (last === "region" && !innerNamed.places.some((p) => p.kind === "supplement")) ? innerNamed.places.filter((p) => p.kind === "ADM1") : [];
    // (Of namesakes in several countries, the one in the report's first country, else in any of its countries.)
    const chosen = (countries.length ? division.find((p) => p.country === countries[0]) : undefined) ?? (division.length === 1 ? division[0] : division.find((p) => countries.includes(p.country)));
    if (chosen) return hitOf(chosen, "province");
    const inner = best(innerNamed, countries, near);
    // A name only one place in the world bears ("Sagaing Region") needs no other clue, nor one only a town and its
    // province bear ("Mandera County").
    const plausible = inner && (inner.kind === "supplement" || (innerNamed.places.length === 2 && innerNamed.places.some((p) => p.kind === "ADM1") && innerNamed.places.every((p) => p.country === inner.country)) || countries.includes(inner.country) || near.some((p) => km(p.lat, p.lon, inner.lat, inner.lon) < 300));
    // (A North American township is a place of its own, no part of the town it shares a name with: "Springfield
    // Township" is not Springfield.)
    const ownPlace = last === "township" && (inner?.country === "US" || inner?.country === "CA");
    if (inner && plausible && !ownPlace) return hitOf(inner, TYPE_WORDS[last] ?? undefined);
    if (inner) return null;
  }
  // "northwest Baltimore", "Eastern Ghouta" (unless that is a name of its own, found above): the part named.
  if (words.length > 1 && COMPASS.has(first)) {
    const rest = words.slice(1).join(" ");
    const inner = best(named(rest), countries, near);
    // ("Northern Samar" is no part of Samara, which "Samar" only names in another language: the part of a place known by
    // that very name, or one in the report's countries or near its places.)
    const plausible = inner && (inner.kind === "country" || inner.kind === "supplement" || inner.kind === "ADM1" || countries.includes(inner.country) || near.some((p) => km(p.lat, p.lon, inner.lat, inner.lon) < 300) || foldName(inner.name) === foldName(rest));
    if (inner && plausible) return hitOf(inner, inner.kind === "country" ? "region" : "district");
  }
  if (words.length > 1 && (first === "river" || first === "lake" || first === "mount")) {
    const inner = best(named(words.slice(1).join(" ")), countries, near);
    if (inner) return hitOf(inner);
  }
  return fuzzyOrNull(name, countries, allowFuzzy);
}

function fuzzyOrNull(name: string, countries: string[], allowFuzzy: boolean): GeoHit | null {
  const fuzzy = allowFuzzy ? fuzzyFind(name, countries) : null;
  return fuzzy ? { ...hitOf(fuzzy), fuzzy: true } : null;
}

/** Drops a hashtag, a leading "the", a possessive and outer spaces; most names have none, and are seen by one check. */
function cleanName(raw: string): string {
  const n = raw.length;
  if (n > 0) {
    const a = raw.charCodeAt(0);
    const z = raw.charCodeAt(n - 1);
    // Printable ASCII at both ends, not "#", "t"/"T" first nor "s" last: nothing to drop.
    if (a > 32 && a < 127 && a !== 35 && a !== 84 && a !== 116 && z > 32 && z < 127 && z !== 115) return raw;
  }
  return raw.replace(/^#/, "").replace(/^(the|The)\s+/, "").replace(/['’]s$/, "").trim();
}

/** Whether a name ends in "area" in any case: only then may it end in "local government area". */
function endsWithArea(name: string): boolean {
  const n = name.length;
  return n >= 4 && (name.charCodeAt(n - 4) | 32) === 97 && (name.charCodeAt(n - 3) | 32) === 114 && (name.charCodeAt(n - 2) | 32) === 101 && (name.charCodeAt(n - 1) | 32) === 97;
}

/** False when a name surely holds no whitespace, so splitting it into words would give the name alone. */
function maySplit(name: string): boolean {
  for (let k = 0; k < name.length; k++) {
    const c = name.charCodeAt(k);
    if (c === 32 || (c >= 9 && c <= 13) || c >= 128) return true; // other spaces are left to the split
  }
  return false;
}

/** The places a name may mean, and for each whether the name is its own rather than an alternate one. */
interface Named {
  places: Place[];
  /** The name's keys, kept to tell own names from alternates. */
  keys: string[];
  /** Computed on first need by ownNames: only a choice among several places asks, and most names have one or none. */
  own: boolean[] | null;
  /** Computed on first need by divisionFirst. */
  divisionFirst?: boolean;
}

/** Per name, independent of the report: reports repeat names with different country lists. */
const namedMemo = new Map<string, Named>();

function named(name: string): Named {
  let hit = namedMemo.get(name);
  if (!hit) {
    if (namedMemo.size > 30_000) namedMemo.clear();
    const keys = nameKeys(name);
    let places: Place[];
    if (keys.length === 1) places = gazetteer().lookup(keys[0]!); // a fresh array, never shared
    else {
      const seen = new Set<Place>();
      for (const key of keys) for (const place of gazetteer().lookup(key)) seen.add(place);
      places = [...seen];
    }
    hit = { places, keys, own: null };
    namedMemo.set(name, hit);
  }
  return hit;
}

/** For each place, whether the name is its own rather than an alternate one. */
function ownNames(n: Named): boolean[] {
  return (n.own ??= n.places.map((place) => n.keys.length > 0 && nameKeys(place.name).some((k) => n.keys.includes(k))));
}

function candidates(name: string): Place[] {
  return named(name).places;
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

function best(n: Named, countries: string[], near: Point[] = []): Place | null {
  const places = n.places;
  if (places.length <= 1) return places[0] ?? null; // nothing to choose between
  const own = ownNames(n);
  let top: Place | null = null;
  let topScore = -Infinity;
  // The largest place that has the name only as an alternate ("Geneva" for Genève).
  let largestByAlternate = 0;
  for (let i = 0; i < places.length; i++) if (!own[i]) largestByAlternate = Math.max(largestByAlternate, places[i]!.population);
  let nearCosines: number[] | null = null; // cosLatitude of each anchor, worked out once for all the places
  for (let i = 0; i < places.length; i++) {
    const place = places[i]!;
    let s = score(place, countries);
    // ("Henan", "Rio Grande do Sul": a first-level division of that very name, where no sizeable town is spelt so,
    // outranks a city that bears it only as an unrelated alternate, Hengyang, the city of Rio Grande. It has no
    // population in the data, so it ranks as a large town would; "Daraa" and "Hama" stay the cities, spelt "Dar'a"
    // and "Hamah" there.)
    if (place.kind === "ADM1" && own[i] && divisionFirst(n)) s += Math.log10(DIVISION_POPULATION) * 2;
    // A place's own name beats an old or foreign alternate ("Hajin" is also an old name of a Turkish town), unless
    // the alternate is the English name of a city many times larger (Geneva, Illinois is not Genève).
    const curated = place.kind === "supplement" || place.kind === "country" || (place.kind === "ADM1" && divisionFirst(n));
    if (own[i] && (curated || place.population * 5 >= largestByAlternate)) s += 8;
    // (Anchors rank namesake towns only: a province's point is a mean of its towns, near the report's towns by design.)
    if (near.length && places.length > 1 && place.kind !== "country" && place.kind !== "supplement" && place.kind !== "ADM1" && !fartherNorthOrSouthThanAll(near, place.lat)) {
      // The nearest anchor, as Math.min would give it (a NaN distance wins), without an array per place.
      let closest = Infinity;
      nearCosines ??= near.map((p) => cosLatitude(p.lat));
      const placeCosine = cosLatitude(place.lat);
      for (let k = 0; k < near.length; k++) {
        const p = near[k]!;
        const d = kmWithCosines(p.lat, p.lon, nearCosines[k]!, place.lat, place.lon, placeCosine);
        if (!(d >= closest)) closest = d;
        if (closest !== closest) break;
      }
      s += closest < 5 ? 0 : closest < 75 ? 20 : closest < 150 ? 8 : 0; // 0 under 5 km: that is the anchor itself
    }
    if (s > topScore) (top = place), (topScore = s);
  }
  return top;
}

/**
 * Whether every anchor lies more than FAR_LATITUDE degrees north or south of `lat`, so more than 150 km away, where
 * an anchor adds nothing to a place's score (a great circle is at least as long as the arc of latitude it spans:
 * 1.5 degrees are some 167 km). Most namesakes are; their distances then need no trigonometry. False for a NaN.
 */
function fartherNorthOrSouthThanAll(near: Point[], lat: number): boolean {
  for (let k = 0; k < near.length; k++) if (!(Math.abs(near[k]!.lat - lat) > FAR_LATITUDE)) return false;
  return true;
}
const FAR_LATITUDE = 1.5;

const DIVISION_POPULATION = 500_000;
/** A town this large spelt as the name (its own name, or one a couple of letters off) is what the name means. */
const SPELT_TOWN_POPULATION = 10_000;

/** Whether a first-level division bearing the name ranks as a large place: no sizeable town is spelt as the name. */
function divisionFirst(n: Named): boolean {
  if (n.divisionFirst === undefined) {
    const key = n.keys[0] ?? "";
    const own = ownNames(n);
    // (Nor where our own list names a place so, "Sahel", "Maidan Wardak": that entry was written for the name.)
    n.divisionFirst = !n.places.some((p, i) => p.kind === "supplement" || (p.kind !== "ADM1" && p.kind !== "country" && p.population >= SPELT_TOWN_POPULATION && (own[i] || speltAs(nameKey(p.name), key))));
  }
  return n.divisionFirst;
}

/**
 * A town's key spelt as a name's: two letters or a quarter of them differ ("sadah"/"saada", "hamah"/"hama"), or the
 * town's name goes on after the name ("New York City" for "New York").
 */
function speltAs(town: string, name: string): boolean {
  return town.startsWith(name) || distance(town, name) <= Math.max(2, Math.floor(Math.max(town.length, name.length) * 0.25));
}

/** Transliteration variants (Beghouz/Baghouz, Sheikhun/Shaykhun) inside the report's countries only. */
function fuzzyFind(name: string, countries: string[]): Place | null {
  const key = nameKey(name);
  if (key.length < 4 || !countries.length) return null;
  const codes = phonetic(key);
  const limit = Math.max(1, Math.floor(key.length * 0.25));
  const mask = letterMask(key);
  let top: Place | null = null;
  let topRank = Infinity;
  for (const cc of countries.slice(0, 3)) {
    const buckets = bucketsOf(cc);
    for (let len = key.length - limit; len <= key.length + limit; len++) {
      const bucket = buckets.get(bucketKey(key.charCodeAt(0), len));
      if (!bucket) continue;
      // Each edit changes at most two of the letters present, an insertion or deletion at most one; a length gap of g
      // forces g of those: at most 2 * limit - g changes, a cheap bound before the edit distance.
      const maxChanges = 2 * limit - Math.abs(len - key.length);
      for (let i = 0; i < bucket.keys.length; i++) {
        if (bitCount(mask ^ bucket.masks[i]!) > maxChanges) continue;
        const candidate = bucket.keys[i]!;
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

/** Which of a-z (and, folded together, any other character) occur in a key: one bit each. */
function letterMask(key: string): number {
  let mask = 0;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i) - 97;
    mask |= 1 << (c >= 0 && c < 26 ? c : 26 + (key.charCodeAt(i) % 5));
  }
  return mask;
}

function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

interface Bucket {
  keys: string[];
  masks: number[];
}

const buckets = new Map<string, Map<number, Bucket>>();

/** First letter and length as one number (no string per look-up): a code unit is below 65536. */
function bucketKey(firstCode: number, length: number): number {
  return length * 65536 + firstCode;
}

/** A country's keys by first letter and length, so the fallback compares only plausible spellings. */
function bucketsOf(country: string): Map<number, Bucket> {
  let map = buckets.get(country);
  if (!map) {
    map = new Map();
    for (const key of gazetteer().keysInCountry(country)) {
      const b = bucketKey(key.charCodeAt(0), key.length);
      let bucket = map.get(b);
      if (!bucket) map.set(b, (bucket = { keys: [], masks: [] }));
      bucket.keys.push(key);
      bucket.masks.push(letterMask(key));
    }
    buckets.set(country, map);
  }
  return map;
}

function hitOf(place: Place, precision?: Precision): GeoHit {
  const hit: GeoHit = { name: place.name, lat: place.lat, lon: place.lon, precision: precision ?? place.precision, country: place.country, population: place.population };
  if (place.kind === "ADM1") hit.division = true;
  return hit;
}

/** The ISO code when a word names a country or is its demonym ("Syria", "Syrian"), else null. */
const countryMemo = new Map<string, string | null>();

export function countryCodeOf(word: string): string | null {
  let cc = countryMemo.get(word);
  if (cc === undefined) {
    if (countryMemo.size > 100_000) countryMemo.clear();
    cc = DEMONYMS.get(foldName(word)) ?? null;
    for (const key of cc ? [] : nameKeys(word)) {
      cc = gazetteer().countryOfKey(key) ?? null;
      if (cc) break;
    }
    countryMemo.set(word, cc);
  }
  return cc;
}

/**
 * countryCodeOf for a plain word (ASCII letters and digits only), given as its lower case, which is its only key:
 * two look-ups in small tables, which stay in cache, where the memo is large.
 */
function countryOfPlainWord(lower: string): string | null {
  return DEMONYMS.get(lower) ?? gazetteer().countryOfKey(lower) ?? null;
}

/**
 * countryCodeOf(`${a} ${b}`) for two plain words given as their lower cases (see countryOfPlainWord), without the large
 * memo: the two-word demonym ("south sudanese"), else the country whose key both words make ("southsudan"), else, after
 * an article, the one whose key the second word is.
 */
export function countryOfPlainPair(a: string, b: string): string | null {
  return DEMONYMS.get(`${a} ${b}`) ?? gazetteer().countryOfKey(a + b) ?? (isArticle(a) ? gazetteer().countryOfKey(b) : undefined) ?? null;
}

/** mayStartCountryPair for a plain word, given as its lower case (see countryOfPlainWord). */
function mayStartCountryPairPlain(lower: string): boolean {
  return DEMONYM_FIRST_WORDS.has(lower) || isArticle(lower) || gazetteer().isCountryKeyPrefix(lower);
}

/** What a plain word tells of countries (see countryWordOf). */
export interface CountryWord {
  /** countryOfPlainWord. */
  readonly country: string | null;
  /** mayStartCountryPairPlain. */
  readonly mayStartPair: boolean;
}

const NO_COUNTRY_WORD: CountryWord = { country: null, mayStartPair: false };

/**
 * countryOfPlainWord and mayStartCountryPairPlain at once, for a plain word given as its lower case, by one look-up
 * in one table of a few thousand words (the countries' keys and their prefixes, the demonyms, the articles): a report
 * asks both of most of its capitalised words. Most words are in no country's name, and a filter of a few kilobytes,
 * which stays in cache, tells them without the table.
 */
export function countryWordOf(lower: string): CountryWord {
  countryWords ??= countryWordTable();
  countryFilter ??= new WordFilter(countryWords.keys());
  if (!countryFilter.mayHave(lower)) return NO_COUNTRY_WORD;
  return countryWords.get(lower) ?? NO_COUNTRY_WORD; // outside the table a word names no country nor starts one's name
}
let countryWords: Map<string, CountryWord> | null = null;
let countryFilter: WordFilter | null = null;

function countryWordTable(): Map<string, CountryWord> {
  const words = new Set<string>([...DEMONYMS.keys(), ...DEMONYM_FIRST_WORDS, ...articles()]);
  for (const key of gazetteer().keysOfCountries()) for (let n = 1; n <= key.length; n++) words.add(key.slice(0, n));
  const table = new Map<string, CountryWord>();
  for (const word of words) table.set(word, { country: countryOfPlainWord(word), mayStartPair: mayStartCountryPairPlain(word) });
  return table;
}

/** A Bloom filter of a set of words: never wrong about a word in the set, and wrong about one in 50 or so outside it. */
class WordFilter {
  private readonly bits = new Int32Array(WORD_FILTER_BITS >>> 5);

  constructor(words: Iterable<string>) {
    for (const word of words) {
      const h = wordHash(word);
      for (let k = 0; k < WORD_FILTER_PROBES; k++) {
        const bit = probe(h, k);
        this.bits[bit >>> 5]! |= 1 << (bit & 31);
      }
    }
  }

  mayHave(word: string): boolean {
    const h = wordHash(word);
    for (let k = 0; k < WORD_FILTER_PROBES; k++) {
      const bit = probe(h, k);
      if ((this.bits[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
    }
    return true;
  }
}
const WORD_FILTER_BITS = 1 << 15;
const WORD_FILTER_PROBES = 3;

/** FNV-1a over a word's character codes. */
function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), 16777619);
  return h >>> 0;
}

/** The k-th bit a hash sets, by double hashing (the second hash the upper half of the first, made odd). */
function probe(h: number, k: number): number {
  return (h + k * ((h >>> 16) | 1)) & (WORD_FILTER_BITS - 1);
}

/** First words of the demonyms of more than one word ("south" for "South Sudanese"). */
const DEMONYM_FIRST_WORDS = new Set([...DEMONYMS.keys()].filter((k) => k.includes(" ")).map((k) => k.slice(0, k.indexOf(" "))));
const pairStarts = new Map<string, boolean>();

/**
 * False when no country name or demonym can start with this word, so "<word> <next>" need not be looked up
 * ("Mustafa Bali" never names a country; "South Sudan", "Saudi Arabia", "Costa Rican" may).
 */
export function mayStartCountryPair(word: string): boolean {
  let yes = pairStarts.get(word);
  if (yes === undefined) {
    if (pairStarts.size > 30_000) pairStarts.clear();
    const words = foldName(word).split(" ").filter(Boolean);
    // Articles drop out of name keys, so a word holding one is looked up whatever it is.
    yes = words.length === 0 || DEMONYM_FIRST_WORDS.has(words[0]!) || words.some(isArticle) || gazetteer().isCountryKeyPrefix(words.join(""));
    pairStarts.set(word, yes);
  }
  return yes;
}

/** True when a name is a known place of any kind (used to tell places from people and organisations). */
export function isKnownPlace(name: string, context: GeoContext = {}, minPopulation = 0): boolean {
  const countries = context.countries ?? [];
  return candidates(name).some((p) => p.kind === "country" || p.kind === "supplement" || countries.includes(p.country) || p.population >= minPopulation);
}

export function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  return kmWithCosines(lat1, lon1, cosLatitude(lat1), lat2, lon2, cosLatitude(lat2));
}

/** km, given cosLatitude of both points: one point measured against many need not work its cosine out again. */
function kmWithCosines(lat1: number, lon1: number, cos1: number, lat2: number, lon2: number, cos2: number): number {
  const h = Math.sin(((lat2 - lat1) * DEGREE) / 2) ** 2 + cos1 * cos2 * Math.sin(((lon2 - lon1) * DEGREE) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

function cosLatitude(lat: number): number {
  return Math.cos(lat * DEGREE);
}
const DEGREE = Math.PI / 180;

/** True when a word alone is a city or a country ("Chicago", "Syria"): such words never stand for an organisation. */
export function isTownOrCountry(word: string): boolean {
  const hit = geocode(word, { fuzzy: false });
  return !!hit && !hit.fuzzy && (hit.precision === "city" || hit.precision === "country");
}
