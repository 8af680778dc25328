// A state's bodies named bare: "the Health Ministry", "Civil Defence", "the General Staff". Every country has one, so a
// bare name is no identity across reports (Lebanon's Health Ministry is not Gaza's): it is qualified by its country,
// "Health Ministry (Lebanon)", read from the words around it or, failing those, from the country the report's places lie in.
import type { EntityMention } from "../../../doc/document.ts";
import { DEMONYMS } from "../../../resolve/geo/countries.ts";
import { geocode } from "../../../resolve/geo/geocode.ts";
import { foldName } from "../../../resolve/names.ts";

/** A body every state has, as news names it bare. (Written with a capital: "the health ministry" is no name.) */
const BODY = /^(?:(?:Health|Defen[cs]e|Interior|Foreign|Information|Justice|Emergenc(?:y|ies)|Emergency Situations|Home|Public Health|Social Affairs|Humanitarian Affairs|Refugees?) Ministry|Ministry of (?:Public )?Health|Ministry of Defen[cs]e|Ministry of (?:the )?Interior|Ministry of Foreign Affairs|Ministry of (?:Information|Justice|Home Affairs|Social Affairs|Humanitarian Affairs|Emergency Situations|Emergencies)|Civil Defen[cs]e|Civil Protection|General Staff|Armed Forces|Air Force|Coast Guard|Border Guards?|Border Police|National Police|National Guard|Gendarmerie|Red Crescent(?: Society)?|Presidency|Government Media Office|State Emergency Service|Disaster Management Agency)$/;

/** "Ministry of Health" and "Health Ministry" are one body: the short form is the one kept. */
function shortForm(body: string): string {
  if (/^Ministry of (?:Public )?Health$/.test(body)) return "Health Ministry";
  if (body === "Ministry of Foreign Affairs") return "Foreign Ministry";
  if (body === "Ministry of Home Affairs") return "Home Ministry";
  const of = /^Ministry of (?:the )?(\S+(?: \S+)?)$/.exec(body);
  return of ? `${of[1]} Ministry` : body;
}

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });

/** The country's name as the qualifier shows it. */
export function countryName(cc: string): string {
  try {
    return regionNames.of(cc) ?? cc;
  } catch {
    return cc;
  }
}

/** The country a word before a body names ("Lebanese", "Lebanon", "Gaza"), else null. */
export function countryOfWord(word: string, countries: string[] = []): string | null {
  const demonym = DEMONYMS.get(foldName(word)) ?? DEMONYMS.get(word.toLowerCase());
  if (demonym) return demonym;
  const hit = geocode(word, { countries, fuzzy: false });
  return hit && !hit.fuzzy && hit.country !== "XX" ? hit.country : null;
}

const OWNER_BEFORE = /([\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)?)['’]s\s+$/u;
const PLACE_AFTER = /^\s+(?:in|of|for)\s+(?:the\s+)?([\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)?)/u;

/**
 * Qualifies each bare national body among `mentions` by its country: "Lebanon's Health Ministry", "the Health Ministry
 * in Gaza", the same body named with its people's name earlier in the report ("the Lebanese Health Ministry … the
 * Health Ministry"), else the country most of the report's places lie in. A body named with its own people's name keeps its name.
 */
export function qualifyNationalBodies(text: string, mentions: EntityMention[], countries: string[]): void {
  if (!mentions.some((m) => m.type === "org" && BODY_WORD.test(m.canonical))) return; // most reports name none
  const countryOfBody = new Map<string, string>(); // a body's short form -> the country the report last gave it
  let home: string | null | undefined;
  for (const m of mentions) {
    if (m.type !== "org") continue;
    if (BODY.test(m.canonical)) {
      const body = shortForm(m.canonical);
      const owner = OWNER_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start));
      const after = PLACE_AFTER.exec(text.slice(m.end, m.end + 40));
      const cc = (owner && countryOfWord(owner[1]!, countries)) || (after && countryOfWord(after[1]!, countries)) || countryOfBody.get(body) || (home ??= homeCountry(mentions, countries));
      if (!cc) continue;
      countryOfBody.set(body, cc);
      m.canonical = `${body} (${countryName(cc)})`;
      continue;
    }
    // "the Lebanese Health Ministry": remembered for the bare mentions after it.
    const space = m.canonical.indexOf(" ");
    if (space > 0 && BODY.test(m.canonical.slice(space + 1))) {
      const cc = countryOfWord(m.canonical.slice(0, space), countries);
      if (cc) countryOfBody.set(shortForm(m.canonical.slice(space + 1)), cc);
    }
  }
}

/** A word every body's name holds: the test that lets most reports skip the rest. */
const BODY_WORD = /Ministry|Defen[cs]e|Protection|Staff|Forces|Force|Guards?|Police|Gendarmerie|Crescent|Presidency|Office|Service|Agency/;

/**
 * The country most of the report's places lie in, when one clearly leads (at least two of its places, more than any
 * other country): the country whose bodies a report names bare. (The countries the report names are no guide alone:
 * "Israel" and "Jordan" are given names too.)
 */
export function homeCountry(mentions: EntityMention[], countries: string[]): string | null {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (m.type !== "place" || m.lat == null) continue;
    const hit = geocode(m.canonical, { countries, fuzzy: false });
    if (hit && !hit.fuzzy && hit.country !== "XX") counts.set(hit.country, (counts.get(hit.country) ?? 0) + 1);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 2 && (!second || first[1] > second[1]) ? first[0] : null;
}

/** For a name of a body that opens with its country ("Lebanese Health Ministry"): the country and the bare body. */
export function prefixedBody(name: string): { cc: string; body: string } | null {
  const space = name.indexOf(" ");
  if (space <= 0 || !BODY.test(name.slice(space + 1))) return null;
  const cc = countryOfWord(name.slice(0, space));
  return cc ? { cc, body: shortForm(name.slice(space + 1)) } : null;
}
