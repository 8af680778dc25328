// Attribution stage: finds who the text says gives each statement ("X said", "said X", "according to X",
// "…,” he said") and resolves pronouns and descriptions ("he", "it", "the Observatory", "the
// Britain-based monitor") to the person or organisation the report names.
import type { AnnotatedDoc, Attribution, EntityMention, Span } from "../../../doc/document.ts";
import type { Stage } from "../../stage.ts";
import { tokenize, isCapitalised, type Token } from "../numbers/tokens.ts";
import lexicon from "./speech.lexicon.json" with { type: "json" };
import { countryName, countryOfWord, homeCountry } from "../entities/national-bodies.ts";
import { knownOrg } from "../entities/lexicon.ts";
import { wordBeforeSpace, isSpaceCode } from "../claims/words-before.ts";
import { demonymsOf } from "../../../resolve/geo/countries.ts";
import { countryWordOf } from "../../../resolve/geo/geocode.ts";
import organisations from "../entities/data/organisations.json" with { type: "json" };

const VERBS = new Set(lexicon.verbs.filter((v) => !v.includes(" ")));
const MULTI_VERBS = lexicon.verbs.filter((v) => v.includes(" ")).map((v) => v.split(" "));
const LISTENER_VERBS = new Set(["told", "tells", "tell", "telling", "informed", "informs", "briefed", "briefs", "assured", "assures"]);
/** The verbs of more than one word, by their first word, in lexicon order. */
const MULTI_VERBS_BY_FIRST = new Map<string, string[][]>();
for (const words of MULTI_VERBS) MULTI_VERBS_BY_FIRST.set(words[0]!, [...(MULTI_VERBS_BY_FIRST.get(words[0]!) ?? []), words]);
/**
 * A word's length and first two letters folded into a small number: a word whose shape is not marked cannot be one
 * of the words marked, which is told without hashing the word (most words of a sentence fail this test).
 */
const wordShape = (w: string) => ((w.length & 31) << 10) | ((w.charCodeAt(0) & 31) << 5) | (w.charCodeAt(1) & 31);
/** The shapes of every word a cue may start with; any other word starts none. */
const CUE_START_SHAPES = new Uint8Array(1 << 15);
for (const w of [...VERBS, ...MULTI_VERBS_BY_FIRST.keys(), "according", "citing", "quoting", "put", "puts", "putting", "believed", "believe", "believes", "claimed", "claims", "claiming", "claim", "show", "shows", "showed", "suggest", "suggests", "saw", "witnessed"]) CUE_START_SHAPES[wordShape(w)] = 1;
const PERSON_PRONOUNS = new Set(lexicon.pronouns.person);
const ORG_PRONOUNS = new Set(lexicon.pronouns.org);
const RELEASED_TAIL = /(?<=[\p{L}])\s+(?:released|published|issued|compiled|posted|obtained|seen)$/u;
/** The org pronouns that name a kind of body ("the ministry"), not any organisation ("the group", "it"). */
const KIND_PRONOUN = /^the (ministry|agency|office)$/;
// Without a prototype, so a word like "constructor" is not found in it.
/** Places and offices named for the military that do not speak as it: "Combined Military Hospital", "Military Academy". */
const MILITARY_PLACE = /\b(?:hospital|academy|college|school|court|university|museum|cemetery|prosecutor|tribunal|police)\b/i;
const DESCRIPTORS: Record<string, string[]> = Object.assign(Object.create(null), Object.fromEntries(Object.entries(lexicon.descriptors).filter(([k]) => k !== "about")));

/** Participles that do not end in -ed or -ing, which may open an aside: "A doctor at the hospital, run by MSF, said". */
/** How speakers were heard, in a phrase between them and the verb: "Refugees interviewed at the border said". */
const HEARD_PARTICIPLES = new Set(["interviewed", "contacted", "reached", "quoted", "cited", "speaking", "talking", "questioned", "surveyed", "polled", "consulted", "approached", "visited"]);
const PEOPLE_WHO_SPEAK = /^(?:refugees|migrants|residents|witnesses|informants|respondents|survivors|villagers|locals|evacuees|soldiers|troops|officials|officers|doctors|medics|activists|fishermen|farmers|passengers|relatives|families|parents|students|workers|rescuers|volunteers)$/;
/** Texts that say things, and how they are given out ("The statement, read … by X,"). */
const DOCUMENT_NOUN = /^(?:statement|communiqu[eé]|letter|declaration|message|release)$/;
const GIVEN_OUT = new Set(["read", "signed", "issued", "released", "delivered", "published", "posted"]);
const IRREGULAR_PARTICIPLES = new Set(["run", "held", "known", "built", "kept", "set", "hit", "made", "sent", "brought", "caught", "found", "taken", "given", "seen", "led", "read"]);

/** What a site's name ends with, when a crawled page glues it to the story's first word. */
const SITE_SUFFIX = new Set(["com", "org", "net", "gov", "edu", "tv", "news"]);

/** Words that end a speaker phrase when walking back from the verb. */
const LEFT_STOP = new Set([
  "that", "which", "who", "when", "after", "before", "as", "but", "because", "while", "if", "with", "by", "from", "in", "on", "at", "to",
  "since", "during", "where", "than", "so", "although", "though", "whereas", "whether", "and", "or", "also", "meanwhile", "however",
  "were", "was", "is", "are", "be", "been", "being", "has", "have", "had", "will", "would", "could", "can", "may", "might", "not", "had",
]);
/** A voice's own verb ends the words of the next one: "A resident, Halima Nur, said she counted …" (written small: "Mohammed Said" is a name). */
const VOICE_VERB_STOP = new Set(["said", "says", "told", "added"]);
const AUXILIARY = new Set(["were", "was", "is", "are", "be", "been", "being", "an", "a", "the", "has", "have", "had", "not"]);
/** Common nouns that can speak: a phrase without a capitalised word needs one of these. */
/** Bodies that may speak through a relative clause: "a U.N. mission that visited the town said". */
const SPEAKING_BODY = /^(?:mission|group|department|directorate|monitor|organi[sz]ation|agency|committee|commission|team|body|network|office|ministry|council|coalition|alliance|union|observatory|panel|institute|centre|center|tribunal|court)$/;
const SPEAKER_NOUNS = /\b(?:corps|brigades?|divisions?|battalions?|regiments?|spokes(?:man|woman|person|people)|officials?|police|authorities|ministry|minister|monitor|media|sources?|witness(?:es)?|residents?|medics?|doctors?|surgeons?|physicians?|officers?|commanders?|army|military|forces?|government|agenc(?:y|ies)|organi[sz]ations?|associations?|collectives?|federations?|foundations?|leagues?|syndicates?|platforms?|forums?|movements?|groups?|observatory|statement|report|databases?|datasets?|records|data|colleagues?|activists?|informants?|interviewees|respondents|survivors?|relatives?|officers|coroner|sheriff|investigators|prosecutors?|troopers?|deputies|chief|director|spokesperson|mayor|governor|president|head|envoy|correspondent|reporters?|leaders?|elders?|vigilantes?|employers?|famil(?:y|ies)|union|party|company|firm|charity|ngo|network|hospital|clinic|prison|militants|insurgents|jihadists|rebels|army|navy|lawmakers?|legislators?|governors?|commissioners?|administrators?|managers?|coordinators?|representatives?|sheriff|coroner|examiner|magistrates?|collectors?|judges?|inspectors?|superintendents?|lawyers?|attorneys?|captains?|colonels?|generals?|sergeants?|constables?|secretar(?:y|ies)|premiers?|chancellors?|priests?|imams?|pastors?|monks?|nuns?|clerics?|councill?ors?|chairm[ae]n|chairwom[ae]n|chairpersons?|prefects?|rulers?|senators?|mps|mcas?|chiefs?|teachers?|hospitals?|clinics?|nurses?|paramedics?|rescuers?|volunteers?|partners|monitors?|observers?|diplomats?|ambassadors?|envoys?|journalists?|analysts?|experts?|researchers?|scientists?|ombuds(?:man|men|woman|person)|watchdogs?|registr(?:y|ies|ars?)|auditors?|academics?|epidemiologists?|demographers?|statisticians?|scholars?|economists?|people|person|persons|man|woman|villagers?|locals?|neighbou?rs?|farmers?|fisherm[ae]n|traders?|shopkeepers?|drivers?|evacuees|refugees?|migrants?|judiciary|courts?|tribunal|prosecution|embassy|consulate|parliament|cabinet|junta|presidency|kremlin|pentagon|those fleeing|fleeing|hospital|staff|workers?|council|committee|prefectures?|centres?|centers?|units?|guards?|coastguard|defen[cs]e|brigades?|battalions?|regiments?|divisions?|commands?|headquarters|missions?|teams?|authority|board|society|office|administration|department|service|services|directorate|bureau|commission|coalition|alliance|militia|rebels|fighters?|soldiers?|gunm[ae]n|opposition|organi[sz]ers|protesters|demonstrators|campaigners|facilities|owners?|principals?|landlords?|eyewitness(?:es)?|bystanders?|passengers?|students?|parents?|mother|father|brother|sister|wife|husband|friends?|neighbors?|he|she|it|they)\b/i;

const ROLE = /^(?:(?:director|secretary|inspector|attorney|commissioner|governor|surgeon|adjutant|solicitor|auditor|accountant|postmaster)-general|deputy-director|vice-(?:president|chairman|chairwoman|chair|chancellor|governor)|head|chief|co-chair|chair|chairman|chairwoman|director|spokes\w+|commander|leader|member|founder|president|secretary|minister|deputy|coordinator|official|representative|envoy|mayor|governor|editor|manager|owner|lawyer|attorney|prosecutor|judge|analyst|researcher|expert|adviser|advisor|ambassador|administrator|prefect|sub-prefect|commissioner|superintendent|inspector|coroner|doctor|surgeon|activist|correspondent|councill?or|sheriff|officer|officers|captain|colonel|general|major|lieutenant|sergeant|constable|chief|dpo|sho|ssp|dsp|dig|igp|ppro|dcp|acp|ceo)$/;
const TIME_WORDS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday|Tonight|Earlier|Later|Meanwhile|On|In)$/;

export interface Cue extends Span {
  verb: Span;
  speaker: Span;
  inverted: boolean;
}

/** Who may tell what they saw: "a Reuters witness", "an AFP correspondent", "residents". */
const EYEWITNESS = /\b(?:witness(?:es)?|reporters?|photographers?|correspondents?|journalists?|camera(?:man|men|woman|women)|residents?|villagers?|survivors?)$/i;

/** Speech cues in one sentence: the verb, and the span of the phrase naming the speaker. */
export function findCues(text: string, sentence: Span): Cue[] {
  const tokens = tokenize(text, sentence.start, sentence.end);
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].lower;
    if (!CUE_START_SHAPES[wordShape(w)]) continue;
    // "according to X", "citing X"
    if ((w === "according" && tokens[i + 1]?.lower === "to") || w === "citing" || w === "quoting") {
      let from = w === "according" ? i + 2 : i + 1;
      // "according to figures compiled by a local consultancy", "citing data released by the ministry": whose figures.
      const by = compiledBy(tokens, from);
      if (by > 0) from = by;
      const right = rightPhrase(tokens, from, by > 0) ?? countedVoices(tokens, from) ?? pronounAlone(tokens, from);
      if (right) cues.push({ start: tokens[i].start, end: right.end, verb: { start: tokens[i].start, end: tokens[from - 1].end }, speaker: right, inverted: true });
      continue;
    }
    // "the 11,300 reported earlier by the Libyan Red Crescent", "43 deaths recorded by the ministry": a figure's
    // reduced passive names who gave it.
    if (REPORTED_BY_VERBS.has(w) && i > 0 && !AUXILIARY.has(tokens[i - 1]!.lower)) {
      const by = tokens[i + 1]?.lower === "by" ? i + 2 : /^(?:earlier|previously|initially|first)$/.test(tokens[i + 1]?.lower ?? "") && tokens[i + 2]?.lower === "by" ? i + 3 : -1;
      const agent = by > 0 ? rightPhrase(tokens, by, true) : null;
      if (agent) {
        cues.push({ start: tokens[i].start, end: agent.end, verb: { start: tokens[i].start, end: tokens[by - 1]!.end }, speaker: agent, inverted: true });
        i = by - 1;
        continue;
      }
    }
    // "Al Jazeera quoted a hospital director as saying": the one quoted speaks, the outlet only reports it.
    if (w === "quoted" || w === "quotes" || w === "quoting") {
      let as = i + 1;
      while (as < tokens.length && as - i <= 12 && !(tokens[as].lower === "as" && /^(?:saying|stating|telling)$/.test(tokens[as + 1]?.lower ?? ""))) as++;
      if (as > i + 1 && as < tokens.length && as - i <= 12) {
        const speaker = { start: tokens[i + 1].start, end: tokens[as - 1].end };
        cues.push({ start: tokens[i].start, end: tokens[as + 1].end, verb: { start: tokens[as + 1].start, end: tokens[as + 1].end }, speaker, inverted: true });
        i = as + 1;
        continue;
      }
    }
    // "Interior Ministry data show", "Figures from the Office for National Statistics show": whose numbers they are.
    if (w === "show" || w === "shows" || w === "showed" || w === "suggest" || w === "suggests") {
      const owner = dataOwner(tokens, i);
      if (owner) {
        const verb = { start: tokens[i].start, end: tokens[i].end };
        cues.push({ start: Math.min(owner.start, verb.start), end: verb.end, verb, speaker: owner, inverted: false });
        continue;
      }
    }
    // "A Reuters photographer saw five bodies": an eyewitness's own sight is their account ("The city saw 30 homicides"
    // is no one's).
    if (w === "saw" || w === "witnessed") {
      // ("witnesses who saw the shooting": a relative clause says who they are, not what they told.)
      const left = /^(?:who|that|which)$/.test(tokens[i - 1]?.lower ?? "") ? null : leftPhrase(tokens, i);
      if (left && EYEWITNESS.test(text.slice(left.start, left.end))) cues.push({ start: left.start, end: tokens[i].end, verb: { start: tokens[i].start, end: tokens[i].end }, speaker: left, inverted: false });
      continue;
    }
    let verbEnd = -1;
    // "25 people believed buried", "is believed to": a belief about the people, not someone speaking.
    if ((w === "believed" || w === "believe" || w === "believes") && /^(?:to|dead|killed|buried|trapped|missing|drowned|kidnapped|abducted|held|captured)$/.test(tokens[i + 1]?.lower ?? "")) continue;
    // "Human Rights Watch accused the army of killing 223": an accuser names whom, then "of"; "a man accused of
    // murder" is charged, not speaking.
    if ((w === "accused" || w === "accuses") && !(accuserBefore(tokens, i) && !/^(?:of|in|by|,)$/.test(tokens[i + 1]?.lower ?? "") && tokens.slice(i + 2, i + 9).some((t) => t.lower === "of"))) continue;
    // ("58 people confirmed dead", "two reported missing": a state of the people counted, not someone speaking.)
    if ((w === "confirmed" || w === "reported") && /^(?:dead|killed|injured|wounded|missing|alive|deceased|drowned)$/.test(tokens[i + 1]?.lower ?? "")) continue;
    // ("Deaths confirmed: 3,958", "Cases reported: 40": a label, the count's own words, no one speaking.)
    if ((w === "confirmed" || w === "reported" || w === "recorded" || w === "verified") && /^(?:deaths|dead|casualties|fatalities|injuries|injured|wounded|cases|arrivals|victims|bodies|killings)$/.test(tokens[i - 1]?.lower ?? "") && (tokens[i + 1]?.text === ":" || i < 2)) continue;
    // "the attack claimed 18 lives", "claiming the lives of": a toll, not a statement; nor is "claimed responsibility for
    // the attack, which killed 20" or "the bombing, claimed by IS," what the group says of the figure; nor "a gunman who
    // later claimed allegiance to IS", a pledge the attacker made.
    if ((w === "claimed" || w === "claims" || w === "claiming" || w === "claim") && CLAIMED_LIVES.test(tokens.slice(i + 1, i + 7).map((t) => t.lower).join(" "))) continue;
    // "five-year-old Saw Eh Say", "Mohammed Said": a capitalised verb inside a run of names is a name.
    // (Not in a headline's capitals, "Police Say 12 Killed", "…, Civilian Fighters Say": there no small word follows.)
    if (VERBS.has(w) && i > 0 && isUpperAscii(tokens[i].text.charCodeAt(0)) && isCapitalised(tokens[i - 1]!) && !/^[.!?"“”:]$/.test(tokens[i - 1]!.text) && !!tokens[i + 1] && /^(?:[\p{Ll}]|,)/u.test(tokens[i + 1]!.text)) continue;
    // ("claimed the attack in a statement posted on Telegram, saying …": a document put out is no voice; the body
    // that claimed it goes on speaking.)
    if ((w === "posted" || w === "published" || w === "released" || w === "issued" || w === "shared" || w === "uploaded") && /^(?:statements?|messages?|posts?|videos?|audio|communiqu[eé]s?)$/.test(tokens[i - 1]?.lower ?? "") && /^(?:a|an)$/.test(tokens[i - 2]?.lower ?? "") && tokens[i - 3]?.lower === "in") continue;
    if (VERBS.has(w)) verbEnd = i;
    else {
      // (Most words start no verb: no empty list and iterator built for them.)
      const multi = MULTI_VERBS_BY_FIRST.get(w);
      if (multi) {
        for (const words of multi) {
          if (words.every((x, k) => tokens[i + k]?.lower === x)) {
            verbEnd = i + words.length - 1;
            break;
          }
        }
      }
    }
    // "He put the number of people kidnapped at 45": the lexicon lists the common tolls; any "put the number of … at".
    if (verbEnd < 0 && (w === "put" || w === "puts" || w === "putting")) verbEnd = putTheNumberAt(tokens, i);
    if (verbEnd < 0) continue;
    // ("gave the highest estimate that …", "an estimate", "its report": a noun, not the verb of a voice.)
    if (NOUN_BEFORE.test(tokens[i - 1]?.lower ?? "") && /^(?:estimate|estimates|report|reports|count|counts|claim|claims|tally|tallies|statement|statements|account|accounts|toll|records|documents)$/.test(w)) continue;
    const verb = { start: tokens[i].start, end: tokens[verbEnd].end };
    // "Xinhua learned from the local health bureau that …": the one it learned from gives the figure, not the learner.
    if ((w === "learned" || w === "learnt") && tokens[verbEnd + 1]?.lower === "from") {
      const from = rightPhrase(tokens, verbEnd + 2);
      if (from) {
        cues.push({ start: verb.start, end: from.end, verb: { start: verb.start, end: tokens[verbEnd + 1]!.end }, speaker: from, inverted: true });
        i = verbEnd + 1;
        continue;
      }
    }
    // "X said …, adding that …": the participle goes on in the voice of the speaker before it.
    const earlier = cues[cues.length - 1];
    if (earlier && /ing$/.test(w) && tokens[i - 1]?.text === ",") {
      cues.push({ start: verb.start, end: verb.end, verb, speaker: earlier.speaker, inverted: false });
      i = verbEnd;
      continue;
    }
    // "…, which is the armed wing of the party, claimed the party's information centre.": a speaker after the verb that
    // ends the sentence says who spoke, whatever stands before the comma.
    // "…, Yazid Abubakar, confirmed the attack but said …": a second verb joined by "and"/"but" to a cue's has its speaker.
    const last = cues[cues.length - 1];
    if (last && !last.inverted && (tokens[i - 1]?.lower === "but" || tokens[i - 1]?.lower === "and") && last.verb.end <= tokens[i - 1]!.start && !/[.;:!?“”"]/.test(text.slice(last.verb.end, tokens[i - 1]!.start)) && tokens[i - 1]!.start - last.verb.end <= 80) {
      cues.push({ start: verb.start, end: verb.end, verb, speaker: last.speaker, inverted: false });
      i = verbEnd;
      continue;
    }
    const closing = tokens[i - 1]?.text === "," && !LISTENER_VERBS.has(w) ? rightPhrase(tokens, verbEnd + 1) : null;
    const endsSentence = closing !== null && endsAt(tokens, closing.end);
    // ("Police say the country recorded 4,603 deaths": a speaker phrase holding a speech verb is what another voice said;
    // that voice is the source.)
    const phrase = endsSentence ? null : withoutRelative(text, tallyOwner(text, leftPhrase(tokens, i)));
    const left = phrase && SPOKEN_INSIDE.test(text.slice(phrase.start, phrase.end)) ? null : phrase;
    if (closing && endsSentence) {
      cues.push({ start: verb.start, end: closing.end, verb, speaker: closing, inverted: true });
    } else if (left) {
      cues.push({ start: left.start, end: verb.end, verb, speaker: left, inverted: false });
    } else {
      // "…,” said the ministry." — the speaker follows the verb.
      const before = tokens[i - 1]?.text;
      // "told reporters", "briefed diplomats": what follows these verbs is the listener, never the speaker.
      if (LISTENER_VERBS.has(w)) {
        i = verbEnd;
        continue;
      }
      if (i === 0 || before === "," || before === "”" || before === '"' || before === "’" || before === "'") {
        const right = rightPhrase(tokens, verbEnd + 1);
        if (right) cues.push({ start: verb.start, end: right.end, verb, speaker: right, inverted: true });
      }
    }
    i = verbEnd;
  }
  return cues;
}

/** "41 whom the military has declared dead": the relative pronoun opening a clause is no part of its speaker. */
function withoutRelative(text: string, phrase: Span | null): Span | null {
  if (!phrase) return null;
  const m = /^(?:whom|which|that)\s+(?=\S)/i.exec(text.slice(phrase.start, phrase.end));
  return m ? { start: phrase.start + m[0].length, end: phrase.end } : phrase;
}

/** "According to him, three others were injured": a pronoun alone, before a comma or the end, points back to a speaker. */
function pronounAlone(tokens: readonly Token[], at: number): Span | null {
  const t = tokens[at];
  if (!t || !/^(?:him|her|them)$/.test(t.lower)) return null;
  const next = tokens[at + 1];
  return !next || next.text === "," || /^[.;:!?]$/.test(next.text) ? { start: t.start, end: t.end } : null;
}

/** A word set off by commas between a speaker and the verb: "Residents, however, told", "The army, meanwhile, said". */
const SENTENCE_ADVERB = /^(?:however|though|meanwhile|also|too|instead|nonetheless|nevertheless|separately|likewise|similarly|therefore|earlier|later)$/;

/** "one of them", "two of them": some of the voices heard last. */
const ONE_OF_THEM = /^(?:one|two|three|some|several|many|most|each|both|another|all) of them$/;

/** An adverb right before the verb, no commas: "The agency had earlier put", "The army also said", "has just confirmed". (In lower case: "Kurdistan News Now added" names a body.) */
const VERB_ADVERB = /^(?:earlier|later|also|previously|initially|first|separately|again|subsequently|just|now|since|already)$/;

/**
 * Where the speaker ends before the verb at j + 1: past an adverb ("had earlier put", "also said") and past ", however,"
 * (with an auxiliary after it: ", however, has said"). An auxiliary left at the end is for leftPhrase to step over.
 */
function pastSentenceAdverb(tokens: readonly Token[], j: number): number {
  j = pastFeelingTo(tokens, j);
  // ("The minister, Mohamud Dirir, separately said": after an appositive's closing comma too.)
  const k = j >= 1 && VERB_ADVERB.test(tokens[j]!.text) && /^(?:[\p{L}]|,$)/u.test(tokens[j - 1]!.text) ? j - 1 : j;
  const a = k >= 0 && /^(?:have|has|had)$/.test(tokens[k]!.lower) ? k - 1 : k;
  return a >= 3 && tokens[a]!.text === "," && SENTENCE_ADVERB.test(tokens[a - 1]!.lower) && tokens[a - 2]!.text === "," ? a - 3 : k;
}

/**
 * "Hope Across Borders is devastated to confirm", "The agency regrets to announce": a body's feeling before the verb
 * of its own statement is no part of it. The index of the word before the feeling.
 */
function pastFeelingTo(tokens: readonly Token[], j: number): number {
  if (j < 2 || tokens[j]!.lower !== "to") return j;
  if (/^(?:regrets?|regretted)$/.test(tokens[j - 1]!.lower)) return j - 2;
  let k = j - 1;
  while (k > j - 4 && k >= 1 && /^(?:deeply|very|profoundly|extremely|devastated|saddened|shocked|grieved|heartbroken|sad|sorry|pleased|relieved|able|unable)$/.test(tokens[k]!.lower)) k--;
  return k < j - 1 && /^(?:is|are|was|were|am)$/.test(tokens[k]!.lower) ? k - 1 : j;
}

/**
 * "The army on Monday said", "A statement issued late on Monday said", "Police Tuesday said": when it was said, between
 * the speaker and the verb, is no part of the speaker. The index of the speaker's last word.
 */
function pastTimeBeforeVerb(tokens: readonly Token[], j: number): number {
  let k = j;
  if (k >= 1 && /^(?:yesterday|today|tonight|earlier|later)$/.test(tokens[k]!.lower)) return k - 1;
  if (k >= 2 && /^(?:morning|afternoon|evening|night)$/.test(tokens[k]!.lower) && WEEKDAY_WORD.test(tokens[k - 1]!.lower)) k--;
  if (k < 1 || !WEEKDAY_WORD.test(tokens[k]!.lower)) return j;
  k--;
  if (tokens[k]!.lower === "on") k--;
  if (k >= 1 && /^(?:late|early)$/.test(tokens[k]!.lower)) k--;
  return k >= 0 && /^[\p{L})]/u.test(tokens[k]!.text) ? k : j;
}
const WEEKDAY_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** "Monday Kassah", "Sunday Ochoche": a weekday that is a given name, a surname after it (Nigerian names often are). */
function weekdayGivenName(name: readonly Token[]): boolean {
  return name.length >= 2 && WEEKDAY_WORD.test(name[0]!.lower) && isCapitalised(name[1]) && !TIME_WORDS.test(name[1]!.text);
}

