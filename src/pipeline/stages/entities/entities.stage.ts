// The entity stage: names of people, organisations and places, with offsets, in-report canonical forms and coordinates.
import type { AnnotatedDoc, EntityMention } from "../../../doc/document.ts";
import type { Stage } from "../../stage.ts";
import { ShapeFilter, capitalisedWords, lowercaseWords, tokenize, type Token, type TokenLists } from "./tokens.ts";
import { findCandidates } from "./candidates.ts";
import { classify, type Typed } from "./classify.ts";
import { linkMentions, type Linked } from "./link.ts";
import { countryName, qualifyNationalBodies } from "./national-bodies.ts";
import { PLACE_PREPOSITIONS, US_POSTAL_CODES, US_STATE_ABBREVIATIONS, isEnglishWord } from "./lexicon.ts";
import { foldName, whitespaceWords } from "../../../resolve/names.ts";
import { DEMONYMS } from "../../../resolve/geo/countries.ts";
import { gazetteer } from "../../../resolve/geo/gazetteer.ts";
import { countryCodeOf, countryOfPlainPair, countryWordOf, geocode, km, mayStartCountryPair, nearestNamesake, type GeoContext, type GeoHit } from "../../../resolve/geo/geocode.ts";

/** Finds the entity mentions of a text. */
export function findEntities(original: string): EntityMention[] {
  // Long stretches without a letter (number dumps, tables, "1,1,1,…") hold no names: blanked to spaces,
  // offsets unchanged, so they cost nothing to tokenise.
  const text = blankLetterlessRuns(original);
  // What later passes would otherwise look for among the tokens, listed while tokenising.
  const lists: TokenLists = { capitals: [], determiners: [], lowercaseShapes: new ShapeFilter() };
  const tokens = tokenize(text, lists);
  const { capitals, determiners } = lists;
  const lowercaseSeen = lowercaseWords(tokens, lists.lowercaseShapes);
  const named = countriesNamed(tokens, capitals);
  const countries = reportCountries(tokens, capitals, named);
  const candidates = findCandidates(text, tokens, lowercaseSeen, capitals);
  const ctx = { text, tokens, countries, lowercaseSeen };
  const typed: Typed[] = [];
  for (const c of candidates) classify(c, ctx, typed);
  const linked = linkMentions(text, tokens, typed, determiners);
  geocodeNearOthers(linked, countries);
  const places: GeoContext = { countries }; // one options object for the report's look-ups
  const mentions = new Array<EntityMention>(linked.length);
  for (let k = 0; k < linked.length; k++) mentions[k] = mentionOf(linked[k]!, places);
  unplaceStrayEverydayNames(mentions, countries);
  unplaceStrayForeignTowns(text, mentions, countries, new Set([...divisionCountries(tokens, capitals), ...named.keys()]));
  agencyInDateline(text, mentions);
  const inState = new Set<EntityMention>(); // districts placed within the state named after them
  townsInNamedState(text, mentions, inState);
  farTownsAtHome(text, mentions);
  streetsAtCorners(text, mentions);
  townsOfCountryNamed(text, mentions);
  compassDistricts(text, mentions);
  quartersOfTowns(text, mentions, inState);
  hyphenedPairs(text, mentions, countries);
  policeZones(text, mentions);
  capitalsByDemonym(text, mentions);
  surnamesOfPeopleNamed(text, mentions);
  nationalSocietyNamedBefore(mentions);
  qualifyNationalBodies(text, mentions, countries);
  return mentions;
}

/** Namesakes: re-geocodes each town next to the report's other, unambiguous-enough places. */
function geocodeNearOthers(linked: Linked[], countries: string[]): void {
  placeCountiesNearOthers(linked, countries);
  const anchors: { name: string; lat: number; lon: number }[] = [];
  for (const m of linked) if (isTown(m) && !m.geo!.fuzzy) anchors.push({ name: m.canonical, lat: m.geo!.lat, lon: m.geo!.lon });
  if (!anchors.length) return; // nothing to rank namesakes by: every town keeps its place
  // One look-up per name and canonical form, however often they recur.
  const renamed = new Map<string, Map<string, GeoHit | null>>();
  for (const m of linked) {
    if (!isTown(m)) continue;
    let byCanonical = renamed.get(m.text);
    if (!byCanonical) renamed.set(m.text, (byCanonical = new Map()));
    let hit = byCanonical.get(m.canonical);
    if (hit === undefined) {
      const near = anchorsOtherThan(anchors, m.canonical);
      hit = near.length ? geocode(m.text, { countries, near, fuzzy: false }) : null;
      byCanonical.set(m.canonical, hit);
    }
    m.geo = hit ?? m.geo;
  }
}

/**
 * "Washington County, Oregon", "Harris County" in a report from Houston: a county name that several states share is
 * placed by the towns and states the report names (the gazetteer alone places none of them).
 */
function placeCountiesNearOthers(linked: Linked[], countries: string[]): void {
  let near: { lat: number; lon: number }[] | null = null;
  for (const m of linked) {
    if (m.type !== "place" || m.geo || !COUNTY_NAME.test(m.text)) continue;
    near ??= linked.filter((o) => o.type === "place" && o.geo && !o.geo.fuzzy && (isTown(o) || o.geo.precision === "province" || o.geo.precision === "district")).map((o) => ({ lat: o.geo!.lat, lon: o.geo!.lon }));
    if (near.length) m.geo = geocode(m.text, { countries, near, fuzzy: false });
  }
}
const COUNTY_NAME = /\s(?:County|Parish|Borough)$/;

/**
 * "the Al-Amal neighbourhood of Khan Younis", "Andar district of Ghazni province": a quarter of a town or a district of
 * a province is placed in it (at its point, as finely as it is known), whatever namesake far away the gazetteer knew.
 */
