// Cross-report entity resolution: one record per real-world person, organisation or place across all documents.
import type { EntityMention } from "../doc/document.ts";
import type { EntityRecord } from "../store/store.ts";
import { COMMON_WORDS, CONNECTORS, TITLES, knownOrg } from "../pipeline/stages/entities/lexicon.ts";
import { geocode, isTownOrCountry } from "./geo/geocode.ts";
import { DEMONYMS } from "./geo/countries.ts";
import { foldName, phonetic, skeleton, slug, tokensAlike } from "./names.ts";
import { countryName, prefixedBody } from "../pipeline/stages/entities/national-bodies.ts";

export interface DocEntities {
  id: string;
  entities: EntityMention[];
}

/** An entity record plus, for people, the organisation the reports tie them to. */
export type ResolvedEntity = EntityRecord & { org?: string | null };

interface Item {
  doc: string;
  mention: EntityMention;
}

interface Cluster {
  type: EntityMention["type"];
  items: Item[];
  /** Identifying name tokens of the fullest name (folded, no titles or connectors). */
  tokens: string[];
  /** Coordinates key for places. */
  geoKey: string | null;
}

const tokenMemo = new Map<string, string[]>();

function nameTokens(name: string): string[] {
  let tokens = tokenMemo.get(name);
  if (!tokens) {
    if (tokenMemo.size > 100_000) tokenMemo.clear();
    tokens = foldName(name).split(" ").filter((w) => w && !CONNECTORS.has(w) && !TITLES.has(w));
    tokenMemo.set(name, tokens);
  }
  return tokens;
}

/** Plural and singular spell one organisation ("Syrian Democratic Force" / "Forces"). */
function orgKey(name: string): string {
  return withoutSocietyWord(nameTokens(knownOrg(name)?.name ?? name)).map((w) => w.replace(/s$/, "")).join(" ");
}

/**
 * "Sudanese Red Crescent Society" is the "Sudanese Red Crescent": a closing "Society" adds nothing to a name of two or
 * more words, and the rest must match exactly ("Zamora Society" keeps its word: "Zamora" alone may be a town).
 */
export function withoutSocietyWord(tokens: string[]): string[] {
  return tokens.length >= 3 && /^societ(?:y|ies)$/.test(tokens[tokens.length - 1]!) ? tokens.slice(0, -1) : tokens;
}