/**
 * Whether only words about the saying stand between a verb and a time ("said on Monday", "said in a statement late on
 * Monday", "told Reuters on Monday"), not a clause of what was said ("said a unit came under attack on Saturday").
 */
function sayingWords(between: string): boolean {
  for (const w of between.split(/[\s,]+/)) {
    if (!w || /^[\p{Lu}]/u.test(w)) continue; // a listener or an outlet: "told Reuters"
    if (!SAYING_WORDS.has(w.toLowerCase())) return false;
  }
  return true;
}
/** A period that says what was counted, not when: "Since 24th of March 2019, SOHR has documented …". */
const COUNTED_PERIOD = /^(?:since|from|between|over|during|throughout|in the (?:past|last))\b/i;
const SAYING_WORDS = new Set(["issued", "released", "published", "signed", "report", "communique", "communiqué", "bulletin", "update", "letter", "notice", "assessment", "in", "a", "an", "the", "its", "his", "her", "their", "statement", "briefing", "post", "tweet", "news", "conference", "press", "release", "interview", "video", "message", "to", "reporters", "journalists", "late", "early", "earlier", "later", "separately", "also", "further", "on", "told", "televised", "address", "speech", "written", "telephone", "phone", "by", "online", "social", "media", "local", "state", "television", "radio"]);

const DATA_NOUNS = /^(?:data|figures|statistics|numbers|records|tallies|counts)$/;