function quartersOfTowns(text: string, mentions: EntityMention[], inState: Set<EntityMention>): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const quarter = mentions[k]!;
    const town = mentions[k + 1]!;
    // (A district the state's namesakes already placed keeps its own point, finer than the state's.)
    if (quarter.type !== "place" || town.type !== "place" || town.lat == null || town.lon == null || inState.has(quarter)) continue;
    // ("in Kola Temben, Tigray", "near Mae Ka Thi, Hsaw Hti Township": a place the gazetteer lacks, then the one it lies
    // in, is placed as finely as that one is known.)
    const within = quarter.lat == null && town.precision !== "country" && /^,\s*$/.test(text.slice(quarter.end, town.start));
    if (!within && !QUARTER_OF.test(text.slice(quarter.end, town.start))) continue;
    if (quarter.lat != null && quarter.lon != null && km(quarter.lat, quarter.lon, town.lat, town.lon) <= QUARTER_REACH_KM) continue;
    quarter.lat = town.lat;
    quarter.lon = town.lon;
    quarter.precision = town.precision; // (as finely as the town is known: its point is the town's)
  }
}
// ("Delmas, a district of Port-au-Prince", "Lampanah beach in Aceh Besar": an appositive, or a kind then "in", says so too.)
const QUARTER_OF = /^(?:\s+(?:neighbou?rhood|district|quarter|area|suburb|section|part|camp|refugee camp|township|ward)\s+of\s+(?:the\s+)?|,\s+(?:a|the)\s+(?:[\p{L}-]+\s+)?(?:neighbou?rhood|district|quarter|area|suburb|section|township|ward)\s+(?:of|in)\s+(?:the\s+)?|\s+(?:beach|market|camp|refugee camp|village)\s+in\s+(?:the\s+)?)$/iu;
const QUARTER_REACH_KM = 50;

/**
 * "in the Turkish capital", "the French capital": the capital of the country the people's name stands for, as the
 * gazetteer marks it; the country itself where it marks none. Not where the capital is named after it ("the Afghan
 * capital, Kabul"): that name is a mention already.
 */
function capitalsByDemonym(text: string, mentions: EntityMention[]): void {
  if (!text.includes(" capital")) return;
  for (const m of text.matchAll(CAPITAL_BY_DEMONYM)) {
    const cc = DEMONYMS.get(m[1]!.toLowerCase().replace(/\s+/g, " "));
    if (!cc) continue;
    const start = m.index! + m[0].length - m[1]!.length - m[2]!.length;
    const end = m.index! + m[0].length;
    if (mentions.some((e) => e.start < end + 4 && e.end > start)) continue;
    const capital = gazetteer().capitalOf(cc);
    const centre = capital ? null : countryCentre(cc);
    if (!capital && !centre) continue;
    const mention: EntityMention = capital
      ? { start, end, text: text.slice(start, end), type: "place", canonical: capital.name, lat: capital.lat, lon: capital.lon, precision: "city" }
      : { start, end, text: text.slice(start, end), type: "place", canonical: countryName(cc), lat: centre!.lat, lon: centre!.lon, precision: "country" };
    const at = mentions.findIndex((e) => e.start > start);
    mentions.splice(at < 0 ? mentions.length : at, 0, mention);
  }
}
/** "the Turkish capital", "the South Sudanese capital": a people's name (one or two words) before "capital". */
const CAPITAL_BY_DEMONYM = /\b[Tt]he\s+([\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)?)(\s+capital)\b(?![\p{L}-])/gu;

/** The anchors not named `name`. (Not a closure in the loop above: that would capture its mention on every pass.) */
function anchorsOtherThan<T extends { name: string }>(anchors: T[], name: string): T[] {
  return anchors.filter((a) => a.name !== name);
}

/** A place the gazetteer places as a city or a village. */
function isTown(m: Linked): boolean {
  return m.type === "place" && !!m.geo && (m.geo.precision === "city" || m.geo.precision === "village");
}

/** The mention as the document records it; a place not geocoded yet is looked up with `places`. */
function mentionOf(m: Linked, places: GeoContext): EntityMention {
  const mention: EntityMention = { start: m.start, end: m.end, text: m.text, type: m.type!, canonical: m.canonical };
  if (m.type === "person") mention.org = m.org ?? null;
  if (m.descriptor) mention.descriptor = true;
  if (m.type === "place") {
    const geo = m.geo ?? geocode(m.text, places);
    mention.lat = geo?.lat ?? null;
    mention.lon = geo?.lon ?? null;
    mention.precision = geo?.precision ?? null;
    // A dateline in capitals ("KYIV", "PORT-AU-PRINCE") is named as the gazetteer spells it, or in title case.
    // (An ASCII lower-case letter rules it out before the patterns.)
    const c = m.canonical;
    // "Colo.", "OH" named as the state they stand for.
    if (geo && geo.country === "US" && geo.precision === "province" && (US_STATE_ABBREVIATIONS.has(c) || US_POSTAL_CODES.has(c))) mention.canonical = geo.name;
    else if (c.length >= 4 && !hasAsciiLowerCase(c) && !/[\p{Ll}]/u.test(c) && /[\p{Lu}]{4}/u.test(c)) {
      mention.canonical = geo && geo.name.toLowerCase() === c.toLowerCase() ? geo.name : titleCase(c);
    }
  }
  return mention;
}

/** Farther than this from every other place of the report, a place named in everyday words is another one. */
const EVERYDAY_NAME_REACH_KM = 500;

/**
 * "the Old City" in a report about Mosul is not Jerusalem's: a place named only in everyday words, in none of the
 * report's countries and far from every other place it names, keeps no coordinates.
 */
function unplaceStrayEverydayNames(mentions: EntityMention[], countries: string[]): void {
  if (!countries.length) return;
  let placed: EntityMention[] | null = null;
  for (const m of mentions) {
    if (m.type !== "place" || m.lat == null || m.lon == null || m.precision === "country" || !everydayName(m.canonical)) continue;
    const geo = geocode(m.canonical, { fuzzy: false });
    if (!geo || countries.includes(geo.country)) continue;
    placed ??= mentions.filter((o) => o.type === "place" && o.lat != null && o.lon != null);
    const others = placed.filter((o) => o.canonical !== m.canonical);
    if (others.length && others.every((o) => km(m.lat!, m.lon!, o.lat!, o.lon!) > EVERYDAY_NAME_REACH_KM)) m.lat = m.lon = m.precision = null;
  }
}

/**
 * "in Parkland, Florida", "Paris, Texas": a town followed by its state or country is the namesake there, not the one
 * elsewhere the gazetteer would rank first (Parkland, Washington; Paris, France).
 */