/** Resolves the mentions of many documents into entity records with deterministic ids. */
export function resolveEntities(docs: DocEntities[]): ResolvedEntity[] {
  // 1. Exact groups: same type and same normalised canonical (places: same coordinates).
  const groups = new Map<string, Cluster>();
  for (const doc of docs) {
    for (const mention of doc.entities) {
      const key = groupKey(mention);
      let cluster = groups.get(key);
      if (!cluster) {
        const geoKey = mention.type === "place" && mention.lat != null && mention.lon != null ? `${mention.lat.toFixed(2)},${mention.lon.toFixed(2)}` : null;
        groups.set(key, (cluster = { type: mention.type, items: [], tokens: nameTokens(mention.canonical), geoKey }));
      }
      cluster.items.push({ doc: doc.id, mention });
      const tokens = nameTokens(mention.canonical);
      if (tokens.length > cluster.tokens.length) cluster.tokens = tokens;
    }
  }
  const clusters = [...groups.values()];

  // 2. Merge transliteration variants and short forms, never across types.
  const parent = clusters.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const order = clusters.map((_, i) => i).sort((a, b) => clusters[b]!.tokens.length - clusters[a]!.tokens.length);
  for (const type of ["person", "org", "place"] as const) {
    const ofType = order.filter((i) => clusters[i]!.type === type);
    const full = ofType.filter((i) => clusters[i]!.tokens.length >= 2);
    // Blocks: clusters are compared only with those whose last word sounds the same (or, for short forms, shares a word).
    const bySound = new Map<string, number[]>();
    const byWord = new Map<string, number[]>();
    const add = (map: Map<string, number[]>, key: string, i: number) => {
      const list = map.get(key);
      if (!list) map.set(key, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    };
    // A last word's sounds and its spelling skeleton ("Synegubov" and "Syniehubov" sound apart but share one).
    const soundsOf = (word: string) => [...phonetic(word), `sk:${skeleton(word)}`];
    for (const i of full) {
      const tokens = clusters[i]!.tokens;
      for (const code of soundsOf(tokens[tokens.length - 1]!)) add(bySound, `${tokens.length}|${code}`, i);
      for (const code of soundsOf(tokens[tokens.length - 1]!)) add(bySound, `last|${code}`, i);
      for (const t of new Set(tokens)) add(byWord, t, i);
    }
    // Full names that are spelling variants of each other: every token alike, same count.
    for (const i of full) {
      const a = clusters[i]!;
      const seen = new Set<number>();
      for (const code of soundsOf(a.tokens[a.tokens.length - 1]!)) {
        for (const j of bySound.get(`${a.tokens.length}|${code}`) ?? []) {
          if (j <= i || seen.has(j)) continue;
          seen.add(j);
          const b = clusters[j]!;
          if (a.tokens.every((t, k) => tokensAlike(t, b.tokens[k]!))) union(i, j);
        }
      }
    }
    // People written with and without a middle name ("Syed Farook", "Syed Rizwan Farook"): same first and last name.
    if (type === "person") {
      for (const i of full) {
        const a = clusters[i]!;
        const fits = new Set<number>();
        for (const code of soundsOf(a.tokens[a.tokens.length - 1]!)) {
          for (const j of bySound.get(`last|${code}`) ?? []) {
            const b = clusters[j]!;
            if (b.tokens.length <= a.tokens.length) continue;
            if (tokensAlike(a.tokens[0]!, b.tokens[0]!) && tokensAlike(a.tokens[a.tokens.length - 1]!, b.tokens[b.tokens.length - 1]!)) fits.add(find(j));
          }
        }
        if (fits.size === 1) union(i, [...fits][0]!);
      }
      // Given names written as one word or two ("Abdulwahab al-Saedi", "Abdul Wahab al-Saadi"): the same letters before
      // a last name that sounds alike.
      for (const i of full) {
        const a = clusters[i]!;
        const given = a.tokens.slice(0, -1).join("");
        for (const code of soundsOf(a.tokens[a.tokens.length - 1]!)) {
          for (const j of bySound.get(`last|${code}`) ?? []) {
            const b = clusters[j]!;
            if (j === i || b.tokens.length === a.tokens.length || find(i) === find(j)) continue;
            if (b.tokens.slice(0, -1).join("") === given && tokensAlike(a.tokens[a.tokens.length - 1]!, b.tokens[b.tokens.length - 1]!)) union(i, j);
          }
        }
      }
      // A surname with its particle, alone ("Abu Lamousha", "van der Berg"), is the one fuller name that ends with it
      // ("Mohamed Abu-Lamousha"). (Only after a particle: "Ali Hassan" may be another man than "Mohamed Ali Hassan".)
      for (const i of full) {
        const a = clusters[i]!;
        if (!SURNAME_PARTICLES.has(a.tokens[0]!)) continue;
        const fits = new Set<number>();
        for (const code of soundsOf(a.tokens[a.tokens.length - 1]!)) {
          for (const j of bySound.get(`last|${code}`) ?? []) {
            const b = clusters[j]!;
            const offset = b.tokens.length - a.tokens.length;
            if (offset >= 1 && a.tokens.every((t, k) => tokensAlike(t, b.tokens[offset + k]!))) fits.add(find(j));
          }
        }
        if (fits.size === 1) union(i, [...fits][0]!);
      }
    }
    // A nickname one report ties to a full name ("Mohamed Hamdan Dagalo, known as Hemedti") is that person when another
    // report names him by it alone ("Hemedti spoke on Monday"): a one-word name that is a mention of exactly one
    // other entity, under another name.
    if (type === "person") {
      const namedAs = new Map<string, number[]>();
      for (const j of ofType) for (const item of clusters[j]!.items) {
        const said = nameTokens(item.mention.text);
        if (said.length === 1 && said[0] !== nameTokens(item.mention.canonical).join(" ")) add(namedAs, said[0]!, j);
      }
      for (const i of ofType) {
        const c = clusters[i]!;
        if (c.tokens.length !== 1) continue;
        const fits = new Set((namedAs.get(c.tokens[0]!) ?? []).filter((j) => j !== i).map(find));
        if (fits.size === 1) union(i, [...fits][0]!);
      }
    }
    // Short forms ("Bali", "Votel", "Observatory") join the one full name they fit, when exactly one fits.
    for (const i of ofType) {
      const c = clusters[i]!;
      if (c.tokens.length !== 1) continue;
      const word = c.tokens[0]!;
      if (COMMON_WORDS.has(word) || DEMONYMS.has(word) || (type === "org" && isTownOrCountry(word))) continue;
      // ("Taliban" is a known body of its own, not a short form of "Tehreek-e-Taliban Pakistan".)
      if (type === "org" && knownOrg(c.items[0]!.mention.canonical)?.name === c.items[0]!.mention.canonical) continue;
      const candidates = type === "person"
        ? [...new Set([...soundsOf(word).flatMap((code) => bySound.get(`last|${code}`) ?? []), ...(byWord.get(word) ?? [])])]
        : byWord.get(word) ?? [];
      const fits = new Set<number>();
      for (const j of candidates) {
        const f = clusters[j]!;
        // ("Darfur" alone is the whole region, not the one of North, South, East, West or Central Darfur named somewhere.)
        if (type === "place" && compassWord(f.tokens)) continue;
        const match = type === "person" ? tokensAlike(f.tokens[f.tokens.length - 1]!, word) || f.tokens[0] === word : f.tokens.includes(word);
        if (match && !(type === "place" && c.geoKey && f.geoKey && c.geoKey !== f.geoKey)) fits.add(find(j));
      }
      if (fits.size === 1) union(i, [...fits][0]!);
    }
    // "Iraqi Counter-Terrorism Service" and "Counter Terrorism Service", "Gaza Civil Defence" and "Palestinian Civil
    // Defence": a people's name or a place before a body's name says whose it is. The body is the unprefixed one when
    // exactly one fits, and when every name prefixed to it is of one country ("Syrian Civil Defence" is another body).
    if (type === "org") {
      const byKey = new Map<string, number[]>();
      for (const j of ofType) add(byKey, clusters[j]!.tokens.join(" "), j);
      const prefixedTo = new Map<number, { countries: Set<string>; prefixed: number[] }>();
      for (const i of ofType) {
        const t = clusters[i]!.tokens;
        if (t.length < 3) continue;
        const country = countryOfPrefix(t[0]!);
        if (!country) continue;
        const fits = new Set((byKey.get(t.slice(1).join(" ")) ?? []).map(find));
        if (fits.size !== 1) continue;
        const bare = [...fits][0]!;
        const entry = prefixedTo.get(bare) ?? { countries: new Set<string>(), prefixed: [] };
        entry.countries.add(country);
        entry.prefixed.push(i);
        prefixedTo.set(bare, entry);
      }
      for (const [bare, { countries, prefixed }] of prefixedTo) if (countries.size === 1) for (const i of prefixed) union(i, bare);
    }
    // A state's body qualified by its country in one report ("Health Ministry (Lebanon)") and named with its people's or
    // country's name in another ("the Lebanese Health Ministry", "Lebanon Health Ministry") is one body.
    if (type === "org") {
      const byBody = new Map<string, number[]>();
      for (const j of ofType) {
        const canonical = clusters[j]!.items[0]!.mention.canonical;
        const qualified = QUALIFIED_BODY.exec(canonical);
        const prefixed = qualified ? null : prefixedBody(canonical);
        const key = qualified ? `${qualified[1]}|${qualified[2]}` : prefixed ? `${prefixed.body}|${countryName(prefixed.cc)}` : null;
        if (key) add(byBody, key, j);
      }
      for (const list of byBody.values()) for (const j of list.slice(1)) union(list[0]!, j);
    }
    // An acronym left bare in one report ("ARSA") is the organisation another report spells out and defines,
    // or whose initials it is ("Arakan Rohingya Salvation Army").
    if (type === "org") {
      const definedBy = new Map<string, Set<number>>();
      for (const j of full) for (const item of clusters[j]!.items) if (isAcronym(item.mention.text)) (definedBy.get(item.mention.text) ?? definedBy.set(item.mention.text, new Set()).get(item.mention.text)!).add(find(j));
      // Full names by their initials, computed once (not once per acronym: a store holds thousands of each).
      const byInitials = new Map<string, number[]>();
      for (const j of full) add(byInitials, initials(clusters[j]!.items[0]!.mention.canonical), j);
      for (const i of ofType) {
        const c = clusters[i]!;
        const acronym = c.items[0]!.mention.text;
        if (c.tokens.length !== 1 || !isAcronym(acronym)) continue;
        let fits = new Set([...(definedBy.get(acronym) ?? [])].map(find));
        if (!fits.size) fits = new Set((byInitials.get(acronym) ?? []).map(find));
        if (fits.size === 1) union(i, [...fits][0]!);
      }
    }
  }

  // 3. One record per root.
  const byRoot = new Map<number, Item[]>();
  clusters.forEach((c, i) => {
    const root = find(i);
    const list = byRoot.get(root) ?? [];
    list.push(...c.items);
    byRoot.set(root, list);
  });
  const records = [...byRoot.entries()].map(([root, items]) => toRecord(clusters[root]!.type, items));
  records.sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name) || a.type.localeCompare(b.type));
  const used = new Map<string, number>();
  for (const r of records) {
    const n = (used.get(r.id) ?? 0) + 1;
    used.set(r.id, n);
    if (n > 1) r.id = `${r.id}-${n}`;
  }
  return records;
}