/** The body whose numbers "show": "[Interior Ministry] data show", "figures from [the ONS] show", else null. */
function dataOwner(tokens: readonly Token[], verb: number): Span | null {
  if (verb >= 2 && DATA_NOUNS.test(tokens[verb - 1]!.lower)) {
    const start = collectLeft(tokens, verb - 2);
    if (start <= verb - 2 && tokens.slice(start, verb - 1).some((t) => isCapitalised(t) && !/^(?:the|a|an|this|these|those|its|their|our|new|official|latest|unconfirmed|unverified|preliminary|initial|early|earlier|first|conflicting|some|other|several|many)$/i.test(t.text))) return { start: tokens[start]!.start, end: tokens[verb - 2]!.end };
  }
  for (let k = verb - 1; k >= 2 && verb - k <= 9; k--) {
    if (tokens[k]!.lower !== "from" && tokens[k]!.lower !== "by") continue;
    if (!DATA_NOUNS.test(tokens[k - 1]!.lower) && !(tokens[k]!.lower === "by" && /^(?:compiled|collected|published|released)$/.test(tokens[k - 1]!.lower))) return null;
    const owner = tokens.slice(k + 1, verb);
    return owner.length && owner.some((t) => isCapitalised(t)) && owner.every((t) => /^[\p{L}'’&.-]/u.test(t.text)) ? { start: owner[0]!.start, end: owner[owner.length - 1]!.end } : null;
  }
  return null;
}

/** Index of "at" in "put the number of people kidnapped at", "put the overall toll at"; -1 when the words differ. */
function putTheNumberAt(tokens: readonly Token[], put: number): number {
  if (!/^(?:the|its|their|a)$/.test(tokens[put + 1]?.lower ?? "")) return -1;
  let k = put + 2;
  // ("put the overall death toll at": two words may describe the toll.)
  while (k < put + 4 && /^(?:overall|total|official|latest|new|death|casualty|final|confirmed|updated|revised|civilian)$/.test(tokens[k]?.lower ?? "")) k++;
  if (!/^(?:number|toll|figure|count|total|tally)$/.test(tokens[k]?.lower ?? "")) return -1;
  for (let end = k + 1; end < tokens.length && end <= k + 8; end++) {
    if (tokens[end]!.lower === "at") return end;
    // "put the death toll higher, at more than 300": a comparison before the figure.
    if (tokens[end]!.text === "," && /^(?:higher|lower)$/.test(tokens[end - 1]!.lower) && tokens[end + 1]?.lower === "at") return end + 1;
    if (!/^[\p{L}\p{N}]/u.test(tokens[end]!.text)) return -1; // no clause break inside the phrase
  }
  return -1;
}

/** "according to two witnesses and a health official": a count of speaking people after "according to" is the voice. */
function countedVoices(tokens: readonly Token[], from: number): Span | null {
  if (!/^(?:two|three|four|five|several|many|some|\d{1,3})$/.test(tokens[from]?.lower ?? "")) return null;
  let end = from + 1;
  while (end < tokens.length && end - from < 10 && /^[\p{L}'’-]/u.test(tokens[end]!.text) && !/^(?:who|that|which|on|in|at)$/.test(tokens[end]!.lower)) end++;
  const phrase = tokens.slice(from, end).map((t) => t.text).join(" ");
  return end > from + 1 && SPEAKER_NOUNS.test(phrase) ? { start: tokens[from]!.start, end: tokens[end - 1]!.end } : null;
}

/** Whether the token after the one ending at `end` closes the sentence (or there is none). */
function endsAt(tokens: readonly Token[], end: number): boolean {
  let k = tokens.findIndex((t) => t.start >= end);
  // ("… Information Center (KnIC).": an acronym in brackets may close the name.)
  if (k >= 0 && tokens[k]!.text === "(" && tokens[k + 2]?.text === ")") k += 3;
  // ("…, said the Nasser Hospital, which received the bodies.": a clause about the speaker may close the sentence.)
  if (k >= 0 && tokens[k]?.text === "," && /^(?:which|who)$/.test(tokens[k + 1]?.lower ?? "")) return true;
  return k < 0 || k >= tokens.length || /^[.!?]$/.test(tokens[k]!.text);
}

/** Words of a short time phrase: "on Wednesday", "earlier this week", "on 5 March", "last month". */
const RELEASE_TIME_WORDS = /^(?:on|earlier|late|last|this|today|yesterday|week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d{1,2}(?:st|nd|rd|th)?)$/;
/** Index of the word after "by" or "from" in "figures compiled by", "a tally kept by", "data from"; 0 when absent. */
function compiledBy(tokens: readonly Token[], from: number): number {
  let k = from;
  if (/^(?:a|an|the|new|latest|official|its|their)$/.test(tokens[k]?.lower ?? "")) k++;
  if (/^(?:19|20)\d\d$/.test(tokens[k]?.lower ?? "")) k++; // "2020 data from the department"
  const noun = tokens[k]?.lower ?? "";
  if (!/^(?:figures|data|statistics|tally|tallies|count|counts|records|estimates|report|reports|numbers|toll|statement|statements|bulletin|update)$/.test(noun)) return 0;
  k++;
  // ("a statement released by the police": a statement needs its verb; "a statement from" alone is where it came from.)
  if (/^(?:statements?|bulletin|update)$/.test(noun) && !/^(?:released|published|issued|posted|put out)$/.test(tokens[k]?.lower ?? "")) return 0;
  // "reports from the area" say where, "data from the ministry" whose.
  if (tokens[k]?.lower === "from" && /^(?:reports?|toll)$/.test(noun)) return 0;
  if (/^(?:compiled|released|published|collected|kept|issued|gathered|provided|cited|given|maintained)$/.test(tokens[k]?.lower ?? "")) {
    k++;
    // ("figures released on Wednesday by the authority": when they came out may stand before whose they are.)
    let t = k;
    while (t < k + 4 && RELEASE_TIME_WORDS.test(tokens[t]?.lower ?? "")) t++;
    if (t > k && tokens[t]?.lower === "by") k = t;
  }
  return (tokens[k]?.lower === "by" || tokens[k]?.lower === "from") && tokens[k + 1] ? k + 1 : 0;
}

// One-mark patterns are run only on tokens of one or two characters (a mark or an initial), so words are passed
// over without running a pattern. The answers are the same.
const NOT_WORD_MARK = /^[^\p{L}\p{N}]$/u;
const NOT_WORD_OR_STOP_MARK = /^[^\p{L}\p{N}.]$/u;
const CLAUSE_MARK = /^[.;:“”"]$/;
/** Words that make the word after them a noun: "the highest estimate", "an estimate", "its report". */
// ("Unconfirmed reports suggest", "conflicting accounts": words that say how sure a report is make it a noun too.)
const NOUN_BEFORE = /^(?:the|a|an|its|their|his|her|our|this|that|highest|lowest|latest|earlier|initial|new|official|first|previous|unconfirmed|unverified|preliminary|conflicting|contradictory|separate|several|some|other|many)$/;

/** Words whose abbreviation a full stop closes inside a sentence: months, titles, "No.". */
const ABBREVIATED_BEFORE_STOP = /^(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|No|Gen|Lt|Col|Maj|Capt|Sgt|Brig|Cpl|Insp|Supt|Cmdr|Adm|Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Det|Pvt|Ofc|Cdr|Dep|Atty|Lieut|Prof|Rev|Hon|Rt|Engr|Alh|Barr|Amb|Arc|Pst)$/;
const NOT_NAME_MARK = /^[^\p{L}\p{N}'’-]$/u;
const INITIAL_OR_SUFFIX = /^(?:[\p{Lu}]|Jr|Sr)$/u;
/** Whether a token is one mark the pattern matches: a single character, or two for one outside the first plane. */
function isMark(text: string, mark: RegExp): boolean {
  return text.length <= 2 && mark.test(text);
}

/** Where the words of a speaker phrase begin, walking back from token `from` over names, titles and joined nouns. */
/** The first token of the speaker once an opening time is passed ("On Monday night", "Last year", "In 2023"). */
function pastOpeningTime(tokens: readonly Token[], start: number, j: number): number {
  // ("On Monday night the hospital": the part of the day after a weekday the phrase was cut at.)
  if (start < j && /^(?:morning|afternoon|evening|night)$/.test(tokens[start]!.lower) && start >= 1 && WEEKDAY_WORD.test(tokens[start - 1]!.lower)) return start + 1;
  if (start < j && WEEKDAY_WORD.test(tokens[start]!.lower) && start >= 1 && /^(?:on|by|late|early)$/i.test(tokens[start - 1]!.text)) {
    const past = /^(?:morning|afternoon|evening|night)$/.test(tokens[start + 1]!.lower) ? start + 2 : start + 1;
    if (past <= j && /^(?:the|a|an)$/i.test(tokens[past]!.text)) return past;
  }
  if (start > j || !(start === 0 || /^[.!?"”]$/.test(tokens[start - 1]!.text))) return start;
  // (The phrase is only joined when its first word may open such a time: most open with "The" or a name.)
  if (!OPENING_TIME_FIRST.test(tokens[start]!.text)) return start;
  const words = tokens.slice(start, j + 1).map((t) => t.text).join(" ");
  const m = OPENING_TIME.exec(words);
  if (!m) return start;
  const skip = m[0].trim().split(/\s+/).length;
  return start + skip <= j ? start + skip : start;
}
/** The words OPENING_TIME may start with, at the start of a word: it matches only where one of them opens the phrase. */
const OPENING_TIME_FIRST = /^(?:On|By|Early|Late|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Yesterday|Today|Last|This|In|Overnight)/;
const OPENING_TIME = /^(?:(?:On|By|Early|Late|Later)\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Yesterday|Today)(?:\s+(?:morning|afternoon|evening|night))?|(?:Last|This)\s+(?:year|month|week)|In\s+(?:19|20)\d\d|Overnight)\s+(?=(?:the|a|an|[\p{Lu}])\b)/u;

/** A particle inside a name, written small: "Abdulmenam al-Ghaithi", "Kamal Abu al-Rub", "Ursula von der Leyen". */
/** Small words inside a body's long name: "Convention for the Defence of Human Rights", "Justice and Peace". */
const NAME_JOINER = /^(?:of|for|the|and|on|&)$/;
/** The last word of a body's name ("Task Force", "Rights League"). */
const ORG_HEAD_WORD = /^(?:force|forces|command|agency|group|army|police|service|unit|brigade|division|corps|ministry|committee|commission|council|league|network|coalition|alliance|union|authority|office|department|directorate|mission)$/;
const NAME_PARTICLE = /^(?:(?:al|el|ad|ar|as|ash|at|az|an|ed|es|et|ul|ud|ur|bin|ibn|abu|abd|bint|ben)[-‐’'][\p{Lu}]|(?:al|el|bin|ibn|bint|ben|de|da|di|du|dos|das|del|della|van|von|der|den|la|le|ter)$)/u;

function collectLeft(tokens: readonly Token[], from: number): number {
  let k = from;
  let n = 0;
  while (k >= 0 && n < 9) {
    const t = tokens[k];
    if (isMark(t.text, NOT_WORD_MARK) && t.text !== "-" && t.text !== "'" && t.text !== "’" && t.text !== "." ) break;
    // ("…,'' the captain said": an apostrophe not written onto a word, as in "Mills' family", closes a quote.)
    if ((t.text === "'" || t.text === "’") && (k === 0 || tokens[k - 1]!.end !== t.start || isMark(tokens[k - 1]!.text, NOT_WORD_MARK))) break;
    // "Maj. Gen. Romeo S. Brawner Jr.": the stops of titles and initials stay inside a name.
    if (t.text === ".") {
      if (!(k > 0 && (TITLE_ABBREVIATION.test(tokens[k - 1]!.text) || isMark(tokens[k - 1]!.text, INITIAL_OR_SUFFIX)))) break;
      k--;
      continue;
    }
    // "and" joins two speakers only between names or nouns: "SDF and coalition officials", "security and local sources".
    // ("residents and a health worker told": a plural voice, then one more; never a day: "on Tuesday and officials said".)
    if (t.lower === "and" && k > 0 && !TIME_WORDS.test(tokens[k - 1]!.text) && (isCapitalised(tokens[k - 1]) || VOICE_ADJECTIVES.has(tokens[k - 1]!.lower) || /s$/.test(tokens[k + 1]?.lower ?? "") || (/^(?:a|an)$/.test(tokens[k + 1]?.lower ?? "") && SPEAKER_NOUNS.test(tokens[k - 1]!.text)) ||
      // "local officials and hospital staff", "the army and local officials": one speaking body, then another.
      (SPEAKER_NOUNS.test(tokens[k - 1]!.text) && (VOICE_ADJECTIVES.has(tokens[k + 1]?.lower ?? "") || /^the$/.test(tokens[k + 1]?.lower ?? ""))))) { k--; n++; continue; }
    // ("The WHO said", "IS said": an acronym written in capitals is a name, not the pronoun or verb it spells.)
    if (LEFT_STOP.has(t.lower) && !(t.lower === "of" ) && !isAcronym(tokens, k)) break;
    if (VOICE_VERB_STOP.has(t.text)) break;
    // ("abc11.comAuthorities said": a site's name glued to the first word is no part of the speaker.)
    if (SITE_SUFFIX.has(t.lower) && k < from && tokens[k + 1]!.start === t.end && k > 0 && tokens[k - 1]!.text === ".") break;
    // ("The 25-year-old man told police": an age is part of who; so is a number inside a name, "the Rescue 1122 service".)
    if (/^\d/.test(t.text) && !/^\d+-year-old$/i.test(t.text) && !(k > 0 && isCapitalised(tokens[k - 1]!) && !TIME_WORDS.test(tokens[k - 1]!.text))) break;
    k--;
    n++;
  }
  // ("At least two residents said": the qualifier stays whole.)
  if (k >= 0 && tokens[k]!.lower === "at" && /^(?:least|most)$/.test(tokens[k + 1]?.lower ?? "")) return k;
  return k + 1;
}

/** "215 Maiwand corps based in Helmand": the participle between a unit and where it is. */
const STATIONED = /^(?:based|stationed|deployed|working)$/;

/**
 * "A doctor at the hospital in Finote Selam, who asked not to be named, said": the speaker is the noun the place
 * phrases hang from, not the town at their end. `start` is where the words before the clause began.
 */
function speakerBeforePlaceTail(tokens: readonly Token[], start: number): number {
  let at = start;
  for (let hops = 0; hops < 3 && at >= 2 && /^(?:in|at|of|from|with|for)$/.test(tokens[at - 1]!.lower); hops++) {
    // ("215 Maiwand corps based in southern Helmand province also said": a unit based somewhere.)
    const preposition = at - 1;
    const based = preposition >= 2 && STATIONED.test(tokens[preposition - 1]!.lower) ? 1 : 0;
    const before = collectLeft(tokens, preposition - 1 - based);
    if (before > preposition - 1 - based) break;
    const words = tokens.slice(before, preposition - based).map((t) => t.text).join(" ");
    if (!SPEAKER_NOUNS.test(words) && !/\b(?:hospital|clinic|morgue|camp|school)\b/i.test(words)) break;
    at = before;
  }
  // Only when a speaking noun was reached: a place after "in" alone stays as it was.
  return at !== start && SPEAKER_NOUNS.test(tokens.slice(at, start).map((t) => t.text).join(" ")) ? at : start;
}

/** Words that qualify a speaking noun and may be joined by "and": "security and local sources", "medical and police officials". */
const VOICE_ADJECTIVES = new Set(["security", "military", "local", "medical", "hospital", "government", "police", "humanitarian", "aid", "health", "tribal", "community", "diplomatic", "intelligence", "rebel", "opposition", "judicial", "religious", "village", "provincial", "regional", "federal", "state", "district"]);

/**
 * A spokesman-like role word opening the phrase before the comma at c, with what follows it ("for the X (ABBR)", "in
 * Kaduna", "in the region") and nothing that ends a clause between: its index, or -1.
 */
function roleBeforeComma(tokens: readonly Token[], c: number): number {
  for (let r = c - 1; r >= 0 && c - r <= 14; r--) {
    const t = tokens[r]!;
    if (t.text === "," || isMark(t.text, CLAUSE_MARK)) return -1;
    // ("A military officer at the scene, Captain Ali Osman, said": a role opening the sentence after its article and
    // a voice's adjective.)
    // ("The Police Public Relations Officer in the state, Yazid Abubakar, said": a title in capitals opening it.)
    if (/^spokes(?:man|woman|person)$/.test(t.lower) || t.lower === "official" || t.lower === "commander" || (ROLE.test(t.lower) && (r <= 1 || (r <= 3 && tokens.slice(0, r).every((x) => /^(?:a|an|the)$/.test(x.lower) || VOICE_ADJECTIVES.has(x.lower))) ||
      (r <= 6 && isCapitalised(t) && tokens.slice(0, r).every((x, k) => (k === 0 && /^(?:a|an|the)$/.test(x.lower)) || isCapitalised(x)))))) {
      // (Only "for", "of", "in", "at" and the words of a name or place after the role.)
      return /^(?:for|of|in|at)$/.test(tokens[r + 1]?.lower ?? "") ? r : -1;
    }
  }
  return -1;
}

/** Where words came out: "in a statement released", "at a news conference". */
const SETTING = String.raw`(?:in|during|at)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:statement|post|briefing|interview|news conference|press conference|conference|speech|address|tweet|video|message|communiqu[eé]|update|bulletin|report)\s+(?:(?:released|issued|published|posted|given|made)\s+)?`;
/** "In a statement published on Monday, MSF said": a setting of the words opening the sentence, before its day. */
const SETTING_OPENS = new RegExp(String.raw`^\W*${SETTING}$`, "i");
const SPEECH_SETTING_END = new RegExp(String.raw`\b${SETTING}$`, "i");
/** "the UN agency", "the U.N. body": one of the UN's bodies, told by a word of kind. */
const UN_BODY_DESCRIBED = /^the (?:un|u\.n\.|united nations)(?:['’]s)?\s+(?:[a-z-]+\s+)?(?:agency|body|office|organi[sz]ation|programme|program|fund)$/;
/** The UN's agencies, offices and missions our list of organisations knows, by the names it gives them. */
const UN_BODIES: ReadonlySet<string> = new Set(
  (organisations.organisations as { name: string; forms?: string[]; names?: string[] }[])
    .filter((o) => o.name !== "United Nations" && [o.name, ...(o.names ?? []), ...(o.forms ?? [])].some((n) => /^(?:UN|U\.N\.|United Nations)\b/.test(n)))
    .map((o) => o.name),
);
/** A title in capitals named again stands for the same title written out: "the PPRO" is the police spokesman. */
const ROLE_WRITTEN_OUT: Record<string, RegExp> = Object.assign(Object.create(null), {
  ppro: /\bspokes(?:man|woman|person)\b|\bpublic relations\b/,
  dpo: /\bdivisional police officer\b/,
  sho: /\bstation house officer\b/,
  igp: /\binspector[- ]general\b/,
  // (Two letters are read as a word only: "sp" is inside "spokesman".)
  sp: /\bsp\b|\bsuperintendent of police\b/,
  ig: /\big\b|\binspector[- ]general\b/,
  dc: /\bdc\b|\bdeputy commissioner\b/,
});
const ROLE_AGAIN = /^the (?:ppro|spokes(?:man|woman|person)|official|commander|governor|mayor|minister|colonel|general|director|chief|officer|coordinator|envoy|ambassador|president|police chief|dpo|sho|ssp|dsp|dig|igp|district police officer|station house officer|superintendent|commissioner|director-general|inspector-general|sp|ig|dc)$/;
// ("…, a military official said. …, according to the same source": the voice just heard, told again.)
const ROLE_AT = /^(?:researchers?|analysts?|officials?|doctors?|nurses?|surgeons?|physicians?|professors?|directors?|spokes(?:man|woman|person|people)|workers?|staff|head|chief|experts?|lawyers?|investigators?)$/;
/** ", a spokesman for the Nigerian army": a role after a name, and the body it is held at. */
const ROLE_FOR_BODY = /^,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:spokes(?:man|woman|person)|official|head|chief|commander|director|coordinator|representative|officer)\s+(?:for|of|at|with|in)\s+((?:the\s+)?[^,.;:()]{2,60})/u;
const ATTACKER_AFTER = /^\s+(?:-led\s+)?(?:air\s?strikes?|strikes?|jets?|warplanes?|drones?|shelling|bombardment|air raids?|missiles?|occupation|aggression|artillery|bombing)\b/i;
const OWNERS_FIGURES = /(?<=[\p{L}])['’]s\s+(?:(?:latest|new|updated|official|own|preliminary|provisional|final)\s+){0,2}(?:figures|data|tally|statistics|numbers|count|toll|estimates?)$/iu;
const GROUP_AGAIN = /^the (?:sources|monitors|officials|witnesses|residents|medics|doctors|activists|researchers|investigators)$/;
const SAYING_AGAIN = /^the (?:statement|report|communiqu[eé]|release|press release|bulletin|update|post|same (?:sources?|official|officials|spokes(?:man|woman|person)|statement|report))$/;

/** Armies that are no state's: "National Liberation Army", "Arakan Army", "New People's Army", "Free Syrian Army". */
const BODY_HEAD = /^(?:organi[sz]ation|agency|ministry|department|committee|commission|council|office|service|authority|bureau|directorate|fund|programme|program|union|federation|association|institute|centre|center|network|observatory|society|mission|court|police|army)$/;
const REBEL_ARMY = /\b(?:Liberation|Independence|People['’]?s|Free|Revolutionary|Salvation|Resistance|Democratic Alliance|Arakan|Islamic|Mahdi|Lord['’]s|Republican|Rebel|Red)\b/i;

/**
 * "A tally compiled by AFP from health ministry sources puts the number at": whoever compiled the tally gives the figure,
 * not the sources it was compiled from. The phrase is widened back to the tally, whose compiler the resolver finds.
 */
function tallyOwner(text: string, phrase: Span | null): Span | null {
  if (!phrase) return phrase;
  // (The pattern, tried at every offset of the stretch, runs only where the word it ends with stands.)
  if (wordBeforeSpace(text, phrase.start, TALLY_FROM_LAST_WORDS) < 0) return phrase;
  const before = TALLY_FROM.exec(text.slice(Math.max(0, phrase.start - 80), phrase.start));
  return before ? { start: phrase.start - before[0].length, end: phrase.end } : phrase;
}
const TALLY_FROM = /\b(?:an?|the|its)\s+(?:[\w-]+\s+)?(?:tally|count|toll|estimate|compilation)\s+(?:compiled|kept|collected|gathered|made|maintained|based)\s+(?:by|on)\s+(?:the\s+)?[\p{L}.-]+(?:\s+[\p{L}.-]+){0,4}\s+(?:from|of|on)\s+$/iu;
const TALLY_FROM_LAST_WORDS = ["from", "of", "on"];

/**
 * The subject opening a sentence, before token j: capitalised words, articles and speaker nouns, past a dateline's
 * dash ("KERMANSHAH — Iranian authorities ended … and said") and, where `pastOpening`, an opening time set off by a
 * comma ("Last month, Human Rights Watch …").
 */
function subjectOfSentence(tokens: readonly Token[], j: number, pastOpening: boolean): Span | null {
  const dash = tokens.findIndex((t, k) => k < 12 && k < j && /^(?:-{1,2}|–|—)$/.test(t.text) && k > 0 && tokens[k - 1].end < t.start);
  let first = dash > 0 ? dash + 1 : 0;
  if (pastOpening && OPENING_TIME_WORD.test(tokens[first]?.text ?? "")) {
    const comma = tokens.findIndex((t, k) => k > first && k <= first + 6 && t.text === ",");
    if (comma > 0 && comma < j) first = comma + 1;
  }
  let e = first;
  // ("The banned Balochistan Liberation Front (BLF) claimed", "The al-Qaeda-linked group claimed": a word describing the
  // name before it, and the name's acronym in brackets.)
  while (e < j && e < first + 8 && (isCapitalised(tokens[e]) || /^(?:the|a|an)$/.test(tokens[e].lower) || SPEAKER_NOUNS.test(tokens[e].text) ||
    (e > first && /^[\p{Ll}][\p{L}-]+$/u.test(tokens[e].text) && e + 1 < j && (isCapitalised(tokens[e + 1]) || SPEAKER_NOUNS.test(tokens[e + 1].text))) ||
    (tokens[e].text === "(" && tokens[e + 2]?.text === ")" && e + 2 < j && isAcronym(tokens, e + 1)))) e += tokens[e].text === "(" ? 3 : 1;
  // (An article alone is no subject: "The victim was unable … but indicated".)
  if (e === first || TIME_WORDS.test(tokens[e - 1].text) || /^(?:the|a|an)$/.test(tokens[e - 1].lower)) return null;
  return { start: tokens[first].start, end: tokens[e - 1].end };
}
const OPENING_TIME_WORD = /^(?:Last|On|In|Earlier|Later|Meanwhile|This|Late|Early|Overnight|Yesterday|Today|On|Since|After|Before|During)$/;

/** Whether the words before an accusation name a body or people that speak ("Human Rights Watch", "witnesses"), not a suspect. */
function accuserBefore(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before || /^(?:man|woman|men|women|suspect|suspects|teen|teenager|boy|girl|deputy|officer|person|people|driver|gunman|shooter)$/.test(before.lower)) return false;
  return isCapitalised(before) || before.text === ")" || SPEAKER_NOUNS.test(before.text) || ((before.lower === "have" || before.lower === "has") && !!tokens[i - 2] && (isCapitalised(tokens[i - 2]!) || SPEAKER_NOUNS.test(tokens[i - 2]!.text)));
}

/** The phrase naming the speaker to the left of token i, or null. */
const INVESTIGATORS = new Set(["police", "detectives", "officers", "investigators", "officials", "authorities", "prosecutors", "gardaí", "gardai", "troopers", "deputies"]);
const WORKING_ON = new Set(["investigating", "probing", "searching", "handling", "leading", "examining", "hunting"]);

function leftPhrase(tokens: readonly Token[], i: number): Span | null {
  let j = pastTimeBeforeVerb(tokens, pastSentenceAdverb(tokens, i - 1));
  // "SDF spokesman Mostefa Bali said", "Bali, the SDF spokesman, said", "An SDF official said"
  if (j < 0) return null;
  // "SOHR activists have documented", "the ministry has said": the perfect's auxiliary stands between speaker and verb.
  // ("The minister, Hisham Chkiouat, had told": the perfect after an appositive's closing comma.)
  if ((tokens[j].lower === "have" || tokens[j].lower === "has" || tokens[j].lower === "had") && j >= 1 && !AUXILIARY.has(tokens[j - 1].lower) && (/^(?:[\p{L}]|\))/u.test(tokens[j - 1].text) || (tokens[j - 1].text === "," && isCapitalised(tokens[j - 2])))) j--;
  if (AUXILIARY.has(tokens[j].lower)) return null; // "were believed", "an estimated"
  // ("bringing the death toll they have reported to 244": a pronoun is the whole speaker.)
  if (/^(?:he|she|they|we|it)$/.test(tokens[j].lower) && j >= 1 && !isCapitalised(tokens[j])) return { start: tokens[j].start, end: tokens[j].end };
  if (j >= 2 && tokens[j].lower === "them" && tokens[j - 1].lower === "of" && ONE_OF_THEM.test(`${tokens[j - 2].lower} of them`)) return { start: tokens[j - 2].start, end: tokens[j].end };
  // "The army launched its offensive on Tuesday and said…": the speaker is the subject of the sentence.
  if (tokens[j].lower === "and" || tokens[j].lower === "but") return subjectOfSentence(tokens, j, false);
  // ("The Emergency Response Rooms gave a lower figure on Monday, saying 26 people had been killed", "Last month, JNIM
  // claimed the attack, saying …": the subject of the clause the participle hangs on.)
  if (tokens[i]?.lower === "saying" && tokens[j].text === ",") return subjectOfSentence(tokens, j, true);
  // "The UN agency for Palestinian refugees (UNRWA) said": the acronym in brackets closes the name.
  // ("… Event Data project (Acled) has recorded": an acronym may be written as a word.)
  // ("… Agency (SoDMA) said": capitals mixed with small letters.)
  const bracketed = j >= 3 && tokens[j].text === ")" && tokens[j - 2].text === "(" && /^[\p{Lu}](?:[\p{Lu}\d-]+|[\p{Ll}]{2,8}|(?=[\p{L}\d-]*[\p{Lu}])[\p{L}\d-]{1,9})$/u.test(tokens[j - 1].text);
  if (bracketed) {
    const start = collectLeft(tokens, j - 3);
    if (start <= j - 3 && (tokens.slice(start, j - 2).some((t) => isCapitalised(t)) || SPEAKING_BODY.test(tokens[j - 3]!.lower))) return { start: tokens[start].start, end: tokens[j].end };
  }
  // ("the Popular Mobilization Forces (PMF, or Hashd al-Shaabi) said", "the Syrian Civil Defence (White Helmets) said",
  // "the counter-terrorism department (CTD) said": any short name or acronym in brackets after the body's name.)
  if (tokens[j].text === ")") {
    let open = j - 1;
    while (open > 0 && j - open <= 8 && tokens[open]!.text !== "(" && tokens[open]!.text !== ")") open--;
    const inside = tokens.slice(open + 1, j);
    if (open >= 1 && tokens[open]!.text === "(" && inside.length && isCapitalised(inside[0]!) && inside.every((t) => isCapitalised(t) || NAME_PARTICLE.test(t.text) || /^(?:,|or|also|known|as|the|-)$/i.test(t.text))) {
      const start = collectLeft(tokens, open - 1);
      const body = tokens.slice(start, open);
      if (start <= open - 1 && (body.some((t) => isCapitalised(t)) || SPEAKING_BODY.test(tokens[open - 1]!.lower))) return { start: tokens[start].start, end: tokens[j].end };
    }
  }
  // "A villager who helped retrieve the bodies told", "a U.N. mission that visited the town said": the speaker is
  // the noun before the relative pronoun.
  // ("a figure disputed by police, who said 8 had died": a speaker set off by a comma before "who" speaks for the clause.)
  if (j >= 2 && tokens[j].lower === "who" && tokens[j - 1].text === ",") {
    let nounStart = collectLeft(tokens, j - 2);
    // ("contradicting police, who gave": the participle before them is no part of who.)
    if (nounStart < j - 2 && /^[\p{Ll}]+ing$/u.test(tokens[nounStart]!.text)) nounStart++;
    const noun = tokens.slice(nounStart, j - 1);
    if (nounStart <= j - 2 && SPEAKER_NOUNS.test(noun.map((t) => t.text).join(" ")) && !/^(?:he|she|it|they|people|person|persons|man|woman)$/i.test(tokens[j - 2]!.text)) return { start: tokens[nounStart].start, end: tokens[j - 2].end };
  }
  for (let k = j; k >= 1 && j - k < 10; k--) {
    if (isMark(tokens[k].text, NOT_WORD_OR_STOP_MARK)) break;
    if ((tokens[k].lower !== "who" || isAcronym(tokens, k)) && !((tokens[k].lower === "that" || tokens[k].lower === "which") && SPEAKING_BODY.test(tokens[k - 1]!.lower))) continue;
    const nounStart = collectLeft(tokens, k - 1);
    if (nounStart <= k - 1) return { start: tokens[nounStart].start, end: tokens[k - 1].end };
    break;
  }
  // "Refugees interviewed at the border said", "Officials contacted by telephone told": a participle phrase, with no
  // commas, between the speaker and the verb says how they were heard.
  for (let k = j; k >= 1 && j - k < 8; k--) {
    if (isMark(tokens[k].text, NOT_WORD_OR_STOP_MARK)) break;
    const heard = HEARD_PARTICIPLES.has(tokens[k].lower);
    if (!heard && !/^[\p{Ll}]{3,}ed$/u.test(tokens[k].text)) continue;
    const nounStart = collectLeft(tokens, k - 1);
    // (Any participle after people who open the sentence: "Migrants rescued off Lampedusa said".)
    if (nounStart <= k - 1 && (heard || (nounStart === 0 && PEOPLE_WHO_SPEAK.test(tokens[k - 1]!.lower))) && SPEAKER_NOUNS.test(tokens.slice(nounStart, k).map((t) => t.text).join(" "))) return { start: tokens[nounStart].start, end: tokens[k - 1].end };
    break;
  }
  // ("Police investigating the deaths of a mother and her children at a house in Ilford have said": the body that opens
  // the sentence, before the participle saying what it works on, speaks; not the last name of the phrase.)
  if (j >= 3 && INVESTIGATORS.has(tokens[0]!.lower) && WORKING_ON.has(tokens[1]!.lower) && !tokens.slice(2, j + 1).some((t) => t.text === "," || t.text === ";" || t.text === ":")) return { start: tokens[0]!.start, end: tokens[0]!.end };
  let start = collectLeft(tokens, j);
  // ("On Monday night the hospital had put", "Last year the county recorded": a time opening the sentence without a
  // comma is no part of the speaker.)
  start = pastOpeningTime(tokens, start, j);
  // ("A dam burst in Derna, and officials say": the conjunction after the comma joins the clauses, it names no one.)
  if (start < j && start >= 1 && tokens[start - 1]!.text === "," && /^(?:and|but|while|as)$/.test(tokens[start]!.text)) start++;
  if (start > j) {
    // "The group, which represents unions, farmers and students, says": a relative clause set off by commas.
    if (tokens[j].text === ",") {
      for (let k = j - 1; k >= 2 && j - k < 30; k--) {
        // (The full stop of an abbreviation, "on Oct. 27", ends no clause.)
        if (isMark(tokens[k].text, CLAUSE_MARK) && !(tokens[k].text === "." && ABBREVIATED_BEFORE_STOP.test(tokens[k - 1]?.text ?? ""))) break;
        // ("Bo Nagar, whose real name is Ko Naing Lin, said": whose too.)
        if ((tokens[k].lower === "which" || tokens[k].lower === "who" || tokens[k].lower === "whose") && tokens[k - 1].text === ",") {
          // ("A spokesperson for the Kani People's Defense Force (PDF), who asked not to be named, said": the acronym in
          // brackets closes the phrase.)
          const bracketed = tokens[k - 2]?.text === ")" && tokens[k - 4]?.text === "(";
          const nounStart = speakerBeforePlaceTail(tokens, collectLeft(tokens, bracketed ? k - 5 : k - 2));
          const noun = tokens.slice(nounStart, k - 1);
          if (nounStart <= k - 2 && (noun.some((t) => isCapitalised(t)) || SPEAKER_NOUNS.test(noun.map((t) => t.text).join(" ")))) return { start: tokens[nounStart].start, end: tokens[k - 2].end };
          break;
        }
      }
    }
    // Appositive: "Abdulkarim Omar, co-chair of …, said" — the name sits before the first comma.
    if (tokens[j].text === ",") {
      // Find the comma that opens the appositive, then the name before it.
      let c = j - 1;
      // (The full stop of a rank, "Col. Sidi Sanou", "Maj.-Gen. Edward Buba", ends no clause.)
      while (c > 0 && j - c < 24 && tokens[c].text !== "," && !(isMark(tokens[c].text, CLAUSE_MARK) && !(tokens[c].text === "." && ABBREVIATED_BEFORE_STOP.test(tokens[c - 1]?.text ?? "")))) c--;
      const opener = tokens[c + 1];
      // "A spokesman for the UN refugee agency, Ahmed Saleh, told": the name in commas after a role phrase.
      // ("The driver of one car, 34-year-old Syed Hussain, said": the age before the name is no part of it.)
      const name = tokens.slice(c + 1, j).filter((t, m) => t.text !== "." && t.text !== "-" && !(m === 0 && AGE_BEFORE_NAME.test(t.text)));
      // "John Smith, 45, said": an age in commas after the name.
      if (c > 0 && tokens[c].text === "," && j - c === 2 && /^\d{1,3}$/.test(tokens[c + 1]!.text)) {
        const nameStart = collectLeft(tokens, c - 1);
        if (nameStart < c && tokens.slice(nameStart, c).every((t) => isCapitalised(t) || NAME_PARTICLE.test(t.text)) && !TIME_WORDS.test(tokens[c - 1]!.text)) return { start: tokens[nameStart].start, end: tokens[j - 1].end };
      }
      // (A rank may make the name long: "Its spokesman, Major General Zaw Min Tun, said".)
      // "The Ethiopian Refugee Agency, ARRA, said": a body's acronym in commas after its name.
      if (c > 0 && tokens[c].text === "," && name.length === 1 && /^[\p{Lu}][\p{Lu}\d&-]{1,9}$/u.test(name[0]!.text)) {
        const bodyStart = collectLeft(tokens, c - 1);
        if (bodyStart < c && tokens.slice(bodyStart, c).some((t) => isCapitalised(t))) return { start: tokens[bodyStart].start, end: tokens[j - 1].end };
      }
      if (c > 0 && tokens[c].text === "," && name.length >= 1 && name.length <= 7 && isCapitalised(name[0]) && name.every((t) => isCapitalised(t) || NAME_PARTICLE.test(t.text)) && (!TIME_WORDS.test(name[0]!.text) || weekdayGivenName(name))) {
        const roleStart = collectLeft(tokens, c - 1);
        const role = tokens.slice(roleStart, c);
        // "A resident, Malam Sani, said": one unnamed person named in commas.
        if (roleStart < c && (role.some((t) => ROLE.test(t.lower)) || ONE_PERSON.test(role.map((t) => t.text).join(" ")))) return { start: tokens[roleStart].start, end: tokens[j - 1].end };
        // "Mitchell's girlfriend, Ayanna Hughuley, said", "His brother, Omar Said, told": whose relative or friend, then
        // a full name.
        if (roleStart < c && name.length >= 2 && (roleStart === 0 || /^[.!?"”“]$/.test(tokens[roleStart - 1]!.text)) && KIN_OPENING.test(role.map((t) => t.text).join(" "))) return { start: tokens[roleStart].start, end: tokens[j - 1].end };
        // "A spokesman for the Tigray People's Liberation Front (TPLF), Getachew Reda, said", "A police spokesman in
        // Kaduna, Mansir Hassan, said": the role may be followed by whom it speaks for or where.
        const roleAt = roleBeforeComma(tokens, c);
        if (roleAt >= 0) return { start: tokens[collectLeft(tokens, roleAt)]!.start, end: tokens[j - 1].end };
        // ("A lawyers' group that documents abuses, Emergency Lawyers, said": a body described, then its name.)
        if (/^(?:a|an|the)$/.test(tokens[0]!.lower) && c <= 12 && tokens.slice(1, c).some((t) => SPEAKING_BODY.test(t.lower))) return { start: name[0]!.start, end: tokens[j - 1].end };
      }
      // ("A local rights group, the Convention for the Defence of Farmers, said": a body described, then its long name
      // with its article and small joining words; "The Joint Task Force, Operation Safe Shores, said": a named body, then
      // its operation's name in commas, the body speaking.)
      if (c > 1 && c <= 12 && tokens[c].text === "," && /^(?:a|an|the)$/.test(tokens[0]!.lower) && j - c <= 12) {
        const first = tokens[c + 1]!.lower === "the" ? c + 2 : c + 1;
        const long = first < j && isCapitalised(tokens[first]) && isCapitalised(tokens[j - 1]) && tokens.slice(first, j).every((t) => isCapitalised(t) || NAME_JOINER.test(t.text));
        if (long && tokens.slice(1, c).some((t) => SPEAKING_BODY.test(t.lower)) && !tokens.slice(1, c).some((t) => isCapitalised(t))) return { start: tokens[first]!.start, end: tokens[j - 1]!.end };
        if (long && tokens[0]!.lower === "the" && tokens.slice(1, c).every((t) => isCapitalised(t)) && ORG_HEAD_WORD.test(tokens[c - 1]!.lower)) return { start: tokens[1]!.start, end: tokens[c - 1]!.end };
      }
      // "A spokesman, speaking on condition of anonymity, said", "The statement, signed by …, said": an aside.
      // ("The group, in a statement on its radio, claimed": where the words came out is an aside too.)
      const medium = opener !== undefined && MEDIUM_OPENERS.has(opener.lower) && tokens.slice(c + 2, j).some((t) => MEDIA.has(t.lower));
      if (c > 0 && tokens[c].text === "," && opener && (/^[\p{Ll}]+(?:ing|ed)$/u.test(opener.text) || IRREGULAR_PARTICIPLES.has(opener.text) || medium)) {
        let nounStart = collectLeft(tokens, c - 1);
        // "A doctor at the Kunduz provincial hospital, speaking on condition of anonymity, said": the place or body after
        // a preposition belongs to the speaking noun before it.
        if (nounStart >= 2 && PLACE_OR_BODY_PREPOSITIONS.has(tokens[nounStart - 1]!.lower)) {
          const outer = collectLeft(tokens, nounStart - 2);
          if (outer <= nounStart - 2 && SPEAKER_NOUNS.test(tokens.slice(outer, nounStart - 1).map((t) => t.text).join(" "))) nounStart = outer;
        }
        const noun = tokens.slice(nounStart, c);
        // Only the sentence's own subject: "…, killing 16 people, said the monitor" has no speaker before the aside.
        if (nounStart === 0 && nounStart < c && (noun.some((t) => isCapitalised(t)) || SPEAKER_NOUNS.test(noun.map((t) => t.text).join(" ")))) {
          // ("The statement, read on state television by government spokesman X, said": a text speaks with the voice of
          // the one the aside says gave it out.)
          const byAgent = DOCUMENT_NOUN.test(tokens[c - 1]!.lower) && GIVEN_OUT.has(opener.lower) && tokens.slice(c + 2, j).some((t) => t.lower === "by");
          return { start: tokens[nounStart].start, end: tokens[byAgent ? j - 1 : c - 1].end };
        }
      }
      // ("Dmytro Lubinets, Ukraine's human rights commissioner, said": a possessive opening a role names whose it is.)
      const ownedRole = opener !== undefined && /['’]s$/.test(opener.lower) && isCapitalised(opener) && tokens.slice(c + 2, j).some((t) => ROLE.test(t.lower) || SPEAKING_BODY.test(t.lower) || t.lower === "service");
      if (c > 0 && tokens[c].text === "," && opener && (ROLE.test(opener.lower) || /^(?:a|an|the)$/.test(opener.lower) || ownedRole)) {
        const nameEnd = c - 1;
        // "The National Unity Government (NUG), a shadow administration …, said": the acronym closes the name.
        const acronymEnd = tokens[nameEnd]?.text === ")" && tokens[nameEnd - 2]?.text === "(";
        let nameStart = collectLeft(tokens, acronymEnd ? nameEnd - 3 : nameEnd);
        // "the Sagaing Forum, a local monitoring group, said": the article before a name is not part of it.
        while (nameStart < nameEnd && /^(?:the|a|an)$/.test(tokens[nameStart].lower)) nameStart++;
        if (nameStart <= nameEnd && isCapitalised(tokens[nameStart]) && !TIME_WORDS.test(tokens[nameEnd].text)) {
          return { start: tokens[nameStart].start, end: tokens[j - 1].end };
        }
      }
    }
    return null;
  }
  // "Mustafa Bali, head of the SDF media office told Reuters": appositive without its closing comma.
  // ("…in Siah Aab, spokesman Janan Sayeeq said": a role then a name is the speaker whole; the name before the comma
  // is another's.)
  // (A role written small: "…, Director Army Public Relations said" is one title with its office.)
  const roleThenName = j > start && !isCapitalised(tokens[start]) && tokens.slice(start + 1, j + 1).every((t) => isCapitalised(t) || NAME_PARTICLE.test(t.text));
  if (ROLE.test(tokens[start].lower) && tokens[start - 1]?.text === "," && !roleThenName) {
    const nameEnd = start - 2;
    const nameStart = collectLeft(tokens, nameEnd);
    // ("… in Jonglei, commissioner says": a place after "in" closes the clause before; the role speaks alone.)
    const placed = nameStart >= 1 && /^(?:in|at|near|from|of)$/.test(tokens[nameStart - 1]!.lower);
    if (nameStart <= nameEnd && !placed && tokens.slice(nameStart, nameEnd + 1).every((t) => isCapitalised(t)) && nameEnd - nameStart < 5 && !TIME_WORDS.test(tokens[nameEnd].text)) start = nameStart;
  }
  // "Hospital staff in Maiduguri said", "officials of the state emergency agency said": a place or body after a
  // preposition belongs to the speaker when a speaking noun comes before it.
  // (Twice at most: "a medical source at a public hospital in the capital said".)
  for (let hop = 0; hop < 2; hop++) {
    const prep = tokens[start - 1]?.lower;
    if (prep === undefined || !PLACE_OR_BODY_PREPOSITIONS.has(prep)) break;
    // ("215 Maiwand corps based in southern Helmand province said": a unit based somewhere.)
    const nounEnd = STATIONED.test(tokens[start - 2]?.lower ?? "") ? start - 3 : start - 2;
    // ("The People's Defence Force (PDF) in Kawlin township said": a body's acronym in brackets closes its name.)
    if (tokens[nounEnd]?.text === ")" && tokens[nounEnd - 2]?.text === "(" && nounEnd >= 3) {
      const named = collectLeft(tokens, nounEnd - 3);
      if (named <= nounEnd - 3 && tokens.slice(named, nounEnd - 2).some((t) => isCapitalised(t))) {
        start = named;
        continue;
      }
    }
    const outer = collectLeft(tokens, nounEnd);
    if (!(outer <= nounEnd && SPEAKER_NOUNS.test(tokens.slice(outer, nounEnd + 1).map((t) => t.text).join(" ")))) break;
    start = outer;
  }
  // ("Sources close to the investigation said", "A source close to the presidency told": an unnamed source near a body
  // speaks, not the body.)
  if (start >= 3 && tokens[start - 1]!.lower === "to" && tokens[start - 2]!.lower === "close" && /^sources?$/.test(tokens[start - 3]!.lower)) start = /^(?:a|an|the|two|several|other)$/.test(tokens[start - 4]?.lower ?? "") ? start - 4 : start - 3;
  // (Nor a dateline's dash: "(Reuters) - Iraqi forces said", "OUAGADOUGOU -- Burkina Faso's army said".)
  for (let k = j - 1; k > start; k--) if (/^(?:-{1,2}|–|—)$/.test(tokens[k].text) && tokens[k - 1].end < tokens[k].start) { start = k + 1; break; }
  while (start <= j && (TIME_WORDS.test(tokens[start].text) || tokens[start].text === "," || tokens[start].text === "-" || tokens[start].text === "–" || tokens[start].text === "—")) start++;
  // ("around 5 a.m. Officials say": a clock's "a.m." closes the time before the speaker.)
  while (start < j && /^[ap]\.?m\.?$/i.test(tokens[start].text)) start++;
  // ("300 children, of whom Israel says 12 were fighters": the relative that opens the clause is not the speaker.)
  if (start + 2 <= j && /^(?:of|among|including)$/.test(tokens[start].lower) && /^(?:whom|which)$/.test(tokens[start + 1].lower)) start += 2;
  // ("Upon arrival officers learned": when, not who.)
  if (start + 2 <= j && /^(?:upon|on)$/.test(tokens[start].lower) && tokens[start + 1].lower === "arrival") start += tokens[start + 2].text === "," ? 3 : 2;
  if (start > j) return null;
  // ("I wanna say like six shots": a speaker inside a quote speaking of himself names no one.)
  if (/^(?:i|we|you)$/.test(tokens[start].lower)) return null;
  const span = { start: tokens[start].start, end: tokens[j].end };
  // (The phrase is only built when no capitalised word settles it.)
  if (!anyCapitalisedWord(tokens, start, j + 1) && !SPEAKER_NOUNS.test(tokens.slice(start, j + 1).map((t) => t.text).join(" "))) return null;
  return span;
}

/** Whether a token in [from, to) is capitalised, "But" aside (walked without copying the tokens). */
function anyCapitalisedWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isCapitalised(tokens[k]!) && tokens[k]!.lower !== "but") return true;
  return false;
}

const PLACE_OR_BODY_PREPOSITIONS = new Set(["in", "of", "for", "at", "from", "on"]);
const AGE_BEFORE_NAME = /^\d{1,3}-year-old$/;
const SPOKEN_INSIDE = /\s(?:say|says|said|told|tells)\s/i;
const HARM_VERBS = /^(?:killed|kills|kill|killing|wounded|wounds|injured|injures|died|dies|destroyed)$/;
const CLAUSE_VERBS = new Set(["were", "was", "is", "are", "be", "been", "has", "have", "had", "will", "would", "could", "should", "did", "does"]);
const CLAIMED_LIVES = /^(?:(?:the|their|his|her|its|at least|more than|nearly|about|some|over|another|\S+)\s+){0,4}li(?:ves|fe)\b|^the lives of\b|^(?:responsibility|credit|by|allegiance|loyalty)\b/;
const NOT_A_VOICE = /^(?:rites?|rituals?|traditions?|customs?|laws?|rules?|plans?|schedules?|procedures?|protocols?|practices?|principles?|guidelines?|standards?|teachings?|beliefs?|religion|scriptures?|sharia|calendar|instructions?|orders?|agreements?|terms|conditions)$/;
const QUANTITY_START = /^(?:at|more|about|some|several|many|nearly|almost|over|up|around|approximately|roughly|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|scores|tens|all|both|no|none)$/;
const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "we", "i", "you"]);

/** The phrase naming the speaker to the right of token i ("said the Syrian Observatory …"). */
function rightPhrase(tokens: readonly Token[], i: number, agent = false): Span | null {
  let k = i;
  let n = 0;
  while (k < tokens.length && n < 10) {
    const t = tokens[k];
    // "said Dr. Amina Yusuf", "said Lt. Col. Musa": the stop of a title stays inside the name.
    if (t.text === "." && k > i && TITLE_ABBREVIATION.test(tokens[k - 1].text) && tokens[k + 1] && isCapitalised(tokens[k + 1])) {
      k++;
      continue;
    }
    if (isMark(t.text, NOT_NAME_MARK)) break;
    // ("according to a researcher at Human Rights Watch": the body a role works at is part of who speaks.)
    const roleAt = t.lower === "at" && ROLE_AT.test(tokens[k - 1]?.lower ?? "") && !!tokens[k + 1] && (isCapitalised(tokens[k + 1]!) || (tokens[k + 1]!.lower === "the" && !!tokens[k + 2] && isCapitalised(tokens[k + 2]!)));
    if (n > 0 && !roleAt && (t.lower === "that" || t.lower === "on" || t.lower === "in" || t.lower === "at" || t.lower === "which" || t.lower === "who" || t.lower === "as" || t.lower === "when" || t.lower === "after" || t.lower === "to")) break;
    // ("43 deaths recorded by the health ministry include 12 children": the sentence's verb ends the name.)
    if (n > 0 && agent && AFTER_A_NAME_VERBS.has(t.lower)) break;
    if (n === 0 && (t.lower === "on" || t.lower === "that" || t.lower === "in" || t.lower === "it")) return null;
    // "says at least 50 people have been killed": a figure after the verb is what was said ("said one official" is a speaker).
    if (n === 0 && (/^\d/.test(t.text) || QUANTITY_START.test(t.lower) || ((t.lower === "one" || t.lower === "another") && !SPEAKER_NOUNS.test(tokens.slice(k + 1, k + 3).map((x) => x.text).join(" "))))) return null;
    // "…, said she was shocked": a pronoun starting a clause is what was said, not who said it ("said he." is).
    if (n === 0 && SUBJECT_PRONOUNS.has(t.lower) && tokens[k + 1] && /^[\p{L}]/u.test(tokens[k + 1].text)) return null;
    k++;
    n++;
  }
  if (k === i) return null;
  // "according to the city's mayor, Vadym Boichenko": a role, then the person's name set off by a comma.
  if (tokens[k]?.text === "," && SPEAKER_NOUNS.test(tokens.slice(i, k).map((t) => t.text).join(" "))) {
    // ("according to a human rights group, the National Human Rights Defense Network (RNDDH)": a body's name, with its
    // article and its acronym in brackets.)
    const article = tokens[k + 1]?.lower === "the" ? 1 : 0;
    // ("according to the hospital director, Dr. Ali Hamad,": a title's stop before the name is no end of it.)
    const titled = !article && TITLE_ABBREVIATION.test(tokens[k + 1]?.text ?? "") && tokens[k + 2]?.text === "." ? 2 : 0;
    let e = k + 1 + article + titled;
    while (e < tokens.length && e - k - article - titled <= (article ? 8 : 5) && isCapitalised(tokens[e])) e++;
    const capitals = e - k - 1 - article - titled;
    if (capitals >= 2 && tokens[e]?.text === "(" && tokens[e + 2]?.text === ")" && isAcronym(tokens, e + 1)) e += 3;
    // (Not the subject of the next clause: "According to the coroner, Janis Evans, 20, was shot".)
    const after = tokens[e + 1];
    // (After a titled name, a figure opening the clause is what was said, not an age: "Dr. Ali Hamad, 12 staff were held".)
    const closes = e >= tokens.length || /^[.;:)”"]$/.test(tokens[e]!.text) || (tokens[e]!.text === "," && !!after && (/^[\p{Ll}]/u.test(after.text) || (titled > 0 && /^\d/.test(after.text) && tokens[e + 2]?.text !== ",")));
    if (capitals >= 2 && closes) k = e; // two to five capitalised words: a name (eight after "the")
  }
  // "…," said Abdul Wahid, a volunteer from the Red Crescent.': a description that closes the sentence is the
  // speaker's, and names no one counted.
  k = describedToTheEnd(tokens, i, k);
  // "said the villagers had buried …": a clause with its own verb is what was said.
  if (tokens.slice(i, k).some((t) => CLAUSE_VERBS.has(t.lower))) return null;
  // ("John Smith, 45, said the attack killed 4 people": a figure, or a verb of harm after a noun, is what was said.)
  if (tokens.slice(i + 1, k).some((t, m) => /^\d[\d,.]*$/.test(t.text) || (HARM_VERBS.test(t.lower) && !/^(?:the|a|an|another|his|her|their|its)$/.test(tokens[i + m]!.lower)))) return null;
  // "according to Islamic rites", "according to the plan": a rule or a custom is not a voice.
  if (NOT_A_VOICE.test(tokens[k - 1]!.lower)) return null;
  const phrase = tokens.slice(i, k).map((t) => t.text).join(" ");
  // (After "compiled by" any noun phrase is the one who counted: "a local security consultancy".)
  if (!agent && !tokens.slice(i, k).some((t) => isCapitalised(t)) && !SPEAKER_NOUNS.test(phrase)) return null;
  return { start: tokens[i].start, end: tokens[k - 1].end };
}

/**
 * Where a speaker phrase after the verb ends when a description of the speaker runs on to the sentence's end (", a
 * volunteer from the Afghan Red Crescent" after a name). `k` is where the name ended.
 */
function describedToTheEnd(tokens: readonly Token[], i: number, k: number): number {
  if (tokens[k]?.text !== "," || !/^(?:a|an|the|its|their|his|her)$/.test(tokens[k + 1]?.lower ?? "") || !isCapitalised(tokens[i]!)) return k;
  const from = k + 2;
  let e = from;
  while (e < tokens.length && e - from < 12 && /^[\p{L}\p{N}'’&-]/u.test(tokens[e]!.text) && !CLAUSE_VERBS.has(tokens[e]!.lower) && !TIME_WORDS.test(tokens[e]!.text) && tokens[e]!.lower !== "on" && tokens[e]!.lower !== "that") e++;
  // Only to the end of the sentence: a description with a clause of its own is left alone.
  if (e === from || (e < tokens.length && !/^[.!?”"]$/.test(tokens[e]!.text))) return k;
  if (!tokens.slice(from, e).some((x) => ROLE.test(x.lower) || ONE_PERSON_NOUN.test(x.lower))) return k;
  return e;
}
const ONE_PERSON_NOUN = /^(?:villager|witness|resident|survivor|doctor|nurse|medic|volunteer|rescuer|worker|relative|neighbou?r|teacher|farmer|elder|journalist|driver|trader|shopkeeper|fisherman|herder|shepherd|student|paramedic|passenger|refugee|migrant|evacuee|eyewitness)$/;

const RELATION_OF = /^\s*(?:a|an|the|one|another)\s+(?:[\w-]+\s+){0,2}?(?:relative|brother|sister|mother|father|son|daughter|wife|husband|friend|neighbou?r|cousin|uncle|aunt|nephew|niece|colleague|lawyer|attorney|relatives|friends)\s+of\s+$/i;
const RELATION_AFTER = /^['’]s\s+(?:[\w-]+\s+)?(?:relative|brother|sister|mother|father|son|daughter|wife|husband|friend|neighbou?r|cousin|uncle|aunt|nephew|niece|colleague|lawyer|attorney|relatives|friends|family)\b/i;
const OWN_FIGURES = /^(?:its|their)\s+(?:own\s+|latest\s+|new\s+)?(?:figures|count|counts|tally|tallies|data|estimates?|report|statement|records|numbers)$/;

interface Resolved {
  name: string;
  org: string | null;
  kind: "person" | "org" | "other";
}

// ("Hon. Cephas Habu", "Engr. Musa Bello", "Alh. Sani Umar": Nigerian honorifics.)
const TITLE_ABBREVIATION = /^(?:Dr|Mr|Mrs|Ms|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Brig|Adm|Rev|Sen|Rep|Gov|St|Det|Insp|Supt|Cpl|Pvt|Ofc|Cmdr|Dep|Atty|Lieut|Cdr|Hon|Rt|Engr|Alh|Barr|Amb|Arc|Pst)$/;

/** What opens a sentence before its subject's name: nothing, or an office ("The information minister,", "Police Chief"). */
const OFFICIAL_OPENING = /(?:^|[.!?]["”’]?\s+|\n\s*)((?:(?:The|A|An|Its|His|Her|Their|[\p{Lu}][\p{L}-]*['’]s)\s+)?(?:[\p{L}-]+\s+){0,4}?(?:[\p{L}-]+),?\s*)$/u;
/** An office in the words before a name. */
const OFFICE_WORD = /\b(?:minister|governor|commissioner|spokes(?:man|woman|person)|mayor|president|official|chief|commander|director|secretary|ombudsman|administrator|chairman|chairwoman|chair|head|prosecutor|general|colonel|senator|lawmaker|deputy|envoy|ambassador|coordinator|representative)\b/i;

/** Someone's relative or acquaintance, opening a sentence: "Mitchell's girlfriend", "His older brother". */
const KIN_OPENING = /^(?:[\p{Lu}][\p{L}-]*['’]s|[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+(?:[\p{L}-]+\s+){0,2}(?:girlfriend|boyfriend|wife|husband|mother|father|brother|sister|son|daughter|uncle|aunt|cousin|friend|neighbou?r|partner|fianc[ée]e?|grandmother|grandfather|niece|nephew|relative|colleague|classmate|roommate|landlord|employer|boss)$/u;

/** One unnamed person: "a villager", "the witness", "one resident". */
/** One unnamed person, by the words that open the phrase: "a spokesperson for the …", "the official". */
const ONE_VOICE = /^(?:a|an|the|one)\s+(?:[\w-]+\s+){0,2}?(?:spokes(?:man|woman|person)|official|commander|officer|source|resident|witness|survivor|doctor|nurse|medic|villager|volunteer|rescuer|leader|elder|activist|member|relative|neighbou?r)\b/i;
const ONE_PERSON = /^(?:a|an|the|one)\s+(?:[\w'’-]+\s+){0,2}(?:surgeon|physician|director|coordinator|villager|witness|resident|survivor|doctor|nurse|medic|official|spokes(?:man|woman|person)|commander|soldier|fighter|man|woman|teacher|farmer|relative|neighbou?r|volunteer|rescuer|worker|source|officer|father|mother|brother|sister|son|daughter|elder|leader|activist|journalist|driver|shopkeeper|trader|member|monk|priest|imam|pastor|councill?or|chief|mayor|lawmaker|administrator|fisherman|herder|shepherd|labou?rer|mechanic|student|paramedic|pharmacist|engineer|lawyer|businessman|businesswoman|vendor|passenger|guard|refugee|migrant|evacuee|eyewitness)(?:\s+(?:(?:of|at|in|from|near)|who\s+(?:lives|lived|works|worked|owns|runs)(?:\s+(?:in|near|at|by|on))?|working\s+(?:in|at|for|with))\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}[\w'’.-]+)?(?:,\s*who\s+asked\s+not\s+to\s+be\s+(?:named|identified))?$/i;

/** A state's own body after a role: "spokesman for the Kano State police command", "for the Afar Regional State". */
const STATE_BODY = /\b(?:spokes(?:man|woman|person)|official|officials|commissioner|director|head)\s+(?:for|of)\s+the\s+((?:[\p{Lu}][\p{L}'’-]*\s+){1,3}(?:Regional\s+)?State(?:\s+(?:government|police\s+command|police|ministry\s+of\s+health|emergency\s+management\s+agency))?)\b/u;

/** Resolves the speaker phrase to a named person or organisation using the document's mentions. */
export class SpeakerResolver {
  private lastPerson: Resolved | null = null;
  /** Where the phrase naming the last person who spoke ends. */
  private lastPersonEnd = 0;
  /** The words the last person who spoke was named with ("army spokesman Sidi Sanou"), for "the spokesman" later. */
  private lastPersonPhrase = "";
  private lastOrg: Resolved | null = null;
  private lastSpeaker: Resolved | null = null;
  /** Where the phrase naming the last speaker ends. */
  private lastSpeakerEnd = 0;
  /** The words the last speaker was named with, lower-cased ("the state emergency agency nsema"). */
  private lastSpeakerPhrase = "";
  /** Whether the mentions come in order of their start, so those inside a span are found by halving (told when first needed). */
  private sorted: boolean | null = null;
  /** Mentions' names and texts as lower-case words, split when first needed. */
  private readonly nameWords = new Map<EntityMention, string[]>();
  private readonly writtenWords = new Map<EntityMention, string[]>();
  constructor(private readonly text: string, private readonly entities: EntityMention[]) {}

  /** The mentions inside a span, in order. */
  private mentionsInside(span: Span): EntityMention[] {
    const entities = this.entities;
    this.sorted ??= entities.every((e, k) => k === 0 || entities[k - 1]!.start <= e.start);
    if (!this.sorted) return entities.filter((e) => e.start >= span.start && e.end <= span.end);
    let lo = 0;
    let hi = entities.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (entities[mid]!.start < span.start) lo = mid + 1;
      else hi = mid;
    }
    const inside: EntityMention[] = [];
    for (let k = lo; k < entities.length && entities[k]!.start <= span.end; k++) if (entities[k]!.end <= span.end) inside.push(entities[k]!);
    return inside;
  }

  /** The state's bodies written small that the report has tied to a state: "health" → "Health Ministry (Zimbabwe)". */
  private readonly smallBodies = new Map<string, string>();

  resolve(asCut: Span): Resolved {
    // ("…, Aid to the Church in Need said": a phrase cut inside a name the entity stage found is the whole name.)
    let span = asCut;
    for (const e of this.entities) {
      if (e.start < span.start && e.end > span.start && e.end <= span.end && e.type !== "place" && !/\.\S/.test(e.text)) {
        span = { start: e.start, end: span.end };
        break;
      }
    }
    // ("according to Action on Armed Violence": a phrase cut at a small word inside an organisation's name is the whole name.)
    for (const e of this.entities) {
      if (e.type === "org" && e.start >= span.start && e.start < span.end && e.end > span.end && /^\s+(?:on|of|for|in|against|to|and)\s/.test(this.text.slice(span.end, e.end))) {
        span = { start: span.start, end: e.end };
        break;
      }
    }
    // ("…, said UNICEF Representative in Sudan Sheldon Yett": a title's country, then the name of who holds it.)
    const holder = this.entities.find((e) => e.type === "person" && e.start > span.end && e.start - span.end <= 40);
    if (holder && TITLE_IN_PLACE_GAP.test(this.text.slice(span.end, holder.start)) && /^\s*[.,;"”]/.test(this.text.slice(holder.end, holder.end + 2))) span = { start: span.start, end: holder.end };
    // ("A new IPC analysis released on Monday said": the participle that told when it came out is no part of its name.)
    // ("One of them, an officer posted in the region, said": the one who speaks is the apposition.)
    // ("The interior ministry's latest figures put the toll at 820": the body whose figures they are speaks.)
    // (Each pattern is tried only where the phrase may hold it: a participle ends in "d" or "n", an owner's figures need
    // an apostrophe. Tried at every offset of the phrase, they cost much more than the test.)
    const trimmed = this.text.slice(span.start, span.end).trim();
    const untailed = endsInDOrN(trimmed) ? trimmed.replace(RELEASED_TAIL, "") : trimmed;
    const unopened = untailed.replace(ONE_OF_THEM_BEFORE, "");
    const phrase = unopened.includes("'") || unopened.includes("’") ? unopened.replace(OWNERS_FIGURES, "") : unopened;
    // ("Its figures put the number of injured at 1,600": the figures of the one "it" points back to.)
    // ("The al-Qaida-linked group claimed": an organisation tied to another by a hyphened modifier is still "the group".)
    const opened = phrase.toLowerCase().replace(/^(?:but|and|so|yet)\s+/, "");
    const said = opened.includes("-") ? opened.replace(TIED_MODIFIER, "") : opened;
    const lower = OWN_FIGURES.test(said) ? (said.startsWith("its") ? "it" : "they") : said;
    const inside = this.mentionsInside(span);
    let out: Resolved;
    const soldiersOwn = lower.startsWith("the ") && BARE_FORCE.test(phrase) ? this.forceOfSoldiers(phrase, span.start) : null;
    if (soldiersOwn) {
      // ("The Israeli military said … A Lebanese soldier died of his wounds, the army said": a state's army tells of its
      // own soldier, the one its sentence opens with, not the army heard before.)
      out = { name: soldiersOwn, org: soldiersOwn, kind: "org" };
    } else if (ONE_OF_THEM.test(lower) && this.lastSpeaker) {
      // '"…," one of them said': one of the voices just heard.
      out = this.lastSpeaker;
    } else if (ROLE_AGAIN.test(lower) && this.lastPerson && this.lastPerson.kind === "person" && ((lower.length > 6 && this.lastPersonPhrase.includes(lower.slice(4))) || ROLE_WRITTEN_OUT[lower.slice(4)]?.test(this.lastPersonPhrase))) {
      // "Army spokesman Sidi Sanou said … The spokesman said …": the role named again is the person who spoke in it.
      out = this.lastPerson;
    } else if (GROUP_AGAIN.test(lower) && this.lastSpeaker && new RegExp(`\\b${lower.slice(4)}\\b`, "i").test(this.lastSpeaker.name)) {
      // ("…, pro-government military sources said. …, the sources told AFP": the same voices, named again by their noun.)
      out = this.lastSpeaker;
    } else if (SAYING_AGAIN.test(lower) && this.lastSpeaker && (this.lastSpeaker.kind !== "other" || lower.startsWith("the same "))) {
      // "…, the ministry said in a statement. …, according to the statement": the words quoted again are the same voice's.
      out = this.lastSpeaker;
    } else if (UN_BODY_DESCRIBED.test(lower) && inside.every((e) => e.type !== "org" || (e.canonical || e.text) === "United Nations") && this.unBodyBefore(span.start)) {
      // "The UN migration agency, IOM, said … The UN agency said": the UN body named before, not the UN as a whole.
      out = this.unBodyBefore(span.start)!;
    } else if (lower.includes("government of") && GOVERNMENT_OF.test(phrase)) {
      // ("The provincial government of Limburg said": the body speaks, not the place it governs.)
      const m = GOVERNMENT_OF.exec(phrase)!;
      const name = `${titleWords(`${m[1]!.toLowerCase()} government of`)} ${m[2]!}`;
      out = { name, org: name, kind: "org" };
    } else if (PERSON_PRONOUNS.has(lower)) {
      // ("Commissioner Abraham said 32 were killed. The information minister, Peter Kelang, disputed the figures. He
      // said only 12 had died": an official who opens a sentence since the last speaker is the one "he" points to.)
      const since = this.lastPerson ? this.officialSubjectBetween(this.lastPersonEnd, span.start) : null;
      // ('A spokesperson for the PDF said … "Six died," he said': one unnamed person who spoke last.)
      const unnamed = this.lastSpeaker && this.lastSpeaker.kind !== "person" && ONE_VOICE.test(this.lastSpeaker.name) ? this.lastSpeaker : null;
      out = since ?? this.lastPerson ?? this.lastPersonMention(span.start) ?? unnamed ?? { name: phrase, org: null, kind: "other" };
    } else if (ORG_PRONOUNS.has(lower)) {
      // "…, the governor's office said. …, it said": the voice just heard, when it was not a person.
      // ("the group", "the ministry" point back to an organisation named; "it" to whoever spoke last.)
      // ("The UN says … \n\nThe RSF denied targeting civilians. It said …": a body that opens the sentence just before,
      // since the last voice, is the one "it" points to.)
      const subject = lower === "it" ? this.orgSubjectBefore(span.start) : null;
      const heard = subject ?? ((lower === "it" || lower === "they") && this.lastSpeaker && this.lastSpeaker.kind !== "person" && !PERSON_PRONOUNS.has(this.lastSpeaker.name.toLowerCase()) ? this.lastSpeaker : null);
      // The entity stage may have tied the description to the organisation it stands for ("Al-Shabab militants … the group").
      const described = inside.find((e) => e.type === "org" && e.descriptor && e.canonical);
      const named = described ? { name: described.canonical, org: described.canonical, kind: "org" as const } : null;
      // ("the ministry", "the agency", "the office": a body of that kind, not whichever organisation was named last —
      // "Hamas praised the attack. …, according to the ministry" is no word of Hamas.)
      const kind = KIND_PRONOUN.exec(lower)?.[1];
      if (kind && !named) {
        const keys = DESCRIPTORS[kind] ?? [kind];
        // ("the state emergency agency NSEMA said. … the agency said": the last body heard, named with the kind's word.)
        const namedAsKind = this.lastSpeaker && this.lastSpeaker.kind !== "person" && keys.some((k) => this.lastSpeakerPhrase.includes(k)) ? this.lastSpeaker : null;
        out = ofKind(this.lastSpeaker?.kind !== "person" ? this.lastSpeaker : null, keys) ?? namedAsKind ?? this.describe(phrase, span.start) ?? ofKind(this.lastOrg, keys) ?? { name: phrase, org: null, kind: "other" };
      } else out = heard ?? named ?? this.lastOrg ?? this.lastOrgMention(span.start) ?? { name: phrase, org: null, kind: "other" };
    } else {
      // The last person named is the speaker ("the family's lawyer, Ali Omar"), unless the phrase opens with a name
      // and an appositive describes them ("Maria Lopez, the sister of Tom Reyes").
      // ("Key informants in Zamzam": a name after "in" or "at" is where the speakers are, not one of them.)
      const first = inside.find((e) => isSpeakingPerson(this.text, span, e));
      const last = [...inside].reverse().find((e) => isSpeakingPerson(this.text, span, e));
      // ("a relative of Kyaw San Oo", "the lawyer of the family": the person after "of" is not the one who speaks.)
      const kinOf = last && ((last.start > span.start && RELATION_OF.test(this.text.slice(span.start, last.start))) || RELATION_AFTER.test(this.text.slice(last.end, span.end)));
      const person = first && first.start === span.start && /^\s*,/.test(this.text.slice(first.end, span.end)) ? first : kinOf ? undefined : last;
      // "The UN agency for Palestinian refugees (UNRWA)": the acronym in brackets names the speaker exactly.
      // ("Hamas-run Gaza's health ministry": an organisation that only runs the speaker is not the speaker.)
      // ("The UN's International Organization for Migration": the body a possessive owns speaks, not its owner.)
      // ("the charity Save the Children said": the name written out wins over a description tied to an earlier body.)
      const named = inside.filter((e) => !e.descriptor).concat(inside.filter((e) => e.descriptor));
      const org = named.find((e) => e.type === "org" && this.text.slice(e.end, span.end).trim() === ")")
        ?? named.find((e) => e.type === "org" && e !== person && !RUNS_IT.test(this.text.slice(e.end, e.end + 12)) && !OWNS_NEXT.test(this.text.slice(e.end, e.end + 3)))
        ?? named.find((e) => e.type === "org" && e !== person && !RUNS_IT.test(this.text.slice(e.end, e.end + 12)));
      if (person) {
        // ("The Taliban claimed the raid. … group spokesman Zabihullah Mujahid said": the group is the one named before.)
        // ("OCHA said … Its spokesman in Geneva, Jens Laerke, said": "its" is the body named before.)
        // ("… The Taliban government gave very different figures. Its chief spokesman, Zabihullah Mujahid, said": "its" is
        // the body the sentence before opens with, since the last voice.)
        const group = ITS_ROLE.test(phrase) ? this.orgOpeningBefore(span.start) ?? this.lastOrg ?? this.lastOrgMention(span.start) : GROUP_ROLE.test(phrase) ? this.lastOrg ?? this.lastOrgMention(span.start) : null;
        const groupOf = group ? group.org ?? group.name : null;
        out = { name: person.canonical || person.text, org: person.org ?? (org ? org.canonical || org.text : null) ?? this.orgOfPerson(person) ?? groupOf ?? this.bodyOfTitle(person) ?? this.bodyOfRoleAfter(person, span.start), kind: "person" };
      } else if (org) {
        // ("the health worker at Bure hospital", "a volunteer with the Red Crescent": a person at the organisation speaks.)
        // (Not words of the body's own name: "a statement from the Sudan Doctors Network".)
        const titled = /\b(?:spokes\w*|official|officials|chief|head|commander|minister|director|chairm[ae]n|chairwom[ae]n|chairpersons?|secretary|governor|commissioner|administrator|prefect|sub-prefect|councill?ors?|envoy|coordinator|representative|doctors?|nurses?|medics?|surgeons?|physicians?|paramedics?|member|workers?|staffers?|employees?|volunteers?|witness(?:es)?|rescuers?|researchers?|analysts?|experts?|investigators?|professors?|lawyers?)\b/i.test(phrase.replace(org.text, ""));
        // ("IOM's Missing Migrants Project", "the IOM Displacement Tracking Matrix": a project speaks for the body that runs it.)
        const runner = PROJECT_HEAD.test(org.canonical || org.text) ? this.entities.find((e) => e.type === "org" && e !== org && e.end <= org.start && org.start - e.end <= 4 && /^(?:['’]s)?\)?\s*$/.test(this.text.slice(e.end, org.start))) : undefined;
        out = { name: titled ? phrase : org.canonical || org.text, org: runner ? runner.canonical || runner.text : org.canonical || org.text, kind: titled ? "other" : "org" };
      } else {
        // "Delta Forum, a local monitoring group": a name the entity stage did not type still stands before its appositive.
        const head = /^((?:[\p{Lu}][\p{L}'’-]*\s?){1,6}),\s+(?:a|an|the)\s/u.exec(phrase);
        // ("the monitoring group Cabo Ligado": a kind of body, then its name.)
        const tail = KIND_THEN_NAME.exec(phrase);
        const named = head?.[1]?.trim() ?? tail?.[1]?.trim();
        // ("The Sudan Doctors Network said … that its teams had documented 62 deaths": a body's own teams speak for it.)
        const owner = ITS_OWN_PEOPLE.test(phrase) ? this.lastSpeaker?.kind === "org" && this.lastSpeakerEnd <= span.start ? this.lastSpeaker : this.lastOrg : null;
        out = owner ? { name: owner.name, org: owner.org ?? owner.name, kind: "org" } : this.describe(phrase, span.start) ?? (named ? { name: named, org: named, kind: "org" } : { name: phrase, org: null, kind: "other" });
      }
    }
    // ("the Palestinian health ministry in Gaza", "In Zimbabwe, the health ministry": a state's body written small
    // speaks for that state's body, named as the entity stage names it written large.)
    if (out.kind === "other" && !out.org) {
      const body = smallNationalBody(phrase, this.text.slice(Math.max(0, span.start - 60), span.start), () => this.homeState(true));
      const subject = SMALL_BODY.exec(phrase)?.[2]?.toLowerCase();
      // ("… according to the health ministry": the one whose state the report gave before.)
      // ("The Indonesian navy said … The navy said": a state's force named again by its kind alone.)
      // ("In neighbouring Mali, the army said": the state the sentence opens in.)
      const bareForce = BARE_FORCE.exec(phrase)?.[1]?.toLowerCase();
      const opening = bareForce ? IN_COUNTRY_BEFORE.exec(this.text.slice(Math.max(0, span.start - 60), span.start)) : null;
      const force = nationalForce(opening ? `${opening[1]} ${bareForce}` : phrase) ?? (bareForce && !this.smallBodies.has(bareForce) ? this.homeForce(bareForce) : null);
      // (Not one named for another place than the one the sentence opens in: "Meanwhile in Manipur, the state police".)
      const openingPlace = PLACE_OPENING_BEFORE.exec(this.text.slice(Math.max(0, span.start - 60), span.start))?.[1]?.toLowerCase() ?? null;
      const named = body ?? ofPlace(subject ? this.smallBodies.get(subject) : undefined, openingPlace) ?? force?.name ?? ofPlace(bareForce ? this.smallBodies.get(bareForce) : undefined, openingPlace);
      if (named) out = { ...out, org: named };
      if (body && subject) this.smallBodies.set(subject, body);
      if (force) this.smallBodies.set(force.kind, force.name);
      // ("The Kenyan disaster management agency said", "the Kano state fire service said": a country's or a place's body
      // written small is still an organisation, named as the small state bodies are.)
      if (!out.org) {
        const described = this.placeBody(phrase, span);
        if (described) out = { name: described, org: described, kind: "org" };
      }
    }
    // ("a spokesman for the Kano State government", "Musa Ali, spokesman for the Afar Regional State,": a state's
    // government or police command is the body a role speaks for; the entity stage reads the state as a place.)
    if (!out.org && out.kind !== "org" && phrase.includes(" State")) {
      const state = STATE_BODY.exec(phrase);
      if (state) out = { ...out, org: state[1]! };
    }
    if (out.kind === "person") (this.lastPerson = out), (this.lastPersonPhrase = phrase.toLowerCase()), (this.lastPersonEnd = span.end);
    // "A villager … told": "he said" later is that villager, until a named person speaks.
    else if (out.kind === "other" && ONE_PERSON.test(out.name)) this.lastPerson = out;
    if (out.kind === "org") this.lastOrg = out;
    this.lastSpeaker = out;
    this.lastSpeakerEnd = span.end;
    this.lastSpeakerPhrase = phrase.toLowerCase();
    return out;
  }

  /**
   * "the army" in a report about one country: that state's force. The country is the one most of the report's places
   * lie in, else the only one it names; a report that names another country or people about as often ("Israeli strikes
   * in Lebanon") leaves it open, since whose army is not clear.
   */
  private homeForce(kind: string): { kind: string; name: string } | null {
    const home = this.homeState();
    // (The Palestinian territories have no army of their own: "the army" there is another state's.)
    if (!home || home === "PS") return null;
    return { kind, name: `${FORCE_NAMES[kind] ?? kind} (${countryName(home)})` };
  }

  /**
   * The one country the report is about: the one most of its places lie in, else the only one it names; none when it
   * names another country or people about as often. Worked out once per report.
   */
  /**
   * The one country the report is about, or null. For a civil body (`struck` true: a ministry that counts the dead), a
   * country named only as the one that struck ("an Israeli strike") is not counted: its army may speak, not its ministry.
   */
  private homeState(struck = false): string | null {
    const cached = struck ? this.homeStruck : this.home;
    if (cached !== undefined) return cached;
    const named = new Map<string, number>();
    // (A word inside a longer name of a place or person, "Datu Saudi Ampatuan", names no country; in a body's name,
    // "Philippine Army", it does.)
    const longNames = this.entities.filter((e) => e.type !== "org" && e.text.includes(" "));
    let k = 0;
    for (const m of this.text.matchAll(CAPITALISED_WORD)) {
      while (k < longNames.length && longNames[k]!.end <= m.index) k++;
      if (k < longNames.length && longNames[k]!.start <= m.index) continue;
      // ("An Israeli strike on the Lebanese city of Nabatieh … the health ministry said": the attacker's adjective names
      // the side that struck, not the state whose ministry counts the dead.)
      if (struck && ATTACKER_AFTER.test(this.text.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
      const cc = countryWordOf(m[0].toLowerCase()).country;
      if (cc) named.set(cc, (named.get(cc) ?? 0) + 1);
    }
    const home = homeCountry(this.entities, []) ?? (named.size === 1 ? [...named.keys()][0]! : null);
    let others = 0;
    for (const [cc, n] of named) if (cc !== home) others = Math.max(others, n);
    const state = !home || (others && (named.get(home) ?? 0) < 2 * others) ? null : home;
    if (struck) this.homeStruck = state;
    else this.home = state;
    return state;
  }
  private home: string | null | undefined = undefined;
  private homeStruck: string | null | undefined = undefined;

  /**
   * "Information Minister Daud Aweis", "Police spokesman Alfred Alabo": the state body a title written before a name
   * serves, in the one country the report is about.
   */
  private bodyOfTitle(person: EntityMention): string | null {
    // (80 characters: a portfolio of two departments, "… for Information and Internal Affairs", runs long.)
    const before = this.text.slice(Math.max(0, person.start - 80), person.start);
    // ("Kano State Commissioner for Health Ada Obi": a place's commissioner heads its office, the title as written, as
    // when the title stands in commas after the name; with no place, "Commissioner for Health" names no body.)
    const office = before.includes("ommissioner for") ? PLACE_COMMISSIONER_BEFORE_NAME.exec(before) : null;
    if (office) {
      const at = person.start - before.length + office.index + office[0].length - office[1]!.length;
      if (this.entities.some((e) => e.type === "place" && e.start === at)) return office[1]!.trim();
    }
    const title = TITLE_BEFORE_NAME.exec(before.slice(-40));
    if (!title) return null;
    const home = this.homeState();
    // (American police are the town's or the county's, not the state's: no nation's body stands for them.)
    if (!home || (title[2] && home === "US")) return null;
    const body = title[1] ? `${title[1][0]!.toUpperCase()}${title[1].slice(1).toLowerCase()} Ministry` : title[2] ? "Police" : "Army";
    return `${body} (${countryName(home)})`;
  }

  /** "Civil Protection Ministry (Greece)", "Kano State Fire Service": a body written small after its country or place. */
  private placeBody(phrase: string, span: Span): string | null {
    const m = PLACE_BODY.exec(phrase);
    if (!m) return null;
    const kind = titleWords(`${m[2]!.trim()} ${m[3]!}`);
    // (A country's people or its name: "Borno" is a state of Nigeria, its body no body of Nigeria's.)
    const word = m[1]!;
    const cc = countryOfWord(word);
    if (cc && (countryName(cc) === word || demonymsOf(cc).includes(word))) return `${kind} (${countryName(cc)})`;
    // (A place's body only where the entity stage found the place: "The Smith family service" names no one's body.)
    const at = span.start + phrase.indexOf(word);
    const place = this.entities.some((e) => e.type === "place" && e.start === at && e.text === word);
    return place ? `${word} ${kind}` : null;
  }

  /** The force of the people whose soldier opens the sentence of "the army" at `before` ("A Lebanese soldier …"), or null. */
  private forceOfSoldiers(phrase: string, before: number): string | null {
    const open = Math.max(this.text.lastIndexOf(". ", before - 1), this.text.lastIndexOf("\n", before - 1)) + 1;
    const m = SOLDIER_OPENING.exec(this.text.slice(open, before));
    const cc = m ? countryOfWord(m[1]!) : null;
    // (A people's word only: "A Beirut soldier" is no way to name an army.)
    if (!cc || !demonymsOf(cc).includes(m![1]!)) return null;
    const kind = BARE_FORCE.exec(phrase)![1]!.toLowerCase();
    return nationalForce(`${m![1]!} ${kind}`)?.name ?? null;
  }

  /** An organisation opening the sentence right before `before`, after the last voice, followed by its verb. */
  private orgSubjectBefore(before: number): Resolved | null {
    // ("The RSF released a video showing what it said were 200 soldiers": the body its own sentence opens with.)
    const own = Math.max(this.text.lastIndexOf(". ", before - 1), this.text.lastIndexOf("\n", before - 1)) + 1;
    const ownSubject = this.openingOrg(own, before);
    if (ownSubject) return ownSubject;
    const stop = Math.max(this.text.lastIndexOf(". ", before - 2), this.text.lastIndexOf("\n", before - 2));
    if (stop < this.lastSpeakerEnd) return null;
    const open = Math.max(this.text.lastIndexOf(". ", stop - 1), this.text.lastIndexOf("\n", stop - 1)) + 1;
    for (const m of this.entities) {
      if (m.start >= stop) break;
      if (m.type !== "org" || m.start < open || !/^\s*(?:the\s+)?$/i.test(this.text.slice(open, m.start))) continue;
      // ("The Home Ministry gave a lower figure. It said …": a verb's irregular past opens the clause too.)
      if (!/^\s+(?:[\p{Ll}]+(?:ed|s)|gave|put|had|told|said|took|made|kept|held|set|sent)\b/u.test(this.text.slice(m.end, m.end + 24))) return null;
      return { name: m.canonical || m.text, org: m.canonical || m.text, kind: "org" };
    }
    return null;
  }

  /** An organisation within the first words of the sentence before `before`, when no one has spoken since it began. */
  private orgOpeningBefore(before: number): Resolved | null {
    const stop = Math.max(this.text.lastIndexOf(". ", before - 2), this.text.lastIndexOf("\n", before - 2));
    if (stop < 0 || stop < this.lastSpeakerEnd) return null;
    const open = Math.max(this.text.lastIndexOf(". ", stop - 1), this.text.lastIndexOf("\n", stop - 1)) + 1;
    if (open < this.lastSpeakerEnd) return null;
    const m = this.entities.find((e) => e.type === "org" && e.start >= open && e.start - open <= 40 && e.end <= stop);
    return m ? { name: m.canonical || m.text, org: m.canonical || m.text, kind: "org" } : null;
  }

  /** The UN body that spoke last, else the last one named before `before`. */
  private unBodyBefore(before: number): Resolved | null {
    if (this.lastSpeaker && this.lastSpeaker.kind === "org" && UN_BODIES.has(this.lastSpeaker.name)) return this.lastSpeaker;
    for (let k = this.entities.length - 1; k >= 0; k--) {
      const m = this.entities[k]!;
      if (m.type !== "org" || m.end > before || !UN_BODIES.has(m.canonical || m.text)) continue;
      return { name: m.canonical || m.text, org: m.canonical || m.text, kind: "org" };
    }
    return null;
  }

  /** An organisation opening the text from `open` as the subject of a verb, before `before`. */
  private openingOrg(open: number, before: number): Resolved | null {
    for (const m of this.entities) {
      if (m.start >= before) break;
      if (m.type !== "org" || m.start < open || !/^\s*(?:the\s+)?$/i.test(this.text.slice(open, m.start))) continue;
      if (!/^\s+[\p{Ll}]+ed\b/u.test(this.text.slice(m.end, m.end + 24))) return null;
      return { name: m.canonical || m.text, org: m.canonical || m.text, kind: "org" };
    }
    return null;
  }

  /** "the Observatory", "the Britain-based monitor": the earlier organisation whose name holds the head noun. */
  private describe(phrase: string, before: number): Resolved | null {
    // (The words are the runs of small letters and hyphens of the phrase written small; only the first and last matter.)
    const lower = phrase.toLowerCase();
    const head = lastRunOfLettersOrHyphens(lower);
    const keys = DESCRIPTORS[head] ?? (/^(?:the|a|an)$/.test(firstRunOfLettersOrHyphens(lower)) ? [head] : null);
    if (!keys || !head) return null;
    // A name word in the phrase must be in the organisation's name ("the Gaza civil defence agency" is not UNRWA).
    // ("Haiti's civil protection agency": a possessor is a name word too.)
    const named = phrase.split(/\s+/).map((w) => w.replace(/['’]s$/, "")).filter((w) => /^[\p{Lu}][\p{Ll}]+$/u.test(w) && !/^(?:The|A|An)$/.test(w)).map((w) => w.toLowerCase());
    // ("the national emergency agency" is not the Borno State Emergency Management Agency: a body of another level.)
    const level = LEVEL_WORD.exec(phrase.toLowerCase())?.[0] ?? null;
    // ("The army said troops had captured four ELN members": "the army" is a state's, not the National Liberation Army.)
    const stateArmy = head === "army" || head === "military";
    // ("The military said … the Combined Military Hospital": a place the military runs is not the military.)
    // ("the health ministry" is not the Interior Ministry named before: a subject word written small must be in the name.)
    const subjectWords = phrase.split(/\s+/).slice(0, -1).map((w) => w.replace(/['’]s$/, "").toLowerCase()).filter((w) => SUBJECT_MODIFIER.test(w));
    // ("…, the J-K Police said. Meanwhile in Manipur, the state police said": a body of the place the sentence opens
    // in, not one named for another.)
    const opening = PLACE_OPENING_BEFORE.exec(this.text.slice(Math.max(0, before - 60), before))?.[1]?.toLowerCase().split(/\s+/) ?? null;
    // The latest organisation named before (or up to 1,000 characters after) whose name holds a key and every name word.
    let hit: EntityMention | undefined;
    for (let at = this.entities.length - 1; at >= 0 && !hit; at--) {
      const e = this.entities[at]!;
      if (e.type !== "org" || e.start >= before + 1000) continue;
      const nameWords = this.wordsOf(e, e.canonical || e.text);
      if (opening && !opening.every((w) => nameWords.includes(w))) continue;
      if (keys.some((k) => nameWords.includes(k)) && named.every((w) => nameWords.includes(w) || this.wordsOf(e, e.text, true).includes(w)) && subjectWords.every((w) => nameWords.includes(w)) && sameLevel(level, e.canonical || e.text) && !rebelArmy(stateArmy, e.canonical || e.text)) hit = e;
    }
    // ("Gaza's Civil Defence … the civil defence agency says": the words before the head spell the body named before,
    // whatever its head; not a later UN agency.)
    // (Words written small before a head that names a kind of body: "a Dala resident" is no one of Dala Hospital.)
    const written = phrase.split(/\s+/);
    const modifiers = written.slice(/^(?:the|a|an)$/i.test(written[0] ?? "") ? 1 : 0, -1).filter((w) => /^[\p{Ll}]{3,}$/u.test(w));
    if (modifiers.length && DESCRIPTORS[head] && (!hit || hit.start > before)) {
      for (let at = this.entities.length - 1; at >= 0; at--) {
        const e = this.entities[at]!;
        if (e.type !== "org" || e.end > before) continue;
        const nameWords = this.wordsOf(e, e.canonical || e.text);
        // (Not a body of another kind: "the health ministry" is not the World Health Organization.)
        const ownHead = nameWords[nameWords.length - 1] ?? "";
        // (Nor a hospital named before "the regional prosecutor's office".)
        if ((BODY_HEAD.test(ownHead) || /^(?:hospital|clinic|university|school|college)$/.test(ownHead)) && !keys.includes(ownHead) && ownHead !== head) continue;
        if (modifiers.every((w) => nameWords.includes(w))) {
          hit = e;
          break;
        }
      }
    }
    if (hit) return { name: hit.canonical || hit.text, org: hit.canonical || hit.text, kind: "org" };
    if (this.lastOrg && (!opening || opening.every((w) => this.lastOrg!.name.toLowerCase().includes(w))) && keys.some((k) => this.lastOrg!.name.toLowerCase().includes(k)) && named.every((w) => this.lastOrg!.name.toLowerCase().includes(w)) && subjectWords.every((w) => this.lastOrg!.name.toLowerCase().includes(w)) && sameLevel(level, this.lastOrg.name) && !rebelArmy(stateArmy, this.lastOrg.name)) return this.lastOrg;
    return null;
  }

  /** The lower-case words of a mention's name (or, with `asWritten`, of its text), split once per mention. */
  private wordsOf(e: EntityMention, name: string, asWritten = false): string[] {
    const cache = asWritten ? this.writtenWords : this.nameWords;
    let words = cache.get(e);
    if (!words) cache.set(e, (words = name.toLowerCase().split(/\s+/)));
    return words;
  }
  /** "Musa Danmadami, a spokesman for the Nigerian army": the state's body written small that the role after the name is held at. */
  private bodyOfRoleAfter(person: EntityMention, before: number): string | null {
    const role = ROLE_FOR_BODY.exec(this.text.slice(person.end, person.end + 100));
    if (!role) return null;
    return nationalForce(role[1]!)?.name ?? smallNationalBody(role[1]!, this.text.slice(Math.max(0, before - 60), before), () => this.homeState(true));
  }

  private orgOfPerson(person: EntityMention): string | null {
    // The same person may be tied to an organisation at another mention ("SDF spokesman Kino Gabriel").
    const key = person.canonical || person.text;
    return this.entities.find((e) => e.type === "person" && (e.canonical || e.text) === key && e.org)?.org ?? null;
  }

  /** The last mention of a type ending before an offset (walked back, without copying the list). */
  private lastMention(type: EntityMention["type"], before: number): EntityMention | undefined {
    for (let k = this.entities.length - 1; k >= 0; k--) {
      const m = this.entities[k]!;
      if (m.type === type && m.end <= before) return m;
    }
    return undefined;
  }

  /**
   * The last person named in [from, before) as the subject of a sentence with an office ("The information minister,
   * Peter Kelang, disputed", "Information Minister Peter Kelang rejected"), or null.
   */
  private officialSubjectBetween(from: number, before: number): Resolved | null {
    for (let k = this.entities.length - 1; k >= 0; k--) {
      const m = this.entities[k]!;
      if (m.end > before) continue;
      if (m.start < from) break;
      if (m.type !== "person") continue;
      const opening = OFFICIAL_OPENING.exec(this.text.slice(Math.max(from, m.start - 90), m.start));
      if (opening && OFFICE_WORD.test(opening[1]!) && /^\s*(?:,|[\p{Ll}]+(?:ed|s)\b)/u.test(this.text.slice(m.end, m.end + 30))) {
        return { name: m.canonical || m.text, org: m.org ?? this.orgOfPerson(m), kind: "person" };
      }
    }
    return null;
  }

  private lastPersonMention(before: number): Resolved | null {
    const e = this.lastMention("person", before);
    return e ? { name: e.canonical || e.text, org: e.org ?? this.orgOfPerson(e), kind: "person" } : null;
  }

  private lastOrgMention(before: number): Resolved | null {
    // (Not the agency credited in the dateline, "ANKARA (AA) -": "the group" is not the wire that filed the report.)
    let e: EntityMention | undefined;
    for (let k = this.entities.length - 1; k >= 0 && !e; k--) {
      const m = this.entities[k]!;
      if (m.type === "org" && m.end <= before && !(this.text.charCodeAt(m.start - 1) === 40 && /^\)\s*[-–—]/.test(this.text.slice(m.end, m.end + 4)))) e = m;
    }
    return e ? { name: e.canonical || e.text, org: e.canonical || e.text, kind: "org" } : null;
  }
}

/** Whether a phrase's last character is "d" or "n", as the participles a released text ends with ("… released", "… seen"). */
function endsInDOrN(phrase: string): boolean {
  const last = phrase.charCodeAt(phrase.length - 1);
  return last === 100 || last === 110;
}
function isSmallLetterOrHyphen(code: number): boolean {
  return (code >= 97 && code <= 122) || code === 45;
}
/** The last run of a–z and "-" in a text ("" when none): its last word once every other character is a space. */
function lastRunOfLettersOrHyphens(text: string): string {
  let end = text.length;
  while (end > 0 && !isSmallLetterOrHyphen(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && isSmallLetterOrHyphen(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}
/** The first run of a–z and "-" in a text ("" when none). */
function firstRunOfLettersOrHyphens(text: string): string {
  let start = 0;
  while (start < text.length && !isSmallLetterOrHyphen(text.charCodeAt(start))) start++;
  let end = start;
  while (end < text.length && isSmallLetterOrHyphen(text.charCodeAt(end))) end++;
  return text.slice(start, end);
}

// (The helpers below stand outside the methods that use them so that no function is made anew on each call.)
/** The resolved voice when its name holds one of the kind's words ("the ministry" for a ministry), else null. */
function ofKind(r: Resolved | null | undefined, keys: readonly string[]): Resolved | null {
  return r && keys.some((k) => r.name.toLowerCase().includes(k)) ? r : null;
}
/** A person mention inside the span, not named as where the speakers are ("Key informants in Zamzam"). */
function isSpeakingPerson(text: string, span: Span, e: EntityMention): boolean {
  return e.type === "person" && !(e.start > span.start && /\b(?:in|at|near|around|outside)\s+$/i.test(text.slice(span.start, e.start)));
}
/** The name, unless the sentence opens in a place the name does not hold. */
function ofPlace(name: string | undefined, openingPlace: string | null): string | undefined {
  return name && (!openingPlace || name.toLowerCase().includes(openingPlace)) ? name : undefined;
}
/** Whether a body's name is not of another level than the descriptor's ("national" is not a "State" agency). */
function sameLevel(level: string | null, name: string): boolean {
  return !level || !OTHER_LEVEL[level]!.test(name);
}
/** Whether "the army" (a state's) must not be taken for this name: a rebel army or a place the military runs. */
function rebelArmy(stateArmy: boolean, name: string): boolean {
  return stateArmy && (REBEL_ARMY.test(name) || MILITARY_PLACE.test(name));
}
/** The places named within [from, to). */
function placesIn(doc: AnnotatedDoc, from: number, to: number): Set<string> {
  return new Set(doc.entities.filter((e) => e.type === "place" && e.start >= from && e.end <= to).map((e) => e.canonical || e.text));
}

const SHOWS = /^show(?:s|ed)?\b/i;
const SHOWN_BY_COUNTS = /\b(?:figures|data|statistics|tally|tallies|records|numbers)\b/i;

export const attributionStage: Stage = {
  name: "attribution",
  requires: ["sentences", "times", "entities"],
  assigns: ["attributions"],
  run(doc: AnnotatedDoc): AnnotatedDoc {
    const resolver = new SpeakerResolver(doc.text, doc.entities);
    const attributions: Attribution[] = [];
    doc.sentences.forEach((sentence, index) => {
      const slice = doc.text.slice(sentence.start, sentence.end);
      // "| Palestinians killed | 40,099 | Ministry of Health |": a table row's figures are its Source column's.
      if (slice.charCodeAt(0) === 124 /* | */) {
        const cell = tableSource(doc, index, slice);
        if (cell) attributions.push({ ...cell, sentence: index } as Attribution);
        return;
      }
      // "This is a summary of what was said by UNHCR spokesperson X – to whom quoted text may be attributed – at today's
      // press briefing": the whole note is that speaker's (its figures carry this cue; see the claims stage).
      // (A briefing note's "said by" is a cue's word too: the note is looked for only in a sentence that holds one.)
      const hinted = CUE_HINT.test(slice);
      if ((hinted || !BRIEFING_NEEDS_HINT) && BRIEFING_NOTE.test(slice)) {
        const note = briefingNote(doc, sentence);
        if (note) attributions.push({ ...note, sentence: index } as Attribution);
        return;
      }
      if (!hinted) {
        // "Casualties: 45 dead, 120 injured (Ministry of Health, 12 June)": a sitrep names its source in brackets at the end.
        const cited = bracketedSource(doc, sentence, slice);
        if (cited) attributions.push({ ...cited, sentence: index } as Attribution);
        return;
      }
      // "The spokesperson of the police, Yazid Abubakar, confirmed the attack but put the toll at 15": verbs sharing one
      // subject share the speaker it was resolved to.
      const bySubject = new Map<number, Voiced>();
      let outer: Voiced | null = null;
      for (const cue of findCues(doc.text, sentence)) {
        // ("Figures released by the agency show that 29 died", not "Video footage shows that …": only counts show for a body.)
        if (SHOWS.test(doc.text.slice(cue.verb.start, cue.verb.end)) && !SHOWN_BY_COUNTS.test(doc.text.slice(sentence.start, cue.verb.start))) continue;
        const earlier = bySubject.get(cue.speaker.start);
        const sameSubject = earlier && earlier.who.kind !== "other" && !cue.inverted && cue.verb.start >= earlier.verb.end && COORDINATED.test(doc.text.slice(earlier.verb.end, cue.verb.start));
        // "Police said witnesses reported", "A resident, Halima Nur, said she counted": words reported inside another
        // voice's words are that voice's to answer for.
        const reported = !sameSubject && !cue.inverted && outer !== null && outer.verb.end <= cue.speaker.start && REPORTED_INSIDE.test(doc.text.slice(outer.verb.end, cue.speaker.start));
        const who: Resolved = sameSubject ? earlier.who : reported ? outer!.who : resolver.resolve(cue.speaker);
        if (!cue.inverted) outer = { who, verb: cue.verb };
        if (!earlier) bySubject.set(cue.speaker.start, { who, verb: cue.verb });
        // (Within the cue's own sentence: "an official said. He bought them years ago" gives the saying no date.)
        // ("say that a civilian was killed today": a time inside what was said dates the killing, not the saying.)
        // ("the toll they have reported since September 27": a period since a day is what was counted, not when.)
        // ("The army on Monday said": the day may stand before the verb, after the speaker.)
        const said = doc.times.find((t) => !cue.inverted && t.start >= cue.speaker.end && t.end <= cue.verb.start && /^\s*$/.test(doc.text.slice(t.end, cue.verb.start)) && !/[,;:]/.test(doc.text.slice(cue.speaker.end, t.start)) && t.kind === "point") ?? doc.times.find((t) => t.start >= cue.verb.end && t.start - cue.verb.end <= 45 && t.end <= sentence.end && !(t.kind === "period" && /^since\b/i.test(t.text)) && !/[“”"\d]|\b(?:that|was|were|had|has|have|is|are|been)\b/.test(doc.text.slice(cue.verb.end, t.start)) && sayingWords(doc.text.slice(cue.verb.end, t.start)));
        // ("Last month, Human Rights Watch accused …", "On Monday, the ministry said …": a time opening the sentence, then
        // the speaker, is the saying's.)
        const opening = said || cue.inverted ? undefined : doc.times.find((t) => t.start >= sentence.start && t.end <= cue.speaker.start && (!doc.text.slice(sentence.start, t.start).trim() || SETTING_OPENS.test(doc.text.slice(sentence.start, t.start))) && !COUNTED_PERIOD.test(t.text) && /^\s*,\s*(?:the\s+)?$/i.test(doc.text.slice(t.end, cue.speaker.start)));
        const when = said ?? opening;
        // ("The government put the toll at 132 dead in a statement on Sunday": the day of the statement, past the figure,
        // dates the saying; the voice's span stays where it was.)
        const setting = when || cue.inverted ? undefined : doc.times.find((t) => t.start >= cue.verb.end && t.end <= sentence.end && t.kind === "point" && SPEECH_SETTING_END.test(doc.text.slice(Math.max(cue.verb.end, t.start - 50), t.start)));
        // (Its span takes the opening time in only where what was said gives a time of its own: "Last month, HRW accused
        // the army of killing 223 … in February 2024"; else the day opens the scene too, "On Sunday, sources confirmed
        // that gunmen attacked a bus".)
        const ownTime = opening !== undefined && doc.times.some((t) => t.start >= cue.verb.end && t.end <= sentence.end);
        const start = said ? cue.start : ownTime ? Math.min(cue.start, opening!.start) : cue.start;
        attributions.push({
          start,
          end: Math.max(cue.end, when?.end ?? 0),
          text: doc.text.slice(start, Math.max(cue.end, when?.end ?? 0)),
          name: who.name,
          org: who.org ?? (who.kind === "other" ? toldMonitor(doc, cue.verb) : null),
          sentence: index,
          said: when ? when.to : setting ? setting.to : null,
          verbStart: cue.verb.start,
          verbEnd: cue.verb.end,
          speakerKind: who.kind,
        } as Attribution);
      }
    });
    return { ...doc, attributions: namedAfter(doc, attributions) };
  },
};

/**
 * "…, the regional governor said. … Governor Oleh Synehubov said on Telegram": an office named by its title only, then
 * within a few sentences a person holding that title, is that person (wire copy names the official after the lead).
 * (Not when the two are placed apart: "the Kharkiv governor" is not "Zaporizhzhia Governor Ivan Fedorov".)
 */
function namedAfter(doc: AnnotatedDoc, attributions: Attribution[]): Attribution[] {
  return attributions.map((a, k) => {
    if (a.speakerKind !== "other") return a;
    const body = bodyNamedAfter(a, attributions.slice(k + 1));
    if (body) return body;
    // ("…, RCMP said. A man was arrested later, police said": bare police are the force the report named speaking just
    // before.)
    if (!a.org && /^(?:the\s+)?police$/i.test(a.name)) {
      const force = attributions.slice(0, k).reverse().find((b) => b.sentence >= a.sentence - 3 && b.org && POLICE_FORCE.test(b.org));
      if (force) return { ...a, org: force.org };
    }
    const unnamed = UNNAMED_OFFICIAL.exec(a.name)?.[1]?.toLowerCase();
    if (unnamed) return officialNamedNext(doc, a, attributions[k + 1], unnamed);
    const title = TITLE_ONLY.exec(a.name)?.[1]?.toLowerCase();
    if (!title) return a;
    const here = placesIn(doc, a.start, a.end);
    for (const later of attributions.slice(k + 1)) {
      if (later.sentence > a.sentence + 3) break;
      const holds = new RegExp(`\\b${title}\\b`, "i").test(later.text);
      if (!holds) continue;
      if (later.speakerKind === "other") break; // another voice known by the title only: no telling which is meant
      if (later.speakerKind !== "person") continue;
      // (Where the title names a place, the later voice's words and its sentence before it must not name only others:
      // "In Kharkiv, Governor Oleh Synehubov said".)
      const there = placesIn(doc, doc.sentences[later.sentence]?.start ?? later.start, later.end);
      if (here.size && there.size && ![...here].some((p) => there.has(p))) break;
      return { ...a, name: later.name, org: a.org ?? later.org, speakerKind: "person" as const };
    }
    return a;
  });
}
const POLICE_FORCE = /\b(?:police|constabulary|RCMP|Gardaí|Garda|gendarmerie)/i;

/**
 * "…, a local official said. County Commissioner Peter Ajak told the radio …": an official the lead leaves unnamed is the
 * holder of an office who speaks first in the very next sentence (the story names its source right after the lead).
 * (Only the next voice, and only one named with an office: "…, a local official said. Resident Mary Ann said" is another.)
 */
function officialNamedNext(doc: AnnotatedDoc, a: Attribution, next: Attribution | undefined, kind: string): Attribution {
  if (!next || next.sentence !== a.sentence + 1 || next.speakerKind !== "person") return a;
  const opening = doc.text.slice(doc.sentences[next.sentence]?.start ?? next.start, next.end);
  const office = kind === "official" ? OFFICE_HELD : SPOKES;
  if (!office.test(opening)) return a;
  return { ...a, name: next.name, org: a.org ?? next.org, speakerKind: "person" as const };
}
/** "a local official", "a regional government spokesman": an office holder the lead does not name. */
const UNNAMED_OFFICIAL = /^(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}?(official|spokes(?:man|woman|person))$/iu;
const OFFICE_HELD = /\b(?:[Cc]ommissioner|[Gg]overnor|[Mm]ayor|[Pp]refect|[Ss]ub-prefect|[Aa]dministrator|[Cc]hairman|[Cc]hairwoman|[Mm]inister|[Oo]fficial|[Ss]pokes(?:man|woman|person)|[Cc]ouncill?or|[Cc]hief|[Dd]irector|[Ss]ecretary|[Hh]ead)\b/;
const SPOKES = /\b[Ss]pokes(?:man|woman|person)\b/;

/**
 * "…, a doctors' group said. The Sudan Doctors Network said …": a body described by what its members are, then in the
 * next sentence a body whose name says so, is that body.
 */
function bodyNamedAfter(a: Attribution, later: Attribution[]): Attribution | null {
  const described = BODY_DESCRIBED.exec(a.name);
  if (!described) return null;
  const words = described[1]!.toLowerCase().replace(/['’]s?(?=\s|$)/g, "").split(/\s+/).filter((w) => w && !GENERIC_BODY_WORDS.has(w));
  if (!words.length) return null;
  for (const b of later) {
    if (b.sentence > a.sentence + 1) break;
    if (b.speakerKind !== "org") continue;
    const name = b.name.toLowerCase();
    if (words.some((w) => new RegExp(`\\b${w}\\b`).test(name))) return { ...a, name: b.name, org: b.org ?? b.name, speakerKind: "org" };
  }
  return null;
}
const BODY_DESCRIBED = /^an?\s+((?:[\p{L}'’-]+\s+){1,2})(?:group|network|monitor|organi[sz]ation|association|union|body|watchdog|charity)$/iu;
const GENERIC_BODY_WORDS = new Set(["local", "international", "national", "regional", "independent", "monitoring", "humanitarian", "aid", "relief", "non-governmental", "private", "new", "small", "major"]);

const KIND_THEN_NAME = /^(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}(?:group|monitor|organi[sz]ation|project|network|agency|charity|watchdog|NGO|collective|initiative)\s+((?:[\p{Lu}][\p{L}'’-]*\s?){1,5})$/u;

/** "the regional governor", "the provincial police spokesman", a headline's "governor says": a title with no name. */
const TITLE_ONLY = /^(?!(?:a|an|one|another)\s)(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(governor|mayor|spokes(?:man|woman|person)|commissioner|police chief|minister|prefect|administrator|ambassador|envoy)$/iu;

/**
 * "Sources told the Syrian Observatory for Human Rights that …", "Villagers told Human Rights Watch …": the body that
 * was told and publishes the figure is the source's organisation (a news outlet told, "told Reuters", is only the
 * reporter).
 */
function toldMonitor(doc: AnnotatedDoc, verb: Span): string | null {
  if (!LISTENER_VERBS.has(doc.text.slice(verb.start, verb.end).toLowerCase())) return null;
  const listener = doc.entities.find((e) => e.type === "org" && e.start >= verb.end && /^\s+(?:the\s+)?$/i.test(doc.text.slice(verb.end, e.start)));
  if (!listener) return null;
  const name = listener.canonical || listener.text;
  return MONITOR.test(name) && !MEDIA_OUTLET.test(name) ? name : null;
}
const MONITOR = /\b(?:Observatory|Rights|Watch|Amnesty|Monitor|Monitoring|Commission|Office|Organi[sz]ation|High Commissioner|Children['’]s Fund|Red Cross|Red Crescent|Doctors Without Borders|M[ée]decins Sans Fronti[èe]res|Network|Committee|Council|Mission|Centre|Center|Institute|Project|Syndicate|Union|Coalition|Federation|United Nations|UN\w*)\b/;
const MEDIA_OUTLET = /\b(?:Reuters|AFP|Agence|Associated Press|Anadolu|Xinhua|BBC|CNN|Jazeera|News|Press|Times|Post|Journal|Television|TV|Radio|Tribune|Herald|Gazette|Guardian|Telegraph|Channel|Daily|Broadcasting)\b/;

/** The opening line of a press briefing note (the UN agencies' "summary of what was said by …"). */
export const BRIEFING_NOTE = /\bsummary of what was said by\b/i;

/** The speaker a briefing note names: the person after "said by", with the organisation named with them. */
function briefingNote(doc: AnnotatedDoc, sentence: Span): Omit<Attribution, "sentence"> | null {
  const at = BRIEFING_NOTE.exec(doc.text.slice(sentence.start, sentence.end));
  if (!at) return null;
  const from = sentence.start + at.index + at[0].length;
  const named = doc.entities.filter((e) => e.start >= from && e.start - from <= 80 && e.end <= sentence.end);
  const person = named.find((e) => e.type === "person");
  const org = named.find((e) => e.type === "org");
  if (!person && !org) return null;
  const end = (person ?? org)!.end;
  const orgName = person?.org ?? (org ? org.canonical || org.text : null);
  return { start: sentence.start + at.index, end, text: doc.text.slice(sentence.start + at.index, end), name: person ? person.canonical || person.text : orgName!, org: orgName, said: null, verbStart: sentence.start + at.index, verbEnd: from, speakerKind: person ? "person" : "org" };
}

/** The level of government a descriptor names, and the name words of bodies at other levels. */
const ONE_OF_THEM_BEFORE = /^(?:one|two|three|some|several|another) of (?:them|those|these)\s*,\s*(?=\S)/i;
/** A state's body written small, with the word that may name its state before it and the place after it. */
// ("the Hamas-run health ministry": who runs it says nothing of whose state's body it is; nor in "Yemen's Houthi-run
// health ministry", after the state's name.)
const SMALL_BODY = /^(?:[Tt]he\s+)?(?:[\p{Lu}][\p{L}]+-(?:run|controlled|led|administered)\s+)?(?:([\p{Lu}][\p{L}-]+)(?:['’]s)?\s+)?(?:[\p{Lu}][\p{L}]+-(?:run|controlled|led|administered)\s+)?(health|interior|defen[cs]e|foreign) ministry(?:\s+(?:in|of)\s+([\p{Lu}][\p{L}-]+))?$/u;
/** "In Zimbabwe, " opening the sentence before a speaker. */
const IN_COUNTRY_BEFORE = /\bIn\s+(?:neighbou?ring\s+)?([\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?),\s+$/u;

/** "Health Ministry (Zimbabwe)" for "the health ministry" in "In Zimbabwe, the health ministry", or null. */
function smallNationalBody(phrase: string, before: string, home: () => string | null): string | null {
  const m = SMALL_BODY.exec(phrase);
  if (!m) return null;
  const opening = IN_COUNTRY_BEFORE.exec(before);
  // (Else the one country the report is about.)
  const cc = (m[1] && countryOfWord(m[1])) || (m[3] && countryOfWord(m[3])) || (opening && countryOfWord(opening[1]!)) || home();
  if (!cc) return null;
  const subject = m[2]!.toLowerCase();
  return `${subject[0]!.toUpperCase()}${subject.slice(1)} Ministry (${countryName(cc)})`;
}

/**
 * "the Nigerian army", "Israel's military": a state's armed forces written small, as the organisation list names them
 * ("Israel Defense Forces"), else by kind and country ("Army (Nigeria)").
 */
function nationalForce(phrase: string): { kind: string; name: string } | null {
  const m = NATIONAL_FORCE.exec(phrase);
  const cc = m ? countryOfWord(m[1]!) : null;
  if (!m || !cc) return null;
  const kind = m[2]!.toLowerCase();
  for (const people of demonymsOf(cc)) {
    const known = knownOrg(`${people} ${kind}`);
    if (known) return { kind, name: known.name };
  }
  return { kind, name: `${FORCE_NAMES[kind] ?? kind} (${countryName(cc)})` };
}
const BARE_FORCE = /^[Tt]he\s+(army|military|armed forces|navy|air force)$/i;
/** "A Lebanese soldier", "Two Malian soldiers": a sentence opening on soldiers of a people. */
const SOLDIER_OPENING = /^\s*(?:An?|The|One|Two|Three|Four|Five|\d+)\s+([\p{Lu}][\p{Ll}-]+)\s+(?:soldiers?|troops?|servicem[ae]n|servicewom[ae]n)\b/u;
/** "The Greek civil protection ministry": a country's or place's word, what the body deals with, and its kind. */
const PLACE_BODY = /^(?:[Tt]he\s+)?([\p{Lu}][\p{Ll}-]+)\s+((?:[\p{Ll}-]+\s+){1,3})(ministry|agency|authority|command|department|service|directorate|bureau|commission)$/u;
/** "the regional government of Trentino": a level of government and the place it governs. */
const GOVERNMENT_OF = /^(?:[Tt]he\s+)?([Rr]egional|[Pp]rovincial|[Ss]tate|[Ff]ederal|[Ll]ocal|[Nn]ational|[Mm]unicipal|[Cc]ounty|[Cc]ity|[Dd]istrict)\s+[Gg]overnment\s+of\s+((?:the\s+)?[\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+){0,2})$/u;
/** "civil protection ministry" → "Civil Protection Ministry". */
function titleWords(words: string): string {
  return words.split(/\s+/).map((w) => (w === "of" || w === "and" ? w : `${w[0]!.toUpperCase()}${w.slice(1)}`)).join(" ");
}
const TITLE_IN_PLACE_GAP = /^\s+in\s+(?:the\s+)?[\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?\s+$/u;
/** "Information Minister ", "Police spokesman ", "Army spokesman ": a state office written right before a name. */
const PLACE_COMMISSIONER_BEFORE_NAME = /(?:^|[\s,(])((?:[\p{Lu}][\p{L}-]+ ){1,3}[Cc]ommissioner for (?:[\p{Lu}][\p{L}-]+ (?:and )?){1,3})$/u;
const TITLE_BEFORE_NAME = /(?:^|[\s,(])(?:(Information|Interior|Defen[cs]e|Health|Foreign|Security|Justice)\s+Minister|(Police)\s+(?:[Ss]pokes(?:man|woman|person)|[Cc]ommissioner|[Cc]hief|PRO|[Pp]ublic [Rr]elations [Oo]fficer)|(Army|Military)\s+[Ss]pokes(?:man|woman|person))\s+$/;
const CAPITALISED_WORD = /\b[\p{Lu}][\p{L}-]+/gu;
const NATIONAL_FORCE = /^(?:[Tt]he\s+)?([\p{Lu}][\p{L}-]+)(?:['’]s)?\s+(army|military|armed forces|navy|air force)$/u;
const FORCE_NAMES: Record<string, string> = { army: "Army", military: "Armed Forces", "armed forces": "Armed Forces", navy: "Navy", "air force": "Air Force" };

/** "Meanwhile in Manipur, ": the place a sentence opens in, right before a voice. */
const PLACE_OPENING_BEFORE = /(?:^|[.!?]\s+|\n)(?:(?:Meanwhile|Elsewhere|Separately),?\s+)?[Ii]n\s+([\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+){0,2}),\s*$/u;
/** A body's own people or records, told by "its": "its teams", "its monitors", "their field staff". */
const ITS_OWN_PEOPLE = /^(?:its|their)\s+(?:own\s+)?(?:field\s+|medical\s+|local\s+)?(?:teams?|staff|monitors|volunteers|workers|medics|doctors|researchers|investigators|correspondents|sources|records|data|figures|tally|count)$/i;
/** The head of a project's name, not a body's: "Missing Migrants Project", "Displacement Tracking Matrix". */
const PROJECT_HEAD = /\b(?:Project|Programme|Program|Matrix|Tracker|Database|Initiative)$/;
/** A role of a body named before, told by "its": "Its spokesman", "its regional director". */
const ITS_ROLE = /^(?:its|their)\s+(?:[\w-]+\s+){0,2}(?:spokes\w+|official|chief|head|director|commander|representative|coordinator|envoy|leader)\b/i;
/** A role of "the group" named before: "group spokesman", "the group's commander", "a spokesman for the group". */
const GROUP_ROLE = /\b(?:group|movement|militia)(?:['’]s)?\s+(?:spokes\w+|leader|commander|official|chief|head)\b|\b(?:spokes\w+|official|commander|leader) (?:for|of) the (?:group|movement|militia)\b/i;
/** Words written small that say what a ministry or office deals with: "the health ministry", "the defence ministry". */
const SUBJECT_MODIFIER = /^(?:health|interior|defen[cs]e|foreign|justice|information|education|finance|agriculture|labou?r|transport|energy|environment|humanitarian|migration|refugee|emergency|disaster|prosecutor|prosecutors|police)$/;
const LEVEL_WORD = /\b(?:national|federal|state|provincial|regional|local|county|municipal)\b/;
const BELOW_NATIONAL = /\b(?:State|Provincial|Province|Regional|Region|County|Municipal|City|District|Local)\b/;
const NATIONAL = /\b(?:National|Federal)\b/;
const OTHER_LEVEL: Record<string, RegExp> = {
  national: BELOW_NATIONAL, federal: BELOW_NATIONAL,
  state: NATIONAL, provincial: NATIONAL, regional: NATIONAL, local: NATIONAL, county: NATIONAL, municipal: NATIONAL,
};

/** A cue's resolved speaker and its verb. */
interface Voiced {
  who: Resolved;
  verb: Span;
}

/** A word in capitals among words that are not ("The WHO said", "IS said"): an acronym, not the word it spells. */
function isAcronym(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!.text;
  if (t.length < 2 || t !== t.toUpperCase() || t === t.toLowerCase()) return false;
  return !shouted(tokens[k - 1]) && !shouted(tokens[k + 1]);
}
function shouted(x: Token | undefined): boolean {
  return !!x && x.text.length > 1 && x.text === x.text.toUpperCase() && x.text !== x.text.toLowerCase();
}

/** Verbs that end a speaker named after its verb: what follows them is the rest of the sentence. */
const AFTER_A_NAME_VERBS = new Set(["include", "includes", "included", "were", "was", "are", "is", "have", "has", "had", "remain", "remains", "rose", "stands", "stood"]);

/** Participles that, with "by", name who gave a figure: "reported by", "recorded by", "released by". */
const REPORTED_BY_VERBS = new Set(["reported", "recorded", "documented", "released", "announced", "given", "issued", "published", "confirmed", "registered", "cited", "provided"]);
/** The text of a cue found from such a participle: it gives the figure right before it, and only that one. */
export const GIVEN_BY_CUE = new RegExp(`^(?:${[...REPORTED_BY_VERBS].join("|")})\\s+(?:(?:earlier|previously|initially|first)\\s+)?by\\b`, "i");

/** Between a voice's verb and the speaker of words it reports: "said", "said that", "said in" (a statement cited by…). */
const REPORTED_INSIDE = /^\s*(?:that\s+|in\s+)?$/;

const OWNS_NEXT = /^['’]s\s/;

/** "Hamas-run", "Houthi-led", "Iran-backed": a hyphened modifier after an organisation's name. */
const RUNS_IT = /^-(?:run|led|controlled|backed|affiliated|aligned|held|administered|linked|allied|inspired|sponsored|supported)\b/i;
/** The same modifier with the name it follows, between an article and a noun: "the al-qaida-linked group" is "the group". */
const TIED_MODIFIER = /(?<=^(?:the|a|an)\s)\S+-(?:run|led|controlled|backed|affiliated|aligned|linked|allied|inspired|sponsored|supported)\s+(?=\S+$)/;

/** Prepositions that open an aside telling where words came out: "in a statement", "on Telegram", "via its radio". */
const MEDIUM_OPENERS = new Set(["in", "on", "via", "through", "during", "at"]);
const MEDIA = new Set(["statement", "statements", "interview", "briefing", "post", "posts", "message", "radio", "video", "broadcast", "conference", "telephone", "phone", "tweet", "telegram", "x", "twitter", "facebook", "website", "communique", "communiqué", "release", "letter", "report", "update", "speech", "address", "television", "tv", "claim", "claims", "audio", "recording", "bulletin", "note", "notice", "email", "e-mail", "text", "call", "remarks", "comments", "testimony", "affidavit"]);

/** An organisation named in brackets that close a sentence holding a figure, with the date beside it when one is. */
function bracketedSource(doc: AnnotatedDoc, sentence: Span, slice: string): Omit<Attribution, "sentence"> | null {
  // (Most sentences end in a word and a stop: the pattern is tried only where a bracket closes the sentence.)
  const m = closesWithBracket(slice) ? BRACKET_AT_END.exec(slice) : null;
  if (!m || !/\d/.test(slice.slice(0, m.index))) return null;
  const start = sentence.start + m.index;
  const end = start + m[0].trimEnd().replace(/[.;]$/, "").length;
  const org = doc.entities.find((e) => e.type === "org" && e.start > start && e.end < end);
  if (!org) return null;
  const said = doc.times.find((t) => t.start > start && t.end < end);
  const name = org.canonical || org.text;
  return { start, end, text: doc.text.slice(start, end), name, org: name, said: said ? said.to : null, verbStart: start, verbEnd: start + 1, speakerKind: "org" };
}
/**
 * The cell of a table row under a "Source" heading: the row's sentence `index` starts with "|", and the table's first
 * row (the lines starting with "|" just above it) names the columns. Null when there is no such column or cell.
 */
function tableSource(doc: AnnotatedDoc, index: number, row: string): Omit<Attribution, "sentence"> | null {
  let first = index;
  while (first > 0 && doc.text.charCodeAt(doc.sentences[first - 1]!.start) === 124 && !doc.text.slice(doc.sentences[first - 1]!.end, doc.sentences[first]!.start).includes("\n\n")) first--;
  if (first === index) return null;
  const header = doc.text.slice(doc.sentences[first]!.start, doc.sentences[first]!.end).split("|");
  const column = header.findIndex((h) => /^\s*sources?\s*$/i.test(h));
  if (column < 0) return null;
  const cells = row.split("|");
  const text = cells[column]?.trim();
  if (!text || !/^[\p{Lu}]/u.test(text)) return null;
  const start = doc.sentences[index]!.start + cells.slice(0, column).join("|").length + 1 + cells[column]!.indexOf(text);
  const end = start + text.length;
  const org = doc.entities.find((e) => e.type === "org" && e.start >= start && e.end <= end);
  const name = org ? org.canonical || org.text : text;
  return { start, end, text, name, org: org ? name : null, said: null, verbStart: start, verbEnd: start, speakerKind: org ? "org" : "other" };
}

const BRACKET_AT_END = /\((?=[^()]*[\p{Lu}])[^()]{3,80}\)\s*[.;]?\s*$/u;
/** Whether a text ends as BRACKET_AT_END needs: ")", then maybe "." or ";", with any spaces between and after. */
export function closesWithBracket(text: string): boolean {
  let k = text.length;
  while (k > 0 && isSpaceCode(text.charCodeAt(k - 1))) k--;
  if (k > 0 && (text.charCodeAt(k - 1) === 46 || text.charCodeAt(k - 1) === 59)) {
    k--;
    while (k > 0 && isSpaceCode(text.charCodeAt(k - 1))) k--;
  }
  return k > 0 && text.charCodeAt(k - 1) === 41;
}

/** Between two verbs of one subject: "confirmed the attack but put the toll at", "visited the site and said". */
const COORDINATED = /^[^.;:!?“”"]{0,80}\b(?:and|but)\s+(?:\w+\s+)?$/;
/** Whether BRIEFING_NOTE ("… said by …") can match only where CUE_HINT does: so while "said" is a verb of the lexicon. */
const BRIEFING_NEEDS_HINT = VERBS.has("said");
const CUE_HINT = new RegExp(`\\b(?:${[...VERBS, ...MULTI_VERBS.map((w) => w[0]), "according", "citing", "quoting", "show", "shows", "showed", "suggest", "suggests", "saw", "witnessed"].join("|")})\\b`, "i");

function isUpperAscii(code: number): boolean {
  return code >= 65 && code <= 90;
}