/**
 * "along the Eastwick-Westwick border": the border of two places joined by a hyphen, which the map knows only apart, is
 * placed at the first of them (the side the report names first), not left an unplaced compound.
 */
function hyphenedPairs(text: string, mentions: EntityMention[], countries: string[]): void {
  for (const m of mentions) {
    // (Only before "border": "Florence-Firestone" is one place's own name.)
    if (m.type !== "place" || m.lat != null || !m.text.includes("-") || !BORDER_AFTER.test(text.slice(m.end, m.end + 12))) continue;
    const pair = HYPHENED_PAIR.exec(m.text);
    if (!pair) continue;
    const first = geocode(pair[1]!, { countries, fuzzy: false });
    const second = first && first.precision !== "country" && first.precision !== "region" ? geocode(pair[2]!, { countries: [first.country], fuzzy: false }) : null;
    // (Both halves places of one country: "Abu-Bakr" or "Al-Tanf" split so are no pair.)
    if (!second || second.country !== first!.country || second.precision === "country") continue;
    [m.canonical, m.lat, m.lon, m.precision] = [pair[1]!, first!.lat, first!.lon, first!.precision];
  }
}
const BORDER_AFTER = /^\s+(?:border|boundary|frontier)\b/i;
const HYPHENED_PAIR = /^([\p{Lu}][\p{Ll}]{2,})-([\p{Lu}][\p{Ll}]{2,})$/u;

/**
 * "Northland Zone police said": a police zone or range named for its region is the force's name, not a place it stands
 * for (no map knows it, and it would place the report's figures nowhere).
 */
function policeZones(text: string, mentions: EntityMention[]): void {
  for (const m of mentions) {
    if (m.type !== "place" || m.lat != null || !POLICE_UNIT.test(m.text)) continue;
    const police = POLICE_AFTER.exec(text.slice(m.end, m.end + 10));
    if (!police) continue;
    // (The force, police and all, as the speaker: "Northland Zone police".)
    m.type = "org";
    m.end += police[0].length;
    m.text = m.canonical = text.slice(m.start, m.end);
  }
}
const POLICE_UNIT = /\s(?:Zone|Range)$/;
const POLICE_AFTER = /^\s+[Pp]olice\b/;

/**
 * "in Bangladesh's Chandpur district", "Syria's eastern Deir Ezzor": a town the country's possessive owns lies in that
 * country; a namesake abroad is not it (with none in the country, the town stays unplaced).
 */
function townsOfCountryNamed(text: string, mentions: EntityMention[]): void {
  for (let k = 1; k < mentions.length; k++) {
    const town = mentions[k]!;
    const owner = mentions[k - 1]!;
    if (town.type !== "place" || owner.type !== "place" || owner.precision !== "country" || town.lat == null || town.precision === "country") continue;
    if (!COUNTRY_OWNS.test(text.slice(owner.end, town.start))) continue;
    const cc = geocode(owner.canonical, { fuzzy: false })?.country;
    const known = geocode(town.canonical, { fuzzy: false });
    if (!cc || !known || known.country === cc) continue;
    const here = geocode(town.canonical, { countries: [cc], fuzzy: false });
    if (here && here.country === cc) [town.lat, town.lon, town.precision] = [here.lat, here.lon, here.precision];
    else town.lat = town.lon = town.precision = null;
  }
}
const COUNTRY_OWNS = /^['’]s?\s+(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|far|restive)\s+)?$/i;

/**
 * "Deputies said Jerry Campbell fired first. … inside Campbell's truck": a lone word that is the surname of a person the
 * report names is that person, not the town of Campbell, California, unless the words before it make it a place ("in
 * Campbell") or its state follows it.
 */
function surnamesOfPeopleNamed(text: string, mentions: EntityMention[]): void {
  const people = new Map<string, string>();
  for (const m of mentions) {
    if (m.type !== "person") continue;
    const words = whitespaceWords(m.canonical);
    if (words.length >= 2) people.set(words[words.length - 1]!, m.canonical);
  }
  if (!people.size) return;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const person = m.type === "place" && m.precision !== "country" && m.precision !== "province" ? people.get(m.text) : undefined;
    if (!person) continue;
    const before = /([\p{L}]+)\s*$/u.exec(text.slice(Math.max(0, m.start - 20), m.start))?.[1]?.toLowerCase() ?? "";
    const next = mentions[k + 1];
    // (Owning a thing, "inside Campbell's truck", it is the person whatever word comes before.)
    const owns = /^['’]s\s+[\p{Ll}]/u.test(text.slice(m.end, m.end + 5));
    if ((!owns && PLACE_PREPOSITIONS.has(before)) || (next?.type === "place" && /^,\s*$/.test(text.slice(m.end, next.start)))) continue;
    m.type = "person";
    m.canonical = person;
    delete m.lat, delete m.lon, delete m.precision;
  }
}

/**
 * "near the corner of Jenkins and Springhouse Road", "at Elm and 5th Street": a name paired with a street at a corner,
 * or after "the corner of", is a street too, not the town of Jenkins, Kentucky: it keeps no point.
 */
function streetsAtCorners(text: string, mentions: EntityMention[]): void {
  for (const m of mentions) {
    if (m.type !== "place" || m.lat == null || (m.precision !== "city" && m.precision !== "village")) continue;
    if (STREET_PAIRED_AFTER.test(text.slice(m.end, m.end + 60)) || CORNER_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))) m.lat = m.lon = m.precision = null;
  }
}
const STREET_PAIRED_AFTER = /^\s+(?:and|&)\s+(?:\d+(?:st|nd|rd|th)|[\p{Lu}][\p{L}.'’-]*)(?:\s+[\p{Lu}][\p{L}.'’-]*){0,2}\s+(?:Road|Rd|Street|St|Avenue|Ave|Drive|Dr|Lane|Ln|Boulevard|Blvd|Highway|Hwy|Parkway|Pkwy|Court|Ct|Place|Pl|Way|Terrace|Circle)\b/u;
const CORNER_BEFORE = /\b(?:corner|intersection)\s+of\s+$/i;