/** Words that make a region of a larger one: "North Kordofan", "Upper Nile", "Central Darfur" are places of their own. */
const COMPASS_WORDS = new Set(["north", "south", "east", "west", "central", "upper", "lower", "northern", "southern", "eastern", "western",
  "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west", "middle", "inner", "outer"]);

/** The compass word opening a place's name ("north" for "North Kordofan"), or null. */
function compassWord(tokens: string[]): string | null {
  return tokens.length >= 2 && COMPASS_WORDS.has(tokens[0]!) ? tokens[0]! : null;
}

/** "Health Ministry (Lebanon)": a state's body and its country, as the entity stage qualifies a bare one. */
const QUALIFIED_BODY = /^(.+) \(([^()]+)\)$/;

/** The country a people's name or a town's or country's name stands for ("palestinian", "gaza" -> PS); else null. */
function countryOfPrefix(word: string): string | null {
  const demonym = DEMONYMS.get(word);
  if (demonym) return demonym;
  if (!isTownOrCountry(word)) return null;
  return geocode(word, { fuzzy: false })?.country ?? null;
}

/** Words that open a family name: "Abu Lamousha", "bin Laden", "van der Berg", "Ould Abdallah". */
const SURNAME_PARTICLES = new Set(["abu", "abou", "bin", "ben", "ibn", "ould", "wad", "van", "von", "de", "del", "della", "da", "di", "le", "la", "al", "el"]);

