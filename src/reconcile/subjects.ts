// Who a figure counts, in groups that may share a figure: fighters never join civilians, children stay apart.

export type SubjectGroup =
  | "people" | "civilians" | "displaced" | "households" | "fighters" | "troops" | "children" | "journalists" | "aid workers" | string;

// Order matters: the first group whose pattern matches the subject wins ("IS fighters" -> fighters).
const GROUPS: [SubjectGroup, RegExp][] = [
  ["civilians", /\b(family members|relatives|women and children)\b/],
  ["children", /\b(child|children|kids?|boys?|girls?|minors?|infants?|bab(y|ies)|toddlers?|teenagers?|orphans?)\b/],
  ["journalists", /\b(journalists?|reporters?|photographers?|cameram[ae]n|media workers?)\b/],
  ["aid workers", /\b(aid workers?|humanitarian workers?|medics?|doctors?|nurses?|health workers?|paramedics?|volunteers?|staff)\b/],
  ["troops", /\b(troops?|soldiers?|servicem[ae]n|service members?|personnel|police(m[ae]n|officers?)?|officers?|guards?|marines?|army|forces?|peacekeepers?|conscripts?)\b/],
  ["fighters", /\b(fighters?|militants?|jihadists?|jihadis?|extremists?|insurgents?|gunm[ae]n|combatants?|rebels?|terrorists?|militiam[ae]n|militias?|members?|recruits?|bombers?|attackers?)\b/],
  // Families and households are counted in another unit than people: 1,200 families are not 1,200 people.
  ["households", /\b(famil(y|ies)|households?|homes)\b/],
  ["displaced", /\b(refugees?|displaced|idps?|migrants?|evacuees?|asylum[- ]seekers?|returnees?)\b/],
  ["civilians", /\b(civilians?|residents?|villagers?|inhabitants?|family members|women|men|worshippers?|passengers?|shoppers?|patients?|students?|farmers?|workers?|locals?|detainees?|prisoners?|hostages?)\b/],
  ["people", /\b(people|persons?|individuals?|others?|victims?|bodies|dead|casualties|lives|those|population|everyone|someone|one|humans?)\b/],
];

export function subjectGroup(subject: string | null | undefined): SubjectGroup {
  const s = (subject ?? "").toLowerCase().trim();
  if (!s) return "people";
  for (const [group, pattern] of GROUPS) if (pattern.test(s)) return group;
  return s.replace(/s$/, "");
}

/** Generic people, civilians and the displaced may share a figure; every other group only with itself. */
const OPEN_TO_EACH_OTHER = new Set<SubjectGroup>(["people", "civilians", "displaced"]);

export function subjectsCompatible(a: SubjectGroup, b: SubjectGroup): boolean {
  return a === b || (OPEN_TO_EACH_OTHER.has(a) && OPEN_TO_EACH_OTHER.has(b));
}

/** The label a figure shows: the most specific group among its members (civilians over people). */
export function figureSubject(groups: SubjectGroup[]): string {
  const counts = new Map<string, number>();
  for (const g of groups) counts.set(g, (counts.get(g) ?? 0) + 1);
  const specific = [...counts.keys()].filter((g) => g !== "people");
  if (!specific.length) return "people";
  return specific.sort((x, y) => counts.get(y)! - counts.get(x)! || x.localeCompare(y))[0]!;
}

const SIDE_ALIASES: [RegExp, string][] = [
  [/\b(is|isis|isil|daesh|islamic state)\b/, "islamic state"],
];

/** The side a quantity phrase names ("two SDF fighters", "300 IS fighters"), or null when it names none. */
export function sideOf(quantityText: string): string | null {
  const words = quantityText.match(/\b(?:[A-Z]{2,6}|Islamic State|Daesh)\b/g);
  if (!words?.length) return null;
  const side = words.join(" ").toLowerCase();
  for (const [pattern, name] of SIDE_ALIASES) if (pattern.test(side)) return name;
  return side;
}