/**
 * "(Cincinnati, OH) — A man was shot in Westwood": a small town of the report's own country, far from every other
 * place it names while those lie together, is a quarter or namesake near them (Westwood in Cincinnati, not the one in
 * Massachusetts): the namesake near them when the map knows one, else no point at all.
 * (A town followed by its own state or country, "Spokane, Washington", is where the report says.)
 */
function farTownsAtHome(text: string, mentions: EntityMention[]): void {
  let anchors: EntityMention[] | null = null;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.type !== "place" || m.lat == null || m.lon == null || (m.precision !== "city" && m.precision !== "village") || m.text === m.text.toUpperCase()) continue;
    const next = mentions[k + 1];
    if (next?.type === "place" && (next.precision === "province" || next.precision === "country") && /^,\s*$/.test(text.slice(m.end, next.start))) continue;
    anchors ??= mentions.filter((o) => o.type === "place" && o.lat != null && o.lon != null && (o.precision === "city" || o.precision === "village" || o.precision === "district"));
    const others = anchors.filter((o) => o.canonical !== m.canonical);
    if (!others.length || !others.every((o) => km(o.lat!, o.lon!, others[0]!.lat!, others[0]!.lon!) <= HOME_CLUSTER_KM)) continue;
    // (Only where the others are worth more than the town: two or more, or one large city. One small town against
    // another says nothing of which is the namesake.)
    if (new Set(others.map((o) => o.canonical)).size < 2 && (geocode(others[0]!.canonical, { fuzzy: false })?.population ?? 0) < FAR_TOWN_POPULATION) continue;
    if (others.some((o) => km(m.lat!, m.lon!, o.lat!, o.lon!) <= HOME_CLUSTER_KM * 2)) continue;
    const geo = geocode(m.canonical, { fuzzy: false });
    const home = geocode(others[0]!.canonical, { fuzzy: false });
    if (!geo || !home || geo.country !== home.country || (geo.population ?? 0) >= FAR_TOWN_POPULATION) continue;
    const near = nearestNamesake(m.canonical, home.country, { lat: others[0]!.lat!, lon: others[0]!.lon! }, NEAR_NAMESAKE_KM);
    if (near) [m.lat, m.lon, m.precision] = [near.lat, near.lon, near.precision];
    else m.lat = m.lon = m.precision = null;
  }
}
/** The span of a report's places that lie together (a metro area, a county, a province). */
const HOME_CLUSTER_KM = 300;
/** How near the others a namesake must lie to be the one meant (a quarter of a city is inside it). */
const NEAR_NAMESAKE_KM = 60;
/** Towns this large are meant wherever they lie: a report may well name a city far from its own. */
const FAR_TOWN_POPULATION = 100_000;

function townsInNamedState(text: string, mentions: EntityMention[], inState: Set<EntityMention>): void {
  const placed = new Map<string, EntityMention>();
  for (let k = 0; k + 1 < mentions.length; k++) {
    const town = mentions[k]!;
    const state = mentions[k + 1]!;
    if (town.type !== "place" || state.type !== "place" || state.lat == null || state.lon == null) continue;
    // ("Hillfield in Oakvale region": a division named for its chief town, which the map knows only as that town.)
    const divisionNamed = state.precision === "city" && DIVISION_AFTER.test(text.slice(state.end, state.end + 14));
    if (state.precision !== "province" && state.precision !== "country" && !divisionNamed) continue;
    // ("Bogoro in Ituri province", "the town of Merawi in Amhara region": a town said to lie in a division named with
    // its kind is held to it as one followed by its state is.)
    const between = text.slice(town.end, state.start);
    const inDivision = (state.precision === "province" || divisionNamed) && /^\s+in\s+(?:the\s+)?$/.test(between) && DIVISION_AFTER.test(text.slice(state.end, state.end + 14));
    // ("Pinewood district in Lakeland", "Pinewood district of Lakeland": a district then its state says which namesake,
    // and, where none lies in that state, the district is placed at the state's point rather than at a namesake afar.)
    const districtOf = state.precision === "province" && DISTRICT_OF.test(between);
    if (town.precision === "province" || town.precision === "country" || town.precision === "region" || !(inDivision || districtOf || /^,\s*$/.test(between))) continue;
    const region = geocode(state.canonical, { fuzzy: false });
    if (!region) continue;
    // (Within the state: a province's point is the mean of its towns, so its own towns lie within a few hundred km; a
    // country's towns anywhere in it.)
    let here = state.precision !== "country" ? nearestNamesake(town.canonical, region.country, { lat: state.lat, lon: state.lon }, STATE_REACH_KM) : geocode(town.canonical, { countries: [region.country], fuzzy: false });
    // ("YORK CITY, Pa.": the town the map knows as York, the word "City" being how its people tell it from the county.)
    if (!here && state.precision !== "country" && / City$/.test(town.canonical)) here = nearestNamesake(town.canonical.slice(0, -5), region.country, { lat: state.lat, lon: state.lon }, STATE_REACH_KM);
    if (!here || here.country !== region.country) {
      // ("GEORGE, S.C.": no George in South Carolina is known, and the one in Ohio is not it: the town stays unplaced.)
      const known = town.lat != null && town.lon != null ? geocode(town.canonical, { fuzzy: false }) : null;
      if (known && (districtOf || known.country !== region.country || km(town.lat!, town.lon!, state.lat, state.lon) > STATE_REACH_KM * 2)) town.lat = town.lon = town.precision = null;
      // (A town not in the gazetteer, said to lie in a division, is put at the division's point with its precision, as
      // coders place an event by the smallest unit they can: on the map in Amhara, not nowhere.)
      if ((inDivision || districtOf) && town.lat == null) [town.lat, town.lon, town.precision] = [state.lat, state.lon, "province"];
      continue;
    }
    if (districtOf) inState.add(town);
    placed.set(town.canonical.toLowerCase(), town);
    if (town.lat === here.lat && town.lon === here.lon) continue;
    town.lat = here.lat;
    town.lon = here.lon;
    town.precision = here.precision;
  }
  // ("BIRMINGHAM, Ala. — … Birmingham police said": the town the state placed is the one the report names again.)
  if (placed.size) {
    for (const m of mentions) {
      const town = m.type === "place" ? placed.get(m.canonical.toLowerCase()) : undefined;
      if (town && m !== town) [m.lat, m.lon, m.precision] = [town.lat, town.lon, town.precision];
    }
  }
  neighbourhoodsOfTheTown(text, mentions, placed);
}
const STATE_REACH_KM = 700;
const DIVISION_AFTER = /^\s+(?:province|region|state|governorate)\b/i;
const DISTRICT_OF = /^\s+(?:district|sub-?district|tehsil|taluka)\s+(?:in|of)\s+(?:the\s+)?$/i;