function isAcronym(text: string): boolean {
  return /^[\p{Lu}][\p{Lu}\d]{1,7}$/u.test(text);
}

/** "Arakan Rohingya Salvation Army" -> "ARSA"; small words left out. */
function initials(name: string): string {
  return name.split(/[\s-]+/).filter((w) => /^[\p{Lu}]/u.test(w)).map((w) => w[0]).join("");
}

function groupKey(m: EntityMention): string {
  if (m.type === "place") {
    // (The gazetteer may place "North Kordofan" and "West Kordofan" both at Kordofan's point: the compass word keeps them apart.)
    const compass = compassWord(nameTokens(m.canonical));
    if (m.lat != null && m.lon != null) return `place|${m.lat.toFixed(2)},${m.lon.toFixed(2)}${compass ? `|${compass}` : ""}`;
    return `place|${nameTokens(m.canonical).join(" ")}`;
  }
  if (m.type === "org") return `org|${orgKey(m.canonical)}`;
  return `person|${nameTokens(m.canonical).join(" ")}`;
}

function mostCommon<T>(values: T[], better: (a: T, b: T) => number = () => 0): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || better(a[0], b[0]))[0]?.[0];
}

function toRecord(type: EntityMention["type"], items: Item[]): ResolvedEntity {
  items.sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.mention.start - b.mention.start));
  // The name: people by their fullest name, the rest by their most frequent form; alphabetical on ties.
  const canonicals = items.map((i) => i.mention.canonical);
  // For people, count how often each full name is written out, not how often short forms point to it.
  const canonicalSet = new Set(canonicals);
  const written = items.map((i) => i.mention.text.replace(/\s+/g, " ")).filter((t) => canonicalSet.has(t));
  let longest = 0;
  for (const c of canonicalSet) longest = Math.max(longest, nameTokens(c).length);
  let pool = type === "person" ? (written.length ? written : canonicals).filter((c) => nameTokens(c).length === longest) : canonicals;
  // A dateline in capitals ("GAZA CITY") names it less well than the same name in ordinary case.
  const shouted = (c: string) => c.length > 5 && c === c.toUpperCase() && /[\p{Lu}]{2,}\s*[\p{Lu}]/u.test(c);
  if (pool.some((c) => !shouted(c))) pool = pool.filter((c) => !shouted(c));
  const name = mostCommon(pool, (a, b) => a.localeCompare(b)) ?? canonicals[0]!;
  // Descriptors ("the Kurdish-led force") are mentions but not names, so not aliases.
  const aliases = [...new Set(items.flatMap((i) => (i.mention.descriptor ? [i.mention.canonical] : [i.mention.text.replace(/\s+/g, " "), i.mention.canonical])))].sort();
  const record: ResolvedEntity = {
    id: slug(name),
    name,
    type,
    aliases,
    lat: null,
    lon: null,
    precision: null,
    mentions: items.map((i) => ({ doc: i.doc, span: [i.mention.start, i.mention.end] as [number, number], text: i.mention.text })),
  };
  if (type === "place") {
    const located = items.filter((i) => i.mention.lat != null && i.mention.lon != null);
    const coords = mostCommon(located.map((i) => `${i.mention.lat},${i.mention.lon},${i.mention.precision ?? ""}`));
    if (coords) {
      const [lat, lon, precision] = coords.split(",");
      record.lat = Number(lat);
      record.lon = Number(lon);
      record.precision = precision || null;
    }
  }
  if (type === "person") record.org = mostCommon(items.map((i) => i.mention.org).filter((o): o is string => !!o)) ?? null;
  return record;
}
