// Claims stage: turns each figure about people into a claim: what happened to them (category), who
// says so, where and when, and how firmly it is stated.
import type { AnnotatedDoc, Attribution, Category, Claim, ClaimPlace, ClaimSource, ClaimTime, EntityMention, NumberMention, Span, TimeMention } from "../../../doc/document.ts";
import type { Stage } from "../../stage.ts";
import { PLURAL_PEOPLE, SINGULAR_PEOPLE } from "../numbers/numbers.stage.ts";
import { tokenize } from "../numbers/tokens.ts";
import triggerData from "./triggers.json" with { type: "json" };
import hedgeData from "./hedges.json" with { type: "json" };
import { countryOfPoint } from "../../../resolve/geo/country-of-point.ts";
import { companionsWith, findSingleVictims, type SingleVictim } from "./single-victims.ts";
import { BRIEFING_NOTE, GIVEN_BY_CUE } from "../attribution/attribution.stage.ts";
import { isSpaceCode, isWordCode, wordBeforeSpace } from "./words-before.ts";
import { knownOrg } from "../entities/lexicon.ts";
import { LIST_ITEM_LINE } from "../list-lines.ts";
import { findTimes } from "../times/times.stage.ts";
import { parseIso } from "../times/dates.ts";
import { countryCodeOf, geocode, km } from "../../../resolve/geo/geocode.ts";
import { countryName } from "../entities/national-bodies.ts";
import { LOCALITY_PREFIXES, US_STATE_ABBREVIATIONS } from "../entities/lexicon.ts";
import { foldName, tokensAlike } from "../../../resolve/names.ts";

const CATEGORIES = ["killed", "wounded", "evacuated", "fled", "surrendered", "detained", "arrived", "present"] as const;
type PeopleCategory = (typeof CATEGORIES)[number];

/** Each category's trigger fragments, longest first. */
const TRIGGER_FRAGMENTS = CATEGORIES.map((c) => (triggerData[c] as string[]).slice().sort((a, b) => b.length - a.length));

/**
 * The first words (lower case, letters only) that a fragment's matches may start with, or null when its start is not
 * plain enough to tell. Reads letters, letter classes, "?" and non-capturing groups; a space, a hyphen, "\s" or the
 * fragment's end closes the word (the fragment is wrapped in word boundaries).
 */
function firstWords(fragment: string): string[] | null {
  const read = sequenceWords(fragment);
  return read && [...read.done, ...read.open];
}

/** The offset of the bracket that closes a group whose inside starts at `from`, or -1. */
function groupEnd(sequence: string, from: number): number {
  let depth = 0;
  for (let e = from; e < sequence.length; e++) {
    const d = sequence[e];
    if (d === "\\") e++;
    else if (d === "(") depth++;
    else if (d === ")" && depth-- === 0) return e;
  }
  return -1;
}

/** A fragment without the lookbehind it may open with: "(?<!\bof them )on board" → "on board". */
function withoutLeadingLookbehind(fragment: string): string {
  if (!fragment.startsWith("(?<!") && !fragment.startsWith("(?<=")) return fragment;
  const close = groupEnd(fragment, 4);
  return close < 0 ? fragment : fragment.slice(close + 1);
}

/** Words a sequence completes (`done`) and the letters it may leave open to the text after it (`open`). */
function sequenceWords(sequence: string): { done: string[]; open: string[] } | null {
  let open = [""];
  const done: string[] = [];
  let k = 0;
  while (k < sequence.length && open.length) {
    const c = sequence[k]!;
    // (A lookahead for a space closes the word too: "brought(?= [^.;]{1,40}? out of\\b)".)
    if (c === " " || c === "-" || sequence.startsWith("\\s", k) || sequence.startsWith("(?=\\s", k) || sequence.startsWith("(?= ", k)) {
      done.push(...open);
      open = [];
      break;
    }
    let atom: { done: string[]; open: string[] };
    if (/[a-z]/i.test(c)) {
      atom = { done: [], open: [c.toLowerCase()] };
      k++;
    } else if (c === "[") {
      const close = sequence.indexOf("]", k);
      const members = sequence.slice(k + 1, close);
      if (close < 0 || !/^[a-z]+$/i.test(members)) return null;
      atom = { done: [], open: [...members.toLowerCase()] };
      k = close + 1;
    } else if (sequence.startsWith("(?<!", k) || sequence.startsWith("(?<=", k)) {
      // A lookbehind takes nothing from the text either ("(?<!\bof those )on board" opens with "on"): it is passed over.
      // (Without this, one such fragment left every trigger to the slow whole pattern.)
      const close = groupEnd(sequence, k + 4);
      if (close < 0) return null;
      k = close + 1;
      continue;
    } else if (sequence.startsWith("(?:", k) || sequence.startsWith("(?!", k)) {
      // The group's alternatives, split at its own top-level bars.
      const alternatives: string[] = [];
      let depth = 0;
      let from = k + 3;
      let e = from;
      for (; e < sequence.length; e++) {
        const d = sequence[e];
        if (d === "\\") e++;
        else if (d === "(") depth++;
        else if (d === ")" && depth-- === 0) break;
        else if (d === "|" && depth === 0) alternatives.push(sequence.slice(from, e)), (from = e + 1);
      }
      if (e >= sequence.length) return null;
      alternatives.push(sequence.slice(from, e));
      const lookahead = sequence[k + 2] === "!";
      k = e + 1;
      // A negative lookahead takes nothing from the text: the word goes on after it.
      if (lookahead) continue;
      atom = { done: [], open: [] };
      for (const alternative of alternatives) {
        const inner = sequenceWords(alternative);
        if (!inner) return null;
        atom.done.push(...inner.done);
        atom.open.push(...inner.open);
      }
    } else return null;
    const optional = sequence[k] === "?";
    if (optional) k++;
    if (sequence[k] === "?" || sequence[k] === "*" || sequence[k] === "+" || sequence[k] === "{") return null;
    for (const before of open) done.push(...atom.done.map((w) => before + w));
    open = [...(optional ? open : []), ...open.flatMap((before) => atom.open.map((w) => before + w))];
  }
  return { done, open };
}

// "we could not identify them" states an inability, not a doubt about the figure: a modal before "not" is no hedge.
const HEDGE = new RegExp(`\\b(?:${hedgeData.hedges.join("|")})\\b(?!\\s+not\\b)`, "i");
/** Every VERIFY_LATER match holds one of these (a pattern this plain scans far faster). */
const VERIFY_WORD = /verif|confirm/i;
const VERIFY_LATER = /\b(?:neither\b[^.;]{0,40}?\b(?:could|can|has|have) (?:been |be )?(?:independently )?(?:verified|confirmed)|not (?:been )?able to (?:independently )?verify|(?:could|can) ?not (?:independently )?verify|could not (?:be )?(?:independently )?(?:verified|confirm(?:ed)?)|unverified|(?:cannot|can ?not|can['’]t|could not|couldn['’]t) be (?:independently )?verified|(?:impossible|not possible|unable|not able) to (?:independently |immediately )?(?:verify|confirm)|(?:could|can) ?not (?:immediately |independently )?confirm|(?:are|is|were) (?:still |now )?working to (?:confirm|verify))\b/i;

/** Nouns that carry their own category: "12 dead", "the bodies of five". */
const NOUN_CATEGORY: Record<string, PeopleCategory> = Object.assign(Object.create(null), {
  dead: "killed", bodies: "killed", martyrs: "killed", martyr: "killed", killings: "killed", executions: "killed", hangings: "killed", homicides: "killed", murders: "killed", deaths: "killed", fatalities: "killed", corpses: "killed", body: "killed", casualties: "killed",
  wounded: "wounded", injured: "wounded", injuries: "wounded", displaced: "fled", refugees: "present", evacuees: "evacuated", arrivals: "arrived",
  detainees: "detained", arrests: "detained", apprehensions: "detained", prisoners: "detained", hostages: "detained", captives: "detained", inmates: "present",
  returnees: "arrived",
});

/** Words allowed between a trigger and the figure it governs ("killed at least 17", "population to over"). */
// ("| Palestinians killed | 40,099 |": a table row's cell wall stands between a label and its figure.)
const BEFORE_GAP = new Set(["'", "‘", "“", '"', ":", "|", "–", "—", "-", "included", "include", "includes", "a", "an", "the", "his", "her", "their", "its", "our", "some", "to", "of", "at", "least", "nearly", "about", "another", "additional", "more", "than", "up", "as", "many", "rose", "risen", "rises", "climbed", "climbs", "jumps", "reached", "stood", "stands", "jumped", "increased", "grown", "grew", "swelled", "swollen", "topped", "exceeded", "passed", "doubled", "tripled", "hit", "reaching", "rising", "now", "are", "were", "is", "was", "still", "also", "all", "only", "further", "fresh", "new", "least", "toll", "total", "around", "almost", "over", "estimated", "roughly", "approximately", "had", "has", "have", "been", "hit", "out", "ranged", "ranging", "range", "from", "varied", "varying"]);
/** People said to be missing right after a figure ("17 missing", "are still unaccounted for"); "missing under the rubble" are trapped. */
// ("missing and presumed dead" are counted among the dead, with the doubt kept as the hedge.)
// ("lists 9,000 people as disappeared", "complaints of 800 people who went missing": the same, told by "as" or "who".)
const MISSING_AFTER = /^\s+(?:(?:are|were|is|was|remain|remained|remains|have been|had been|have|has|had|as|who\s+(?:went|have gone|had gone|are|were|remain|have been|had been|have|had))\s+)?(?:still\s+)?(?:(?:registered|listed|reported|recorded|declared)\s+(?:as\s+)?)?(?:missing|unaccounted|disappeared)\b(?!\s+under\b)(?!,?\s+and\s+(?:are\s+)?(?:presumed|feared|believed)\s+dead\b)/i;

/** "45 drones were launched, of which 31 were shot down": a bare share of things counted just before is no people. */
function shareOfThings(text: string, numbers: NumberMention[], n: NumberMention): boolean {
  if (n.noun || !/,\s*of which\s+$/i.test(text.slice(Math.max(0, n.start - 14), n.start))) return false;
  let before: NumberMention | undefined;
  for (const m of numbers) if (m.end <= n.start) before = m;
  // (A count of things is followed by its noun; "killed 45, of which 31 were children" shares out people.)
  return before !== undefined && !before.subject && (before.notPeople === "other noun" || /^\s+[\p{L}]/u.test(text.slice(before.end, before.end + 3)));
}

/** Right after a count: "who died", "who were killed", "remain in unmarked graves", "lie buried in mass graves". */
const DIED_OR_BURIED_AFTER = /^\s+(?:(?:who|that)\s+(?:had\s+|have\s+)?(?:died|perished|were killed|had been killed|have been killed|lost their lives)\b|(?:still\s+)?(?:remain|remains|lie|lay|are|were|rest)\s+(?:buried\s+)?in\s+(?:[\p{L}-]+\s+){0,2}graves\b)/iu;

/** Whether the people counted are said to be missing right after the figure. */
function saidMissing(text: string, n: NumberMention): boolean {
  const end = n.nounEnd > n.end ? n.nounEnd : n.end;
  // (Not past the end of its line: "Deaths confirmed: 3,958⏎Missing: 9,000+" is another line's label.)
  const after = text.slice(end, end + 40);
  const lineEnd = after.indexOf("\n");
  return MISSING_AFTER.test(lineEnd < 0 ? after : after.slice(0, lineEnd));
}

/** Between the people and "handed over": a reduced clause telling they were freed ("rescued from the gang"). */
const FREED_REDUCED = /^\s*,?\s*(?:who\s+(?:were|had\s+been)\s+)?(rescued|freed|released|liberated)\b/i;
/** Before a verb of removal: it is still to come ("will be deported", "would be relocated", "are due to be moved"). */
// ("would later be evacuated" tells, in a past story, what then happened: no match.)
const FUTURE_MOVE_BEFORE = /\b(?:will|would|shall|(?:due|set|expected|scheduled|slated|poised|going|about)\s+to)\s+(?:(?:soon|also|then|eventually|likely|now|all|be|have\s+to\s+be)\s+){0,2}$/i;
const FUTURE_WORD_OR_DUE = /will|would|shall|to\s/i;
const MODAL_BEFORE_VERB = /(?:could|would|might|may|can|will)\s+(?:have\s+)?(?:easily\s+|potentially\s+)?$/i;
const MODAL_HAVE_BEFORE = /\b(?:could|would|might)\s+have\s+$/i;
const UNREAL_CONDITION = /\bif\s+(?:[\w'’-]+\s+){0,6}had\b|\bhad\s+(?:it|the\s+\w+)\s+(?:exploded|detonated|gone off|hit|struck)\b/i;
const SHORT_OF = /\b(?:nearly|almost|narrowly)\s+$/i;
const HARM_THEN_SHORT_OF = /\b(?:shot|stabbed|beaten|wounded|injured|hurt|struck|hit|attacked|mauled|burned)\s+and\s+(?:nearly|almost)\s+$/i;
/** Links that make a figure a part of the one before it: "3,000 people including hundreds of fighters". */
const WHOM = /\b(?:of|among) (?:whom|them|which)\b/i;
const PART_OF = /\b(?:including|among(?:st)?|of (?:whom|them|which)|among them|comprising|incl\.|(?:which|who) (?:include|includes|included))\b/i;
// ("A rebel who was persuaded by troops surrendered": the formula of surrender copy tells how, not what befell him.)
// ("A man carrying a grenade was arrested": what the one person wore or carried, then the auxiliary of the verb.)
const SINGULAR_GAP = /^(?:\s+in\s+(?:his|her)\s+(?:(?:early|mid|late)[\s-]+)?(?:teens|\d0s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|\s+aged\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)|\s+in\s+the\s+(?:back|front|rear|passenger|driver['’]s)\s+seat)?(?:\s*,[^,;]{1,60},)?(?:\s+(?:wearing|carrying|armed with|wielding)\s[^,.;]{1,40}?(?=\s+(?:was|were|is|has|had)\s))?(?:\s+(?:of|from|with) (?:the )?(?:[\w’'()-]+\s+){0,5}?)?(?:\s+(?:shot|wounded|injured|hit|struck|attacked) by (?:[\w’'-]+\s+){1,3}?)?(?:\s+who\s+(?:was|had\s+been)\s+(?:persuaded|convinced)(?:\s+by\s+(?:[\w’'-]+\s+){1,3}?)?)?[\s,]*(?:who\s+)?(?:(?:was|were|is|has|had|been|being|got|later|also|then|both|and|shot|stabbed|struck|hit|beaten|found|left|taken|booked|placed|remanded|on|in|at|late|early|last|this|\w+day|morning|afternoon|evening|night|overnight|yesterday|today|\w+ly|among\s+(?:those|the))[\s,]+){0,7}$/i;

const LONG_SUBJECT_END = /,\s*(?:were|was|have been|has been|had been|are|is)\s+(?:also\s+|reportedly\s+|all\s+)?$/i;
/** The people just counted died later ("…, who has since died"), not just some of them ("where one of them later died"). */
function laterDeathOfAll(after: string): boolean {
  const death = LATER_DEATH.exec(after);
  // ("Four people were wounded and one person died": another subject dies, not the wounded.)
  // ("received 55 injured people, eight of whom died later", "160 wounded, of whom 31 died": a part dies, not all.)
  // ("Five people were shot, including a man who died": a part named after "including" dies.)
  // ("was shot and nearly died": death fell short.)
  if (death && NEAR_DEATH.test(death[0])) return false;
  return !!death && !/\b(?!all\b)[\w-]+ of (?:them|whom|those|the)\b|\bof (?:them|whom),? (?!all\b)[\w-]+|\b(?:including|among (?:them|whom))\b/i.test(death[0]) && !ANOTHER_SUBJECT.test(death[0]);
}
// ("Of the 40 people wounded, 12 later died": a count after a comma is a part that died.)
const ANOTHER_SUBJECT = /\b(?:and|while|but|whereas)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*|a|an|another|several|some|many|his|her|their)\s+[\w-]+|,\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*)\s+[\w-]+/i;

const REPORT_THAT_BEFORE = /\b(?:reports?|rumou?rs?|claims?|accounts?|posts?|messages?)\s+(?:[\w-]+\s+){0,3}?that\s+[^.;]*$/i;
const CALLED_FALSE_AFTER = /^[^.;]*?\b(?:was|were|is|are|proved|proven|turned out to be|have been|has been)\s+(?:(?:completely|entirely|totally|later|since)\s+)?(?:false|wrong|untrue|incorrect|inaccurate|unfounded|baseless|fake|fabricated|mistaken)\b/i;
const INITIALLY_BEFORE = /\b(?:initially|first|originally|earlier)\s+(?:said|reported|told|stated)\b[^.;]*$/i;
const CORRECTED_AFTER = /^[^.;]*?\b(?:later|since|then|but)\s+(?:\w+\s+){0,2}?(?:corrected|retracted|withdrew|walked back|revised (?:it|that) to (?:no|zero))\b/i;
// ("The army denied that 40 civilians were killed", "dismissed as false a claim on social media that …": the figure is
// doubted by the one who denies it.)
const DENIED_BEFORE = /\b(denied|dismissed|rejected|refuted)\s+(?:(?:as false\s+)?(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:reports?|claims?|rumou?rs?|allegations?|accounts?)(?:\s+(?:on|in)\s+(?:social media|[\w-]+))?\s+)?that\s+[^.;]*$/i;
const LEFT_FOR_DEAD = /^[^.;]{0,60}?\bleft\s+for\s+dead\b/i;
const DEATH_AFTER_LEFT = /\bleft\s+for\s+dead\b[^.;]*\b(?:died|succumbed|pronounced dead|was dead)\b|\b(?:killed|murdered|died)\b[^.;]*\bleft\s+for\s+dead/i;
const NEAR_DEATH = /\b(?:nearly|almost|narrowly)\s+(?:died|dies|succumbed|was pronounced dead|bled to death|killed)\b/i;
const DIED_THERE = /^[^;.]*?,\s*where (?:they|he|she|both|all) (?:later |both |all |each )?(?:died|were pronounced dead|was pronounced dead|succumbed)\b/i;
const LATER_DEATH = /^[^;]*?\b(?:has died|have died|later died|died|dies|succumbed|was pronounced dead|were pronounced dead)\b/i;
/** A modal right before a verb of dying: the death has not happened. */
const FORETOLD = /\b(?:could|may|might|would|will|shall|to|risk)\s+(?:(?!have\b)\w+\s+)?$/i;
/** Where a figure states a rule: "(shootings) in which", "(an attack) where", "(any day) when". */
const DEFINED_BY = /\b(?:in which|where|when|whenever|if)\s+$/i;
/** Verbs of dying with no passive participle: after a whole they are the sentence's verb, not the whole's own. */
const FINITE_ONLY = /^(?:died|perished|succumbed|remained|remain|remains|stayed)$/i;
/** A part of people counted before, by what happened to them: "two of the wounded", "most of those killed". */
/** "…, bringing the total to", "raising the overall number to": a running total of the people just counted. */
const TOTAL_RAISED_TO = /,\s*(?:bringing|raising|taking|pushing|lifting)\s+(?:the|its|their)\s+(?:overall\s+|cumulative\s+)?(?:total\s+)?(?:total|number|figure|tally|count)\s+(?:(?:of\s+)?[\w-]+\s+)?(?:(?:since|this|so|for|in)\s+[\w-]+\s+(?:[\w-]+\s+){0,3})?to\s+(?:about\s+|around\s+|more than\s+|over\s+|nearly\s+|some\s+|almost\s+)?$/i;
/** Wider than TOTAL_RAISED_TO (any toll, no comma needed): a running total raised to the figure, whose span of days is
 * not that of the count before it. */
// (Also "bringing to 73 the number of …": the figure before what it counts.)
// (And "bringing the total to 1,184 cases and 41 deaths": the second figure of the total.)
const RUNNING_TOTAL_BEFORE = /\b(?:bringing|raising|taking|pushing|lifting)\s+(?:(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}(?:toll|total|number|tally|count)\b[^.;]{0,40}?\s+)?to\s+(?:(?:at least|about|around|some|nearly|more than|over)\s+)?(?:[\d,.]+\s+(?:[a-z-]+\s+){1,2}and\s+(?:(?:at least|about|around|some|nearly|more than|over)\s+)?)?$/i;

/** The category of the whole PART_OF_EARLIER names, where its noun says it. */
function categoryOfWhole(text: string): Category | null {
  const noun = /(\w+)$/.exec(text)?.[1]?.toLowerCase() ?? "";
  return /^(?:wounded|injured|hurt)$/.test(noun) ? "wounded" : /^(?:dead|killed)$/.test(noun) ? "killed" : noun === "displaced" ? "fled" : /^(?:detainees|detained|arrested)$/.test(noun) ? "detained" : null;
}
const PART_OF_EARLIER = /\bof (?:the|those) (?:wounded|injured|hurt|dead|killed|victims|displaced|evacuees|detainees|detained|arrested)$/i;
// ("Another 21 were wounded", "A further 12 died": one more figure of the same event.)
const AMONG_EARLIER = /^\W*(?:Among|Of)\s+(?:the|those)\s+(?:dead|killed|victims|wounded|injured)\s+(?:were|are|was|is)\s+$/i;
const INCLUDING_END = /\b(?:including|among them|comprising|consisting of|made up of)\s*$/i;
/** "400 to 700 militants remain in Iraq", "who still remain": the figure's verb says how many are there now. */
const REMAIN_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:still\s+)?(?:remain|remains)\b/u;
const STOCK_NOW = /\b(?:still|now|currently|remain|remains)\b/i;
/** "Two others were injured in the strike", "One soldier died in the gunfight": the event the sentence before told. */
// ("A spokesman said the dead included three women": the dead the sentence before counted.)
const SAME_EVENT = /^[^.;]*\b(?:(?:in|during|by)\s+the\s+(?:same\s+)?(?:strike|air ?strike|drone strike|attack|blast|explosion|ambush|raid|gunfight|firefight|shootout|clash(?:es)?|incident|shooting|bombing|assault|shelling|operation|exchange of fire|crossfire|encounter|fighting|battle)|the\s+(?:dead|victims|wounded|injured|deceased)\s+(?:included|include|were|are)\b)/i;
const DIED_HELD = /\b(?:died|dead|perished)\s+(?:while\s+)?in\s+(?:captivity|detention)\b/i;
const CONTINUES = /^(?:[“"‘]|(?:He|She|They|It|Most|Many|Some|Of|Among|These|Those|This|That|Another|A further|An additional)\b)/;
/**
 * "Five others were wounded", "Three more died in hospital", "Two soldiers were also hurt": more of what was just told.
 * ("A village elder said 30 others were abducted": the same, told by a voice opening the sentence.)
 */
const MORE_OF_THE_SAME = /^(?:(?:[\p{L}-]+\s+){1,4}(?:said|says|told\s+[\p{L}]+)\s+(?:that\s+)?)?(?:[\p{L}\d,-]+\s+){1,3}(?:others|more)\s+(?:were|was|have|had|died|are)\b|^[^.;]{0,60}\b(?:were|was|have been|had been)\s+also\b/iu;
/**
 * "22 people were wounded.", "Four soldiers were also injured in the attack.": a short sentence that is only a count
 * and what befell it carries on the incident just told (a background toll says more: "since 2019", "this year").
 */
const PLAIN_FOLLOW_UP = /^(?:[\p{L}\d,-]+\s+){1,3}(?:were|was|had been)\s+(?:also\s+)?(?:wounded|injured|hurt|killed|arrested|detained|abducted|kidnapped|rescued|evacuated)(?:\s+in\s+the\s+(?:attack|strike|air ?strike|blast|explosion|raid|shooting|incident))?\s*[.!]?\s*$/iu;
// ("1.2 million people face hunger and that it had reached 400,000": a that-clause with a subject of its own.)
const NEW_CLAUSE = /\b(?:upon|after|before|when|whenever|while|because|until|unless|although|though)\b|\band that (?:it|they|he|she|we|the)\b/i;
/** A single person ("a man", "an officer") is only counted when something happened to them. */
const SINGULAR_CATEGORIES = new Set(["killed", "wounded", "detained", "surrendered", "evacuated"]);
const LEGAL_GAP = /\b(?:charged|accused|convicted|suspected|sentenced|indicted|arrested for|jailed for|wanted for|responsible for|blamed for)\b/i;
const DIED_LONG_AGO = /^[^;.]*?\b(?:killed|executed|shot dead|died|murdered|massacred|slain)\b[^;]*$/i;
const ATTEMPTED_KILLING = /\battempted\s+(?:murders|killings|homicides)$/i;
const CHARGE_OF_GAP = /^\s+(?:of|over|for|with)\s+(?:the\s+)?$/i;
const ACCUSED_BEFORE = /\b(?:charged|convicted|indicted|acquitted|prosecuted|sentenced|jailed)\s+(?:at least\s+|about\s+|some\s+|more than\s+)?$/i;
const CHARGED_AND_REMANDED = /^[\s,]*(?:(?:was|were|has|have|had|been)\s+){1,2}charged\s+with\s+(?:[\w-]+\s+){1,4}?and\s+(?:(?:was|were|has been|have been)\s+)?remanded\s+$/i;
const CHARGE_THEN_OWN_VERB = /^(?![^]*\b(?:who|whom|which|that|whose)\b)[^;:]*[^,\s]\s+(?:were|was|are|is|(?:have|has|had)\s+been)\s+(?:later\s+|also\s+|reportedly\s+)?$/i;
const BE = /\b(?:was|were|is|are|been|being|be|got|get)\b/i;
// ("Two men beat a man to death": those who beat someone to death are the killers.)
const TRANSITIVE = /^(?:fatally\s+|accidentally\s+)?(?:killed|killing|murdered|slain|shot|wounded|wounding|injured|injuring|evacuated|captured|detained|arrested|executed|abducted|kidnapped|rescued|hurt|stabbed|pulled|moved|treated|beat|beating|kicked|kicking|hacked|hacking|bludgeoned|clubbed|stoned|strangled|mauled|trampled)\b/i;
const OBJECT_NEXT = /^\s+(?:a|an|the|his|her|their|its|him|them|one|two|three|four|five|six|seven|eight|nine|ten|\d+|at least|more than|dozens|hundreds|thousands|several|many|some)\b/i;
/** "fatally shot LeGrier, who…", "killed Ahmed Ali at the checkpoint": a name as the object (not "killed Monday"). */
const NAME_OBJECT_NEXT = /^\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Last|This|Early|Late|Overnight|In|On|At|Near|During|After|Before|And|But)\b)[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){0,2}\s*(?:[,.;]|(?:who|as|after|when|in|on|at|near|outside|inside|during|with)\b)/u;

const CAPTOR_VERB = /^(?:took|takes|take|taking|held|holds|hold|still holds?)$/i;
/** "Two men killed a woman": the figure is the subject of an active verb, so it counts the agents. */
function actsAsAgent(text: string, gap: string, t: Span): boolean {
  const trigger = text.slice(t.start, t.end);
  if (BE.test(gap)) return false;
  // ("Ghazni: 3 killed ¶ 23 people were …": a figure on the next line is no object; a line break ends the sentence.)
  const line = text.slice(t.end, t.end + 48);
  const lineBreak = line.indexOf("\n");
  const after = lineBreak < 0 ? line : line.slice(0, lineBreak);
  // ("An armed man took 14 people hostage", "A gunman held 14 people hostage": the one who takes or holds them is the captor.)
  if (CAPTOR_VERB.test(trigger)) return OBJECT_NEXT.test(after);
  if (!TRANSITIVE.test(trigger)) return false;
  // ("20 soldiers shot at a man": firing at someone is acting.)
  // ("22 shot at Kansas City Chiefs rally", "Three shot at a party": where they were shot, not whom they fired at.)
  return OBJECT_NEXT.test(after) || NAME_OBJECT_NEXT.test(after) || (/^(?:shot|fired|shooting|firing)$/i.test(trigger) && /^\s+at\s+(?:a|an|the|his|her|their|them|him|[\p{Lu}])/u.test(after) && !AT_A_PLACE.test(text.slice(t.end, t.end + 80)));
}
/** "at a party", "at the Chiefs rally", "at Lincoln High School": a place or a gathering, after "at". */
const AT_A_PLACE = /^\s+at\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\p{L}\d'’.&-]+\s+){0,4}?(?:part(?:y|ies)|rally|parade|mall|school|bar|club|nightclub|park|station|church|mosque|synagogue|temple|festival|game|concert|celebration|gathering|event|store|shop|restaurant|hotel|motel|market|stadium|university|college|campus|home|house|residence|apartments?|complex|intersection|corner|vigil|funeral|wedding|cookout|barbecue|lounge|pub|cafe|beach|pool|airport|office|plant|factory|warehouse|stop|graduation|fair|protest|demonstration|shelter)s?\b/iu;

/** Toll nouns may stand far from their figure: "the number of fatalities among the division rose to 11". */
const TOLL = /^(?:death tolls?|tolls?|fatalit(?:y|ies)|deaths?|dead|casualt(?:y|ies)|killings|homicides|murders|slayings|martyrs|(?:its|their|the army's|the military's|the enemy's|enemy|military|combat) losses)$/i;
const RAISING = /\b(?:bringing|brought|brings|bring|raising|raised|raises|pushing|pushed|taking|took|lifting|lifted|revised|revising|revises|lowered|lowering|updated|updating|adjusted|corrected)\s+(?:(?:down|up|downwards?|upwards?)\s+)?(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,5}$/i;
const TOLL_VERB = /\b(?:(?:(?:was|is|were|been|being|now)\s+)?(?:put|estimated|pegged|placed)(?=\s+at\b)|(?:(?:was|is|were|has been|had been|been)\s+(?:also\s+)?)?(?:revised|lowered|raised|corrected|adjusted|updated|cut|reduced)(?:\s+(?:down|up|downwards?|upwards?))?|rose|risen|rises|rise|rising|climbed|climbs|increased|increases|doubled|tripled|trebled|quadrupled|jumped|jumps|fell|fallen|falls|dropped|drops|declined|decreased|dipped|reached|reaches|nears|neared|nearing|approaches|approached|approaching|numbered|numbers|totalled|totaled|totals|(?:could|may|might|would|will|expected to|likely to)\s+reach|(?:could|may|might|would)\s+(?:be|rise\s+to|go\s+up\s+to|exceed|top|pass|surpass)|stood|stands|stand|amounted to|amount to|amounts to|is|was|has risen|has reached|now|hit|hits|topped|tops|surged|grew|soared|(?:sur)?passed|(?:sur)?passes|exceeded|exceeds|crossed|crosses|(?:rose|risen|rise|rises|climbed|climbs|jumped|jumps|grew|grown|went|gone|goes|soared|soars|surged|surges|increased)\s+(?:past|beyond))\s+(?:from\s+[\d,.]+\s+(?:(?:on|in|by)\s+[A-Za-z]+(?:\s+[A-Za-z]+)?\s+)?)?(?:to\s+|at\s+)?(?:at least\s+|about\s+|around\s+|over\s+|above\s+|more than\s+|nearly\s+|between\s+)?$/i;
/** "rose overnight to 61", "rose on Tuesday to 61", "has since risen sharply to 61": words of time or manner before "to". */
const TOLL_VERB_THEN_WORDS = /\b(?:rose|risen|rises|rise|rising|climbed|increased|jumped|grew|grown|soared|surged|went up|gone up)(?:\s+(?!to\b)(?:[A-Za-z]+|by\s+[\d,]+)){1,3}\s+to\s+(?:at least\s+|about\s+|around\s+|over\s+|more than\s+|nearly\s+)?$/i;
/** "the toll passed 5,000", "climbed past 300": a toll that went beyond its figure counts at least that many. */
/** The words TOLL_BEYOND may end with (before the space; "passed" ends "surpassed" too). */
const TOLL_BEYOND_LAST_WORDS = ["topped", "tops", "passed", "passes", "exceeded", "exceeds", "crossed", "crosses", "past", "beyond", "exceed", "top", "pass", "surpass"];
// ("the toll could exceed 100": a toll foretold to go beyond, hedged by its modal.)
const TOLL_BEYOND = /\b(?:topped|tops|(?:sur)?passed|(?:sur)?passes|exceeded|exceeds|crossed|crosses|(?:could|may|might|would|will)\s+(?:exceed|top|(?:sur)?pass)|(?:rose|risen|rises|climbed|climbs|jumped|jumps|grew|grown|went|gone|goes|soared|soars|surged|surges|increased)\s+(?:past|beyond)|(?:pushing|pushed|pushes|taking|took|takes|bringing|brought|brings|lifting|lifted|lifts)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}(?:toll|tally|number|count)\s+(?:past|beyond|above))\s+$/i;

/** "Twenty-one insurgents, including 13 members of al-Qaeda, were killed": the part does not take the verb away. */
function partOf(text: string, whole: NumberMention, part: NumberMention, reach = 20): boolean {
  // ("Three other people in the SUV, including two children": a short phrase of place may stand between.)
  if (part.start - (whole.nounEnd > whole.end ? whole.nounEnd : whole.end) > reach && reach === 20) reach = WHOLE_PLACED.test(text.slice(whole.nounEnd > whole.end ? whole.nounEnd : whole.end, part.start)) ? 60 : reach;
  const from = whole.nounEnd > whole.end ? whole.nounEnd : whole.end;
  return part.start >= from && part.start - from <= reach && PART_OF.test(text.slice(from, part.start));
}
// ("Twelve members of the Islamic State (IS), including two women": so may whose members they are.)
const WHOLE_PLACED = /^\s+(?:in|on|at|aboard|inside|from|of)\s+(?:the\s+|a\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}(?:\s+\([\w'’ -]{1,12}\))?,\s*(?:including|among them|among whom)\s+$/i;
/** An aside that describes the people just counted: ", all members of", ", most of them from". */
const NOT_THIS_FIGURE = /^\s*,\s*(?:and\s+)?not\s+(?:the\s+)?$/i;
const ASIDE_OPEN = /,\s*(?:all|both|most|mostly|many|some|several|each)\b[^,;.:]*$/i;
/** An aside telling what share of a whole the people are: ", roughly 90% of Gaza's " (population…). */
const SHARE_ASIDE = /^\s*,\s*(?:or\s+)?(?:(?:about|around|roughly|nearly|almost|some|over|more than|at least)\s+)?(?:\d[\d.,]*\s*(?:%|per\s?cent\b|percent\b)|half|a third|a quarter|two-thirds|three-quarters|(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:in|out of)\s+(?:two|three|four|five|ten|\d+))\s+of\s+[^,;.:]{0,40}$/i;
/** The aside closed by a comma before the verb (with at most an auxiliary or two between). */
const ASIDE_CLOSE = /^[^,;.:]*,\s*(?:[a-z]+\s+){0,3}$/;
/** A whole whose parts are listed after it, this one among them: "eight people, among them four children and two women". */
function wholeBefore(text: string, whole: NumberMention, part: NumberMention): boolean {
  if (!partOf(text, whole, part, 120)) return false;
  const between = text.slice(whole.nounEnd > whole.end ? whole.nounEnd : whole.end, part.start);
  return !/[.;:!?]/.test(between) && !CLAUSE_BREAK.test(between);
}
const INNER_ADJECTIVE = /^(?:slain|dead|deceased|wounded|injured|killed|detained|captured|displaced|evacuated|trapped|missing)$/i;

/** Figures joined by "and", "as well as" or a comma share what happens to them. */
function joined(text: string, a: NumberMention, b: NumberMention): boolean {
  const from = a.nounEnd > a.end ? a.nounEnd : a.end;
  const between = withoutAges(text.slice(from, b.start));
  // "four civilians working in gas fields, 11 shepherds and …": items of one list share the verb.
  // ("four civilians working in gas fields and tens of shepherds": a phrase with no verb of its own, then "and".)
  return b.start >= from && (/^\s*(?:,\s*)?(?:and(?: (?:his|her|their))?|as well as|plus|along with|(?:along )?with (?:his|her|their)|,)\s*$/i.test(between) || (b.subject !== undefined && (LIST_GAP.test(between) || LIST_AND_GAP.test(between))));
}

/** ", aged 19 and 23, and": the ages of the people before, between commas, are no part of what joins them to the next. */
// ("A woman aged 34 and two boys": an age with no commas, after one person, the same.)
function withoutAges(between: string): string {
  return between.charCodeAt(0) === 44 ? between.replace(AGES_ASIDE, "") : between.startsWith(" aged ") ? between.replace(AGE_AFTER_ONE, "") : between;
}
const AGE_AFTER_ONE = /^ aged (?:\d{1,3}|[a-z]+(?:-[a-z]+)?)(?= and )/;
const AGES_ASIDE = /^,\s*(?:aged\s+|ages\s+)?\d{1,3}(?:\s*(?:,|and|to)\s*\d{1,3})*(?=\s*,)/;

interface TriggerHit extends Span {
  category: PeopleCategory;
}

const CAUSE_OF_DEATH = /\b(?:died|dies|dying|succumbed|succumbing)\s+(?:of|from|to)\s+(?:his|her|their|the|its)?\s*(?:[\w-]+\s+)?$/i;

/**
 * A pattern of categories' fragments in order, one capturing group per category, and where each group is: the
 * category is found from the group that matched (numbered, not named: a match then builds no groups object). A
 * fragment's own capturing groups, if any, shift the numbers after it.
 */
function triggerPattern(fragmentsByCategory: string[][], flags: string): { pattern: RegExp; groups: number[] } {
  // A category with nothing to try here keeps its group, one that never matches, so the numbering stays the same.
  const parts = fragmentsByCategory.map((fragments) => (fragments.length ? `(\\b(?:${fragments.join("|")})\\b)` : "((?!))"));
  const groups: number[] = [];
  for (let k = 0, group = 1; k < parts.length; k++) {
    groups.push(group);
    group += new RegExp(`${parts[k]}|`).exec("")!.length - 1;
  }
  return { pattern: new RegExp(parts.join("|"), flags), groups };
}
/** All triggers in one pattern (used when a fragment's first words cannot be told). */
const TRIGGER = triggerPattern(TRIGGER_FRAGMENTS, "gi");

// Every trigger starts with a word the fragments tell, so a quick pattern of those first words finds where one may
// start, and there a sticky pattern holding only the fragments that start with that word is tried, instead of the
// whole alternation at every position. The matches are the same: the fragments left out could not match there, and
// the rest keep their order.
const STARTS = TRIGGER_FRAGMENTS.map((fragments) => fragments.map((f) => firstWords(f)));
const TRIAL_BY_FIRST_WORD: Map<string, { pattern: RegExp; groups: number[] }> | null = STARTS.some((starts) => starts.includes(null)) ? null : new Map();
/** Whether triggers are found by their first words (a fragment whose start cannot be read turns this off for all). */
export const TRIGGERS_FOUND_BY_FIRST_WORD = TRIAL_BY_FIRST_WORD !== null;
for (const word of new Set(STARTS.flat(2) as string[])) {
  TRIAL_BY_FIRST_WORD?.set(word, triggerPattern(TRIGGER_FRAGMENTS.map((list, c) => list.filter((_, f) => STARTS[c][f]!.includes(word))), "iy"));
}

/**
 * For a first word whose every fragment goes on with a space and a word the fragments tell ("in custody", "in need",
 * "in a critical condition"), those second words (or their beginnings): where the text has none of them after the
 * word and a space, its trial cannot match and is not run. Common words ("in", "were", "is") open few triggers.
 */
const SECOND_WORDS = new Map<string, string[]>();
for (const word of TRIAL_BY_FIRST_WORD?.keys() ?? []) {
  const seconds: string[] = [];
  let told = true;
  TRIGGER_FRAGMENTS.forEach((list, c) =>
    list.forEach((fragment, f) => {
      if (!told || !STARTS[c][f]!.includes(word)) return;
      // (A lookbehind at the start asks more of the text before; the words after are still these.)
      const opening = withoutLeadingLookbehind(fragment);
      const next = opening.startsWith(`${word} `) ? firstWords(opening.slice(word.length + 1)) : null;
      if (next && !next.includes("")) seconds.push(...next);
      else told = false;
    }),
  );
  if (told) SECOND_WORDS.set(word, [...new Set(seconds)]);
}

/**
 * The literal texts that every match of a regular-expression sequence begins with (letters in lower case), as far as
 * they can be read: literal ASCII characters, non-capturing and capturing groups (an alternative each), "?" after
 * them; "\b" and lookarounds take nothing from the text and are passed over. Anything else (a class, "\s", "*", "+",
 * "{…}") ends the reading there: the text read so far is still what a match must begin with. `open` are the texts
 * still read on, `closed` those ended. (More than 256 texts end the reading too.)
 */
export function literalOpenings(sequence: string): { open: string[]; closed: string[] } {
  let open = [""];
  const closed: string[] = [];
  const stop = () => ({ open: [], closed: [...closed, ...open] });
  let k = 0;
  while (k < sequence.length && open.length) {
    const c = sequence[k]!;
    let atom: { open: string[]; closed: string[] };
    if (c === "\\") {
      if (sequence[k + 1] !== "b" && sequence[k + 1] !== "B") return stop();
      k += 2;
      continue;
    } else if (sequence.startsWith("(?=", k) || sequence.startsWith("(?!", k) || sequence.startsWith("(?<=", k) || sequence.startsWith("(?<!", k)) {
      const group = groupAlternatives(sequence, k + (sequence[k + 2] === "<" ? 4 : 3));
      if (!group || isQuantifier(sequence[group.close + 1])) return stop();
      k = group.close + 1;
      continue;
    } else if (c === "(" && (sequence[k + 1] !== "?" || sequence[k + 2] === ":")) {
      const group = groupAlternatives(sequence, k + (sequence[k + 1] === "?" ? 3 : 1));
      if (!group) return stop();
      atom = { open: [], closed: [] };
      for (const alternative of group.alternatives) {
        const inner = literalOpenings(alternative);
        atom.open.push(...inner.open);
        atom.closed.push(...inner.closed);
      }
      k = group.close + 1;
    } else if (c >= " " && c <= "~" && !"^$.|?*+()[]{}".includes(c)) {
      atom = { open: [c.toLowerCase()], closed: [] };
      k++;
    } else return stop();
    const optional = sequence[k] === "?";
    if (optional) k++;
    // (A quantifier on the atom, or too many texts: what was read before it is all that is told.)
    if (isQuantifier(sequence[k]) || open.length * (atom.open.length + atom.closed.length) > 256) return stop();
    for (const before of open) closed.push(...atom.closed.map((text) => before + text));
    open = [...(optional ? open : []), ...open.flatMap((before) => atom.open.map((text) => before + text))];
  }
  return { open, closed };
}

const isQuantifier = (c: string | undefined) => c === "?" || c === "*" || c === "+" || c === "{";

/** The alternatives of a group whose inside starts at `from`, split at its own bars, and its closing bracket; null if unclosed. */
function groupAlternatives(sequence: string, from: number): { alternatives: string[]; close: number } | null {
  const alternatives: string[] = [];
  let depth = 0;
  let start = from;
  for (let e = from; e < sequence.length; e++) {
    const d = sequence[e];
    if (d === "\\") e++;
    // (Brackets and bars inside a class are characters.)
    else if (d === "[") for (e++; e < sequence.length && sequence[e] !== "]"; e++) e += sequence[e] === "\\" ? 1 : 0;
    else if (d === "(") depth++;
    else if (d === ")" && depth-- === 0) {
      alternatives.push(sequence.slice(start, e));
      return { alternatives, close: e };
    } else if (d === "|" && depth === 0) {
      alternatives.push(sequence.slice(start, e));
      start = e + 1;
    }
  }
  return null;
}

/**
 * For a first word, the texts that must follow it (from its end) for any of its fragments to match: read off the
 * fragments' literal openings. Where some fragment tells nothing past the word ("was" then "\s+"), the word has none
 * and its trial always runs. Most of the commonest words ("was", "the", "in", "on", "were") open triggers only before a
 * few words, and the trial is not run elsewhere: it could not match there.
 */
const FOLLOWING_TEXTS = new Map<string, string[]>();
for (const word of TRIAL_BY_FIRST_WORD?.keys() ?? []) {
  const following = new Set<string>();
  let told = true;
  TRIGGER_FRAGMENTS.forEach((list, c) =>
    list.forEach((fragment, f) => {
      if (!told || !STARTS[c][f]!.includes(word)) return;
      const { open, closed } = literalOpenings(`(?:${fragment})`);
      for (const opening of [...open, ...closed]) {
        // (An opening that is not this word and more cannot match where the word is: the word is a whole run of letters.)
        if (opening.length <= word.length) told &&= !word.startsWith(opening);
        // (Cut to a few characters: as telling, and quicker to compare.)
        else if (opening.startsWith(word)) following.add(opening.slice(word.length, word.length + 8));
      }
    }),
  );
  // (A text that goes on from another one listed is told by that one.)
  if (told && following.size) FOLLOWING_TEXTS.set(word, [...following].filter((text) => ![...following].some((other) => other !== text && text.startsWith(other))));
}

/** Whether s[at…] begins with one of `texts` (letters in lower case), compared as a pattern with the "i" flag does. */
function beginsWithText(s: string, at: number, texts: readonly string[]): boolean {
  next: for (let m = 0; m < texts.length; m++) {
    const t = texts[m]!;
    if (at + t.length > s.length) continue;
    for (let i = 0; i < t.length; i++) {
      const want = t.charCodeAt(i);
      const code = s.charCodeAt(at + i);
      // (Without the "u" flag, an ASCII letter matches only itself in either case.)
      if (code !== want && !(want >= 97 && want <= 122 && code === want - 32)) continue next;
    }
    return true;
  }
  return false;
}

/**
 * The first words as a trie over the letters a-z: node k's children are at [26k, 26k + 26) (0 for none: the root is
 * no one's child), and a node that ends a first word holds it. A sentence is read once, each word walked down the trie
 * without a copy, where a pattern of the 400-odd words would be tried at every offset.
 */
const FIRST_WORD_TRIE = ((words: Iterable<string>) => {
  const children: number[] = new Array(26).fill(0);
  const ends: (string | null)[] = [null];
  for (const word of words) {
    if (!/^[a-z]+$/.test(word)) throw new Error(`claims: the first word "${word}" is not made of the letters a-z`);
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const slot = node * 26 + word.charCodeAt(i) - 97;
      if (!children[slot]) {
        children[slot] = ends.length;
        ends.push(null);
        for (let k = 0; k < 26; k++) children.push(0);
      }
      node = children[slot]!;
    }
    ends[node] = word;
  }
  return { children: Int32Array.from(children), ends };
})(TRIAL_BY_FIRST_WORD?.keys() ?? []);

/**
 * The next first word in s from offset `from`, as "\b(?:word|…)(?![A-Za-z])" with the "i" flag (and no "u") finds
 * it: a whole run of ASCII letters that opens a run of "\w" characters, compared without case. Its offset goes into
 * `found.index` and its lower-case form into `found.word`; false when there is none.
 */
function nextFirstWord(s: string, from: number, found: { index: number; word: string }): boolean {
  const { children, ends } = FIRST_WORD_TRIE;
  let p = from;
  while (p < s.length) {
    if (!isWordCode(s.charCodeAt(p))) {
      p++;
      continue;
    }
    // (No word boundary inside a run of word characters: a match can only open one.)
    if (p === 0 || !isWordCode(s.charCodeAt(p - 1))) {
      let node = 0;
      let q = p;
      for (; q < s.length && node >= 0; q++) {
        const code = s.charCodeAt(q);
        if (!((code >= 65 && code <= 90) || (code >= 97 && code <= 122))) break;
        node = children[node * 26 + (code | 32) - 97]! || -1;
      }
      // (The whole run of letters, and no letter after it: the walk stopped at a non-letter or the end.)
      const word = node >= 0 ? ends[node] : null;
      if (word) {
        found.index = p;
        found.word = word;
        return true;
      }
    }
    while (p < s.length && isWordCode(s.charCodeAt(p))) p++;
  }
  return false;
}

/** Adds a trigger matched in the sentence's text (`slice`), its category told by the group that matched. */
const SHOT_DOWN = /^\s+down\b(?!\s+(?:in|on|at|near|outside|inside)\b)/i;
const SHOT_AS_NOUN = /\b(?:single|warning|lone|final|parting|fatal|fired a|heard a)\s+$/i;

function addTrigger(hits: TriggerHit[], slice: string, sentence: Span, m: RegExpExecArray, groups: number[]): void {
  let k = 0;
  while (k < groups.length - 1 && m[groups[k]] === undefined) k++;
  const category = CATEGORIES[k];
  // "died of his wounds", "succumbed to their injuries": the wounds are how they died, not a second count.
  if (category === "wounded" && CAUSE_OF_DEATH.test(slice.slice(Math.max(0, m.index - 40), m.index))) return;
  // "we heard one more single shot", "a warning shot": the noun, a shot fired, hurts no one.
  // ("Thirty-one were shot down and 19 were lost": drones and missiles are shot down; a man "shot down in the street" is hurt.)
  if (m[0] === "shot" && (SHOT_AS_NOUN.test(slice.slice(Math.max(0, m.index - 10), m.index)) || SHOT_DOWN.test(slice.slice(m.index + 4, m.index + 30)))) return;
  hits.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, category });
}

export function findTriggers(text: string, sentence: Span): TriggerHit[] {
  const slice = text.slice(sentence.start, sentence.end);
  const hits: TriggerHit[] = [];
  if (!TRIAL_BY_FIRST_WORD) {
    const { pattern, groups } = TRIGGER;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
      if (m[0] === "") pattern.lastIndex++; // never stalls, as matchAll would not
      addTrigger(hits, slice, sentence, m, groups);
    }
    return hits;
  }
  const word = { index: 0, word: "" };
  for (let from = 0; nextFirstWord(slice, from, word); ) {
    const first = word.word;
    const after = word.index + first.length;
    // (The next word is looked for past this one, unless a trigger is found here.)
    from = after;
    const seconds = SECOND_WORDS.get(first);
    if (seconds && (slice.charCodeAt(after) !== 32 || !beginsWithText(slice, after + 1, seconds))) continue;
    const following = FOLLOWING_TEXTS.get(first);
    if (following && !beginsWithText(slice, after, following)) continue;
    const trial = TRIAL_BY_FIRST_WORD.get(first)!;
    trial.pattern.lastIndex = word.index;
    const m = trial.pattern.exec(slice);
    if (!m) continue;
    addTrigger(hits, slice, sentence, m, trial.groups);
    from = m[0] === "" ? word.index + 1 : word.index + m[0].length;
  }
  return hits;
}

interface Candidate {
  number: NumberMention;
  sentenceIndex: number;
  category: PeopleCategory | "other" | null;
  trigger: TriggerHit | null;
  partOf: Candidate | null;
}

/** Whether text[from, to) is only white space (or empty): no token stands there. */
function onlySpaces(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isSpaceCode(text.charCodeAt(k))) return false;
  return true;
}

function gapWords(text: string, from: number, to: number): string[] {
  if (to <= from) return [];
  return tokenize(text, from, to).map((t) => t.lower);
}

const DAY_WORDS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "overnight"]);
const OWN_REPORT_AFTER = /^\s+(?:(?:were|was|have been|had been|has been)\s+)(?:also\s+)?(?:reported|recorded|registered|documented|confirmed)\b(?!\s+by\b)/i;

/** "killed my brother and two of my cousins": one person named after the verb, then more joined by "and". */
function oneThenMore(words: string[]): boolean {
  // ("killed the village chief and his two sons": the possessive after "and" belongs to the figure.)
  const n = /^(?:his|her|their)$/.test(words[words.length - 1] ?? "") ? words.length - 1 : words.length;
  // ("Shelling kills woman and two children": a headline drops the article.)
  if (n === 2 && words[1] === "and" && !!SINGULAR_PEOPLE[words[0]!]) return true;
  return n >= 3 && n <= 5 && words[n - 1] === "and" && /^(?:my|his|her|their|our|a|an|the)$/.test(words[0]!) && !!SINGULAR_PEOPLE[words[n - 2]!];
}

function companionsAfter(text: string, t: Span, n: Span): boolean {
  const gap = text.slice(t.end, n.start);
  // ("was arrested along with four others": the others alone, with no possessive, likewise.)
  return /^\s*(?:along|together) with (?:his|her|their)\s+$/i.test(gap) || (/^\s*(?:along|together) with\s+$/i.test(gap) && /^\S+\s+others\b/i.test(text.slice(n.start, n.end + 8))) || /^[a-z ]*\b(?:himself|herself|themselves)\s+and\s+$/i.test(text.slice(t.start, n.start)) ||
    // "killed Ibrahim Aqil, a senior commander, and about 10 other members": others after one person named.
    (NAMED_THEN_AND.test(gap) && /^(?:(?:about|around|some|nearly|at least|more than|over)\s+)?\S+\s+(?:others?|more)\b/i.test(text.slice(n.start, n.end))) ||
    // ("The five were seized along with two drivers", "was abducted in Gao along with 3 other aid workers": those taken
    // with the ones a passive verb tells of shared it.)
    (PASSIVE_ALONG_WITH.test(gap) && /\b(?:was|were|been|being)\s+(?:[\p{Ll}]+ly\s+)?$/u.test(text.slice(Math.max(0, t.start - 24), t.start)));
}
const PASSIVE_ALONG_WITH = /^\s+(?:(?:in|at|near|from|on)\s+[^,;.:]{1,30}?\s+)?(?:along|together)\s+with\s+$/i;
const NAMED_THEN_AND = /^\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){0,4}?(?:[\p{Lu}][\p{L}'’.-]*)(?:,[^,.;]{1,60},)?\s+and\s+$/u;

/** Only words that may stand between a verb and its object ("killed at least 17"), or one person named then "and". */
function fillerBetween(words: string[]): boolean {
  // ("Among the dead on Monday were 50 children": a day between says when, no more.)
  return oneThenMore(words) || words.every((w, k) => BEFORE_GAP.has(w) || DAY_WORDS.has(w) || (w === "on" && DAY_WORDS.has(words[k + 1] ?? ""))) || labelledInBrackets(words);
}

/** "Fatalities (cumulative): 1,203": a label's bracketed note before its colon stands between it and its figure. */
function labelledInBrackets(words: string[]): boolean {
  const open = words.indexOf("(");
  const close = words.indexOf(")");
  return open === 0 && close > open && close <= 4 && words.length === close + 2 && words[close + 1] === ":";
}

/** Categories that say where people went or were taken: they decide what a count of "wounded" people counts. */
const MOVING = new Set<PeopleCategory>(["evacuated", "detained", "arrived", "fled"]);
const PARTITIVE = /^\s*of\s+(?:the|these|those|its|their|his|her)\s+(?:[\w-]+\s+){0,2}$/i;

/** A trigger that moves or holds people (evacuated, detained) written just before the figure. */
function movedBy(text: string, n: NumberMention, triggers: TriggerHit[]): boolean {
  return triggers.some((t) =>
    ((t.category === "evacuated" || t.category === "detained") && t.end <= n.start && n.start - t.end <= 12 && /^\s*(?:about|around|some|nearly|almost|at least|more than|over|up to|roughly)?\s*$/i.test(text.slice(t.end, n.start))) ||
    // ("evacuated 60 patients and 120 displaced people": the verb's second object, after the first and "and".)
    ((t.category === "evacuated" || t.category === "detained") && t.end <= n.start && n.start - t.end <= 40 && /^\s*(?:about|around|some|nearly|at least|more than|over)?\s*\d[\d,.]*\s+[\p{L}-]+\s+and\s+$/iu.test(text.slice(t.end, n.start))) ||
    // "Dozens of wounded civilians were brought out": the verb after the subject.
    (MOVING.has(t.category) && t.start >= n.end && /^\s*(?:[\w-]+\s+){0,2}(?:were|was|had been|have been|are being|were being)\s+(?:(?:later|then|also|eventually|safely|\w+ly)\s+)?$/i.test(text.slice(n.end, t.start))));
}

/**
 * "the death toll rose to 40", "the number of people killed … has risen to 213", "bringing the toll … to 9,061":
 * a toll word before the figure, joined to it by a verb of change.
 */
function tollReaches(text: string, t: TriggerHit, n: NumberMention): boolean {
  if (t.end > n.start || n.start - t.end > 140) return false;
  // ("bringing the total evacuated from the city to 11,000": a total of people something happened to is a toll too.)
  // ("the number of rebels persuaded to surrender has risen to 58": surrender copy's formula before its verb.)
  const tollWord = TOLL.test(text.slice(t.start, t.end)) || /\b(?:number of (?:[\w-]+ ){0,2}(?:(?:who (?:were|have been|had been) )?(?:persuaded|convinced) to )?|total (?:number of )?(?:people |persons |civilians )?)$/i.test(text.slice(Math.max(0, t.start - 60), t.start));
  if (!tollWord) return false;
  const gap = text.slice(t.end, n.start);
  // The verb may stand before the toll word: "bringing the overall death toll since the war began to 9,061".
  // ("pushing the toll past 75": raised beyond it.)
  const raisedTo = RAISING.test(text.slice(Math.max(0, t.start - 40), t.start)) && /\b(?:to|past|beyond|above)\s+(?:at least\s+|about\s+|around\s+|over\s+|more than\s+|nearly\s+)?$/i.test(gap);
  // "put the death toll higher, at more than 300": another's toll, put beside this one.
  const putHigher = /^\s+(?:even\s+|much\s+|far\s+)?(?:higher|lower),?\s+at\s+$/i.test(gap) && /\bput(?:s|ting)?\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}$/i.test(text.slice(Math.max(0, t.start - 40), t.start));
  // "The White Helmets put the death toll in the northwest at 1,800": where or whose the toll is, then what it is put at.
  const putAt = /^\s+(?:(?:in|among|for|of|from)\s+[^.;:,]{1,50}?\s+)?at\s+(?:(?:at least|about|around|some|nearly|more than|over|just over|roughly)\s+)?$/i.test(gap) && /\bput(?:s|ting)?\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}$/i.test(text.slice(Math.max(0, t.start - 40), t.start));
  // ("The official toll climbed every day of the week: from 38 on Monday …": a series after a colon.)
  return TOLL_VERB.test(gap) || raisedTo || putHigher || putAt || TOLL_VERB_THEN_WORDS.test(gap) || /\b(?:rose|risen|climbed|increased|jumped|grew|soared|surged|went up)\b[^.;:]{0,40}:\s*(?:from\s+)?$/i.test(gap);
}

/** An exact figure a toll went beyond: "the death toll passed 5,000", "the number of refugees has surpassed 600,000". */
function tollBeyond(text: string, sentenceStart: number, n: NumberMention): boolean {
  // (The pattern is tried at every offset of 140 characters: first the word it must end with is looked for.)
  if (wordBeforeSpace(text, n.start, TOLL_BEYOND_LAST_WORDS) < 0) return false;
  const before = text.slice(Math.max(sentenceStart, n.start - 140), n.start);
  if (!TOLL_BEYOND.test(before)) return false;
  // The thing that went beyond is a toll or a number of people, not a crowd that "crossed 300 metres".
  return /\b(?:death tolls?|tolls?|fatalit(?:y|ies)|deaths?|dead|casualt(?:y|ies)|number of\b[^.;:]{0,80}|total\b[^.;:]{0,60})\s+(?:[\w-]+\s+){0,8}$/i.test(before);
}

const ORIGIN_ONLY_GAP = /^\s+from\s+(?:the\s+)?[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,3}\s+(?:have\s+|had\s+|has\s+)?$/;

/** The trigger that governs a figure: the nearest one on either side with nothing in between but filler. */
function governingTrigger(text: string, n: NumberMention, triggers: TriggerHit[], others: NumberMention[]): TriggerHit | null {
  let best: TriggerHit | null = null;
  let bestScore = Infinity;
  let asideBefore: boolean | undefined;
  for (const t of triggers) {
    if (t.start >= n.start && t.end <= n.end) {
      // "one slain NPA member", "12 wounded soldiers": an adjective inside the phrase says what happened.
      // …unless a verb that moves people stands right before it: "evacuated about 300 wounded people" were evacuated.
      // (A state such as "displaced" yields to a verb close after it: "3,000 displaced people arrived at the camp".)
      const innerScore = /^(?:displaced|evacuated|detained|captured|trapped|missing)$/i.test(text.slice(t.start, t.end)) ? 20 : 0;
      // ("One of the slain rebels was identified as a commander": a part of dead counted elsewhere, not a death of its own.)
      const partOfCounted = / of (?:the|those|these) $/i.test(text.slice(Math.max(n.start, t.start - 11), t.start));
      if (INNER_ADJECTIVE.test(text.slice(t.start, t.end)) && bestScore > innerScore && !partOfCounted && !movedBy(text, n, triggers)) (best = t), (bestScore = innerScore);
      continue;
    }
    // ("1,000 families lost their shelters": a shelter lost is no stock of people in one.)
    if (t.category === "present" && /^shelters?$/i.test(text.slice(t.start, t.end)) && /\b(?:lost|lose|losing|destroyed|damaged|without)\s+(?:their|his|her|its|the)?\s*$/i.test(text.slice(Math.max(0, t.start - 30), t.start))) continue;
    // A word inside another figure's noun ("nine bodies") says what that figure counts, not this one.
    if (others.some((o) => o !== n && t.start >= o.start && t.end <= Math.max(o.end, o.nounEnd))) continue;
    if (t.start >= n.end) {
      // Subject before verb: "16 civilians were killed", "thousands had been evacuated".
      // Another figure in between takes the trigger, unless it is joined to this one: "five women and a child were killed".
      // Figures in between must continue this one's list ("A, B and C were killed"), each joined to the one before.
      let listEnd = n;
      let interrupted = false;
      // "members of one family" in ", all members of one family," describes the people counted; the verb is not its own.
      asideBefore ??= ASIDE_OPEN.test(text.slice(Math.max(0, n.start - 60), n.start)); // (the same for every trigger)
      if (asideBefore && ASIDE_CLOSE.test(text.slice(n.nounEnd > n.end ? n.nounEnd : n.end, t.start))) continue;
      // "About 1.9 million people, roughly 90% of Gaza's population, have been displaced": the share's whole, in an aside,
      // is no verb of the people.
      // (Tried only where a comma follows the figure: most figures have no aside.)
      if (text.charCodeAt(n.nounEnd > n.end ? n.nounEnd : n.end) === 44 && SHARE_ASIDE.test(text.slice(n.nounEnd > n.end ? n.nounEnd : n.end, t.start)) && /^[^,;.:]{0,40},/.test(text.slice(t.end, t.end + 42))) continue;
      for (const o of others) {
        if (o === n || o.start < n.end || o.start >= t.start || o.notPeople) continue;
        // …and so does not come between the people it describes and their verb: "Five people, all members of one family, died".
        if (ASIDE_OPEN.test(text.slice(n.nounEnd > n.end ? n.nounEnd : n.end, o.start)) && ASIDE_CLOSE.test(text.slice(o.nounEnd > o.end ? o.nounEnd : o.end, t.start))) continue;
        // "Some 31,000 people (about 6,200 households) have been displaced": the same people in brackets, counted another way.
        if (text.charCodeAt(o.start - 1) === 40 /* ( */ && /^\s*\($/.test(text.slice(n.nounEnd > n.end ? n.nounEnd : n.end, o.start)) && /^\s*\)/.test(text.slice(o.nounEnd > o.end ? o.nounEnd : o.end, t.start))) continue;
        // ("9 aid workers, not 19, were killed": a figure set aside as wrong leaves the verb to the one it corrects.)
        if (NOT_THIS_FIGURE.test(text.slice(n.nounEnd > n.end ? n.nounEnd : n.end, o.start)) && /^\s*,/.test(text.slice(o.nounEnd > o.end ? o.nounEnd : o.end, t.start))) continue;
        // ("Four survivors — three men and a 13-year-old boy — were rescued": parts between dashes are an aside.)
        if (DASHED_ASIDE.test(text.slice(n.nounEnd > n.end ? n.nounEnd : n.end, t.start))) continue;
        // ("About 3,000 people from 500 households fled": the households the people came from, inside their phrase.)
        if (/^(?:families|households)$/i.test(o.noun) && /^\s+(?:in|from)\s+$/.test(text.slice(n.nounEnd > n.end ? n.nounEnd : n.end, o.start)) && o.end <= t.start && /^\s+(?:[\w-]+\s+){0,3}$/.test(text.slice(o.nounEnd > o.end ? o.nounEnd : o.end, t.start))) continue;
        // "45 passengers, of whom 30 died": the verb after a part told by "of whom" is the part's alone.
        // ("27 civilians, among them nine children, were killed": an aside closed by a comma hands the verb back to the whole.)
        if (partOf(text, n, o) && WHOM.test(text.slice(n.nounEnd > n.end ? n.nounEnd : n.end, o.start)) && !/^\s*[,)–—]/.test(text.slice(o.nounEnd > o.end ? o.nounEnd : o.end, t.start))) interrupted = true;
        // ("200 people on their side were killed, including 10 civilians, and more than 400 were injured": a verb of the
        // people's own before the next figure ends their list.)
        else if (triggers.some((x) => x !== t && x.start >= Math.max(n.end, n.nounEnd) && x.end <= o.start && !others.some((p) => x.start >= p.start && x.end <= Math.max(p.end, p.nounEnd)))) interrupted = true;
        else if (joined(text, listEnd, o) || partOf(text, n, o)) listEnd = o;
        else interrupted = true;
      }
      if (interrupted) continue;
      // The verb follows the whole list: the gap that matters is from the list's last figure.
      const gap = text.slice(listEnd.nounEnd > listEnd.end ? listEnd.nounEnd : listEnd.end, t.start);
      // (The score below is at least the gap's length: a trigger that cannot beat the best so far is not tested.)
      const fromOnly = t.category === "arrived" && ORIGIN_ONLY_GAP.test(gap);
      if (gap.length >= bestScore && !fromOnly) continue;
      // A long gap is allowed when it only describes the people and ends on the verb's auxiliary:
      // "22 militiamen of the … Forces, mostly of …, were killed".
      if (/[;:]/.test(gap) || (gap.length > 90 && !(gap.length <= 160 && LONG_SUBJECT_END.test(gap)))) continue;
      if (/\b(?:said|says|told|according)\b/i.test(gap) && gap.length > 40) continue;
      if (n.singular && !SINGULAR_GAP.test(gap) && !CHARGED_AND_REMANDED.test(gap)) continue;
      // "The man who was shot by a police officer … has died": the agent of a passive is not the one it happened to.
      if (n.singular && /\bby\s+$/i.test(text.slice(Math.max(0, n.start - 4), n.start))) continue;
      // "two men have been charged with murder": the accused, not the dead. (Unless the people's own verb follows the
      // charge: "Two men convicted of fighting for Russia were killed".)
      // ("Two men have been charged with murder and remanded in custody": the charge, then their being held.)
      if (LEGAL_GAP.test(gap) && !CHARGE_THEN_OWN_VERB.test(gap) && !CHARGED_AND_REMANDED.test(gap)) continue;
      // ("Prosecutors charged 9 police officers over the killings of 40 protesters": the object of a charge is the
      // accused, and the killings after it are the crime's victims, not theirs.)
      if (CHARGE_OF_GAP.test(gap) && ACCUSED_BEFORE.test(text.slice(Math.max(0, n.start - 30), n.start))) continue;
      // "20 soldiers shot at Ko Kyaw, 36, who died": after a verb of their own, a relative clause is someone else's.
      if (OWN_VERB_THEN_WHO.test(gap)) continue;
      // ("eight patients, among them the baby, whose mother was among those killed": the verb of a "whose" clause is its own subject's.)
      if (/,\s*whose\s[^,;]*$/i.test(gap)) continue;
      // "the team serving the 11,000 IDPs could not collect the bodies": a noun is no verb of the people before it.
      if (NOUN_TRIGGER.test(text.slice(t.start, t.end)) && !NOUN_TRIGGER_GAP.test(gap)) continue;
      if (NEW_CLAUSE.test(gap)) continue; // "six rebels in an encounter upon reaching the area": another event
      // ("trained 230 volunteers in the management of the dead", "40 doctors caring for the wounded": a state used as a
      // noun after a preposition names other people. A share of them keeps it: "35 of the wounded".)
      if (STATE_AS_NOUN.test(text.slice(t.start, t.end)) && NOUN_AFTER_PREPOSITION.test(gap) && !PARTITIVE.test(gap)) continue;
      // ("about 30 people had been at the party, and many had fled": "many" is who fled.)
      if (QUANTIFIER_SUBJECT.test(gap)) continue;
      // "4,000 people have not received any assistance": people who receive something are no arrivals (those who are
      // received are: "3,000 refugees were received at the camp").
      if (t.category === "arrived" && /^receiv(?:ed|ing)$/i.test(text.slice(t.start, t.end)) && !/\b(?:were|was|been|being|are|is)\s+$/i.test(gap)) continue;
      if (actsAsAgent(text, gap, t)) continue;
      // "hundreds of students were holding a sit-in": people who hold something are not held.
      // ("the last pocket held by ISIS": a place held by a group holds no one.)
      if (t.category === "detained" && (/^holding$/i.test(text.slice(t.start, t.end)) || (/^held by$/i.test(text.slice(t.start, t.end)) && HELD_PLACE.test(text.slice(Math.max(0, t.start - 24), t.start))))) continue;
      // "35 of the new arrivals were wounded": a noun inside the partitive names the whole, the verb after it wins.
      // (Only a bare count takes a whole: "60,000 residents of the north were evacuated" names where the residents live.)
      const partitive = !n.noun && PARTITIVE.test(gap);
      // ("3,000 displaced people from Sudan arrived in Chad": where they came from belongs to the people, so the
      // verb of arrival stands as close as if it followed their noun, and beats the state inside it.)
      const score = fromOnly ? 1 : gap.length * (gap.includes(",") ? 1.5 : 1) * (partitive ? 4 : 1);
      if (score < bestScore) (best = t), (bestScore = score);
    } else if (t.end <= n.start) {
      // Verb before object: "killed 16 civilians", "evacuating almost 3,000 people".
      // "airstrikes, which reached 90": a bare number after "reached" counts whatever reached it.
      // (A trigger that cannot beat the best so far is not tested.)
      const score = (n.start - t.end) * 0.8;
      if (score >= bestScore) continue;
      // ("Search for the remaining 6 suspects continues": "the remaining" says the rest of a group, a stock only where
      // something tells where they remain: "the remaining 300 civilians in the old city".)
      if (t.category === "present" && /^remaining$/i.test(text.slice(t.start, t.end)) && !REMAINING_WHERE.test(text.slice(Math.max(n.end, n.nounEnd), Math.max(n.end, n.nounEnd) + 24))) continue;
      const tollGap = tollReaches(text, t, n);
      if (!n.subject && (t.category === "arrived" || (t.category === "present" && !/^populations?\b/i.test(text.slice(t.start, t.end)))) && !tollGap) continue;
      // "was killed along with his six colleagues", "killed himself and six others": the companions share the verb.
      // (Each test is made only where the ones before it fail.)
      // (A gap of spaces alone, "killed 16", holds no words: it is filler without cutting it into tokens.)
      const governs = tollGap || onlySpaces(text, t.end, n.start) || companionsAfter(text, t, n) || fillerBetween(gapWords(text, t.end, n.start));
      if (governs) (best = t), (bestScore = score);
    }
  }
  // "500 soldiers who had been trapped in a base surrendered": what the relative clause says they had been is their
  // past; the verb after it says what happened to them.
  // ("Thousands of people fleeing El Fasher have arrived in Tawila": a participle right after the people describes them;
  // the finite verb after it says what happened.)
  // ("Sixteen villagers kidnapped last week have been rescued": a past participle too, unless it tells of a death.)
  // (Not a verb of their own with a second one joined: "20 men escaped and are hiding"; nor another subject's verb: "150
  // others injured has forced residents to flee".)
  // (Nor the whole of a share: "9 of the 12 workers trapped … had been brought out" leaves the 12 trapped.)
  const participle = best && best.start >= n.end && best.category !== "killed" && /^[\p{Ll}]+(?:ed|en)$/u.test(text.slice(best.start, best.end)) && !/\bof\s+(?:the|those|these|its|their)\s+$/i.test(text.slice(Math.max(0, n.start - 12), n.start));
  const describing = best && best.start >= n.end && (/ing$/i.test(text.slice(best.start, best.end)) || participle) && /^\s*$/.test(text.slice(Math.max(n.end, n.nounEnd), best.start));
  if (best && describing) {
    const main = triggers.find((t) => t.start > best!.end && t.category !== best!.category && t.start - best!.end <= 60 && /^[^,;.:]*\b(?:have|has|had|were|was|are|is)\s+(?:(?:now|already|also|since)\s+)?(?:been\s+)?$/i.test(text.slice(best!.end, t.start)) &&
      !(participle && (/\b(?:and|but|or|while)\b/i.test(text.slice(best!.end, t.start)) || (n.value !== 1 && /\b(?:has|is|was)\s+(?:(?:now|already|also|since)\s+)?(?:been\s+)?$/i.test(text.slice(best!.end, t.start))))));
    if (main) return main;
  }
  if (best && best.start >= n.end && RELATIVE_BEFORE.test(text.slice(Math.max(n.end, best.start - 24), best.start))) {
    // (A finite verb: "the two men who were shot fleeing the scene" fled nowhere.)
    const main = triggers.find((t) => t.start > best!.end && t.category !== best!.category && t.start - best!.end <= 60 && !/[,;.:]/.test(text.slice(best!.end, t.start)) && !/ing$/i.test(text.slice(t.start, t.end)));
    if (main) return main;
  }
  // ("300 people, who have been displaced since May, arrived in the camp": a relative clause set off by commas says
  // who they are; the verb right after its closing comma is what the figure tells of them.)
  if (best && best.start >= n.end && RELATIVE_AFTER_COMMA.test(text.slice(Math.max(n.end, n.nounEnd), best.start))) {
    const main = triggers.find((t) => t.start > best!.end && t.category !== best!.category && t.start - best!.end <= 80 && VERB_AFTER_CLOSING_COMMA.test(text.slice(best!.end, t.start)) && !/ing$/i.test(text.slice(t.start, t.end)));
    if (main) return main;
  }
  return best;
}
/** After "the remaining N people": where they remain ("in the town", "inside", "still trapped"). */
const REMAINING_WHERE = /^\s+(?:(?:who|that)\s+(?:are|were)\s+)?(?:in|inside|at|on|within|aboard|still|trapped|holed|stranded|sheltering|besieged)\b/i;
const STATE_AS_NOUN = /^(?:dead|wounded|injured|missing|displaced|detained|evacuated)$/i;
const NOUN_AFTER_PREPOSITION = /\b(?:of|for|to|with|from|by|on|about|into|after|among|alongside)\s+the\s+(?:[\w-]+\s+)?$/i;
const NAMES_AN_EVENT_AFTER = /^(?:['’]s)?[\s-]+(?:war|wars|conflict|crisis|ceasefire|cease-fire|truce|talks|deal|accords?|peace process)\b/i;
const HELD_PLACE = /\b(?:pocket|territory|territories|area|areas|town|towns|village|villages|city|enclave|region|zone|district|parts?|land|ground|positions?|stronghold|bastion)\s+$/i;
/** A verb naming people already counted: "identified six of the dead". */
const IDENTIFIED_BEFORE = /\b(?:identified|named|identify|name)\s+(?:(?:only|so far|just)\s+)?$/i;
const RETRACTED_BEFORE = /\b(?:earlier|previous|original) version of this (?:story|post|article|report|update|entry|item)\b[^.;]*$/i;
/** What RETRACTED_BEFORE must hold: a plain search for it is cheaper than the pattern, tried at every offset. */
const VERSION_OF_THIS = /version of this/i;
/** Whether the figure at `at` was withdrawn: RETRACTED_BEFORE in the 100 characters before it (within the sentence). */
function retractedBefore(text: string, sentenceStart: number, at: number): boolean {
  const before = text.slice(Math.max(sentenceStart, at - 100), at);
  return VERSION_OF_THIS.test(before) && RETRACTED_BEFORE.test(before);
}
const RATE_AFTER_VERB = /^\s+(?:(?:every|each)\s+(?:(?:\d+|two|three|four|five|six|ten|fifteen|twenty|thirty|few|single)\s+)?(?:seconds?|minutes?|hours?|days?|weeks?)|(?:a|per)\s+(?:minute|hour|day|week)(?!\s+(?:earlier|later|before|after|ago|or|and)\b))\b/i;
// ("arrested a suspect a day later": when, not how often.)
const RATE_AFTER = /^\s+(?:a|per|each|every)\s+(?:day|week|month|year|hour)\b(?!\s+(?:later|earlier|after|before|ago)\b)/i;
/** The words CAPACITY_BEFORE may end with, before the spaces it ends on (it runs only after one of them). */
const CAPACITY_BEFORE_LAST_WORDS = ["hold", "accommodate", "house", "take", "receive", "to", "about", "around", "of", "for", "some"];
const CAPACITY_BEFORE = /\b(?:can|could|to)\s+(?:hold|accommodate|house|take|receive)\s+(?:up\s+to\s+|about\s+|around\s+)?$|\bcapacity\s+(?:of|for)\s+(?:up\s+to\s+|about\s+)?$|\b(?:designed|built|meant|intended|equipped|planned)\s+(?:to\s+(?:hold|house|accommodate)\s+|for\s+)(?:up\s+to\s+|about\s+|around\s+|some\s+)?$/i;
const QUANTIFIER_SUBJECT = /,\s*(?:and|but|while)\s+(?:many|most|some|others|few|several|all|none)\s+(?:of\s+them\s+)?(?:had|have|has|were|was|are)?\s*(?:\w+ly\s+)?$/i;
const LEFT_A_PLACE = /^\s+(?:(?:have|has|had)\s+)?(?:(?:now|already|since|also)\s+)?(?:left|leave|leaves)\s+(?:[\p{Lu}][\p{L}-]+|(?:the\s+)?(?:villages|towns|camps|areas)\b|the\s+(?:town|city|village|camp|area|region|district|country)\b)/u;
/** ", 41, ", ", aged 17, ": an apposed age, then the verb of the one it describes. */
const AGE_BETWEEN_COMMAS = /^,\s*(?:aged\s+)?\d{1,3},\s*(?:(?:was|were|had|has|later)\s+){0,2}$/;
/** "29,400 left for Chad": a bare count (of ten or more: "2 left for Madrid" may be a team's) that left for a place named fled to it. */
const OF_THEM = /^\s+of\s+them(?=\s)/i;
const LEFT_FOR_A_PLACE = /^\s+(?:(?:have|has|had)\s+)?(?:(?:now|already|since|also)\s+)?left\s+for\s+(?:neighbouring\s+|neighboring\s+)?[\p{Lu}][\p{L}-]+/u;
const AFFECTED_AFTER = /^\s+(?:(?:were|was|are|is|have been|has been|had been)\s+)?(?:(?:badly|severely|directly|also)\s+)?(?:affected|impacted)\b/i;
/**
 * The lines that point to other stories in a plain text: "RELATED: Heavy rains displace 5,000", and the lines under a
 * "Read more:" or "Related stories" label standing alone (up to the next blank line).
 */
function promoLines(text: string): Span[] {
  if (!promoHinted(text)) return [];
  const out: Span[] = [];
  for (const m of text.matchAll(PROMO_LINE)) {
    const start = m.index!;
    let end = start + m[0].length;
    // A label alone on its line: the lines under it, to a blank line, are its links.
    if (/^\s*[:|–—-]?\s*$/.test(m[2] ?? "")) {
      const blank = text.slice(end).search(/\n\s*\n/);
      end = blank < 0 ? text.length : end + blank;
    }
    out.push({ start, end });
  }
  for (const m of text.matchAll(FIRST_RAN_ON)) out.push({ start: m.index!, end: m.index! + m[0].length });
  return out;
}
/**
 * Whether a line opens with a promo label (PROMO_HINT at a line's start). A "^" with the "m" flag is tried at every offset
 * of the report; this tries the sticky pattern only where a line starts. Where the report has no line break but "\n",
 * those are the line starts "^" knows; otherwise the whole-report pattern decides, as before.
 */
function promoHinted(text: string): boolean {
  if (text.includes("\r") || text.includes("\u2028") || text.includes("\u2029")) return PROMO_HINT_ANYWHERE.test(text);
  for (let line = 0; ; ) {
    PROMO_HINT.lastIndex = line;
    if (PROMO_HINT.test(text)) return true;
    const end = text.indexOf("\n", line);
    if (end < 0) return false;
    line = end + 1;
  }
}
const PROMO_HINT = /[ \t]*(?:read more|read also|related|also read|see also|more on this(?: story)?|related (?:stories|articles|coverage)|recommended|you may also like|you might also like|more stories|more news|top stories|trending(?: now| stories)?|most read|most popular|latest (?:news|stories)|don['’]t miss|editor['’]s picks|more from [\w ]{1,30}|the post\b[^\n]{1,300}?\bappeared first on)\b/iy;
const PROMO_HINT_ANYWHERE = /^[ \t]*(?:read more|read also|related|also read|see also|more on this(?: story)?|related (?:stories|articles|coverage)|recommended|you may also like|you might also like|more stories|more news|top stories|trending(?: now| stories)?|most read|most popular|latest (?:news|stories)|don['’]t miss|editor['’]s picks|more from [\w ]{1,30}|the post\b[^\n]{1,300}?\bappeared first on)\b/im;
const PROMO_LINE = /^[ \t]*(read more|read also|related|also read|see also|more on this(?: story)?|related (?:stories|articles|coverage)|recommended|you may also like|you might also like|more stories|more news|top stories|trending(?: now| stories)?|most read|most popular|latest (?:news|stories)|don['’]t miss|editor['’]s picks|more from [\w ]{1,30})([ \t]*[:|–—-][^\n]*|[ \t]*:?[ \t]*)$/gim;
/** A feed's footer naming the site a post first ran on: "The post … appeared first on ReliefWire." */
const FIRST_RAN_ON = /^[ \t]*The post\b[^\n]{1,300}?\bappeared first on\b[^\n]*$/gim;

const LOCATION_LABEL = /(?:^|\n)[ \t]*(?:Location|Place|Venue|Dateline)[ \t]*:[ \t]*$/i;
/** "…, including around 400 foreigners, most of them from Sudan and Egypt": where people come from, no scene. */
const NATIONALITY_FROM = /\b(?:\w+\s+of\s+(?:them|whom)|nationals?|citizens?|foreigners?|migrants?|workers?|refugees?|pilgrims?)\s+(?:were\s+|are\s+)?(?:from|of)\s+(?:the\s+)?(?:[\p{L}-]+(?:\s+[\p{L}-]+)?(?:,\s*|\s+and\s+|\s+or\s+))*$/iu;
const INTENT_TO = /\b(?:threaten(?:ed|s|ing)?|vow(?:ed|s|ing)?|plott?(?:ed|ing|s)?|plann?(?:ed|ing|s)|tr(?:ied|ying|ies|y)|attempt(?:ed|ing|s)?|sought|seeking|seeks?|wanted|wants?|intend(?:ed|s)?|conspir(?:ed|ing)|pledg(?:ed|es)|promis(?:ed|es)|aim(?:ed|s)?|vowing|hop(?:ed|es|ing)|prepar(?:ed|ing)|struggl(?:ed|ing)|fail(?:ed|s|ing)?|unable|(?:could|did|do|does)\s+not\s+manage)\s+to\s+$/i;
/**
 * "Two men were found with stab wounds and died at the scene", "were shot and were pronounced dead": the people's
 * second verb, joined by "and", says they died of the wounds the first one told.
 */
function diedAfterHurt(text: string, trigger: TriggerHit | null, triggers: TriggerHit[]): TriggerHit | null {
  if (!trigger || trigger.category !== "wounded") return trigger;
  const died = triggers.find((t) => t.category === "killed" && t.start > trigger.end && t.start - trigger.end <= 60);
  return died && DIED_AFTER_HURT_GAP.test(text.slice(trigger.end, died.start)) ? died : trigger;
}
const DIED_AFTER_HURT_GAP = /^(?:\s+(?:on|in|at|near|outside|inside)\s+[^,.;:]{1,30}?)?\s+and\s+(?:(?:were|was|had|have|has|both|later|subsequently|then|been|each)\s+){0,3}$/i;

/**
 * "Hundreds of migrants detained at a centre escaped", "40 people displaced by the floods returned home": a participle
 * right after the people describes them; the clause's own verb after it, with no comma or other figure between, tells
 * what happened to them.
 */
function clauseVerbPastParticiple(text: string, n: NumberMention, trigger: TriggerHit | null, triggers: TriggerHit[], people: NumberMention[]): TriggerHit | null {
  const end = Math.max(n.end, n.nounEnd);
  if (!trigger || trigger.start < end || !/^\s+$/.test(text.slice(end, trigger.start)) || !REDUCED_PARTICIPLE.test(text.slice(trigger.start, trigger.end))) return trigger;
  // (Not the whole a part is taken from: in "9 of the 12 workers trapped … had been brought out" the verb is the part's.)
  if (/\bof\s+(?:the|these|those|its|their)\s+$/i.test(text.slice(Math.max(0, n.start - 20), n.start))) return trigger;
  const main = triggers.find((t) => t.start > trigger.end && t.start - trigger.end <= 80);
  if (!main || main.category === trigger.category) return trigger;
  const between = text.slice(trigger.end, main.start);
  if (/[,;:()"“”]|\b(?:who|which|that|and|or|but|after|before|when|while|as|said|says)\b/i.test(between) || people.some((o) => o.start >= trigger.end && o.end <= main.start)) return trigger;
  // The clause's verb: a simple past ("escaped", "returned"), a headline's present ("two more injured succumb") or a
  // passive with its auxiliary ("were flown home").
  const verb = text.slice(main.start, main.end);
  return /^(?:\w+ed|fled|died|dies?|succumbs?|left|ran|went|came)\b/i.test(verb) && !/\b(?:were|was|had|have|has|been)\s*$/i.test(between) || /\b(?:were|was|have been|has been|had been)\s+(?:later\s+|then\s+|also\s+)?$/i.test(between) ? main : trigger;
}
const REDUCED_PARTICIPLE = /^(?:detained|held|abducted|kidnapped|displaced|wounded|injured|evacuated|arrested|rescued|captured|trapped|stranded)$/i;

/** "still need to be medically evacuated", "are awaiting evacuation": what people need has not happened to them. */
/**
 * Whether a trigger is only meant, denied or still needed (INTENT_TO, NEGATED, STILL_NEEDED before it). Each pattern
 * ends on spaces after one of a few words, and is tried at every offset of the stretch before the trigger: it runs
 * only where such a word stands right before the trigger (most triggers follow none).
 */
function intendedNegatedOrNeeded(text: string, sentence: Span, t: Span): boolean {
  return (wordBeforeSpace(text, t.start, INTENT_TO_LAST_WORDS) >= 0 && INTENT_TO.test(text.slice(Math.max(sentence.start, t.start - 40), t.start))) ||
    (wordBeforeSpace(text, t.start, NEGATED_LAST_WORDS) >= 0 && NEGATED.test(text.slice(Math.max(sentence.start, t.start - 24), t.start))) ||
    (wordBeforeSpace(text, t.start, STILL_NEEDED_LAST_WORDS) >= 0 && STILL_NEEDED.test(text.slice(Math.max(sentence.start, t.start - 40), t.start)));
}
const INTENT_TO_LAST_WORDS = ["to"];
// ("t" ends "not", "n't" and "yet".)
const NEGATED_LAST_WORDS = ["t", "never", "been", "be", "being", "all"];
// ("ly" ends any adverb the pattern admits.)
const STILL_NEEDED_LAST_WORDS = ["need", "needs", "needed", "needing", "require", "requires", "required", "requiring", "awaiting", "await", "awaits", "waiting", "urgent", "immediate", "medical", "be", "ly"];
const STILL_NEEDED = /\b(?:need|needs|needed|needing|require|requires|required|requiring|awaiting|await|awaits|waiting)\s+(?:urgent\s+|immediate\s+|medical\s+)?(?:to\s+be\s+)?(?:\w+ly\s+)?$/i;
const NEGATED = /\b(?:not|never|n[o’']t)\s+(?:yet\s+|been\s+|be\s+|being\s+|all\s+)?$/i;
// ("families who had returned to their homes to flee again", "people who were displaced … have returned": the relative
// clause tells their past; the main verb what happened.)
const RELATIVE_BEFORE = /\b(?:who|that)\s+(?:(?:had|have|has)\s+(?:been\s+)?|were\s+|was\s+)?$/i;
/** From the counted noun into a relative clause set off by a comma, not yet closed: ", who have been displaced ". */
const RELATIVE_CLAUSE_OPEN = /^\s*,\s*who\s[^,;.:()]*$/i;
/** Between the counted noun and a relative clause's verb: ", who had been", "(…) , who". */
const RELATIVE_AFTER_COMMA = /^\s*,\s*who\s+(?:(?:had|have|has)\s+(?:been\s+)?|were\s+|was\s+)?$/i;
/** Between that verb and the main one: the rest of the clause, its closing comma, and only auxiliaries after it. */
const VERB_AFTER_CLOSING_COMMA = /^[^,;.:()]*,\s+(?:(?:have|has|had|were|was|are|is|been|later|then|also|now|finally|eventually|reportedly)\s+){0,3}$/i;

/**
 * A place a road leads to. (A module function, not a closure made per report: under tsx each named closure also costs a
 * call that names it, as do withoutSpeakersDescribed's and withoutRestatedPairs' tests.)
 */
function roadTo(text: string, e: EntityMention): boolean {
  // (ROAD_TO is tried at every offset, so it runs only after the words it ends with.)
  return e.type === "place" && wordBeforeSpace(text, e.start, ROAD_TO_LAST_WORDS) >= 0 && ROAD_TO.test(text.slice(Math.max(0, e.start - 30), e.start));
}

export const claimsStage: Stage = {
  name: "claims",
  requires: ["sentences", "numbers", "times", "entities", "attributions"],
  assigns: ["claims"],
  run(input: AnnotatedDoc): AnnotatedDoc {
    const text = input.text;
    const promos = promoLines(text);
    // (Places and voices named in a link to another story are not this one's.)
    // ("killed on the road to Jerusalem", "clogging the highway to Beirut": where a road leads is not where anyone was.)
    const doc = promos.length || input.entities.some((e) => roadTo(text, e)) ? { ...input, entities: input.entities.filter((e) => !promos.some((p) => e.start < p.end && e.end > p.start) && !roadTo(text, e)) } : input;
    const facts = new ReportFacts(doc);
    const focus = focusPlace(facts, doc.text);
    const quotes = quoteRegions(text);
    const claims: Claim[] = [];
    const woundsOfSome = new Set<Claim>();
    let previous: { claim: Claim; sentence: number } | null = null;
    const partsOfPrevious = new Set<Candidate>();

    // Figures grouped by sentence, in reading order.
    const bySentence = new Map<number, NumberMention[]>();
    let k = 0;
    for (const n of doc.numbers) {
      while (k < doc.sentences.length && doc.sentences[k].end <= n.start) k++;
      if (k >= doc.sentences.length) break;
      if (!bySentence.has(k)) bySentence.set(k, []);
      bySentence.get(k)!.push(n);
    }

    for (const [si, numbers] of bySentence) {
      const sentence = doc.sentences[si];
      // ("Read more: Colombia floods leave 12 dead": a link to another story, pasted in with this one, is not this one.)
      if (promos.length && promos.some((p) => sentence.start < p.end && sentence.end > p.start)) continue;
      // ("Five members of one family were killed": "one family" says whose members; it counts no one itself.)
      const aside = asideOfWhom(text, numbers);
      const people = numbers.filter((n) => !n.notPeople && !(aside && n.start >= aside[0] && n.end <= aside[1]) && !(n.value === 1 && /^(?:family|household|clan)$/i.test(n.noun) && /\b\w+\s+of\s+$/i.test(text.slice(Math.max(0, n.start - 30), n.start))) && !shareOfThings(text, numbers, n) && !deathDenied(text, sentence.start, n.start, n.nounEnd));
      if (!people.length) continue;
      // ("people the group had threatened to kill", "two men who tried to escape were shot dead": what someone meant or
      // tried to do did not happen to anyone.)
      // (Nor what did not happen: "were not injured", "have not returned to their homes".)
      // ("…, the Office for Prisoners of War said": the words naming a voice tell nothing of what befell those counted,
      // unless the figure stands in that phrase too.)
      const voices = speakerPhrases(doc.attributions, sentence).filter((v) => !people.some((n) => n.start >= v.start && n.end <= v.end));
      const triggers = findTriggers(text, sentence).filter((t) => !intendedNegatedOrNeeded(text, sentence, t) && !voices.some((v) => t.start >= v.start && t.end <= v.end));
      const candidates: Candidate[] = [];
      for (const n of people) {
        const noun = n.noun.toLowerCase();
        // ("acquitted of one murder and three attempted murders": an attempt killed no one, and a sum with it counts
        // nobody either.)
        if (ATTEMPTED_KILLING.test(text.slice(n.start, n.nounEnd))) continue;
        let nounCategory: PeopleCategory | null = NOUN_CATEGORY[noun] ?? null;
        // ("registered 1,450 victims of intentional homicide": victims of killings are the dead.)
        if (noun === "victims" && VICTIMS_OF_KILLING.test(text.slice(n.nounEnd, n.nounEnd + 40))) nounCategory = "killed";
        // ("registered 2,455 homicide victims", "1,027 murder victims were reported": so are victims named by the killing.)
        if (noun === "victims" && KILLING_VICTIMS.test(text.slice(n.start, n.nounEnd))) nounCategory = "killed";
        // ("a mass burial for 46 victims of the raid", "the victims were given a mass burial": victims buried are the dead.)
        if (noun === "victims" && (BURIAL_FOR.test(text.slice(Math.max(0, n.start - 50), n.start)) || BURIAL_GIVEN.test(text.slice(n.nounEnd, n.nounEnd + 90)))) nounCategory = "killed";
        // "took some 600 lives", "claimed the lives of": lives count the dead only after such a verb.
        // ("Nine bodies were recovered in one village, while four others were found in the next": others found after
        // bodies are more bodies.)
        if (noun === "others" && OTHERS_FOUND.test(text.slice(n.nounEnd, n.nounEnd + 40)) && people.some((o) => o.end <= n.start && REMAINS_NOUN.test(o.noun))) nounCategory = "killed";
        // ("the village lost 11 lives", "Eleven lives were lost": lives lost are the dead too.)
        if (noun === "lives") nounCategory = /\b(?:took|taken|claimed|claiming|cost|costing|claim|take|lost|losing)\s+(?:the\s+)?(?:\w+\s+){0,2}$/i.test(text.slice(Math.max(0, n.start - 30), n.start)) || /^\s+(?:were|have been|had been|has been)\s+lost\b/i.test(text.slice(n.nounEnd, n.nounEnd + 20)) ? "killed" : null;
        const trigger = diedAfterHurt(text, clauseVerbPastParticiple(text, n, governingTrigger(text, n, triggers, people), triggers, people), triggers);
        let category: PeopleCategory | "other" | null = trigger?.category ?? null;
        // "evacuated about 300 wounded": the wounded were moved; the verb says what the figure counts.
        const moved = nounCategory === "wounded" && trigger && (movedBy(text, n, [trigger]) || (trigger.start >= n.end && MOVING.has(trigger.category)));
        if (nounCategory && !moved && (!trigger || nounCategory === "killed" || nounCategory === "wounded")) category = nounCategory;
        // ("Three of the injured later died": a share of the hurt whose own verb is death are dead now.)
        if (nounCategory === "wounded" && trigger?.category === "killed" && trigger.start >= n.end && /\bof\s+(?:the|those)\s+(?:wounded|injured)$/i.test(n.text)) category = "killed";
        // "The hospital received 45 casualties": casualties a hospital takes in are the hurt, not the dead.
        // ("received 160 patients with gunshot wounds": patients a hospital took in with wounds, the same.)
        if ((/^casualt/i.test(n.noun) || (/^patients$/i.test(n.noun) && /^\s+(?:with|suffering(?: from)?)\s+(?:[\w-]+\s+){0,2}(?:wounds|injuries|burns)\b/i.test(text.slice(n.nounEnd, n.nounEnd + 50)))) && HOSPITAL_TOOK_IN.test(text.slice(Math.max(0, n.start - 40), n.start))) category = "wounded";
        // ("The blast caused more than 100 casualties": casualties are the dead and the hurt together, no toll of the
        // dead unless a verb of killing before them governs them; "casualties, including 95 killed" lends its verb to the part.)
        if (category === "killed" && /^casualt/i.test(n.noun) && !(trigger?.category === "killed" && trigger.end <= n.start)) category = "other";
        // "left 3,000 homeless": people made homeless are displaced.
        // ("left 3,000 people homeless": the word after the people says what became of them.)
        if ((noun === "homeless" || /^\s+homeless\b/i.test(text.slice(n.nounEnd, n.nounEnd + 10)) || /\bhomeless\s+\S+$/i.test(text.slice(n.start, n.nounEnd))) && LEFT_HOMELESS.test(text.slice(Math.max(0, n.start - 40), n.start))) category = "fled";
        // ("nearly 60,000 rendered homeless": made homeless, inside the counted phrase.)
        if (noun === "homeless" && /\b(?:rendered|made|left)\s+homeless$/i.test(text.slice(n.start, n.nounEnd))) category = "fled";
        // A bare number ("hundreds fled", "killed 3") needs a trigger right beside it…
        // …or a toll named right after it: "bringing to 60 the number killed this month".
        const tollAfter = !n.subject && !nounCategory ? tollNamedAfter(text, n, triggers) : null;
        if (tollAfter) category = tollAfter.category;
        else if (!n.subject && !nounCategory) {
          // ("the death toll was put at 115 by a local official": what a toll reaches is its count, whatever follows.)
          if (!trigger || (countsSomethingElse(text, n) && !tollReaches(text, trigger, n))) category = null;
          else {
            const gap = trigger.start >= n.end ? text.slice(n.end, trigger.start) : text.slice(trigger.end, n.start);
            // ("One, 41, died at the scene": an age between commas is the counted person's own.)
            if (!tollReaches(text, trigger, n) && (gap.length > 30 || /[,;]/.test(gap) && trigger.start >= n.end && !/^[\s,]*(?:[“”"‘’']|\bthat\b)/.test(gap) && !AGE_BETWEEN_COMMAS.test(gap))) {
              // "the toll has risen to 14, all killed in clashes": a toll before still reaches the figure.
              category = triggers.find((t) => t.end <= n.start && tollReaches(text, t, n))?.category ?? null;
            }
          }
        }
        // ("Deaths in past 24 hours: 12", "People killed in NW Syria: 4,525", "Trapped underground: 29 miners": a fact box's
        // label, words and all, before its colon names what the figure after it counts.)
        if (!category) category = labelBefore(text, sentence.start, n, triggers)?.category ?? null;
        // "Nearly 110,000 people have now left Rafah", "dozens of families have left villages near Tal Tamr": people who
        // left a place named (or its villages) fled it. (Written with a capital: "left four people dead" is a toll.)
        if (!category && n.subject && LEFT_A_PLACE.test(text.slice(Math.max(n.end, n.nounEnd), Math.max(n.end, n.nounEnd) + 50))) category = "fled";
        if (!category && !n.subject && !nounCategory && !n.notPeople && (n.value ?? n.low ?? 0) >= 10 && LEFT_FOR_A_PLACE.test(text.slice(n.end, n.end + 50))) category = "fled";
        // ("Around 9,000 of them have left Lebanon": a share of people told of before, with the verb that people leave by.)
        if (!category && !n.subject && !nounCategory && !n.notPeople && (n.value ?? n.low ?? 0) >= 10 && OF_THEM.test(text.slice(n.end, n.end + 9)) && LEFT_A_PLACE.test(text.slice(n.end + OF_THEM.exec(text.slice(n.end, n.end + 9))![0].length, n.end + 60))) category = "fled";
        // ("A woman and her two children escaped": one person listed with a count shares its verb, and the list is summed.)
        if (n.singular && category && !SINGULAR_CATEGORIES.has(category) && !people.some((o) => o !== n && !o.singular && joined(text, n, o))) category = null;
        // "a boat carrying about 180 refugees landed in Aceh": the people on board arrived with it.
        if (category === "present" && trigger && trigger.end <= n.start && /^carrying$/i.test(text.slice(trigger.start, trigger.end))) {
          const end = Math.max(n.end, n.nounEnd);
          // (An aside about who they were may stand between: ", most of them women and children,"; so may where they came
          // from: "a ship carrying 900 people evacuated from the port city docked".)
          if (triggers.some((t) => t.category === "arrived" && t.start >= end && /^(?:,[^,;.:()]{1,60},)?\s+(?:[\p{L}-]+\s+){0,5}$/u.test(text.slice(end, t.start)))) category = "arrived";
        }
        // "the victims ranged in age from 25 to 45": ages, not people.
        if (category && wordBeforeSpace(text, n.start, ["age", "aged", "ages", "from", "between"]) >= 0 && /\b(?:in age|aged|ages)\s+(?:from\s+|between\s+)?$/i.test(text.slice(Math.max(0, n.start - 20), n.start))) category = null;
        // "UNICEF reached 15,000 children with nutrition screening": aid that reached people, not people who arrived.
        if (category === "arrived" && trigger && trigger.end <= n.start && /^reach/i.test(text.slice(trigger.start, trigger.end)) && /^\s+(?:with|through)\b/i.test(text.slice(Math.max(n.end, n.nounEnd), Math.max(n.end, n.nounEnd) + 10))) category = null;
        // ("not a single soldier had surrendered", "not one person was hurt": a denial counts no one.)
        if (category && /^(?:a single|one|a|even one)\b/i.test(n.text) && /\bnot\s+(?:even\s+)?$/i.test(text.slice(Math.max(sentence.start, n.start - 12), n.start))) category = null;
        // "None of the 120 passengers was hurt": the whole, said to be spared.
        if (category && noneOfBefore(text, n.start) && /\b(?:none|neither|no one|nobody) of (?:the|these|those|its|their)\s+$/i.test(text.slice(Math.max(0, n.start - 24), n.start))) category = null;
        // "…, while the government put the figure at 11": a bare figure another voice gives for the same count.
        // ("The Greek government's own figure for the same period is lower, at 298": another voice's figure for it.)
        if (!category && !n.subject && !nounCategory && wordBeforeSpace(text, n.start, PUT_THE_FIGURE_AT_LAST_WORDS) >= 0 && (PUT_THE_FIGURE_AT.test(text.slice(Math.max(sentence.start, n.start - 40), n.start)) || OTHER_FIGURE_AT.test(text.slice(Math.max(sentence.start, n.start - 120), n.start)))) category = candidates.at(-1)?.category ?? previous?.claim.category ?? null;
        // "The death toll rose to 120 on Tuesday. By Wednesday evening it had risen to 251": "it" is the toll of the
        // sentence before, and the figure counts what that toll counted.
        // ("By that evening the number had risen to 380", "a spokesman gave a figure of 471", "put the toll closer to 600":
        // a bare figure told as the number, figure or toll is the last one told, moved.)
        if (!category && !n.subject && !nounCategory && previous && si - previous.sentence <= 2 && wordBeforeSpace(text, n.start, REFERENCE_LAST_WORDS) >= 0 && (THE_NUMBER_MOVED_TO.test(text.slice(Math.max(sentence.start, n.start - 90), n.start)) || GAVE_A_FIGURE_OF.test(text.slice(Math.max(sentence.start, n.start - 60), n.start)))) category = previous.claim.category;
        if (!category && !n.subject && !nounCategory && previous && si - previous.sentence <= 2 && wordBeforeSpace(text, n.start, IT_ROSE_LAST_WORDS) >= 0 && IT_ROSE_TO.test(text.slice(Math.max(sentence.start, n.start - 60), n.start)) && TOLL_NAMED.test(text.slice(doc.sentences[previous.sentence].start, doc.sentences[previous.sentence].end))) category = previous.claim.category;
        // ("Arrivals totalled 45,774 in 2022", "Deaths this year stand at 2,500": a bare figure that a count named by what
        // happened came to.)
        if (!category && !n.subject && !nounCategory) {
          const came = COUNT_CAME_TO.exec(text.slice(Math.max(sentence.start, n.start - 70), n.start));
          if (came) category = NOUN_CATEGORY[came[1]!.toLowerCase()] ?? MOVEMENT_COUNT[came[1]!.toLowerCase()] ?? null;
        }
        // ("Of these, 500 were departures and 200 were returns": a bare figure said to be movements counts people who moved.)
        if (!category && !n.subject && !nounCategory) {
          const were = WERE_MOVEMENTS.exec(text.slice(n.end, n.end + 30));
          if (were) category = MOVEMENTS_NAMED[were[1]!.toLowerCase()] ?? null;
        }
        // "The number of Sudanese refugees in Chad has surpassed 600,000": a bare figure the number of some people reached.
        if (!category && !n.subject && !nounCategory) category = numberOfPeopleReaches(text, sentence.start, n);
        // ("13 aid workers have been killed …, bringing the total since the start of the war to 95", "bringing the number of
        // U.N. personnel held by the group to 23": the total a figure brings up counts what the words in it say happened,
        // else what the figure before it counted.)
        if (!category && !n.subject && !nounCategory && wordBeforeSpace(text, n.start, IT_ROSE_LAST_WORDS) >= 0) {
          const from = Math.max(sentence.start, n.start - 140);
          const brought = BROUGHT_TOTAL_TO.exec(text.slice(from, n.start));
          // ("bringing the total number of cases to 9,400": a total of cases or doses counts no one.)
          if (brought && !NOT_PEOPLE_TOTAL.test(brought[0])) {
            const inside = triggers.find((t) => t.start >= from + brought.index && t.end <= n.start);
            category = inside?.category ?? candidates.at(-1)?.category ?? (previous && si - previous.sentence <= 1 ? previous.claim.category : null);
          }
        }
        // ("Most of those who died were over 70": the age of a share of the counted, no count.)
        if (category && !n.subject && !nounCategory && /^(?:over|under|above|below|older than|younger than)\s/i.test(n.text) && AGE_OF_SHARE.test(text.slice(sentence.start, n.start)) && /^\s*(?:[.,;]|$)/.test(text.slice(n.end, n.end + 3))) category = null;
        // "Three people were shot, one fatally": the part shot fatally is dead.
        // ("42 people were shot over the weekend, six of them fatally": the same, as a share of them.)
        if (!n.subject && !nounCategory && /^\s+(?:of them\s+)?fatally\b(?!\s+(?:shot|wounded|injured|stabbed|struck|hit)\b)/i.test(text.slice(n.end, n.end + 21)) && /,\s*$/.test(text.slice(Math.max(sentence.start, n.start - 3), n.start))) category = "killed";

        // "Nine of the victims had gunshot wounds": wounds of people already counted dead say how they died.
        if (category === "wounded" && trigger && /\bwounds?$/i.test(text.slice(trigger.start, trigger.end)) && DEAD_PARTITIVE.test(n.text) && (!/\bvictims\b/i.test(n.text) || BODIES_FOUND.test(text.slice(Math.max(0, n.start - 300), n.start)))) category = null;
        // "freed 50 prisoners", "12 hostages were released": people let go are counted, but as no one held or moved.
        if (category && released(text, n)) category = brokenOut(text, sentence, n) ? "fled" : "other";
        // ("Of the 287 pupils abducted, 137 were freed": people let go are kept, as 'other', where nothing else counts them.)
        else if (!category && !n.notPeople && (n.subject || SHARE_OF_PEOPLE_BEFORE.test(text.slice(sentence.start, n.start)) || /^\s+of\s+(?:the|those|these)\s/i.test(text.slice(n.end, n.end + 12))) && released(text, n)) category = brokenOut(text, sentence, n) ? "fled" : "other";
        // "handles 30 to 40 bodies a day", "can hold 200 bodies": a rate or a capacity, no count of people something
        // happened to.
        if (category && (RATE_AFTER.test(text.slice(n.nounEnd > n.end ? n.nounEnd : n.end, (n.nounEnd > n.end ? n.nounEnd : n.end) + 16)) || (wordBeforeSpace(text, n.start, CAPACITY_BEFORE_LAST_WORDS) >= 0 && CAPACITY_BEFORE.test(text.slice(Math.max(sentence.start, n.start - 30), n.start))))) category = "other";
        // ("Correction: an earlier version of this post said 40 people had died": a figure withdrawn is no claim.)
        if (category && retractedBefore(text, sentence.start, n.start)) category = null;
        // ("Officials had identified six of the dead by Tuesday": a share of a toll already told that was named, no toll of its own.)
        if (category === "killed" && DEAD_PARTITIVE.test(n.text) && IDENTIFIED_BEFORE.test(text.slice(Math.max(sentence.start, n.start - 30), n.start))) category = null;
        // ("a child was dying every two hours": the verb's rate, after it.)
        if (category && trigger && trigger.start >= n.end && RATE_AFTER_VERB.test(text.slice(trigger.end, trigger.end + 30))) category = "other";
        // ("Among the dead was a 14-year-old boy shot on his way to school": how one of the dead died.)
        if (category === "wounded" && /\bamong (?:the|those) (?:dead|killed|fatalities)\s+(?:was|were|is|are)\s+$/i.test(text.slice(Math.max(sentence.start, n.start - 40), n.start))) category = "killed";
        // "a teen who was found shot … has died": the shooting ended in a death.
        // ("two of the 9 people hurt on Monday died": the whole a share is taken of did not die, the share did.)
        if (category === "wounded" && trigger && /^(?:shot|hit|struck|wounded|injured)$/i.test(text.slice(trigger.start, trigger.end)) && !SHARE_TAKEN_BEFORE.test(text.slice(Math.max(sentence.start, n.start - 40), n.start)) && laterDeathOfAll(text.slice(trigger.end, Math.min(sentence.end, trigger.end + 150)))) category = "killed";
        // ("a criminal history of five prior arrests": a record of one person, not people detained.)
        if (category === "detained" && /^arrests$/i.test(n.noun) && /\b(?:prior|previous|past|earlier|former|other)\b/i.test(text.slice(n.start, n.nounEnd) + " " + text.slice(Math.max(sentence.start, n.start - 30), n.start))) category = "other";
        // ("Two freed hostages were taken to hospital", "taken to a hospital for medical checks": a visit, not a wound.)
        if (category === "wounded" && trigger && /^(?:taken|rushed|transported|airlifted|flown|admitted)\b/i.test(text.slice(trigger.start, trigger.end)) &&
          (/\b(?:freed|released|rescued|liberated|returned|repatriated)\b/i.test(text.slice(Math.max(sentence.start, n.start - 30), Math.max(n.end, n.nounEnd))) || /\bfor\s+(?:a\s+)?(?:medical\s+|health\s+)?(?:checks?|check-?ups?|examinations?|evaluations?|assessments?|screening)\b/i.test(text.slice(trigger.end, Math.min(sentence.end, trigger.end + 60))))) category = "other";
        // ("now hosts some 40,000 more people than it did a year ago": a change, not a stock.)
        if (category && /\b(?:more|fewer|less)\s+[\p{L}-]+$/u.test(n.text) && /^\s+than\b/.test(text.slice(Math.max(n.end, n.nounEnd), Math.max(n.end, n.nounEnd) + 8))) category = "other";
        // ("23 people were admitted to hospital with cholera", "treated 40 heatstroke patients": the sick are no wounded.)
        if (category === "wounded" && ILLNESS.test(illnessWindow(text, sentence, n, trigger))) category = "other";
        // ("Thirty died of measles and 400 were hospitalised", "Dengue has killed 12. About 80 patients are being treated"):
        // care with no wound named, beside deaths from an illness in this sentence or the one before, is for the sick.)
        if (category === "wounded" && trigger && CARE_ONLY.test(text.slice(trigger.start, trigger.end)) && ILLNESS.test(text.slice(si > 0 ? doc.sentences[si - 1].start : sentence.start, sentence.end)) && !WOUND_NAMED.test(text.slice(Math.max(sentence.start, n.start - 60), sentence.end))) category = "other";
        // ("treated 900 patients last month, most for malaria": a caseload whose illness is told after a comma.)
        if (category === "wounded" && SICK_SHARE_AFTER.test(text.slice(Math.max(n.end, n.nounEnd), Math.min(sentence.end, Math.max(n.end, n.nounEnd) + 80))) && ILLNESS.test(text.slice(Math.max(n.end, n.nounEnd), sentence.end))) category = "other";
        // ("Of the 900 patients admitted to the clinic, 300 were children": patients taken in, with no wound or attack
        // told here or in the sentence before, are a caseload, not the hurt nor arrivals.)
        if ((category === "wounded" || category === "arrived") && trigger && /^patients$/i.test(n.noun) && /^admitted\b/i.test(text.slice(trigger.start, trigger.end)) && !WOUND_NAMED.test(text.slice(si > 0 ? doc.sentences[si - 1].start : sentence.start, sentence.end)) && !ATTACK_WORD.test(text.slice(si > 0 ? doc.sentences[si - 1].start : sentence.start, sentence.end))) category = "other";
        // ("provided cash assistance to more than 280,000 refugees": people aid reached, no stock or movement.)
        if (category && wordBeforeSpace(text, n.start, AID_TO_LAST_WORDS) >= 0 && AID_TO.test(text.slice(Math.max(sentence.start, n.start - 40), n.start))) category = "other";
        // "its 1,033 inmates broke out": prisoners who broke out fled ("a fight broke out" moves no one).
        if (n.subject === "prisoners" && /^\s+(?:\w+\s+)?(?:broke|break|breaking)\s+out\b/i.test(text.slice(Math.max(n.end, n.nounEnd), Math.max(n.end, n.nounEnd) + 30))) category = "fled";
        // ("more than 11,000 people in 1,655 families had been affected": the families group the people just counted.)
        if (category && /^(?:families|households)$/i.test(n.noun) && /\b(?:people|persons|individuals|residents|refugees|civilians|villagers)\s+(?:in|from)\s+$/i.test(text.slice(Math.max(sentence.start, n.start - 30), n.start))) category = "other";
        // "600,000 of them could die without treatment", "thousands will die": a death foretold is no count of the
        // dead ("may have died" still is, hedged).
        if (category === "killed" && trigger && trigger.start >= n.end && /^(?:die|dying|be killed)$/i.test(text.slice(trigger.start, trigger.end)) && FORETOLD.test(text.slice(n.end, trigger.start))) category = "other";
        // ("40 girls rescued from the kidnappers were handed over to their parents": people brought out of captivity are
        // passed on, not taken into custody.)
        if (category === "detained" && trigger && trigger.start >= n.end && /^handed over/i.test(text.slice(trigger.start, trigger.end))) {
          const freedHow = FREED_REDUCED.exec(text.slice(Math.max(n.end, n.nounEnd), trigger.start));
          if (freedHow) category = /^rescued$/i.test(freedHow[1]) ? "evacuated" : "other";
        }
        // ("Officials said 700 households would be relocated", "the state will deport 14 foreigners": a removal still to
        // come has moved no one yet. A planned evacuation is kept, dated when it is due.)
        if (category === "evacuated" && trigger && !/evacuat/i.test(text.slice(trigger.start, trigger.end)) && FUTURE_WORD_OR_DUE.test(text.slice(Math.max(sentence.start, trigger.start - 40), trigger.start)) && FUTURE_MOVE_BEFORE.test(text.slice(Math.max(sentence.start, trigger.start - 40), trigger.start))) category = null;
        // "shootings in which four or more people are shot": a rule of what is counted, not a count.
        if (category && n.qualifier === "min" && DEFINED_BY.test(text.slice(Math.max(sentence.start, n.start - 24), n.start)) && /^\s+(?:are|is|get|gets)\b/i.test(text.slice(n.nounEnd > n.end ? n.nounEnd : n.end, (n.nounEnd > n.end ? n.nounEnd : n.end) + 8))) category = null;
        // "20,000 refugees are missing": people unaccounted for are counted, as none of the categories ("missing under the
        // rubble" are trapped, and present): the figure is kept, with its source, place and time.
        if (saidMissing(text, n)) category = "other";
        // ("Relatives of the 40 miners who died in the collapse gathered", "20,000 people remain in mass graves": what
        // befell them is told right after the count; the main verb is the mourners', and the buried are no stock of
        // the living.)
        if ((category === "present" || category === "arrived") && DIED_OR_BURIED_AFTER.test(text.slice(Math.max(n.end, n.nounEnd), Math.max(n.end, n.nounEnd) + 50))) category = "killed";
        // "found the body of a displaced woman with gunshot wounds": a body counts the dead.
        if (category && n.singular && /\b(?:body|bodies|remains|corpses?) of\s+$/i.test(text.slice(Math.max(0, n.start - 20), n.start))) category = "killed";
        // ("The two sides swapped 40 bodies", "the remains of 9 soldiers were repatriated on Monday": dead handed back
        // between sides were killed earlier and elsewhere; the handover's place and day would make a new toll of them.)
        if (category === "killed" && (REMAINS_NOUN.test(n.noun) || /\b(?:remains|bodies|corpses) of\s+(?:the\s+)?$/i.test(text.slice(Math.max(sentence.start, n.start - 20), n.start))) && HANDOVER.test(text.slice(sentence.start, sentence.end)) && !/\bfamil(?:y|ies)\b/i.test(text.slice(sentence.start, sentence.end))) category = "other";
        // ("Of the town's 40,000 residents, 12,000 were evacuated": the whole a share is taken of is counted as none of it.)
        // (Both patterns here, tried at every offset, need a capital "Of" before the figure: looked for first.)
        const ofBefore = category !== null && text.slice(Math.max(sentence.start, n.start - 30), n.start).includes("Of");
        if (ofBefore && !(nounCategory === "killed" || nounCategory === "wounded") && /(?:^|[.;:]\s*|\n)\s*Of\s+(?:(?:the|its|their|[\p{Lu}][\p{L}-]*['’]s|the\s+[\p{L}-]+['’]s)\s+)?$/u.test(text.slice(Math.max(sentence.start, n.start - 30), n.start)) && /^(?:\s+(?:at|in|on|from|of)\s+[^,;.:]{1,40})?\s*,\s*(?:\d|some|about|around|nearly|more than|at least|most|all|half|only)/i.test(text.slice(Math.max(n.end, n.nounEnd), Math.max(n.end, n.nounEnd) + 64))) category = "other";
        // ("Of the 900 people infected, about half have died": the sick are the whole a share died of, not the dead.)
        else if (ofBefore && !(nounCategory === "killed" || nounCategory === "wounded") && /(?:^|[.;:]\s*|\n)\s*Of\s+(?:the|those)\s+$/.test(text.slice(Math.max(sentence.start, n.start - 30), n.start)) && SICK_WHOLE_AFTER.test(text.slice(Math.max(n.end, n.nounEnd), Math.max(n.end, n.nounEnd) + 64))) category = "other";
        // ("Seven of the wounded were taken to a medical center and three others arrived by private vehicle": the hurt
        // reaching a hospital are no arrivals.)
        // ("Dhaka Medical College Hospital received 160 people with injuries": people received with wounds are the hurt.)
        if (category === "arrived" && trigger && trigger.end <= n.start && /^receiv/i.test(text.slice(trigger.start, trigger.end)) && /^\s+(?:with|suffering(?: from)?)\s+(?:[\w-]+\s+){0,2}(?:injuries|wounds|burns)\b/i.test(text.slice(n.nounEnd, n.nounEnd + 50))) category = "wounded";
        // ("The clinic received 30 patients after a strike on the market": patients a hospital takes in after an attack are its hurt.)
        if (category === "arrived" && trigger && trigger.end <= n.start && /^receiv/i.test(text.slice(trigger.start, trigger.end)) && /^(?:patients|casualties|victims)$/i.test(n.noun) && AFTER_AN_ATTACK.test(text.slice(Math.max(n.end, n.nounEnd), Math.max(n.end, n.nounEnd) + 60))) category = "wounded";
        if (category === "arrived" && trigger && trigger.start >= n.end && /^\s+(?:by\s+(?:private\s+)?(?:vehicle|car|ambulance|taxi)|at\s+(?:a|the)\s+(?:[\w-]+\s+)?hospitals?|at\s+hospitals?|on\s+their\s+own)\b/i.test(text.slice(trigger.end, trigger.end + 40)) && /\b(?:wounded|injured|hurt|victims|patients|casualties|shot)\b/i.test(text.slice(sentence.start, n.start))) category = "wounded";
        // ("Death toll rises to 16, over 37 lakh people affected": people affected are counted as no one something
        // happened to here, whatever toll came before them: a count of people, of no category.)
        if (category && (!trigger || trigger.end <= n.start) && AFFECTED_AFTER.test(text.slice(Math.max(n.end, n.nounEnd), Math.max(n.end, n.nounEnd) + 30))) category = "other";
        // ("to reach 20.9 million people", "we reached 4.6 million people with food": people an aid effort reaches
        // arrive nowhere.)
        // ("The number of the dead reached 19 civilians": a toll named before the verb says what the people it reached are.)
        const tollReached = category === "arrived" && trigger && n.subject && trigger.end <= n.start && /^reach/i.test(text.slice(trigger.start, trigger.end)) ? NUMBER_OF_THE_DEAD.exec(text.slice(Math.max(sentence.start, trigger.start - 60), trigger.start)) : null;
        if (tollReached) category = /^(?:injured|wounded)$/i.test(tollReached[1]!) ? "wounded" : "killed";
        else if (category === "arrived" && trigger && n.subject && trigger.end <= n.start && /^reach/i.test(text.slice(trigger.start, trigger.end)) && /^\s+(?:[a-z]+\s+){0,2}$/i.test(text.slice(trigger.end, n.start))) category = "other";
        // ("About 50 gunmen arrived on motorcycles and opened fire": attackers riding to an attack are counted, but no
        // arrival of people.)
        if (category === "arrived" && trigger && trigger.start >= n.end && ATTACKERS.test(text.slice(n.start, Math.max(n.end, n.nounEnd))) && RODE_IN.test(text.slice(trigger.end, trigger.end + 40))) category = "other";
        // "Both teens were taken to a hospital, where they died": the hospital is where they died.
        if (category === "wounded" && trigger && trigger.start >= n.end && DIED_THERE.test(text.slice(trigger.end, Math.min(sentence.end, trigger.end + 80)))) category = "killed";
        // ("stabbed two men to death", "shot three villagers dead": the harm's outcome after its object.)
        // ("shot three men and hacked two others to death": the outcome told of the others is told of both.)
        if (category === "wounded" && trigger && trigger.end <= n.start && (/^\s+(?:to death|dead)\b/i.test(text.slice(Math.max(n.end, n.nounEnd), Math.max(n.end, n.nounEnd) + 10)) || OTHERS_TO_DEATH_AFTER.test(text.slice(Math.max(n.end, n.nounEnd), Math.max(n.end, n.nounEnd) + 60)))) category = "killed";
        // ("the toll of injured could rise to 20": a toll named for the hurt counts them.)
        if (category === "killed" && trigger && /^tolls?$/i.test(text.slice(trigger.start, trigger.end)) && /^\s+of\s+(?:the\s+)?(?:injured|wounded|hurt)\b/i.test(text.slice(trigger.end, trigger.end + 20))) category = "wounded";
        // ("the deaths of at least 10 detainees in custody", "the summary execution of 31 men detained in Djibo", "the
        // bodies of 31 men arrested by soldiers": held once, dead now; the noun before says what befell them.)
        if ((category === "detained" || category === "present") && DEATHS_OF_BEFORE.test(text.slice(Math.max(sentence.start, n.start - 40), n.start))) category = "killed";
        // ("35,000 fans were held inside the stadium for hours as a precaution": kept in for their safety, not captured.)
        if (category === "detained" && trigger && /\bheld$/i.test(text.slice(trigger.start, trigger.end)) && HELD_FOR_SAFETY.test(text.slice(trigger.end, Math.min(sentence.end, trigger.end + 90)))) category = "present";
        // ("The whereabouts of the remaining three remain unknown": where they are is what no one knows, missing.)
        if (category === "present" && WHEREABOUTS_OF_BEFORE.test(text.slice(Math.max(sentence.start, n.start - 40), n.start))) category = "other";
        // ("This is the third targeted killing of a migrant worker this month": one of a series, the kind of victim
        // named, not one more person counted.)
        if (category === "killed" && n.value === 1 && /^an?\s/i.test(n.text) && trigger && trigger.end <= n.start && SERIAL_KILLING.test(text.slice(Math.max(sentence.start, trigger.start - 30), n.start))) category = null;
        candidates.push({ number: n, sentenceIndex: si, category, trigger, partOf: null });
      }
      // ('"Those bullets could have killed a child"', "the pills could kill a person", "might have died if it had
      // exploded": what could have happened, to someone named after the verb or under a condition, did not.)
      // (Not a doubted count: "up to 100 people could have been killed".)
      for (const c of candidates) {
        if (c.category !== "killed" || !c.trigger) continue;
        const lead = text.slice(Math.max(sentence.start, c.trigger.start - 24), c.trigger.start);
        // ("The blast may have killed 20", "could have killed as many as 50": a doubted count of what did happen stays.)
        const modal = MODAL_BEFORE_VERB.exec(lead)?.[0] ?? null;
        const pastModal = modal !== null && /\bhave\s+(?:easily\s+|potentially\s+)?$/i.test(modal);
        const doubtedCount = (pastModal && /^(?:may|might)\s/i.test(modal)) || (c.number.qualifier !== "exact" && c.number.qualifier !== "vague");
        const couldHaveBeen = modal !== null && c.trigger.end <= c.number.start && (!pastModal || !doubtedCount);
        if (couldHaveBeen || (MODAL_HAVE_BEFORE.test(lead) && UNREAL_CONDITION.test(text.slice(sentence.start, sentence.end)))) c.category = null;
      }
      // ("A motorist was nearly killed", "was shot and nearly died", "beaten and left for dead": harm that fell short of
      // death is no death; the harm that did happen still counts.)
      for (const c of candidates) {
        if (!c.trigger || (c.category !== "killed" && c.category !== "wounded") || c.trigger.start < c.number.end) continue;
        const lead = text.slice(Math.max(sentence.start, c.trigger.start - 40), c.trigger.start);
        if (SHORT_OF.test(lead)) c.category = c.category === "killed" && HARM_THEN_SHORT_OF.test(lead) ? "wounded" : null;
        else if (c.category === "killed" && /\bleft\s+for\s+$/i.test(lead)) c.category = "wounded";
      }
      // ("Ahmed Yusuf was one of three students shot dead": the verb is the whole's, told of all three; the one is who he
      // was among them, no count of its own. "One of the three students was killed" keeps its own verb.)
      for (const c of candidates) {
        if (!c.category || !c.trigger || c.trigger.category !== c.category || c.number.value !== 1 || !ONE_OF_WHOLE.test(c.number.text)) continue;
        const whole = candidates.find((w) => w !== c && w.trigger === c.trigger && w.number.start > c.number.start && w.number.start < c.number.end && Math.max(w.number.end, w.number.nounEnd) === Math.max(c.number.end, c.number.nounEnd));
        if (whole && c.trigger.start >= Math.max(whole.number.end, whole.number.nounEnd) && REDUCED_RELATIVE.test(text.slice(Math.max(whole.number.end, whole.number.nounEnd), c.trigger.start))) c.category = null;
      }
      // "almost 3,000 people including hundreds of fighters": the part takes the whole's category.
      for (let i = 1; i < candidates.length; i++) {
        const c = candidates[i];
        let prev = candidates[i - 1];
        // "11 members of one family, including six children": the whole is the figure the "of" phrase belongs to.
        const owner = candidates[i - 2];
        if (!prev.category && owner?.category && /^\s+of\s+$/i.test(text.slice(Math.max(owner.number.end, owner.number.nounEnd), prev.number.start))) prev = owner;
        const between = text.slice(candidates[i - 1].number.nounEnd > 0 ? candidates[i - 1].number.nounEnd : candidates[i - 1].number.end, c.number.start);
        // "1,500 people were evacuated, 300 of them by boat": a bare share of "them" is a part of the figure before.
        const shareOfThem = !c.number.noun && /^\s*of (?:them|those|these)\b/i.test(text.slice(c.number.end, c.number.end + 16)) && /^[^.;]*,\s*$/.test(between);
        if ((PART_OF.test(between) || shareOfThem) && between.length < 120 && prev.category) {
          // "killed 35, including 12 in a school sheltering families": a bare count right after "including" is a part
          // of the whole, whatever verb follows inside its own phrase.
          const bareIncluded = !c.number.subject && INCLUDING_END.test(between);
          // ("104 dead, including women and children, and dozens more were missing": the missing are no part of the dead.)
          // "leaving 11 dead, including two officers, and others wounded": the verb past the part's closing comma and
          // "and" is the next clause's, not the part's.
          const verbOfNextClause = c.trigger !== null && c.trigger.start > c.number.end && /,\s*(?:and|while|but)\s[^.;,]*$/i.test(text.slice(Math.max(c.number.end, c.number.nounEnd), c.trigger.start));
          // ("killed 32, including 12 people in a school sheltering displaced families": where the part died is a
          // shelter; sheltering is not what happened to them.)
          const shelterOfPart = c.category === "present" && (prev.category === "killed" || prev.category === "wounded");
          // ("killed 23 people, including four monks and several children, who had taken refuge there": a relative
          // clause after the parts says who they were, not what happened to them.)
          // (Only where the clause tells where they had been, not what befell them: "47 persons, including 30 women, who
          // were killed" holds the verb of all.)
          const relativeAfterPart = (c.category === "fled" || c.category === "present") && (prev.category === "killed" || prev.category === "wounded") && c.trigger !== null && c.trigger.start > c.number.end && RELATIVE_BEFORE_TRIGGER.test(text.slice(Math.max(c.number.end, c.number.nounEnd), c.trigger.start));
          // ("released 100 detainees, among them 16 prisoners": a part named only by its noun shares what the whole's verb
          // says; "evacuated 150 people, including 30 children, from a besieged orphanage": so does a part whose own verb
          // stands past its closing comma, in the whole's clause.)
          const wholeVerbFirst = (prev.trigger !== null && prev.trigger.end <= prev.number.start) || (prev.category === "other" && released(text, prev.number));
          const nounOnly = wholeVerbFirst && c.trigger === null && c.category !== null && c.category !== prev.category;
          const verbPastComma = wholeVerbFirst && c.trigger !== null && c.trigger.start > c.number.end && /^[^.;]*?,\s*(?:from|in|at|near|to|into|inside|out of|across)\s/i.test(text.slice(Math.max(c.number.end, c.number.nounEnd), c.trigger.start));
          // ("killed 9 civilians, among them 4 children, and wounded 20": "among them" as "including".)
          if ((!c.category && !saidMissing(text, c.number)) || bareIncluded || ((verbOfNextClause || shelterOfPart || relativeAfterPart || nounOnly || verbPastComma) && INCLUDING_END.test(between))) c.category = prev.category;
          c.partOf = prev;
          // (…and so does the part listed with it: "four monks and several children, who had taken refuge there".)
          const next = candidates[i + 1];
          if (relativeAfterPart && INCLUDING_END.test(between) && next && next.sentenceIndex === c.sentenceIndex && next.trigger === c.trigger && joined(text, c.number, next.number)) (next.category = prev.category), (next.partOf = prev);
          // "2,400 civilian casualties, including 600 deaths": casualties that hold the dead count the hurt as well.
          if (prev.category === "killed" && /^casualt/i.test(prev.number.noun) && c.category === "killed" && c !== prev && NOUN_CATEGORY[c.number.noun.toLowerCase()] === "killed") prev.category = "other";
        }
      }
      // ("A resident of Debark who lost two relatives said": one who lost people is no loss.)
      for (const c of candidates) {
        if (c.category === "killed" && c.trigger && c.trigger.start >= c.number.end && /^los/i.test(text.slice(c.trigger.start, c.trigger.end)) && !/^\w+\s+(?:their|his|her|its)\s+li(?:fe|ves)\b/i.test(text.slice(c.trigger.start, c.trigger.start + 30)) && /\b(?:who|that)\s+(?:had\s+|has\s+|have\s+)?$/i.test(text.slice(c.number.end, c.trigger.start))) c.category = null;
      }
      // ("58 are still held, including 34 the military says are dead", "including 34 who are believed to be dead": the
      // part's own words say they are dead, whatever the whole's verb.)
      for (const c of candidates) {
        if (c.category && c.category !== "killed" && DEAD_AFTER.test(text.slice(Math.max(c.number.end, c.number.nounEnd), Math.max(c.number.end, c.number.nounEnd) + 60))) c.category = "killed";
      }
      // "a commander with his six colleagues were killed", "killed a commander … and two others": the companions
      // share what happened to the one named first.
      for (let i = 1; i < candidates.length; i++) {
        const c = candidates[i];
        const prev = candidates[i - 1];
        // ("killed 14, including 10 guards and four inmates": inmates are a stock only by their noun; joined to the dead
        // with no verb of their own, they share the first item's.)
        const stockByNoun = c.category === "present" && !c.trigger && (prev.category === "killed" || prev.category === "wounded");
        if ((c.category && !stockByNoun) || !prev.category || prev.number.end > c.number.start) continue;
        // "45 dead, 120 injured and 17 missing": the missing are no count of the dead or the hurt.
        if (saidMissing(text, c.number)) continue;
        const between = text.slice(prev.number.end, c.number.start);
        const others = OTHERS.test(c.number.text) && AND_OTHERS.test(between) && OBJECT_ENDS.test(text.slice(c.number.end, c.number.end + 20));
        // "killed 16 civilians and three soldiers", "among the dead were 15 children and nine women".
        // (Not a speaker after a comma: "wounding four, a provincial official said".)
        // ("…, an official with the Red Crescent said": one who speaks for a body, named after it.)
        const speaks = SPEAKS_NEXT.test(text.slice(c.number.nounEnd > c.number.end ? c.number.nounEnd : c.number.end, c.number.end + 40)) || (c.number.value === 1 && SPEAKS_FOR_BODY_NEXT.test(text.slice(Math.max(c.number.end, c.number.nounEnd), c.number.end + 90)));
        // (Nor people "affected", who have a verb of their own: "killed 12 people, and 3,000 people were affected".)
        const affected = AFFECTED_AFTER.test(text.slice(Math.max(c.number.end, c.number.nounEnd), Math.max(c.number.end, c.number.nounEnd) + 30));
        // ("from 38 on Monday to 74 on Tuesday, 103 on Wednesday and 118 on Thursday": a series of one count by day.)
        const series = !c.number.subject && !prev.number.subject && SERIES_GAP.test(between);
        // ("have killed more than 4,000 people in Lebanon, according to Lebanese authorities, and about 80 Israeli
        // soldiers, according to Israeli figures": the verb's second object, past the first one's voice.)
        const objectPastVoice = OBJECT_BEFORE.test(text.slice(Math.max(0, prev.number.start - 40), prev.number.start)) && OBJECT_PAST_VOICE.test(between) && !OWN_PASSIVE_AFTER.test(text.slice(Math.max(c.number.end, c.number.nounEnd), Math.max(c.number.end, c.number.nounEnd) + 40));
        if (!speaks && !affected && (ALONG_WITH.test(between) || (OTHERS.test(c.number.text) && ALONG_WITH_OTHERS.test(between)) || others || series || objectPastVoice || joined(text, prev.number, c.number) || parallelPlaces(text, prev.number, c.number))) c.category = prev.category;
      }
      // "Eleven soldiers were killed on Monday and another 14 on Tuesday": the verb left out after "and another" is the
      // one before.
      for (let i = 1; i < candidates.length; i++) {
        const c = candidates[i]!;
        const prev = candidates[i - 1]!;
        if (c.category || !prev.category || prev.category === "other" || !prev.trigger || prev.trigger.start > c.number.start) continue;
        const before = text.slice(Math.max(prev.trigger.end, c.number.start - 60), c.number.start);
        const after = text.slice(Math.max(c.number.end, c.number.nounEnd), Math.min(sentence.end, Math.max(c.number.end, c.number.nounEnd) + 50));
        if (/^[^.;:]*?,?\s+(?:and|while|with|but)\s+(?:another|a further|an additional|(?:a|an)other)\s+$/i.test(before) && ELIDED_AFTER.test(after)) c.category = prev.category;
        // ("Five people were killed on Monday and seven more on Tuesday": the same with "more" after the figure.)
        else if (/^[^.;:]*?,?\s+(?:and|while|but)\s+$/i.test(before) && (/\smore$/i.test(text.slice(c.number.start, Math.max(c.number.end, c.number.nounEnd))) || /^\s+more\b/i.test(after)) && ELIDED_AFTER.test(after.replace(/^\s+more\b/i, ""))) c.category = prev.category;
        // ("12,300 children had been killed, and 4,959 women"; "1.2 million have fled to Lebanon and 900 in Syria", "156
        // dead on Monday and over 134 on Tuesday": a figure of people, or one placed or dated, closing the clause after "and" shares the verb before.)
        // (Not a companion, "came with my wife and four children", nor a second day, "on October 11 and 14".)
        else if (/^[^.;:]*?,?\s+and\s+$/i.test(before) && !/\bwith\b/i.test(before) && !MONTH_DAY_AND.test(before) && (!!c.number.noun || /^\s+(?:(?:in|at)\s+(?:neighbou?ring\s+)?(?:the\s+)?[\p{Lu}]|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)/u.test(after)) && ELIDED_AFTER.test(after)) c.category = prev.category;
        // ("2.6 million people have been displaced …, with over 1 million in Sagaing alone": a part placed apart.)
        else if (!c.number.subject && /,\s*with\s+$/i.test(text.slice(Math.max(prev.number.nounEnd, prev.number.end), c.number.start)) && /^\s+(?:in|at)\s+(?:the\s+)?[\p{Lu}]/u.test(after)) (c.category = prev.category), (c.partOf = prev);
        // ("Floods have left 21 people dead across Sri Lanka, 12 in Ratnapura district and 5 in Kegalle": a bare figure
        // placed apart after a comma is a part of the whole before.)
        else if (!c.number.subject && !c.number.noun && /^[^.;:,]{0,60},\s*$/.test(text.slice(Math.max(prev.number.nounEnd, prev.number.end), c.number.start)) && /^\s+(?:in|at)\s+(?:the\s+)?[\p{Lu}]/u.test(after) && ELIDED_AFTER.test(after)) (c.category = prev.category), (c.partOf = prev), (c.trigger = prev.trigger);
      }
      // "A further 12,000 people crossed into Chad, bringing the total to 600,000": the total of the same people.
      for (let i = 1; i < candidates.length; i++) {
        const c = candidates[i]!;
        if (c.category) continue;
        // ("…, bringing to 41 the number of militants who have yielded there": the number named after the figure.)
        const numberNamedAfter = RAISED_TO_BEFORE.test(text.slice(Math.max(sentence.start, c.number.start - 30), c.number.start)) && /^\s+the\s+(?:total\s+)?(?:number|total|tally|count)\b/i.test(text.slice(c.number.numberEnd ?? c.number.end, (c.number.numberEnd ?? c.number.end) + 24));
        if (c.number.subject && !numberNamedAfter) continue;
        const raisedFrom = text.slice(Math.max(sentence.start, c.number.start - 90), c.number.start);
        // (Not a total of something else: "bringing the total number of cases to 9,400".)
        if (!numberNamedAfter && (!TOTAL_RAISED_TO.test(raisedFrom) || NOT_PEOPLE_TOTAL.test(TOTAL_RAISED_TO.exec(raisedFrom)![0]))) continue;
        const before = candidates.slice(0, i).reverse().find((o) => o.category && o.category !== "other");
        if (before) c.category = before.category;
      }
      // "the displacement of 3,215 households (16,075 individuals)": the same people in brackets, counted another way.
      for (let i = 1; i < candidates.length; i++) {
        const c = candidates[i]!;
        const prev = candidates[i - 1]!;
        if (c.category || !prev.category || prev.category === "other") continue;
        const from = Math.max(prev.number.end, prev.number.nounEnd);
        const to = Math.max(c.number.end, c.number.nounEnd);
        if (/^\s*\(\s*$/.test(text.slice(from, c.number.start)) && /^\s*\)/.test(text.slice(to, to + 3))) c.category = prev.category;
      }
      // "Of the 45 people killed, 30 were women and children": the count after the comma is a part of the whole before it.
      for (let i = 1; i < candidates.length; i++) {
        const c = candidates[i]!;
        const prev = candidates[i - 1]!;
        if (c.category || !prev.category) continue;
        const opener = text.slice(sentence.start, prev.number.start);
        const between = text.slice(prev.number.nounEnd > prev.number.end ? prev.number.nounEnd : prev.number.end, c.number.start);
        // (Not a part that something else happened to: "Of the 12 people arrested, 4 were released".)
        const ownVerb = /^\s+(?:were|was|are|is|have|has|had)\s+(?:been\s+)?(?:\w+ly\s+|later\s+|since\s+)?(?:\w+ed|taken|given|driven|beaten|stolen|hidden)\b/i.test(text.slice(c.number.end, c.number.end + 40));
        if (!ownVerb && /^\s*(?:of|among)\s+(?:the|those|these)?\s*$/i.test(opener) && /^[^,;.:]{0,40},\s*$/.test(between)) (c.category = prev.category), (c.partOf = prev);
        // ("Of the 275 dead, 88 were women and 40 were children": the next part, told the same way after "and".)
        else if (!ownVerb && (prev.partOf || PART_OPENER.test(opener)) && /^\s+(?:were|was|are)\s+[^,;.:]{1,40}?,?\s+and\s+$/i.test(between) && /^\s+(?:were|was|are)\b/i.test(text.slice(c.number.end, c.number.end + 8))) (c.category = prev.category), (c.partOf = prev.partOf);
      }
      // "… has risen to 49, they are: 11 civilians including two children, 31 members of the SDF, and seven members of
      // the regime forces": a list after "they are:" breaks the whole down.
      // (Each item after the first follows the one before it, or a part of that one, by a comma or "and".)
      const listed = new Set<Candidate>();
      for (let i = 1; i < candidates.length; i++) {
        const c = candidates[i]!;
        if (c.category) continue;
        for (let k = i - 1; k >= 0; k--) {
          const before = candidates[k]!;
          if (!before.category || before.category === "other") continue;
          const from = before.number.nounEnd > before.number.end ? before.number.nounEnd : before.number.end;
          const between = text.slice(from, c.number.start);
          const item = listed.has(before) ? before : before.partOf && listed.has(before.partOf) ? before.partOf : null;
          if (LIST_OPENS.test(between) && between.length <= 200) (c.category = before.category), (c.partOf = before), listed.add(c);
          else if (item && /^[^.;:]{0,80}$/.test(between) && /(?:,|\band)\s*$/.test(between)) (c.category = item.category), (c.partOf = item.partOf), listed.add(c);
          break;
        }
      }
      // "30 people died, 12 of them children", "killed 14 people, half of them children": a part told after the whole
      // shares what happened to it.
      for (let i = 1; i < candidates.length; i++) {
        const c = candidates[i]!;
        const prev = candidates[i - 1]!;
        if (c.category || !prev.category) continue;
        const from = prev.number.nounEnd > prev.number.end ? prev.number.nounEnd : prev.number.end;
        if (/^[^.;:,]{0,40},\s*$/.test(text.slice(from, c.number.start)) && OF_THEM_PART.test(c.number.text)) (c.category = prev.category), (c.partOf = prev);
      }
      // ("Forty migrants drowned on Tuesday; 12 were Pakistanis": a bare count after a semicolon, told only by who they
      // were, breaks down the figure before it as "of them" would.)
      for (let i = 1; i < candidates.length; i++) {
        const c = candidates[i]!;
        const prev = candidates[i - 1]!;
        if (c.category || c.trigger || !prev.category || prev.category === "other" || c.number.subject || !/^\d|^[a-z]+$/i.test(c.number.text)) continue;
        const from = prev.number.nounEnd > prev.number.end ? prev.number.nounEnd : prev.number.end;
        if (/^[^.;:]{0,80};\s*$/.test(text.slice(from, c.number.start)) && /^\s+(?:were|was)\s+(?:[\p{Lu}][\p{L}-]+|women|children|men|boys|girls|minors|foreigners|nationals|civilians)\b/u.test(text.slice(c.number.end, c.number.end + 40))) (c.category = prev.category), (c.partOf = prev);
      }
      // ("shot 13 people, 11 of them Black": the shot hold the dead as well as the hurt, so a part told only by who they
      // were is no count of the wounded.)
      for (let i = 0; i < candidates.length; i++) {
        const c = candidates[i]!;
        // (A share "of them" given the whole's category before is a part of it too: "shot 14 people, 9 of them women".)
        const whole = c.partOf ?? (i > 0 && OF_THEM_PART.test(c.number.text) && (!c.trigger || c.trigger === candidates[i - 1]!.trigger) ? candidates[i - 1]! : null);
        if (whole && c.category === "wounded" && whole.category === "wounded" && (!c.trigger || c.trigger === whole.trigger) && whole.trigger && /^(?:shot|stabbed)$/i.test(text.slice(whole.trigger.start, whole.trigger.end))) c.category = "other";
      }
      // "Police said 40 people were killed. They said 12 of them were children." / "Of these, 12 were children.": a part
      // told in the next sentence, with no verb of its own, is a part of the figure just before.
      // ("… 18 dead. Among them are six women": the same, the verb before.)
      // ("… were injured. Of the dead, 112 were women and seven were children": "the dead" say whose part it is; a second
      // part joined by "and" is one too.)
      // ("… drowned. Ten of them were Syrians and four were Iraqis": the parts after the first share of them are its
      // fellows.)
      if (previous && previous.sentence === si - 1 && previous.claim.category !== "other") {
        for (const c of candidates) {
          // ("… seized 25 farmers. The group included four boys", "Nine of the farmers were women", "The captives, including
          // two nurses, were freed": who the count before was, broken down in the next sentence, are parts of it.)
          if ((!c.category || c.category === "other") && brokenDownAfter(text, sentence.start, c, previous.claim)) {
            (c.category = previous.claim.category), partsOfPrevious.add(c);
            continue;
          }
          if (c.category || c.trigger) continue;
          const after = text.slice(c.number.end, Math.min(sentence.end, c.number.end + 24));
          const opener = text.slice(sentence.start, c.number.start);
          const dead = /^\s*(?:Of|Among)\s+the\s+(?:dead|deceased|deaths|fatalities|killed)\b/.test(opener);
          if (/^\s+of\s+(?:them|these|those)\s+(?:were|was|are)\b/i.test(after) || (/^\s*(?:Of|Among)\s+(?:them|these|those|the dead|the deceased|the deaths|the fatalities|the victims),\s*(?:[^.;:]*?\band\s+)?$/.test(opener) && /^\s+(?:were|was|are)\b/i.test(after)) || AMONG_THEM_WERE.test(opener) ||
            (SHARE_OF_THEM_OPENS.test(opener) && /^\s+(?:were|was|are)\b/i.test(after))) {
            c.category = dead ? "killed" : previous.claim.category;
            // (The part happened when the whole did: "… drowned on Tuesday. Ten of them were Syrians".)
            if (c.category === previous.claim.category) partsOfPrevious.add(c);
          }
        }
      }
      // ("Of the deceased, eight were party workers": the dead named at the head are whose part it is, with no toll
      // before to lean on.)
      else {
        for (const c of candidates) {
          if (c.category || c.trigger) continue;
          const opener = text.slice(sentence.start, c.number.start);
          if (/^\s*(?:Of|Among)\s+the\s+(?:dead|deceased|killed),\s*(?:[^.;:]*?\band\s+)?$/.test(opener) && /^\s+(?:were|was|are)\b/i.test(text.slice(c.number.end, Math.min(sentence.end, c.number.end + 24)))) c.category = "killed";
        }
      }
      // "Three of the 12 passengers were killed", "three of the five hunters were killed": what the verb says happened to
      // the part, not to the whole it was taken from.
      for (let i = 1; i < candidates.length; i++) {
        const c = candidates[i]!;
        const prev = candidates[i - 1]!;
        // ("About 1.9 million of Gaza's 2.3 million people", "300 of the camp's 5,000 residents": an owned whole too.)
        // ("11 of an estimated 151 passengers": the whole's own qualifier stands where a determiner would.)
        const ofWhole = text.slice(prev.number.numberEnd ?? prev.number.end, c.number.start);
        // ("4 of 6 victims died": two bare figures in digits, the second counting people.)
        const digitsOfDigits = /^\s+of\s+$/.test(ofWhole) && !prev.number.subject && /^\d/.test(prev.number.text) && /^\d/.test(c.number.text) && !!c.number.subject;
        if (c.number.start <= prev.number.start || !(/^\s+of\s+(?:the|these|those|its|their|(?:[\p{L}][\w-]*\s+){0,2}[\p{L}][\w-]*['’]s)\s+$/iu.test(ofWhole) || (/^\s+of\s+$/.test(ofWhole) && (c.number.numberStart ?? c.number.start) > c.number.start) || digitsOfDigits)) continue;
        // (A whole with a participle of its own keeps it: "one of the two fighters killed", "three of the four captured rebels".)
        // (Not after "with": "with only 11 of the 151 passengers rescued" tells what happened to the 11.)
        const t = c.trigger;
        const wholeEnd = Math.max(c.number.end, c.number.nounEnd);
        const withPart = /\bwith\s+(?:only\s+|just\s+)?$/i.test(text.slice(Math.max(sentence.start, prev.number.start - 12), prev.number.start));
        // (A verb that is never a participle, "4 of 6 victims died", is the sentence's own: it tells of the part.)
        const ownVerb = !!t && t.start >= wholeEnd && FINITE_ONLY.test(text.slice(t.start, t.end));
        if (t && !withPart && !ownVerb && ((t.start >= c.number.start && t.end <= wholeEnd) || (t.start >= wholeEnd && /^\s*(?:,[^,;]{1,40},)?\s*$/.test(text.slice(wholeEnd, t.start))))) {
          // …and the part takes the verb after it: "14 of the 19 miners trapped since Monday had been brought out".
          const after = Math.max(wholeEnd, t.end);
          // ("two of the 12 people hurt on Monday died": a verb never a participle needs no auxiliary to be the part's.)
          prev.category ??= triggers.find((v) => v.start >= after && v.start - after <= 80 && (PART_VERB_GAP.test(text.slice(after, v.start)) || (FINITE_ONLY.test(text.slice(v.start, v.end)) && /^[^,;.:]*$/.test(text.slice(after, v.start)))))?.category ?? null;
          continue;
        }
        // ("recaptured 16 of the 56 inmates who broke out": the whole's own clause tells what it did; both counts stand.)
        if (c.category === "fled" && prev.category && prev.category !== "fled" && WHOLE_ESCAPED.test(text.slice(wholeEnd, wholeEnd + 40))) continue;
        prev.category ??= c.category;
        // ("Nine of the 12 hostages were freed": hostages held, the nine let go; the whole stays a count of the held.)
        const heldWhole = prev.category === "detained" && c.category === "detained";
        if (prev.category && released(text, prev.number)) prev.category = "other";
        if (!(heldWhole && prev.category === "other")) c.category = null;
      }
      // "hundreds of IS fighters were among the thousands that surrendered": the part takes the whole's category.
      for (let i = 0; i + 1 < candidates.length; i++) {
        const c = candidates[i];
        const after = text.slice(c.number.nounEnd > 0 ? c.number.nounEnd : c.number.end, candidates[i + 1].number.start);
        // (The pattern, tried at every offset of the stretch, runs only where the word it ends with stands.)
        if (candidates[i + 1].category && wordBeforeSpace(text, candidates[i + 1].number.start, ["among", "the"]) >= 0 && /\b(?:were|was|are)\s+among\s+(?:the\s+)?$/i.test(after)) c.category = candidates[i + 1].category;
      }

      // ("27 protesters, 10 of whom were later released": a part that took the whole's verb may still have been let go.)
      for (const c of candidates) if (c.category && c.category !== "other" && c.category !== "fled" && !c.trigger && released(text, c.number)) c.category = "other";
      // ("The storm left 12 dead and about 30,000 homeless": the homeless share the verb, not the other figure's harm.)
      // ("killed 37 homeless people", "nine homeless men died": a harm verb with no other figure between is theirs, so
      // "homeless" only describes them.)
      for (const c of candidates) {
        if (c.category !== "killed" && c.category !== "wounded") continue;
        const trigger = c.trigger;
        const ownHarmVerb = !!trigger && !candidates.some((o) => o !== c && o.number.start > Math.min(trigger.start, c.number.start) && o.number.start < Math.max(trigger.start, c.number.start));
        if (/^homeless$/i.test(c.number.noun) || (/\bhomeless\s+\S+$/i.test(text.slice(c.number.start, c.number.nounEnd)) && !ownHarmVerb)) c.category = "fled";
      }
      for (const c of candidates) {
        // "an SDF commander estimated", "two witnesses said": people who speak are the source, not the counted.
        const after = c.number.nounEnd > c.number.end ? c.number.nounEnd : c.number.end;
        // ("three residents and a health official told Reuters": one voice joined to another.)
        if (SPEAKS_NEXT.test(text.slice(after, after + 16)) || (text.startsWith(" and ", after) && SPEAKS_WITH_ANOTHER.test(text.slice(after, after + 60)))) c.category = null;
        // "…," said a doctor at the hospital": the one who speaks is not counted.
        if (facts.inverted.some((a) => c.number.start >= a.verbEnd! && c.number.end <= a.end)) c.category = null;
        // ('…," said Yohannes Alemu, a resident who helped with burials on Wednesday': the speaker described after the
        // name, where the voice's span stopped short of the description.)
        // (Not the subject of the clause after "According to the source, one of the terrorists was captured".)
        if (c.number.value === 1 && /^an?\s/i.test(c.number.text) && facts.inverted.some((a) => a.end <= c.number.start && /^\s*,\s*$/.test(text.slice(a.end, c.number.start)) && !/^(?:according|citing|quoting)\b/i.test(a.text)) && !HARM_WORD.test(text.slice(c.number.end, Math.min(sentence.end, c.number.end + 80)))) c.category = null;
        // ("A resident reached by phone said 20 people had been killed": the person heading the voice is not counted,
        // unless harm is told of them before the verb: "A man who was wounded in the attack said".)
        if (facts.speakerFirst.some((a) => c.number.start >= a.start && c.number.start - a.start <= 4 && c.number.end <= a.verbStart! && !HARM_WORD.test(text.slice(c.number.end, a.verbStart!)))) c.category = null;
        // ("after 3 people listed as dead were found alive": those the toll wrongly held are alive; no count of the dead.)
        if (c.category === "killed" && FOUND_ALIVE.test(text.slice(after, after + 60))) c.category = null;
        // ("Maria Lopes, a nurse who was among the 14 people killed": one of the count the sentence gives, not one more.)
        if (c.number.singular && AMONG_THE_COUNTED.test(text.slice(after, after + 40))) c.category = null;
        if (!c.category) continue;
        const n = c.number;
        const attribution = chooseAttribution(doc, si, n, quotes);
        const source = attribution ? { name: attribution.name, org: attribution.org, text: attribution.text } : tollOwner(doc, sentence, n);
        // A sentence that carries on the one before (a quote, "They…", "Most of…") inherits its time.
        // ("Of the 251 hostages taken on October 7, 111 remain": a share something else happened to keeps the whole's
        // time only where its own sentence gives none of its own.)
        // ("Of the 900 casualties in 2022, 200 were killed": the dead are a share of casualties, not something else
        // that happened to them, so they keep the year.)
        const shareOfWhole = previous?.sentence === si && c.category !== previous.claim.category && !(previous.claim.category === "other" && /casualt(?:y|ies)$/i.test(previous.claim.text)) && LEADING_OF.test(text.slice(Math.max(sentence.start, previous.claim.span[0] - 12), previous.claim.span[0]));
        // ("He added that about 12,000 residents still remain in the district": a stock now is no longer the week before's.)
        const stockNow = c.category === "present" && STOCK_NOW.test(text.slice(sentence.start, sentence.end));
        // ("…were freed on Monday. Five others died in captivity": they died while held, not on the day the rest went free.)
        const diedHeld = c.category === "killed" && previous?.sentence === si - 1 && DIED_HELD.test(text.slice(sentence.start, sentence.end));
        const continues = !stockNow && !diedHeld && ((previous?.sentence === si && !shareOfWhole) || (previous?.sentence === si - 1 && (quotes.some((q) => q.start <= n.start && q.end >= n.end) || CONTINUES.test(text.slice(sentence.start, sentence.end)) || MORE_OF_THE_SAME.test(text.slice(sentence.start, sentence.end)) || PLAIN_FOLLOW_UP.test(text.slice(sentence.start, sentence.end)) || SAME_EVENT.test(text.slice(sentence.start, sentence.end)))));
        // "Two of the wounded were in serious condition": a part of a figure told before happened where and when it did,
        // unless its own sentence says otherwise.
        // ("Three of the wounded later died": the whole is the wounded, whatever the part's own verb says.)
        // ("Among the dead were three children": the dead told before.)
        const amongWhole = c.category === "killed" || c.category === "wounded" ? AMONG_EARLIER.exec(text.slice(sentence.start, n.start)) : null;
        const wholeCategory = PART_OF_EARLIER.test(n.text) ? categoryOfWhole(n.text) ?? c.category : amongWhole ? c.category : null;
        const whole = partsOfPrevious.has(c) ? previous?.claim : wholeCategory ? [...claims].reverse().find((o) => o.category === wholeCategory && o.sentence[1] <= sentence.start) : undefined;
        const chosenTime = whole && !doc.times.some((t) => t.start >= sentence.start && t.end <= sentence.end) ? whole.time : chooseTime(doc, sentence, n, attribution, previous?.claim ?? null, continues, c.trigger?.start ?? -1);
        const time = c.category === "present" ? stockNowTime(doc, sentence, n, chosenTime) : c.category === "other" ? missingNowTime(doc, sentence, n, chosenTime) : chosenTime;
        // ("At least 10,582 civilians have been killed and 19,875 injured": "at least" is said of both.)
        // ("At least 27 people were killed and 14 others injured": others are people named anew, with no qualifier of their own.)
        const sharedAtLeast = n.qualifier === "exact" && !n.vague && genericCount(n) && !/^(?:others|more)$/i.test(n.noun) && previous?.sentence === si && previous.claim.qualifier === "min" && previous.claim.category !== c.category &&
          /^(?:at least|more than|over)\s/i.test(previous.claim.text) && previous.claim.span[1] <= n.start && /^[^,.;:()]*?\s+and\s+$/i.test(text.slice(previous.claim.span[1], n.start));
        const beyond = n.qualifier === "exact" && (sharedAtLeast || tollBeyond(text, sentence.start, n));
        const claim: Claim = {
          doc: doc.id,
          span: [n.start, n.end],
          text: n.text,
          sentence: [sentence.start, sentence.end],
          category: (mixedHarm(text, c) ? "other" : c.category) as Category,
          value: n.value,
          low: n.low,
          high: beyond ? null : n.high,
          qualifier: beyond ? "min" : n.qualifier,
          vague: n.vague,
          subject: officersOfTroops(c, text) ?? inheritedSubject(n, people, text) ?? subjectOf(n, text),
          source,
          place: whole && !facts.places.some((e) => e.start >= sentence.start && e.end <= sentence.end) ? whole.place : choosePlace(doc, facts, sentence, n, c.category, focus, time),
          time,
          said: attribution?.said ?? null,
          hedge: hedgeOf(doc, si, sentence, facts.hedges, n),
        };
        claims.push(claim);
        // ("He said all three had suffered stab wounds": maybe the wounds of people already counted dead; see below.)
        if (c.category === "wounded" && c.trigger && !n.subject && /\bwounds?$/i.test(text.slice(c.trigger.start, c.trigger.end))) woundsOfSome.add(claim);
        previous = { claim, sentence: si };
      }
    }
    // ("RELATED: Woman killed in Englewood shooting": no claim of any kind from a link to another story.)
    claims.push(...singleVictimClaims(doc, claims, quotes, focus, facts).filter((c) => !promos.some((p) => c.span[0] < p.end && c.span[1] > p.start)));
    claims.push(...comparedFigures(doc, claims));
    claims.push(...definiteArrests(doc, claims, quotes, focus, facts).filter((c) => !promos.some((p) => c.span[0] < p.end && c.span[1] > p.start)));
    if (text.includes("|")) claims.push(...columnTableClaims(doc, claims, quotes, focus, facts));
    claims.sort((a, b) => a.span[0] - b.span[0]);
    if (text.includes("respectively")) placeRespectively(claims, text, facts);
    fromListCaptions(doc, claims);
    fromSpeakerLabels(doc.text, claims);
    fromHeadlineVoices(doc, claims);
    // "A woman and her two children were found dead. … all three had suffered stab wounds": the wounds of as many people
    // as were counted dead before say how they died; they are no count of the hurt. (Not for one: "one killed, one
    // with a gunshot wound" is two people.)
    // ("found the bodies of a woman and her son, both of whom had been shot", "Two men were shot; both were taken to
    // hospital": "both" after a count of the dead or hurt tells more of the same people, not more people hurt.)
    let all = withGroupTotals(withoutRestatedPairs(withoutSpeakersDescribed(claims, doc), text), text).filter((c) => !((c.category === "wounded" || c.category === "killed") && /^(?:both|all|all three|all four|each)$/i.test(c.text) && claims.some((k) => k !== c && (k.category === "killed" || (k.category === "wounded" && c.category === "wounded")) && k.sentence[0] === c.sentence[0] && k.span[1] <= c.span[0] && (k.value ?? 0) >= (c.value ?? 2))));
    // "A man was shot in the chest … and was pronounced dead", "…was found with stab wounds and, despite the efforts of
    // paramedics, he died": one person, hurt then dead, is counted among the dead only.
    // "One passenger, a nine-year-old girl, escaped with cuts": one person and an apposition saying who, counted once.
    all = all.filter((c, i) => !(c.value === 1 && i > 0 && all[i - 1]!.value === 1 && all[i - 1]!.category === c.category && all[i - 1]!.sentence[0] === c.sentence[0] && /^\s*,\s*$/.test(text.slice(all[i - 1]!.span[1], c.span[0])) && /^[^,;.:]{0,30},(?!\s*(?:and|or)\b)/.test(text.slice(c.span[1], c.span[1] + 40)) && /^(?:a|an|the)\s/i.test(c.text)));
    all = all.map((c) => ordinalToll(c, all));
    all = all.map((c) => casualtiesBrokenDownAfter(c, all, text));
    all = withoutHurtWhoDied(all, text);
    all = all.map((c) => survivorsOfShot(c, all, text));
    // (Each claim, then right after it the toll it also is, if any: no array made per claim.)
    const withAboardKilled: Claim[] = [];
    for (const c of all) {
      withAboardKilled.push(c);
      const toll = everyoneAboardKilled(c, all, text);
      if (toll) withAboardKilled.push(toll);
    }
    all = withAboardKilled;
    // ("Reports that 10 people had died were wrong", "Police initially said one person died …, but later corrected the
    // statement": a figure the text itself calls false is no claim; "Police denied reports that four were killed" is
    // one, doubted.)
    all = all.flatMap((c) => {
      const before = text.slice(c.sentence[0], c.span[0]);
      const after = text.slice(c.span[1], c.sentence[1]);
      if ((REPORT_THAT_BEFORE.test(before) && CALLED_FALSE_AFTER.test(after)) || (INITIALLY_BEFORE.test(before) && CORRECTED_AFTER.test(after))) return [];
      if (!c.hedge && DENIED_BEFORE.test(before)) return [{ ...c, hedge: DENIED_BEFORE.exec(before)![1]! }];
      return [c];
    });
    // ("Three men have been jailed over the fatal shooting of a man in Dublin in 2021": the year is the killing's; the
    // jailing is told as news, with no time of its own.)
    all = all.map((c) => (c.category === "detained" && c.time && JAILED_OVER.test(text.slice(c.span[1], c.sentence[1])) && timeInCrime(text, c) ? { ...c, time: null } : c));
    // ("was beaten and left for dead": hurt so badly as to seem dead, not dead.)
    all = all.map((c) => (c.category === "killed" && LEFT_FOR_DEAD.test(text.slice(c.span[1], c.sentence[1])) && !DEATH_AFTER_LEFT.test(text.slice(c.span[1], c.sentence[1])) ? { ...c, category: "wounded" } : c));
    // ("One of the shots struck Gloria Jenkins. She died at the scene.": the one hurt is the one who died next.)
    all = all.filter((c, i) => !(c.category === "wounded" && c.value === 1 && all[i + 1]?.category === "killed" && /^(?:he|she)$/i.test(all[i + 1]!.text) &&
      all[i + 1]!.span[0] === all[i + 1]!.sentence[0] && /^\s*$/.test(text.slice(c.sentence[1], all[i + 1]!.sentence[0]))));
    const dead = all.filter((c) => c.category === "killed" && c.value === 1 && !ORDINAL_VICTIM.test(c.text));
    if (dead.length) all = all.filter((c) => !(c.category === "wounded" && c.value === 1 && dead.some((k) => k.sentence[0] === c.sentence[0] && ((k.span[0] === c.span[0] && k.span[1] === c.span[1]) || (k.span[0] > c.span[1] && /^(?:he|she)$/i.test(k.text) && !/\b(?:and|while|but)\s+(?:a|an|another|one|two|the other|his|her|their)\s/i.test(text.slice(c.span[1], k.span[0])))))));
    return { ...input, claims: woundsOfSome.size ? all.filter((c) => !woundsOfSome.has(c) || (c.value ?? 0) < 2 || !all.some((o) => o.category === "killed" && o.value === c.value && o.span[1] <= c.sentence[0])) : all };
  },
};

const JAILED_OVER = /^[^.;]{0,40}?\b(?:jailed|sentenced|imprisoned|convicted)\b[^.;]{0,40}?\b(?:over|for)\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+)?(?:fatal\s+|attempted\s+)?(?:murders?|killings?|deaths?|shootings?|stabbings?|manslaughter|attacks?|assaults?|robbery|robberies)\b/i;
/** Whether a claim's time is written after the crime its jailing was for (so it dates the crime). */
function timeInCrime(text: string, c: Claim): boolean {
  const after = text.slice(c.span[1], c.sentence[1]);
  const crime = JAILED_OVER.exec(after)!;
  const at = after.indexOf(c.time!.text, crime.index + crime[0].length);
  return at >= 0;
}

/**
 * "Five soldiers killed and wounded", "scores were killed or injured", "killing and wounding 12": one count of
 * the dead and the hurt together is neither, so it is kept as another kind of count rather than as deaths.
 */
function mixedHarm(text: string, c: Candidate): boolean {
  const t = c.trigger;
  if (!t || (c.category !== "killed" && c.category !== "wounded")) return false;
  const { after, before } = MIXED_HARM[c.category];
  if (after.test(text.slice(t.end, t.end + 40)) || before.test(text.slice(Math.max(0, t.start - 24), t.start))) return true;
  // ("The army lost up to 90 soldiers killed and wounded": the loss, read as deaths, is both kinds told after the figure.)
  const n = c.number;
  return c.category === "killed" && t.end <= n.start && LOSS_THEN_BOTH.test(text.slice(n.nounEnd, n.nounEnd + 40));
}
const LOSS_THEN_BOTH = /^\s+(?:killed|dead)\s+(?:and|or|&|\/)\s*(?:wounded|injured)\b/i;

/**
 * "Six rebels, one of whom was a commander, surrendered": the part set off by commas right after the whole only says
 * who one of them was, so neither "one" nor "a commander" is a count of its own. Returns that part's span, or null.
 */
function asideOfWhom(text: string, numbers: NumberMention[]): [number, number] | null {
  for (let k = 1; k < numbers.length; k++) {
    const n = numbers[k]!;
    // (A cheap look first: the words "of whom"/"of them" right after the figure.)
    if (text.charCodeAt(n.end) !== 32 || text.slice(n.end + 1, n.end + 3).toLowerCase() !== "of") continue;
    const m = ASIDE_OF_WHOM.exec(text.slice(n.end, n.end + 100));
    const whole = numbers[k - 1]!;
    if (m && whole.subject && !whole.notPeople && /^\s*,\s*$/.test(text.slice(Math.max(whole.end, whole.nounEnd), n.start))) return [n.start, n.end + m[0].length];
  }
  return null;
}
const ASIDE_OF_WHOM = /^\s+of\s+(?:whom|them)\s+(?:was|is)\s+(?:an?|the)\s[^,.;:()]{1,60},/i;

/** The other kind of harm written next to a trigger, by the trigger's category (compiled once, not per claim). */
const MIXED_HARM = (() => {
  const patterns = (other: string) => ({
    after: new RegExp(`^\\s*(?:(?:,|and|or|&|/)\\s*){1,2}(?:\\w+ly\\s+)?${other}\\b(?!\\s+(?:\\d|one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|at least|more than|another|others?)\\b)`, "i"),
    before: new RegExp(`\\b${other}\\s+(?:and|or|&|/)\\s*$`, "i"),
  });
  // ("87 people were killed or missing": the missing may be alive; the figure is no count of the dead.)
  return { killed: patterns("(?:wounded|injured|hurt|wounding|injuring|missing|maimed|maiming)"), wounded: patterns("(?:killed|dead|killing)") };
})();

const OWN_VERB_THEN_WHO = /^\s+(?:\w+\s+)?(?:shot|fired|attacked|opened|struck|hit|stabbed|beat|chased|ambushed|arrested|captured|abducted|kidnapped|killed|wounded)\b[^.;]*\bwho\s+/i;

/** Triggers that are nouns, and what may stand between people and such a noun: "12 bodies", "five were among the dead". */
const NOUN_TRIGGER = /^(?:bodies|corpses|remains of|injury of|wounding of|deaths?|fatalit(?:y|ies)|casualt(?:y|ies)|death tolls?|tolls?)$/i;
const NOUN_TRIGGER_GAP = /^[\s,]*(?:(?:were|was|are|is|have been|had been|has been)\s+(?:among\s+)?(?:the\s+)?(?:\w+\s+)?)?$/i;

/** Between a whole's own participle phrase and the verb of the part taken from it: "… trapped since Monday had been". */
const PART_VERB_GAP = /^[^,;.:]*\b(?:were|was|had been|have been|has been|are|is)\s+(?:[\w-]+ly\s+|later\s+|also\s+)?$/i;

/** "… of the", "… of their" right before a figure: what "none of the 120 passengers" needs (a cheap test first). */
function noneOfBefore(text: string, end: number): boolean {
  const at = wordBeforeSpace(text, end, ["the", "these", "those", "its", "their"]);
  return at >= 0 && wordBeforeSpace(text, at, ["of"]) >= 0;
}

/** "the number of displaced people has risen to 90,000": the people's own noun says what the bare figure counts. */
function numberOfPeopleReaches(text: string, sentenceStart: number, n: NumberMention): PeopleCategory | null {
  const before = text.slice(Math.max(sentenceStart, n.start - 140), n.start);
  // (The pattern, tried at every offset, runs only where its opening words stand.)
  if (!NUMBER_OF.test(before)) return null;
  const m = NUMBER_OF_PEOPLE_REACHED.exec(before) ?? NUMBER_OF_PEOPLE_PUT_AT.exec(before) ?? NUMBER_OF_PEOPLE_BROUGHT_TO.exec(before);
  if (!m) return null;
  // ("The number of refugees who have crossed into Armenia rose to 84,770": what the people did says what they are.)
  const did = WHO_HAVE_DONE.exec(before.slice(m.index));
  if (did) return WHO_HAVE_DONE_CATEGORY[did[1]!.toLowerCase()] ?? null;
  const noun = m[1]!.toLowerCase().replace(/\s+/g, " ");
  return NOUN_CATEGORY[noun] ?? PARTICIPLE_CATEGORY[noun] ?? null;
}
const NUMBER_OF = /number /i;
/** What "the number arrested" and the like count, for a participle NOUN_CATEGORY does not hold. */
const PARTICIPLE_CATEGORY: Record<string, PeopleCategory> = Object.assign(Object.create(null), {
  arrested: "detained", detained: "detained", abducted: "detained", kidnapped: "detained", killed: "killed", evacuated: "evacuated",
  // ("The number of victims of the floods … has risen to 14": the dead, as translated copy calls them.)
  victims: "killed",
  // ("bringing the total number of asylum seekers in Ghana to 12,000": a stock of people where they are.)
  "asylum seekers": "present", "asylum-seekers": "present", migrants: "present",
});
const WHO_HAVE_DONE = /\bwho\s+(?:have|had|has)\s+(?:now\s+|since\s+|already\s+)?(?:been\s+)?(crossed|arrived|returned|fled|displaced|evacuated|killed|arrested|detained)\b/i;
const WHO_HAVE_DONE_CATEGORY: Record<string, PeopleCategory> = Object.assign(Object.create(null), {
  crossed: "arrived", arrived: "arrived", returned: "arrived", fled: "fled", displaced: "fled", evacuated: "evacuated", killed: "killed", arrested: "detained", detained: "detained",
});
/** "…, bringing the total number of asylum seekers in Ghana to around 12,000": the running number a figure reaches. */
const NUMBER_OF_PEOPLE_BROUGHT_TO = /\b(?:bringing|brings|brought|bring|raising|raises|raised|taking|takes|took|pushing|pushes|pushed)\s+(?:the\s+)?(?:total\s+|overall\s+|cumulative\s+)?number (?:of )?(?:[\w-]+\s+){0,2}?(victims|refugees|asylum[ -]seekers|migrants|displaced|evacuees|arrivals|detainees|prisoners|hostages|captives|dead|wounded|injured|arrested|detained|killed|abducted|kidnapped|evacuated)\b[^.;:]{0,70}?\bto\s+(?:(?:about|around|some|nearly|almost|over|more than|at least|roughly)\s+)?$/i;
/** "The IOM put the number of people displaced in Derna at 30,000": a number of some people, put at a figure. */
const NUMBER_OF_PEOPLE_PUT_AT = /\bput(?:s|ting)?\s+(?:the|its|their)\s+number (?:of )?(?:[\w-]+\s+){0,2}?(victims|refugees|displaced|evacuees|arrivals|detainees|prisoners|hostages|captives|dead|wounded|injured|arrested|detained|killed|abducted|kidnapped|evacuated)\b[^.;:]{0,50}?\s+at\s+(?:(?:about|around|some|nearly|almost|over|more than|at least|roughly)\s+)?$/i;
// ("the number of victims could exceed 50": a toll foretold, hedged by its modal.)
const NUMBER_OF_PEOPLE_REACHED = /\bnumber (?:of )?(?:[\w-]+\s+){0,2}?(victims|refugees|displaced|evacuees|arrivals|detainees|prisoners|hostages|captives|dead|wounded|injured|arrested|detained|killed|abducted|kidnapped|evacuated)\b[^.;:]{0,70}?\b(?:has|have|had|now)?\s*(?:risen|rose|reached|surpassed|exceeded|topped|climbed|passed|stands|stood|grown|grew|increased|jumped|swelled|hit|(?:could|may|might|would|will)\s+(?:exceed|top|reach|surpass|pass|rise))\s+(?:at\s+|to\s+)?(?:(?:about|around|some|nearly|almost|over|more than|at least|roughly)\s+)?$/i;

/** "Nine of the victims", "two of the bodies": a part of people counted; victims are the dead only where bodies were found. */
/** " and hacked two others to death": a second harm, to others, that ends in death. */
const OTHERS_TO_DEATH_AFTER = /^\s+and\s+[a-z]+\s+(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|many|some)\s+)?(?:others|more)\s+to\s+death\b/i;
/** "two of the", "most of those": a share is taken of the figure that follows. ("all of the" takes the whole.) */
const SHARE_TAKEN_BEFORE = /\b(?!all\b)(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|some|most|many|several|half|few)\s+of\s+(?:the|those|these)\s+$/i;
const DEAD_PARTITIVE = /\bof (?:the|those|these) (?:victims|bodies|dead|deceased|corpses)\b/i;
const BODIES_FOUND = /\b(?:bodies|corpses|remains|found dead)\b/i;

/** A verb of release right before the figure, or right after its noun: "freed 50 prisoners", "hostages were released". */
function released(text: string, n: NumberMention): boolean {
  let end = n.nounEnd > n.end ? n.nounEnd : n.end;
  // "Nine of the 12 hostages were freed": the part's verb comes after the whole it is taken from.
  const whole = PARTITIVE_WHOLE.exec(text.slice(end, end + 60));
  if (whole) end += whole[0].length;
  const before = text.slice(Math.max(0, n.start - 40), n.start);
  // ("only five of some 40 detainees have been released": the five were, not the 40.)
  // (Each pattern tried at every offset runs only where the words it ends with stand.)
  const after = text.slice(end, end + 50);
  // ("Ukraine has brought home 175 prisoners of war": captives brought home were let go; the bodies of the dead were not.)
  // (The noun is tested first: most figures count no captives, and the patterns before are tried at every offset.)
  const captives = CAPTIVES.test(n.noun);
  if (captives && BROUGHT_HOME_BEFORE.test(before)) return true;
  // ("each returned 115 prisoners of war": captives handed back in an exchange.)
  if (captives && RETURNED_BEFORE.test(before)) return true;
  // ("Four members of the group abducted last week were freed": the release is the clause's verb, past the participle.)
  if (ABDUCTED_THEN_RELEASED.test(text.slice(end, end + 120))) return true;
  return (wordBeforeSpace(text, n.start, RELEASED_BEFORE_LAST_WORDS) >= 0 && RELEASED_BEFORE.test(before)) || (wordBeforeSpace(text, n.start, EXCHANGED_FOR_LAST_WORDS) >= 0 && EXCHANGED_FOR.test(before)) || ((RELEASED_AFTER.test(after) || RELEASED_REDUCED.test(after)) && !/\b(?<!total )of\s+(?:(?:the|some|about|around|nearly|almost|over|more than)\s+)?$/i.test(before));
}
/**
 * ("Gunmen freed 400 prisoners from a jail", "inmates were freed from the prison by attackers": a jailbreak, not a
 * release; the prisoners got out, so they fled. An amnesty freeing prisoners from a jail names no attackers.)
 */
function brokenOut(text: string, sentence: Span, n: NumberMention): boolean {
  if (n.subject !== "prisoners") return false;
  const end = Math.max(n.end, n.nounEnd);
  const freedBefore = /\b(?:freed|freeing|frees|free|set free|sprang|springing)\s+(?:(?:about|around|some|nearly|almost|more than|over|at least)\s+)?$/i.test(text.slice(Math.max(sentence.start, n.start - 30), n.start));
  const from = FROM_A_JAIL.exec(text.slice(end, end + 80));
  if (!from || (!freedBefore && !from[1])) return false;
  return JAILBREAKERS.test(text.slice(sentence.start, sentence.end));
}
const FROM_A_JAIL = /^\s+(?:((?:were|was|had been|have been)\s+)?(?:freed|set free)\s+)?from\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:jail|prison|penitentiary|lock-?up|detention (?:centre|center|facility)|correctional (?:centre|center|facility))s?\b/i;
const JAILBREAKERS = /\b(?:gunmen|attackers|militants|insurgents|jihadists|bandits|assailants|rebels|raiders|armed men|stormed|jailbreak|prison break)\b/i;
const WHOLE_ESCAPED = /^\s+(?:who|that)\s+(?:had\s+|have\s+)?(?:broke out|escaped|fled)\b/i;
/** A release told in a reduced clause after the noun: "183 prisoners freed by Israel", "40 detainees released on Sunday". */
const RELEASED_REDUCED = /^\s+(?:freed|released|pardoned|swapped|exchanged|set free|handed back)(?:\s+(?:by|from|on|in|under|as|after|earlier|last|this|overnight|yesterday|today)\b|\s*(?:[,;:]|$))/i;
/** "20 hostages released in exchange for 60 Palestinian prisoners": those the release is traded for are released too. */
const BROUGHT_HOME_BEFORE = /\b(?:brought|bringing|brings|bring)\s+(?:home|back)\s+(?:(?:a total of|another|some|about|around|nearly|almost|more than|over)\s+)?$/i;
const CAPTIVES = /^(?:prisoners|pows|captives|hostages|servicemen|soldiers|defenders|detainees)$/i;
const RETURNED_BEFORE = /\b(?:returned|returns|return|returning|repatriated|handed back|handed over)\s+(?:(?:a total of|another|some|about|around|nearly|almost|more than|over)\s+)?$/i;
const EXCHANGED_FOR = /\b(?:in exchange for|in return for|swapped for|traded for|exchanged for)\s+(?:(?:a|another|some|about|around|nearly|more than|over|at least|the)\s+){0,2}$/i;
/** The words EXCHANGED_FOR may end with, before the spaces it ends on. */
const EXCHANGED_FOR_LAST_WORDS = ["for", "a", "another", "some", "about", "around", "nearly", "than", "over", "least", "the"];
/** The words PUT_THE_FIGURE_AT may end with (before the space): checked first, as the pattern is tried at every offset. */
/** "it had risen to 251", "the figure has since climbed to more than 300": a toll named by a pronoun or "the figure". */
const IT_ROSE_TO = /(?:^|[,;]\s*|\b(?:and|but|by\s+[\w\s]{1,30}?|on\s+\w+|later)\s+|^\s*)(?:it|that|the (?:figure|number|tally|count|total))\s+(?:had\s+|has\s+|have\s+|was\s+|then\s+)?(?:since\s+|now\s+|later\s+|further\s+|already\s+|again\s+)?(?:risen|rose|climbed|reached|jumped|increased|grown|grew|swelled|soared|surged|stood|stands|passed)\s+(?:to\s+|at\s+)?(?:(?:at least|about|around|some|nearly|almost|over|more than|roughly)\s+)?$/i;
/** The words THE_NUMBER_MOVED_TO and GAVE_A_FIGURE_OF may end with (before the figure). */
const REFERENCE_LAST_WORDS = ["to", "at", "of", "as", "is", "was", "be", "passed", "reached", "topped", "exceeded", "surpassed", "about", "around", "some", "nearly", "almost", "over", "than", "roughly", "least", "approximately"];
const ABOUT_WORDS = "(?:(?:about|around|some|nearly|almost|over|more than|at least|roughly|approximately)\\s+)?";
/** "the number had risen to", "the figure passed", "the real number was closer to", "the combined figure for Syria is about". */
const THE_NUMBER_MOVED_TO = new RegExp(`\\b(?:the|that|this|its|their)\\s+(?:(?:real|true|actual|combined|final|overall|official|new|revised|updated|latest|death|casualty)\\s+){0,2}(?:toll|number|figure|tally|count|estimate)(?:\\s+(?:for|in)\\s+[^,.;:\\d]{1,30}?)?\\s+(?:(?:had|has|have|could|may|might|would|will)\\s+)?(?:(?:been|be|now|since|later|then|already|further)\\s+)?(?:(?:risen|rose|climbed|jumped|increased|grown|grew|reached|passed|topped|exceeded|surpassed|stood|stands|was|is|be|revised\\s+(?:down|up|downwards?|upwards?)|lowered|raised|corrected|updated)\\s+)(?:(?:to|at|as high as|as low as|closer to|nearer to)\\s+)?${ABOUT_WORDS}$`, "i");
/** "Arrivals totalled", "Deaths this year stand at", "arrests rose to about": a count named by what happened, then where it came to. */
/** Counts of movements named by the movement ("Crossings into Chad totalled 9,000 in May"): crossings in are arrivals,
 *  departures are people leaving (fled, as "left" is); kept apart from the nouns a figure itself may carry ("40 crossings").
 *  ("Daily crossings fell to 300": a rate per day is no count of people, so such counts are passed by.) */
const MOVEMENT_COUNT: Record<string, PeopleCategory> = Object.assign(Object.create(null), { crossings: "arrived", departures: "fled" });
/** After a bare figure: "were departures", "were returns". */
const WERE_MOVEMENTS = /^\s+(?:were|was)\s+(departures|returns|returnees|arrivals)\b/i;
const MOVEMENTS_NAMED: Record<string, PeopleCategory> = Object.assign(Object.create(null), { departures: "fled", returns: "arrived", returnees: "arrived", arrivals: "arrived" });
const COUNT_CAME_TO = /\b(?<!\b(?:daily|weekly|monthly|average)\s+)(arrivals|deaths|fatalities|killings|homicides|arrests|apprehensions|evacuees|returnees|detainees|crossings|departures)\s+(?:(?:this|last)\s+(?:year|month|week)\s+|so\s+far\s+(?:this\s+year\s+)?|(?:in|into|to|from|on|at|across)\s+[\w\s]{1,20}?\s+){0,2}(?:have\s+|has\s+|had\s+)?(?:totall?ed|totals?|reached|stood\s+at|stand\s+at|stands\s+at|rose\s+to|risen\s+to|fell\s+to|dropped\s+to|climbed\s+to|numbered|hit|topped|exceeded|passed)\s+(?:(?:about|around|more than|nearly|almost|some|at least|over|roughly)\s+)?$/i;
/** "bringing the total since the start of the war to", "bringing total to", "raising the number of people held to". (Read
 * within one sentence, so a full stop in it is an abbreviation's: "U.N. personnel".) */
const BROUGHT_TOTAL_TO = new RegExp(`\\b(?:bringing|brings|brought|bring|raising|raises|raised|taking|takes|took|take|pushing|pushes|pushed)\\s+(?:(?:the|its|their)\\s+)?(?:(?:overall|total|cumulative|official)\\s+)?(?:total|number|toll|tally|count|figure)\\b[^;:]{0,90}?\\s+to\\s+${ABOUT_WORDS}$`, "i");
/** A share of people said to be over or under an age: "most of those who died were over". */
const AGE_OF_SHARE = /^\s*(?:most|many|all|half|some|nearly all|the majority)\s+of\s+(?:those|the|them)\b[^.;:\d]{0,60}?\s(?:were|was|are|is)\s+(?:aged\s+)?(?:(?:over|under|above|below|older than|younger than)\s+)?$/i;
/** What a total raised to a figure may count that is no people: "the number of cases", "the tally of doses". */
const NOT_PEOPLE_TOTAL = /\b(?:cases|infections|tests|doses|samples|vaccinations|admissions|hospitali[sz]ations|consultations)\b/i;
/** "gave a figure of", "offered an estimate of", "put the toll closer to". */
const GAVE_A_FIGURE_OF = new RegExp(`\\b(?:gave|giving|gives|offered|offering|offers|put|putting|puts|placed|placing|places|cited|citing)\\s+(?:a|an|the|its|their)\\s+(?:[\\w-]+\\s+){0,2}?(?:figure|estimate|toll|number|count|tally)\\s+(?:of|closer to|as high as|nearer to)\\s+${ABOUT_WORDS}$`, "i");
const IT_ROSE_LAST_WORDS = ["to", "at", "reached", "passed", "least", "about", "around", "some", "nearly", "almost", "over", "than", "roughly"];
/** A sentence that names a toll or a number of people, for "it" in the next one to stand for. */
const TOLL_NAMED = /\b(?:death toll|toll|tally|number of|total of|casualty figures?|count of)\b/i;
const OTHER_FIGURE_AT = /\b(?:figure|toll|count|tally|number|estimate)\b[^.;:]{0,60}?\b(?:is|was|stands|stood|are|were)\s+(?:much\s+|far\s+|slightly\s+)?(?:lower|higher|smaller|larger|different)\s*,?\s+at\s+(?:(?:about|around|some|nearly|at least|more than|over|just)\s+)?$/i;
const PUT_THE_FIGURE_AT_LAST_WORDS = ["at", "about", "around", "some", "nearly", "least", "than", "over", "just"];
const PUT_THE_FIGURE_AT = /\bput(?:s|ting)?\s+(?:the|that|this|its|their)\s+(?:figure|number|count|tally)\s+at\s+(?:(?:about|around|some|nearly|at least|more than|over|just)\s+)?$/i;
const HOSPITAL_TOOK_IN = /\b(?:received|receiving|receives|admitted|admitting|treated|treating|treats|took in|taken in|brought in)\s+(?:(?:at least|about|around|some|more than|over|nearly)\s+)?$/i;
const PARTITIVE_WHOLE = /^\s+of\s+(?:(?:the|these|those|its|their|some|about|around|nearly|roughly|an estimated)\s+(?:[\w,-]+\s+){0,2}?[\w-]+|whom|them)(?=\s+(?:were|was|have|has|had|are)\b)/i;
// ("allowed the liberation of 8 hostages": the noun of a release, as AFP renders the French "libération"; not "demanded
// the release of 30 prisoners", who are still held.)
// ("commuted the sentences of 300 prisoners": a lighter sentence frees or spares them, it takes no one in.)
const RELEASE_VERB = "(?:(?<!\\b(?:demand(?:ed|ing|s)?|call(?:ed|ing|s)? for|urg(?:ed|ing|es|e)|seek(?:ing|s)?|sought|push(?:ed|ing|es)? for|press(?:ed|ing|es)? for|negotiat(?:ed|ing|es|e)|wait(?:ed|ing)? for|await(?:ed|ing|s)?)\\s+(?:the\\s+)?(?:immediate\\s+|swift\\s+|safe\\s+|unconditional\\s+)?)(?:release|liberation|freeing) of|(?:commuted|reduced) (?:the )?(?:death |prison |jail )?sentences? of|freed|freeing|frees|free|released|releasing|releases|release|pardoned|swapped|swap|swaps|swapping|exchanged|exchange|exchanges|exchanging|let go|set free|handed back|handed over to (?:the )?(?:Red Cross|ICRC|International Committee of the Red Cross)|returned from (?:\\w+ )?captivity)";
const ABDUCTED_THEN_RELEASED = new RegExp(`^(?:\\s+(?:of|from)\\s+(?:[\\w'’-]+\\s+){1,4}?)?\\s*,?\\s*(?:who\\s+(?:were|was|had been)\\s+)?(?:abducted|kidnapped|seized|captured|taken|held)\\b[^.;:,]{0,50}?,?\\s+(?:were|was|have been|has been|had been)\\s+(?:later\\s+|finally\\s+|eventually\\s+|also\\s+)?${RELEASE_VERB}\\b`, "i");
/** The words RELEASED_BEFORE may end with (before the space): a verb's last word, or a word that may follow it. */
const RELEASED_BEFORE_LAST_WORDS = ["of", "further", "additional", "freed", "freeing", "frees", "free", "released", "releasing", "releases", "release", "pardoned", "swapped", "swap", "swaps", "swapping", "exchanged", "exchange", "exchanges", "exchanging", "captivity", "go", "back", "a", "an", "the", "another", "some", "about", "around", "nearly", "almost", "least", "than", "over", "to"];
const RELEASED_BEFORE = new RegExp(`\\b${RELEASE_VERB}\\s+(?:(?:a total of|a further|an additional|a|an|the|another|some|about|around|nearly|almost|at least|more than|over|up to)\\s+){0,2}$`, "i");
// ("150 prisoners of war from each side were exchanged": words saying whose and from where may stand between.)
const RELEASED_AFTER = new RegExp(`^(?:\\s+(?:of|from|on|held by)\\s+(?:[\\w-]+\\s+){0,2}?[\\w-]+){0,2}\\s+(?:(?:who|that)\\s+)?(?:(?:were|was|have|has|had|are|been|being|later|also|all|now|since|already|finally|eventually|reportedly)\\s+){1,4}${RELEASE_VERB}\\b`, "i");

/** Words that may follow a bare number that still counts people: "hundreds fled", "520 have been captured". */
const BARE_NEXT = /^(?:\s*[”"’'),.;:|]|\s+\((?=[A-Z0-9])|\s*$|\s+[-–—](?=\s)|[ \t]*\r?\n|\s+(?:were|was|are|is|have|has|had|had|been|be|will|would|could|may|might|more|of|in|at|on|from|to|and|or|who|that|which|remain|remained|still|others|dead|killed|died|drowned|perished|starved|wounded|injured|hurt|shot|stabbed|suffered|sustained|fled|escaped|surrendered|evacuated|rescued|arrested|detained|captured|abducted|kidnapped|seized|reached|arrived|crossed|returned|rendered|people|sheltering|sheltered|fleeing|escaping|running|streaming|pouring|heading|leaving|seeking|scrambling|rushing|trapped|stranded|hiding|remaining|living|staying|displaced|missing|flee|flees|managed|die|dies|escape|surrender|arrive|since|during|after|before|until|last|this|overnight|yesterday|today|so|as|inside|while|when|across|later|also|reportedly|allegedly|eventually|subsequently|then|initially|including|among|over|within|throughout|amid|near|outside|around|following|earlier|elsewhere|respectively|held|taken|freed|slain|caught|kept|maimed|marched|rallied|demonstrated|protested|gathered|took to the streets|hanged)\b)/i;

const LEFT_HOMELESS = /\b(?:left|leaving|leaves|made|making|rendered|rendering)\s+(?:(?:about|around|some|nearly|almost|more than|over|at least|an estimated)\s+)?$/i;
/** "bringing to", "raising to": a change of a toll whose name comes after the figure. */
const RAISED_TO_BEFORE = /\b(?:bringing|brings|brought|raising|raises|raised|taking|takes|took|pushing|pushes|pushed|lifting|lifts|lifted)\s+to\s+(?:(?:at least|about|around|over|more than|nearly|almost|some)\s+)?$/i;
/** The words RAISED_TO_BEFORE may end with (before the space). */
const RAISED_TO_LAST_WORDS = ["to", "least", "about", "around", "over", "than", "nearly", "almost", "some"];
const THE_TOLL_NEXT = /^\s+the\s+(?:(?:overall|total|official|confirmed|number|of|people|persons|civilians|those|who|have|been|were)\s+){0,4}$/i;

/** "bringing to 60 the number killed in the area": the toll after the figure, joined by "bringing … to". */
/** The phrases naming who speaks in a sentence: before the verb, or after it where the cue opens with it ("according to X"). */
function speakerPhrases(attributions: readonly Attribution[], sentence: Span): Span[] {
  const out: Span[] = [];
  for (const a of attributions) {
    if (a.start < sentence.start || a.end > sentence.end || a.verbStart == null || a.verbEnd == null) continue;
    out.push(a.verbStart > a.start ? { start: a.start, end: a.verbStart } : { start: a.verbEnd, end: a.end });
  }
  return out;
}

function tollNamedAfter(text: string, n: NumberMention, triggers: TriggerHit[]): TriggerHit | null {
  // (First the word the pattern must end with, which most figures lack.)
  if (wordBeforeSpace(text, n.start, RAISED_TO_LAST_WORDS) < 0 || !RAISED_TO_BEFORE.test(text.slice(Math.max(0, n.start - 40), n.start))) return null;
  return triggers.find((t) => t.start >= n.end && t.start - n.end <= 50 && THE_TOLL_NEXT.test(text.slice(n.end, t.start))) ?? null;
}

/** "killed 12 people in Kramatorsk and 7 in Sloviansk": a bare count with a place of its own, after a figure with its place. */
function parallelPlaces(text: string, prev: NumberMention, c: NumberMention): boolean {
  if (c.subject) return false;
  const between = text.slice(prev.nounEnd > prev.end ? prev.nounEnd : prev.end, c.start);
  if (PLACE_AND.test(between) && PLACE_NEXT.test(text.slice(c.end, c.end + 30))) return true;
  // ("Seven people died at the bowling alley and eight at the bar": the verb after the first figure, left out after the
  // second.)
  return VERB_PLACE_AND.test(between) && SCENE_NEXT.test(text.slice(c.end, c.end + 30));
}
const SERIES_GAP = /^\s+(?:on|in|by)\s+[A-Z][a-z]+(?:\s+(?:morning|afternoon|evening|night|\d{1,2}))?,?\s+(?:and\s+)?(?:to\s+)?$/;
// (A voice may be told between: "Eleven people were killed in Qasr-e Shirin, the Red Crescent said, and 9 in …".)
const VERB_PLACE_AND = /^\s+(?:(?:were|was|had|have|has|been|are|is)\s+){0,2}[a-z]+(?:\s+(?:dead|to death))?\s+(?:in|at|near|outside|inside|around|on)\s+(?:the\s+|a\s+)?[^,;.:]{1,40}?(?:,\s+[^,;.:]{1,40}?\s+(?:said|says|reported|added|told [\w ]{1,20}))?,?\s+(?:and|while)\s+(?:another\s+)?$/;
const SCENE_NEXT = /^\s+(?:more\s+|others?\s+)?(?!in the (?:morning|afternoon|evening|night)\b)(?:in|at|near|outside|inside|around|on)\s+(?:the|a|an|[\p{Lu}]|(?:nearby\s+)?(?:villages|towns|camps|districts|areas)\s+(?:around|near|of|outside|in)\s+[\p{Lu}])/u;
const PLACE_AND = /^\s+(?:in|at|near|outside|around)\s+(?:the\s+)?[\p{Lu}][^,;.:]{0,40}?,?\s+(?:and|while|with)\s+(?:another\s+)?$/u;
const PLACE_NEXT = /^\s+(?:more\s+|others?\s+)?(?:in|at|near|outside|around)\s+(?:the\s+)?(?:(?:nearby|neighbou?ring|adjacent|adjoining)\s+)?[\p{Lu}]/u;

/** "three suicide attacks": a bare number followed by some other noun counts that noun. */
function countsSomethingElse(text: string, n: NumberMention): boolean {
  return !BARE_NEXT.test(text.slice(n.end, n.end + 14));
}

/**
 * "Two soldiers were killed and another three wounded", "five Taliban fighters were killed and seven others
 * injured": a bare count or "others" in the same sentence counts the same kind of people as the figure before it.
 */
/**
 * Whether a figure is a part named inside a whole, in the list "including", "among them" open: "killed 558 people,
 * including 50 children and 94 women" (both the children and the women), with no verb between.
 */
function insideIncluding(text: string, o: Span): boolean {
  return INCLUDED_LIST.test(text.slice(Math.max(0, o.start - 80), o.start));
}
const INCLUDED_LIST = /\b(?:including|included|includes|include|among them|among whom|of them|of whom)\b(?![^.;:()]*\b(?:\w+ed|was|were|is|are|has|have|had|while|but)\b)[^.;:()]*$/i;

/** A count that names no kind of its own: "five", "four others", "50 injured". */
function genericCount(n: NumberMention): boolean {
  return !n.subject || (n.subject === "people" && /^(?:others|more|injured|wounded|hurt|dead|killed)$/i.test(n.noun));
}

function inheritedSubject(n: NumberMention, figures: NumberMention[], text: string): string | null {
  // ("37 children were killed and 50 injured": a participle standing for the people counts the same kind.)
  if (!genericCount(n)) return null;
  // ("recaptured 16 of the 56 inmates": a bare share is of the whole's kind.)
  const whole = !n.noun ? figures.find((o) => o.start > n.end && o.start - n.end <= 12 && o.subject && !o.notPeople && /^\s+of\s+(?:the|these|those)\s+$/i.test(text.slice(n.end, o.start))) : undefined;
  if (whole && whole.subject !== "people") return subjectOf(whole, text);
  // ("lost 12,400 fighters, including 90 in the past day": a bare part named after "including" is of the whole's kind.)
  const including = !n.noun ? figures.filter((o) => o !== n && o.end <= n.start && o.subject && !o.notPeople).pop() : undefined;
  if (including && including.subject !== "people" && /^\s*,\s*including\s+$/i.test(text.slice(Math.max(including.end, including.nounEnd), n.start))) return subjectOf(including, text);
  // ("At least four civilians, including a child, were killed and three others injured": the others are of the whole,
  // not of the part named inside it.)
  // (The nearest figure before that names its kind: "a doctor said it had received 23 wounded people, five of them…"
  // are not doctors; "three militants killed, five wounded and four others detained" are all militants.)
  const before = figures.filter((o) => o !== n && o.end <= n.start && o.subject && !o.notPeople && !insideIncluding(text, o) && !genericCount(o)).pop();
  if (!before || before.subject === "people") return null;
  // Only across a joint ("and", "while", a comma), never across a new clause with its own subject named.
  const between = text.slice(before.nounEnd > before.end ? before.nounEnd : before.end, n.start);
  // ("A bomber killed himself and six others": others beside the one who acted are not of his kind.)
  // ("killed 27 rebels and captured six": a second verb with no noun of its own counts the same kind.)
  return between.length <= 120 && !/[.;:!?]/.test(between) && /\b(?:and|while|but|,)\s+(?:that\s+)?(?:[a-z]+ed\s+)?(?:another\s+|an additional\s+|a further\s+)?$/i.test(between) && !/\b(?:himself|herself|themselves)\s+and\s+$/i.test(between) ? subjectOf(before, text) : null;
}

/**
 * The one person killed or held is the attacker told again, not one more victim: "Police said a gunman … had been
 * killed", "The gunman, a local man, was shot dead", "The gunman killed nine before turning the gun on himself", "A lone
 * attacker stabbed four people. He was shot dead by police". Fighters, or null where nothing says so.
 */
function attackerTold(doc: AnnotatedDoc, si: number, victim: Span, victimText: string): string | null {
  const sentence = doc.sentences[si]!;
  // ("a gunman": the attacker named with "a", as "the gunman" is.)
  const indefinite = /^an?\s+(?:[a-z-]+\s+)?([a-z-]+)$/i.exec(victimText);
  if (indefinite && SINGULAR_PEOPLE[indefinite[1]!.toLowerCase()] === "fighters") return "fighters";
  // ("The gunman, a 43-year-old local man, was shot dead": the aside names the attacker before it.)
  const aside = ATTACKER_ASIDE.exec(doc.text.slice(Math.max(sentence.start, victim.start - 40), victim.start));
  if (aside && SINGULAR_PEOPLE[aside[1]!.toLowerCase()] === "fighters") return "fighters";
  const reflexive = /\b(?:himself|herself|own life)\b/i.test(victimText);
  const pronoun = /^(?:he|she|him|her)$/i.test(victimText);
  if (!reflexive && !pronoun) return null;
  // ("The gunman killed nine people before turning the gun on himself": the sentence's own subject.)
  if (ATTACKER_OPENS.test(doc.text.slice(sentence.start, victim.start))) return "fighters";
  // ("… He was shot dead by police": a pronoun opening the next sentence, killed by the police, is the attacker the
  // sentence before opened with; "He died in hospital" may be a victim.)
  const prev = doc.sentences[si - 1];
  return pronoun && prev && victim.start - sentence.start < 4 && BY_THE_FORCES.test(doc.text.slice(victim.end, Math.min(sentence.end, victim.end + 60))) && ATTACKER_OPENS.test(doc.text.slice(prev.start, prev.end)) ? "fighters" : null;
}
const ATTACKER_ASIDE = /\b(?:the|a|an)\s+(?:[\p{L}-]+\s+)?([\p{L}-]+),\s*$/iu;
const ATTACKER_OPENS = /^\W*(?:A|An|The)\s+(?:[\p{L}-]+\s+){0,2}?(?:gunman|attacker|assailant|bomber|shooter|knifeman|hostage-taker|militant|terrorist)\b/u;
const BY_THE_FORCES = /^\s+(?:was|had been|has been)\s+(?:[\p{L}-]+\s+){1,3}?by\s+(?:the\s+)?(?:police|officers|an officer|a police officer|security forces|soldiers|troops|commandos|special forces|gendarmes|snipers)\b/iu;

/** "The militant surrendered", "the soldier was killed": one fighter, soldier or officer told by a role with "the". */
// (Not a role cut short: "the deputy head of the Taliban's commission" is no police deputy.)
function armedOne(victim: string, after: string): string {
  const role = /^\s+(?:head|chief|leader)\b/i.test(after) ? null : /^the\s+(?:[a-z-]+\s+)?([a-z]+)$/i.exec(victim);
  const kind = role ? SINGULAR_PEOPLE[role[1]!.toLowerCase()] : undefined;
  return kind === "fighters" || kind === "troops" || kind === "police" ? kind : "people";
}

/** "11 soldiers were killed, including two officers": officers counted among troops are the troops' own officers. */
function officersOfTroops(c: Candidate, text: string): string | null {
  return c.partOf && /^officers?$/i.test(c.number.noun) && subjectOf(c.partOf.number, text) === "troops" ? "troops" : null;
}

function subjectOf(n: NumberMention, text: string): string {
  // ("The gunman, a 43-year-old local man, was shot dead": one person in an aside is the attacker named before it.)
  if (n.value === 1 && n.subject && n.subject !== "fighters" && text[n.start - 2] === ",") {
    const aside = ATTACKER_ASIDE.exec(text.slice(Math.max(0, n.start - 40), n.start));
    if (aside && SINGULAR_PEOPLE[aside[1]!.toLowerCase()] === "fighters") return "fighters";
  }
  if (n.subject) {
    // "IS members", "SDF fighters": members of an armed group are fighters.
    if (n.subject === "people" && /\b(?:members|militants)\b/i.test(n.noun) && /\b(?:IS|ISIS|ISIL|Daesh|militia|jihadist|armed)\b/.test(text.slice(n.start, n.nounEnd)) && !/relatives|families/.test(text.slice(n.nounEnd, n.nounEnd + 25))) return "fighters";
    // "two Hezbollah members", "four HTS members", "15 gang members": members of an armed group or a gang are fighters.
    // ("30,000 IS members and their relatives" are not all fighters.)
    if (n.subject === "people" && /^members?$/i.test(n.noun) && armedGroupBefore(text.slice(n.numberEnd ?? n.start, n.nounEnd)) && !/relatives|families|wives|children/.test(text.slice(n.nounEnd, n.nounEnd + 25))) return "fighters";
    // ("4,431 service members", "13 US servicemembers": soldiers.)
    if (n.subject === "people" && /^members?$/i.test(n.noun) && /\bservice\s+members?$/i.test(text.slice(n.start, n.nounEnd))) return "troops";
    // "four members of the security forces", "two members of the police": whom they belong to says who they are.
    if (n.subject === "people" && /^members?$/i.test(n.noun)) {
      const after = text.slice(n.nounEnd, n.nounEnd + 60);
      const of = MEMBERS_OF.exec(after);
      if (of) return /police/i.test(of[1]!) ? "police" : "troops";
      // "seven members of a pro-Islamic State group", "members of the Zetas gang": fighters.
      const group = MEMBERS_OF_GROUP.exec(after);
      if (group && ARMED_GROUP_WORDS.test(group[0])) return "fighters";
      // ("four members of Hayat Tahrir al-Sham": a known armed group named after "of".)
      const named = /^\s+of\s+(?:the\s+)?([\p{Lu}][^,.;:()"“”]{0,60})/u.exec(after);
      const words = named ? named[1]!.trim().split(/\s+/) : [];
      for (let k = Math.min(6, words.length); k >= 1; k--) if (armedGroupBefore(words.slice(0, k).join(" "))) return "fighters";
      // ("five members of the Civilian Joint Task Force", "members of the Popular Mobilization Forces": a named armed body
      // that is no state's army.)
      if (named && NAMED_ARMED_BODY.test(named[1]!) && !STATE_FORCES.test(named[1]!)) return "fighters";
    }
    // ("had left 41 dead among the defence forces": among whom the dead were counted says who they were.)
    if (n.subject === "people" && /^(?:dead|killed|wounded|injured|casualties|deaths)$/i.test(n.noun)) {
      const among = AMONG_AFTER.exec(text.slice(n.nounEnd, n.nounEnd + 50));
      const who = among ? PLURAL_PEOPLE[among[2]?.toLowerCase() ?? ""] ?? PLURAL_PEOPLE[among[1]!.toLowerCase()] : undefined;
      if (who) return who;
    }
    // ("Hezbollah said an Israeli strike killed two of its members": the members of the armed group that opens the sentence.)
    if (n.subject === "people" && /\bof\s+(?:its|their)\s+(?:own\s+)?members$/i.test(text.slice(n.start, n.nounEnd))) {
      const opener = /(?:^|[.!?]\s+|\n)((?:[\p{Lu}][\p{L}'’-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*)\s+(?:said|says|announced|confirmed|claimed|reported)\b[^.!?\n]*$/u.exec(text.slice(Math.max(0, n.start - 200), n.start));
      if (opener && armedGroupBefore(opener[1]!)) return "fighters";
    }
    // ("a Yemeni army officer", "two military officers": officers of an army are troops, not police.)
    if (n.subject === "police" && /^officers?$/i.test(n.noun) && /\b(?:army|military|naval|navy|air force)\s+officers?$/i.test(text.slice(n.start, n.nounEnd))) return "troops";
    // ("its fighters lost 64 men", "the army lost 48 men": the men a side lost are its fighters or troops.)
    if (n.subject === "men") {
      const lost = LOST_MEN_BEFORE.exec(text.slice(Math.max(0, n.start - 40), n.start));
      if (lost) return /^(?:army|military|troops|soldiers|forces|junta)$/i.test(lost[1]!) ? "troops" : /^police$/i.test(lost[1]!) ? "police" : "fighters";
    }
    return n.subject;
  }
  return tollAmong(n, text) ?? numberOfWhom(n, text) ?? tollOfWhom(n, text) ?? "people";
}

/** "put the number of soldiers killed at 27", "the number of displaced children has risen to 900": whom a bare toll counts. */
function numberOfWhom(n: NumberMention, text: string): string | null {
  const m = NUMBER_OF_WHOM.exec(text.slice(Math.max(0, n.start - 200), n.start));
  if (!m) return null;
  return PLURAL_PEOPLE[m[1]!.toLowerCase()] ?? null;
}
// ("the number of rebels persuaded to surrender": the formula of surrender copy.)
const NUMBER_OF_WHOM = /\bnumber of (?:the\s+)?(?:[a-z-]+\s+)?([a-z-]+)\s+(?:killed|dead|wounded|injured|hurt|detained|arrested|abducted|kidnapped|displaced|evacuated|missing|persuaded|convinced|who\b[^.;:]{0,40})\b[^.;:]{0,110}$/i;

const LOST_MEN_BEFORE = /\b(army|military|troops|soldiers|forces|junta|police|fighters|militants|rebels|insurgents|group|militia|jihadists)\s+(?:had\s+|has\s+|have\s+)?(?:lost|losing)\s+(?:only\s+|just\s+|about\s+|some\s+|at least\s+)?$/i;

/** "the civilian death toll had risen to 46": whom a toll written with an adjective counts. */
function tollOfWhom(n: NumberMention, text: string): string | null {
  const m = TOLL_OF_WHOM.exec(text.slice(Math.max(0, n.start - 120), n.start));
  return m ? TOLL_ADJECTIVES[m[1]!.toLowerCase()] ?? null : null;
}
const TOLL_OF_WHOM = /\b(civilian|child|military|police|army|soldiers['’]?|fighters['’]?)\s+(?:death\s+|casualty\s+)?(?:toll|tally)\b[^.;:]{0,80}$/i;
const TOLL_ADJECTIVES: Record<string, string> = { civilian: "civilians", child: "children", military: "troops", army: "troops", police: "police", "soldiers'": "troops", "soldiers’": "troops", soldiers: "troops", "fighters'": "fighters", "fighters’": "fighters", fighters: "fighters" };

/** "the toll among the soldiers had risen to 51", "deaths among civilians reached 40": whom a bare toll counts. */
const AMONG_AFTER = /^\s+among\s+(?:the\s+|its\s+|their\s+)?([a-z-]+)(?:\s+([a-z]+))?/i;
function tollAmong(n: NumberMention, text: string): string | null {
  const m = TOLL_AMONG.exec(text.slice(Math.max(0, n.start - 120), n.start));
  if (!m) return null;
  const [first, second] = [m[1]!.toLowerCase(), m[2]?.toLowerCase()];
  return PLURAL_PEOPLE[first] ?? (second ? PLURAL_PEOPLE[second] : undefined) ?? null;
}
const TOLL_AMONG = /\b(?:tolls?|deaths|casualties|fatalities|losses|number of (?:the )?(?:dead|deaths|fatalities|casualties|victims))\s+among\s+(?:the\s+|its\s+|their\s+)?([a-z-]+)(?:\s+([a-z]+))?\b[^.;:]*$/i;

/** A known armed group, or a gang, named between a count and "members" ("two Hezbollah members", "15 gang members"). */
function armedGroupBefore(words: string): boolean {
  const name = words.replace(/\bmembers?\s*$/i, "").trim();
  if (!name) return false;
  if (/\b(?:gang|cartel|rebel|militant|terrorist|insurgent|militia|jihadist|separatist)s?\b/i.test(name)) return true;
  return /^[\p{Lu}]/u.test(name) && (knownOrg(name)?.descriptors.some((d) => ARMED_DESCRIPTORS.has(d)) ?? false);
}
const ARMED_DESCRIPTORS = new Set(["group", "rebels", "militants", "militia", "movement", "paramilitaries", "faction", "separatists", "insurgents", "jihadists", "network", "cartel", "gang", "gangs", "alliance", "coalition", "front"]);

const NAMED_ARMED_BODY = /^(?:[\p{Lu}][\p{L}'’-]*\s+){0,4}(?:Forces|Force|Brigades?|Battalions?|Militias?|Front|Mobili[sz]ation Units?|Units)\b/u;
const STATE_FORCES = /\b(?:Defen[cs]e Forces|Armed Forces|Air Force|Security Forces|Police Force|Border Force|Special Forces)\b/;
const MEMBERS_OF_GROUP = /^\s+of\s+(?:(?:a|an|the)\s+)?(?:[\w'’.-]+\s+){0,5}?(?:groups?|factions?|militias?|gangs?|cells?|networks?|movements?|organi[sz]ations?|fronts?|cartels?)\b/i;
const ARMED_GROUP_WORDS = /\b(?:Islamic State|IS|ISIS|ISIL|Daesh|al-Qaeda|al-Qaida|jihadist|militant|rebel|armed|terror(?:ist)?|insurgent|gang|militia|cartel|Shabaab|Boko Haram|Taliban|Abu Sayyaf)s?\b/i;
// (Written small: "the Sudanese army" is a state's; a named one, "the New People's Army", may be a rebel group.)
const MEMBERS_OF = /^\s+[Oo]f\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(security forces|armed forces|(?:regime|government|pro-government|pro-regime|junta) (?:forces|troops)|(?:anti-terror(?:ist|ism)?|counter-terror(?:ist|ism)?|special|elite) forces|border guards?|national guard|(?:[Rr]evolutionary|[Rr]epublican|[Pp]residential) [Gg]uards?|[Gg]uard [Cc]orps|army|military|police(?: force)?|gendarmerie)\b/;

// (Both open alike: an aside in brackets or between commas, such as an age, before the verb.)
const ALONG_WITH_OPENING = String.raw`^\s*(?:\([^()]{1,30}\)\s*)?(?:,[^,;()]{1,80},\s*)?(?:,\s*)?`;
/** Between a person and the people who shared their fate: "killed along with his", "with his", "…, and". */
const ALONG_WITH = new RegExp(String.raw`${ALONG_WITH_OPENING}(?:(?:was|were) (?:killed|wounded|injured)\s+)?(?:,\s*)?(?:(?:along|together)\s+)?with (?:his|her|their)\s+$`);
/** The same with no possessive, before "others" alone ("was arrested along with four others"). */
const ALONG_WITH_OTHERS = new RegExp(String.raw`${ALONG_WITH_OPENING}(?:(?:was|were) (?:killed|wounded|injured|arrested|detained)\s+)?(?:,\s*)?(?:along|together)\s+with\s+$`);
/** A verb of speaking right after a counted phrase: those people speak ("two witnesses said"). */
const HARM_WORD = /\b(?:killed|died|dead|wounded|injured|hurt|shot|stabbed|beaten|survived|survivors?|victims?|bodies|body|evacuated|fled|displaced|rescued|freed|released|arrested|detained|abducted|kidnapped)\b/i;
const SPEAKS_NEXT = /^\s+(?:said|says|say|told|tells|added|stated|announced|estimated|estimates|tweeted|wrote|explained|noted|warned|insisted|cautioned|acknowledged|stressed|declared|revealed)\b/i;
const NUMBER_OF_THE_DEAD = /\b(?:number|toll|tally|count)\s+of\s+(?:the\s+)?(dead|deaths|killed|martyrs|victims|fatalities|injured|wounded)\s+(?:(?:has|had|have)\s+)?(?:now\s+)?$/i;
/** "Of the 275 dead, ": a sentence that opens on the whole a part is taken from. */
const PART_OPENER = /^\s*(?:Of|Among)\s+(?:the|those|these)\s[^,;.:]{0,40},\s*$/;
const SPEAKS_FOR_BODY_NEXT = /^\s+(?:with|of|from|at|for)\s+(?:the\s+)?[^,.;:]{1,60}?\s+(?:said|says|told|tells|added|stated|confirmed|reported)\b/i;
/** The same, with another voice joined first: " and a health official told". */
const SPEAKS_WITH_ANOTHER = /^\s+and\s+(?:(?:an?|the|one|two|three|four|several|other|local|hospital)\s+)?(?:[\w-]+\s+){0,2}?(?:official|officials|source|sources|doctor|doctors|medic|medics|witness|witnesses|resident|residents|activist|activists|worker|workers|spokes(?:man|woman|person))\s+(?:said|says|told|tells|added|confirmed|reported)\b/i;
/** "two others", "others": people counted in addition to someone just named. */
const OTHERS = /^(?:\w+ )?others$/i;
/** "… and": a stretch with no verb of its own, so the people after it share the first one's verb. */
const AND_OTHERS = /^(?![^]*\b(?:was|were|is|are|been|had|has|have|killed|wounded|injured|died|while|but|who|which)\b)[^.;:!?]{0,100}\band $/i;
/** After "and two others": the end of the clause or a preposition, so no verb of their own follows ("and four others were missing"). */
const OBJECT_ENDS = /^\s*(?:[,.;:!?)”"]|$|(?:during|in|at|on|near|after|before|when|while|as|by|from|with|inside|outside|across|over|since|last|this|yesterday|today)\b)/i;
/** Between two items of a list: no verb of its own, ending on a comma ("four civilians working in gas fields, "). */
const LIST_GAP = /^(?![^]*\b(?:was|were|is|are|been|had|has|have|killed|wounded|injured|died|while|but|who|which|and|or|then)\b)[^.;:!?]{0,80},\s*$/i;
// (A participle inside a compound is no verb, nor an abbreviation's stop a sentence's end: "nine members of the
// U.S.-backed Syrian Democratic Forces and two civilians".)
const LIST_AND_GAP = /^(?![^]*(?:\b(?:was|were|is|are|been|had|has|have|dead|lives?|lost|left|taken|sustained|hurt|missing|while|but|who|which|or|then)\b|(?<![-‐\w])\w+ed\b))(?:[^.;:!?,]|\.(?=[\w-])){1,60}\band\s*$/i;

/**
 * A group written as its parts is also a figure of its own, placed before the parts: "a commander with his six
 * colleagues" (7), "was killed along with his seven men" (8), "a commander … and two others" (3), "four soldiers and
 * one journalist" (5), "four civilians, 11 shepherds and four other people" (19).
 */
/** Exact counts and lower bounds add up ("at least 31 … and four" is at least 35); ranges and estimates do not. */
function addable(c: Claim): boolean {
  return (c.qualifier === "exact" || c.qualifier === "min") && c.value !== null;
}

/** A claim that may follow `like` in a list summed to one total: same sentence and category, after it. */
function countable(c: Claim | undefined, like: Claim): c is Claim {
  return !!c && c.sentence[0] === like.sentence[0] && c.category === like.category && addable(c) && c.span[0] >= like.span[1];
}

/** A verb right before a figure that makes it an object: "lost seven soldiers", "killed 16 civilians". */
const OBJECT_BEFORE = /\b(?:lost|losing|killed|killing|kills|wounded|wounding|injured|injuring|captured|capturing|arrested|arresting|detained|detaining|evacuated|evacuating|rescued|shot|abducted|abducting)\s+(?:(?:at least|about|around|some|nearly|almost|more than|over|up to)\s+)?$/i;
/** Words right after a part saying its people are dead: "34 the military says are dead", "34 who are believed to be dead". */
const DEAD_AFTER = /^\s+(?:(?:who|whom|that)\s+)?(?:(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:says?|said|believes?|believed|thinks?|has declared|have declared|declared)\s+)?(?:are|were|is|was|have been|had been)\s+(?:(?:now\s+)?(?:believed|thought|presumed|confirmed|declared|known|feared)\s+(?:to\s+(?:be|have\s+been)\s+)?)?dead\b(?!\s+(?:drunk|tired|set|serious|wrong|last|centre|center|end|heat|weight))/i;
const KILLING_VICTIMS = /\b(?:homicide|murder|femicide|killing|massacre)\s+victims$/i;
const OTHERS_FOUND = /^\s+(?:were|have been|had been)\s+(?:also\s+)?(?:found|recovered|retrieved|discovered|pulled out)\b/i;
const REMAINS_NOUN = /^(?:bodies|corpses)$/i;
/** Dead passed between sides: a handover, an exchange, a repatriation. */
const HANDOVER = /\b(?:hand(?:s|ed|ing)? (?:over|back)|handovers?|repatriat(?:ed|ion|ing|es?)|(?:in|under|as part of) (?:an?|the) (?:[\w-]+ )?(?:exchange|swap)|swap(?:ped|s)?|exchanged)\b/i;
const BURIAL_FOR = /\b(?:mass burial|burial|funeral|funerals)\s+(?:(?:was|were)\s+held\s+)?(?:[\w,]+\s+){0,4}?for\s+(?:the\s+)?$/i;
const BURIAL_GIVEN = /^(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+(?:on|in|at)\s+[\w-]+)?)?\s+(?:were|have been|had been|was)\s+(?:given\s+a\s+(?:mass\s+)?burial|(?:later\s+)?buried(?!\s+(?:alive|under|beneath)))/i;
const VICTIMS_OF_KILLING = /^\s+of\s+(?:intentional\s+|violent\s+|the\s+)?(?:homicides?|murders?|killings?|massacres?|femicides?)\b/i;
const OBJECT_PAST_VOICE = /^[^,;.:]{0,50},\s+(?:according to\s+[^,;.:]{1,60}|[^,;.:]{1,50}\s+(?:said|say|says|reported))\s*,\s+and\s+$/i;
const OWN_PASSIVE_AFTER = /^\s+(?:(?:were|was|are|is|had been|have been|has been)\s+)(?:[\p{Ll}]+ly\s+|also\s+|later\s+)?(?:killed|wounded|injured|hurt|slain|shot|dead|captured|arrested|detained)\b/u;

const PARTS_LISTED_BEFORE = /\b(including|included|include|includes|among them|among whom|of whom|comprising|consisting of|made up of)\b(?![^.;:]*\b(?:was|were|is|are|had|has|have|while|but|and (?:\w+ ){0,3}(?:killed|wounded|injured))\b)[^.;:]*$/i;
const PARTS_OF_WHOLE_BEFORE = /(?:\b(?:including|among them|among whom|of whom|of them)|:)\s+$/i;
/** Whether text[from, end) ends in "including", "of whom" or a colon, then a space. */
function partsOfWholeBefore(text: string, from: number, end: number): boolean {
  // (The pattern is tried at every offset of the sentence: first its last word, or the colon, is looked for.)
  let k = end;
  while (k > from && isSpaceCode(text.charCodeAt(k - 1))) k--;
  if (k === end || (text.charCodeAt(k - 1) !== 58 && wordBeforeSpace(text, end, ["including", "them", "whom"]) < 0)) return false;
  return PARTS_OF_WHOLE_BEFORE.test(text.slice(from, end));
}

/** After a figure whose verb is left out: only when, where, or the clause's end ("another 14 on Tuesday,"). */
const MONTH_DAY_AND = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+and\s+$/;
const ELIDED_AFTER = /^(?:\s+(?:on|in|at|near|during|overnight|last|this|the following|the next|the previous|later|earlier|a day later|outside|around)\b[^,.;:]*?)?\s*(?:[,.;:]|$)/i;
const DASHED_ASIDE = /^\s*[—–]\s*[^—–;:.]{1,80}?\s*[—–]\s*(?:[\w-]+\s+){0,3}$/;
/** The words AID_TO may end with, before the spaces it ends on ("up to" ends in "to", "more than" in "than"). */
const AID_TO_LAST_WORDS = ["to", "for", "about", "around", "some", "nearly", "almost", "than", "over", "least", "estimated"];
const AID_TO = /\b(?:assistance|aid|help|support|food|cash|services|supplies|rations|vouchers|care|shelter kits?)\s+(?:to|for)\s+(?:(?:about|around|some|nearly|almost|more than|over|at least|an estimated|up to)\s+)?$/i;
const RESPECTIVELY_AFTER = /^[^.;:\d]{0,40}?\brespectively\b/i;

/**
 * "Strikes on Idlib and Hama killed 12 and 7 civilians respectively": the figures listed before "respectively" take, in
 * order, the places listed as many before them in the same sentence.
 */
function placeRespectively(claims: Claim[], text: string, facts: ReportFacts): void {
  for (let k = 0; k < claims.length; k++) {
    const first = claims[k]!;
    let last = k;
    while (claims[last + 1] && claims[last + 1]!.sentence[0] === first.sentence[0] && /^[\s\w-]*?(?:,\s*|\s+)(?:and\s+)?$/.test(text.slice(claims[last]!.span[1], claims[last + 1]!.span[0]).replace(/^\s+[a-z]+(?=\s)/, ""))) last++;
    if (last === k || !RESPECTIVELY_AFTER.test(text.slice(claims[last]!.span[1], claims[last]!.span[1] + 60))) continue;
    const parts = claims.slice(k, last + 1);
    const before = facts.places.filter((e) => e.start >= first.sentence[0] && e.end <= first.span[0]);
    // The places must form one list: only commas and "and" between them.
    let list: EntityMention[] = [];
    for (const e of before) {
      const joinedToLast = list.length > 0 && /^\s*(?:,\s*|\s+)(?:and\s+)?(?:the\s+)?$/.test(text.slice(list.at(-1)!.end, e.start));
      list = joinedToLast ? [...list, e] : [e];
    }
    if (list.length === parts.length) parts.forEach((c, i) => (c.place = asPlace(list[i]!)));
    k = last;
  }
}

/** "Second victim", "a third person": the ordinal of one more dead ("the second victim" may be the other one). */
const ORDINAL_VICTIM = /^(?:a )?(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/i;
const ORDINAL_COUNT: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };

/**
 * "Police found a man and his wife shot inside the home. Both were pronounced dead": the people told hurt in the
 * sentence before are the ones "both" or "all three" says died; they are counted among the dead only.
 */
function withoutHurtWhoDied(all: Claim[], text: string): Claim[] {
  const gone = new Set<Claim>();
  for (const c of all) {
    if (c.category !== "killed" || c.value == null) continue;
    const opening = text.slice(c.sentence[0], c.span[0]);
    // ("All three were pronounced dead": the count's span leaves out "All".)
    if (!(ALL_OF_THEM.test(c.text) && /^\s*$/.test(opening)) && !(/^\s*all\s+$/i.test(opening) && /^(?:two|three|four|five|six|seven|eight|nine|ten|\d+)$/i.test(c.text))) continue;
    const before = all.filter((o) => o.sentence[1] <= c.sentence[0] && /^\s*$/.test(text.slice(o.sentence[1], c.sentence[0])));
    const hurt = before.filter((o) => o.category === "wounded");
    if (!hurt.length || before.some((o) => o.category === "killed")) continue;
    if (hurt.reduce((sum, o) => sum + (o.value ?? Infinity), 0) <= c.value) for (const o of hurt) gone.add(o);
  }
  return gone.size ? all.filter((c) => !gone.has(c)) : all;
}
const ALL_OF_THEM = /^(?:both|all|all of them|all (?:two|three|four|five|six|seven|eight|nine|ten|\d+)|the two|the three)$/i;

/**
 * "Three people were shot, one fatally", "At least 30 shot, five of them fatally": the shot count holds the dead, so the
 * hurt are the rest (2; at least 25), said in `derived`. (Not "five were wounded, two of whom later died": there the
 * text counts the hurt itself.)
 */
function survivorsOfShot(c: Claim, all: readonly Claim[], text: string): Claim {
  if (c.category !== "wounded" || c.value == null || c.vague) return c;
  const dead = all.find((k) => k.category === "killed" && k.sentence[0] === c.sentence[0] && k.span[0] > c.span[1]);
  if (!dead || dead.value == null || dead.value >= c.value || dead.qualifier !== "exact") return c;
  // ("The gunman shot 13 people in all at a store, 10 of whom died": the verb before the count holds the dead too.)
  const shot = SHOT_THEN_PART.exec(text.slice(c.span[1], dead.span[0])) ?? (SHOT_OBJECT_THEN_PART.test(text.slice(c.span[1], dead.span[0])) ? SHOT_BEFORE.exec(text.slice(Math.max(c.sentence[0], c.span[0] - 40), c.span[0])) : null);
  if (!shot || !PART_FATALLY.test(text.slice(dead.span[1], dead.span[1] + 40))) return c;
  const less = (v: number | null) => (v == null ? null : v - dead.value!);
  return { ...c, value: less(c.value), low: less(c.low), high: less(c.high), derived: `${c.text} ${shot[1]!.toLowerCase()}, ${dead.text} of them dead` };
}
/** Between the shot count and its dead part: "people were shot Saturday in Gary, ", "shot, ". */
const SHOT_THEN_PART = /^(?:\s+[\w'’-]+){0,3}?\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?(shot|stabbed)\b[^.;:!?]{0,80}?,\s*$/i;
/** The verb right before a shot count: "shot ", "stabbed at least ". */
const SHOT_BEFORE = /\b(shot|stabbed)\s+(?:(?:at least|more than|about|around|some|nearly|a total of)\s+)?$/i;
/** Between the count shot (the object) and its dead part: " in all at a store in Buffalo on Saturday, ". */
const SHOT_OBJECT_THEN_PART = /^[^.;:!?,]{0,80},\s*$/;
/** After the dead part: "fatally", "of them fatally", "of whom died", "of them later died". */
const PART_FATALLY = /^\s+(?:(?:of them\s+)?fatally|of (?:whom|them)\s+(?:later\s+)?(?:died|has died|have died))\b/i;

/**
 * "A plane with 40 people on board crashed, killing everyone on board", "… carrying 40 people. There were no
 * survivors": the people counted on board are the dead as well, so the count is a toll too (unless one is told). That
 * toll, or null.
 */
function everyoneAboardKilled(c: Claim, all: readonly Claim[], text: string): Claim | null {
  if (c.category !== "present" || c.value == null || c.vague) return null;
  if (!ON_BOARD_AFTER.test(text.slice(c.span[1], c.span[1] + 30)) && !CARRYING_BEFORE.test(text.slice(Math.max(c.sentence[0], c.span[0] - 30), c.span[0]))) return null;
  // (Told in the same sentence after the count, or opening the next one: "All on board were killed.")
  const rest = text.slice(c.span[1], c.sentence[1]);
  const next = all.find((o) => o.sentence[0] > c.sentence[0])?.sentence[0];
  const following = text.slice(c.sentence[1], Math.min(text.length, c.sentence[1] + 120));
  const sameSentence = NONE_ABOARD_LIVED.test(rest);
  if (!sameSentence && !(/^\s*(?=\S)/.test(following) && NONE_ABOARD_LIVED_OPENS.test(following))) return null;
  if (all.some((o) => o.category === "killed" && (o.sentence[0] === c.sentence[0] || (!sameSentence && next !== undefined && o.sentence[0] === next && o.sentence[0] - c.sentence[1] <= 3)))) return null;
  return { ...c, category: "killed" };
}
const ON_BOARD_AFTER = /^\s+(?:on board|aboard)\b/i;
const CARRYING_BEFORE = /\bcarrying\s+(?:(?:at least|about|around|some|nearly|more than|over)\s+)?$/i;
const NONE_ABOARD_LIVED = /\b(?:killing|killed)\s+(?:everyone|everybody|all(?:\s+(?:those|the people|the passengers|people|passengers))?)\s+(?:on board|aboard)\b|\b(?:everyone|everybody|all(?:\s+(?:those|of them))?)\s+(?:on board|aboard)\s+(?:were\s+|was\s+|have\s+|had\s+)?(?:killed|died|perished)\b|\b(?:there were no survivors|no one survived|nobody survived)\b/i;
const NONE_ABOARD_LIVED_OPENS = /^\s*(?:(?:All|Everyone|Everybody)(?:\s+(?:those|of them))?\s+(?:on board|aboard)\s+(?:were\s+|was\s+|have\s+|had\s+)?(?:killed|died|perished)\b|There were no survivors\b|No one survived\b|Nobody survived\b)/;

/**
 * "Second victim dies after shooting", "A third person has died": the toll has reached at least that many, unless the
 * sentence counted the others already ("Two men were shot dead and a third died later").
 */
function ordinalToll(c: Claim, all: readonly Claim[]): Claim {
  const nth = c.category === "killed" && c.value === 1 ? ORDINAL_VICTIM.exec(c.text) : null;
  if (!nth || all.some((o) => o !== c && o.category === "killed" && o.sentence[0] === c.sentence[0] && o.span[1] <= c.span[0])) return c;
  const toll = ORDINAL_COUNT[nth[1]!.toLowerCase()]!;
  // ("arrested six people, and a seventh suspect was killed": one more after the six counted just before, not a toll.)
  if (all.some((o) => o !== c && o.value === toll - 1 && o.span[1] <= c.span[0] && c.sentence[0] - o.sentence[1] <= 300)) return c;
  return { ...c, value: toll, low: toll, high: null, qualifier: "min" };
}

/** "We're not talking about a dead child", "We don't want another dead teenager": a death denied or feared, not told. */
function deathDenied(text: string, sentenceStart: number, start: number, end: number): boolean {
  return /\bdead\b/i.test(text.slice(start, end)) && /(?:\bnot|n['’]t|\bnever|\bno more)\b(?![^,;.!?]*\b(?:say|said|know|knew|why|how|who|whether|when|where|identify|identified|release|released|disclose|disclosed)\b)[^,;.!?]{0,40}$/i.test(text.slice(Math.max(sentenceStart, start - 50), start));
}

/** A part named by sex or age alone: "two males", "a female", "four children", "an elderly woman". */
/** "one Saudi", "one Yemeni resident", "two Britons": a part named by where its people come from. */
const BY_NATIONALITY = /^(?:one|a|an|two|three|four|five|\d+)\s+[\p{Lu}][\p{L}-]+(?:\s+(?:resident|national|citizen|man|woman|worker)s?)?$/u;
const BY_SEX_OR_AGE = /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:(?:elderly|young|adult|teenage|minor)\s+)?(?:males?|females?|m[ae]n|wom[ae]n|boys?|girls?|child(?:ren)?|minors?|adults?|teenagers?|infants?|bab(?:y|ies))$/i;
const HOUSEHOLDS = /\b(?:famil(?:y|ies)|households?)$/i;

/**
 * "Mohammad Abid, a senior police official in Nawabshah, told Reuters": the one a speaker's apposition describes is the
 * speaker, no one counted. (Only an apposition right after the name: "X, whose son was killed, said" still counts.)
 */
function withoutSpeakersDescribed(claims: Claim[], doc: AnnotatedDoc): Claim[] {
  return claims.some((c) => speakerDescribed(doc, c)) ? claims.filter((c) => !speakerDescribed(doc, c)) : claims;
}
function speakerDescribed(doc: AnnotatedDoc, c: Claim): boolean {
  return c.value === 1 && /^(?:a|an)\s/i.test(c.text) &&
    doc.attributions.some((a) => a.start < c.span[0] && c.span[1] <= a.end && /^[^,;.:]{2,60},\s*$/.test(doc.text.slice(a.start, c.span[0])) && (a.verbStart ?? a.end) >= c.span[1]);
}

/**
 * "Two civilians, a woman and a child, were also injured", "rose to two, a woman and a little girl": a pair of ones set off
 * after a count of as many people says who they were; it counts no one more. (Not after a count of another group: "two
 * soldiers, a civilian and a nurse" are four.)
 */
function withoutRestatedPairs(claims: Claim[], text: string): Claim[] {
  return claims.some((c, i) => restatesPair(claims, text, c, i)) ? claims.filter((c, i) => !restatesPair(claims, text, c, i)) : claims;
}
function restatesPair(claims: Claim[], text: string, c: Claim, i: number): boolean {
  const whole = claims[i - 1];
  return !!whole && whole.category === c.category && whole.sentence[0] === c.sentence[0] && whole.value === c.value && whole.qualifier === "exact" &&
    /^(?:a|an|one)\s[^,;]*\sand\s(?:a|an|one|his|her|their)\s/i.test(c.text) && SET_OFF.test(text.slice(whole.span[1], c.span[0])) &&
    /^\s*(?:[,.;]|$)/.test(text.slice(c.span[1], c.span[1] + 2)) && (GROUP_OF_ANYONE.test(whole.text) || /^both\s/i.test(whole.text));
}
/** "The group included four boys", "It said the captives, among them two nurses, were": the people just counted, broken
 * down (a voice or an aside about them may come first). */
const BROKEN_DOWN_OPENER = /^\s*(?:[\p{L}' ]{1,40}\s(?:said|says|added|reported)\s+(?:that\s+)?)?[Tt]he\s+(?:victims|group|hostages|captives|abductees|passengers|detainees|prisoners|rescued|survivors)(?:\s*,[^,.;:()]{1,60},)?(?:\s+(?:included|includes|include|comprised)\s+|\s*,\s*(?:including|among\s+them)\s+)(?:[^.;:()]{0,80}?(?:,|\band)\s+)?$/u;
/** "Nine of the farmers", "two of the hostages": a share of people named by their noun. */
const SHARE_OF_NAMED = /^[\w-]+\s+of\s+the\s+([\p{L}]+)$/u;

/** Whether a figure with no verb of its own breaks down the count told just before (`whole`). */
function brokenDownAfter(text: string, sentenceStart: number, c: Candidate, whole: Claim): boolean {
  if (BROKEN_DOWN_OPENER.test(text.slice(sentenceStart, c.number.start))) return true;
  // (The share's noun must be the whole's: "Nine of the passengers were women" after "kidnapped 25 passengers".)
  const share = !c.trigger && !c.category ? SHARE_OF_NAMED.exec(c.number.text) : null;
  return !!share && new RegExp(`\\b${share[1]}\\b`, "i").test(whole.text) && /^\s+(?:were|was)\b/i.test(text.slice(c.number.end, c.number.end + 8));
}

/** A count that may hold anyone: a bare number or a word for people in general. */
const GROUP_OF_ANYONE = /^(?:\w+(?:-\w+)?)(?:\s+(?:more|other|others))?(?:\s+(?:people|persons|civilians|victims|residents|passengers|villagers|individuals|others|dead|bodies))?$/i;

/** The comma opening an aside after a count, perhaps after where they were: "Two people in Jessore, a man and …". */
const SET_OFF = /^(?:\s+(?:in|from)\s+(?:the\s+)?[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*){0,2})?\s*,\s*$/u;
/** A comma closing an aside, then the verb of the count before it: ", were rescued". */
const APPOSITION_CLOSED = /^(?:\s+of\s+(?:his|her|their|its|the)\s+[\w-]+)?\s*,\s+(?:were|was|are|is|have|has|had|all)\b/i;
const SHARE_OF_THEM_ITEM = /^[\w,-]+\s+of\s+(?:them|those|these|whom)\b/i;

function withGroupTotals(claims: Claim[], text: string): Claim[] {
  const out: Claim[] = [];
  let continues = -1; // claims up to this index belong to a list already summed
  for (let k = 0; k < claims.length; k++) {
    const first = claims[k]!;
    if (k > continues && first.category !== "other" && addable(first)) {
      // Walk the list: items joined by commas, the last by "and".
      let last = k;
      let closed = false;
      while (countable(claims[last + 1], claims[last]!)) {
        const between = withoutAges(text.slice(claims[last]!.span[1], claims[last + 1]!.span[0]));
        const next = claims[last + 1]!;
        // ("killed 16 people, 11 of them women and girls": a share of the one before is a part of it, no item of a list.)
        if (SHARE_OF_THEM_ITEM.test(next.text)) break;
        if (/^\s*(?:,\s*)?and\s+(?:(?:his|her|their)\s+)?$/.test(between)) (last++), (closed = true);
        // ("12 soldiers, a civilian and a nurse": a pair of ones already read as one figure closes the list.)
        else if (!closed && LIST_GAP.test(between)) (last++), (closed = /\sand\s/.test(next.text));
        else if (last === k && (ALONG_WITH.test(between) || (OTHERS.test(next.text) && (AND_OTHERS.test(between) || ALONG_WITH_OTHERS.test(between))))) (last++), (closed = true);
        else break;
        if (closed) break;
      }
      // (A figure that opens no list has no parts to add up and is the whole of none: all below needs two or more.)
      if (last === k) {
        out.push(first);
        continue;
      }
      // "seven civilians, including three children and a woman": the parts of a stated whole need no total of their own.
      // (Nor do parts listed after a colon: "54 people were killed: 40 civilians and 14 soldiers".)
      // ("including nine South Africans, three Malawians and one Uruguayan": a list opened earlier in the clause is parts
      // too, whichever items the walk found joined.)
      const listedBefore = PARTS_LISTED_BEFORE.exec(text.slice(first.sentence[0], first.span[0]));
      // ("The dead included four women and a baby": no whole is stated; the parts add up to the fewest there were.)
      const includedOnly = !!listedBefore && /^includ(?:ed|es?)$/i.test(listedBefore[1]!) && !partsOfWholeBefore(text, first.sentence[0], first.span[0]);
      const partsOfWhole = partsOfWholeBefore(text, first.sentence[0], first.span[0]) || (!!listedBefore && !includedOnly);
      // "We lost seven soldiers, and 21 of the attackers were killed": an object, then a subject with a verb of its own,
      // are two clauses, not one list.
      const twoClauses = closed && last > k && OBJECT_BEFORE.test(text.slice(first.sentence[0], first.span[0])) && OWN_PASSIVE_AFTER.test(text.slice(claims[last]!.span[1], claims[last]!.span[1] + 40));
      // ("The toll is 19 dead, 15 soldiers and four volunteers": the first is the whole the rest break down.)
      // ("three suicide bombers, two males and a female": parts by sex or age, set off right after a count they add up to,
      // say who that count was.)
      const rest = claims.slice(k + 1, last + 1);
      const restSum = rest.reduce((sum, c) => sum + c.value!, 0);
      const wholeFirst = (last - k >= 2 && GENERIC_COUNT.test(first.text) && first.value === restSum) ||
        (last > k && first.value === restSum && rest.every((c) => BY_SEX_OR_AGE.test(c.text) || BY_NATIONALITY.test(c.text)) && /^\s*,\s*$/.test(text.slice(first.span[1], rest[0]!.span[0]))) ||
        // ("Three hostages, a trader and two of his drivers, were freed": parts set off by commas on both sides before the
        // verb, adding up to the count before them, say who that count was.)
        (last > k && first.value === restSum && SET_OFF.test(text.slice(first.span[1], rest[0]!.span[0])) && APPOSITION_CLOSED.test(text.slice(claims[last]!.span[1], claims[last]!.span[1] + 48)));
      if (wholeFirst) continues = last;
      // ("killed 12 and 7 civilians respectively": each figure is another place's or day's, not parts of one whole.)
      const respectively = RESPECTIVELY_AFTER.test(text.slice(claims[last]!.span[1], claims[last]!.span[1] + 60));
      const parts = claims.slice(k, last + 1);
      // ("25 families and 113 people": households and persons are different units, not one sum.)
      const sameUnit = !parts.some((c) => HOUSEHOLDS.test(c.text));
      if (closed && last > k && !partsOfWhole && !twoClauses && !wholeFirst && !respectively && sameUnit) {
        const value = parts.reduce((sum, c) => sum + c.value!, 0);
        const atLeast = includedOnly || parts.some((c) => c.qualifier === "min");
        const end = claims[last]!;
        // (One subject for the whole where every part has it: "12 Ukrainian and 9 Russian soldiers" are troops.)
        const subject = parts.every((c) => c.subject === first.subject) ? first.subject : "people";
        out.push({ ...end, span: [first.span[0], end.span[1]], text: text.slice(first.span[0], end.span[1]), value, low: value, high: atLeast ? null : value, qualifier: atLeast ? "min" : "exact", subject });
        continues = last;
      }
    }
    out.push(first);
  }
  return out;
}

/** Whether a wounded one named definitely (`victim`) is the one person a killed claim of the last few sentences counts. */
function deadToldAgain(doc: AnnotatedDoc, claims: Claim[], sentence: Span, victim: string): boolean {
  const definite = DEFINITE_ONE.exec(victim);
  // (Not where the sentence tells of one still being treated: "He was flown to the hospital with life-threatening injuries".)
  if (!definite || STILL_TREATED.test(doc.text.slice(sentence.start, sentence.end))) return false;
  const head = definite[1]?.toLowerCase() ?? null; // null for a pronoun or "the victim": any one person
  const near = (c: Claim) => toldSoonBefore(doc, c, sentence);
  const sameOne = (c: Claim) => c.value === 1 && (head === null || HEAD_NOUN.get(head)!.test(c.text));
  const dead = claims.filter((c) => c.category === "killed" && near(c) && sameOne(c));
  if (dead.length !== 1) return false;
  // (Not where someone hurt that the words could name too was counted after the dead one.)
  return !claims.some((c) => c.category === "wounded" && c.span[0] > dead[0]!.span[0] && c.sentence[1] <= sentence.start && (head === null || sameOne(c)));
}
/** "He was taken to hospital in stable condition" after "A man was shot": one hurt person named again, not one more. */
function hurtToldAgain(doc: AnnotatedDoc, claims: Claim[], sentence: Span, victim: string): boolean {
  const definite = DEFINITE_ONE.exec(victim);
  if (!definite) return false;
  const head = definite[1]?.toLowerCase() ?? null;
  return claims.some((c) => c.category === "wounded" && toldSoonBefore(doc, c, sentence) && (head === null || HEAD_NOUN.get(head)!.test(c.text)));
}
/** A claim whose sentence ends before `sentence`, at most 400 characters before it, in the same paragraph. */
function toldSoonBefore(doc: AnnotatedDoc, c: Claim, sentence: Span): boolean {
  return c.sentence[1] <= sentence.start && sentence.start - c.sentence[1] <= 400 && !doc.text.slice(c.sentence[1], sentence.start).includes("\n\n");
}
const STILL_TREATED = /\b(?:hospital|condition|injur(?:y|ies|ed)|surgery|treated|treatment|recover|survived|stable)\b/i;
/** "the man", "the 45-year-old man", "the victim", "he": one person named again. */
const DEFINITE_ONE = /^(?:(?:the|The)\s+(?:\d+-year-old\s+)?(man|woman|boy|girl|teen|teenager|driver|officer|suspect)|(?:the|The)\s+(?:\d+-year-old\s+)?victim|he|He|she|She)$/;
/** Each noun DEFINITE_ONE names one by, as a word of a claim's text (made once, not for every claim read). */
const HEAD_NOUN = new Map(["man", "woman", "boy", "girl", "teen", "teenager", "driver", "officer", "suspect"].map((noun) => [noun, new RegExp(`\\b${noun}\\b`, "i")]));
/** A person's name alone: "Dunn", "Keisha Grant". */
const NAME_ONLY = /^[\p{Lu}][\p{Ll}'’-]+(?:\s+[\p{Lu}][\p{Ll}'’-]+){0,2}$/u;
const RANK_IN_COUNT = /\b\d+(?:st|nd|rd|th)\b/;
/** A count that names no group, only what befell it: the whole a breakdown may follow. */
const GENERIC_COUNT = /\b(?:dead|people|persons|killed|casualties|victims|deaths|fatalities|bodies|wounded|injured)$/i;
/** "…was found with stab wounds but died at the scene a short time later": hurt, then dead, in one clause. */
// ("The man was taken to hospital but died", "was rushed to a trauma center, where he died": hurt, carried off, then dead.)
const HURT_BUT_DIED = /^,?\s+(?:was|had been|has been)\s+(?:found\s+(?:with|suffering(?: from)?)\s+(?:[\w-]+\s+){0,2}(?:wounds?|injuries)|(?:shot|stabbed|wounded|injured|hurt)\b[^.;,]{0,40}?|(?:taken|rushed|transported|airlifted|flown)\s+to\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:hospital|trauma cent(?:er|re)|medical cent(?:er|re))\b[^.;,]{0,30}?)\s*,?\s+(?:but|and|where)\s+(?:(?:he|she)\s+)?(?:later\s+|sadly\s+|subsequently\s+)?(?:died|succumbed|was pronounced (?:dead|deceased)|was declared (?:dead|deceased))\b/i;
const SHOT_THEN_DIES = /^(?:,[^,;.]{1,80},)?,?\s+(?:(?:was|had been|has been)\s+)?(?:shot|stabbed|wounded|injured|hurt)\b[^.;,]{0,60}?\s(?:dies|died|has died|succumbs|succumbed|(?:was\s+)?(?:pronounced|declared)\s+dead)\b/i;

/** Deaths and injuries of one person with no number written ("He died", "killed himself"). */
function singleVictimClaims(doc: AnnotatedDoc, existing: Claim[], quotes: Span[], focus: EntityMention | null, facts: ReportFacts): Claim[] {
  const out: Claim[] = [];
  // (Sentences with a count held: "the captain and two crew members were arrested" joins one more person to it.)
  const holding = new Set(existing.filter((c) => c.category === "detained").map((c) => c.sentence[0]));
  doc.sentences.forEach((sentence, si) => {
    const slice = doc.text.slice(sentence.start, sentence.end);
    if (!HARM_HINT.test(slice) && !holding.has(sentence.start)) return;
    const selfKilled = new Set<number>();
    // ("Not one person was hurt": a denial names no victim.)
    // ("the 14th juvenile killed in the city this year": a place in a running count, not one more victim.)
    // ("Nobody at the Walmart was injured": a name after "at the" is where, not who.)
    const found: SingleVictim[] = findSingleVictims(doc.text, sentence, doc.entities).filter((f) => !/\bnot\s+(?:even\s+)?$/i.test(doc.text.slice(Math.max(sentence.start, f.victim.start - 12), f.victim.start)) && !deathDenied(doc.text, sentence.start, f.victim.start, f.victim.end) && !RANK_IN_COUNT.test(doc.text.slice(f.victim.start, f.victim.end)) && !/\b(?:at|inside|outside)\s+the\s+$/i.test(doc.text.slice(Math.max(sentence.start, f.victim.start - 12), f.victim.start)) && !AMONG_THE_COUNTED.test(doc.text.slice(f.victim.end, f.victim.end + 40))).map((f) =>
      // "The man who was shot by an officer on Monday has died": the shooting ended in a death.
      // ("Girl shot at party dies": a headline's reduced clause, then the death.)
      // ("Kate Shepherd, 66, who later died": past the age between commas.)
      f.category === "wounded" && ((/^(?:,\s*\d{1,3})?,?\s+who\b/i.test(doc.text.slice(f.victim.end, f.victim.end + 12)) && laterDeathOfAll(withoutAges(doc.text.slice(f.victim.end, sentence.end)))) || SHOT_THEN_DIES.test(doc.text.slice(f.victim.end, f.victim.end + 180)) || HURT_BUT_DIED.test(doc.text.slice(f.victim.end, f.victim.end + 180))) &&
        !NEAR_DEATH.test(doc.text.slice(f.victim.end, sentence.end))
        ? { ...f, category: "killed" }
        : f,
    );
    // "her husband and two sons were killed": one person named before a counted group joined to it by "and" shares its
    // verb (the group alone is counted by the number stage; the total is made below).
    for (const c of existing) {
      if (c.sentence[0] !== sentence.start || (c.category !== "killed" && c.category !== "wounded" && c.category !== "detained") || !/^\s*and\s+$/.test(doc.text.slice(c.span[0] - 5, c.span[0]))) continue;
      // ("The driver of the car and three passengers died": one person named by a role, with "the", likewise; "A skipper
      // and three deckhands were held": an indefinite role is one person too.)
      const lead = doc.text.slice(Math.max(sentence.start, c.span[0] - 40), c.span[0]);
      const one = ONE_BEFORE_AND.exec(lead) ?? ROLE_BEFORE_AND.exec(lead);
      // ("Ahmed Salem and three others were killed": a person named, then the others with them.)
      const named = one ? null : personNamedBeforeOthers(doc, sentence, c);
      if (!one && !named) continue;
      const victim = named ?? { start: c.span[0] - one![0].length, end: c.span[0] - one![0].length + one![1]!.length };
      if (!found.some((f) => f.victim.start <= victim.start && f.victim.end >= victim.start)) found.push({ category: c.category, victim });
    }
    // (exec in a loop, not matchAll: matchAll copies the pattern on every call; and only where "self" or "own life" is.)
    REFLEXIVE.lastIndex = 0;
    if (REFLEXIVE_HINT.test(slice)) {
      for (let m = REFLEXIVE.exec(slice); m; m = REFLEXIVE.exec(slice)) {
        const victim = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
        found.push({ category: "killed", victim });
        selfKilled.add(victim.start);
      }
      // "A 4-year-old boy is going to be okay after shooting himself": a wound, where the text around tells of no death
      // (a gunman who "then shot himself" in a report of a murder-suicide is among the dead).
      REFLEXIVE_HURT.lastIndex = 0;
      const m = REFLEXIVE_HURT.exec(slice);
      const at = sentence.start + (m?.index ?? 0);
      if (m && !DEATH_WORD.test(doc.text.slice(Math.max(0, at - 400), at + 300)) && !/suicide/i.test(doc.text)) found.push({ category: "wounded", victim: { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length } });
    }
    const seen = new Set<string>();
    for (const f of found) {
      // ("The gunman killed five people before taking his own life": the one who killed himself is one more, whatever the
      // sentence counted of the others; a murder-suicide already counted holds him.)
      const self = selfKilled.has(f.victim.start) && !/murder-suicide|murder suicide/i.test(slice) && ![...existing, ...out].some((c) => c.category === "killed" && c.sentence[0] === sentence.start && c.span[0] >= f.victim.start);
      // ("The driver turned himself in. … when he turned himself in": one giving himself up, told again, or one of those
      // counted giving themselves up before.)
      if (f.category === "surrendered" && [...existing, ...out].some((c) => c.category === "surrendered" && c.sentence[0] < sentence.start)) continue;
      // ("One child dies every 10 minutes": a figure already read as no count of anyone is not counted again.)
      if (existing.some((c) => c.category === "other" && c.span[0] <= f.victim.start && c.span[1] >= f.victim.end)) continue;
      // "Smith had been shot and was pronounced dead": the one shot is counted among the dead, not also the hurt.
      if (f.category === "wounded" && found.some((g) => g.category === "killed" && g.victim.start === f.victim.start && g.victim.end === f.victim.end)) continue;
      // ("a former fighter was killed … by shooting him", "X has died after he was shot": the one shot, told again by a
      // pronoun, is the one who died.)
      if (f.category === "wounded" && /^(?:he|she|him|her)$/i.test(doc.text.slice(f.victim.start, f.victim.end)) && (found.some((g) => g.category === "killed" && (g.count ?? 1) === 1 && g.victim.end <= f.victim.start) || existing.some((c) => c.category === "killed" && c.value === 1 && c.sentence[0] === sentence.start && c.span[1] <= f.victim.start) || /\b(?:died|dies|killed|dead)\b/i.test(doc.text.slice(sentence.start, f.victim.start)))) continue;
      // ("A man was fatally shot Saturday. Police said the man, 45, was shot in the chest": the dead man told again, in a
      // sentence soon after, by "the" and the same noun or by a pronoun, is how he died, not one more hurt, unless
      // someone hurt of that kind was named between.)
      if (f.category === "wounded" && deadToldAgain(doc, [...existing, ...out], sentence, doc.text.slice(f.victim.start, f.victim.end))) continue;
      // ("A guard was shot dead on Friday. He died at the scene": the one dead, told again by a pronoun, is no second death.)
      // (When it tells the day the first did not, the first takes it: "He was killed on Wednesday".)
      if (f.category === "killed" && /^(?:he|she)$/i.test(doc.text.slice(f.victim.start, f.victim.end)) && deadToldAgain(doc, [...existing, ...out], sentence, doc.text.slice(f.victim.start, f.victim.end))) {
        const first = [...existing, ...out].filter((c) => c.category === "killed" && c.value === 1 && c.sentence[1] <= sentence.start).pop();
        if (first && !first.time) first.time = chooseTime(doc, sentence, { start: f.victim.start, end: f.victim.end, nounEnd: f.victim.end } as NumberMention, null, null);
        continue;
      }
      // ("A man was shot in the leg. He was taken to hospital in stable condition": the one hurt, told again.)
      if (f.category === "wounded" && hurtToldAgain(doc, [...existing, ...out], sentence, doc.text.slice(f.victim.start, f.victim.end))) continue;
      // ("found the bodies of a woman and her son, both of whom had been shot": how the dead died, not more people hurt.)
      if (f.category === "wounded" && /^(?:both|all|all three|all four|each)$/i.test(doc.text.slice(f.victim.start, f.victim.end)) && [...existing, ...out].some((c) => c.category === "killed" && c.sentence[0] === sentence.start && c.span[1] <= f.victim.start && (c.value ?? 0) >= 2)) continue;
      // One person per sentence and category, unless the figure already found is their companions ("X was killed
      // along with his six colleagues").
      // "a double homicide" counts the dead even beside one of them named: a count the sentence has not given yet.
      // ("Three people are dead in what police are calling a murder-suicide": a fewest-it-can-be already met is no new count.)
      const newCount = (f.count ?? 1) > 1 && ![...existing, ...out].some((c) => c.category === f.category && c.sentence[0] === sentence.start && (c.value === f.count || (f.atLeast && (c.value ?? 0) >= f.count!)));
      // ("Grant was pronounced dead at the scene, and Dunn died at a hospital": another person named in a clause of
      // their own is one more.)
      const prior = out.filter((c) => c.category === f.category && c.sentence[0] === sentence.start).pop();
      const anotherNamed = !!prior && prior.span[1] <= f.victim.start && /^[^.;]*,\s*(?:and|while|but)\s+$/.test(doc.text.slice(prior.span[1], f.victim.start)) &&
        NAME_ONLY.test(doc.text.slice(f.victim.start, f.victim.end)) && NAME_ONLY.test(prior.text) && prior.text !== doc.text.slice(f.victim.start, f.victim.end);
      // ("A gunman killed four people before he was shot dead by police", "…, killing 84, before police shot him dead": the
      // one who killed, told by a pronoun in a clause after the toll, is one more dead.)
      const victimText = doc.text.slice(f.victim.start, f.victim.end);
      const killerToo = f.category === "killed" && /^(?:he|she|him|her)$/i.test(victimText) && PERPETRATOR_OPENS.test(doc.text.slice(sentence.start, sentence.end)) &&
        existing.some((c) => c.category === "killed" && c.sentence[0] === sentence.start && c.span[1] <= f.victim.start && (c.value ?? 0) >= 1 && THEN_CLAUSE.test(doc.text.slice(c.span[1], f.victim.start)));
      if (!self && !newCount && !anotherNamed && !killerToo && (existing.some((c) => c.category === f.category && c.sentence[0] === sentence.start && !companionsOf(doc.text, f, c) && !partOfPair(f, c)) || seen.has(f.category))) continue;
      seen.add(f.category);
      const n = { start: f.victim.start, end: f.victim.end, nounEnd: f.victim.end } as NumberMention;
      const attribution = chooseAttribution(doc, si, n, quotes);
      out.push({
        doc: doc.id, span: [f.victim.start, f.victim.end], text: doc.text.slice(f.victim.start, f.victim.end), sentence: [sentence.start, sentence.end],
        category: f.category, value: f.count ?? 1, low: f.count ?? 1, high: f.atLeast ? null : (f.count ?? 1), qualifier: f.atLeast ? "min" : "exact", vague: null, subject: attackerTold(doc, si, f.victim, victimText) ?? armedOne(victimText, doc.text.slice(f.victim.end, f.victim.end + 8)),
        source: attribution ? { name: attribution.name, org: attribution.org, text: attribution.text } : null,
        place: choosePlace(doc, facts, sentence, n, f.category, focus), time: chooseTime(doc, sentence, n, attribution, null),
        said: attribution?.said ?? null, hedge: hedgeOf(doc, si, sentence, facts.hedges),
      });
    }
  });
  return out;
}

/**
 * "| Town | Killed | Injured |" then "| Kharkiv | 12 | 40 |": a table whose columns are headed by what happened counts the
 * people in each cell under its heading, placed where the row's first cell names (a Markdown table, or an HTML one the
 * reader wrote as Markdown rows). Figures the row's own words already counted are left to them.
 */
function columnTableClaims(doc: AnnotatedDoc, existing: Claim[], quotes: Span[], focus: EntityMention | null, facts: ReportFacts): Claim[] {
  const text = doc.text;
  const out: Claim[] = [];
  for (const table of markdownTables(text)) {
    const [header, ...rows] = table;
    const columns = header!.map((cell) => headingCategory(text.slice(cell.start, cell.end)));
    if (!columns.some((c) => c)) continue;
    // ("| Total | 15 | 49 |": the whole lies in the country all the rows' places lie in.)
    const rowPlaces = rows.map((row) => facts.places.find((e) => e.start >= row[0]!.start && e.end <= row[0]!.end && e.lat != null && e.lon != null));
    const codes = new Set(rowPlaces.filter((e) => e).map((e) => countryOfPoint(e!.lat!, e!.lon!)));
    const [code] = codes;
    const whole = codes.size === 1 && code ? geocode(code, { fuzzy: false }) : null;
    for (const row of rows) {
      const label = row[0]!;
      const total = /^(?:total|totals|all|overall|grand total)\b/i.test(text.slice(label.start, label.end));
      const line = { start: row[0]!.lineStart, end: row[row.length - 1]!.lineEnd };
      const si = doc.sentences.findIndex((s) => s.start <= line.start && s.end > line.start);
      const labelPlace = facts.places.find((e) => e.start >= label.start && e.end <= label.end && e.lat != null);
      for (let k = 1; k < row.length && k < columns.length; k++) {
        const heading = columns[k];
        const cell = row[k]!;
        if (!heading) continue;
        const n = doc.numbers.find((o) => o.start >= cell.start && o.end <= cell.end && (!o.notPeople || o.notPeople === "label" || o.notPeople === "other noun"));
        if (!n || n.vague || existing.some((c) => c.span[0] <= n.start && c.span[1] >= n.end)) continue;
        const attribution = si >= 0 ? chooseAttribution(doc, si, n, quotes) : null;
        const caption = tableCaptionTime(doc, line);
        out.push({
          doc: doc.id, span: [n.start, n.end], text: text.slice(n.start, n.end), sentence: [line.start, line.end],
          category: heading.category, value: n.value, low: n.low, high: n.high, qualifier: n.qualifier, vague: null, subject: heading.subject,
          source: attribution ? { name: attribution.name, org: attribution.org, text: attribution.text } : null,
          place: labelPlace ? asPlace(labelPlace) : total ? (whole && whole.precision === "country" ? { name: whole.name, lat: whole.lat, lon: whole.lon, precision: "country" } : null) : choosePlace(doc, facts, line, n, heading.category, focus),
          time: caption ? asClaimTime(caption) : null,
          said: attribution?.said ?? null, hedge: null,
        });
      }
    }
  }
  return out;
}

/**
 * "Casualties on Monday, according to regional governors:" over "- Kharkiv: 3 killed, 12 injured": the line that
 * introduces a list or a table dates its items and says whose figures they are, where an item says neither.
 */
/**
 * A transcript's speaker label ("MINISTER SOYLU: As of this hour, 9,057 … have lost their lives") is the voice of the
 * figures in its paragraph that name no other.
 */
function fromSpeakerLabels(text: string, claims: Claim[]): void {
  if (!SPEAKER_LABEL_HINT.test(text)) return;
  // (Only in a transcript: two voices or more, each opening its paragraphs. A headline's "Police: 2 dead" is another
  // matter, and "PREVIOUS STORY:" no voice.)
  const voices = new Set<string>();
  for (const m of text.matchAll(SPEAKER_LABELS)) if (isSpeakerLabel(m[1]!)) voices.add(m[1]!.trim());
  if (voices.size < 2) return;
  for (const c of claims) {
    if (c.source) continue;
    const blank = text.lastIndexOf("\n\n", c.span[0]);
    const paragraph = blank < 0 ? 0 : blank + 2;
    const label = SPEAKER_LABEL.exec(text.slice(paragraph, c.span[0]));
    if (!label || !isSpeakerLabel(label[1]!)) continue;
    const name = label[1]!.trim().toLowerCase().replace(/(^|[\s'’-])([\p{L}])/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
    c.source = { name, org: null, text: label[0].trim().replace(/\s*:$/, "") };
  }
}

/**
 * "UNRWA: 17,000 people sheltering at Nuseirat schools", "Health ministry: 37 dead": a headline that opens with a body
 * and a colon gives that body's figure.
 */
function fromHeadlineVoices(doc: AnnotatedDoc, claims: Claim[]): void {
  const text = doc.text;
  const statement = statementBy(doc);
  for (const c of claims) {
    if (c.source) continue;
    // ("Statement by UNICEF Executive Director Catherine Russell on children in Gaza": the whole release is hers.)
    if (statement && c.span[0] > statement.lineEnd) {
      c.source = statement.source;
      continue;
    }
    const lineStart = text.lastIndexOf("\n", c.span[0] - 1) + 1;
    // ("Eight terrorists killed in North Waziristan: ISPR", "… near Kupiansk - MoD": a headline credited at its end.)
    if (lineStart === 0) {
      const lineEnd = text.indexOf("\n") < 0 ? text.length : text.indexOf("\n");
      const credit = HEADLINE_CREDIT.exec(text.slice(c.span[1], lineEnd));
      if (credit) {
        const at = c.span[1] + credit.index + credit[0].length - credit[1]!.length;
        const body = doc.entities.find((e) => e.type === "org" && e.start === at && e.end === at + credit[1]!.length);
        if (body || (/^(?:[A-Z][A-Za-z]?){2,6}$/.test(credit[1]!) && /[A-Z].*[A-Z]/.test(credit[1]!)) || SMALL_CREDIT.test(credit[1]!)) {
          c.source = { name: credit[1]!, org: body ? body.canonical : null, text: credit[1]! };
          continue;
        }
      }
    }
    const opening = text.slice(lineStart, c.span[0]);
    const colon = opening.indexOf(": ");
    // (The figure must stand in the headline itself: not past a sentence's end, nor past a title's bar or its outlet.)
    if (colon < 2 || colon > 60 || /[.!?;]/.test(opening.slice(0, colon)) || /[.!?|«]/.test(opening.slice(colon))) continue;
    // (Not a heading that names no one: "PREVIOUS STORY:", "BREAKING:".)
    if (NOT_SPEAKERS.test(opening.slice(0, colon).trim().toUpperCase())) continue;
    // ("RAJOURI: Two persons were killed": a town in capitals opening the report is its dateline, no voice; a body it names
    // in capitals is one the lexicon knows.)
    const body = doc.entities.find((e) => e.type === "org" && e.start >= lineStart && e.end === lineStart + colon && /^\s*$/.test(text.slice(lineStart, e.start)) &&
      !(e.start === 0 && /^[A-Z][A-Z-]{3,}$/.test(e.text) && !knownOrg(e.text)));
    const voice = body ? null : HEADLINE_VOICE.exec(opening.slice(0, colon));
    if (body) c.source = { name: body.text, org: body.canonical, text: body.text };
    else if (voice) c.source = { name: voice[0].trim(), org: null, text: voice[0].trim() };
  }
}
/** A release headed "Statement by NAME …": who gives every figure in it, and where that heading ends. */
function statementBy(doc: AnnotatedDoc): { source: ClaimSource; lineEnd: number } | null {
  const text = doc.text;
  const lineEnd = text.indexOf("\n") < 0 ? text.length : text.indexOf("\n");
  const heading = STATEMENT_BY.exec(text.slice(0, lineEnd));
  if (!heading) return null;
  const person = doc.entities.find((e) => e.type === "person" && e.end <= lineEnd);
  const body = doc.entities.find((e) => e.type === "org" && e.end <= lineEnd);
  const who = person ?? body;
  if (!who) return null;
  const org = person ? person.org ?? (body ? body.canonical || body.text : null) : body!.canonical || body!.text;
  return { source: { name: who.canonical || who.text, org, text: text.slice(heading.index, lineEnd).trim() }, lineEnd };
}
const STATEMENT_BY = /^\s*(?:Joint\s+)?(?:Statement|Remarks|Press [Ss]tatement|Note to [Cc]orrespondents)\s+(?:by|from|of)\s+[\p{Lu}]/u;
const HEADLINE_CREDIT = /^[^.!?:|]*?(?::|\s(?:--|[-–—]))\s+([\p{Lu}][\p{L}.&'’-]*(?:\s+[\p{Lu}][\p{L}.&'’-]*){0,3}|(?:police|army|military|officials|witnesses|residents|medics|rescuers|sources|state media|state TV|local media))\s*$/u;
/** "Blast kills 12 in Kirkuk -- police": a voice written small that credits a headline. */
const SMALL_CREDIT = /^(?:police|army|military|officials|witnesses|residents|medics|rescuers|sources|state media|state TV|local media)$/;
const HEADLINE_VOICE = /^\s*(?:[\p{Lu}][\p{L}'’-]*\s+){0,3}(?:[Mm]inistry|[Pp]olice|[Aa]rmy|[Mm]ilitary|[Aa]uthorities|[Oo]fficials|[Gg]overnor|[Mm]ayor|[Hh]ospital|[Ss]heriff|[Cc]oroner|[Mm]onitor|[Rr]escuers)$/u;

/** A label that names a voice: not a question, a note or a heading, nor a dateline written with a colon ("ISLAMABAD:"). */
function isSpeakerLabel(label: string): boolean {
  return !NOT_SPEAKERS.test(label.trim()) && !geocode(label.trim(), { fuzzy: false });
}
const SPEAKER_LABELS = /(?:^|\n\n)\s*([A-Z][A-Z.'’ -]{1,40}):\s/g;
const SPEAKER_LABEL_HINT = /(?:^|\n)[A-Z][A-Z.'’ -]{1,40}:\s/;
const SPEAKER_LABEL = /^\s*([A-Z][A-Z.'’ -]{1,40}):\s/;
/** Labels that are no one: a question, a note, a heading. */
const NOT_SPEAKERS = /^(?:Q|A|QUESTION|ANSWER|NOTE|EDITOR'?S NOTE|UPDATE|CORRECTION|BREAKING|LOCATION|DATE|SOURCE|SUBJECT|FROM|TO|CC|RE|FW|FWD|KEY POINTS|SUMMARY|BACKGROUND|CONTEXT|WHAT WE KNOW|THE NUMBERS|CASUALTIES|DEATHS|UPDATED|WARNING|ALERT|FLASH|URGENT|PHOTO|VIDEO|WATCH|READ MORE|RELATED|PREVIOUS STORY|[A-Z]+ [A-Z]+ [A-Z]+ [A-Z]+ [A-Z]+.*)$/;

function fromListCaptions(doc: AnnotatedDoc, claims: Claim[]): void {
  const text = doc.text;
  const captions = new Map<number, Span | null>(); // by each item line passed, so a long list is walked once
  for (const c of claims) {
    const lineStart = text.lastIndexOf("\n", c.span[0] - 1) + 1;
    if (!LIST_OR_ROW.test(text.slice(lineStart, lineStart + 8))) continue;
    // ("- Dnipropetrovsk: 1 killed, 4 injured": the item's label places every figure after it.)
    const label = LABELLED_ITEM.exec(text.slice(lineStart, Math.min(c.span[0], lineStart + 80)));
    if (label) {
      const labelEnd = lineStart + label[0].length;
      const place = doc.entities.find((e) => e.type === "place" && e.start >= lineStart && e.end <= labelEnd && e.lat != null);
      if (place) c.place = asPlace(place);
    }
    if (c.time && c.source) continue;
    const caption = listCaption(text, lineStart, captions);
    if (!caption) continue;
    if (!c.time) {
      const times = doc.times.filter((t) => t.start >= caption!.start && t.end <= caption!.end);
      if (times.length === 1) c.time = asClaimTime(times[0]!);
    }
    if (!c.source) {
      const voice = doc.attributions.find((a) => a.start >= caption!.start && a.end <= caption!.end);
      if (voice) {
        c.source = { name: voice.name, org: voice.org, text: voice.text };
        c.said = voice.said ?? null;
      }
    }
  }
}
/**
 * The line ending in ":" right above the list or table holding the line at `lineStart`: up past the other items (and
 * blank lines) to the line that introduces them.
 */
function listCaption(text: string, lineStart: number, known: Map<number, Span | null>): Span | null {
  const passed: number[] = [];
  let at = lineStart;
  let caption: Span | null = null;
  while (at > 0) {
    const seen = known.get(at);
    if (seen !== undefined) {
      caption = seen;
      break;
    }
    passed.push(at);
    const prevStart = text.lastIndexOf("\n", at - 2) + 1;
    const line = text.slice(prevStart, at - 1);
    if (line.trim() === "" || LIST_OR_ROW.test(line)) {
      at = prevStart;
      continue;
    }
    if (/:\s*$/.test(line)) caption = { start: prevStart, end: at - 1 };
    break;
  }
  for (const p of passed) known.set(p, caption);
  return caption;
}
const LIST_OR_ROW = /^\s*(?:[-*•–—]\s|\d{1,2}[.)]\s|\|)/;
const LABELLED_ITEM = /^\s*(?:[-*•–—]|\d{1,2}[.)])\s+[^:\n]{1,60}:/;

interface TableCell extends Span {
  lineStart: number;
  lineEnd: number;
}
/** Markdown tables: runs of two or more lines that open with "|", as rows of cells (separator rows dropped). */
function markdownTables(text: string): TableCell[][][] {
  const tables: TableCell[][][] = [];
  let current: TableCell[][] = [];
  let at = 0;
  while (at <= text.length) {
    const nl = text.indexOf("\n", at);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(at, end);
    const open = line.search(/\S/);
    if (open >= 0 && line.charCodeAt(open) === 124) {
      if (!/^\s*\|(?:\s*:?-{2,}:?\s*\|)+\s*$/.test(line)) current.push(cellsOf(text, at + open, end));
    } else {
      if (current.length >= 2) tables.push(current);
      current = [];
    }
    if (nl < 0) break;
    at = nl + 1;
  }
  if (current.length >= 2) tables.push(current);
  return tables;
}
function cellsOf(text: string, start: number, end: number): TableCell[] {
  const cells: TableCell[] = [];
  let from = start + 1;
  for (let k = from; k <= end; k++) {
    if (k < end && text.charCodeAt(k) !== 124) continue;
    let a = from, b = k;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (k < end || a < b) cells.push({ start: a, end: b, lineStart: start, lineEnd: end });
    from = k + 1;
  }
  return cells;
}
/** What a column's heading says happened to the people counted under it, and who they are. */
function headingCategory(heading: string): { category: PeopleCategory; subject: string } | null {
  // (Not things, cases or the unaccounted for: "Houses destroyed", "Cholera cases", "Missing".)
  if (!heading || /\b(?:missing|unaccounted|affected|cases|houses?|homes?|buildings?|schools?|shelters|hospitals|facilities|vehicles|%|percent|rate|date|year)\b/i.test(heading)) return null;
  const category: PeopleCategory | null =
    /\b(?:killed|dead|deaths?|fatalities|died|death toll)\b/i.test(heading) ? "killed"
    : /\b(?:injured|wounded|injuries|hurt)\b/i.test(heading) ? "wounded"
    : /\b(?:displaced|idps|fled)\b/i.test(heading) ? "fled"
    : /\b(?:evacuated|evacuees|rescued)\b/i.test(heading) ? "evacuated"
    : /\b(?:arrested|detained|abducted|kidnapped|arrests|detentions)\b/i.test(heading) ? "detained"
    : /\b(?:arrivals|arrived)\b/i.test(heading) ? "arrived"
    : null;
  if (!category) return null;
  const word = heading.toLowerCase().split(/[^a-z]+/).find((w) => PLURAL_PEOPLE[w] && w !== "people");
  return { category, subject: word ? PLURAL_PEOPLE[word]! : "people" };
}

const ARREST_HINT = /\b(?:arrested|detained|custody|apprehended|jailed|captured)\b/i;
/**
 * "The suspect was arrested", "Police later arrested the gunman": one person taken, named by "the" and a role.
 * ("The driver stopped at the scene and was taken into custody": a first verb of the driver's own, then the arrest.)
 * ("A bomber wearing an explosive belt was arrested": what the person wore or carried describes the one held.)
 * ("The gunman, who was known to police, was captured", "The driver fled on foot but was arrested": an aside on the
 * one held, or a verb of his own before the arrest.)
 */
const DEFINITE_ARREST = /\b(?:(?:(?:[Tt]he|[Aa]) (?:(?:alleged|suspected|lone|second|male|female|teenage|teen|young|would-be|suicide|\d+-year-old)\s+){0,2}(suspect|gunman|shooter|attacker|assailant|killer|stabber|driver|teenager|teen|youth|bomber)|(?:[Hh]er|[Hh]is|[Tt]heir|[Tt]he victim['’]s) (?:estranged\s+|former\s+|ex-)?(husband|wife|boyfriend|girlfriend|partner|son|daughter|father|mother|stepfather|brother|nephew|neighbou?r|roommate))(?:,\s*(?:aged\s+)?\d{1,2},|,\s*(?:who|identified|described|named|believed|known|an?)\s[^,.;]{1,60},)?(?:\s+(?:wearing|carrying|armed with|wielding)\s[^,.;]{1,40}?(?=\s+(?:was|has|had)\s))?(?:\s+(?:stopped|stayed|remained|waited|fled|ran|called|tried)\b[^,.;]{0,40}?\s+(?:and|but))?\s+(?:(?:was|has been|had been)\s+(?:later\s+|also\s+|quickly\s+|eventually\s+|then\s+|subsequently\s+|immediately\s+)?(?:arrested|detained|apprehended|captured|taken into custody|placed in (?:police\s+)?custody)\b|(?:is|was|remains|remained)\s+(?:now\s+)?in\s+(?:police\s+)?custody\b)|\b(?:arrested|detained|apprehended|took|taken)\s+the\s+(?:(?:alleged|suspected|lone|second|\d+-year-old)\s+){0,2}(suspect|gunman|shooter|attacker|assailant|killer|stabber|driver)\b(?<=(?:arrested|detained|apprehended)\s+the\s+[\w\s-]+|(?:took|taken)\s+the\s+[\w\s-]+(?=\s+into\s+custody))(?!\s+(?:in|on)\s+(?:an?\s+|the\s+)?(?:other|earlier|previous|unrelated|separate)\b))/;

/** "John Smith, 29, was arrested at a flat", "Whitlam was arrested": a person the report names, arrested. */
// ("Jordan Hale, 24, was jailed for nine years", "… was remanded in custody": British court reports.)
const NAMED_ARREST = /([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){0,2})(?:,\s+\d{1,2},)?\s+(?:was|has been|had been)\s+(?:later\s+|also\s+|subsequently\s+)?(?:arrested|detained|taken into custody|remanded in custody|jailed)\b/u;
const NAMED_PAIR_HINT = /\b(?:were|have been|had been)\s/;
const NAMED_PAIR_ARREST = /([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,2})(?:,\s+\d{1,2},)?\s+and\s+([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,2})(?:,\s+\d{1,2},)?(?:\s+both\s+of\s+[\p{Lu}][\p{L}'’-]+,)?\s+(?:were|have been|had been)\s+(?:later\s+|also\s+|subsequently\s+|both\s+)?(?:arrested|detained|taken into custody|remanded in custody|jailed)\b/u;
/**
 * "Jason Doyle and Mark Kearns were arrested": two people the entity stage knows, each named in full, then the
 * arrest. Returns the text from the first name to the end of the second, as [the second's words, start, end].
 */
function namedPairArrest(doc: AnnotatedDoc, sentence: Span, slice: string): [string, number, number] | null {
  const m = NAMED_PAIR_ARREST.exec(slice);
  if (!m) return null;
  const first = sentence.start + m.index;
  const secondAt = first + m[0].indexOf(m[2]!, m[1]!.length);
  const isPerson = (from: number, to: number) => doc.entities.some((e) => e.type === "person" && e.start <= from && e.end >= to);
  if (!isPerson(first, first + m[1]!.length) || !isPerson(secondAt, secondAt + m[2]!.length)) return null;
  return [m[2]!, first, secondAt + m[2]!.length];
}

function namedArrest(doc: AnnotatedDoc, sentence: Span, slice: string): RegExpExecArray | null {
  const m = NAMED_ARREST.exec(slice);
  if (!m) return null;
  const start = sentence.start + m.index;
  if (!doc.entities.some((e) => e.type === "person" && e.start <= start + m[1]!.length && e.end >= start + m[1]!.length)) return null;
  // (The span is the name: group 1 stands where the role would.)
  return m;
}

/**
 * Claims of one person detained, written with "the" and no number: "The suspect was taken into custody". Only where the
 * report has counted no one detained before it (a second such sentence tells of the same arrest).
 */
function definiteArrests(doc: AnnotatedDoc, existing: Claim[], quotes: Span[], focus: EntityMention | null, facts: ReportFacts): Claim[] {
  if (!ARREST_HINT.test(doc.text)) return [];
  for (let si = 0; si < doc.sentences.length; si++) {
    const sentence = doc.sentences[si]!;
    const slice = doc.text.slice(sentence.start, sentence.end);
    if (!ARREST_HINT.test(slice)) continue;
    // ("Ann Roe and Tom Daly were arrested": two people named, the span from the first name to the second.)
    const pair = NAMED_PAIR_HINT.test(slice) ? namedPairArrest(doc, sentence, slice) : null;
    const m = pair ? null : DEFINITE_ARREST.exec(slice) ?? namedArrest(doc, sentence, slice);
    if (!m && !pair) continue;
    // The span is the person: "The suspect", or "the gunman" after the verb.
    // (Groups: 1 the role opening the clause, 2 a relative opening it, 3 the role after the verb.)
    const subjectRole = m ? m[1] ?? m[2] : pair![0];
    const role = m ? (subjectRole ?? m[3])! : "";
    const from = !m || subjectRole ? 0 : m[0].search(/\bthe\s/);
    const start = m ? sentence.start + m.index + from : pair![1];
    const end = m ? sentence.start + m.index + m[0].indexOf(role, from) + role.length : pair![2];
    // ("Ann Roe was arrested along with her husband": the one named and a companion.)
    const verb = pair ? -1 : doc.text.slice(end, Math.min(sentence.end, end + 40)).search(/\b(?:arrested|detained|taken|remanded|jailed)\b/);
    const value = pair ? 2 : 1 + (verb >= 0 ? companionsWith(doc.text, end + verb, sentence.end) : 0);
    // (Not a denial or a wish: "no suspect has been arrested", "police hope to arrest the gunman".)
    const before = doc.text.slice(Math.max(sentence.start, start - 24), start);
    if (/\b(?:no|not|yet to|hope to|trying to|seeking to|before)\s+(?:\w+\s+){0,2}$/i.test(before)) continue;
    // (The subject of its own clause: not "the man who helped stop the gunman is now in custody".)
    if (subjectRole && !/(?:^|[,;:]|\b(?:and|but|that|said|says|when|after|while))\s*$/i.test(before)) continue;
    // ("Ann Roe was arrested along with four others": the others counted after the one named are companions, not the
    // same arrest told again.)
    if (existing.some((c) => c.category === "detained" && c.span[0] <= sentence.end && !(c.sentence[0] === sentence.start && c.span[0] >= end && OTHERS.test(c.text) && ALONG_WITH_OTHERS.test(withoutAges(doc.text.slice(end, c.span[0])))))) return [];
    const n = { start, end, nounEnd: end } as NumberMention;
    const attribution = chooseAttribution(doc, si, n, quotes);
    return [{
      doc: doc.id, span: [start, end], text: doc.text.slice(start, end), sentence: [sentence.start, sentence.end],
      category: "detained", value, low: value, high: value, qualifier: "exact", vague: null, subject: "suspects",
      source: attribution ? { name: attribution.name, org: attribution.org, text: attribution.text } : null,
      place: choosePlace(doc, facts, sentence, n, "detained", focus), time: chooseTime(doc, sentence, n, attribution, null),
      said: attribution?.said ?? null, hedge: hedgeOf(doc, si, sentence, facts.hedges),
    }];
  }
  return [];
}

/**
 * "The toll has risen to 188, up from 169 on Tuesday", "212 homicides so far this year, down from 287 at the same point
 * in 2023", "168, compared with 201 during the same period last year": the figure compared with is an earlier count of
 * the same quantity, a claim of its own with the time written after it. The figure it is compared with loses that time
 * when it had taken it.
 */
function comparedFigures(doc: AnnotatedDoc, claims: Claim[]): Claim[] {
  const text = doc.text;
  const out: Claim[] = [];
  let last: { n: NumberMention; main: Claim } | null = null;
  for (const n of doc.numbers) {
    if (n.value === null || n.notPeople === "date" || n.notPeople === "year" || n.notPeople === "age") continue;
    const before = text.slice(Math.max(0, n.start - 40), n.start);
    // ("up from 187 in February and 164 in January": a second figure compared, after the first one's time.)
    const alsoCompared: boolean = last !== null && last.n.end < n.start && ALSO_COMPARED.test(text.slice(last.n.end, n.start)) && !claims.some((c) => c.span[0] === n.start);
    // (COMPARED_WITH, "from" and CHARGED_BEFORE, tried at every offset, each end in one of these words and spaces: most
    // figures follow none of them.)
    const comparable = wordBeforeSpace(text, n.start, COMPARED_OR_CHARGED_LAST_WORDS) >= 0;
    // ("The toll rose to 37 on Tuesday from 25 a day earlier": a bare "from" after a figure that rose to another.)
    const bareFrom = comparable && !COMPARED_WITH.test(before) && /\bfrom\s+$/i.test(before);
    // ("registered an FIR against 50 persons": people charged, no figure compared.)
    if (comparable && CHARGED_BEFORE.test(before)) continue;
    if (!alsoCompared && ((!bareFrom && !(comparable && COMPARED_WITH.test(before))) || claims.some((c) => c.span[0] === n.start))) continue;
    // (The figure compared may stand some way before: "bring to 15 the number of people who have died attempting the
    // crossing this year, compared with 12".)
    const main: Claim | undefined = alsoCompared ? last!.main : claims.filter((c) => c.sentence[0] <= n.start && c.sentence[1] >= n.end && c.span[1] <= n.start && n.start - c.span[1] <= 120 && c.category !== "other").pop();
    if (!main || (bareFrom && !ROSE_TO_THEN_FROM.test(text.slice(Math.max(main.sentence[0], main.span[0] - 30), n.start)))) continue;
    // The time written right after the compared figure is its own: "up from 169 on Tuesday".
    const own = doc.times.find((t) => t.start >= n.end && t.start - n.end <= 40 && t.end <= main.sentence[1] && !/[,;]/.test(text.slice(n.end, t.start)));
    const sameSpanLastYear = own ? null : SAME_PERIOD_LAST_YEAR.exec(text.slice(n.end, Math.min(main.sentence[1], n.end + 60)));
    let time: ClaimTime | null = own ? { start: own.from, end: own.to, text: own.text } : null;
    // ("down from 287 at the same point in 2023": the main figure's span of days, a year earlier.)
    const samePoint = own && main.time && /\b(?:same|this)\s+(?:period|point|time)\b/i.test(text.slice(n.end, own.start)) && own.from.slice(0, 4) === shiftYear(main.time.start, -1).slice(0, 4);
    if (samePoint) time = { start: shiftYear(main.time!.start, -1), end: shiftYear(main.time!.end, -1), text: text.slice(n.end, own!.end).trim() };
    if (!time && sameSpanLastYear && main.time) time = { start: shiftYear(main.time.start, -1), end: shiftYear(main.time.end, -1), text: sameSpanLastYear[0].trim() };
    // (The main figure had taken the compared one's time: its own is one written before it, "In March, … 212 …", if any.)
    if (own && main.time && main.time.text === own.text) {
      const earlier = doc.times.filter((t) => t.start >= main.sentence[0] && t.end <= main.span[0]).pop();
      main.time = earlier ? { start: earlier.from, end: earlier.to, text: earlier.text } : null;
    }
    // ("670, up from an earlier estimate of 300": the estimate is the compared figure's own doubt, not the main one's.)
    const estimate = /\b(estimates?)\s+(?:of|at)\s+(?:about\s+|around\s+|some\s+)?$/i.exec(before);
    const hedge = estimate ? estimate[1]!.toLowerCase() : main.hedge;
    out.push({ ...main, span: [n.start, n.end], text: text.slice(n.start, n.end), value: n.value, low: n.low ?? n.value, high: n.high ?? n.value, qualifier: n.qualifier, vague: n.vague, time, hedge });
    last = { n, main };
  }
  return out;
}
/** The words COMPARED_WITH, a bare "from" and CHARGED_BEFORE can end with, before the spaces up to the figure. */
const COMPARED_OR_CHARGED_LAST_WORDS = ["from", "the", "with", "to", "against", "of", "peak", "high", "low", "record", "about", "around", "some", "booked", "least", "over", "than"];
const ALSO_COMPARED = /^\s+(?:in|on|at|during|for|over)\s+[^,;.\d]{1,30}?\s+and\s+(?:(?:about|around|some)\s+)?$/i;
// ("revised the toll down to 27, from its earlier figure of 31": the figure it replaced.)
// ("down from a record 45,774", "almost double the 66,237 recorded", "already exceeding the 12 recorded in 2023".)
// ("up from the 24 earlier reported": the figure compared may take "the".)
const COMPARED_WITH = /(?:\b(?:up|down|rising|falling|increasing|decreasing|higher|lower)\s+from(?:\s+the)?|\bcompared\s+(?:with|to)|\bagainst|\b(?:double|twice|triple|treble|half|exceeding|surpassing|above|below)\s+the|\bfrom\s+(?:its|their|the|an)\s+(?:earlier|previous|initial|original|first)\s+(?:figure|toll|count|tally|estimate)\s+of)\s+(?:(?:a|the)\s+(?:peak|high|low|record)(?:\s+of)?\s+)?(?:about\s+|around\s+|some\s+)?$/i;
// ("bringing the death toll to 21 from eight": a verb that brings the toll somewhere, with its count named.)
// ("has fallen to 6 from 9", "revised the toll from the strike down to 23 from 31": the verb's adverb alone may stand near.)
const ROSE_TO_THEN_FROM = /\b(?:(?:bringing|brought|brings|taking|took|takes|pushing|pushed|raising|raised)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:toll|tally|total|number|count|figure)|rose|risen|rises|climbed|increased|jumped|grew|soared|surged|fell|fallen|dropped|declined|decreased|went up|gone up|revised(?:\s+(?:up|down)(?:wards?)?)?|(?:up|down)(?:wards?)?)\s+(?:sharply\s+|again\s+|further\s+)?to\s+[^,;:]{1,40}?\s+from\s+$/i;
const SAME_PERIOD_LAST_YEAR = /^\s+(?:during|in|over|at|by)\s+(?:the\s+same|this)\s+(?:period|point|time)\s+(?:last\s+year|a\s+year\s+(?:ago|earlier)|in\s+(?:19|20)\d\d)/i;

function shiftYear(iso: string, years: number): string {
  // (29 February a year away is the 28th.)
  const rest = iso.slice(4) === "-02-29" ? "-02-28" : iso.slice(4);
  return `${Number(iso.slice(0, 4)) + years}${rest}`;
}

/** A claim that counts the companions of the victim f ("X was killed along with his six colleagues"). */
function companionsOf(text: string, f: SingleVictim, c: Claim): boolean {
  // ("killed my brother and two of my cousins": the count joined by "and" is more people, not the same one.)
  return c.span[0] >= f.victim.end && (ALONG_WITH.test(text.slice(f.victim.end, c.span[0])) || (OTHERS.test(c.text) && ALONG_WITH_OTHERS.test(withoutAges(text.slice(f.victim.end, c.span[0])))) || /^(?:,[^,.;]{1,60},)?\s+and\s+(?:(?:his|her|their)\s+)?$/.test(text.slice(f.victim.end, c.span[0])));
}

/** A pair named one by one ("the boss of the gang and a woman") is a whole over a part already counted. */
function partOfPair(f: SingleVictim, c: Claim): boolean {
  return (f.count ?? 1) > 1 && c.span[0] >= f.victim.start && c.span[1] <= f.victim.end && (c.value ?? 0) < (f.count ?? 1);
}

/** A person's name standing right before "and" and a count ("Ahmed Salem and three others"): the name's span. */
function personNamedBeforeOthers(doc: AnnotatedDoc, sentence: Span, c: Claim): Span | null {
  const person = doc.entities.find((e) => e.type === "person" && e.start >= sentence.start && /^\s+and\s+$/.test(doc.text.slice(e.end, c.span[0])));
  return person ? { start: person.start, end: person.end } : null;
}
/** "who were listed as dead were found alive": the clause right after the figure says they live. */
const FOUND_ALIVE = /^[^.;,]{0,40}?\b(?:were|was|have been|has been|had been)\s+(?:later\s+|since\s+)?(?:found|discovered|confirmed)\s+(?:to be\s+)?alive\b/i;
/** "a nurse who was among the 14 killed", "X, 34, was one of the": one of a count the sentence gives, not one more. */
const AMONG_THE_COUNTED = /^(?:,\s*\d{1,3})?,?\s+(?:who\s+)?(?:was|is)\s+(?:among|one\s+of)\s+(?:the|those)\s+(?:\d|(?:at least|more than|about|some)\s)/i;
const DEATHS_OF_BEFORE = /\b(?:deaths?|killings?|murders?|executions?|massacre|beheadings?|bodies)\s+of\s+(?:the\s+)?$/i;
/**
 * "recorded 1,350 civilian casualties. The casualties included 410 deaths": casualties the next sentence breaks down into
 * the dead count the hurt as well; they are no toll of the dead (as "casualties, including 410 deaths" in one sentence).
 */
function casualtiesBrokenDownAfter(c: Claim, all: Claim[], text: string): Claim {
  if (c.category !== "killed" || !/\bcasualt(?:y|ies)$/i.test(c.text)) return c;
  const breaksDown = all.some((d) => d.category === "killed" && d.sentence[0] >= c.sentence[1] && d.sentence[0] - c.sentence[1] <= 3 && CASUALTIES_INCLUDED.test(text.slice(d.sentence[0], d.span[0])));
  return breaksDown ? { ...c, category: "other" } : c;
}
const CASUALTIES_INCLUDED = /^\s*(?:The|Those|These)\s+(?:[\p{L}-]+\s+)?casualties\s+(?:included|include|includes|comprised|comprise|comprises)\s+(?:at least\s+|some\s+|about\s+)?$/u;
/** The trigger inside a short label that ends in a colon right before the figure, at the start of its line or item. */
function labelBefore(text: string, sentenceStart: number, n: NumberMention, triggers: TriggerHit[]): TriggerHit | null {
  const lead = text.slice(Math.max(sentenceStart, n.start - 60), n.start);
  const label = FACT_LABEL.exec(lead) ?? dotLeaderLabel(text, lead, n);
  if (!label) return null;
  const from = n.start - lead.length + label.index;
  return triggers.find((t) => t.start >= from && t.end <= n.start) ?? null;
}
/**
 * "Deaths ........ 99": a fact box's label led to its figure by a run of dots. Only a label that opens its line, with
 * the figure ending it (prose with an ellipsis, "He said ... 40 were there", keeps its own reading).
 */
function dotLeaderLabel(text: string, lead: string, n: NumberMention): RegExpExecArray | null {
  if (!lead.includes("...") && !lead.includes("…")) return null;
  const label = DOT_LEADER_LABEL.exec(lead);
  if (!label) return null;
  const from = n.start - lead.length + label.index;
  if (from > 0 && text[from - 1] !== "\n" && text[from] !== "\n") return null;
  return /^[ \t]*(?:\r?\n|$)/.test(text.slice(Math.max(n.end, n.nounEnd), Math.max(n.end, n.nounEnd) + 4)) ? label : null;
}
const DOT_LEADER_LABEL = /(?:^|\n)[ \t]*(?:[-*•][ \t]+)?((?:[\p{L}\d'’-]+[ \t]+){0,5}[\p{L}\d'’)-]+)[ \t]*(?:\.{3,}|…+)[ \t]*$/u;
/** "Deaths in past 24 hours: ", "• People in shelters: ": a label of a few words, opening its line or item, then a colon. */
const FACT_LABEL = /(?:^|[\n;|•]\s*)(?:[-*]\s+)?((?:[\p{L}\d'’-]+\s+){0,5}[\p{L}\d'’)-]+):\s*$/u;
/** The figure stands in what a verdict, a charge or a remembrance is about: "convicted a man of killing", "found guilty of ordering the killings of". */
const VERDICT_OF = /\b(?:convicted|found guilty|sentenced|jailed|charged|indicted|acquitted|prosecuted|honou?red|remembered|commemorated|mourned)\b[^.;]*?\b(?:of|for|over|in connection with)\s+(?:[\p{L}-]+\s+){0,3}$/iu;
/** "the 1984 gas leak", "a 2015 arson attack": an event named with its year. */
const EVENT_YEAR = /\b(?:the|a|an|this|that)\s+((?:19|20)\d\d)\s+(?:[\p{L}-]+\s+){0,3}?(?:attacks?|bombings?|massacres?|earthquake|quake|leak|collapse|fire|floods?|war|genocide|crash|shooting|explosion|blast|cyclone|hurricane|typhoon|tsunami|famine|uprising|riots?|disaster|stampede|siege|offensive|air ?strikes?|ambush|raid|sinking|shipwreck|accident|landslide|avalanche|eruption)\b/giu;

/** The year EVENT_YEAR needs. */
const YEAR_WRITTEN = /(?:19|20)\d\d/;
/** The year of an event named with it ("the 1984 gas leak") right before the figure's verb or right after the figure. */
function eventYearNear(text: string, sentence: Span, n: NumberMention): ClaimTime | null {
  const slice = text.slice(sentence.start, sentence.end);
  const end = Math.max(n.end, n.nounEnd) - sentence.start;
  const start = n.start - sentence.start;
  // (Most sentences name no year: EVENT_YEAR, tried at every offset, runs only where one is written.)
  if (!YEAR_WRITTEN.test(slice)) return null;
  EVENT_YEAR.lastIndex = 0;
  for (let m = EVENT_YEAR.exec(slice); m; m = EVENT_YEAR.exec(slice)) {
    const mEnd = m.index + m[0].length;
    // ("the deadliest since the 2015 massacre": an event the figure is measured against is not its own.)
    if (/\b(?:since|than|after|before|like|unlike|following|as in)\s+$/i.test(slice.slice(Math.max(0, m.index - 12), m.index))) continue;
    if ((mEnd <= start && start - mEnd <= 80) || (m.index >= end && m.index - end <= 60)) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31`, text: m[1]! };
  }
  return null;
}
/** A sentence about one who killed: "A gunman …", "The attacker …", "A man drove a truck …". */
const PERPETRATOR_OPENS = /^\W*(?:(?:A|An|The)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:gunman|attacker|assailant|bomber|shooter|suspect|man|woman|driver|militant|knifeman|assassin)\b/u;
/** Between the toll and the one who killed: a later clause ("before he was", ", and then", "until police"). */
const THEN_CLAUSE = /\b(?:before|after|until|then|when)\b[^.;]*$/i;
/** "an FIR against", "a case against", "booked": people charged, before their count. */
const CHARGED_BEFORE = /\b(?:(?:FIR|FIRs|case|cases|complaint|complaints|charges?|chargesheet)\s+against|booked)\s+(?:at least\s+|about\s+|some\s+|over\s+|more than\s+)?$/i;
/** "the road to", "the highway north to": where a road leads, before the place it leads to. */
const ROAD_TO_LAST_WORDS = ["to", "towards", "the"];
const ROAD_TO = /\b(?:road|roads|highway|motorway|route|way|path)\s+(?:north\s+|south\s+|east\s+|west\s+)?(?:to|towards)\s+(?:the\s+)?$/i;
/** "Paris prosecutor", "the Paris prosecutor's office": a prosecutor's office after the city it is named for. */
const PROSECUTOR_AFTER = /^(?:['’]s)?\s+(?:(?:public|chief|anti-terror(?:ism|ist)?|regional|state)\s+)?prosecutors?(?:['’]s?\s+office)?\b/i;
/** ", a town in", ", a village near": an apposition that says what the place before it is. */
const TOWN_THEN_ITS_PROVINCE = /^,\s+(?:(?:north|south|east|west|central|northeast|northwest|southeast|southwest|northern|southern|eastern|western)\s+)?[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)?['’]s\s+$/u;
const TOWN_APPOSITION = /^,\s+(?:a|the)\s+(?:small\s+|remote\s+|border\s+|farming\s+|fishing\s+|mining\s+|market\s+)?(?:town|village|city|hamlet|district|locality|commune|settlement)\s+(?:in|of|near|outside)\b/i;
/** "one of three students", "one of the 14 people": one named among a whole written after it. */
const PUBLISHED_ON = /\b(?:published|issued|compiled|made public|(?:tally|tallies|figures|report|reports|data|statistics|numbers|count|estimates?|list|survey|study),?\s+(?:[\w-]+\s+){0,2}(?:released|updated|dated))\s+(?:in|on|at|last|this|early|late)?\s*$/i;
const ONE_OF_WHOLE = /^one\s+of\s+(?:the\s+|those\s+|these\s+)?(?:[\p{L}]+\s+)?\S/iu;
/** Between a whole and its verb, a reduced or relative clause: "three students shot dead", "14 people who were killed". */
const REDUCED_RELATIVE = /^\s+(?:(?:who|that)\s+(?:were|had been|have been)\s+)?(?:\w+ly\s+)?$/i;
const ROLE_BEFORE_AND = /(?<![\w-])((?:[Tt]he|An?) (?:(?:[\w-]+) )?(?:driver|pilot|co-pilot|captain|skipper|helmsman|deckhand|boatman|conductor|owner|gunman|bomber|attacker|teacher|guard|imam|priest|pastor|headmaster|principal|chief|commander|mayor|governor|officer|soldier|policeman|nurse|doctor|photographer|journalist|reporter)(?: of the [\w-]+(?: [\w-]+)?)?)\s+and\s+$/;
const ONE_BEFORE_AND = /(?<![\w-])((?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur) (?:(?:eldest|youngest|elder|younger|older|infant|baby|pregnant|teenage|\d+-year-old)\s+)?(?:husband|wife|son|daughter|father|mother|brother|sister|uncle|aunt|nephew|niece|cousin|grandson|granddaughter|grandfather|grandmother|fianc[ée]e?|partner|boyfriend|girlfriend|child|baby))\s+and\s+$/;
const HARM_HINT = /\b(?:kill|drown|martyred|on (?:himself|herself)|died|dies|dead|death|shot|shoot|wound|injur|hurt|murder|slain|body|bodies|hospital|condition|stabb|gunned|own life|fatal|homicide|slaying|execut|remains|strangled|struck|transported|airlifted|victim|shahadat|martyrdom|laid down|grazed|deceased|neutrali[sz]|surrendered|(?:turned|handed|gave) (?:himself|herself))/i;
const REFLEXIVE = /\bkilled (?:himself|herself)\b|\bshot (?:himself|herself) (?:dead|to death)\b|\b(?:took|taking|takes|take) (?:his|her) own life\b|\bturn(?:ed|ing|s)? the (?:gun|weapon|rifle|pistol) on (?:himself|herself)\b|\bdied (?:of|from) (?:an? )?(?:apparent )?self-inflicted\b/gi;
const REFLEXIVE_HURT = /\b(?:shot|shoots|shooting|wounded|wounding|stabbed|injured|injuring) (?:himself|herself)\b/gi;
const DEATH_WORD = /\b(?:died|dies|dead|death|killed|kills|killing|fatal|fatally|suicide|murder-suicide|deceased|pronounced|self-inflicted)\b/i;
/** Every REFLEXIVE and REFLEXIVE_HURT match holds one of these. */
const REFLEXIVE_HINT = /self|own life|on (?:himself|herself)/i;

/** Only a title between a closing quote and its speaker: capitalised words, "of", "the", a bracketed region. */
const TITLE_BEFORE_SPEAKER = /^,? (?:(?:[\p{Lu}][\p{L}’'&-]*\.?|\([\p{Lu}][^()\n.!?]{0,30}\)|of|the|for) )+$/u;

/** A quote opening right at lastIndex (sticky). */
// (A curly quote ends before another opens inside a line: one left unclosed does not swallow the next speaker's quote.
// One opening a paragraph carries the quote on, as a quote of many paragraphs is written.)
const QUOTED = /“(?:[^”“]|(?<=\n)“){1,1500}”|"[^"\n]{1,1500}"/y;

/** Quoted stretches of text: a figure inside one is said by whoever the quote is attributed to. */
function quoteRegions(text: string): Span[] {
  const out: Span[] = [];
  // A quote can only open at a quotation mark: those are found with indexOf and the pattern tried at each in turn,
  // which finds the same quotes as running it over the whole text.
  let straight = text.indexOf('"');
  let curly = text.indexOf("“");
  while (straight >= 0 || curly >= 0) {
    const at = curly < 0 || (straight >= 0 && straight < curly) ? straight : curly;
    QUOTED.lastIndex = at;
    const m = QUOTED.exec(text);
    if (m) out.push({ start: at, end: at + m[0].length });
    const from = m ? at + m[0].length : at + 1;
    if (straight >= 0 && straight < from) straight = text.indexOf('"', from);
    if (curly >= 0 && curly < from) curly = text.indexOf("“", from);
  }
  return out;
}

function chooseAttribution(doc: AnnotatedDoc, si: number, n: NumberMention, quotes: Span[]): Attribution | null {
  const chosen = pickAttribution(doc, si, n, quotes);
  // "AFAD said, while 5,800 deaths were reported in Syria": a later clause with a report of its own has no one's voice.
  if (chosen && chosen.end <= n.start && /^[^.;]*,\s*(?:while|whereas|but)\s/i.test(doc.text.slice(chosen.end, n.start)) && OWN_REPORT_AFTER.test(doc.text.slice(Math.max(n.end, n.nounEnd), Math.max(n.end, n.nounEnd) + 40))) return null;
  // "X told reporters that, according to Y, …": the one who tells us is the source we can cite.
  if (chosen && /^(?:according|citing|quoting)\b/i.test(chosen.text)) {
    const teller = doc.attributions.filter((a) => a.sentence === si && a.end <= chosen.start && a.speakerKind === "person" && !/^(?:according|citing|quoting)\b/i.test(a.text));
    if (teller.length) return teller[teller.length - 1];
  }
  return chosen;
}

const INVESTIGATING_SPEAKER = /^\S+\s+(?:investigating|probing|handling|leading|examining)\s/i;

/**
 * A cue whose words come before the figure, or run into it. (A function of its own, not a closure made for each figure:
 * under tsx each named closure also costs a call that names it.)
 */
function cueBefore(a: Attribution, n: NumberMention): boolean {
  return (a.verbEnd ?? a.end) <= n.start || (a.verbStart !== undefined && a.verbStart < n.start && a.end > n.start && a.end < n.end);
}

function pickAttribution(doc: AnnotatedDoc, si: number, n: NumberMention, quotes: Span[]): Attribution | null {
  // "the 11,300 reported earlier by the Libyan Red Crescent": the figure right before names its own giver, and that
  // giver gives no other figure of the sentence.
  const end = Math.max(n.end, n.nounEnd);
  const givenBy = doc.attributions.find((a) => a.sentence === si && a.start >= end && a.start - end <= 2 && GIVEN_BY_CUE.test(a.text));
  if (givenBy) return givenBy;
  // ("…, and about 500 reached the camp, where aid groups said conditions were dire": a voice inside a "where" clause
  // after the figure speaks of the place, not for the figure.)
  // ("In Gaza, where more than 40,000 people have been killed, aid groups warned of famine": a figure in a "where"
  // clause is the place's background, not what the voice of the main clause says, unless that voice closes the sentence.)
  const inWhereClause = /(?:^|,)\s*where\b[^,;.]*$/i.test(doc.text.slice(doc.sentences[si]!.start, n.start)) && /^[^,;.]*,/.test(doc.text.slice(n.end, doc.sentences[si]!.end));
  // ("Police investigating the deaths of three people in Ilford have said": a figure in what the speakers work on is theirs.)
  const here = doc.attributions.filter((a) => a.sentence === si && !(a.start <= n.start && a.end >= n.end && !INVESTIGATING_SPEAKER.test(a.text)) && !GIVEN_BY_CUE.test(a.text) && !(a.start >= n.end && /\bwhere\s+$/i.test(doc.text.slice(Math.max(0, a.start - 7), a.start)))
    // (", the army said, adding that …" still closes it: the participle goes on in the same voice.)
    && !(inWhereClause && a.start >= n.end && !/^\s*(?:[.!?]?\s*$|,\s*(?:adding|noting|saying|stressing|explaining)\b)/.test(doc.text.slice(a.end, doc.sentences[si]!.end)))
    // ("toll rises to 73, survivors say many children on board": a voice after the figure with words of its own to say.)
    && !(a.start >= n.end && a.verbEnd !== undefined && OWN_CONTENT_AFTER.test(doc.text.slice(a.verbEnd, a.verbEnd + 16)))
    // ("rescued four hostages in a raid that health officials said killed 274 people": a voice inside a relative clause
    // after the figure speaks for that clause only.)
    && !(a.start >= n.end && /\b(?:that|which)\s+$/i.test(doc.text.slice(Math.max(0, a.start - 8), a.start)) && doc.numbers.some((o) => !o.notPeople && o.start >= a.end && o.end <= doc.sentences[si]!.end))
    // ("…, has struggled to contain the gangs, which the U.N. estimates control 80 percent of the capital": a voice
    // inside a relative clause set off by a comma, after the figure, speaks of what the clause is about.)
    && !(a.start >= n.end && /,\s*(?:which|whom)\s+$/i.test(doc.text.slice(Math.max(0, a.start - 10), a.start))));
  const quote = quotes.find((q) => q.start <= n.start && q.end >= n.end);
  if (quote) {
    // The cue right after the closing quote, or right before the opening one.
    // (Not across a line or a sentence end: the next paragraph's speaker is not the quote's.)
    // A speaker's title may stand between: '…," Inspector General of Police (Kashmir) V K Birdi told reporters'.
    const after = doc.attributions.find((a) => a.start >= quote.end && (a.start - quote.end <= 12 ? !/[\n.!?]|\b(?:while|whereas|but)\b/.test(doc.text.slice(quote.end, a.start)) : a.start - quote.end <= 60 && TITLE_BEFORE_SPEAKER.test(doc.text.slice(quote.end, a.start))));
    if (after) return after;
    const before = doc.attributions.find((a) => a.end <= quote.start && quote.start - a.end <= 25);
    if (before) return before;
    // '"Our teams are overwhelmed," said X, head of mission. "On Monday alone we received 23 wounded."': a quote that
    // opens the next sentence of the paragraph goes on in the voice of the quote before it.
    // (The quote may open a sentence or two before the figure's: "… said X, a 24-year-old woman. "We were 14. Only
    // nine of us arrived."")
    let qs = si;
    while (qs > 0 && doc.sentences[qs]!.start > quote.start) qs--;
    const previous = doc.sentences[qs - 1];
    const sentence = doc.sentences[qs]!;
    if (previous && quote.start <= sentence.start + 1 && !doc.text.slice(previous.end, sentence.start).includes("\n") && quotes.some((q) => q.end > previous.start && q.end <= previous.end)) {
      const voiced = doc.attributions.filter((a) => a.sentence === qs - 1).pop();
      if (voiced) return voiced;
    }
  }
  if (!here.length) {
    // A quote that runs on from an attributed sentence keeps its speaker.
    const sentence = doc.sentences[si];
    if (quote && quote.start < sentence.start) {
      const earlier = doc.attributions.filter((a) => a.sentence === si - 1);
      if (earlier.length) return earlier[earlier.length - 1];
    }
    // "…, the agency said in a report. Another 67 people were injured.": one more figure in the same voice, when the
    // sentence before it in the paragraph was attributed.
    const previous = doc.sentences[si - 1];
    if (previous && ONE_MORE_OPENER.test(doc.text.slice(sentence.start, n.start)) && !doc.text.slice(previous.end, sentence.start).includes("\n")) {
      const earlier = doc.attributions.filter((a) => a.sentence === si - 1);
      if (earlier.length) return earlier[earlier.length - 1];
    }
    // ("The charity said on Monday … Our teams treated 40 wounded.": "our" and "we" outside a quote can only be the
    // organisation whose release it is, heard in the sentence just before or after in the paragraph.)
    if (!quote && FIRST_PERSON_PLURAL.test(doc.text.slice(sentence.start, sentence.end))) {
      const next = doc.sentences[si + 1];
      const orgOf = (k: number) => doc.attributions.filter((a) => a.sentence === k && a.org && !FIRST_PERSON_SPEAKER.test(a.name)).pop();
      const voiced = (previous && !doc.text.slice(previous.end, sentence.start).includes("\n") ? orgOf(si - 1) : undefined) ??
        (next && !doc.text.slice(sentence.end, next.start).includes("\n") ? orgOf(si + 1) : undefined);
      if (voiced) return voiced;
    }
    // A press briefing note is its speaker's throughout, where no other voice is named.
    return doc.attributions.find((a) => a.sentence < si && BRIEFING_NOTE.test(a.text)) ?? null;
  }
  // "The ministry says 40,200 have been killed in the war, which began when gunmen …, killing about 1,200 people,
  // according to Israeli tallies": an "according to" closing the sentence speaks for the clause it closes.
  const closing = here.find((a) => a.start >= n.end && /^(?:according|citing)\b/i.test(a.text) && /,\s*$/.test(doc.text.slice(a.start - 3, a.start)) && /^\s*[.!?]?\s*$/.test(doc.text.slice(a.end, doc.sentences[si]!.end)));
  if (closing) {
    const opener = here.filter((a) => a.end <= n.start).pop();
    // ("The UN said 1.5 million had been displaced, and at least 3,000 civilians had been killed, according to AAPP": a
    // figure opening a clause of its own after ", and" is the closing voice's.)
    const ownClauseAfterAnd = /,\s+and\s+(?:[\w-]+\s+){0,3}$/i.test(doc.text.slice(opener?.end ?? n.start, n.start));
    if (opener && (CLAUSE_BREAK.test(doc.text.slice(opener.end, n.start)) || ownClauseAfterAnd) && !/[.;]/.test(doc.text.slice(n.end, closing.start))) return closing;
  }
  // "Local media reported 19 deaths, while the government put the figure at 11": a voice before the figure in its own
  // clause, rather than one past a turn to another clause.
  // ("…, though activists put the toll as high as 16,000": a cue whose words run into the figure's own "as high as" still
  // comes before it.)
  const ownClause = here.filter((a) => cueBefore(a, n) && !CLAUSE_BREAK.test(doc.text.slice(Math.min(a.end, n.start), n.start))).pop();
  // ("…, but student groups said at least 11 had died, citing hospital records": what the voice cites after the figure
  // goes on in that voice.)
  if (ownClause && here.every((a) => a === ownClause || a.start < n.start || CLAUSE_BREAK.test(doc.text.slice(n.end, a.start)) || (/^citing\b/i.test(a.text) && /^[^.;:,]*,\s*$/.test(doc.text.slice(n.end, a.start))))) return ownClause;
  // Prefer a cue that names someone over one that only describes ("according to the latest group").
  const named = here.filter((a) => a.speakerKind !== "other" || /\b(?:spokes\w*|official|officials|monitor|forces?|police|authorities|service|ministry|agency|department|office|army|military|government|administration|council|committee|unit|network|commission|observatory|bureau|directorate|authority|centre|center|organi[sz]ation|mission|crescent|cross|coordinator)\b/i.test(a.name));
  const pool = named.length ? named : here;
  const before = pool.filter((a) => cueBefore(a, n));
  const afterCues = pool.filter((a) => a.start >= n.end);
  if (before.length && named.length && before.some((a) => a.speakerKind !== "other")) {
    const firm = before.filter((a) => a.speakerKind !== "other");
    const lastFirm = firm[firm.length - 1]!;
    const last = before[before.length - 1]!;
    // "Amed said he did not know, but a coalition official estimated that up to 1,500…": a new clause, a new voice.
    if (last !== lastFirm && CLAUSE_BREAK.test(doc.text.slice(lastFirm.end, last.start))) return last;
    return lastFirm;
  }
  if (before.length) return before[before.length - 1];
  return afterCues[0] ?? pool[0];
}

const CLAUSE_BREAK = /,\s*(?:where|which|while|whereas|but)\b|;/i;
const WORLD_SCOPE = /\b(?:worldwide|world-wide|globally|(?:around|across|throughout)\s+the\s+(?:world|globe))\b/i;
const FIRST_PERSON_PLURAL = /\b(?:our|we)\b/i;
const FIRST_PERSON_SPEAKER = /^(?:we|i|they|he|she|it)$/i;
const ONE_MORE_OPENER = /^\s*(?:Another|A further|An additional)\s*$/;
const IDENTIFIED_ON = /\b(?:identified|named)\s+(?:on\s+)?$/i;
/** A bare part of a whole: "…, including 41 in Zahedan and 12 in Tehran" (no verb of its own in between). */
/** What stands between a bare part and its own place: " in ", " of them in and around the ". */
// ("including nine in a house in Jabalia": what the part was in may come first.)
const PART_PLACED = /^\s+(?:of (?:them|those|whom)\s+)?(?:(?:in|at|near|around)\s+(?:and\s+(?:around|near)\s+)?)(?:the\s+)?(?:(?:a|an|the|one)\s+(?:[a-z-]+\s+){1,2}(?:in|at|near)\s+(?:the\s+)?)?$/i;
/** "… in Kabul on Monday as a cold snap killed": the clause break between a place and the figure after it. */
const AS_CLAUSE_BETWEEN = /^[^,;.]*?\sas\s+(?:a|an|the)\s[^,;.]*$/i;
/** ", with (the) Bihar (state) accounting for 40 …": a place a part of the figure before is given to. */
const WITH_PLACE_LAST_WORDS = ["with", "the"];
const WITH_PLACE_BEFORE = /,\s*with\s+(?:the\s+)?$/i;
const PLACE_HAS_PART = /^\s+(?:(?:state|province|district|region|county|governorate)\s+)?(?:alone\s+)?(?:accounting\s+for|reporting|recording|registering)\s+(?:(?:about|around|some|nearly|more than|over|at least|almost)\s+)?$/i;
const PARTS_NAMED_BEFORE = /^[^.;:]*?\b(?:including|among them|of whom|of them)\b(?![^.;:]*\b(?:was|were|is|are|had|has|have|while|but)\b)[^.;:]*$/i;
/** "to mark 10 years since the attack that killed …": an event years back, told by the clause that gives the figure. */
const YEARS_SINCE = /\b([A-Za-z\d-]+)\s+years?\s+(?:since|on from)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:that|which|in which)\s+[^.;]*$/i;
const SHARE_OF_THEM_BEFORE = /,\s*(?:most|many|some|half|all|nearly all|almost all|the majority|a third|a quarter)\s+of\s+(?:them|whom|those)\b[^,;.]*$/i;
// ("300 families had fled since the attack": a period from an event the sentence does not date, not the day before's.)
const SINCE_THEN = /\bsince then\b|\b(?:has|have|had)\s+since\b|\bsince (?:the|that|this) (?:[\w-]+ )?(?:attack|raid|strike|assault|ambush|massacre|fighting|clashes|offensive|bombing|violence|war|conflict|coup|invasion|takeover|floods?|flooding|earthquake|quake|storm|cyclone|fire|incident)\b/i;
const RUNNING_TOTAL = /\b(?:so far|to date|thus far|until now|up to now|a total of|(?:have|has|had)\b[^.;]{0,80}\bin total|cumulatively|since the (?:start|beginning|outbreak) of)\b/i;

const YEAR_WORD = /year/i;
/**
 * VERDICT_OF's opening words as bare letters, which are found several times faster than VERDICT_OF fails on a long
 * sentence. (VERDICT_OF has the "u" flag, under which "ſ" matches "s": hence "[sſ]".)
 */
const VERDICT_WORDS = /convicted|found guilty|[sſ]entenced|jailed|charged|indicted|acquitted|pro[sſ]ecuted|honou?red|remembered|commemorated|mourned/i;
/** LATER_CLAUSE_FUTURE over text[from, end), where it can match: it needs "would", "will" or "shall". */
const FUTURE_WORD = /would|will|shall/i;
function laterClauseFuture(text: string, from: number, end: number): boolean {
  const between = text.slice(from, end);
  return FUTURE_WORD.test(between) && LATER_CLAUSE_FUTURE.test(between);
}
const LATER_CLAUSE_FUTURE = /(?:,|\b(?:and|but|while)\b)[^.;]*\b(?:would|will|shall)\s+(?:(?:not|be|have)\s+)?(?:[a-z]+\s+){1,2}$/i;
function chooseTime(doc: AnnotatedDoc, sentence: Span, n: NumberMention, attribution: Attribution | null, previous: Claim | null, continues = false, verbAt = -1): ClaimTime | null {
  const inSentence = doc.times.filter((t) => t.start >= sentence.start && t.end <= sentence.end);
  const cueTime = attribution ? inSentence.find((t) => attribution.start <= t.start && t.end <= attribution.end && attribution.said === t.to) : undefined;
  // "OUAGADOUGOU, Nov 28 (Wire) - … killed 33 soldiers … on Sunday": the dateline's date is when the report was filed;
  // a time the sentence itself gives comes first.
  // "…killed 40 civilians, officials said on Thursday, the latest in a wave that has displaced tens of thousands this
  // year": past the voice that closes this figure's clause, a time beside another figure is that one's.
  const closingVoice = attribution && attribution.start >= n.end && /,\s*$/.test(doc.text.slice(n.end, attribution.start)) ? attribution : null;
  const wholeOf = doc.numbers.find((o) => o !== n && o.start >= sentence.start && o.end <= n.start && leadingOf(doc.text.slice(Math.max(sentence.start, o.start - 12), o.start)));
  const wholeComma = wholeOf ? doc.text.indexOf(",", wholeOf.end) : -1;
  const wholeSpan = wholeOf && wholeComma >= 0 && wholeComma < n.start ? { start: wholeOf.end, end: wholeComma } : null;
  const told = inSentence.filter((t) => t !== cueTime && !(closingVoice && t.start >= closingVoice.end &&
    doc.numbers.some((o) => o !== n && !o.notPeople && o.start >= closingVoice.end && o.end <= t.start)) &&
    // "eight fighters were killed in clashes, raising the number killed since October to more than 500": the time of the
    // running toll the clause raises is not this figure's.
    !(t.start >= n.end && RAISING_CLAUSE.test(doc.text.slice(n.end, t.start)) && doc.numbers.some((o) => o !== n && !o.notPeople && o.start >= t.end && o.start <= sentence.end)) &&
    // "…, the resistance force, which was formed by local youths in May": the time of a clause about who someone is.
    !(t.start >= n.end && ABOUT_SOMEONE_CLAUSE.test(doc.text.slice(n.end, t.start))) &&
    // ("The ELN, which has about 5,800 fighters, freed 19 hostages in March": a figure inside a relative clause about
    // someone is not dated by the main clause after it.)
    !(t.start >= n.end && /,\s*(?:which|who)\s[^,;.]*$/i.test(doc.text.slice(Math.max(sentence.start, n.start - 60), n.start)) && /,/.test(doc.text.slice(n.end, t.start))) &&
    // ("300 people, who had fled in May, arrived on Monday": the time of a relative clause set off by commas after the
    // people tells their past, when the figure's verb and a time of its own come after its closing comma; not "the two
    // officials, who were found dead today, had been threatened in 2018".)
    !(t.start >= n.end && verbAt >= t.end && /^[^;.:]*,/.test(doc.text.slice(t.end, verbAt)) && RELATIVE_CLAUSE_OPEN.test(doc.text.slice(Math.max(n.end, n.nounEnd), t.start)) && inSentence.some((o) => o.start >= verbAt)) &&
    // ("3,544 people had been killed since the conflict began, most of them in the past two months": the time of a part.)
    !(t.start >= n.end && SHARE_OF_THEM_BEFORE.test(doc.text.slice(n.end, t.start))) &&
    // ("The rebels lost 12,400 fighters, including 90 in the past day": the window of the part named after "including".)
    !(t.start >= n.end && doc.numbers.some((o) => o !== n && !o.notPeople && o.start > Math.max(n.end, n.nounEnd) && o.end <= t.start && /^[^,;.]*,\s*including\s+$/i.test(doc.text.slice(Math.max(n.end, n.nounEnd), o.start)) && /^[^,;.]*$/.test(doc.text.slice(o.end, t.start)))) &&
    // ("Nearly a million Rohingya live in the camps, having fled a crackdown in 2017": the time of what they had done.)
    !(t.start >= n.end && /,\s*having\s+[^,;.]*$/i.test(doc.text.slice(n.end, t.start))) &&
    // ("38 people were killed in the past 24 hours, bringing the overall death toll to 40,005": the day's window is not
    // the running total's.)
    !(t.end <= n.start && RUNNING_TOTAL_BEFORE.test(doc.text.slice(t.end, n.start))) &&
    // ("Although IS was declared defeated in late 2017, the UN estimates that 5,000 fighters remain": the time of a
    // clause conceded before the main one.)
    !(t.end <= n.start && /^\W*(?:Although|Though|Even though|Despite|Whereas)\b[^,;]*$/.test(doc.text.slice(sentence.start, t.start)) && /,/.test(doc.text.slice(t.end, n.start))) &&
    // ("Of the 251 hostages taken on October 7, 111 remain": the time of the whole a share is taken of, not the share's.)
    !(wholeSpan && t.start >= wholeSpan.start && t.end <= wholeSpan.end) &&
    // ("45 inmates escaped on Friday, of whom 30 were rearrested on Saturday": the whole's day is not the share's, when the
    // share's own clause gives one.)
    !(t.end <= n.start && /,\s*(?:of|among)\s+(?:whom|which)\s+$/i.test(doc.text.slice(t.end, n.start)) && inSentence.some((o) => o.start >= Math.max(n.end, n.nounEnd))) &&
    // ("41 were rescued and that the search would continue on Saturday": a day told of what is still to come, in another
    // clause, is not the figure's.)
    !(t.start >= n.end && t.start - n.end <= 150 && laterClauseFuture(doc.text, Math.max(n.end, n.nounEnd), t.start)) &&
    // ("The death of two fighters came five days after a clash that killed five": the day told back is the clash's.)
    !(t.start >= n.end && /^(?:came|comes|happened|occurred|took place)\b/i.test(t.text)) &&
    // ("3.5 million people are displaced, and that some 120,000 were forced from their homes between January and July":
    // a time past a clause break, with another figure between, is that figure's.)
    !(t.start >= n.end && CLAUSE_THEN_FIGURE.test(doc.text.slice(Math.max(n.end, n.nounEnd), t.start)) && doc.numbers.some((o) => o !== n && !o.notPeople && o.start > Math.max(n.end, n.nounEnd) && o.end <= t.start && CLAUSE_THEN_FIGURE.test(doc.text.slice(Math.max(n.end, n.nounEnd), o.start)) &&
      (OWN_VERB.test(doc.text.slice(Math.max(o.end, o.nounEnd), t.start)) || (THAT_CLAUSE_THEN_FIGURE.test(doc.text.slice(Math.max(n.end, n.nounEnd), o.start)) && PAST_VERB.test(doc.text.slice(Math.max(o.end, o.nounEnd), t.start)))))) &&
    // ("The driver, identified Monday as Raymond Ortega, died": the day he was named, not the day he died.)
    !IDENTIFIED_ON.test(doc.text.slice(Math.max(sentence.start, t.start - 24), t.start)) &&
    // ("219 people, according to an official tally published in March": when the figures came out, not when anyone died.)
    !PUBLISHED_ON.test(doc.text.slice(Math.max(sentence.start, t.start - 50), t.start)) &&
    // ("including one child born in 2011": a birth year tells an age, no time of the event.)
    !/\bborn\s+(?:in\s+|on\s+)?$/i.test(doc.text.slice(Math.max(sentence.start, t.start - 12), t.start)) &&
    // ("Police on Monday identified the four people killed when gunfire erupted early Sunday": the day they were named,
    // when the sentence tells the day of the deaths too.)
    !(t.end <= n.start && NAMED_AFTER_DAY.test(doc.text.slice(t.end, t.end + 24)) && inSentence.some((o) => o !== t && o.start >= n.end)) &&
    // ("24 were killed, the ministry said, as a truce agreed the day before held": the time of the other thing an "as"
    // clause past the voice tells.)
    !(t.start > n.end && AS_OTHER_THING.test(doc.text.slice(n.end, t.start))) &&
    // ("The Alliance, which launched an offensive on Oct. 27, said …": the time of a clause about the speaker.)
    !(attribution && t.start >= attribution.start && t.end <= attribution.end && /,\s*(?:which|who)\b[^,]*$/i.test(doc.text.slice(attribution.start, t.start))));
  // "to mark 10 years since the attack that killed 49 people": the deaths are that many years before the report.
  const published = doc.meta.published;
  const from = Math.max(sentence.start, n.start - 120);
  // (YEARS_SINCE needs the word "year": most stretches lack it, and a literal is found far faster.)
  const sinceStretch = doc.text.slice(from, n.start);
  const years = published && YEAR_WORD.test(sinceStretch) ? YEARS_SINCE.exec(sinceStretch) : null;
  if (years && published) {
    // (How many years, as the number stage read it: "10", "ten", "Fifteen".)
    const count = doc.numbers.find((o) => o.start === from + years.index)?.value ?? 0;
    const year = Number(published.slice(0, 4)) - count;
    if (count > 0 && count < 200) return { start: `${year}-01-01`, end: `${year}-12-31`, text: years[0].replace(/\s+(?:that|which|in which)\s[^]*$/i, "").trim() };
  }
  // (The dateline's date alone dates no event: "BAMAKO, May 8 (Reuters) - Gunmen killed 12 people" does not say when.)
  // ("A court on Thursday convicted a man of killing eight people in 2015": the day of the verdict is not the killing's;
  // only a time after the figure, in what the verdict is about, dates it.)
  const beforeFigure = doc.text.slice(sentence.start, n.start);
  const verdict = VERDICT_WORDS.test(beforeFigure) && VERDICT_OF.test(beforeFigure);
  const event = told.filter((t) => !datelineDate(doc.text, t) && !(verdict && t.end <= n.start) &&
    // ("The toll since March 3 now stands at 90": "now" is the end of the period the sentence gives, not another time.)
    !(/^now$/i.test(t.text) && told.some((o) => o !== t && o.kind === "period" && /^since\b/i.test(o.text))));
  // ("The 1984 gas leak killed 3,800", "the 2013 collapse, which killed 1,134", "killing eight in a 2015 arson attack": the
  // year the event the figure belongs to is named by.)
  if (!event.length && (verdict || !told.length)) {
    const year = eventYearNear(doc.text, sentence, n);
    if (year) return year;
    if (verdict) return null;
  }
  // ("In the same period, 30 were wounded": the period of the figure before. Not where the sentence gives its own
  // and the same period is a year earlier's, to compare with: "… so far this year, against 43,364 in the same period
  // last year".)
  if (previous?.time && /\b(?:the same period|that period|the same time)\b(?!\s+(?:last year|a year (?:earlier|before|ago)|of (?:the previous|last) year|in (?:19|20)\d\d))/i.test(doc.text.slice(sentence.start, sentence.end))) return previous.time;
  if (event.length) {
    // Nearest, but a time across a clause boundary ("…had now reached the camp, where 120 have died since December")
    // counts three times as far.
    // ("Crowds on Sunday mourned the 40 miners killed in the 1961 cave-in": the deaths are dated by the past time their
    // own clause gives, not by the day of the mourning or of a finding made years later.)
    const published0 = doc.meta.published;
    const longAgo = published0 ? event.find((t) => t.start >= Math.max(n.end, n.nounEnd) && Number(t.to.slice(0, 4)) <= Number(published0.slice(0, 4)) - 10 &&
      t.start - Math.max(n.end, n.nounEnd) <= 120 && DIED_LONG_AGO.test(doc.text.slice(Math.max(n.end, n.nounEnd), t.start))) : undefined;
    if (longAgo && event.some((t) => t !== longAgo && Number(t.to.slice(0, 4)) > Number(longAgo.to.slice(0, 4)))) return asClaimTime(longAgo);
    const nearest = event.reduce((a, b) => (farness(doc.text, a, n) <= farness(doc.text, b, n) ? a : b));
    // "The ministry said on Monday that 1,200 had been killed since October": a period up to the report's day ends on
    // the day it was said, when that is earlier.
    // "As of Tuesday, 780 people had been killed … since Feb. 1": the running total runs from the one to the other.
    const asOf = nearest.kind === "point" && /\bas of\s+$/i.test(doc.text.slice(Math.max(0, nearest.start - 8), nearest.start));
    const since = asOf ? event.find((t) => t !== nearest && t.kind === "period" && /^since\b/i.test(t.text) && t.from <= nearest.from) : undefined;
    if (since) return { start: since.from, end: nearest.to, text: `${since.text} … ${nearest.text}` };
    // ("the deadliest fire since 2019, when four people died": the year the "when" clause tells of.)
    const sinceYear = nearest.kind === "period" && nearest.end <= n.start ? /^since\s+((?:19|20)\d\d)$/i.exec(nearest.text) : null;
    if (sinceYear && /^,\s*when\b/i.test(doc.text.slice(nearest.end, n.start))) return { start: `${sinceYear[1]}-01-01`, end: `${sinceYear[1]}-12-31`, text: sinceYear[1]! };
    if (cueTime && nearest.kind === "period" && /^since\b/i.test(nearest.text) && published && nearest.to === published && cueTime.to < published && cueTime.to >= nearest.from) return { ...asClaimTime(nearest), end: cueTime.to };
    if (published && nearest.from <= published && sinceWarBegan(doc.text, sentence, nearest, n)) return { start: nearest.from, end: published, text: nearest.text };
    return asClaimTime(nearest);
  }
  // "Myanmar has been in turmoil since the army seized power in February 2021. More than 3,000 civilians have been
  // killed since then": from the one time the sentence before gives, up to the report's day.
  if (published && /\bsince then\b/i.test(doc.text.slice(sentence.start, sentence.end))) {
    const then = onlyTimeBefore(doc, sentence);
    if (then && then.from <= published) return { start: then.from, end: published, text: "since then" };
  }
  // The day something was said dates the figure, unless it is a running total ("buried 23 so far", said Monday:
  // the deaths happened before, on days the sentence does not give).
  // ("… killed more than 30 people, a group said on Wednesday. The jets bombed the village on Monday morning, the group
  // said.": the next sentence, with no figure of its own, tells the event's day, which comes before the saying.)
  // ("…, raising the year's toll to 41, officials said on Thursday": a total raised to the figure is a running one too.)
  if (cueTime && !RUNNING_TOTAL.test(doc.text.slice(sentence.start, sentence.end)) && !RUNNING_TOTAL_BEFORE.test(doc.text.slice(Math.max(sentence.start, n.start - 90), n.start))) return eventDayNext(doc, sentence, cueTime) ?? eventDayBefore(doc, sentence, cueTime) ?? asClaimTime(cueTime);
  // (Not a running total: "He said a total of 21 civilians had been killed since the start of the hostilities.")
  // ("It has since climbed to 60,000": later than the time before, on a day the sentence does not give.)
  if (continues && previous?.time && !RUNNING_TOTAL.test(doc.text.slice(sentence.start, sentence.end)) && !SINCE_THEN.test(doc.text.slice(sentence.start, sentence.end)) && !RUNNING_TOTAL_BEFORE.test(doc.text.slice(Math.max(sentence.start, n.start - 90), n.start))) return previous.time;
  // ("Weekly digest, 12-18 February ¶ … ¶ Total for the week: 17 killed": a total with no time of its own is the
  // digest's, over the period its heading gives.)
  if (PERIOD_TOTAL.test(doc.text.slice(sentence.start, sentence.end))) {
    const period = headingPeriod(doc);
    if (period) return asClaimTime(period);
  }
  // A table's row is dated by the caption line above the table: "Key figures (as of 20 August 2024):".
  const caption = tableCaptionTime(doc, sentence);
  if (caption) return asClaimTime(caption);
  // "Heavy fighting in X continued on 12 May. The network said 27 civilians were killed…": a sentence that only sets
  // the scene dates the figure after it (not a running total, which spans days the scene does not give).
  // ("The military seized power in 2022. Nearly two million people have been displaced": a present perfect right after
  // a count of many counts up to now, not in the year the sentence before names; "a boy has died" is one event.)
  const scene = sceneBefore(doc, sentence);
  // "The conflict began in 2017. It has killed more than 6,000 people": a toll that has run since the beginning the
  // sentence before dates, up to the report's day.
  if (scene && published && n.value !== 1 && UP_TO_NOW.test(doc.text.slice(Math.max(sentence.start, n.start - 40), n.start))) {
    const began = BEGAN_IN_SCENE.exec(doc.text.slice(scene.start, scene.end));
    const start = began ? doc.times.find((t) => t.start >= scene.start + began.index && t.end <= scene.end) : undefined;
    if (start && start.from <= published) return { start: start.from, end: published, text: start.text };
  }
  // ("Iraq declared victory over IS in 2017. A UN report estimated that 400 to 700 militants remain": a stock now is
  // not dated by the past the scene tells.)
  if (scene && !RUNNING_TOTAL.test(doc.text.slice(sentence.start, sentence.end)) && !/\bsince then\b/i.test(doc.text.slice(sentence.start, sentence.end)) && !REMAIN_AFTER.test(doc.text.slice(Math.max(n.end, n.nounEnd), sentence.end)) && !(n.value !== 1 && UP_TO_NOW.test(doc.text.slice(n.end, Math.min(sentence.end, Math.max(n.end, n.nounEnd) + 40))))) {
    const said = doc.attributions.filter((a) => a.start >= scene.start && a.end <= scene.end);
    // ("BAKU, 14 March. /Trend/ - Troops fired on positions on 13 March. One soldier was wounded.": the dateline's date
    // is when the report was filed, not the scene's.)
    // ("Dozens of posts have been built along the border in recent months. The army said it killed 10 raiders": a
    // trend's vague window is the scene's background, no day of the event after it.)
    // ("During April, 46 incidents were recorded, up from 38 in March": the time of a figure compared is that one's own.)
    const set = doc.times.filter((t) => t.start >= scene.start && t.end <= scene.end && !said.some((a) => a.start <= t.start && t.end <= a.end) && !datelineDate(doc.text, t) && !RECENT_WINDOW.test(t.text) &&
      !COMPARED_TIME_BEFORE.test(doc.text.slice(Math.max(scene.start, t.start - 50), t.start)));
    if (set.length === 1) return asClaimTime(set[0]!);
  }
  // ("Monthly tally, March 2024 ¶ Herat: 4 killed, 2 wounded": a tally line under a heading that gives a period counts
  // over that period.)
  if (TALLY_LINE.test(doc.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 50))) && (sentence.start === 0 || doc.text[sentence.start - 1] === "\n")) {
    const period = headingPeriod(doc);
    if (period) return asClaimTime(period);
  }
  return null;
}
/** "up from 38 in", "compared with 52 during the": the time a compared figure is counted at follows it. */
const COMPARED_TIME_BEFORE = /\b(?:(?:up|down)\s+from|compared\s+(?:with|to))\s+(?:the\s+)?[\d,]+\s+(?:[\w-]+\s+)?(?:in|on|during|at|over|for)\s+(?:the\s+)?$/i;
/** "Kandahar: 6 killed", "North Kivu: 12 dead": a line labelled by a name, then its figure. */
const TALLY_LINE = /^[\p{Lu}][\p{L}'’-]*(?:\s[\p{Lu}][\p{L}'’-]*){0,3}:\s*\d/u;

/** A total of a digest's period: "In total", "Month total:", "during the period", "for the week". */
const PERIOD_TOTAL = /\b(?:in total|total|tally|during the period|(?:for|over|during|in) the (?:period|week|month|fortnight))\b/i;

/**
 * The one stretch of days a heading line opening the report gives ("Security digest, 12-18 February", "Monthly
 * tally, March 2024"): a short first line with no stop at its end and no figure about people.
 */
function headingPeriod(doc: AnnotatedDoc): TimeMention | null {
  const lineEnd = doc.text.indexOf("\n");
  if (lineEnd < 0 || lineEnd > 160) return null;
  const line = doc.text.slice(0, lineEnd).trimEnd();
  if (!line || /[.!?]["”’]?$/.test(line)) return null;
  if (doc.numbers.some((n) => !n.notPeople && n.end <= lineEnd)) return null;
  const times = doc.times.filter((t) => t.end <= lineEnd);
  return times.length === 1 && times[0]!.kind === "period" && times[0]!.from !== times[0]!.to ? times[0]! : null;
}

/** A town of `province`'s country that one of the two sentences after `sentence` names as where the event was. */
function eventTownAfter(doc: AnnotatedDoc, facts: ReportFacts, sentence: Span, province: EntityMention): EntityMention | null {
  const k = firstStartingAt(doc.sentences, sentence.start);
  const country = countryOfMention(province);
  if (k < 0 || !country) return null;
  for (const next of doc.sentences.slice(k + 1, k + 3)) {
    for (const e of facts.places) {
      if (e.start < next.start || e.end > next.end || e.lat == null || (e.precision !== "city" && e.precision !== "village")) continue;
      if (EVENT_IN_TOWN.test(doc.text.slice(next.start, e.start)) && countryOfMention(e) === country) return e;
    }
  }
  return null;
}
const EVENT_IN_TOWN = /^\s*(?:The|This|That|Saturday's|Sunday's|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's)\s+(?:[\w-]+\s+)?(?:raid|attack|strike|assault|ambush|blast|explosion|bombing|shooting|massacre|killings)\s+(?:in|on|at)\s+(?:the\s+(?:city|town|village|municipality)\s+of\s+)?$/;

/** The one time the sentence before `sentence` gives, in its paragraph. */
function onlyTimeBefore(doc: AnnotatedDoc, sentence: Span): TimeMention | null {
  const before = doc.sentences[firstStartingAt(doc.sentences, sentence.start) - 1];
  if (!before || doc.text.slice(before.end, sentence.start).includes("\n\n")) return null;
  const read = timesOf(doc, before);
  return read.length === 1 ? read[0]! : null;
}

/**
 * The times a sentence gives. (The times stage reads only the sentences around figures: another one is read here, on
 * the rare call that needs it.)
 */
function timesOf(doc: AnnotatedDoc, sentence: Span): TimeMention[] {
  const known = doc.times.filter((t) => t.start >= sentence.start && t.end <= sentence.end);
  const published = doc.meta.published ? parseIso(doc.meta.published) : null;
  return known.length || !published ? known : findTimes(doc.text, sentence.start, sentence.end, published);
}

/** The one day the sentence after `sentence` gives (outside any voice), when it holds no figure and falls before `said`. */
function eventDayNext(doc: AnnotatedDoc, sentence: Span, said: TimeMention): ClaimTime | null {
  const k = doc.sentences.indexOf(sentence as (typeof doc.sentences)[number]);
  const next = k >= 0 ? doc.sentences[k + 1] : undefined;
  if (!next) return null;
  // ("BAMAKO (AFP) - … killed at least 41 villagers, officials said on Wednesday. ¶ Gunmen surrounded the village on
  // Monday evening …": a lead's next paragraph that tells the attack tells its day.)
  if (doc.text.slice(sentence.end, next.start).includes("\n\n") && !(k <= 3 && EVENT_HAPPENED.test(doc.text.slice(next.start, next.end)))) return null;
  return oneEventDay(doc, next, said);
}

/**
 * The one day `told`, a sentence beside a figure's, gives outside any voice, when it counts nobody itself and the day
 * falls before `said`. (The voice's own words are no figure: "…, said a member of the local militia".)
 */
function oneEventDay(doc: AnnotatedDoc, told: Span, said: TimeMention): ClaimTime | null {
  const voiced = doc.attributions.filter((a) => a.start >= told.start && a.end <= told.end);
  if (doc.numbers.some((n) => !n.notPeople && n.start >= told.start && n.end <= told.end && !voiced.some((a) => a.start <= n.start && n.end <= a.end))) return null;
  const days = timesOf(doc, told).filter((t) => !voiced.some((a) => a.start <= t.start && t.end <= a.end));
  // (A day, or a span of a few days: "over the weekend".)
  const few = days.length === 1 && (days[0]!.kind === "point" || (days[0]!.kind === "period" && Date.parse(days[0]!.to) - Date.parse(days[0]!.from) <= 3 * 86_400_000));
  if (!few || days[0]!.to >= said.from) return null;
  return asClaimTime(days[0]!);
}

/**
 * "In Kharkiv, a guided bomb hit a building on Sunday evening. The toll has risen to seven, the governor said on
 * Monday": the sentence before in the paragraph, with no figure of its own, that tells the attack itself on one day
 * before the saying, tells the event's day.
 */
function eventDayBefore(doc: AnnotatedDoc, sentence: Span, said: TimeMention): ClaimTime | null {
  const k = doc.sentences.indexOf(sentence as (typeof doc.sentences)[number]);
  const before = k >= 1 ? doc.sentences[k - 1] : undefined;
  if (!before) return null;
  // ("Gunmen attacked villages over the weekend. ¶ The network said on Thursday that 62 people were killed": across a
  // paragraph break only where the sentence before tells no figure and this one names no event of its own.)
  const told = doc.text.slice(before.start, before.end);
  if (doc.text.slice(before.end, sentence.start).includes("\n\n") && EVENT_HAPPENED.test(doc.text.slice(sentence.start, sentence.end))) return null;
  // (The cheap tests first: the sentence before is read for its times only where it tells an attack on a day.)
  if (!EVENT_HAPPENED.test(told) || !DAY_HINT.test(told)) return null;
  return oneEventDay(doc, before, said);
}

/** A word that may name a day: a weekday, "yesterday", "overnight", a date's number. */
const DAY_HINT = /\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|overnight|last night|weekend|\d{1,2})\b/i;
/** Words telling an attack or disaster itself happen. */
const EVENT_HAPPENED = /\b(?:attacked|struck|hit|surrounded|opened fire|dropped|stormed|raided|bombed|shelled|exploded|detonated|ambushed|overran|took place|happened|occurred|began|started|erupted|broke out|collapsed|capsized|sank|swept)\b/i;
const BEGAN_IN_SCENE = /\b(?:began|started|erupted|broke out)\s+(?=in\s|on\s)/i;
const UP_TO_NOW = /\b(?:have|has)\s+(?:now\s+|so far\s+|since\s+)?(?:been\s+)?(?:killed|displaced|died|wounded|injured|arrested|detained|evacuated|forced|uprooted|fled|left|abducted)\b/i;
/** "…, raising the number of its members killed since October to": the clause that raises a running toll. */
const RAISING_CLAUSE = /,\s*(?:raising|bringing|pushing|taking|lifting)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,6}$/i;
/** "…, which was formed by local youths in May": a clause about who someone is. */
const ABOUT_SOMEONE_CLAUSE = /,\s*(?:which|who)\s+(?:was|were|had been|has been|have been)\s+(?:formed|founded|created|established|set up|launched|built|born|elected|appointed|sworn in|arrested|released|sentenced|convicted|jailed|deployed)\b[^.;]*$|\bwho\s+(?:fled|moved|arrived|came|emigrated|left|joined)\b[^.;,]*$/i;

/** A date inside a dateline: near a line's start and followed by the agency in brackets and a dash. */
function datelineDate(text: string, t: TimeMention): boolean {
  const lineStart = text.lastIndexOf("\n", t.start) + 1;
  // (After the place and a comma: a line that opens with its date, "Oct 4 - Shelling hits …", is a timeline's entry.)
  if (t.start - lineStart > 60) return false;
  const before = text.slice(lineStart, t.start);
  // ("ADRE, Chad (June 20, 2024) - …": the date in brackets after the place.)
  if (/^[\p{Lu}][^()\n]*\(\s*$/u.test(before) && /^\s*\)\s*[-–—:]/.test(text.slice(t.end, t.end + 8))) return true;
  if (!/[\p{L}.)]\s*,\s*$/u.test(before)) return false;
  // ("RAWALPINDI, March 14: Security forces …": after a town in capitals, a colon closes the dateline too.)
  return DATELINE_DATE_AFTER.test(text.slice(t.end, t.end + 40)) || (/^[\p{Lu}][\p{Lu}\s.'-]*,\s*$/u.test(before) && /^(?:,?\s*\d{4})?:\s+[\p{Lu}]/u.test(text.slice(t.end, t.end + 12)));
}
// ("BHUBANESWAR, Oct 22 (PTI) Seven passengers …": an agency in brackets closes the dateline with no dash after it.)
// ("IMPHAL, November 12 (PTI): Three persons…": or a colon after it.)
// ("MOSCOW, March 14. /TASS/. Rescuers …": or the agency between slashes after a full stop.)
const DATELINE_DATE_AFTER = /^(?:,?\s*\d{4})?\s*(?:\([^()]{1,30}\)\s*)?[-–—]|^(?:,?\s*\d{4})?\s*\((?:[A-Z][A-Za-z.]{1,12}(?:[ /][A-Z][A-Za-z.]{1,12})?)\)\s*:?\s+[\p{Lu}]|^(?:,?\s*\d{4})?\.?\s*\/[\p{Lu}][\p{L}-]{1,20}\/\s*[-–—.:]/u;

/**
 * "killed in the war, which began on Oct. 7", "Since the start of the invasion in February 2022, … has verified": the
 * date a war began opens a running total that goes on up to the report (a figure inside the clause that tells how it
 * began, "killing about 1,200 people", happened on that day).
 */
function sinceWarBegan(text: string, sentence: Span, t: TimeMention, n: NumberMention): boolean {
  const before = text.slice(Math.max(sentence.start, t.start - 100), t.start);
  if (SINCE_START_OF.test(before)) return true;
  // ("War broke out in April 2023 …, and has killed tens of thousands": what the war has done since it broke out.)
  if (n.start >= t.end && WAR_BROKE_OUT_BEFORE.test(before) && HAS_DONE_SINCE.test(text.slice(t.end, n.start))) return true;
  return n.end <= t.start && (WAR_THAT_BEGAN.test(text.slice(n.end, t.start)) || WHERE_LAUNCHED.test(text.slice(n.end, t.start)));
}
const WAR_BROKE_OUT_BEFORE = /\b(?:war|conflict|fighting|insurgency|crisis|violence|offensive|invasion)\b[^.;]{0,60}?\b(?:broke out|began|started|erupted)\s+(?:in|on)\s+$/i;
const HAS_DONE_SINCE = /^[^.;]{0,80}\b(?:has|have)\s+(?:since\s+|now\s+|so far\s+)?(?:killed|displaced|uprooted|left|forced|wounded|claimed)\b[^.;]*$/i;
const SINCE_START_OF = /\bsince\s+(?:the\s+)?(?:start|beginning|outbreak|onset)\s+of\b[^.;]{0,70}$/i;
/** "killed in northern Gaza, where Israel launched an offensive in early October": the day a campaign there began. */
const WHERE_LAUNCHED = /\bwhere\s+(?:[\p{L}'’-]+\s+){1,4}(?:launched|began|started|mounted|resumed)\s+(?:a|an|its|their|the)\s+(?:[\p{L}-]+\s+){0,2}(?:offensive|operation|assault|invasion|incursion|campaign|siege)\b[^.;]{0,40}$/iu;
const WAR_THAT_BEGAN = /\b(?:war|conflict|offensive|invasion|fighting|siege|campaign|insurgency|crisis)\b,?\s+(?:which|that)\s+(?:began|started|erupted|broke out)\b[^.;]{0,80}$/i;

/**
 * The sentence right before, in the same paragraph, when it counts nobody: a sentence that sets the scene ("Heavy
 * fighting in El Fasher continued on 12 May.") for the figure that follows.
 */
/** "in recent months", "over recent weeks", "lately": a window with no bounds of its own. */
const RECENT_WINDOW = /^(?:(?:in|over|during)\s+(?:the\s+)?(?:most\s+)?recent\s+(?:days|weeks|months|years)|lately|recently)$/i;
function sceneBefore(doc: AnnotatedDoc, sentence: Span): Span | null {
  // (Both layers are in reading order, so each is searched by halving: this runs once per claim.)
  const before = doc.sentences[firstStartingAt(doc.sentences, sentence.start) - 1];
  if (!before) return null;
  // (Across a paragraph break only where this sentence points back to the event the one before tells: "…attacked a
  // base on Thursday. ⏎ The group said its fighters killed 43 soldiers in the dawn raid".)
  // ("### Yesterday, 11:00 — Surrender ⏎ A group of 60 fighters surrendered": a live blog's heading dates its entry.)
  const heading = /^#{1,6}\s/.test(doc.text.slice(before.start, before.start + 7));
  if (!heading && doc.text.slice(before.end, sentence.start).includes("\n") && !(EVENT_AGAIN.test(doc.text.slice(sentence.start, sentence.end)) && EVENT_TOLD.test(doc.text.slice(before.start, before.end)))) return null;
  for (let k = firstStartingAt(doc.numbers, before.start); k < doc.numbers.length && doc.numbers[k]!.end <= before.end; k++) {
    // ("46 incidents were recorded, up from 38 in March": a bare figure compared with a count of things counts things too.)
    const o = doc.numbers[k]!;
    if (!o.notPeople && !(k > 0 && !o.noun && doc.numbers[k - 1]!.start >= before.start && doc.numbers[k - 1]!.notPeople === "other noun" && COMPARED_BARE_BEFORE.test(doc.text.slice(Math.max(before.start, o.start - 24), o.start)))) return null;
  }
  // "Hill was taken into custody Wednesday in Denver. He is accused of killing …": an arrest told alone is no scene of
  // the crime (one that names the crime, "arrested in the shooting on Thursday", may still be).
  const told = doc.text.slice(before.start, before.end);
  if (ARREST_TOLD.test(told) && !CRIME_NAMED.test(told)) return null;
  // ("The city recorded 49 degrees on Monday. 300 pilgrims died.", "Clinics logged 900 cases since May. The dead
  // included two nurses.": a reading of the weather or a count of cases is no scene of the deaths.)
  if (MEASURE_TOLD.test(told)) return null;
  return before;
}
const COMPARED_BARE_BEFORE = /,\s*(?:up|down)\s+from\s+$|,\s*compared\s+(?:with|to)\s+$/i;
const MEASURE_TOLD = /\d\s*(?:°|degrees\b)|\d[\d,]*\s+(?:(?:new|more|suspected|confirmed|reported)\s+)?(?:cases|infections)\b/i;
const EVENT_AGAIN = /\b(?:the|that|this)\s+(?:[\w-]+\s+)?(?:raid|attack|strike|assault|ambush|blast|explosion|bombing|shooting|clashes|fighting|incident|massacre|offensive)\b/i;
const EVENT_TOLD = /\b(?:attack(?:ed|s)?|raid(?:ed)?|struck|strikes?|stormed|ambush(?:ed)?|bomb(?:ed|ing)?|explo(?:ded|sion)|clash(?:ed|es)|shell(?:ed|ing)|opened fire|fought)\b/i;
const CRIME_NAMED = /\b(?:shot|shooting|killed|killing|death|dead|murder|homicide|stabb(?:ed|ing)|attack|wounded|injured)\b/i;
const ARREST_TOLD = /\b(?:arrested|taken into (?:federal )?custody|in custody|booked into|charged with|extradited|turned (?:himself|herself) in|surrendered to (?:police|authorities))\b/i;

/** The index of the first span that starts at or after an offset, in spans sorted by start. */
function firstStartingAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How far a time stands from a figure, a clause boundary between them counting three times. */
const CLAUSE_THEN_FIGURE = /,\s*(?:and|but)\s|;\s|\band that\s/i;
/** A verb of the other figure's own clause, before the time: "were forced from their homes in Hiran" (not across a
 * "when" clause, which dates both: "…, while six were injured when warplanes fired on the village on June 12"). */
const OWN_VERB = /^(?![^]*\bwhen\b)[^]*\b(?:was|were|is|are|had|has|have|been|fled|died|arrived|crossed|returned)\b/i;
/** "…, and that 32 fighters surrendered to troops in Gwoza": a clause of its own, told with "that", with a verb in the past. */
const THAT_CLAUSE_THEN_FIGURE = /\band that\s+(?:[\p{L}-]+\s+){0,3}$/u;
const PAST_VERB = /^(?![^]*\bwhen\b)[^]*\b[\p{Ll}]{3,}ed\b/u;

function farness(text: string, t: TimeMention, n: Span): number {
  return distance(t, n) * (TIME_CLAUSE_BREAK.test(text.slice(Math.min(t.end, n.end), Math.max(t.start, n.start))) ? 3 : 1);
}
/** Where a time stops being a figure's own: CLAUSE_BREAK, and a clause of time or cause ("…on Tuesday, after hundreds fled"). */
const TIME_CLAUSE_BREAK = /,\s*(?:where|which|while|whereas|but|after|before|when|as|and)\b|;/i;

function distance(t: TimeMention, n: Span): number {
  return t.start >= n.end ? t.start - n.end : t.end <= n.start ? n.start - t.end : 0;
}

function asClaimTime(t: TimeMention): ClaimTime {
  return { start: t.from, end: t.to, text: t.text };
}

/**
 * A place's key: a number for coordinates that are equal to one decimal (the key `${lat.toFixed(1)},${lon.toFixed(1)}`
 * once was, without making those texts: toFixed is slow), else text. Keys are equal exactly where those texts are.
 */
type PlaceKey = number | string;
const TOWN_PRECISION: ReadonlySet<string> = new Set(["city", "village"]);
/** The country code of a place mention, as the gazetteer knows it by its name, or null. */
function countryOfMention(e: EntityMention): string | null {
  return geocode(e.canonical || e.text, { fuzzy: false })?.country ?? null;
}

/** The tenths x.toFixed(1) writes, signed as it writes them ("-0.0" is not "0.0"), or null past 10 million tenths. */
function tenths(x: number): number | null {
  const size = Math.abs(x);
  if (!(size < 1e6)) return null; // (NaN, infinities and large values too)
  const product = size * 10; // within a billionth of the exact product at this size
  let n = Math.round(product);
  // Near a half the product's own rounding could decide which way it goes: there toFixed's digits say.
  if (Math.abs(Math.abs(product - n) - 0.5) < 1e-6) n = Math.round(Number(size.toFixed(1)) * 10);
  if (n >= 1e7) return null;
  return x < 0 ? -n - 1 : n;
}

/** Two signed tenths (each within ±10 million) as one number, a different one for each pair. */
const tenthsPair = (a: number, b: number) => (a + 2 ** 24) * 2 ** 25 + (b + 2 ** 24);

function coordinatesKey(lat: number, lon: number): PlaceKey {
  const a = tenths(lat);
  const b = tenths(lon);
  return a !== null && b !== null ? tenthsPair(a, b) : `${lat.toFixed(1)},${lon.toFixed(1)}`;
}

/** A name written as coordinates to one decimal ("33.5,44.1") keys as those coordinates do; any other name as itself. */
const COORDINATES_TEXT = /^(-?)(\d+)\.(\d),(-?)(\d+)\.(\d)$/;
function nameKey(name: string): PlaceKey {
  const m = COORDINATES_TEXT.exec(name);
  if (!m) return name;
  const part = (sign: string, whole: string, tenth: string) => {
    const n = Number(whole + tenth);
    return n >= 1e7 || (whole.length > 1 && whole[0] === "0") ? null : sign ? -n - 1 : n;
  };
  const a = part(m[1]!, m[2]!, m[3]!);
  const b = part(m[4]!, m[5]!, m[6]!);
  return a !== null && b !== null ? tenthsPair(a, b) : name;
}

/** What the claims of one report look up again and again, gathered once per report. */
class ReportFacts {
  /** The place mentions, in order. */
  readonly places: EntityMention[];
  /** Cues whose speaker follows the verb ("…," said a doctor at the hospital). */
  readonly inverted: Attribution[];
  /** Cues whose speaker comes first ("Russia's defence ministry said …"). */
  readonly speakerFirst: Attribution[];
  /** Each sentence's hedge, by sentence index, once found. */
  readonly hedges = new Map<number, Hedge | null>();
  private readonly datelines = new Map<EntityMention, boolean>();
  private readonly datelineMarks = new Map<EntityMention, boolean>();
  private readonly namedPlaces = new Map<number, EntityMention[]>();
  /** Offsets of the report's line breaks, in order (found when first needed). */
  private lineBreaks: number[] | null = null;

  constructor(private readonly doc: AnnotatedDoc) {
    // ("The U.S. Central Command said": a country written before a body's name is whose body it is, never a scene.)
    this.places = doc.entities.filter((e, i) => e.type === "place" && !(e.precision === "country" && doc.entities[i + 1]?.type === "org" && doc.entities[i + 1]!.start >= e.end && BODY_NAME_NEXT.test(doc.text.slice(e.end, doc.entities[i + 1]!.start))));
    this.inverted = doc.attributions.filter((a) => a.verbEnd !== undefined && a.start === a.verbStart);
    this.speakerFirst = doc.attributions.filter((a) => a.verbStart !== undefined && a.start < a.verbStart);
  }

  /** The report's text (for the few tests that read around a mention). */
  get text(): string {
    return this.doc.text;
  }

  /** Where the report's first sentence (its lead) ends. */
  get leadEnd(): number {
    return this.doc.sentences[0]?.end ?? 0;
  }

  /** "BAGHOUZ, Syria:" or "Omar Oil Field:" opening a report names where it was filed, not where things happened. */
  isDateline(e: EntityMention): boolean {
    let dateline = this.datelines.get(e);
    if (dateline === undefined) {
      dateline = this.datelineLike(e);
      // ("IRAQ — Gunmen killed four … ¶ SYRIA — A strike killed nine …", "Herat: 4 killed ¶ Kabul: 2 killed": labels like
      // a dateline on two or more lines head sections, each placing its own; none says where the report was filed.)
      if (dateline) {
        const lineStart = this.doc.text.lastIndexOf("\n", e.start - 1) + 1;
        if (this.places.some((o) => o !== e && (o.start < lineStart || this.doc.text.lastIndexOf("\n", o.start - 1) + 1 > lineStart) && this.datelineLike(o))) dateline = false;
      }
      // ("Location: Geneva" above a UN briefing note: where it was given, as a dateline says.)
      if (!dateline && e.start < 600) {
        const label = this.doc.text.slice(Math.max(0, e.start - 24), e.start);
        // (The colon the label needs is tested first.)
        if (label.includes(":") && LOCATION_LABEL.test(label)) dateline = true;
      }
      this.datelines.set(e, dateline);
    }
    return dateline;
  }

  /** A place set as a dateline is: near a line start, then a dateline's marks. */
  private datelineLike(e: EntityMention): boolean {
    let like = this.datelineMarks.get(e);
    if (like === undefined) {
      // Within 40 characters of a line start (a line break at most 41 characters back), then a dateline's marks.
      // (Not an item of a list, "- Kharkiv: 3 killed", nor a label far into the report: a dateline opens the story.)
      like = (e.start <= 40 || this.lineBreakWithin(e.start - 41, e.start)) && e.start < 600 && !LIST_ITEM_BEFORE.test(this.doc.text.slice(Math.max(0, e.start - 6), e.start)) && DATELINE_AFTER.test(this.doc.text.slice(e.end, e.end + 80));
      this.datelineMarks.set(e, like);
    }
    return like;
  }

  /**
   * Spelling variants of one place ("Baghouz", "Baghuz", "Baghouz Village") share coordinates, and so this key: the
   * coordinates to one decimal, or the name in lower case. Only compared, never shown.
   */
  placeKey(e: EntityMention): PlaceKey {
    return e.lat != null && e.lon != null ? coordinatesKey(e.lat, e.lon) : nameKey((e.canonical || e.text).toLowerCase());
  }

  /** The places a sentence names that `named` accepts, found once per sentence (the same for each claim in it). */
  placesNamedIn(sentence: Span, named: (e: EntityMention) => boolean): EntityMention[] {
    let places = this.namedPlaces.get(sentence.start);
    if (!places) this.namedPlaces.set(sentence.start, (places = this.places.filter(named)));
    return places;
  }

  /** Whether a line break stands at an offset in [from, to]. */
  private lineBreakWithin(from: number, to: number): boolean {
    if (!this.lineBreaks) {
      this.lineBreaks = [];
      for (let at = this.doc.text.indexOf("\n"); at >= 0; at = this.doc.text.indexOf("\n", at + 1)) this.lineBreaks.push(at);
    }
    // The last break at or before `to`, found by halving.
    const breaks = this.lineBreaks;
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid]! <= to) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && breaks[lo - 1]! >= from;
  }
}

/** The hedge of a sentence, found once per sentence (`found` holds those found so far in this report). */
/**
 * The word that doubts the sentence's figures. Where `n` is given, a doubt on the verb of another figure after `n` is
 * that other figure's ("some 120 remain in Gaza, of whom dozens are believed to be dead").
 */
function hedgeOf(doc: AnnotatedDoc, si: number, sentence: Span, found: Map<number, Hedge | null>, n?: NumberMention): string | null {
  let hedge = found.get(si);
  if (hedge === undefined) found.set(si, (hedge = findHedge(doc, si, sentence)));
  // ("the number of injured could rise to 20": the figure is the one foretold, so the modal doubts it, though "could
  // rise" after a figure that stands only says it may grow.)
  if (n && (!hedge || hedge.at > n.end)) {
    // (FORETOLD_FIGURE, tried at every offset, runs only after the words it ends with.)
    const foretold = wordBeforeSpace(doc.text, n.start, FORETOLD_FIGURE_LAST_WORDS) >= 0 ? FORETOLD_FIGURE.exec(doc.text.slice(Math.max(sentence.start, n.start - 60), n.start)) : null;
    if (foretold) return foretold[1]!.toLowerCase();
  }
  if (!hedge) return null;
  // ("3,912 new suspected cases and 21 deaths": "suspected" doubts only the figure whose noun it stands before.)
  if (n && /^suspected$/i.test(hedge.text) && !(hedge.at >= n.start && hedge.at < Math.max(n.end, n.nounEnd))) return null;
  // ("leaves 8 dead, including 6 alleged cartel members": "alleged" inside another figure's noun is that figure's.)
  if (n && /^alleged$/i.test(hedge.text) && !(hedge.at >= n.start && hedge.at < Math.max(n.end, n.nounEnd)) && doc.numbers.some((o) => o !== n && hedge!.at >= o.start && hedge!.at < Math.max(o.end, o.nounEnd))) return null;
  // ("…, meaning most of the enclave's estimated 120,000 residents have left": a doubt written on another figure, right
  // before it as its adjective, is that figure's; "claimed 52 were killed and 16 wounded" doubts both.)
  if (n && !hedge.later && !(n.start <= hedge.at && n.end > hedge.at) && /\b(?:an?|the|its|their|[\p{L}]+['’]s?)\s+$/u.test(doc.text.slice(Math.max(0, hedge.at - 20), hedge.at)) && doc.numbers.some((o) => o !== n && o.end > hedge!.at && o.start <= hedge!.at + hedge!.text.length + 2 && /^\s*[\d,.]+/.test(doc.text.slice(hedge!.at + hedge!.text.length, o.end)))) return null;
  // ("…has risen to 670, up from an earlier estimate of 300": the estimate named with "of" is that other figure's.)
  if (n && !hedge.later && /^estimates?$/i.test(hedge.text) && doc.numbers.some((o) => o.start > Math.max(n.start, hedge!.at) && ESTIMATE_OF.test(doc.text.slice(hedge!.at + hedge!.text.length, o.start)))) return null;
  if (n && hedge.at > n.end && !/^alleged$/i.test(hedge.text) && doc.numbers.some((o) => o !== n && !o.notPeople && o.start >= Math.max(n.end, n.nounEnd) && hedgesOwnVerb(doc.text, o, hedge!.at) && !/\b(?:including|among them|such as)\b/i.test(doc.text.slice(n.end, o.start)))) return null;
  // "killed 9 …, and a US airstrike reportedly killed 3 militants", "two had died … and that another boat, with about 180
  // people on board, was believed to be adrift": a doubt inside another clause with a figure of its own is that one's.
  if (n && !hedge.later && otherClauseHedged(doc, n, hedge.at)) return null;
  // ("127 deaths …, the ministry said, as the WHO warned the disease could spread": a doubt in a clause another voice
  // opens after the figure's is that voice's.)
  if (n && hedge.at > n.end && AS_ANOTHER_VOICE.test(doc.text.slice(n.end, hedge.at))) return null;
  // ("24 were killed, the ministry said, as a truce agreed that day appeared to hold": a doubt in an "as" clause past the
  // voice is about the other thing that clause tells.)
  if (n && hedge.at > n.end && AS_OTHER_THING.test(doc.text.slice(n.end, hedge.at))) return null;
  // ("seized drugs worth an estimated £500,000": an estimate of a sum or a weight is no doubt on the people counted.)
  if (n && /^estimated$/i.test(hedge.text) && !(n.start <= hedge.at && n.end > hedge.at) && ESTIMATED_AMOUNT.test(doc.text.slice(hedge.at + hedge.text.length, hedge.at + hedge.text.length + 24))) return null;
  // ("detained two men over the fire, which some refugees believed was set deliberately": a doubt inside a relative
  // clause about something else; not "…, a figure which could not be confirmed".)
  if (n && !hedge.later && hedge.at > n.end && !VERIFY_WORD.test(hedge.text) && OTHER_THING_CLAUSE.test(doc.text.slice(Math.max(n.end, n.nounEnd), hedge.at).replace(INITIAL_STOP, ""))) return null;
  return hedge.text;
}
const ESTIMATE_OF = /^\s+(?:of|at)\s+(?:about\s+|around\s+|some\s+|nearly\s+|over\s+|more than\s+|at least\s+)?$/i;
const HELD_FOR_SAFETY = /^[^.;]*?\b(?:as a (?:safety |security )?precaution|for (?:their (?:own )?)?(?:safety|protection)|for security reasons)\b/i;
const WHEREABOUTS_OF_BEFORE = /\bwhereabouts\s+of\s+(?:the\s+|all\s+|at\s+least\s+|some\s+|about\s+)?(?:(?:other|remaining|missing|last|rest\s+of\s+the)\s+)?$/i;
const SERIAL_KILLING = /\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+)?(?:killing|murder|death|slaying)\s+of\s+$/i;
const FORETOLD_FIGURE_LAST_WORDS = ["to", "high", "as", "past", "above", "beyond", "about", "around", "nearly", "over", "than", "least"];
const FORETOLD_FIGURE = /\b(could|may|might)\s+(?:well\s+|still\s+|further\s+|yet\s+)?(?:rise|climb|increase|grow|go up|mount)\s+(?:to|as high as|past|above|beyond)\s+(?:about\s+|around\s+|nearly\s+|over\s+|more than\s+|at least\s+)?$/i;
const ESTIMATED_AMOUNT = /^\s+(?:[£$€¥]|(?:US|A|C|NZ|HK)\$|[\d.,]+\s*(?:m|bn|k|million|billion|kg|kilos?|kilograms?|tonnes?|tons|pounds|dollars|euros|rand|naira|rupees)\b)/;
/** The full stop after a single capital ("the U.N."), which ends no clause. */
const INITIAL_STOP = /(?<=\b[\p{Lu}])\./gu;
const OTHER_THING_CLAUSE = /,\s*(?:which|where|whom)\b(?![^,;.]*\b(?:figures?|tolls?|numbers?|claims?|counts?|tally)\b)[^,;.]*$/i;
const AS_OTHER_THING = /\b(?:said|says|reported|added|announced)\b[^.;,]*,\s*as\s+(?:a|an|the)\s+(?!(?:death )?toll\b|number\b|figure\b)[^.;,]*$/i;
const AS_ANOTHER_VOICE = /,\s*(?:as|while|whereas)\s+(?:the|a|an|it|they|he|she|officials|experts|aid)\b[^.;]*\b(?:warned|warns|said|says|cautioned|added|noted|feared|fears)\b/i;
function otherClauseHedged(doc: AnnotatedDoc, n: NumberMention, at: number): boolean {
  const text = doc.text;
  const [from, to] = at > n.end ? [Math.max(n.end, n.nounEnd), at] : [at, n.start];
  CLAUSE_BREAKS.lastIndex = 0;
  const gap = text.slice(from, to);
  let cut = -1;
  for (let m = CLAUSE_BREAKS.exec(gap); m; m = CLAUSE_BREAKS.exec(gap)) cut = at > n.end ? (cut < 0 ? from + m.index : cut) : from + m.index + m[0].length;
  if (cut < 0) return false;
  // The other clause must count people of its own: the doubt's side of the break holds a figure.
  // ("up to 150,000 people may have died, while ACLED counts about 20,000": the figure may stand just before its doubt.)
  return doc.numbers.some((o) => o !== n && !o.notPeople && (at > n.end ? o.start >= cut && o.start < at + 120 && o.start > n.end : o.start >= at - 80 && o.end <= cut));
}
const CLAUSE_BREAKS = /,\s*(?:and|but|while|whereas)\s|;\s|\band that\s/g;

/**
 * "Hospital staff treated 92 wounded. Witnesses said gunmen detained 40. These reports could not be verified.": a
 * voice other than sentence `si`'s speaks between it and the doubt in sentence `k`, so the doubt is on that voice's word.
 */
function anotherVoiceBetween(doc: AnnotatedDoc, si: number, k: number): boolean {
  const own = doc.attributions.filter((a) => a.sentence === si);
  const same = (a: Attribution, b: Attribution) => a.name.toLowerCase() === b.name.toLowerCase() || (a.org !== null && a.org === b.org);
  // ("He said", "they added": a pronoun carries a voice on rather than bringing in another.)
  return doc.attributions.some((a) => a.sentence > si && a.sentence < k && !own.some((o) => same(o, a)) && !/^(?:he|she|it|they|we)\b/i.test(a.text));
}

/**
 * "…killed in gang violence last year, and over 1 million people are now displaced": a stock told "now" in a clause of its
 * own is counted on the report's day, not in the time another clause gave.
 */
function stockNowTime(doc: AnnotatedDoc, sentence: Span, n: NumberMention, time: ClaimTime | null): ClaimTime | null {
  const published = doc.meta.published;
  if (!time || !published) return time;
  const own = doc.text.slice(Math.max(n.end, n.nounEnd), sentence.end);
  const clause = /^[^,;]*/.exec(own)![0];
  if (!/\b(?:are|is)\s+(?:now|currently)\b|\b(?:now|currently)\s+(?:live|living|shelter|sheltering|stay|staying|remain)\b/i.test(clause)) return time;
  const at = doc.text.lastIndexOf(time.text, n.start);
  if (at < sentence.start || !/(?:,\s*(?:and|while|but)|;)\s/.test(doc.text.slice(at + time.text.length, n.start))) return time;
  const day = published.slice(0, 10);
  return { start: day, end: day, text: /\bcurrently\b/i.test(clause) ? "currently" : "now" };
}

/** "are still missing", "remain unaccounted for": people missing as of now. */
const MISSING_NOW = /^\s+(?:are|is|remain|remains)\s+(?:still\s+)?(?:missing|unaccounted)\b/i;

/**
 * "Some 900 villagers are still missing", "In the province, 4,000 people are missing, and …since 2015": a stock of the
 * missing now keeps only a time its own clause gives, not the day of the abduction before it nor a later clause's.
 */
function missingNowTime(doc: AnnotatedDoc, sentence: Span, n: NumberMention, time: ClaimTime | null): ClaimTime | null {
  const end = Math.max(n.end, n.nounEnd);
  if (!time || !MISSING_NOW.test(doc.text.slice(end, end + 40))) return time;
  const rest = /^[^,;]*/.exec(doc.text.slice(end, sentence.end))![0];
  return doc.text.slice(sentence.start, end + rest.length).includes(time.text) ? time : null;
}

/** "of whom dozens are believed to be dead": the doubt stands right after the other figure, on its own verb. */
function hedgesOwnVerb(text: string, o: NumberMention, at: number): boolean {
  const end = Math.max(o.end, o.nounEnd);
  return end <= at && at - end <= 16 && !/[,;:]/.test(text.slice(end, at));
}
interface Hedge {
  text: string;
  /** Where the word stands in the text (the sentence's start for a doubt in a later one). */
  at: number;
  /** A doubt written in a later sentence ("The figures could not be verified"), on the whole sentence before. */
  later?: boolean;
}

/** "The figures were preliminary", "the toll is provisional": a count its own givers call unsettled. */
// (The word first, then what stands before it: a look behind at every offset would cost each sentence a scan.)
const PROVISIONAL_LATER = /(?:preliminary|provisional|tentative)\b(?<=\b(?:was|were|is|are|remain|remains)\s+(?:still\s+|only\s+)?(?:preliminary|provisional|tentative))/i;
/** A sentence that tells deaths, and a doubt that names the death toll. */
// ("neutralised more than 100 terrorists", "lost their lives": the army's words for the dead it claims.)
const DEATHS_TOLD = /\b(?:killed|died|dead|deaths?|death toll|slain|killing|neutrali[sz]ed|lost their lives)\b/i;
const DEATH_TOLL_DOUBTED = /\b(?:death tolls?|the tolls?|the number of (?:the )?(?:dead|deaths|those killed|people killed|victims))\b/i;

function findHedge(doc: AnnotatedDoc, si: number, sentence: Span): Hedge | null {
  const slice = doc.text.slice(sentence.start, sentence.end);
  const own = firstHedge(slice) ?? (VERIFY_WORD.test(slice) ? VERIFY_LATER.exec(slice) : null);
  if (own) return { text: own[0], at: sentence.start + own.index };
  // "…, a claim that could not be independently verified" in the next sentence doubts that sentence's own figure, if it has
  // one; one sentence further when the one between gives no figure either ("Al Masirah said the dead included
  // fishermen. The figures could not be independently confirmed.").
  for (let k = si + 1; k <= si + 2; k++) {
    const next = doc.sentences[k];
    if (!next || doc.numbers.some((n) => !n.notPeople && n.start >= next.start && n.end <= next.end)) break;
    const nextText = doc.text.slice(next.start, next.end);
    // ("The figures were preliminary, the agency said": figures called provisional are doubted too.)
    const later = (VERIFY_WORD.test(nextText) ? VERIFY_LATER.exec(nextText) : null) ?? PROVISIONAL_LATER.exec(nextText);
    // (What is doubted must be named: "The figures could not be verified", "The resident's account could not be
    // verified", or "this" right after: "We are working to confirm this.")
    if (later && /\b(?:figures?|tolls?|numbers?|claims?|counts?|estimates?|tally|tallies|casualt(?:y|ies)|reports?|accounts?)\b|\b(?:confirm|verify) (?:this|that|it|these)\b/i.test(nextText)) return { text: later[0], at: sentence.start, later: true };
  }
  // ("Eighteen villagers were killed … At least 30 others were injured … ¶ The Irrawaddy could not independently confirm
  // the death toll.": a doubt on the death toll reaches back past another figure to the sentence that told the dead.)
  if (DEATHS_TOLD.test(slice)) {
    for (let k = si + 1, breaks = 0; k <= si + 3 && k < doc.sentences.length; k++) {
      const next = doc.sentences[k]!;
      if (doc.text.slice(doc.sentences[k - 1]!.end, next.start).includes("\n") && ++breaks > 1) break;
      const nextText = doc.text.slice(next.start, next.end);
      const later = VERIFY_WORD.test(nextText) && DEATH_TOLL_DOUBTED.test(nextText) ? VERIFY_LATER.exec(nextText) : null;
      if (later && !doc.numbers.some((n) => !n.notPeople && n.start >= next.start && n.end <= next.end)) return { text: later[0], at: sentence.start, later: true };
    }
  }
  // "The ministry said 17 soldiers were killed. The militants said they had killed 53. Reuters could not independently
  // verify either side's figures.": a doubt on both sides' figures reaches back past the other side's sentence.
  const other = doc.sentences[si + 1], both = doc.sentences[si + 2];
  if (other && both && !doc.numbers.some((n) => !n.notPeople && n.start >= both.start && n.end <= both.end)) {
    const bothText = doc.text.slice(both.start, both.end);
    const later = EITHER_SIDE.test(bothText) && VERIFY_WORD.test(bothText) ? VERIFY_LATER.exec(bothText) : null;
    if (later) return { text: later[0], at: sentence.start, later: true };
  }
  // ("AFP could not independently verify the tolls given by either side", "The numbers could not be independently
  // confirmed": a doubt on figures in the plural, in a sentence of its own, covers the figures of the paragraphs just
  // before it; on either side's, those of the report up to 30 sentences back.)
  let breaks = 0;
  const verifying = sentencesWithVerifyWord(doc);
  for (let k = si + 1; k <= si + 30 && k < doc.sentences.length; k++) {
    const next = doc.sentences[k]!;
    const opensParagraph = doc.text.slice(doc.sentences[k - 1]!.end, next.start).includes("\n");
    if (opensParagraph) breaks++;
    if (!verifying[k]) continue;
    const nextText = doc.text.slice(next.start, next.end);
    const later = VERIFY_LATER.exec(nextText);
    // (Within six sentences and two paragraph breaks; past them only for either side's figures. A doubt that closes a
    // paragraph of its own figures doubts those, not an earlier paragraph's: "The army said it had killed 200. The
    // claims could not be verified.")
    const near = k - si <= 6 && breaks <= 2 && (breaks === 0 || opensParagraph) && !anotherVoiceBetween(doc, si, k);
    if (later && DOUBTED_FIGURES.test(nextText) && (near || EITHER_SIDE.test(nextText)) && !doc.numbers.some((n) => !n.notPeople && n.start >= next.start && n.end <= next.end)) return { text: later[0], at: sentence.start, later: true };
  }
  return null;
}
/**
 * The first doubting word of a sentence, past a modal that only tells of a time or a purpose: "died before they could be
 * referred", "fled so that they could survive" doubt nothing.
 */
function firstHedge(slice: string): RegExpExecArray | null {
  HEDGE_ALL.lastIndex = 0;
  for (let m = HEDGE_ALL.exec(slice); m; m = HEDGE_ALL.exec(slice)) {
    if (/^(?:could|might)$/i.test(m[0]) && MODAL_IN_TIME_CLAUSE.test(slice.slice(Math.max(0, m.index - 40), m.index))) continue;
    return m;
  }
  return null;
}
const HEDGE_ALL = new RegExp(HEDGE.source, "gi");

/**
 * Which sentences hold a VERIFY_WORD: read once per report, where each figure's sentence would otherwise test the 30
 * after it. (Kept per sentence layer, for its text; the two go when the report does.)
 */
const VERIFYING = new WeakMap<readonly Span[], { text: string; marks: Uint8Array }>();
const VERIFY_WORD_ALL = new RegExp(VERIFY_WORD.source, "gi");
function sentencesWithVerifyWord(doc: AnnotatedDoc): Uint8Array {
  const cached = VERIFYING.get(doc.sentences);
  if (cached && cached.text === doc.text) return cached.marks;
  const marks = new Uint8Array(doc.sentences.length);
  // (The two words cannot overlap, so every one written is found.)
  const found: number[] = [];
  VERIFY_WORD_ALL.lastIndex = 0;
  for (let m = VERIFY_WORD_ALL.exec(doc.text); m; m = VERIFY_WORD_ALL.exec(doc.text)) found.push(m.index, m.index + m[0].length);
  if (found.length) {
    doc.sentences.forEach((s, k) => {
      for (let f = 0; f < found.length; f += 2) if (found[f]! >= s.start && found[f + 1]! <= s.end) marks[k] = 1;
    });
  }
  VERIFYING.set(doc.sentences, { text: doc.text, marks });
  return marks;
}
const MODAL_IN_TIME_CLAUSE = /\b(?:before|until|till|so that|so|once|as soon as|by the time)\s+(?:[\w'’-]+\s+){0,3}$/i;
const DOUBTED_FIGURES = /\b(?:figures|tolls|numbers|claims|counts|estimates|tallies|casualties|accounts|reports)\b/i;
const EITHER_SIDE = /\b(?:given|provided|reported|claimed) by (?:either|both|the two) (?:sides?|parties)\b|\b(?:either|both|neither)\s+(?:side|sides|party|parties|account|accounts|claim|claims|toll|tolls|figure|figures|count|counts)\b|\b(?:the|their) (?:two|rival|competing|conflicting) (?:claims|figures|tolls|accounts)\b/i;

/** The place a report is mostly about: its most-mentioned place finer than a country. */
const DESTINATION_BEFORE = /\b(?:(?:hospitals?|clinics?) in|(?:airlifted|flown|taken|transferred|rushed|brought|moved) to(?: the)?)\s+$/i;
function destinationBefore(text: string, end: number): boolean {
  // (First the last two words the pattern needs, which most places lack.)
  const at = wordBeforeSpace(text, end, ["in", "to", "the"]);
  return at >= 0 && wordBeforeSpace(text, at, ["hospital", "hospitals", "clinic", "clinics", "airlifted", "flown", "taken", "transferred", "rushed", "brought", "moved", "to"]) >= 0 && DESTINATION_BEFORE.test(text.slice(Math.max(0, end - 50), end));
}

/** Cities whose datelines are where agencies brief, not where things happen. */
const BRIEFING_CITY = /^Gen[eè]v[ae]$/;

function focusPlace(facts: ReportFacts, text: string): EntityMention | null {
  const counts = new Map<PlaceKey, { mention: EntityMention; count: number; times: number; names: Map<string, number> }>();
  const borders = new Map<{ mention: EntityMention; count: number; times: number }, number>();
  const leadEnd = facts.leadEnd;
  for (const e of facts.places) {
    // "FAYETTEVILLE, N.C.": the state after a town only says which town; it weighs nothing of its own.
    // (Nor is a hospital, where the hurt were taken, what a report is about.)
    if (stateAfterTown(e) || HOSPITAL_NAME.test(e.text)) continue;
    // ("health facilities in Bahir Dar had received 180 wounded": nor the town of hospitals that took in the hurt.)
    if (receivingHospitalTown(text, e)) continue;
    // ("300 fled across the Euphrates": a river or border crossed is a route, not a scene.)
    if (crossedPlace(text, e)) continue;
    // "Speaking at a briefing in Geneva": where words were said is not what a report is about.
    if (speechSetting(text, Math.max(0, e.start - 50), e.start)) continue;
    // (A locality the map does not know, "Barangay Lahug", is named where it happened; the report's focus is its town.)
    if (e.lat == null && LOCALITY_NAME.test(e.text)) continue;
    // "GENEVA (AFP) - At least 45 migrants drowned": wires file what UN agencies say under the city they say it in.
    if (facts.isDateline(e) && BRIEFING_CITY.test(e.canonical)) continue;
    // ("Baku says …": a city speaking is its government.)
    // (Nor a country telling what it did itself: "Israel says it has killed …".)
    if ((e.precision !== "country" || selfAgentCountry(facts, e)) && ownsTheVoice(facts, e)) continue;
    // ("Moscow's new offensive": whose war it is.)
    if (text.charCodeAt(e.end) !== 32 && WAGED_BY.test(text.slice(e.end, e.end + 50))) continue;
    // ("The Observatory, based in Britain, …": where a voice sits.)
    if (wordBeforeSpace(text, e.start, BASED_ASIDE_LAST_WORDS) >= 0 && BASED_ASIDE.test(text.slice(Math.max(0, e.start - 40), e.start))) continue;
    const key = facts.placeKey(e);
    const entry = counts.get(key) ?? { mention: e, count: 0, times: 0, names: new Map<string, number>() };
    entry.times++;
    // "bordering Mali and Niger", "near the border with Niger": a neighbour named, not the report's country.
    // A dateline says where the report was filed, often a city away from the events.
    const dateline = facts.isDateline(e);
    // (Nor does a dateline's "KYIV, Ukraine" make the country a scene named twice.)
    const neighbour = !dateline && neighbourBefore(text, e.start);
    if (dateline || neighbour) borders.set(entry, (borders.get(entry) ?? 0) + 1);
    // The lead says where things happened; a hospital people were taken to is only where they ended up.
    // (Nor does a place that only says where a finer one lies, "Kyiv's Holosiivskyi district", weigh in full.)
    // (Nor a state named as a word describing someone: "the Tennessee boy", "a north Indiana shooting range".)
    const describes = stateAsAdjective(text, e);
    const weight = neighbour ? 0.2 : dateline || describes || destinationBefore(text, e.start) || POSSESSIVE_AFTER.test(text.slice(e.end, e.end + 3)) ? 0.5 : e.start < leadEnd ? 1.25 : 1;
    entry.count += (e.precision === "country" || e.precision === "region" ? 0.3 : 1) * weight;
    // Named as the text names it, not as a dateline in capitals ("Dikwa", not "DIKWA").
    if ((e.lat != null && entry.mention.lat == null) || (entry.mention !== e && facts.isDateline(entry.mention) && !dateline && (e.lat != null || entry.mention.lat == null))) entry.mention = e;
    // (Towns a few kilometres apart share a key, "Gaza" and "Beit Lahiya": the one named most often names the entry.)
    const name = (e.canonical || e.text).toLowerCase();
    entry.names.set(name, (entry.names.get(name) ?? 0) + 1);
    const shown = (entry.mention.canonical || entry.mention.text).toLowerCase();
    // (Only between two towns apart: a district's town stays finer than its district named more often, and of spellings
    // of one place the rules above choose.)
    if (name !== shown && e.lat != null && entry.mention.lat != null && e.lon != null && entry.mention.lon != null && TOWN_PRECISION.has(e.precision ?? "") && TOWN_PRECISION.has(entry.mention.precision ?? "") &&
      km(e.lat, e.lon, entry.mention.lat, entry.mention.lon) > 3 && entry.names.get(name)! > (entry.names.get(shown) ?? 0)) entry.mention = e;
    counts.set(key, entry);
  }
  let best: { mention: EntityMention; count: number; times: number } | null = null;
  let country: { mention: EntityMention; count: number; times: number } | null = null;
  for (const entry of counts.values()) {
    if (!best || entry.count > best.count) best = entry;
    if (entry.mention.precision === "country" && entry.times - (borders.get(entry) ?? 0) >= 2 && (!country || entry.count > country.count)) country = entry;
  }
  // A town named once, in a report that names its country more than once (not as a neighbour, not in the dateline), is
  // one scene among others: the country is the safer answer for figures the text does not place ("a neighbourhood"
  // once, "Haiti" twice).
  if (best && country && best !== country && best.times === 1 && (best.mention.precision === "city" || best.mention.precision === "village" || best.mention.precision == null)) return country.mention;
  // ("BEIRUT (Xinhua) -- Pagers exploded across Lebanon …": a city named only in the dateline is where the report was
  // filed; the country of it that the text itself names is the safer answer.)
  if (best && best.mention.lat != null && facts.isDateline(best.mention) && best.times === (borders.get(best) ?? 0)) {
    for (const entry of counts.values()) {
      // (Named in the lead, where the report says what happened: not "Afghanistan was witnessing a truce" at its end.)
      if (entry !== best && entry.mention.precision === "country" && entry.times > (borders.get(entry) ?? 0) && facts.places.some((e) => e.start < leadEnd && !facts.isDateline(e) && facts.placeKey(e) === facts.placeKey(entry.mention)) && sameCountry(entry.mention, best.mention)) return entry.mention;
    }
  }
  return best?.mention ?? null;
}

/** "a north Indiana shooting range", "the Tennessee boy": a state's name inside a noun phrase, describing its noun. */
function stateAsAdjective(text: string, e: EntityMention): boolean {
  return e.precision === "province" && /\b(?:a|an|the)\s+(?:[a-z-]+\s+)?$/i.test(text.slice(Math.max(0, e.start - 24), e.start)) && STATE_AS_ADJECTIVE.test(text.slice(e.end, e.end + 14));
}
/** A lower-case noun right after a state's name, the name used as a word describing it ("Tennessee boy"). */
const STATE_AS_ADJECTIVE = /^ (?!(?:on|in|at|and|or|to|for|from|with|as|is|was|has|had|said|says|say|the|a|an|of|by|near|where|when|while|after|before|since|during|over|into|until|police|state|states|province|provinces|region|regions|district|districts|county|governorate|territory|area|areas|city|town|countryside|border|capital|university|national|department|highway|governor|senate|house|court|supreme|attorney|legislature|general|republican|democrat|democratic|river|valley|lake|mountains?)\b)[a-z]{3,}/i;
const NEIGHBOUR = /\b(?:border\w*|neighbou?r\w*)\s+(?:with\s+)?(?:[A-Z][\w’'-]+\s+(?:and|or)\s+)?$/;
function neighbourBefore(text: string, end: number): boolean {
  // (The pattern, tried at every offset, runs only where the word before the space is one it can end with: most
  // places have none.)
  let k = end;
  while (k > 0 && isSpaceCode(text.charCodeAt(k - 1))) k--;
  if (k === end) return false;
  if (wordBeforeSpace(text, end, ["with", "and", "or"]) < 0) {
    // Else "border…" or "neighbo(u)r…" ends right there: the word before the space holds it.
    let w = k;
    while (w > 0 && isWordCode(text.charCodeAt(w - 1))) w--;
    if (k - w < 6) return false; // (shorter than "border")
    const word = text.slice(w, k);
    if (!word.includes("border") && !word.includes("neighbo")) return false;
  }
  return NEIGHBOUR.test(text.slice(Math.max(0, end - 40), end));
}
const ATTACKERS = /\b(?:gunmen|gunman|attackers?|assailants?|bandits|raiders|militants|jihadists|insurgents|terrorists|fighters)\b/i;
/** "arrived on motorcycles", "arrived in two pickup trucks": how attackers came, not where people arrived. */
const RODE_IN = /^\s+(?:on|in|aboard)\s+(?:(?:a|an|two|three|four|five|six|several|dozens of|\d+|about \d+)\s+)?(?:[\p{L}-]+\s+)?(?:motorcycles?|motorbikes?|bikes?|vehicles?|trucks?|pick-?ups?|cars?|vans?|boats?|canoes?|horses?|camels?|convoys?)\b/iu;
/** "Lido beach in the Somali capital", "Hodan district of": an unplaced place's kind, then where it lies. */
const KIND_THEN_IN = /^\s+(?:beach|market|camp|district|neighbou?rhood|quarter|area|village|suburb)\s*(?:,|of|in)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}$/u;
const ISSUED_IN_BEFORE = /\b(?:statement|communiqu[eé]|release|report|letter)\s+(?:issued|released|signed|published|sent|read)\s+in\s+$/i;
/** ", who had taken refuge there": a relative clause between a figure and the verb found for it. */
const RELATIVE_BEFORE_TRIGGER = /,\s*(?:who|which|that)\s+(?:[\p{L}'’-]+\s+){0,3}$/u;
/** Between two places of a pair: "the West Bank and east Jerusalem", "Kherson and the surrounding villages". */
const PAIRED_PLACE_GAP = /^\s+and\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?$/i;
/** True when `inner` lies within `distance` kilometres of `outer` (both geocoded). */
function within(inner: EntityMention, outer: EntityMention, distance: number): boolean {
  return inner.lat != null && inner.lon != null && outer.lat != null && outer.lon != null && km(inner.lat, inner.lon, outer.lat, outer.lon) <= distance;
}
/** Between the two figures of a pair of tolls: "were killed and", "dead and". */
const TOLL_PAIR_GAP = /^\s+(?:(?:were|was|have been|had been|are)\s+)?(?:killed|dead|died|wounded|injured|hurt)\s+and\s+$/i;
const MOVEMENT = /\b(?:fled|flee|fleeing|evacuated|moved|taken|taking|transferred|shifted|flown|referred|arrived|reached|headed|went|displaced|sheltering|relocated|bused|bussed|airlifted|returned|crossed|crossing)\b/i;
// ("fleeing fresh fighting in Myanmar's Rakhine state": where the violence they fled was.)
/** Two mentions of one place: the same coordinates, or names spelt alike ("Al-Sukhna", "al-Sokhna"). */
function samePlace(p: EntityMention, q: EntityMention): boolean {
  if (p.lat != null && p.lat === q.lat && p.lon === q.lon) return true;
  const a = foldName(p.canonical).split(" ").pop()!, b = foldName(q.canonical).split(" ").pop()!;
  return tokensAlike(a, b);
}

/** The one time on the line right above the table that holds the sentence, when the sentence is a table's row. */
function tableCaptionTime(doc: AnnotatedDoc, sentence: Span): TimeMention | null {
  const text = doc.text;
  const ownLineStart = text.lastIndexOf("\n", sentence.start - 1) + 1;
  // ("Key figures (as of 14 August)" above "Confirmed deaths: 99" or "• 447 people killed": the lines of a box or a
  // bulleted list, as the rows of a table, are dated by the heading above them.)
  if (!LIST_ITEM_LINE.test(text.slice(ownLineStart, sentence.end).trim())) return null;
  let lineStart = ownLineStart;
  // Up past the rows or items to the first line that is not one (blank lines between heading and list allowed).
  while (lineStart > 0) {
    const prevStart = text.lastIndexOf("\n", lineStart - 2) + 1;
    const line = text.slice(prevStart, lineStart - 1).trim();
    if (LIST_ITEM_LINE.test(line) || line === "") lineStart = prevStart;
    else {
      if (!text.startsWith("|", ownLineStart) && !(line.length <= 160 && (/:$/.test(line) || /\bas of\b/i.test(line)))) return null;
      const times = doc.times.filter((t) => t.start >= prevStart && t.end <= lineStart - 1);
      return times.length === 1 ? times[0]! : null;
    }
  }
  return null;
}

/**
 * What a voice says right after its verb: "say many children …", "said that …", "said 12 others …", "says it
 * neutralised …", "claims capture of Walikale".
 */
const OWN_CONTENT_AFTER = /^\s+(?:that\b|(?:many|most|some|several|all|no|few|dozens|hundreds|thousands)\b|\d|(?:it|they|we)\s+(?:had\s+|has\s+|have\s+)?(?!said\b|told\b)[\p{Ll}]+ed\b|(?:the\s+)?(?:capture|control|seizure|responsibility|victory)\b)/iu;

/** Where people who fled went: "fled towards Goma", "headed to Minova", "sought refuge in Chad". */
const FLED_TOWARDS = /\b(?:fled|fleeing|headed|heading|moved|moving|went|escaped|sought refuge|taken refuge)\s+(?:\w+\s+)?(?:to|towards?|into|in)\s+(?:the\s+)?(?:[\w'’-]+\s+(?:and|or)\s+)?$|\bfor\s+(?:the\s+)?(?:(?:town|city|village|camp|capital|border town)\s+of\s+)?$|\btowards?\s+the\s+(?:town|city|village|camp)\s+of\s+$/i;

/** A verb of harm or finding between two places: the second is where it happened. */
const HAPPENED_BETWEEN = /\b(?:killed|died|dead|drowned|wounded|injured|shot|found|murdered|executed|slain|explosion|blast|strike|attack)\b/i;
/** "X, near Y", "X, outside Y": Y said to locate the place before it. */
const NEAR_ANOTHER = /[\p{L}'’-]+,\s+(?:near|outside|close to|not far from)\s+(?:the\s+(?:town|city|village)\s+of\s+)?$/iu;
// (The ends of its last words: "outside" by its "de", which no other letter folds to, as "s" is by "ſ" under "iu".)
const NEAR_ANOTHER_LAST_WORDS = ["near", "de", "to", "from", "of"];
const ORIGIN = /\b(?:(?:from|out of|left|fled|escaped|abandoned|deserted)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north|south|east|west)\s+)?|(?:fleeing|fled|escaping|escaped)\s+(?:[\w-]+\s+){1,3}in\s+(?:[a-z][\w-]*['’]s\s+)?(?:the\s+)?|displaced\s+(?:by\s+(?:[\w-]+\s+){1,3})?(?:around|in|near)\s+(?:the\s+)?)$/i;
/** "taken to a hospital in", "airlifted to", "referred to", "shifted to CMH": where the dead or hurt were carried. */
/** The words CARRIED_TO, tried at every offset, can end with before the spaces up to the place. */
const CARRIED_TO_LAST_WORDS = ["to", "a", "the", "an", "in", "at", "of"];
const CARRIED_TO = /\b(?:taken|rushed|transported|airlifted|flown|referred|moved|shifted|evacuated|brought|transferred)\s+(?:[\w-]+\s+){0,2}?to\s+(?:(?:a|the|an)\s+)?(?:(?:[\w'’-]+\s+){0,3}?(?:hospitals?|clinics?|medical (?:centre|center|facility|college)|trauma (?:centre|center)|CMH)\s+(?:in|at)\s+)?(?:the\s+(?:city|town|capital)\s+of\s+)?$/i;
/** "told reporters in Geneva", "speaking in Baghdad": where the words were said, not where the people are. */
// ("told lawmakers in Maputo", "told parliament in Kyiv", "told a Senate hearing in Washington" too.)
const SPEECH_SETTING = /\b(?:told|said|says|telling|speaking|spoke|briefed|announced|testified)\b(?:\s+(?:(?:at|to|before)\s+)?(?:reporters|journalists|lawmakers|legislators|parliament|parliamentarians|senators|deputies|mps|diplomats|an? (?:news |press |regular |senate |congressional |parliamentary )?(?:conference|briefing|hearing|session)|the (?:media|press|parliament|senate|assembly|council)))?\s+(?:in|from)\s+$/i;
/** The words SPEECH_SETTING may have right before "in" or "from": a verb, or the end of whom it was said to. */
const SPEECH_SETTING_WORDS = ["told", "said", "says", "telling", "speaking", "spoke", "briefed", "announced", "testified", "reporters", "journalists", "lawmakers", "legislators", "parliament", "parliamentarians", "senators", "deputies", "mps", "diplomats", "conference", "briefing", "hearing", "session", "media", "press", "senate", "assembly", "council"];
/** Whether text[from, end) ends in SPEECH_SETTING. */
function speechSetting(text: string, from: number, end: number): boolean {
  // (The pattern tries every offset; first the two words it must end with are looked for, which most places lack.)
  const at = wordBeforeSpace(text, end, ["in", "from"]);
  return at >= 0 && wordBeforeSpace(text, at, SPEECH_SETTING_WORDS) >= 0 && SPEECH_SETTING.test(text.slice(from, end));
}
/** "in Tafas", "in the town of Nawa", "in the suburb of Holladay": a scene set in a town. */
/** "12 of them children", "half of them women": a part of the figure just before. */
/** "Among them were", "Among them are": a part of the figure before, its verb first. */
const AMONG_THEM_WERE = /^\s*["“]?Among\s+(?:them|these|those)\s+(?:are|were|was|is)\s+(?:[^.;:]*?,\s*(?:and\s+)?|[^.;:]*?\band\s+)?$/;
/** A sentence opening with a share of them and who they were, then another part: "Ten of them were Syrians and ". */
const SHARE_OF_THEM_OPENS = /^\s*[\w-]+\s+of\s+(?:them|these|those)\s+(?:were|was|are)\s[^.;:]{1,80}?(?:,|\band)\s*$/i;
const OF_THEM_PART = /^\S+(?:\s+\S+)?\s+of\s+(?:them|whom)\s+\S/i;
const ARRIVED_INTO = /\b(?:into|reached|reaching|arrived (?:in|at)|arriving (?:in|at))\s+(?:the\s+)?$/i;
const PEOPLE_OF = /\b(?:residents|inhabitants|villagers|people)\s+of\s+$/i;
const SCENE_IN = /\bin\s+(?:the\s+(?:[\w'’-]+\s+){0,2}(?:town|city|village|suburb|district|neighbou?rhood|municipality|area|countryside|desert)\s+of\s+)?$/i;
/** A name used for a street, a building or a business rather than a town ("Troy Street", "Marvin's Barber Shop"). */
const NAMES_A_STREET = /^(?:['’]s\b|\s+(?:street|st\b|avenue|ave\b|road|rd\b|boulevard|blvd|drive|dr\b|lane|ln\b|way|place|court|highway|hwy|bridge|square|park|apartments|station|bar|shop|hotel|mall|school|hospital|church|mosque))/i;
/** "Police in the Mexican state of", "troops in neighbouring": a force named by the place it serves. */
const FORCE_OF_PLACE = /\b(?:[Pp]olice|[Aa]uthorities|[Tt]roops|[Ss]oldiers|[Pp]rosecutors)\s+in\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:(?:state|province|department)\s+of\s+)?$/u;
const LOCATION = /\b(?:in|at|near|inside|outside|across|around|of|into|to|on|attacked|struck|shelled|stormed|raided|bombed|overran|besieged)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}$/i;

/** "the Syrian war that has killed 370,000": a toll of a whole war belongs to its country. */
const WAR = /\b([A-Z][a-z]+)(?:['’]s)?\s+(?:(?:civil|long|brutal|bloody|ongoing|current|decade-long|years-long)\s+)?(?:war|conflict|insurgency|uprising|revolution)\b/g;

function warCountry(doc: AnnotatedDoc, facts: ReportFacts, sentence: Span, n: NumberMention, focus: EntityMention | null): EntityMention | null {
  const slice = doc.text.slice(sentence.start, n.start);
  WAR.lastIndex = 0;
  for (let m = WAR.exec(slice); m; m = WAR.exec(slice)) {
    if (slice.length - (m.index + m[0].length) > 60) continue;
    const code = countryCodeOf(m[1]);
    if (!code) continue;
    const country = facts.places.find((e) => e.precision === "country" && countryCodeOf(e.canonical || e.text) === code);
    if (country) return country;
  }
  // "The war between the army and the RSF has killed at least 15,000 people", in a sentence that names no place: the
  // toll of the whole war is the country's the report is about, not its town's.
  if (focus && focus.precision !== "country" && focus.lat != null && UNNAMED_WAR_TOLL.test(slice.slice(-120)) && !facts.places.some((e) => e.start >= sentence.start && e.end <= sentence.end)) {
    return facts.places.find((e) => e.precision === "country" && e.lat != null && sameCountry(e, focus)) ?? null;
  }
  return null;
}
const UNNAMED_WAR_TOLL = /\b[Tt]he\s+(?:[\w-]+\s+){0,2}?(?:war|conflict|insurgency)\b[^.;:]*?\b(?:has|have)\s+(?:now\s+)?(?:killed|claimed)\s+(?:(?:at least|more than|over|about|around|some|nearly|almost)\s+)?$/;

/**
 * A place the sentence names as where something is: not a comparison ("the size of the United Kingdom"), nor a
 * country voicing the figure, nor one that acts ("a deal brokered by Russia", "strikes by Israel").
 */
/** The words the comparison in placeNamedHere ("the size of", "larger than"), tried at every offset, ends with. */
const COMPARED_IN_SIZE_LAST_WORDS = ["of", "than", "like", "the"];
function placeNamedHere(text: string, facts: ReportFacts, sentence: Span, e: EntityMention): boolean {
  return e.start >= sentence.start && e.end <= sentence.end && !voicedPlace(facts, e) && !ownsTheVoice(facts, e) && !(wordBeforeSpace(text, e.start, COMPARED_IN_SIZE_LAST_WORDS) >= 0 && /\b(?:size of|larger than|smaller than|bigger than|like)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, e.start - 20), e.start))) && !actingPlace(text, e) && !speechSetting(text, Math.max(sentence.start, e.start - 50), e.start);
}

/**
 * A country inside a speaker named after the verb ("according to the armies of South Africa and Malawi") is whose
 * voice it is, not where the people are (a city there, "according to Milwaukee police", usually is).
 */
function voicedPlace(facts: ReportFacts, e: EntityMention): boolean {
  if (e.precision !== "country") return false;
  return facts.inverted.some((a) => e.start >= a.verbEnd! && e.end <= a.end);
}

/**
 * "Russia's defence ministry said 80 civilians had been evacuated": a country owning the voice does not place the
 * figure its sentence gives (the report's focus may still be that country).
 */
function ownsTheVoice(facts: ReportFacts, e: EntityMention): boolean {
  // ("Baku says 50 of its soldiers were killed": a city that is the whole speaker is its government, not the scene.)
  if (e.precision !== "country" && e.precision !== "region" && facts.speakerFirst.some((a) => a.start === e.start && /^\s*$/.test(facts.text.slice(e.end, a.verbStart!)))) return true;
  // ("Israel says it has killed about 17,000 militants": a country speaking of what it did itself is the agent, not the scene.)
  if (selfAgentCountry(facts, e)) return true;
  // ("Russia's defence ministry said", "The U.S. military said": a country owning the speaker.)
  return e.precision === "country" && (POSSESSIVE_AFTER.test(facts.text.slice(e.end, e.end + 3)) || COUNTRY_BODY_AFTER.test(facts.text.slice(e.end, e.end + 40))) && facts.speakerFirst.some((a) => e.start >= a.start && e.end <= a.verbStart!);
}
/** Between a country and the name of a body that follows it: a full stop of an abbreviation and a space at most. */
const BODY_NAME_NEXT = /^\.?\s?$/;
const NAMED_AFTER_DAY = /^\s*(?:identified|named|released the names of|announced|confirmed)\b/i;
const COUNTRY_BODY_AFTER = /^\.?\s+(?:[\w-]+\s+)?(?:military|army|forces|government|officials?|ministry|embassy|police|navy|air force|troops|command|authorities|state media|media|spokes(?:man|woman|person))\b/i;
/** "Israel says it has killed …": a country speaking of what it did itself. */
function selfAgentCountry(facts: ReportFacts, e: EntityMention): boolean {
  return e.precision === "country" && SELF_AGENT_AFTER_VERB.test(facts.text.slice(e.end, e.end + 60)) && facts.speakerFirst.some((a) => a.start === e.start && /^\s*$/.test(facts.text.slice(e.end, a.verbStart!)));
}
const POSSESSIVE_AFTER = /^['’]s\b/;
const SELF_AGENT_AFTER_VERB = /^\s+(?:says|said|claims|claimed|announced|reported)\s+(?:that\s+)?(?:it|its\s+(?:forces|troops|army|military|soldiers|jets|aircraft|drones))\s+(?:(?:has|had|have)\s+)?(?:\w+\s+)?(?:killed|destroyed|eliminated|neutrali[sz]ed|struck|hit|captured|arrested|detained)\b/i;

/** "a deal brokered by Russia", "strikes by Israel": a place after "by" that stands alone acts (not "by Marion County deputies"). */
function actingPlace(text: string, e: Span): boolean {
  // ("the U.S.-backed Syrian Democratic Forces", "the Britain-based monitor", "the Saudi-led coalition": a place that
  // backs or houses someone acts too.)
  if (PLACE_AS_BACKER.test(text.slice(e.end, e.end + 16))) return true;
  // ("the Observatory, based in Britain, put the toll at …": an aside on where the voice sits.)
  if (wordBeforeSpace(text, e.start, BASED_ASIDE_LAST_WORDS) >= 0 && BASED_ASIDE.test(text.slice(Math.max(0, e.start - 40), e.start))) return true;
  // ("convicted of spying for Israel", "accused of fighting for Russia": whom someone served.)
  // (Not "the fighting for Goma": the fight over a place happens there.)
  if (wordBeforeSpace(text, e.start, SERVED_FOR_LAST_WORDS) >= 0 && SERVED_FOR.test(text.slice(Math.max(0, e.start - 24), e.start)) && !/\bthe\s+(?:[\w-]+\s+)?fighting\s+for\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, e.start - 40), e.start))) return true;
  // ("killed in Israel's military offensive in the Gaza Strip", "since the start of Moscow's new offensive": whose war it
  // is, not where it is fought.)
  if (WAGED_BY.test(text.slice(e.end, e.end + 50))) return true;
  // ("since Israel resumed its offensive", "after Russia launched its invasion": a country doing something in a clause
  // of its own acts; "an attack near Mali border": a country whose border it was is beside the scene, not the scene.)
  if (COUNTRY_ACTS.test(text.slice(e.end, e.end + 24)) && /\b(?:since|after|when|as|before|while|until|because)\s+$/i.test(text.slice(Math.max(0, e.start - 12), e.start))) return true;
  if (/^\s+border\b/i.test(text.slice(e.end, e.end + 10))) return true;
  // ("Russia has lost 1,180 troops": the side whose losses they are, not where they fell.)
  if (LOSES_AFTER.test(text.slice(e.end, e.end + 24))) return true;
  return wordBeforeSpace(text, e.start, BY_LAST_WORDS) >= 0 && /\bby\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, e.start - 8), e.start)) && /^(?:\s*[,.;:)]|\s*$|\s+(?:and|to|in|on|at|for|after|before|with|which|that|under|over|since|during)\b)/.test(text.slice(e.end, e.end + 12));
}
/** The words actingPlace's "by (the)", tried at every offset, can end with before the spaces up to the place. */
const BY_LAST_WORDS = ["by", "the"];
const LOSES_AFTER = /^\s+(?:has\s+|have\s+|had\s+)?(?:lost|loses|losing)\s+(?:a total of\s+|about\s+|some\s+|more than\s+|over\s+|nearly\s+|up to\s+)?\d/i;
/** A verb a country does as the subject of its clause: "Israel resumed", "Russia launched". */
const COUNTRY_ACTS = /^\s+(?:resumed|launched|began|started|invaded|attacked|bombed|struck|stepped up|escalated|withdrew|imposed|issued|ordered|sent|deployed|retaliated|intervened|annexed|seized|closed|reopened|broke)\b/i;
const WAGED_BY = /^['’]s?\s+(?:(?:new|latest|renewed|ongoing|full-scale|military|ground|air|aerial|naval|brutal|deadly|two-year|year-long|months-long|\w+-month)\s+){0,2}(?:offensive|counteroffensive|counter-offensive|invasion|war|campaign|bombardment|bombing|air ?strikes?|strikes?|assault|operation|incursion|blockade|siege|shelling|onslaught|attacks?|drones?|missiles?|occupation)\b/i;
/** The words SERVED_FOR, tried at every offset, can end with before the spaces up to the place. */
const SERVED_FOR_LAST_WORDS = ["for", "the"];
const SERVED_FOR = /\b(?:spying|spied|spy|working|worked|fighting|fought|collaborating|collaborated|informing|informers?)\s+for\s+(?:the\s+)?$/i;
/** The words BASED_ASIDE, tried at every offset, ends with before the spaces up to the place. */
const BASED_ASIDE_LAST_WORDS = ["in", "the"];
const BASED_ASIDE = /,\s+(?:(?:which|who) (?:is|are|was)\s+)?(?:based|headquartered)\s+in\s+(?:the\s+)?$/i;
const PLACE_AS_BACKER = /^\.?[-‐–](?:backed|led|based|run|allied|funded|supported|brokered|sponsored|aligned|supplied|trained|armed)\b/i;

const STOCK_OWNER_AFTER = /^\s+(?:now\s+|still\s+|also\s+|already\s+)?(?:hosts|hosted|host|shelters|sheltered|houses|housed)\b|^,?\s+(?:is|was|remains|has|had)\s+(?:(?:now|still|also)\s+)?(?:(?:a|an)\s+(?:[\w-]+\s+)?(?:city|town|village|country|district|province|region|state|camp|enclave|island)\s+of|home to|a population of)\b/i;

/** "in Somalia's capital", "the Sudanese capital": the report's dateline city, when it lies in that country. */
function capitalOf(facts: ReportFacts, text: string, country: EntityMention): EntityMention | null {
  if (!/^['’]s\s+capital\b/i.test(text.slice(country.end, country.end + 12))) return null;
  const city = facts.places.find((e) => facts.isDateline(e) && e.precision === "city" && e.lat != null);
  return city && sameCountry(country, city) ? city : null;
}

/** The report's dateline city when it lies in the part of the country written before the country ("in western Afghanistan"). */
function datelineInPart(facts: ReportFacts, text: string, country: EntityMention): EntityMention | null {
  const part = /\b(north|south|east|west)(?:ern)?(?:[ -]?(east|west)(?:ern)?)?\s+$/i.exec(text.slice(Math.max(0, country.start - 24), country.start));
  if (!part || country.lat == null || country.lon == null) return null;
  const city = facts.places.find((e) => facts.isDateline(e) && (e.precision === "city" || e.precision === "village") && e.lat != null && e.lon != null);
  if (!city || !sameCountry(country, city)) return null;
  // Off the country's middle in each direction named: a degree for one ("western Afghanistan"), half a degree each for
  // two ("northwest Syria": Idlib lies 0.9° north and 1.9° west of Syria's middle).
  const margin = part[2] ? 0.5 : 1;
  const ok = [part[1], part[2]].every((d) => {
    if (!d) return true;
    const dir = d.toLowerCase();
    return dir === "north" ? city.lat! > country.lat! + margin : dir === "south" ? city.lat! < country.lat! - margin : dir === "east" ? city.lon! > country.lon! + margin : city.lon! < country.lon! - margin;
  });
  return ok ? city : null;
}

/**
 * The town the sentence that set the scene just before names first ("shelled al-Bab, in the suburbs of Aleppo"): a place
 * the gazetteer knows, finer than a province, so a street or a country leaves the report's focus in charge. (Not for a
 * tally of months: the scene of one day is not where all of it happened.)
 */
function sceneTownBefore(doc: AnnotatedDoc, facts: ReportFacts, sentence: Span, time: ClaimTime | null, unplacedTowns = false): EntityMention | null {
  const text = doc.text;
  const scene = runningTally(doc, time) ? null : sceneBefore(doc, sentence);
  if (!scene) return null;
  // ("opened fire on residents of Pont-Sonde": a town the gazetteer lacks, named by its people, is the scene too.)
  // (Not a neighbour: "Residents of Lewiston and neighbouring Lisbon were told to shelter".)
  // (Nor where words were said: "told reporters in Ankara that rescue teams were working in ten provinces".)
  return facts.places.find((e) => e.start >= scene.start && e.end <= scene.end && !facts.isDateline(e) && !voicedPlace(facts, e) && !NAMES_A_STREET.test(text.slice(e.end, e.end + 16)) && !neighbourBefore(text, e.start) &&
    !speechSetting(text, Math.max(scene.start, e.start - 50), e.start) &&
    ((e.lat != null && (e.precision === "city" || e.precision === "village" || e.precision === "district") && SCENE_IN.test(text.slice(Math.max(scene.start, e.start - 40), e.start))) ||
      (e.lat == null && PEOPLE_OF.test(text.slice(Math.max(scene.start, e.start - 20), e.start))) ||
      // ("stormed the town of Pont-Sondé": a town named as one, though the gazetteer lacks it.)
      (unplacedTowns && e.lat == null && TOWN_OF.test(text.slice(Math.max(scene.start, e.start - 20), e.start))))) ?? null;
}
/** An official whose title names a region: "Hiraan regional governor", "Kapisa provincial police chief". */
const REGION_OFFICIAL_AFTER = /^\s+(?:(?:regional|provincial|state|district|county)\s+)?(?:deputy\s+)?(?:governor|commissioner|administrator|police chief|police commissioner)\b/i;
const TOWN_OF = /\b(?:town|village|city|hamlet|settlement|camp)\s+of\s+$/i;

/**
 * "In Kharkiv, a guided bomb hit a building on Sunday. … Rescuers pulled 14 people from the rubble": a paragraph that
 * opens on a place sets the scene for each sentence of it that names none (not for a tally of months).
 */
function paragraphScene(doc: AnnotatedDoc, facts: ReportFacts, sentence: Span, time: ClaimTime | null): EntityMention | null {
  if (runningTally(doc, time) || WIDER_SCOPE.test(doc.text.slice(sentence.start, sentence.end))) return null;
  const text = doc.text;
  const opens = Math.max(text.lastIndexOf("\n", sentence.start - 1), 0);
  if (opens === 0 && !/^\s*In\s/.test(text)) return null;
  // (The paragraph's first sentence: sentences are in order, so the first starting at or after the paragraph opens.)
  const first = doc.sentences[firstStartingAt(doc.sentences, opens)];
  if (!first || first.start >= sentence.start) return null;
  const opener = facts.places.find((e) => e.start >= first.start && e.end <= first.end && e.lat != null && e.precision !== "country" && e.precision !== "region" &&
    PARAGRAPH_SCENE_BEFORE.test(text.slice(first.start, e.start)) && /^\s*,/.test(text.slice(e.end, e.end + 3)));
  return opener ?? null;
}
/** "In Kharkiv", "In the southern city of Kherson", "Meanwhile, in Idlib province": a paragraph's opening scene. */
const PARAGRAPH_SCENE_BEFORE = /^\W*(?:Meanwhile,\s+|Elsewhere,\s+)?[Ii]n\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:(?:city|town|village|province|region|district|state)\s+of\s+)?$/u;

/**
 * "Inside El Fasher, an estimated 800,000 people remain trapped. MSF said its team had received 1,315 wounded": a
 * sentence naming no place goes on where the one before it in the paragraph counted people, when that one names its
 * town with "in", "at" or "inside" (not for a tally of months, nor across a paragraph).
 */
function townOfFigureBefore(doc: AnnotatedDoc, facts: ReportFacts, sentence: Span, time: ClaimTime | null): EntityMention | null {
  // (Nor for a figure of a wider scope: "38 people were killed across the Strip", "nationwide".)
  if (runningTally(doc, time) || WIDER_SCOPE.test(doc.text.slice(sentence.start, sentence.end))) return null;
  const before = doc.sentences[firstStartingAt(doc.sentences, sentence.start) - 1];
  if (!before) return null;
  // (Across a paragraph break only where this sentence points back to the event the one before tells: "…attacked a
  // base on Thursday. ⏎ The group said its fighters killed 43 soldiers in the dawn raid".)
  if (doc.text.slice(before.end, sentence.start).includes("\n") && !(EVENT_AGAIN.test(doc.text.slice(sentence.start, sentence.end)) && EVENT_TOLD.test(doc.text.slice(before.start, before.end)))) return null;
  const text = doc.text;
  const towns = facts.places.filter((e) => e.start >= before.start && e.end <= before.end && e.lat != null && (e.precision === "city" || e.precision === "village" || e.precision === "district") &&
    !facts.isDateline(e) && !voicedPlace(facts, e) && TOWN_NAMED_IN.test(text.slice(Math.max(before.start, e.start - 30), e.start)) && !/^['’]s\b/.test(text.slice(e.end, e.end + 3)) &&
    // (Nor where words were said: "…, the president told reporters in the capital.")
    !speechSetting(text, Math.max(before.start, e.start - 50), e.start) &&
    // (Not the town of the hospital someone was taken to: "to Presence Saint Francis Hospital in Evanston".)
    // ("health facilities in Bahir Dar had received 180 wounded": nor of hospitals that took the hurt in.)
    // (An attack on one is still the scene: "gunmen stormed a health centre in Alindao".)
    !(/\b(?:hospitals?|medical cent(?:er|re)s?|clinics?|infirmary|health (?:facilit(?:y|ies)|cent(?:er|re)s?))\b/i.test(text.slice(Math.max(before.start, e.start - 60), e.start)) && !FACILITY_ATTACKED_IN.test(text.slice(Math.max(before.start, e.start - 60), e.start))) &&
    // ("a market in Ariha in Idlib province": the province a town lies in is no second town.)
    !/^\s+(?:province|governorate|region|state)\b/i.test(text.slice(e.end, e.end + 14)));
  // (One town only: with two, which one goes on is not told.)
  return towns.length === 1 && doc.numbers.some((o) => !o.notPeople && o.start >= before.start && o.end <= before.end) ? towns[0]! : null;
}

/**
 * "The war has displaced more than 10 million people inside Sudan … Aid agencies estimate that at least 15,000 people
 * have been killed": a sentence with no place of its own, right after one in its paragraph that counts people in a
 * country and names no finer place, counts in that country too, not in the town the report is about.
 */
function countryOfFigureBefore(doc: AnnotatedDoc, facts: ReportFacts, sentence: Span): EntityMention | null {
  const before = doc.sentences[firstStartingAt(doc.sentences, sentence.start) - 1];
  if (!before || doc.text.slice(before.end, sentence.start).includes("\n")) return null;
  // (Not a sentence that points back to one event: "the attack", "the raid" happened where the report says.)
  if (EVENT_AGAIN.test(doc.text.slice(sentence.start, sentence.end))) return null;
  const named = facts.places.filter((e) => e.start >= before.start && e.end <= before.end && !facts.isDateline(e) && !voicedPlace(facts, e));
  if (named.length !== 1 || named[0]!.precision !== "country" || named[0]!.lat == null) return null;
  const country = named[0]!;
  if (!COUNTRY_SCENE_BEFORE.test(doc.text.slice(Math.max(before.start, country.start - 30), country.start))) return null;
  return doc.numbers.some((o) => !o.notPeople && o.start >= before.start && o.end <= before.end) ? country : null;
}
const COUNTRY_SCENE_BEFORE = /\b(?:in|inside|across|throughout)\s+(?:the\s+)?$/i;

// ("the overall death toll in the territory since the war began": the whole war's toll.)
// ("detained in raids across 40 provinces": many of the country's provinces at once.)
/** Bodies that issue a war's daily tallies from the capital: a general staff, a defence ministry. */
const MILITARY_COMMAND = /\b(?:General Staff|(?:Defen[cs]e|War) Ministry|Ministry of (?:National )?Defen[cs]e)\b/;
/** Right after a figure: where they were moved out of is "the country" told before ("airlifted 900 people from the country"). */
const FROM_THE_COUNTRY = /^\s+(?:out\s+)?(?:of|from)\s+the\s+country\b(?!['’])/i;
const NATIONAL_SCOPE = /\b(?:(?:across|in|throughout) the (?:country|nation|strip|territory|territories|enclave)(?!['’])|nationwide|countrywide|nationally|throughout the country|across the whole|since the (?:war|conflict|invasion) (?:began|started|erupted|broke out)|since the (?:start|beginning|outbreak) of the (?:full-scale )?(?:war|conflict|invasion)|(?:across|in) \d{1,3} (?:provinces|regions|states|governorates|oblasts)(?! of))\b/i;

/**
 * The territory of a country made of territories apart that `town` lies in ("Khan Younis" is in the Gaza Strip), for a
 * tally a report gives of the whole: the country's centre (in the West Bank) would place it in the other one.
 */
function territoryAround(town: EntityMention): ClaimPlace | null {
  if (town.lat == null || town.lon == null || countryOfMention(town) !== TERRITORIES_OF) return null;
  let best: ClaimPlace | null = null;
  let nearest = TERRITORY_REACH_KM;
  for (const name of TERRITORIES) {
    const hit = geocode(name, { fuzzy: false });
    const d = hit ? km(hit.lat, hit.lon, town.lat, town.lon) : Infinity;
    if (hit && d <= nearest) (best = { name: hit.name, lat: hit.lat, lon: hit.lon, precision: hit.precision }), (nearest = d);
  }
  return best;
}
const TERRITORIES_OF = "PS";
const TERRITORIES = ["Gaza Strip", "West Bank"];
const TERRITORY_REACH_KM = 80;
const WIDER_SCOPE = /\b(?:across|nationwide|countrywide|throughout|nationally|in total|overall|cumulative|so far|to date|since the (?:start|beginning|outbreak)|since the (?:war|conflict|invasion) (?:began|started|erupted|broke out))\b/i;
/** "stormed a health centre in", "an attack on the hospital at": a care facility struck, not one the hurt were taken to. */
const FACILITY_ATTACKED_IN = /\b(?:stormed|attacked|raided|struck|hit|bombed|shelled|torched|burned|burnt|looted|targeted|(?:attack|raid|strike|assault)\s+on)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:hospital|medical cent(?:er|re)|clinic|health (?:facility|cent(?:er|re)|post))\s+(?:in|at|near)\s+(?:the\s+(?:town|city|village)\s+of\s+)?$/i;
const TOWN_NAMED_IN = /\b(?:[Ii]n|[Ii]nside|[Nn]ear|[Oo]utside)\s+(?:the\s+(?:town|city|village|district)\s+of\s+)?$/;

const LIST_ITEM = /^[ \t]*(?:[•*·▪–-]|\d{1,2}[.)])\s/;

/** The place named in the heading line above the list an item belongs to, or null where the item is no list item. */
function listHeadingPlace(doc: AnnotatedDoc, facts: ReportFacts, sentence: Span): EntityMention | null {
  const text = doc.text;
  let lineStart = text.lastIndexOf("\n", sentence.start - 1) + 1;
  if (!LIST_ITEM.test(text.slice(lineStart, sentence.end))) return null;
  // Up past the list's other items and blank lines, to the first line that is neither.
  for (let lines = 0; lineStart > 0 && lines < 30; lines++) {
    const end = lineStart - 1;
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(start, end);
    lineStart = start;
    if (!line.trim() || LIST_ITEM.test(line)) continue;
    if (line.length > 120) return null;
    return facts.places.find((e) => e.start >= start && e.end <= end && e.lat != null) ?? null;
  }
  return null;
}

/** "Iran's Revolutionary Guards", "Syria's army": a country's possessive before one of its bodies. */
function bodyOfCountryAfter(doc: AnnotatedDoc, e: EntityMention): boolean {
  const after = doc.text.slice(e.end, e.end + 40);
  const possessive = /^['’]s\s+(?:elite\s+|own\s+|powerful\s+)?/.exec(after);
  if (!possessive) return false;
  const at = e.end + possessive[0].length;
  return doc.entities.some((o) => o.type === "org" && o.start <= at && o.end > at) || ARMED_BODY_WORD.test(doc.text.slice(at, at + 30));
}
const ARMED_BODY_WORD = /^(?:army|military|armed forces|forces|troops|navy|air force|police|militia|guards?|security forces|intelligence)\b/i;

/**
 * A place inside a voice's words, or right after a voice named after its verb ("the ministry in Damascus"). (A function of
 * its own, not a closure made for each claim: under tsx each named closure also costs a call that names it.)
 */
function inVoice(facts: ReportFacts, e: EntityMention): boolean {
  return facts.speakerFirst.some((a) => e.start >= a.start && e.end <= a.verbStart!) || facts.inverted.some((a) => e.start >= a.verbEnd! && (e.end <= a.end || /^\s+(?:in|at|based in)\s+(?:the\s+)?$/i.test(facts.text.slice(a.end, e.start)) || (e.start - a.end <= 80 && TITLE_IN_AFTER_VOICE.test(facts.text.slice(a.end, e.start)))));
}

function choosePlace(doc: AnnotatedDoc, facts: ReportFacts, sentence: Span, n: NumberMention, category: PeopleCategory | "other", focus: EntityMention | null, time: ClaimTime | null = null): ClaimPlace | null {
  const text = doc.text;
  // "On the Israeli side, 18 soldiers have been killed": a side named by its people sets the sentence's country.
  const side = SIDE_OPENER.exec(text.slice(sentence.start, sentence.start + 40));
  const sideCountry = side ? countryCodeOf(side[1]!) : null;
  const sidePlace = sideCountry ? geocode(countryName(sideCountry), { fuzzy: false }) : null;
  // (A place of that country the sentence names is finer: "On the Russian side, 12 were killed in Belgorod".)
  if (sidePlace && sidePlace.precision === "country" && !facts.places.some((e) => e.start >= sentence.start && e.end <= sentence.end && e.precision !== "country" && geocode(e.canonical, { fuzzy: false })?.country === sideCountry)) return { name: sidePlace.name, lat: sidePlace.lat, lon: sidePlace.lon, precision: "country" };
  const war = category === "killed" ? warCountry(doc, facts, sentence, n, focus) : null;
  if (war) return asPlace(war);
  // ("Greek coast guards forcibly returned 60 migrants to Turkey": with no "from", the remover's country, else none;
  // never where they were sent.)
  const sentTo = category === "evacuated" ? facts.places.find((e) => e.start >= n.end && e.end <= sentence.end && removedTo(text, sentence, n, e)) : undefined;
  if (sentTo && !facts.places.some((e) => e.start >= sentence.start && e.end <= sentence.end && e !== sentTo && /\bfrom\s+(?:the\s+)?$/i.test(text.slice(Math.max(sentence.start, e.start - 10), e.start)))) {
    const remover = REMOVER_NATION.exec(text.slice(sentence.start, n.start));
    const code = remover ? countryCodeOf(remover[1]!) : null;
    const home = code ? geocode(countryName(code), { fuzzy: false }) : null;
    if (home && home.precision === "country") return { name: home.name, lat: home.lat, lon: home.lon, precision: "country" };
    // ("Pakistan deported 600 Afghans to Afghanistan": another place the sentence names may still be the remover.)
    if (!facts.places.some((e) => e.start >= sentence.start && e.end <= sentence.end && e !== sentTo && facts.placeKey(e) !== facts.placeKey(sentTo))) return null;
  }
  // ("MONUSCO has about 13,500 troops in the country, and 4 were wounded near Sake": the report's country.)
  if (IN_THE_COUNTRY_AFTER.test(text.slice(Math.max(n.end, n.nounEnd), Math.max(n.end, n.nounEnd) + 40))) {
    const country = reportCountry(facts, focus);
    if (country) return country;
  }
  // "San Bernardino is a city of just over 200,000 people 60 miles east of Los Angeles": the place the stock belongs to.
  if (category === "present") {
    const owner = facts.places.find((e) => e.start >= sentence.start && e.end <= n.start && STOCK_OWNER_AFTER.test(text.slice(e.end, e.end + 40)));
    if (owner) return asPlace(owner);
  }
  // "territory the size of the United Kingdom" compares; it does not place. Nor does a country voicing the figure, nor
  // one that acts ("a deal brokered by Russia", "strikes by Israel").
  let named = facts.placesNamedIn(sentence, (e) => placeNamedHere(text, facts, sentence, e));
  // The dateline says where the report was filed; the report's focus stands in when the sentence names nothing else.
  // (Nor, for the dead and the hurt, the town of the hospital they were taken to: "was flown to a hospital in Gainesville".)
  const hurt = category === "killed" || category === "wounded";
  // (Nor a state used as a word describing something, "a north Indiana shooting range", where the report names a town.)
  const townFocus = focus !== null && (focus.precision === "city" || focus.precision === "village");
  // (Nor, for them, where the attack came from: "killed in attacks from Lebanon", "rockets fired from Gaza".)
  // ("The health ministry in Ramallah says 140 were killed in the West Bank": the seat of the voice is not where it
  // happened when the sentence names another place.)
  // (A seat: "in Ramallah", "officials in Kyiv"; not a city naming its police, "Dallas police said". And only for a
  // place named past the figure.)
  const voiceSeats = named.filter((e) => e.precision !== "country" && inVoice(facts, e) && /\b(?:in|at)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, e.start - 12), e.start)));
  // (A voice after the figure, "…, according to the ministry in Damascus", gives way to a place anywhere else.)
  // ("Its spokesman in Geneva said": a city where agencies brief is the voice's seat whatever else is named.)
  named = named.filter((e) => !(voiceSeats.includes(e) && BRIEFING_CITY.test(e.canonical)));
  if (voiceSeats.length && named.some((e) => !voiceSeats.includes(e) && !facts.isDateline(e) && (e.start >= n.end || voiceSeats.every((v) => v.start > n.end)))) named = named.filter((e) => !voiceSeats.includes(e));
  // ("Paris prosecutor Francois Molins said 202 were wounded": the city a prosecutor's office is named for is no scene.)
  const places = named.filter((e) => !facts.isDateline(e) && !stateAfterTown(e) && !PROSECUTOR_AFTER.test(text.slice(e.end, e.end + 30)) && !(hurt && (HOSPITAL_NAME.test(e.text) || (commaBefore(text, e.start) && HOSPITAL_COMMA_BEFORE.test(text.slice(Math.max(sentence.start, e.start - 24), e.start))) || takenToHospitalIn(text, Math.max(sentence.start, e.start - 90), e.start) || (TOWN_HOSPITAL_AFTER.test(text.slice(e.end, e.end + 40)) && TAKEN_TO_THE.test(text.slice(Math.max(sentence.start, e.start - 40), e.start))) || attackFrom(text, Math.max(sentence.start, e.start - 40), e.start)))
    && !(townFocus && stateAsAdjective(text, e))
    // ("Around 300 fled across the river": what people crossed is their route, not where they are.)
    && !crossedPlace(text, e, !MOVING.has(category as PeopleCategory))
    // ("hospitals in the city had received 40 wounded": where the hurt were taken in is not where they were hurt.)
    && !(hurt && receivingHospitalTown(text, e))
    && !(hurt && nationalityFrom(text, Math.max(sentence.start, e.start - 40), e.start))
    // ("The man, from Lincoln, was pronounced dead", "Darren Pike, 31, of Swindon, killed a cyclist": where someone is
    // from, set off by commas, is not where it happened.)
    && !(hurt && e.precision !== "country" && wordBeforeSpace(text, e.start, FROM_OR_OF) >= 0 && /,\s*(?:from|of)\s+$/i.test(text.slice(Math.max(sentence.start, e.start - 8), e.start)) && /^\s*,/.test(text.slice(e.end, e.end + 2)))
    // ("since October 8, 2023, when Hezbollah began firing rockets at Israel": the clause says what began then, not where.)
    && !(e.start > n.end && SINCE_WHEN.test(text.slice(Math.max(n.end, e.start - 120), e.start)))
    // ("600,000 who have arrived from Sudan", "refugees from Myanmar": where arrivals and a stock came from is not where they are.)
    // ("refugees from Nigeria and Mali": every place of the list after "from".)
    && !((category === "arrived" || category === "present") && (FROM_BEFORE.test(text.slice(Math.max(sentence.start, e.start - 30), e.start)) || FROM_LIST_BEFORE.test(text.slice(Math.max(sentence.start, e.start - 60), e.start))))
    // ("Talks between Ukraine and Russia stalled as 40 civilians were killed": the sides of a parley are no scene.)
    && !(wordBeforeSpace(text, e.start, TALKS_BETWEEN_LAST_WORDS) >= 0 && TALKS_BETWEEN.test(text.slice(Math.max(sentence.start, e.start - 50), e.start)))
    // ("…," Abubakar said in a statement issued in Gusau": where a statement was put out is no scene.)
    && !(wordBeforeSpace(text, e.start, IN_WORD) >= 0 && ISSUED_IN_BEFORE.test(text.slice(Math.max(sentence.start, e.start - 40), e.start)))
    // ("The bus, heading to Pokhara from Kathmandu, was carrying 46 passengers": the ends of a route are not where it was,
    // unless the figure is told of the place itself: "trucks headed towards Baghouz, … where hundreds of fighters remain".)
    && !(!MOVING.has(category as PeopleCategory) && wordBeforeSpace(text, e.start, ROUTE_END_LAST_WORDS) >= 0 && ROUTE_END_BEFORE.test(text.slice(Math.max(sentence.start, e.start - 50), e.start)) && !(e.end <= n.start && /\bwhere\b/i.test(text.slice(e.end, n.start))))
    // ("killed dozens of soldiers near the border with Mali": the neighbour only says where the border is.)
    && !(hurt && e.precision === "country" && BORDER_WITH.test(text.slice(Math.max(0, e.start - 30), e.start)))
    // ("expelled 700 migrants to the border with Mali": where people were driven to is not the country that drove them out.)
    && !(category === "evacuated" && e.precision === "country" && e.start >= n.end && BORDER_WITH.test(text.slice(Math.max(0, e.start - 30), e.start)) && /\bto\s+(?:the\s+)?(?:[\w-]+\s+){0,2}borders?\b/i.test(text.slice(Math.max(n.end, e.start - 50), e.start)))
    // ("Coast guards forcibly returned 60 migrants to Turkey": where people were sent is not the place they were removed from.)
    && !(category === "evacuated" && removedTo(text, sentence, n, e)))
    // "a bank manager from Rajasthan … in Kulgam": where someone comes from, beside where it happened.
    .filter((e, _, all) => !(wordBeforeSpace(text, e.start, ORIGIN_LAST_WORDS) >= 0 && ORIGIN_BEFORE.test(text.slice(Math.max(sentence.start, e.start - 40), e.start)) && all.some((o) => o !== e && SCENE_BEFORE.test(text.slice(Math.max(sentence.start, o.start - 24), o.start)))))
    // ("A strike on Damascus killed seven members of Iran's Revolutionary Guards": whose force they were, beside where.)
    // (Past the sentence's first figure, in who they were; "killed by Myanmar's military has risen to 100" is the
    // country's tally.)
    .filter((e, _, all) => !(e.precision === "country" && all.some((o) => o !== e && o.precision !== "country") && doc.numbers.some((o) => !o.notPeople && o.start >= sentence.start && o.end <= e.start) && bodyOfCountryAfter(doc, e)));
  // ("At least 70 people were killed, according to a spokeswoman for the Artibonite department": a place named only
  // in the speaker's title is where the speaker serves; the town the sentence before set the scene in is finer.)
  // ("A bomber killed 30 people in Saada. The health ministry in Sanaa said 58 were wounded": nor is the town a voice
  // sits in, "in Sanaa", when the sentence before set the scene in another.)
  // ("A clinic in Jacmel treated 20 wounded people": the town of the one hospital that took the hurt in, kept for when
  // the report sets no scene of its own; nearer than the country or the focus. Not "hospitals in Gondar", which gather
  // the hurt of a whole region.)
  const careTown = hurt ? named.find((e) => e.lat != null && !facts.isDateline(e) && receivingHospitalTown(text, e) && ONE_HOSPITAL_IN_BEFORE.test(text.slice(Math.max(0, e.start - 50), e.start))) ?? null : null;
  if (places.length && places.every((e) => inVoice(facts, e) && ((e.precision !== "city" && e.precision !== "village") || voiceSeats.includes(e)))) {
    const seatsOnly = places.every((e) => voiceSeats.includes(e));
    const town = sceneTownBefore(doc, facts, sentence, time, true) ?? (seatsOnly && hurt ? townOfFigureBefore(doc, facts, sentence, time) : null) ?? careTown;
    if (town) return asPlace(town);
    // ("Hiraan regional governor X told HPA that rescue teams had pulled 40 people from rooftops": else the town the
    // report is about.)
    // (Only a region's official's title, and a town within reach of the region.)
    const titled = places.every((e) => REGION_OFFICIAL_AFTER.test(text.slice(e.end, e.end + 40)) && e.lat != null);
    if (titled && focus && focus.lat != null && (focus.precision === "city" || focus.precision === "village" || focus.precision === "district") && !runningTally(doc, time) &&
      places.every((e) => Math.hypot(e.lat! - focus.lat!, e.lon! - focus.lon!) < 2.5)) return asPlace(focus);
  }
  // A place on the far side of another figure belongs to that one ("we buried 31 people, … 2,000 people had fled to
  // Gusau": Gusau is where the 2,000 went).
  // (A part of this figure, or one listed with it, shares its place: "four civilians including a child in Khan Sheikhun".)
  // ("eight people, among them four children and two women": the whole listed before its parts is no other figure.)
  // (Only a place can be on the far side of a figure: with none, the figures are not sought, each a few patterns.)
  const figures = !places.length ? [] : doc.numbers.filter((o) => o !== n && !o.notPeople && o.start >= sentence.start && o.end <= sentence.end && !joined(text, n, o) && !partOf(text, n, o) && !joined(text, o, n) && !partOf(text, o, n) && !wholeBefore(text, o, n));
  let ownPlaces = places.filter((p) => sceneOpener(text, sentence, p) || !figures.some((o) =>
    // …when that figure moved there: "2,000 people had fled to Gusau" (a place after both clauses of a clash is both's).
    // ("Two people were killed and five injured when a truck carrying displaced families overturned near Dikwa": a pair
    // of tolls joined by "and" is one event, its place both's.)
    (o.start >= n.end && o.end <= p.start && MOVEMENT.test(text.slice(o.end, p.start)) && !TOLL_PAIR_GAP.test(text.slice(Math.max(n.end, n.nounEnd), o.start))) ||
    // …or when that figure opens a clause of its own, with its own verb, past a break: "rescued 21 women and that 32
    // fighters surrendered in Gwoza".
    (o.start >= n.end && o.end <= p.start && THAT_CLAUSE_THEN_FIGURE.test(text.slice(Math.max(n.end, n.nounEnd), o.start)) && (OWN_VERB.test(text.slice(Math.max(o.end, o.nounEnd), p.start)) || PAST_VERB.test(text.slice(Math.max(o.end, o.nounEnd), p.start)))) ||
    // ("killing 1,200 people and taking 250 hostages back to Gaza": the verb just before that figure moved it there.)
    (o.start >= n.end && o.end <= p.start && MOVEMENT.test(text.slice(Math.max(n.end, o.start - 12), o.start)) && /^\s+(?:back\s+)?(?:to|into)\s+$/.test(text.slice(Math.max(o.end, o.nounEnd), p.start))) ||
    // …or stands between the place and this one (a part named inside a figure before is that figure's, not another:
    // "killed 558 people, including 50 children and 94 women, and wounded 1,835").
    (o.start >= p.end && o.end <= n.start && !SHARED_PREDICATE.test(text.slice(Math.max(o.end, o.nounEnd), n.start)) && !insideIncluding(text, o)) ||
    // …or when it closes that figure's clause and this one names its own: "17,674 had died in Turkey, while 3,377 deaths
    // were reported in Syria" (a place inside the figure's own words, "a U.S. tourist", is none).
    (o.end <= p.start && p.end <= n.start && CLAUSE_TURN.test(text.slice(p.end, n.start)) &&
      places.some((q) => q.start > p.end && (q.start < n.start || q.start >= Math.max(n.end, n.nounEnd))))));
  // "133 people were killed, including 41 in Zahedan": a bare part placed on its own is counted there; the whole is not.
  // (With no other place, the whole lies in the country all its parts lie in.)
  if (ownPlaces.length) {
    // ("displaced in Congo, 600,000 of them in and around Goma": a share of them is a part too.)
    const bareParts = doc.numbers.filter((o) => o.start > n.end && o.end <= sentence.end && !o.notPeople && !o.noun && (PARTS_NAMED_BEFORE.test(text.slice(n.end, o.start)) || (/^\s+of (?:them|those|whom)\b/i.test(text.slice(o.end, o.end + 12)) && /^[^.;:]*,\s*$/.test(text.slice(n.end, o.start))) ||
      // ("21 people dead across Sri Lanka, 12 in Ratnapura district and 5 in Kegalle": parts placed apart after a comma.)
      (/^[^.;:]*,\s*(?:[^.;:,]*\band\s+)?$/.test(text.slice(Math.max(n.end, n.nounEnd), o.start)) && /^\s+(?:in|at)\s+(?:the\s+)?[\p{Lu}]/u.test(text.slice(o.end, o.end + 40)))));
    // ("110 people died, with Bihar accounting for 40 of the deaths": a place told as having a part has only that part.)
    const partPlaces = ownPlaces.filter((p) => bareParts.some((o) => o.end <= p.start && PART_PLACED.test(text.slice(o.end, p.start))) ||
      (p.start >= n.end && wordBeforeSpace(text, p.start, WITH_PLACE_LAST_WORDS) >= 0 && WITH_PLACE_BEFORE.test(text.slice(Math.max(n.end, p.start - 12), p.start)) && doc.numbers.some((o) => o.start > p.end && o.start - p.end <= 50 && !o.notPeople && PLACE_HAS_PART.test(text.slice(p.end, o.start)))));
    if (partPlaces.length) {
      ownPlaces = ownPlaces.filter((p) => !partPlaces.includes(p));
      if (!ownPlaces.length) {
        const countries = new Set(partPlaces.map((p) => geocode(p.canonical, { fuzzy: false })?.country ?? null));
        const [country] = countries;
        const whole = countries.size === 1 && country ? geocode(countryName(country), { fuzzy: false }) : null;
        return whole && whole.precision === "country" ? { name: whole.name, lat: whole.lat, lon: whole.lon, precision: "country" } : null;
      }
    }
  }
  // ("Spain has airlifted 900 people from the country": the country that moved them out is not the one they left, which
  // "the country" points back to.)
  // (The last country told as left before it, "flown out of Niger", else the report's country as for any "the country".)
  if ((category === "evacuated" || category === "fled") && ownPlaces.length && ownPlaces.every((p) => p.end <= n.start && p.precision === "country") && FROM_THE_COUNTRY.test(text.slice(Math.max(n.end, n.nounEnd), Math.max(n.end, n.nounEnd) + 40))) {
    const left = facts.places.filter((e) => e.end <= sentence.start && sentence.start - e.end < 600 && e.precision === "country" && e.lat != null && ORIGIN.test(text.slice(Math.max(0, e.start - 40), e.start))).pop();
    if (left) return asPlace(left);
    ownPlaces = [];
  }
  // (Arrivals are counted where they arrive: "entered the country from Ukraine" does not place them in Ukraine.)
  if (category === "arrived") ownPlaces = ownPlaces.filter((p) => !ORIGIN.test(text.slice(Math.max(sentence.start, p.start - 40), p.start)));
  // ("Two officers were wounded and taken to a hospital in the city of Colima", "was airlifted to Manda Bay": where the
  // dead or hurt were carried is not where it happened; with no other place of their own, the scene is looked for as for
  // a figure that names none.)
  if ((category === "wounded" || category === "killed") && ownPlaces.length) {
    ownPlaces = ownPlaces.filter((p) => !(wordBeforeSpace(text, p.start, CARRIED_TO_LAST_WORDS) >= 0 && CARRIED_TO.test(text.slice(Math.max(sentence.start, p.start - 70), p.start))));
  }
  // "More than 6,270 people have fled the town (their homes), …, most of them to the nearby city of Saint-Marc": people
  // who left a town named before are counted there, not where they went.
  const leftTheTown = (category === "fled" || category === "evacuated") && ownPlaces.length > 0 && LEFT_THE_TOWN.test(text.slice(n.end, ownPlaces[0]!.start)) &&
    ownPlaces.every((p) => p.start >= n.end && DESTINATION.test(text.slice(Math.max(sentence.start, p.start - 40), p.start)));
  if (ownPlaces.length && !leftTheTown) {
    let best: EntityMention | null = null;
    let bestScore = Infinity;
    for (const p of ownPlaces) {
      const before = text.slice(Math.max(sentence.start, p.start - 40), p.start);
      let score = p.start >= n.end ? p.start - n.end : (n.start - p.end) * 1.3;
      const origin = ORIGIN.test(before);
      if (category === "arrived" && origin) score += 200; // arrivals are counted where they arrive
      // (A place another owns, "Jammu and Kashmir's Kupwara district", is located by its owner.)
      const owner = facts.places.find((q) => q.end <= p.start && p.start - q.end <= 16 && POSSESSED.test(text.slice(q.end, p.start)));
      const owned = owner !== undefined;
      // ("In South Kivu, 3,000 crossed into Burundi"; "crossed into India's Mizoram state": into the owner's place.)
      if (category === "arrived" && (ARRIVED_INTO.test(before) || (owner && ARRIVED_INTO.test(text.slice(Math.max(sentence.start, owner.start - 40), owner.start))))) score -= 60;
      if ((category === "fled" || category === "evacuated") && origin) score -= 30; // and departures where they left
      // ("have displaced 135,000 people, most of whom have fled towards Goma": where they went is not where they were
      // displaced from.)
      if ((category === "fled" || category === "evacuated") && p.start >= n.end && FLED_TOWARDS.test(before)) score += 80;
      // ("Gunmen attacked Tessaoua, a town in Niger's Maradi region": a place its apposition says is a town is where, and the
      // region it lies in is only where that is.)
      const kindAfter = TOWN_APPOSITION.test(text.slice(p.end, p.end + 40));
      const inApposition = ownPlaces.some((q) => q.end <= p.start && p.start - q.end <= 40 && TOWN_APPOSITION.test(text.slice(q.end, p.start)));
      if (!origin && !owned && !kindAfter && !LOCATION.test(before)) score += 60; // a place used as a name ("Baghouz is the latest front")
      if (inApposition) score += 60;
      // ("in Anyang, central China's Henan Province": the province after a town, owned by its country, only says where the
      // town lies.)
      if ((p.precision === "province" || p.precision === "district") && ownPlaces.some((q) => q.end <= p.start && p.start - q.end <= 40 && (q.precision === "city" || q.precision === "village") && TOWN_THEN_ITS_PROVINCE.test(text.slice(q.end, p.start)))) score += 60;
      if (facts.places.some((q) => q.start >= p.end && q.start - p.end <= 30 && OWNS_NEXT.test(text.slice(p.end, q.start)))) score += 60; // the owner of a finer place
      if (p.precision === "country") score += 40;
      if (p.precision === "region") score += 100; // rivers, deserts, regions: rarely where the people are
      // ("killed in the West Bank and east Jerusalem": the first of a pair whose second lies within it covers both.)
      if (ownPlaces.some((q) => q.start > p.end && PAIRED_PLACE_GAP.test(text.slice(p.end, q.start)) && within(q, p, 60))) score -= p.precision === "region" ? 120 : 20;
      // ("police in neighboring Michoacán found six bodies near Uruapan": a town of the province is the finer answer.)
      // ("Police in the state of Oaxaca freed nine people held in the town of Juchitan": a state that names the force only
      // says whose police they are, the more so.)
      if (p.precision === "province" && ownPlaces.some((q) => q !== p && q.lat != null && (q.precision === "city" || q.precision === "village") && !inVoice(facts, q) && countryOfMention(q) === countryOfMention(p))) score += FORCE_OF_PLACE.test(before) ? 90 : 30;
      // ("killed 500 in the West Bank since the Gaza war began": a place that names a war, a truce or talks names no scene
      // when another place is named.)
      if (NAMES_AN_EVENT_AFTER.test(text.slice(p.end, p.end + 16))) score += 150;
      if (wordBeforeSpace(before, before.length, DISTANCE_FROM_LAST_WORDS) >= 0 && DISTANCE_FROM.test(before)) score += 80; // "about 250 km north of Baghdad": a landmark to measure from
      // ("in the village of Tal Shihab, near Daraa": the town the village is near is a landmark too.)
      // (The pattern, tried at every offset of the stretch, runs only beside another place and after the word it ends with.)
      if (ownPlaces.some((q) => q.end <= p.start && p.start - q.end <= 30) && wordBeforeSpace(before, before.length, NEAR_ANOTHER_LAST_WORDS) >= 0 && NEAR_ANOTHER.test(before)) score += 80;
      // ("Twelve people from Aleppo drowned off Lesbos", "soldiers from the Mosul garrison were killed in Anbar": where the
      // people come from, written right after them, is not where it happened when the sentence names another place.)
      // (Only where the other place comes past the verb: "from Um Huwaish village in the countryside of Tel Abyad" only
      // says where the village is.)
      if (!MOVING.has(category as PeopleCategory) && p.start >= n.end && /^\s+from\s+(?:the\s+)?$/i.test(text.slice(Math.max(n.end, n.nounEnd), p.start)) &&
        ownPlaces.some((q) => q.start > p.end && !samePlace(p, q) && HAPPENED_BETWEEN.test(text.slice(p.end, q.start)))) score += 100;
      score += 60 * containerDepth(text, ownPlaces, p); // "in Al-Hanitah in Al-Saan countryside in Hama countryside": the first is where
      // "In Gaza City, a strike killed 12, while 30 died in Rafah": a place past a turn to another figure is more likely
      // that one's than the scene the sentence opened with (yet still this one's when it is the only place).
      if (p.start >= n.end && figures.some((o) => o.start >= n.end && o.end <= p.start) && CLAUSE_TURN.test(text.slice(n.end, p.start))) score += 60;
      // ("Snow fell in Kabul on Monday as a cold snap killed 40 people across Afghanistan": a place of the clause the
      // figure's "as" clause is set beside gives way to one the figure's own clause names after it.)
      if (p.end <= n.start && AS_CLAUSE_BETWEEN.test(text.slice(p.end, n.start)) && ownPlaces.some((q) => q.start >= Math.max(n.end, n.nounEnd) && q.start - n.end <= 60 && !CLAUSE_TURN.test(text.slice(n.end, q.start)))) score += 80;
      if (score < bestScore) (best = p), (bestScore = score);
    }
    // "in eastern Syria" in a report about one town: the town is the finer answer.
    // (The cheap tests first: sameCountry may load the world's borders, which few reports need.)
    // (Not a town named only in the dateline: the capital a report was filed from is not where things happened.)
    // (Neither is, for a running tally: "The conflict in northeast Nigeria has killed 35,000 since 2009" is the
    // country's, whatever town the report is about or was filed from.)
    if (best && best.precision === "country" && runningTally(doc, time)) return bothCountries(facts, best, ownPlaces) ?? asPlace(best);
    // (Not for people who left the country or a part of it: "fled southern Lebanon, clogging the highway north to Beirut".)
    const leftIt = !!best && (category === "fled" || category === "evacuated") && ORIGIN.test(text.slice(Math.max(sentence.start, best.start - 40), best.start).replace(/\b(?:north|south|east|west|central)[a-z-]*\s+$/i, ""));
    if (best && !leftIt && best.precision === "country" && focus && focus.precision !== "country" && focus.precision !== "region" && !facts.isDateline(focus) && /\b(?:north|south|east|west|central)[a-z-]*\s+$/i.test(text.slice(Math.max(0, best.start - 16), best.start)) && mentionedTwice(facts, focus) && sameCountry(best, focus)) best = focus;
    // "HERAT, Afghanistan — … in western Afghanistan": a dateline city lying in the part of the country named is the finer answer.
    // (Not off its coast: "a boat sank off southern Greece" is at sea, not in the capital the report was filed from.)
    else if (best && !leftIt && best.precision === "country") best = (OFF_THE_COAST.test(text.slice(Math.max(0, best.start - 40), best.start)) ? null : datelineInPart(facts, text, best)) ?? capitalOf(facts, text, best) ?? best;
    // "In northern Israel, a civilian was killed when a missile hit a house in Metula": a scene the sentence opens with a
    // country gives way to a town of that country the same clause names.
    // (So does a province the sentence opens with: "In Hatay province, 3,000 were evacuated from the town of Iskenderun".)
    // ("Meanwhile, in the eastern countryside of Deir Ezzor, gunmen shot dead two fighters near the town of Al-Busayrah":
    // so does a town's countryside.)
    if (best && !leftIt && (best.precision === "country" || best.precision === "province" || /^\s+(?:province|state|region|governorate|countryside)\b/i.test(text.slice(best.end, best.end + 14)) || /\bcountryside\s+of\s+$/i.test(text.slice(Math.max(sentence.start, best.start - 20), best.start))) && sceneOpener(text, sentence, best)) {
      const country = geocode(best.canonical, { fuzzy: false })?.country;
      const town = country ? ownPlaces.find((p) => p !== best && p.start > best!.end && (p.precision === "city" || p.precision === "village") && !CLAUSE_TURN.test(text.slice(best!.end, p.start)) && geocode(p.canonical, { countries: [country], fuzzy: false })?.country === country) : undefined;
      if (town) best = town;
    }
    // "in Barangay Lahug, Tapaz", "Sitio Linek, Barangay Digal of Buluan": a locality the map does not know gives way to
    // the place it lies in, named right after it.
    // ("near Lido beach in the Somali capital Mogadishu": so does any place the map does not know, named with its kind.)
    // ("stabbed to death on Oxford Road in Manchester", "a crash on the Bruce Highway near Gympie": a street or road the map
    // does not know gives way to the town it is said to be in or near.)
    if (best && best.lat == null && STREET_NAME.test(best.text)) {
      const town = ownPlaces.find((p) => p.start > best!.end && p.start - best!.end <= 24 && p.lat != null && p.precision !== "country" && /^,?\s+(?:in|near|outside|at)\s+(?:the\s+)?$|^\s*,\s*$/i.test(text.slice(best!.end, p.start)));
      if (town) best = town;
    }
    if (best && best.lat == null) {
      const locality = LOCALITY_NAME.test(best.text);
      const within = ownPlaces.find((p) => p.start > best!.end && p.start - best!.end <= 40 && p.lat != null && p.precision !== "country" && (locality ? /^\s*(?:,|of|in)\s+(?:(?:the\s+)?(?:town|city|village|municipality|province|district)\s+of\s+)?(?:[\p{L}'’-]+\s+){0,4}$/u : KIND_THEN_IN).test(text.slice(best!.end, p.start)));
      // (The locality keeps its name, placed at the point of where it lies: "Al-Tayarat village in Al-Mayadeen".)
      if (within && !locality) return { ...asPlace(within), name: best.canonical || best.text };
      if (within) best = within;
    }
    // ("Gunmen opened fire at a bar in Guanajuato state, killing 12 … ¶ The attack in the city of Irapuato was …": the
    // sentence after that tells the event's town again is finer than the province.)
    if (best && hurt && best.precision === "province") best = eventTownAfter(doc, facts, sentence, best) ?? best;
    if (best) return bothCountries(facts, best, ownPlaces) ?? asPlace(best);
  }
  // "the camp", "the town": the place named just before.
  const slice = text.slice(sentence.start, sentence.end);
  // ("Some 90 journalists were killed worldwide last year": a figure the sentence says is the world's has no place
  // of its own, nor one carried from a sentence beside it.)
  if (WORLD_SCOPE.test(slice)) return null;
  // ("Separately, the Houthis said they had released 100 detainees": another event, whose place the sentence does not
  // give, is not where the report's story is.)
  if (ANOTHER_EVENT_OPENER.test(slice)) return null;
  // ("six farmers were wounded on the Bocaranga-Koui axis": a road between two towns, named as the sentence's own scene
  // though the map lacks it, is not the town the sentence before named; it lies in the report's country.)
  if (OWN_ROUTE.test(slice)) return reportCountry(facts, focus);
  // "The country of 48 million people": the report's country, named before (not in a list of neighbours after it,
  // nor only in the dateline).
  if (THE_COUNTRY.test(slice)) {
    // (Not the country the people came from: "142,300 people entered the country from Ukraine".)
    const origins = named.filter((e) => ORIGIN.test(text.slice(Math.max(sentence.start, e.start - 40), e.start))).map((e) => facts.placeKey(e));
    const countries = facts.places.filter((e) => e.end <= sentence.start && e.precision === "country" && e.lat != null && !facts.isDateline(e) && !origins.includes(facts.placeKey(e)));
    const country = focus?.precision === "country" && countries.some((e) => facts.placeKey(e) === facts.placeKey(focus)) ? focus
      : (focus && focus.lat != null ? countries.find((e) => sameCountry(e, focus)) : undefined) ?? countries.pop();
    if (country) return asPlace(country);
    // (With no country named, the country the report's town lies in: "Ratnapura" … "in the island nation" is Sri Lanka;
    // only for the whole country, not "the country's southwest" or "fled the country".)
    const inside = NATION_SCOPE.test(slice) && focus && focus.lat != null && focus.lon != null && focus.precision !== "country" ? countryOfPoint(focus.lat, focus.lon) : null;
    const code = inside ? countryCodeOf(inside) : null;
    const whole = code ? geocode(countryName(code), { fuzzy: false }) : null;
    if (whole && whole.precision === "country") return { name: whole.name, lat: whole.lat, lon: whole.lon, precision: "country" };
  }
  const anaphor = ANAPHOR.exec(slice);
  // ("…, the hospital said": a place's noun that speaks points back to no place.)
  // (Whose it is still points back: "residents of the area said".)
  if (anaphor && !(SPEAKS_AFTER.test(slice.slice(anaphor.index + anaphor[0].length, anaphor.index + anaphor[0].length + 16)) && !/\bof\s+$/i.test(slice.slice(Math.max(0, anaphor.index - 4), anaphor.index)))) {
    const head = (anaphor[1] ?? anaphor[2])?.toLowerCase() ?? null;
    const earlier = anaphorPlace(doc, facts, sentence, head);
    // (A state or province is named once, often far above: no distance limit for it.)
    if (earlier && (sentence.start - earlier.end < 600 || (head && REGION_NOUN.test(head)))) return asPlace(earlier);
  }
  // The town the sentence that set the scene just before names first ("shelled al-Bab, in the suburbs of Aleppo"):
  // a place the gazetteer knows, finer than a province, so a street or a country leaves the report's focus in charge.
  // (Not for a tally of months: the scene of one day is not where all of it happened.)
  // ("Key numbers (Sindh province) ⏎ • 621 people killed since 14 June": a list's heading places its items.)
  const headed = listHeadingPlace(doc, facts, sentence);
  if (headed) return asPlace(headed);
  // ("Weekly digest, 12-18 February ¶ Mali: … in Ogossagou ¶ Burkina Faso: … ¶ Total for the week: 17 killed": a
  // digest's total is the whole area's, the place its heading names, not the last or first item's village.)
  if (PERIOD_TOTAL.test(slice) && headingPeriod(doc)) {
    const lineEnd = text.indexOf("\n");
    const area = facts.places.find((e) => e.end <= lineEnd && e.lat != null);
    return area ? asPlace(area) : null;
  }
  // (A count of hundreds of thousands is no town's that the figure before was counted in: "A strike in Khan Younis killed
  // four. Between 1.7 million and 1.9 million people have been displaced".)
  const large = (n.value ?? n.low ?? 0) >= 100_000;
  const town = sceneTownBefore(doc, facts, sentence, time) ?? (large ? null : townOfFigureBefore(doc, facts, sentence, time)) ?? countryOfFigureBefore(doc, facts, sentence) ?? paragraphScene(doc, facts, sentence, time);
  // ("Kyiv said 12 were killed near Bakhmut. Baku said two Azerbaijani soldiers were killed": another government telling
  // of its own people carries no place of a country the voices before were not speaking from.)
  const ownSide = sideOfVoice(doc, facts, sentence, n);
  if (town && !otherGovernmentsPlace(doc, facts, ownSide, town)) return asPlace(town);
  if (town) return null;
  if (careTown) return asPlace(careTown);
  if (!focus || voicedPlace(facts, focus)) return null;
  if (otherGovernmentsPlace(doc, facts, ownSide, focus)) return null;
  // ("The army killed six fighters. A soldier wounded near Marwahin died, the army said": a town first named later, in a
  // sentence telling a toll of its own, is that toll's; "The attack happened in Marwahin" still points back.)
  if (namedFirstWithOwnToll(doc, facts, sentence, focus)) return null;
  // ("KYIV - The General Staff said 900 invaders were eliminated over the past day": a command's tally of the whole front,
  // issued in the capital of the dateline; that city, named nowhere else, is no scene of it.)
  if (MILITARY_COMMAND.test(text.slice(sentence.start, sentence.end)) && facts.isDateline(focus) && !facts.places.some((e) => !facts.isDateline(e) && facts.placeKey(e) === facts.placeKey(focus))) return null;
  // ("38 people were killed across the Strip", "nationwide": a figure of the whole country, as a tally is.)
  // ("More than 4.5 million Yemenis remain displaced": a count of hundreds of thousands is no town's.)
  const tally = runningTally(doc, time) || NATIONAL_SCOPE.test(text.slice(sentence.start, sentence.end)) || (n.value ?? n.low ?? 0) >= 100_000;
  // "As of Tuesday, more than 780 people had been killed … since Feb. 1": a tally of months names no place of its own,
  // and is the country's rather than the town's or the state's a report is about.
  // (A focus the gazetteer cannot place, "Thamin Chan Village", lies where the report's first placed town or region does.)
  const located = tally && focus.precision !== "country" ? (focus.lat != null ? focus : facts.places.find((e) => e.lat != null && e.precision !== "country" && e.precision !== "region" && !facts.isDateline(e))) : undefined;
  if (located) {
    // (A country of territories apart, the Palestinian territories: the territory the report's town lies in.)
    const territory = territoryAround(located);
    if (territory) return territory;
    const country = facts.places.find((e) => e.precision === "country" && e.lat != null && sameCountry(e, located));
    if (country) return asPlace(country);
    // (A report that never names its country, "Sagaing Region's Kani Township", still lies in one.)
    const around = countryOfPoint(located.lat!, located.lon!);
    const hit = around ? geocode(around, { fuzzy: false }) : null;
    if (hit && hit.precision === "country") return { name: hit.name, lat: hit.lat, lon: hit.lon, precision: "country" };
  }
  // ("Since October, around 60,000 have been evacuated", in a report about a village the map lacks: a tally of months
  // is no village's, and with no country to give it, none.)
  if (tally && !located && focus.lat == null && focus.precision !== "country" && focus.precision !== "region" && focus.precision !== "province") return null;
  // "A cholera outbreak in Malawi … Fourteen deaths were recorded on Sunday. ¶ In Blantyre, hospitals were overwhelmed":
  // a town first named in a later paragraph is not where an earlier figure was counted; its country, named by then, is.
  if (focus.precision === "city" || focus.precision === "village") {
    const key = facts.placeKey(focus);
    const first = facts.places.find((e) => facts.placeKey(e) === key && !facts.isDateline(e));
    if (first && first.start > sentence.end && /\n/.test(text.slice(sentence.end, first.start))) {
      const country = facts.places.find((e) => e.precision === "country" && e.lat != null && e.end <= sentence.end && !facts.isDateline(e) && sameCountry(e, focus) && !neighbourBefore(text, e.start));
      if (country) return asPlace(country);
    }
  }
  return asPlace(focus);
}

/** "on the Bocaranga-Koui axis", "along the Komanda-Mambasa road": a route named by the towns at its ends. */
const OWN_ROUTE = /\b(?:on|along)\s+the\s+[\p{Lu}][\p{L}'’]+(?:-[\p{Lu}][\p{L}'’]+)+\s+(?:axis|road|highway|route|corridor)\b/u;
const OFF_THE_COAST = /\boff\s+(?:the\s+(?:coast|coastline|shores?)\s+of\s+)?(?:(?:north|south|east|west)[\w-]*\s+)?$/i;
const IN_THE_COUNTRY_AFTER = /^\s+(?:[\w-]+\s+){0,2}?(?:in|across|throughout)\s+the\s+country\b(?!['’])/i;
/** The country a report is about: one it names outside its dateline, else the one its focus lies in. */
function reportCountry(facts: ReportFacts, focus: EntityMention | null): ClaimPlace | null {
  const named = facts.places.filter((e) => e.precision === "country" && e.lat != null && !facts.isDateline(e));
  const own = focus && focus.lat != null ? named.find((e) => sameCountry(e, focus)) : named[0];
  if (own) return asPlace(own);
  const inside = focus && focus.lat != null && focus.lon != null ? countryOfPoint(focus.lat, focus.lon) : null;
  const code = inside ? countryCodeOf(inside) : null;
  const whole = code ? geocode(countryName(code), { fuzzy: false }) : null;
  return whole && whole.precision === "country" ? { name: whole.name, lat: whole.lat, lon: whole.lon, precision: "country" } : null;
}
const SIDE_OPENER = /^\s*(?:On|on) the ([\p{Lu}][\p{L}-]+) side\b/u;
const ATTACK_FROM = /\b(?:attacks?|strikes?|fire|rockets?|missiles?|drones?|shelling|shells|mortars?|barrages?)\s+(?:(?:launched|fired|coming)\s+)?from\s+(?:the\s+)?(?:[\w-]+\s+)?$/i;

/** Whole months between two ISO dates, roughly (by calendar month numbers). */
function monthsApart(from: string, to: string): number {
  return (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
}

/** "In the southern Kherson region, shelling killed a man and wounded his wife": a place that opens the sentence sets
 * the scene for every figure in it. */
/**
 * How many places of a chain come right before this one, each inside the next: "in Al-Hanitah in Al-Saan countryside
 * in Sallamiyyah area in Hama countryside" gives Hama 3 (the finest place of a chain is where things happened).
 */
function containerDepth(text: string, places: EntityMention[], p: EntityMention): number {
  let depth = 0;
  for (let i = places.indexOf(p); i > 0 && CHAIN_LINK.test(text.slice(places[i - 1]!.end, places[i]!.start)); i--) depth++;
  return depth;
}
// ("in Pinewood district of Lakeland": a district then "of" its town or state is within it too.)
// ("in Jamundi, in neighbouring Valle del Cauca": the province of the town, set off by a comma, is a link too.)
const CHAIN_LINK = /^(?:\s+(?:village|town|city|area|district|countryside|province|governorate|region|camp|neighbou?rhood|territory|county|municipality|state))?(?:\s*,\s*|,?\s+in\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|rural|neighbou?ring)\s+)?)$|^\s+(?:district|sub-?district|tehsil|taluka)\s+of\s+(?:the\s+)?$/i;

/**
 * The place "the camp", "the town", "there" points back to: the place the text called by the same noun ("the Al Hol
 * camp" … "the camp"), else the nearest earlier place of the noun's size ("within the city" after "El Fasher, North
 * Darfur" is El Fasher; "the plant" after "the Azovstal steelworks in Mariupol" is the site, not the town), else the
 * nearest earlier place. "In the state" after "CULIACÁN, Sinaloa" is the province-sized place, a dateline's too, or none.
 */
function anaphorPlace(doc: AnnotatedDoc, facts: ReportFacts, sentence: Span, head: string | null): EntityMention | undefined {
  const text = doc.text;
  // (Not a neighbour named in passing: "Lewiston and neighbouring Lisbon".)
  const before = facts.places.filter((e) => e.end <= sentence.start && e.precision !== "country" && !stateAfterTown(e) && !neighbourBefore(text, e.start)).reverse();
  if (!head) return before[0];
  // ("…in Jamundi, in neighbouring Valle del Cauca. 35 were killed in the region": a region is no town; the province
  // named before, a neighbouring one too, else none.)
  if (head === "region") return facts.places.filter((e) => e.end <= sentence.start && (e.precision === "province" || e.precision === "region")).pop();
  const province = REGION_NOUN.test(head) ? before.find((e) => e.precision === "province" || e.precision === "region") : undefined;
  if (province || head === "state") return province;
  const calls = placeNounPatterns(head);
  return before.find((e) => calls.after.test(text.slice(e.end, e.end + 12)) || calls.before.test(text.slice(Math.max(0, e.start - 20), e.start)) || (e.canonical || e.text).toLowerCase().includes(head)) ??
    placeBesideNoun(doc, facts, head, sentence.start) ??
    (TOWN_NOUN.test(head) ? before.find((e) => (e.precision === "city" || (head !== "city" && e.precision === "village")) && !facts.isDateline(e)) : undefined) ??
    (FACILITY_NOUN.test(head) ? before.find((e) => e.precision == null && !facts.isDateline(e) && !STREET_NAME.test(e.text)) : undefined) ??
    before[0];
}
const SPEAKS_AFTER = /^\s+(?:said|says|told|reported|added|confirmed|announced|stated)\b/;
/** "the camp", "the town", "there"; "in the state" names a place, "the state news agency" or "the state's attorney" do not. */
const ANAPHOR = /\b(?:the (camp|town|village|city|area|enclave|pocket|district|province|region|site|hospital|plant|factory|compound|base)|the (state)(?=\s*[.,;:]|\s+(?:since|this|last|so|alone|and|during|over|in|on|from|to|as|for|with|has|have|had|was|were|is)\b)|there)\b/i;

/** "Aurora, Colo.": an agency's abbreviation of a US state, which only qualifies the town before it. */
function stateAfterTown(e: EntityMention): boolean {
  return e.precision === "province" && US_STATE_ABBREVIATIONS.has(e.text);
}

/**
 * "the Gaza health ministry's toll of more than 43,000": an organisation owning the toll gives the figure, where no one
 * is said to speak.
 */
function tollOwner(doc: AnnotatedDoc, sentence: Span, n: NumberMention): Claim["source"] {
  const before = doc.text.slice(Math.max(sentence.start, n.start - 40), n.start);
  const owned = OWNED_TOLL.exec(before);
  if (!owned) return null;
  const at = n.start - before.length + owned.index;
  const owner = doc.entities.find((e) => e.type === "org" && e.end === at);
  if (owner) {
    const name = owner.canonical || owner.text;
    return { name, org: name, text: doc.text.slice(owner.start, n.start).trim() };
  }
  // ("the Gaza health ministry's toll": a body named by a common noun, its place before it.)
  const body = OWNING_BODY.exec(doc.text.slice(Math.max(sentence.start, at - 50), at));
  return body ? { name: body[1]!, org: null, text: doc.text.slice(at - body[0].length + body[0].indexOf(body[1]!), n.start).trim() } : null;
}
const OWNING_BODY = /\b((?:the\s+)?(?:[\p{Lu}][\p{L}-]*\s+){0,3}(?:[\p{Ll}]+\s+)?(?:ministry|office|agency|army|military|government|authorities|observatory|monitor|committee|council|service|department))$/u;
const OWNED_TOLL = /['’]s\s+(?:(?:latest|own|official|updated|new|overall|total|cumulative)\s+)?(?:death\s+)?(?:toll|tally|count|figures?|estimate)\s+(?:of|at|stands at|now stands at|rose to|has risen to|reached|has reached|climbed to)\s+$/i;

/** "300 fled across the Euphrates", "crossed the border into": a place crossed, a route rather than a scene. */
function crossedPlace(text: string, e: Span, into = false): boolean {
  const before = text.slice(Math.max(0, e.start - 60), e.start);
  // ("killed trying to cross the river into Tanzania": for those who did not get there, where the crossing led is the
  // route's end; arrivals are still counted where they crossed into.)
  return before.includes("cross") && (CROSSED_BEFORE.test(before) || (into && CROSSED_INTO.test(before)));
}
const CROSSED_INTO = /\bcross(?:ed|es|ing)?\s+(?:the\s+)?[^.;,]{1,40}?\s+into\s+(?:the\s+)?$/i;
const CROSSED_BEFORE = /\b(?:cross(?:ed|es|ing)?|(?:fled|flee|flees|fleeing|escaped|swam|waded|ran|walked|moved|poured|went|came)\s+(?:back\s+)?across)\s+(?:the\s+)?$/i;

/** "health facilities in Bahir Dar had received 180 wounded": the town of hospitals that took in the hurt. */
function receivingHospitalTown(text: string, e: Span): boolean {
  // (Asked of every place: first the word HOSPITALS_IN_BEFORE ends with, looked at without making a string.)
  if (wordBeforeSpace(text, e.start, HOSPITALS_IN_LAST_WORDS) < 0) return false;
  const after = text.slice(e.end, e.end + 40);
  return RECEIVED_AFTER.test(after) && HOSPITALS_IN_BEFORE.test(text.slice(Math.max(0, e.start - 50), e.start));
}
const HOSPITALS_IN_LAST_WORDS = ["in", "the", "of"];
const HOSPITALS_IN_BEFORE = /\b(?:hospitals?|clinics?|(?:health|medical) (?:facilit(?:y|ies)|cent(?:er|re)s?))\s+in\s+(?:the\s+)?(?:(?:city|town) of\s+)?$/i;
const ONE_HOSPITAL_IN_BEFORE = /\b(?:hospital|clinic|(?:health|medical) (?:facility|cent(?:er|re)))\s+in\s+(?:the\s+)?(?:(?:city|town) of\s+)?$/i;
const RECEIVED_AFTER = /^\s+(?:(?:had|has|have)\s+(?:so far\s+|already\s+)?)?(?:received|admitted|treated|taken in|took in)\b/i;

/** The country of the government a sentence's voice is, when it tells of its own people ("Baku said two Azerbaijani soldiers"). */
function sideOfVoice(doc: AnnotatedDoc, facts: ReportFacts, sentence: Span, n: NumberMention): string | null {
  const voice = facts.places.find((e) => e.start >= sentence.start && e.end <= sentence.end && ownsTheVoice(facts, e));
  const country = voice ? countryOfMention(voice) : null;
  if (!country) return null;
  const words = doc.text.slice(n.start, Math.max(n.end, n.nounEnd)).match(/[\p{Lu}][\p{L}-]+/gu) ?? [];
  return words.some((w) => countryCodeOf(w) === country) ? country : null;
}

/**
 * A place carried from elsewhere that lies outside the country `side`, where each sentence naming it has a voice of
 * another government: what one government said of one place is no scene for what another says of its own people.
 */
function otherGovernmentsPlace(doc: AnnotatedDoc, facts: ReportFacts, side: string | null, p: EntityMention): boolean {
  if (!side || p.lat == null) return false;
  const country = countryOfMention(p);
  if (!country || country === side) return false;
  const key = facts.placeKey(p);
  return facts.places.every((q) => {
    if (facts.placeKey(q) !== key) return true;
    const s = doc.sentences.find((x) => x.start <= q.start && q.end <= x.end);
    const other = s ? governmentVoiceOf(facts, s) : null;
    return !!other && other !== side;
  });
}
/** The country of a capital or country that is the whole speaker of a sentence ("Kyiv said", taken for a person or not). */
function governmentVoiceOf(facts: ReportFacts, s: Span): string | null {
  for (const a of facts.speakerFirst) {
    if (a.start < s.start || a.verbStart! > s.end) continue;
    const name = facts.text.slice(a.start, a.verbStart!).trim();
    if (!/^[\p{Lu}][\p{L}-]+$/u.test(name)) continue;
    const hit = geocode(name, { fuzzy: false });
    if (hit && (hit.precision === "country" || hit.precision === "city")) return hit.country ?? null;
  }
  return null;
}

/**
 * A report's focus first named past the figure's sentence, in a sentence telling a toll of its own that does not point
 * back to an event ("The attack happened …", "of them"): that toll's place, not this one's.
 */
function namedFirstWithOwnToll(doc: AnnotatedDoc, facts: ReportFacts, sentence: Span, focus: EntityMention): boolean {
  const key = facts.placeKey(focus);
  const first = facts.places.find((e) => facts.placeKey(e) === key && !facts.isDateline(e));
  if (!first || first.start < sentence.end) return false;
  const s = doc.sentences.find((x) => x.start <= first.start && first.end <= x.end);
  if (!s) return false;
  const said = doc.text.slice(s.start, s.end);
  if (!OWN_TOLL.test(said) || EVENT_AGAIN.test(said) || POINTS_BACK.test(said)) return false;
  // (Only between two voiced reports, the later naming a side the first does not: a lead with no place, "Six killed in
  // clashes", goes on in the next sentence's town.)
  const voiced = (x: Span) => doc.attributions.some((a) => a.start >= x.start && a.end <= x.end);
  if (!voiced(sentence) || !voiced(s)) return false;
  const sides = sidesNamed(doc.text.slice(sentence.start, sentence.end));
  return [...sidesNamed(said)].some((c) => !sides.has(c));
}
/** The countries a stretch names by a capitalised name or people's word ("Lebanese", "Israel"). */
function sidesNamed(stretch: string): Set<string> {
  const found = new Set<string>();
  for (const w of stretch.match(/[\p{Lu}][\p{L}-]+/gu) ?? []) {
    const c = countryCodeOf(w);
    if (c) found.add(c);
  }
  return found;
}
const OWN_TOLL = /\b(?:killed|wounded|injured|died|dies|succumbed|dead)\b/i;
const POINTS_BACK = /\b(?:of (?:them|those|whom)|among them|the (?:dead|victims|wounded|injured|casualties))\b/i;

/** A running total: months long, and running up to about the report's day. */
function runningTally(doc: AnnotatedDoc, time: ClaimTime | null): boolean {
  const published = doc.meta.published;
  return !!time && !!published && monthsApart(time.start, time.end) >= 3 && monthsApart(time.end, published) <= 0;
}

function sceneOpener(text: string, sentence: Span, p: EntityMention): boolean {
  // ("Kandahar: 6 killed, 2 wounded": a place labelling the line opens it, for each figure on it.)
  if (p.start === sentence.start && /^\s*(?::|[—–]\s)/.test(text.slice(p.end, p.end + 3))) return true;
  return SCENE_OPENER.test(text.slice(sentence.start, p.start)) && /^[^,;.]{0,24},/.test(text.slice(p.end, p.end + 26));
}
/** Nouns that point back to a place: "the town", "the plant", "in the state"; and names that place nothing. */
const TOWN_NOUN = /^(?:town|village|city)$/;
// ("…, said Jane Doe, the agency's field coordinator in Chad": the country of a speaker's post, in the title set off
// after the name, is where the speaker serves.)
const TITLE_IN_AFTER_VOICE = /^,\s*(?:[\w'’.-]+\s+){0,6}?(?:coordinator|director|head|chief|representative|spokes(?:man|woman|person)|officer|manager|official|envoy|minister|commander|ambassador|chair(?:man|woman|person)?|president)\s+(?:in|for)\s+(?:the\s+)?$/i;
// ("treated at the General Hospital, Kano": a hospital's town after its name, where the hurt are cared for.)
/**
 * Whether a comma stands right before `end`, past spaces only: what a pattern ending in ",\s*$" needs, tested before
 * such a pattern is tried at every offset.
 */
function commaBefore(text: string, end: number): boolean {
  let k = end;
  while (k > 0 && isSpaceCode(text.charCodeAt(k - 1))) k--;
  return text.charCodeAt(k - 1) === 44;
}
const FROM_OR_OF = ["from", "of"];
const HOSPITAL_COMMA_BEFORE = /\b(?:hospital|clinic|infirmary|medical (?:centre|center|complex))\s*,\s*$/i;
const HOSPITAL_NAME = /\b(?:hospital|medical complex|medical cent(?:er|re)|infirmary)$/i;
// (Gates for the patterns that read the words before a place, which choosePlace runs on every place of every figure's
// sentence: each pattern below must end with one of the words its list names, before the spaces up to the place, so a
// place without one is passed over at the cost of a few character tests.)
const IN_WORD = ["in"];
const ROUTE_END_LAST_WORDS = ["to", "for", "toward", "towards", "from", "the"];
const ORIGIN_LAST_WORDS = ["from", "the"];
/**
 * TAKEN_TO_HOSPITAL_IN over text[from, end): its first branch ends "hospital in" or "clinic in nearby" (or a "centre"),
 * the others need their verb. ("in" alone stands before most places.)
 */
const NEARBY_WORD = ["nearby"];
const CARE_PLACE_WORDS = ["hospital", "hospitals", "clinic", "clinics", "center", "centers", "centre", "centres"];
const ASHORE_OR_LANDED = /ashore|disembarked|landed/i;
function takenToHospitalIn(text: string, from: number, end: number): boolean {
  const nearby = wordBeforeSpace(text, end, NEARBY_WORD);
  const inAt = wordBeforeSpace(text, nearby >= 0 ? nearby : end, IN_WORD);
  const before = text.slice(from, end);
  return ((inAt >= 0 && wordBeforeSpace(text, inAt, CARE_PLACE_WORDS) >= 0) || ASHORE_OR_LANDED.test(before)) && TAKEN_TO_HOSPITAL_IN.test(before);
}
/** ATTACK_FROM over text[from, end): it needs "from" (a literal is found far faster than its list of weapons). */
const FROM_WORD = /from/i;
function attackFrom(text: string, from: number, end: number): boolean {
  const before = text.slice(from, end);
  return FROM_WORD.test(before) && ATTACK_FROM.test(before);
}
/**
 * NATIONALITY_FROM over text[from, end): it ends with "from", "of" or "the" before spaces, or with a list's ",", "and"
 * or "or" (the comma may touch the place).
 */
const NATIONALITY_LAST_WORDS = ["from", "of", "the", "and", "or"];
function nationalityFrom(text: string, from: number, end: number): boolean {
  let k = end;
  while (k > from && isSpaceCode(text.charCodeAt(k - 1))) k--;
  if (text.charCodeAt(k - 1) !== 44 && wordBeforeSpace(text, end, NATIONALITY_LAST_WORDS) < 0) return false;
  return NATIONALITY_FROM.test(text.slice(from, end));
}
const ROUTE_END_BEFORE = /\b(?:heading|headed|bound|en route|on (?:its|their|the) way|travell?ing|plying)\s+(?:(?:to|for|towards?|from)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]*\s+){1,3}?)?(?:to|for|towards?|from)\s+(?:the\s+)?$/u;
// ("admitted to the Kurunegala teaching hospital": a town naming the hospital the hurt were taken to is not where they
// were hurt.)
const TOWN_HOSPITAL_AFTER = /^\s+(?:(?:teaching|general|district|base|provincial|regional|state|university|city|government|civil|military|national|main|referral|central|children['’]s)\s+){0,2}(?:hospital|clinic|medical (?:college|centre|center))\b/i;
const TAKEN_TO_THE = /\b(?:admitted|taken|rushed|brought|transferred|moved|shifted|airlifted|flown|referred|sent|evacuated)\s+to\s+the\s+$/i;
const LOCALITY_NAME = new RegExp(`^(?:${[...LOCALITY_PREFIXES].join("|")})\\s`, "i");
const TALKS_BETWEEN = /\b(?:talks|negotiations|deal|agreement|accord|ties|relations|dialogue|summit|meeting|tensions|exchange|exchanges|swap|swaps)\s+(?:between|with)\s+(?:[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)?\s+and\s+)?$/iu;
const TALKS_BETWEEN_LAST_WORDS = ["between", "with", "and"];
const FROM_BEFORE = /\bfrom\s+(?:the\s+)?(?:neighbou?ring\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western)(?:-?(?:east|west)(?:ern)?)?\s+)?$/i;
const FROM_LIST_BEFORE = /\bfrom\s+(?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,3}(?:,\s+[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,3})*,?\s+(?:and|or)\s+(?:the\s+)?$/u;
/** A removal by someone else just before its figure ("deported", "expelled", "pushed back", "forcibly returned"). */
const REMOVED_BEFORE = /\b(?:deport(?:ed|s)?|expell?(?:ed|s)?|pushed back|returned)\s+(?:[\w-]+\s+){0,3}$/i;
/** "… forcibly returned 60 migrants to Turkey": place e is where the people of figure n were removed to. */
function removedTo(text: string, sentence: Span, n: NumberMention, e: EntityMention): boolean {
  return e.start >= n.end && /\bto\s+$/i.test(text.slice(Math.max(n.end, e.start - 4), e.start)) && REMOVED_BEFORE.test(text.slice(Math.max(sentence.start, n.start - 60), n.start));
}
/** "Greek coast guards …": a nation's adjective before the body that does the removing. */
const REMOVER_NATION = /\b([\p{Lu}][\p{Ll}]+)\s+(?:coast\s*guards?|police|authorities|border\s+(?:guards?|police)|security\s+forces|forces|troops|navy|officials|government)\b/u;
const BORDER_WITH = /\b(?:borders?\s+with|bordering)\s+(?:the\s+)?$/i;
/** A place named as where something happened: "in Kulgam", "inside his branch in Kulgam", "near Djibo". */
const SCENE_BEFORE = /\b(?:in|at|inside|near|outside)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;
/** Someone described by where they come from: "a bank manager from", "migrant workers hailing from". */
const ORIGIN_BEFORE = /\b(?:man|woman|boy|girl|manager|worker|workers|labou?rers?|teachers?|natives?|migrants?|refugees?|pilgrims?|tourists?|nationals?|citizens?|traders?|students?|truckers?|drivers?|family|families)\s+(?:(?:originally|hailing)\s+)?from\s+(?:the\s+)?$/i;
/** "Kashmir's ": a place owning the next one ("Jammu and Kashmir's Kupwara district", "Sudan's El Gezira state"). */
// ("Ituri province's Djugu territory": the owner may be named with its kind.)
const POSSESSED = /^(?:\s+(?:province|state|region|governorate|county|district))?['’]s\s+(?:(?:northern|southern|eastern|western|central|north|south|east|west)\s+)?$/i;
/** The owner's side, which may be a pair of names: "Jammu and Kashmir's ". */
const OWNS_NEXT = /^(?:\s+and\s+[\p{L}-]+(?:\s+[\p{L}-]+)?|\s+(?:province|state|region|governorate|county|district))?['’]s\s+(?:(?:northern|southern|eastern|western|central|north|south|east|west)\s+)?$/iu;
const FACILITY_NOUN = /^(?:plant|factory|compound|base|site)$/;
const REGION_NOUN = /^(?:state|province)$/;
const STREET_NAME = /\b(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Boulevard|Blvd|Lane|Ln|Way|Court|Place|Highway|Hwy|Block|Motorway|Freeway|Expressway|Crescent|Terrace)\.?$/;
// (Nor where survivors were landed: "after being brought ashore on the Italian island of Lampedusa".)
const TAKEN_TO_HOSPITAL_IN = /\b(?:taken|rushed|flown|airlifted|transported|brought|transferred|driven|evacuated|shifted|moved|referred|admitted)\s+(?:(?:him|her|them)\s+)?to\s+(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,3}(?:hospitals?|clinics?|medical cent(?:er|re)s?|trauma cent(?:er|re)s?)\s+in\s+(?:nearby\s+)?$|\b(?:brought|taken|came)\s+ashore\s+(?:on|at|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:(?:island|port|town|city|coast)\s+of\s+)?$|\b(?:disembarked|landed)\s+(?:on|at|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:(?:island|port|town|city)\s+of\s+)?$/i;
/** "the island nation", "the Himalayan country": a country named by what it is. */
const COUNTRY_NOUN = String.raw`(?:island |Himalayan |Gulf |Balkan |Caribbean |Andean |Central Asian |Horn of Africa |landlocked |war-torn |impoverished |oil-rich |Alpine |Baltic |Arab |African |Asian |West African |East African |Central American |South American |Pacific |Indian Ocean |Mediterranean |North African )?(?:country|nation)`;
const NATION_SCOPE = new RegExp(String.raw`\b(?:in|across|throughout|around|all over) the (?:whole |entire )?${COUNTRY_NOUN}\b(?!['’])|\b[Nn]ationwide\b|\b[Cc]ountrywide\b`);
const SINCE_WHEN = /\bsince\s+[^;.]{1,40}?,\s+when\s+[^,;.]*$/i;
const THE_COUNTRY = new RegExp(String.raw`\b[Tt]he ${COUNTRY_NOUN}\b(?!\s+(?:music|club|house|road|'s\s+(?:capital|president|government)))|\b[Nn]ationwide\b|\b[Cc]ountrywide\b`);
const ANOTHER_EVENT_OPENER = /^\s*(?:Separately|Elsewhere|In (?:a|another) (?:separate|unrelated) (?:[\w-]+\s+){0,2}?(?:incident|development|attack|case|statement|clash|operation)),/;
// ("In a separate clash in Sumy, …": the event the sentence opens with, and where.)
const SCENE_OPENER = /^\s*(?:(?:Meanwhile|Elsewhere|Separately|Earlier|Later),\s+(?:in|at|near|across|around|outside|inside)|(?:In|During)\s+(?:a|an|another)\s+(?:[\w-]+\s+){1,3}(?:in|at|near)|In|At|Near|Across|Around|Outside|Inside)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}$/;

/** The words DISTANCE_FROM, tried at every offset, can end with before the spaces up to the place. */
const DISTANCE_FROM_LAST_WORDS = ["of", "from", "the", "city", "town", "capital"];
const DISTANCE_FROM = /\b(?:km|kms|kilometres|kilometers|miles)\s+(?:\([^)]{1,20}\)\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?(?:of|from)\s+(?:the\s+)?(?:(?:city|town|capital)\s+(?:of\s+)?)?$/i;
/**
 * "shelling killed two civilians there overnight and wounded five": one clause's second verb shares its place
 * (also past a part of the first figure: "killed nine people, including a 3-year-old girl, and injured 32"); so does
 * "leaving four attackers dead and one soldier wounded", and a toll's hurt told after it, "rose to 2,862 on Tuesday, with
 * 2,562 people injured".
 */
const SHARED_PREDICATE = /^(?:\s*,\s*(?:including|among\s+them|among\s+whom|most\s+of\s+them)\b[^.;:,]{1,60},)?,?[^.;,:]{0,40}\band\s+(?:\w+ly\s+)?\w+(?:ed|ing)\s+$|^\s+(?:(?:were|was|have been|had been|are)\s+)?(?:dead|killed|wounded|injured|hurt)\s+and\s+$|^[^.;,:]{0,30},\s+with\s+$/i;
const LEFT_THE_TOWN = /\b(?:fled|left|escaped|abandoned|evacuated(?:\s+from)?|fled\s+from)\s+(?:the\s+(?:town|city|village|camp|area|district|region|enclave)|(?:their|his|her)\s+homes?)\b/i;
const DESTINATION = /\b(?:to|towards?|into)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}$/i;

/** A turn to another clause that carries its own figure and place ("…, while", "…, but", ";"); "where" adds to the place. */
// (Or a bare "and" right before the next figure: "Four people were wounded in Kharkiv and one person died in Kyiv".)
// (", according to OCHA, and around 9,000 crossed": a comma and "and" right before the next figure turn the clause too.)
// (Words written small must stand in between: ", Yangon, and three of them" lists a place.)
const CLAUSE_TURN_WORDS = /^[^.;]*?(?:;|,\s*(?:while|whereas|but|with)\b)|^,?\s+and\s+$/i;
const AND_CLAUSE_TURN = /^[^.;]*\b[a-z]{3,}\b[^.;]*,\s*and\s+(?:(?:about|around|some|nearly|almost|more than|over|at least|an estimated|another|a further|up to)\s+)?$/;
const CLAUSE_TURN = { test: (between: string) => CLAUSE_TURN_WORDS.test(between) || AND_CLAUSE_TURN.test(between) };

/**
 * "the Azovstal steel plant in Mariupol" … "the plant": when no place is called by the noun, the place named in the
 * sentence where the noun last stood before (nearest to it).
 */
function placeBesideNoun(doc: AnnotatedDoc, facts: ReportFacts, head: string, before: number): EntityMention | undefined {
  const noun = new RegExp(`\\b${head}\\b`, "gi");
  let at = -1;
  const earlierText = doc.text.slice(0, before);
  for (let m = noun.exec(earlierText); m; m = noun.exec(earlierText)) at = m.index;
  if (at < 0) return undefined;
  const sentence = doc.sentences.find((s) => s.start <= at && at < s.end);
  if (!sentence) return undefined;
  let best: EntityMention | undefined;
  for (const e of facts.places) {
    if (e.start < sentence.start || e.end > sentence.end || e.precision === "country" || facts.isDateline(e)) continue;
    if (!best || Math.abs(e.start - at) < Math.abs(best.start - at)) best = e;
  }
  return best;
}

/** "the Al Hol camp" (the noun after the name) and "the camp of Al Hol" (before it), compiled once per noun. */
const PLACE_NOUN_PATTERNS = new Map<string, { after: RegExp; before: RegExp }>();
function placeNounPatterns(head: string): { after: RegExp; before: RegExp } {
  let patterns = PLACE_NOUN_PATTERNS.get(head);
  if (!patterns) PLACE_NOUN_PATTERNS.set(head, (patterns = { after: new RegExp(`^\\W*${head}\\b`, "i"), before: new RegExp(`\\b${head}\\s+(?:of\\s+)?$`, "i") }));
  return patterns;
}

/** Whether two places lie in one country ("southern Israel" is not the Gaza a report is about); unknown counts as yes. */
function sameCountry(country: EntityMention, place: EntityMention): boolean {
  if (place.lat == null || place.lon == null) return true;
  // A country's own point may sit on a border, so the country is compared by name with the one the place lies in.
  const theirs = countryOfPoint(place.lat, place.lon);
  const a = countryCodeOf(country.canonical || country.text);
  // (The borders are coarse: a coastal city such as Beirut may fall outside every outline; the gazetteer then says.)
  const b = theirs ? countryCodeOf(theirs) : (geocode(place.canonical || place.text, { fuzzy: false })?.country ?? null);
  return !a || !b || a === b;
}

/** The report's focus named at least twice outside a dateline: the town a report is about, not one it passes through. */
function mentionedTwice(facts: ReportFacts, focus: EntityMention): boolean {
  // Spelling variants share coordinates ("Baghouz", "Baghuz"), as in focusPlace.
  const mine = facts.placeKey(focus);
  return facts.places.filter((e) => facts.placeKey(e) === mine && !facts.isDateline(e)).length >= 2;
}

const LIST_ITEM_BEFORE = /(?:^|\n)\s*(?:[-*•–—]|\d{1,2}[.)])\s+$/;
/** What follows a dateline's place: "KADUGLI, Sudan, June 12 (Wire) -", "GOMA (AP) —", "BAGHOUZ, Syria:". */
// (", Syria", ", June 11, 2019", ", 14 May 2024": the state, country and date a dateline may carry before its dash.)
// ("BAKU, 14 March. /Trend/ -": TASS and Trend put the agency between slashes after the date's full stop.)
const DATELINE_AFTER = /^(?:,\s*(?:[A-Z][\w. ]{1,40}|\d{1,2}(?: [A-Z][a-z]{2,8}\.?)?(?: \d{4})?|\d{4})){0,3}\s*(?:[:—–]|\s-{1,2}\s|\s*\([^()\n]{1,24}\)|\.?\s*\/[A-Z][A-Za-z-]{1,20}\/)/;

/**
 * "the earthquakes in Turkey and Syria killed more than 41,000": a figure for two countries named together belongs to
 * neither alone; it is placed in both, by name, with no one point to map.
 */
/**
 * How the country `countries[k]` is joined to the next: as an item of a list, as the pair's "and", or not. (A module
 * function, not a closure made per claim: under tsx each named closure also costs a call that names it.)
 */
function joinAfter(facts: ReportFacts, countries: EntityMention[], k: number): "list" | "pair" | null {
  const [a, b] = [countries[k]!, countries[k + 1]!];
  if (!b || facts.placeKey(a) === facts.placeKey(b)) return null;
  const between = facts.text.slice(a.end, b.start);
  return COUNTRY_LIST.test(between) ? "list" : COUNTRY_PAIR.test(between) ? "pair" : null;
}

function bothCountries(facts: ReportFacts, best: EntityMention, places: EntityMention[]): ClaimPlace | null {
  if (best.precision !== "country") return null;
  // The countries listed with it ("Mali, Burkina Faso and Niger"): joined by commas, the last by "and".
  const countries = places.filter((e) => e.precision === "country").sort((x, y) => x.start - y.start);
  const at = countries.indexOf(best);
  const closesList = at > 0 && joinAfter(facts, countries, at - 1) === "pair"; // "… and Syria": it is the last of the list
  let first = closesList ? at - 1 : at;
  let last = at;
  while (first > 0 && joinAfter(facts, countries, first - 1) === "list") first--;
  if (!closesList) {
    while (joinAfter(facts, countries, last) === "list") last++;
    if (joinAfter(facts, countries, last) === "pair") last++;
  }
  if (first === last) return null;
  // ("a shootout between border guards of Eastland and Westland": the list says whose forces fought, not where.)
  if (FORCES_OF_BEFORE.test(facts.text.slice(Math.max(0, countries[first]!.start - 30), countries[first]!.start))) return null;
  const names = countries.slice(first, last + 1).map((e) => e.canonical || e.text);
  return { name: `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`, lat: null, lon: null, precision: null };
}
const FORCES_OF_BEFORE = /\b(?:guards|forces|troops|armies|militaries|soldiers)\s+of\s+(?:the\s+)?$/i;
const COUNTRY_PAIR = /^\s+(?:and|&)\s+(?:in\s+)?(?:(?:northern|southern|eastern|western|northwest|northeast|southwest|southeast|neighbou?ring)\s+)?$/i;
/** A comma between countries of one list: "Mali, Burkina Faso and Niger". */
const COUNTRY_LIST = /^,\s+(?:and\s+)?$/i;

function asPlace(e: EntityMention): ClaimPlace {
  return { name: e.canonical || e.text, lat: e.lat ?? null, lon: e.lon ?? null, precision: e.precision ?? null };
}

/** "(Of the 900 people) infected with cholera, about half": the sick, told as the whole a share is taken of. */
const SICK_WHOLE_AFTER = /^\s+(?:who\s+(?:were|have\s+been|had\s+been)\s+)?(?:infected|sickened|affected|diagnosed|hospitali[sz]ed|admitted|treated|fell\s+ill|taken\s+ill)(?:\s+(?:with|by|in|at|since|from)\s+[^,;.:]{1,40})?\s*,\s*(?:\d|some|about|around|nearly|more than|at least|most|all|half|only|roughly|almost|over|two-thirds|one-third|a third|a quarter|three-quarters|a fifth)/i;
/** "Of the 251 hostages …, 111 remain": the words opening a sentence with the whole a share is taken of. */
/** "…, they are: 11 civilians, …": words that open a list of the parts of the figure before. */
const LIST_OPENS = /^\s*[,;—–-]?\s*(?:they are|they were|these are|these were|namely|as follows|broken down as follows)\s*:/i;
/** "Of the 287 pupils abducted …, ": a share's whole, told before it. */
const SHARE_OF_PEOPLE_BEFORE = /(?:^|[.;:]\s*)\W*Of\s+(?:the|those|these)\s+[^,;.]{1,80},\s*$/;
/** LEADING_OF, run only where the capital "Of" it needs is written. */
function leadingOf(before: string): boolean {
  return before.includes("Of") && LEADING_OF.test(before);
}
const LEADING_OF = /(?:^|[.;:]\s*|\n)\s*Of\s+(?:the|its|their|all|[\p{Lu}][\p{L}-]*['’]s)\s+$/u;

/** Care words that say someone is in hospital without saying they were hurt ("were hospitalised", "admitted"). */
const CARE_ONLY = /^(?:hospitali[sz]ed|admitted|(?:remain|remains|remained) hospitali[sz]ed|(?:receiving|received|undergoing|underwent|under) (?:medical |hospital |emergency )?treatment|(?:being )?treated (?:at|in)\b)/i;
/** Words that name a wound, so hospital care beside them is for the hurt ("hospitalised with burns"). */
const WOUND_NAMED = /\b(?:injur|wound|hurt|shot|stabb|burn|blast|explo|bomb|attack|gun|crash|collaps|fractur)/i;
/** ", most for …", ", mainly with …": the share of a caseload whose cause is told next. */
const SICK_SHARE_AFTER = /^[^.;]{0,60}?,\s*(?:most|mostly|many|mainly|largely|the majority|nearly all|almost all|half)(?:\s+of\s+them)?\s+(?:for|with|from|suffering from)\s/i;
/** Attacks that bring the hurt into a hospital, with no wound named ("after a strike", "following shelling"). */
const ATTACK_WORD = /\b(?:strikes?|airstrikes?|air raids?|shelling|shells?|bombing|bombardment|missiles?|drones?|rockets?|mortars?|explosions?|blasts?|fighting|clashes|gunfire|massacre)\b/i;
const AFTER_AN_ATTACK = /^\s+(?:after|following|from)\s+(?:(?:a|an|the|an?\s+\w+|the\s+\w+)\s+)?(?:[\w-]+\s+)?(?:strikes?|airstrikes?|air raids?|shelling|bombing|bombardment|attacks?|explosions?|blasts?|fighting|clashes|massacre)\b/i;
/** Diseases and conditions that put people in hospital without wounding them. */
const ILLNESS = /\b(?:cholera|acute watery diarrho?ea|diarrho?ea|dysentery|heat ?stroke|heat exhaustion|food poisoning|measles|dengue|malaria|typhoid|yellow fever|fever|covid(?:-19)?|coronavirus|influenza|flu|mpox|ebola|hepatitis|meningitis|diphtheria|illness|sickness|dehydration|malnutrition|malnourished|gastroenteritis)\b/i;

/**
 * The words that tell what put a figure's people in hospital: the figure's own noun phrase and its verb phrase,
 * up to the next clause ("Twenty were injured and 30 were treated for heatstroke": not the second clause's illness).
 */
function illnessWindow(text: string, sentence: Span, n: NumberMention, trigger: Span | null | undefined): string {
  const end = Math.max(n.end, n.nounEnd, trigger?.end ?? 0);
  const after = text.slice(end, Math.min(sentence.end, end + 40));
  const clause = /[,;]|\s(?:and|but|while|whereas)\s/.exec(after);
  return text.slice(Math.min(n.start, trigger?.start ?? n.start), end) + (clause ? after.slice(0, clause.index) : after);
}