/**
 * "BIRMINGHAM, Ala. — … in the Ensley neighborhood": a neighbourhood named with its kind, not "of" a town, lies in the
 * town the report is placed in, not in a namesake town hundreds of kilometres off (Ensley, Florida).
 */
function neighbourhoodsOfTheTown(text: string, mentions: EntityMention[], placed: Map<string, EntityMention>): void {
  // (Only where the report names one such town: a station's own town in its page header is no scene.)
  const town = placed.size === 1 ? (placed.values().next().value as EntityMention) : undefined;
  if (!town || town.lat == null || town.lon == null) return;
  for (const m of mentions) {
    if (m.type !== "place" || m === town || m.lat == null || m.lon == null || !NEIGHBOURHOOD_AFTER.test(text.slice(m.end, m.end + 16))) continue;
    if (km(m.lat, m.lon, town.lat, town.lon) > QUARTER_REACH_KM) [m.lat, m.lon, m.precision] = [town.lat, town.lon, town.precision];
  }
}
const NEIGHBOURHOOD_AFTER = /^\s+(?:neighbou?rhood|quarter|suburb|section)\b(?!\s+of\b)/i;

/** "the South Side", "the West End", "Northside": a part of a city named by its compass point. */
const COMPASS_DISTRICT = /^(?:the\s+)?(?:Far\s+|Near\s+|Lower\s+|Upper\s+)?(?:North|South|East|West|Northwest|Northeast|Southwest|Southeast|North\s?west|North\s?east|South\s?west|South\s?east)(?:\s+|-)?(?:Side|End)$/i;
const CITY_REACH_KM = 40;

/** COMPASS_DISTRICT's test, only of a name ending as it must, in "e" or "d" ("Side", "End"): few places do. */
function isCompassDistrict(name: string): boolean {
  const last = name.charCodeAt(name.length - 1) | 32; // A-Z folded onto a-z
  return (last === 101 || last === 100) && COMPASS_DISTRICT.test(name);
}

/**
 * "CHICAGO — … shot on the South Side": a part of a city named by its compass point lies in the city the report named
 * before it (or right after it, "of London"), not in a village elsewhere that bears the name (South Side, Alabama).
 */
function compassDistricts(text: string, mentions: EntityMention[]): void {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.type !== "place" || !isCompassDistrict(m.text)) continue;
    // ("the West End of London": the city named right after it.)
    const next = mentions[k + 1];
    let city = next && next.type === "place" && next.precision === "city" && next.lat != null && /^\s+of\s+$/.test(text.slice(m.end, next.start)) ? next : undefined;
    // (Else the largest city named before it: "Chicago", not the neighbourhood "Rogers Park" named since.)
    let largest = -1;
    for (let j = k - 1; j >= 0 && !(city && largest < 0); j--) {
      const o = mentions[j]!;
      if (o.type !== "place" || o.precision !== "city" || o.lat == null || o.lon == null || isCompassDistrict(o.text)) continue;
      const population = geocode(o.canonical, { fuzzy: false })?.population ?? 0;
      if (population > largest) (city = o), (largest = population);
    }
    if (!city || (m.lat != null && m.lon != null && km(m.lat, m.lon, city.lat!, city.lon!) <= CITY_REACH_KM)) continue;
    m.canonical = `${m.canonical.replace(/^the\s+/i, "")}, ${city.canonical}`;
    m.lat = city.lat;
    m.lon = city.lon;
    m.precision = "district";
  }
}

/**
 * "The Kenya Red Cross Society said … Red Cross secretary-general Ahmed Idris said": a bare "Red Cross" or "Red
 * Crescent" in a report that names one national society is that society, not the Geneva committee (and the people
 * tied to it are the society's).
 */
function nationalSocietyNamedBefore(mentions: EntityMention[]): void {
  const societies = new Set<string>();
  // ("Red C" first: the pattern needs it, and most names lack it.)
  for (const m of mentions) if (m.type === "org" && m.canonical.includes("Red C") && /\bRed (?:Cross|Crescent)\b/.test(m.canonical) && m.canonical !== RED_CROSS && m.canonical !== RED_CRESCENT && !m.canonical.startsWith("International")) societies.add(m.canonical);
  if (societies.size !== 1) return;
  const society = [...societies][0]!;
  for (const m of mentions) {
    if (m.type === "org" && /^(?:the\s+)?Red (?:Cross|Crescent)$/i.test(m.text) && (m.canonical === RED_CROSS || m.canonical === RED_CRESCENT)) m.canonical = society;
    else if (m.type === "person" && (m.org === RED_CROSS || m.org === RED_CRESCENT)) m.org = society;
  }
}
const RED_CROSS = "International Committee of the Red Cross";
const RED_CRESCENT = "Red Crescent";

/**
 * "ANKARA (AA) -": the letters in a dateline's brackets name the agency that filed the report, Anadolu's "AA", not the
 * Arakan Army that shares them.
 */
function agencyInDateline(text: string, mentions: EntityMention[]): void {
  let renamed: string | null = null;
  for (const m of mentions) {
    // ("TEHRAN, Jan. 4 (IRNA) -": the agency in a dateline's brackets is no place, whatever town bears its letters.)
    if (m.type === "place" && text.charCodeAt(m.start - 1) === 40 && m.start - (text.lastIndexOf("\n", m.start) + 1) <= 60 && /^\)\s*[-–—]/.test(text.slice(m.end, m.end + 4))) {
      m.type = "org";
      delete m.lat, delete m.lon, delete m.precision;
      continue;
    }
    if (m.type !== "org" || m.text !== "AA" || text.charCodeAt(m.start - 1) !== 40 /* ( */) continue;
    const lineStart = text.lastIndexOf("\n", m.start) + 1;
    if (m.start - lineStart <= 60 && /^\)\s*[-–—]/.test(text.slice(m.end, m.end + 4))) (renamed = m.canonical), (m.canonical = "Anadolu Agency");
  }
  // ("…, the group said": a description that pointed to the group only through the agency's letters points to no one.)
  if (renamed && !mentions.some((m) => m.canonical === renamed && !m.descriptor)) {
    for (let k = mentions.length - 1; k >= 0; k--) if (mentions[k]!.descriptor && mentions[k]!.canonical === renamed) mentions.splice(k, 1);
  }
}

/** Farther than this from every other place of the report, a small town abroad is a namesake of one the report means. */
const STRAY_TOWN_REACH_KM = 1500;
/** The same for a village: a hamlet abroad is meant only close to the places the report is about. */
const STRAY_VILLAGE_REACH_KM = 1000;
/** How far before and after a town its country may be named to vouch for it ("the Russian village of X", "X, Russia"). */
const COUNTRY_BESIDE_CHARS = 120;

/**
 * "Soro" in a report about Burkina Faso is not Sorø, Denmark: a small town (under 100,000 people) in none of the
 * countries the report names, farther than STRAY_TOWN_REACH_KM (a village STRAY_VILLAGE_REACH_KM) from every other place
 * it names (or the only place it names), keeps no coordinates.
 * (A dateline in capitals says where the report was filed, and stays.)
 */
function unplaceStrayForeignTowns(text: string, mentions: EntityMention[], countries: string[], namedOrDivided: Set<string>): void {
  // (Only where the report names a country of its own, by name or demonym ("the Somali capital"), or a province of it,
  // "Ghazni province": a country guessed from a town, "Belo" read as Bello, Colombia, is no ground to unplace its real
  // towns.)
  const named = new Set<string>(namedOrDivided);
  for (const m of mentions) if (m.type === "place" && m.precision === "country") named.add(geocode(m.canonical, { fuzzy: false })?.country ?? "");
  // (Several places of one country are ground enough, named or not: "Mandera", "Mandera County" and "Elwak" make a
  // report about Kenya, where "Fino" is no village in Lombardy.)
  // (And where the places say which country the report is about, they outweigh a country named more often: a Syrian
  // desert village is no Russian one for all the "Russian air strikes".)
  const placesHome = countryOfMostPlaces(mentions, countries);
  const home = placesHome ?? (countries.some((cc) => named.has(cc)) ? countries[0]! : null);
  if (!home) return;
  if (!countries.length) countries = [home];
  const suspects: { m: EntityMention; geo: GeoHit }[] = [];
  for (const m of mentions) {
    if (m.type !== "place" || m.lat == null || m.lon == null || (m.precision !== "city" && m.precision !== "village") || m.text === m.text.toUpperCase()) continue;
    // (A name matched only loosely, in the third country the report names, is as much a suspect: "al-Shawla" read as
    // a village in Karelia.)
    const geo = geocode(m.canonical, { countries, fuzzy: false }) ?? fuzzyOnly(m.canonical, countries);
    // (A country the report only guessed from this very town is no reason to keep it.)
    // (Nor is a large town, unless the report names it only by another of its names: "Boni" for Watampone; nor one
    // matched only loosely, "Tamu" read as Sanya.)
    if (!geo || geo.country === home || (geo.country === countries[0] && !placesHome) || (!geo.fuzzy && (geo.population ?? 0) >= 100_000 && (foldName(geo.name).startsWith(foldName(m.canonical).split(" ")[0]!) || (geo.population ?? 0) >= 1_000_000))) continue;
    // (A country named beside the town vouches for it; one named only elsewhere in the report ("Russian-backed") does
    // not make "al-Shawla" in the Syrian desert a village in Karelia, when it lies far from every other place named.)
    if (named.has(geo.country) && countryBeside(text, m, geo.country)) continue;
    suspects.push({ m, geo });
  }
  if (!suspects.length) return;
  // (Suspects do not vouch for each other: "El Saucito" and "El Occidental" read as two Californian villages side by
  // side, in a report about Jalisco.)
  const suspect = new Set(suspects.map((x) => x.m.canonical));
  // (A country's centre is no place anything happened: "the United States", named in passing, vouches for no village of
  // Colorado, unless the report places nothing else.)
  let placed = mentions.filter((o) => o.type === "place" && o.lat != null && o.lon != null && !suspect.has(o.canonical));
  if (placed.some((o) => o.precision !== "country")) placed = placed.filter((o) => o.precision !== "country");
  for (const { m, geo } of suspects) {
    // ("near al-Burayj frontlines in the southern countryside of Idlib": a village said to lie in a place of the report's
    // own country is there, not a namesake across the border; it is put at that place's point, as finely as it is known.)
    const within = placeItLiesIn(text, mentions, m, home, countries);
    if (within) {
      [m.lat, m.lon, m.precision] = [within.lat!, within.lon!, within.precision === "city" || within.precision === "village" ? "district" : within.precision!];
      continue;
    }
    // (Nor do places of the suspect's own country, unless that is the report's: "Chin" read as Qinzhou vouches for no
    // "Tamu" read as Sanya, in a report about Sagaing.)
    const others: { lat?: number | null; lon?: number | null }[] = placed.filter((o) => o.precision === "country" || geocode(o.canonical, { countries, fuzzy: false })?.country !== geo.country);
    // (With no other place placed, the countries named stand in, by their centres: "Andar district, Afghan officials
    // said" is not Andard, France; "Israeli forces killed two men in Jenin" keeps Jenin, beside Israel.)
    if (!others.length) {
      if (named.has(geo.country)) continue; // the town's own country, named: nothing says it is another
      for (const cc of named) others.push(countryCentre(cc) ?? { lat: null, lon: null });
    }
    // (A name matched only loosely is held to a village's reach, whatever the size of the town it was read as.)
    const reach = m.precision === "village" || geo.fuzzy ? STRAY_VILLAGE_REACH_KM : STRAY_TOWN_REACH_KM;
    if (!others.every((o) => o.lat == null || o.lon == null || km(m.lat!, m.lon!, o.lat, o.lon) > reach)) continue;
    // (The namesake in the report's own country, near its other places, is the one meant: "Buenavista" beside Butuan
    // City is the Philippine town, not the Californian one.)
    const own = geocode(m.canonical, { countries: [home], fuzzy: false, near: placed as { lat: number; lon: number }[] });
    if (own && own.country === home && own.precision !== "country" && placed.some((o) => km(own.lat, own.lon, o.lat!, o.lon!) <= HOME_NAMESAKE_REACH_KM)) [m.lat, m.lon, m.precision] = [own.lat, own.lon, own.precision];
    else m.lat = m.lon = m.precision = null;
  }
}
/** How near the report's other places a namesake in its own country must lie to stand in for a stray one. */
const HOME_NAMESAKE_REACH_KM = 300;

/** The place of the report's home country that the words after a town say it lies in or near, else null. */
function placeItLiesIn(text: string, mentions: EntityMention[], town: EntityMention, home: string, countries: string[]): EntityMention | null {
  const k = mentions.indexOf(town);
  for (let j = k + 1; j < mentions.length && j <= k + 3; j++) {
    const o = mentions[j]!;
    if (o.start - town.end > LIES_IN_CHARS) return null;
    if (o.type !== "place" || o.canonical === town.canonical) continue;
    const between = text.slice(town.end, o.start);
    if (!LIES_IN.test(between) || /[.;:!?\n]/.test(between)) return null;
    if (o.lat == null || o.lon == null || o.precision === "country") continue;
    return geocode(o.canonical, { countries, fuzzy: false })?.country === home ? o : null;
  }
  return null;
}
const LIES_IN_CHARS = 70;
const LIES_IN = /\b(?:in|near|nearby|outside|of|countryside)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u;

/** The place a name matches only loosely (spelt otherwise) in one of the report's countries, else null. */
function fuzzyOnly(name: string, countries: string[]): GeoHit | null {
  const hit = geocode(name, { countries });
  return hit?.fuzzy ? hit : null;
}

/** The country where two or more of the report's places of different names lie, more than in any other; else null. */
function countryOfMostPlaces(mentions: EntityMention[], countries: string[]): string | null {
  const seen = new Set<string>();
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (m.type !== "place" || m.lat == null || m.precision === "country" || seen.has(m.canonical)) continue;
    seen.add(m.canonical);
    const cc = geocode(m.canonical, { countries, fuzzy: false })?.country;
    if (cc) counts.set(cc, (counts.get(cc) ?? 0) + 1);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 2 && (!second || second[1] < first[1]) ? first[0] : null;
}

/** Whether the country (ISO code) is named, by name or demonym, in the mention's sentence, COUNTRY_BESIDE_CHARS at most away. */
function countryBeside(text: string, m: EntityMention, cc: string): boolean {
  let from = Math.max(0, m.start - COUNTRY_BESIDE_CHARS);
  let to = Math.min(text.length, m.end + COUNTRY_BESIDE_CHARS);
  // (Within its sentence: a headline above, "… while Russian air strikes continue", vouches for nothing below it.)
  for (let k = m.start - 1; k >= from; k--) {
    const c = text.charCodeAt(k);
    if (c === 10 || ((c === 46 || c === 33 || c === 63) && /\s/.test(text[k + 1] ?? ""))) (from = k + 1), (k = -1);
  }
  for (let k = m.end; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || ((c === 46 || c === 33 || c === 63) && /\s|^$/.test(text[k + 1] ?? ""))) (to = k), (k = to);
  }
  for (const word of text.slice(from, to).match(/[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)?/gu) ?? []) {
    if (countryCodeOf(word) === cc || countryCodeOf(whitespaceWords(word)[0]!) === cc) return true;
  }
  return false;
}

/** The point the gazetteer gives a country (ISO code), or null. */
function countryCentre(cc: string): { lat: number; lon: number } | null {
  const hit = geocode(countryName(cc), { fuzzy: false });
  return hit && hit.precision === "country" && hit.country === cc ? { lat: hit.lat, lon: hit.lon } : null;
}

/** A name made only of everyday English words ("Old City", "Green Zone"). */
function everydayName(name: string): boolean {
  if (!mayHoldTwoWords(name)) return false; // one word (most names): the split below would give it alone
  const words = wordsAtSpacesAndHyphens(name.toLowerCase());
  return words.length >= 2 && words.every((w) => isEnglishWord(w));
}

/**
 * text.split(/[\s-]+/), by a plain split where that gives the same: printable ASCII, whose only whitespace is the
 * space, with no two spaces or hyphens in a row (most names). The pattern would be tried at every character.
 */
function wordsAtSpacesAndHyphens(text: string): string[] {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    const next = text.charCodeAt(k + 1);
    if (c < 32 || c >= 127 || ((c === 32 || c === 45) && (next === 32 || next === 45))) return text.split(/[\s-]+/);
  }
  return text.replaceAll("-", " ").split(" ");
}

/** False when a name surely holds no whitespace nor hyphen (ASCII only, none of them), so is one word. */
function mayHoldTwoWords(name: string): boolean {
  for (let k = 0; k < name.length; k++) {
    const c = name.charCodeAt(k);
    if (c === 32 || c === 45 || (c >= 9 && c <= 13) || c >= 128) return true;
  }
  return false;
}

function hasAsciiLowerCase(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s-])([\p{Ll}])/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

const LETTERLESS_RUN = 400;

/**
 * False when no LETTERLESS_RUN characters in a row lack an ASCII letter (letters elsewhere are checked exactly later).
 * Such a run covers a multiple of LETTERLESS_RUN - 1, so only those characters are looked at first, and the run
 * around one of them measured only where it is no letter: prose is skipped LETTERLESS_RUN - 1 characters at a time.
 */
function mayHoldLetterlessRun(text: string): boolean {
  const step = LETTERLESS_RUN - 1;
  for (let p = step; p < text.length; p += step) {
    if (isAsciiLetter(text.charCodeAt(p))) continue;
    let from = p;
    while (from > 0 && !isAsciiLetter(text.charCodeAt(from - 1))) from--;
    let to = p + 1;
    while (to < text.length && to - from < LETTERLESS_RUN && !isAsciiLetter(text.charCodeAt(to))) to++;
    if (to - from >= LETTERLESS_RUN) return true;
  }
  return false;
}

function isAsciiLetter(code: number): boolean {
  const c = code | 32; // A-Z folded onto a-z
  return c >= 97 && c <= 122;
}

/** The text with every run of LETTERLESS_RUN or more characters that holds no letter replaced by spaces. */
export function blankLetterlessRuns(text: string): string {
  if (!mayHoldLetterlessRun(text)) return text; // the usual case, found by one cheap scan
  let out: string[] | null = null;
  let last = 0;
  let runStart = -1;
  for (let i = 0; i <= text.length; i++) {
    const letter = i < text.length && isLetter(text.charCodeAt(i));
    if (!letter && i < text.length) {
      if (runStart < 0) runStart = i;
      continue;
    }
    if (runStart >= 0 && i - runStart >= LETTERLESS_RUN) {
      out ??= [];
      out.push(text.slice(last, runStart), " ".repeat(i - runStart));
      last = i;
    }
    runStart = -1;
  }
  if (!out) return text;
  out.push(text.slice(last));
  return out.join("");
}

function isLetter(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /[\p{L}]/u.test(String.fromCharCode(code));
}

/**
 * The countries a report is about, most mentioned first: names and demonyms ("Syria", "Syrian"); when a
 * report names none, the countries of the large cities and the regions it names ("Kharkiv", "California").
 * Only capitalised words name them: `capitals` lists those (capitalisedWords).
 */
export function reportCountries(tokens: Token[], capitals = capitalisedWords(tokens), named = countriesNamed(tokens, capitals)): string[] {
  if (named.size) return ranked(named);
  const counts = new Map<string, number>();
  for (const i of capitals) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (currencyAfter(next)) continue;
    const paired = next !== undefined && next.word && next.cap && next.sameLine;
    // ("Man accidentally discharged firearm": an everyday word capitalised only to open a line hints at no country.)
    if (!paired && t.sentenceStart && t.plain && isEnglishWord(t.lower)) continue;
    // ("Ghazni province": a division's country, named as one, outweighs a town's namesake abroad.)
    const division = !paired && DIVISION_WORDS.has(next?.lower ?? "") ? divisionHint(`${t.text} ${next!.lower}`) : null;
    const place = division ?? ((paired && placeHint(`${t.text} ${next.text}`)) || placeHint(t.text));
    if (place) counts.set(place, (counts.get(place) ?? 0) + (division ? 2 : 1));
  }
  return ranked(counts);
}

function currencyAfter(next: Token | undefined): boolean {
  return next !== undefined && ((next.text === "$" && !next.spaced) || next.lower === "dollars" || next.lower === "dollar");
}

/** The countries the report names by name or demonym ("Syria", "Syrian", "the Somali capital"), with how often. */
function countriesNamed(tokens: Token[], capitals: number[]): Map<string, number> {
  const counts = new Map<string, number>();
  let pairEnd = -1; // the second word of the last country named in two words, counted already
  for (const i of capitals) {
    if (i === pairEnd) continue;
    const t = tokens[i]!;
    const next = tokens[i + 1];
    // ("US$413 million", "US dollars": a currency says nothing of where the report is.)
    if (currencyAfter(next)) continue;
    const paired = next !== undefined && next.word && next.cap && next.sameLine;
    // Plain words (most) are asked of small tables by their lower case rather than of the large memos.
    const word = t.plain ? countryWordOf(t.lower) : null;
    const mayPair = paired && (word ? word.mayStartPair : mayStartCountryPair(t.text));
    const pair = !mayPair ? null : t.plain && next.plain ? countryOfPlainPair(t.lower, next.lower) : countryCodeOf(`${t.text} ${next.text}`);
    const cc = pair ?? (word ? word.country : countryCodeOf(t.text));
    if (cc) {
      counts.set(cc, (counts.get(cc) ?? 0) + 1);
      if (pair) pairEnd = i + 1;
    }
  }
  return counts;
}

const DIVISION_WORDS = new Set(["province", "governorate", "state", "region"]);

/** The countries of first-level divisions the report names as such: "Ghazni province", "the Mopti region". */
function divisionCountries(tokens: Token[], capitals: number[]): Set<string> {
  const out = new Set<string>();
  for (const i of capitals) {
    const next = tokens[i + 1];
    if (!next || !DIVISION_WORDS.has(next.lower) || !next.sameLine) continue;
    const cc = divisionHint(`${tokens[i]!.text} ${next.lower}`);
    if (cc) out.add(cc);
  }
  return out;
}

/** The country of a first-level division named with its kind ("Ghazni province"), else null. */
function divisionHint(name: string): string | null {
  const hit = geocode(name, { fuzzy: false });
  return hit?.division ? hit.country ?? null : null;
}

function ranked(counts: Map<string, number>): string[] {
  return [...counts].sort((a, b) => b[1] - a[1]).map(([cc]) => cc);
}

/** The country of a large city or a region the gazetteer knows for sure, else null. */
function placeHint(name: string): string | null {
  let hint = placeHints.get(name);
  if (hint === undefined) {
    if (placeHints.size > 50_000) placeHints.clear(); // bounded: names recur across reports
    placeHints.set(name, (hint = placeHintOnce(name)));
  }
  return hint;
}
const placeHints = new Map<string, string | null>();

function placeHintOnce(name: string): string | null {
  const hit = geocode(name, { fuzzy: false });
  if (!hit || hit.fuzzy || hit.country === "XX") return null;
  // (A division named in one word may be a given name: "Adan" is a Yemeni governorate and a Somali man.)
  if (hit.division && !/\s/.test(name.trim())) return null;
  if (hit.precision === "city" && (hit.population ?? 0) >= 100_000) return hit.country;
  return hit.precision === "province" || hit.precision === "region" ? hit.country : null;
}

export const entitiesStage: Stage = {
  name: "entities",
  requires: [],
  assigns: ["entities"],
  run(doc: AnnotatedDoc): AnnotatedDoc {
    return { ...doc, entities: findEntities(doc.text) };
  },
};
