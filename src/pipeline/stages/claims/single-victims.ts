// People killed or hurt without a number written: "He died at a hospital", "Oliver was shot and killed",
// "shot and killed his sister", "a man's body was found" (a claim of 1); "a man and a woman were killed",
// "a double homicide" (the people named or the multiple stated).
import type { EntityMention, Span } from "../../../doc/document.ts";
import { tokenize, isCapitalised, type Token } from "../numbers/tokens.ts";
import { SINGULAR_PEOPLE } from "../numbers/numbers.stage.ts";
import { wordBeforeSpace } from "./words-before.ts";

export interface SingleVictim {
  /** ("detained" only for one person joined by "and" to a count held: "the captain and two crew members were arrested".) */
  category: "killed" | "wounded" | "detained" | "surrendered";
  /** The words naming the victim ("He", "Carroll Oliver", "his 9-year-old sister", "a man and a woman"). */
  victim: Span;
  /** How many people those words name (1 unless two are joined by "and", or "double" says so). */
  count?: number;
  /** True when the words give only the fewest it can be ("a murder-suicide": two at least). */
  atLeast?: boolean;
}

const KILL_PASSIVE = /^(?:dead\b(?! (?:end|heat|weight|line|zone|silence|set|serious))|pronounced deceased|shot,? (?:and )?killed|shot dead|shot to death|stabbed to death|beaten to death|burned to death|killed|slain|murdered|gunned down|fatally (?:shot|wounded|injured|stabbed|struck)|pronounced dead|found dead|executed|strangled|martyred|neutrali[sz]ed)/i;
// "embraced shahadat", "laid down his life": how South Asian armies and police announce a man of theirs killed.
const KILL_INTRANSITIVE = /^(?:died|dies|has died|later died|succumbed|was (?:pronounced|declared) (?:dead|deceased)|embraced (?:shahadat|martyrdom)\b|attained martyrdom\b|laid down (?:his|her) life\b)/i;
const KILL_ACTIVE = /^(?:(?:found |recovered |discovered )?the bod(?:y|ies) of|(?:shooting |stabbing )?death of|fatal (?:shooting|stabbing|assault) of|killing of|murder of|slaying of|remains of|shot and killed|(?:shooting|firing|stabbing) and killing|fatally (?:shot|shooting|shoots|shoot|stabbed|stabbing|stab|stabs|wounded|wounding)|killed|killing|kills|murdered|murdering|shot dead|gunned down|stabbed to death|neutrali[sz]ed|neutrali[sz]ing)["”’']?\s+/i;
const HURT_PASSIVE = /^(?:shot(?! and killed| dead| to death| down)|wounded|injured|hurt|stabbed(?! to death)|struck by (?:a )?(?:bullet|gunfire|a stray bullet)|struck(?= (?:once|twice|one time|\w+ times|in the)\b| ?[.,])|(?:transported|airlifted|flown) to (?:a |the )?(?:local |nearby |area )?(?:hospital|trauma cent(?:er|re))|(?:airlifted|flown) to (?:the )?(?:[A-Z][\w'’.-]* ){1,4}(?:Hospital|Infirmary)\b|(?:transported|taken|rushed|airlifted) with (?:(?:minor|serious|critical|severe|non-life-threatening|life-threatening) )?(?:injuries|wounds)|grazed|hospitali[sz]ed|taken to (?:a |the )?(?:local )?hospital|rushed to (?:a |the )?hospital|treated at|treated for)/i;
const HURT_STATE = /^(?:is|was|remains|remained) (?:listed )?(?:in )?(?:critical|serious|stable|fair|good|grave)(?: but stable)? condition/i;
/** "with a gunshot wound", "had suffered a gunshot wound", "is recovering after being shot": the person before was hurt. */
const HURT_WITH = /^(?:with|suffered|sustained|had suffered|had sustained|(?:is|was) (?:suffering|recovering) from) (?:a |an |one |two |multiple |several |what appeared to be (?:a )?)?(?:(?:single|minor|serious|critical|severe|apparent|possible|non-life-threatening|life-threatening) )?(?:gunshot|bullet|stab) wounds?\b|^(?:is|was) recovering after being (?:shot|stabbed)\b/i;
const HURT_ACTIVE = /^(?:shot|shooting|shoots|wounded|wounding|injured|injuring|stabbed|stabbing|striking|struck)\s+/i;
/**
 * "surrendered to police", "turned himself in", "handed herself over", "gave himself up": one person giving himself up.
 * (A bare "surrendered" only where no object follows: "surrendered his passport" gave up a thing.)
 */
const SURRENDER = /^(?:surrendered(?: (?:himself|herself))?(?= (?:to|on|at|in|after|before|when|late|early|last|this|yesterday|today|overnight|peacefully|without|and)\b|\s*[.,;]|\s*$)|turned (?:himself|herself) in\b|handed (?:himself|herself) (?:over|in)\b|gave (?:himself|herself) up\b)/i;
/** "A suspect in the killing", "a commander from the group": a short phrase after the person, stepped over. */
const PHRASE_AFTER_PERSON = new Set(["in", "from", "of", "with"]);
const DIED_AFTER = /^[^.;,]{0,70}?\band (?:(?:was|were|later|both|then|subsequently)\s+){0,2}(?:died|pronounced dead|declared dead)\b/i;
const ORDINAL_BEFORE = /\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+)?$/i;
const FATAL_OF_INQUIRED = /\b(?:investigat(?:ing|ion|e|es)(?: into)?|inquiry into|inquest into|probe into|appeal over|over|into) the\s+$/i;
/** "came within inches of possibly killing", "tried to kill": harm that did not happen. */
const COUNTERFACTUAL = /\b(?:possibly|almost|nearly|could have|would have|might have|attempted|attempting|trying to|tried to|threatened to|threatening to|plot(?:ted)? to|intent to|planned to|plan to|not)\s+$/i;
/** Whether harm told at `at` did not happen: COUNTERFACTUAL in the 30 characters before it (within the sentence). */
function counterfactual(text: string, sentenceStart: number, at: number): boolean {
  // (The pattern is tried at every offset: first the word it must end with is looked for, which most verbs lack.)
  return wordBeforeSpace(text, at, ["possibly", "almost", "nearly", "have", "attempted", "attempting", "to", "not"]) >= 0 && COUNTERFACTUAL.test(text.slice(Math.max(sentenceStart, at - 30), at));
}
const VERB_STARTS = new Set(["neutralised", "neutralized", "neutralising", "neutralizing", "fatal", "murder-suicide", "double", "triple", "quadruple", "with", "suffered", "sustained", "had", "shot", "stabbed", "beaten", "burned", "killed", "slain", "murdered", "gunned", "fatally", "pronounced", "found", "executed", "strangled", "died", "dies", "has", "later", "succumbed", "was", "killing", "kills", "murdering", "shooting", "shoots", "wounded", "injured", "hurt", "struck", "grazed", "hospitalized", "hospitalised", "taken", "rushed", "treated", "is", "remains", "remained", "wounding", "injuring", "stabbing", "striking", "body", "the", "recovered", "discovered", "death", "killing", "murder", "slaying", "firing", "dead", "homicide", "victim", "transported", "airlifted", "flown", "left", "embraced", "attained", "laid", "martyred", "surrendered", "turned", "handed", "gave"]);
/**
 * A word's length and first two letters folded into a small number: a word whose shape is not marked cannot be one
 * of the words marked, which is told without hashing the word (most words of a sentence fail this test).
 */
const wordShape = (w: string) => ((w.length & 31) << 10) | ((w.charCodeAt(0) & 31) << 5) | (w.charCodeAt(1) & 31);
const VERB_START_SHAPES = new Uint8Array(1 << 15);
for (const w of VERB_STARTS) VERB_START_SHAPES[wordShape(w)] = 1;
/**
 * Whether a token may be one of VERB_STARTS, told by its shape. Where its first two characters are ASCII the shape is
 * read from the sentence's text, which is faster than from thousands of small strings, and is the same: "& 31" drops
 * the case, and a token whose lower case is one of these ASCII words is as long as its text.
 */
function mayStartVerb(text: string, t: Token): boolean {
  const length = t.end - t.start;
  if (length < 2) return false; // (no such word is one letter long)
  const first = text.charCodeAt(t.start);
  const second = text.charCodeAt(t.start + 1);
  if (first >= 128 || second >= 128) return VERB_START_SHAPES[wordShape(t.lower)] === 1;
  return VERB_START_SHAPES[((length & 31) << 10) | ((first & 31) << 5) | (second & 31)] === 1;
}
/** For the commonest pattern starts, the words that must follow for any pattern to match. */
const NEXT_WORDS: Record<string, Set<string>> = {
  the: new Set(["body", "bodies"]),
  was: new Set(["pronounced", "declared", "suffering", "recovering", "listed", "in", "critical", "serious", "stable", "fair", "good", "grave"]),
  is: new Set(["suffering", "recovering", "listed", "in", "critical", "serious", "stable", "fair", "good", "grave"]),
  has: new Set(["died"]),
  had: new Set(["suffered", "sustained"]),
  embraced: new Set(["shahadat", "martyrdom"]),
  laid: new Set(["down"]),
  with: new Set(["a", "an", "one", "two", "multiple", "several", "what", "minor", "serious", "critical", "severe", "apparent", "possible", "non-life-threatening", "life-threatening", "gunshot", "bullet", "stab"]),
};

/**
 * The words each of the verb patterns above may open with (the token a match starts at, in lower case): a word runs
 * only the patterns that can match there, instead of every pattern at every verb-like word. Read off the patterns:
 * each alternative's first word, which a match must begin with and which ends there (a space, a comma, a quote or the
 * pattern's "\b" follows it).
 */
const OPENS_KILL_INTRANSITIVE = 1;
const OPENS_KILL_PASSIVE = 2;
const OPENS_HURT_PASSIVE = 4;
const OPENS_HURT_STATE = 8;
const OPENS_HURT_WITH = 16;
const OPENS_KILL_ACTIVE = 32;
const OPENS_HURT_ACTIVE = 64;
const OPENS_MULTIPLE_KILLING = 128;
const OPENS_SURRENDER = 256;
const PATTERNS_OPENED_BY = new Map<string, number>();
for (const [opens, words] of [
  [OPENS_KILL_INTRANSITIVE, ["died", "dies", "has", "later", "succumbed", "was", "embraced", "attained", "laid"]],
  [OPENS_KILL_PASSIVE, ["dead", "pronounced", "shot", "stabbed", "beaten", "burned", "killed", "slain", "murdered", "gunned", "fatally", "found", "executed", "strangled", "martyred", "neutralised", "neutralized"]],
  [OPENS_HURT_PASSIVE, ["shot", "wounded", "injured", "hurt", "stabbed", "struck", "transported", "airlifted", "flown", "grazed", "hospitalized", "hospitalised", "taken", "rushed", "treated"]],
  [OPENS_HURT_STATE, ["is", "was", "remains", "remained"]],
  [OPENS_HURT_WITH, ["with", "suffered", "sustained", "had", "is", "was"]],
  [OPENS_KILL_ACTIVE, ["fatal", "found", "recovered", "discovered", "the", "shooting", "stabbing", "death", "killing", "murder", "slaying", "remains", "shot", "firing", "fatally", "killed", "kills", "murdered", "murdering", "gunned", "stabbed", "neutralised", "neutralized", "neutralising", "neutralizing"]],
  [OPENS_HURT_ACTIVE, ["shot", "shooting", "shoots", "wounded", "wounding", "injured", "injuring", "stabbed", "stabbing", "striking", "struck"]],
  [OPENS_MULTIPLE_KILLING, ["double", "triple", "quadruple"]],
  [OPENS_SURRENDER, ["surrendered", "turned", "handed", "gave"]],
] as const) {
  for (const w of words) PATTERNS_OPENED_BY.set(w, (PATTERNS_OPENED_BY.get(w) ?? 0) | opens);
}
/** What a word of VERB_STARTS needs next and which verb patterns it may open, found by one look-up per word. */
const VERB_START = new Map<string, { next: Set<string> | undefined; opens: number }>();
for (const w of VERB_STARTS) VERB_START.set(w, { next: NEXT_WORDS[w], opens: PATTERNS_OPENED_BY.get(w) ?? 0 });

/** Things and animals that "die" or are "killed" in reports without being people. */
const NOT_VICTIMS = new Set(["family", "household", "crowd", "group", "gathering", "procession", "congregation", "convoy", "wedding", "funeral", "dog", "cat", "cow", "goat", "sheep", "horse", "camel", "donkey", "animal", "bird", "fire", "blaze", "engine", "vehicle", "car", "truck", "bus", "tank", "drone", "plane", "aircraft", "helicopter", "project", "plan", "bill", "deal", "proposal", "motion", "story", "rumour", "rumor", "report", "signal", "line", "phone", "battery", "tree", "crop", "lion", "elephant", "rhino", "bear", "wolf", "tiger", "fish", "bull", "pig", "chicken", "cattle", "livestock", "process", "attempt", "effort", "idea", "movement", "ceasefire", "truce", "house", "home", "building", "school", "mosque", "church", "hospital", "shop", "store", "market", "village", "town", "city", "bridge", "road",
  // Events that are "killed" or "hit" only in a figure of speech.
  "robbery", "attack", "shooting", "crime", "fight", "incident", "raid", "ambush", "carjacking", "burglary", "argument", "dispute", "party", "game", "match", "event", "meeting", "protest", "rally", "operation", "offensive", "clash", "battle", "war", "strike", "investigation", "case", "trial"]);
const AUX = new Set(["found", "was", "were", "is", "has", "had", "been", "got", "later", "also", "reportedly", "allegedly", "critically", "seriously", "fatally", "then", "being", "apparently", "still"]);
const NOT_NAMES = new Set(["police", "officers", "authorities", "officials", "investigators", "deputies", "the", "a", "an", "it", "this", "that", "there", "they", "we", "i", "you", "sheriff", "cops", "witnesses", "suspects", "both", "none", "no", "nobody", "all", "many", "some", "most", "several", "few", "each", "everyone", "everybody", "anyone", "those", "these", "either", "neither", "one", "who", "army", "military", "government", "ministry", "council", "committee", "brigade", "regiment", "battalion", "unit", "front", "group", "party", "forces", "command",
  // (Days and months, not those that are first names too: "A man who tried to rob a store late Saturday was shot"
  // names no Saturday; "April Ransom" is a woman.)
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "july", "september", "october", "november", "december"]);
const DETERMINERS = new Set(["the", "a", "an", "his", "her", "their", "one", "another", "its", "our", "my"]);

/** In a Title Case headline every word looks like a name; only pronouns and nouns are trusted there. */
function titleCaseAround(tokens: readonly Token[], at: number): boolean {
  const k = tokens.findIndex((t) => t.start >= at);
  // The words (tokens opening with a letter) among the five tokens either side; counted without building lists.
  let words = 0;
  let capitalised = 0;
  for (let m = Math.max(0, k - 5), end = Math.min(tokens.length, k + 5); m < end; m++) {
    if (!opensWithLetter(tokens[m].text)) continue;
    words++;
    if (isCapitalised(tokens[m])) capitalised++;
  }
  return words >= 6 && capitalised / words > 0.9;
}

const OPENS_WITH_LETTER = /^[\p{L}]/u;
function opensWithLetter(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : OPENS_WITH_LETTER.test(word);
}

/**
 * The victim phrase, unless its capitalised words are no name: a Title Case headline, a place after a preposition,
 * a mention the entity stage knows as something other than a person.
 * (A module function, not a closure made on every call.)
 */
function notAName(text: string, tokens: readonly Token[], entities: EntityMention[], v: Span | null, verb: Token, named = false): Span | null {
  if (!v) return null;
  const first = text.slice(v.start, v.end);
  if (/^[A-Z]/.test(first) && !/^(?:He|She|The|A|An|His|Her|Their|One|Another|My|Our)(?![-\w])/.test(first)) {
    // A capitalised verb ("Shoots & Kills Robbery Suspect") marks a Title Case headline, where every word looks like a name.
    if (isCapitalised(verb) || titleCaseAround(tokens, v.start)) return null;
    // "at 26 & Zuni", "near Ramada Hotel": a capitalised word after a preposition is a place.
    const k = tokens.findIndex((t) => t.start === v.start);
    // ("the death of Ali Sesay" is named by the verb's own "of"; "the sister of Tom Reyes" by a person's.)
    const kinOf = k > 1 && tokens[k - 1].lower === "of" && KIN.test(tokens[k - 2].lower);
    if (!named && !kinOf && k > 0 && /^(?:&|at|on|near|in|of|from|to|outside|inside|by)$/i.test(tokens[k - 1].text)) return null;
    if (entities.some((e) => e.type !== "person" && e.start < v.end && e.end > v.start)) return null;
  }
  return v;
}

// One-mark patterns are run only on tokens of one or two characters (a mark), so words are passed over without
// running a pattern; the others only on words with the right length or ending. The answers are the same.
const HEADLINE_MARK = /^[|:–—-]$/;
const CLAUSE_MARK = /^[,.;:!?()"“”]$/;
const SENTENCE_MARK = /^[.;:!?]$/;
const NOT_WORD_MARK = /^[^\p{L}\p{N}]$/u;
const NOT_WORD_OR_HYPHEN_MARK = /^[^\p{L}\p{N}-]$/u;
const AGE = /^\d{1,3}-year-old$/;
const ADVERB = /^[a-z]+ly$/;
const PARTICIPLE = /^[\p{Ll}]+ing$/u;
/** The index of the first token from `from` on that starts at or after an offset, or -1. */
function firstTokenFrom(tokens: readonly Token[], from: number, offset: number): number {
  for (let k = from; k < tokens.length; k++) if (tokens[k].start >= offset) return k;
  return -1;
}

/** The first person the entity stage found starting at an offset, unless a capitalised word follows it (inside a longer name). */
function personAt(text: string, entities: readonly EntityMention[], start: number): Span | null {
  const person = personsByStart(entities).get(start)?.find((e) => !/^\s+[\p{Lu}]/u.test(text.slice(e.end, e.end + 3)));
  return person ? { start: person.start, end: person.end } : null;
}

/**
 * A report's person mentions by where they start, in the layer's order: asked after many verbs of a report, which
 * would otherwise read all its entities each time. (Made once per layer; layers are not changed once made, and one
 * whose length changed is indexed again.)
 */
const PERSONS_BY_START = new WeakMap<readonly EntityMention[], { length: number; byStart: Map<number, EntityMention[]> }>();
function personsByStart(entities: readonly EntityMention[]): Map<number, EntityMention[]> {
  let index = PERSONS_BY_START.get(entities);
  if (!index || index.length !== entities.length) {
    const byStart = new Map<number, EntityMention[]>();
    for (const e of entities) {
      if (e.type !== "person") continue;
      const list = byStart.get(e.start);
      if (list) list.push(e);
      else byStart.set(e.start, [e]);
    }
    PERSONS_BY_START.set(entities, (index = { length: entities.length, byStart }));
  }
  return index.byStart;
}

// Word-shape tests run on every word a victim search passes over: plain ASCII words are told by character code, and
// only a word holding another script's characters goes to the Unicode pattern (which then decides the whole word).
const LETTERS_HYPHENS = /^[\p{L}-]+$/u;
const LETTERS_QUOTES_HYPHENS = /^[\p{L}’'“”"-]+$/u;
const LOWER_LETTERS = /^[\p{Ll}]+$/u;
const isLowerLetter = (c: number) => c >= 97 && c <= 122;
const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isLetterOrHyphen = (c: number) => isLetter(c) || c === 45;
const isLetterQuoteOrHyphen = (c: number) => isLetter(c) || c === 45 || c === 39 || c === 34;
/** Whether a (non-empty) word matches `pattern`, a class of characters repeated over the whole word, whose ASCII members `ascii` tells. */
function allOf(word: string, ascii: (c: number) => boolean, pattern: RegExp): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 128) return pattern.test(word);
    if (!ascii(c)) return false;
  }
  return word.length > 0;
}

/** Whether a token is one mark the pattern matches: a single character, or two for one outside the first plane. */
function isMark(text: string, mark: RegExp): boolean {
  return text.length <= 2 && mark.test(text);
}
/** "52-year-old": an age written as one word. */
function isAge(word: string): boolean {
  return word.length >= 10 && word.length <= 12 && AGE.test(word);
}

/** Whether the words ending at j follow "was killed and", "were wounded and": the verb's auxiliary is the first clause's. */
function auxiliaryLeftOut(tokens: readonly Token[], j: number): boolean {
  for (let k = j - 1; k >= 2 && j - k <= 4; k--) {
    const w = tokens[k].lower;
    if (w === "and") return HARM_PARTICIPLE.test(tokens[k - 1].lower) && (tokens[k - 2].lower === "was" || tokens[k - 2].lower === "were");
    if (!/^[\p{L}\d'’-]+$/u.test(tokens[k].text)) return false;
  }
  return false;
}
const ARREST_PARTICIPLE = /^(?:arrested|detained|apprehended|captured|handcuffed)$/;
const HARM_PARTICIPLE = /^(?:killed|wounded|injured|hurt|shot|stabbed)$/;

/** Finds single victims in one sentence. */
export function findSingleVictims(text: string, sentence: Span, entities: EntityMention[] = []): SingleVictim[] {
  const tokens = tokenize(text, sentence.start, sentence.end);
  const out: SingleVictim[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // Every pattern below starts with one of a few words; anything else is skipped without building a string.
    const start = mayStartVerb(text, tokens[i]) ? VERB_START.get(tokens[i].lower) : undefined;
    if (!start) continue;
    // Common words start a pattern only before a few words: skip them early ("the" only in "the body of").
    if (start.next && !start.next.has(tokens[i + 1]?.lower ?? "")) continue;
    const rest = text.slice(tokens[i].start, Math.min(sentence.end, tokens[i].start + 60));
    const opens = start.opens;
    // Victim before a passive or intransitive verb.
    const killed = opens & OPENS_KILL_INTRANSITIVE && KILL_INTRANSITIVE.test(rest) ? "intransitive" : opens & OPENS_KILL_PASSIVE && KILL_PASSIVE.test(rest) ? "passive" : null;
    const hurt = !killed && tokens[i - 1]?.lower !== "fatally" && (opens & OPENS_HURT_PASSIVE && HURT_PASSIVE.test(rest) ? "passive" : (opens & OPENS_HURT_STATE && HURT_STATE.test(rest)) || (opens & OPENS_HURT_WITH && HURT_WITH.test(rest)) ? "intransitive" : null);
    const mode = killed ?? hurt;
    if (mode) {
      let j = i - 1;
      let aux = 0;
      while (j >= 0 && (AUX.has(tokens[j].lower) || (tokens[j].text.endsWith("ly") && ADVERB.test(tokens[j].text)))) (j--), aux++;
      // "was ambushed and killed", "were abducted and shot dead": an earlier participle shares the auxiliary.
      if (aux === 0 && j >= 2 && tokens[j].lower === "and" && /^[\p{Ll}]+ed$/u.test(tokens[j - 1].text) && (tokens[j - 2].lower === "was" || tokens[j - 2].lower === "were")) {
        // ("The suspect was arrested and taken to hospital under guard": a prisoner moved, not one said to be hurt.)
        if (hurt && ARREST_PARTICIPLE.test(tokens[j - 1].lower) && /^(?:taken|transported)$/.test(tokens[i].lower)) continue;
        j -= 2;
        while (j >= 0 && AUX.has(tokens[j].lower)) (j--), aux++;
      }
      j = stepOverAsides(tokens, j);
      j = stepOverMoreAsides(tokens, j);
      // (Each test is made only where the ones before it fail.)
      const passiveOk =
        mode === "intransitive" ||
        // Headlines drop articles and auxiliaries: "Man shot and killed on west side", "Mother dies after shooting".
        // ("Victim seriously injured in shooting": an adverb is no auxiliary; "Young person hurt …": a headline in
        // sentence case, its first word capitalised.)
        // (With an adverb only where nothing follows the verb as its object: not "Woman accidentally shot soldier husband".)
        (j >= 0 && ((aux === 0 && !personObjectAfter(tokens, i, rest)) || (aux > 0 && !auxiliaryIn(tokens, j + 1, i) && noObjectAfter(tokens, i, rest))) && (isCapitalised(tokens[j]) || sentenceCaseHeadline(tokens, j)) && !!SINGULAR_PEOPLE[tokens[j].lower] && (j === 0 || isMark(tokens[j - 1].text, HEADLINE_MARK) || isCapitalised(tokens[j - 1]))) ||
        // ("Police: woman killed, man hurt", "Search for gunman after man shot": mid-line too.)
        (aux === 0 && j >= 1 && !!SINGULAR_PEOPLE[tokens[j].lower] && bareHeadlineNoun(tokens, j) && !personObjectAfter(tokens, i, rest)) ||
        // "They found Ladarrius Moody shot to death": the victim is the object of "found".
        (killed === "passive" && aux === 0 && j >= 1 && (foundBefore(tokens, j) || reducedPassive(tokens, j, i, rest))) ||
        // "A toddler was killed and his mother injured": the second clause leaves out the auxiliary of the first.
        (mode === "passive" && aux === 0 && auxiliaryLeftOut(tokens, j)) ||
        (aux > 0 && passiveAuxiliaryBetween(tokens, j + 1, i));
      if (passiveOk && j >= 0) {
        // "Sesay was abducted … and was found dead": the subject of the first verb.
        // ("Ann Roe was found injured on 2 May and died in hospital": an intransitive verb after "and" too.)
        const subjectAt = (aux > 0 || mode === "intransitive" || /^(?:was|is|has|had)$/.test(tokens[i].lower)) && tokens[j].lower === "and" ? firstClauseSubject(tokens, j) : j;
        // After "who" or an appositive the person just before is the one meant ("the daughter of Jon Boring, 51, who was shot").
        const attached = j < i - 1 - aux;
        const victim = notAName(text, tokens, entities, subjectVictim(tokens, subjectAt, !!killed, attached), tokens[i]);
        // A body found with wounds, or "a man who was found dead … was shot", is a death, not an injury.
        const deadAlready = !killed && !!victim && ((wordBeforeSpace(text, victim.start, ["of"]) >= 0 && /\b(?:body|bodies|remains|corpse) of\s+$/i.test(text.slice(Math.max(sentence.start, victim.start - 20), victim.start)))
          || /\b(?:dead|died|killed|death)\b/i.test(text.slice(victim.end, tokens[i].start))
          || /^[^.;]*?\bwhere (?:he|she|they) (?:later )?(?:died|was pronounced dead|were pronounced dead|succumbed)\b/i.test(text.slice(tokens[i].start, sentence.end)));
        // ("were found with gunshot wounds and were pronounced dead": the same people's second verb makes the hurt a death.)
        const diedAfter = !killed && DIED_AFTER.test(text.slice(tokens[i].start, Math.min(sentence.end, tokens[i].start + 120)));
        if (victim && !deadAlready && !counterfactual(text, sentence.start, tokens[i].start)) {
          // "a man and a woman were killed": a second person joined by "and" before the first.
          const victimAt = tokens.findIndex((t) => t.start === victim.start);
          const at = kinBeforeName(tokens, victimAt >= 1 && isAge(tokens[victimAt - 1].lower) ? victimAt - 1 : victimAt); // "… and 16-year-old Jo Roe"
          // "the boss of the gang and a woman": a described person may be first, but not before a name ("a member of
          // Kefraya and Al Foah" is one member of two places).
          const describedFirst = DETERMINERS.has(tokens[victimAt]?.lower ?? "") ? ofPhraseVictim(tokens, at - 2, !!killed) : null;
          // "Irma Garcia, 48, and Eva Mireles, 44, died": the first person's own asides lie between it and "and".
          const firstEnd = at >= 2 && tokens[at - 2].text === "," ? stepOverPersonAsides(tokens, at - 2) : at - 2;
          const first = at >= 2 && firstEnd >= 0 && tokens[at - 1].lower === "and" && tokens[at].lower !== "another" ? notAName(text, tokens, entities, describedFirst ?? victimEndingAt(tokens, firstEnd, !!killed), tokens[i]) : null;
          if (first) {
            const listed = namesListedBefore(text, tokens, entities, first, tokens[i], !!killed);
            out.push({ category: killed || diedAfter ? "killed" : "wounded", victim: { start: listed.start, end: victim.end }, count: 1 + listed.count });
          }
          else out.push({ category: killed || diedAfter ? "killed" : "wounded", victim, count: namedInside(tokens, victim) + companionsWith(text, tokens[i].start, sentence.end) });
        }
      }
    }
    // Victim after an active verb: "shot and killed his sister", "killing officer Sean Bolton".
    // "fatally shot X" is a killing: the "shot X" inside it is not a wounding.
    // ("Police are investigating the fatal shooting of a man": only where an inquiry or a case is about it; "a suspect
    // wanted in the fatal shooting of …" looks back at a killing the report is not about.)
    const killActive = opens & OPENS_KILL_ACTIVE && (tokens[i].lower !== "fatal" || FATAL_OF_INQUIRED.test(text.slice(Math.max(sentence.start, tokens[i].start - 40), tokens[i].start))) ? KILL_ACTIVE.exec(rest) : null;
    // ("the third targeted killing of a migrant worker": one of a series, see SERIAL_KILLING in the claims stage.)
    const serial = killActive !== null && ORDINAL_BEFORE.test(text.slice(Math.max(sentence.start, tokens[i].start - 30), tokens[i].start));
    const killing = killActive !== null;
    const active = serial ? null : killActive ?? (opens & OPENS_HURT_ACTIVE && tokens[i - 1]?.lower !== "fatally" ? HURT_ACTIVE.exec(rest) : null);
    if (active) {
      // (Tokens are in order: the first one past the match comes after the verb.)
      const after = firstTokenFrom(tokens, i + 1, tokens[i].start + active[0].length);
      if (after > 0) {
        // A person the entity stage knows may be named by one word: "fatally shot LeGrier".
        // (Not after a gerund used as a noun, "after the shooting Almaraz knocked", nor inside a longer name.)
        const gerundNoun = /ing$/i.test(tokens[i].text) && DETERMINERS.has(tokens[i - 1]?.lower ?? "") && !/\bof\W*$/i.test(active[0]);
        // (Looked for only where the words after the verb name no one: it reads every entity of the report.)
        const victim = notAName(text, tokens, entities, victimStartingAt(tokens, after, killing), tokens[i], /\bof\W*$/i.test(active[0])) ?? (gerundNoun ? null : personAt(text, entities, tokens[after]!.start));
        if (victim && !counterfactual(text, sentence.start, tokens[i].start)) {
          // "killed his wife and her mother", "killed his wife, her mother and a neighbor": people listed after the first.
          const end = tokens.findIndex((t) => t.end === victim.end);
          const listed = end >= 0 ? peopleListedAfter(text, tokens, entities, end, tokens[i]) : null;
          const second = listed?.last ?? null;
          // "shot the victim dead", "beat him to death": the words after the victim make it a killing.
          // ("stabbed Ann Roe and Tom Daly to death": after the last person listed.)
          const last = second ? tokens.findIndex((t) => t.end === second.end) : end;
          const fatalAfter = last >= 0 && (tokens[last + 1]?.lower === "dead" || (tokens[last + 1]?.lower === "to" && tokens[last + 2]?.lower === "death"));
          const category = killing || fatalAfter ? "killed" : "wounded";
          out.push(second ? { category, victim: { start: victim.start, end: second.end }, count: 1 + listed!.count } : { category, victim });
        }
      }
    }
    // "The gunman surrendered to police", "A suspect in the killing turned himself in": one person gave himself up.
    if (opens & OPENS_SURRENDER && SURRENDER.test(rest)) {
      const victim = surrenderer(text, tokens, entities, i);
      if (victim && !counterfactual(text, sentence.start, tokens[i].start)) out.push({ category: "surrendered", victim });
    }
    // "a double homicide", "the triple murder": the multiple says how many were killed.
    const multiple = opens & OPENS_MULTIPLE_KILLING ? MULTIPLE_KILLING.exec(rest) : null;
    if (multiple && !counterfactual(text, sentence.start, tokens[i].start)) {
      // ("a double murder-suicide": the one who killed himself is a death too.)
      out.push({ category: "killed", victim: { start: tokens[i].start, end: tokens[i].start + multiple[0].length }, count: MULTIPLES[tokens[i].lower]! + (multiple[1] ? 1 : 0) });
    }
    // "an apparent murder-suicide": one killed, then the killer.
    const murderSuicide = (tokens[i].lower === "murder" || tokens[i].lower === "murder-suicide") && !MULTIPLES[tokens[i - 1]?.lower ?? ""] ? MURDER_SUICIDE.exec(rest) : null;
    if (murderSuicide && !counterfactual(text, sentence.start, tokens[i].start) && !/\b(?:not|no|ruled out)\s+(?:an?\s+)?(?:apparent\s+)?$/i.test(text.slice(Math.max(sentence.start, tokens[i].start - 30), tokens[i].start))) {
      out.push({ category: "killed", victim: { start: tokens[i].start, end: tokens[i].start + murderSuicide[0].length }, count: 2, atLeast: true });
    }
    // "The attack left the victim in critical condition", "left him seriously wounded".
    if (tokens[i].lower === "left" && LEFT_HURT.test(rest)) {
      const victim = notAName(text, tokens, entities, victimStartingAt(tokens, i + 1), tokens[i]);
      if (victim) out.push({ category: "wounded", victim });
    }
    // "The Trotwood homicide victim", "the victim of a deadly shooting": the victim is dead.
    const murderVictim = (tokens[i].lower === "homicide" || tokens[i].lower === "murder") && tokens[i + 1]?.lower === "victim";
    if (murderVictim || (tokens[i].lower === "victim" && FATAL_EVENT.test(rest))) {
      const end = murderVictim ? tokens[i + 1] : tokens[i];
      let k = i - 1;
      while (k >= 0 && i - k < 4 && isCapitalised(tokens[k]) && !DETERMINERS.has(tokens[k].lower)) k--;
      if (k >= 0 && DETERMINERS.has(tokens[k].lower)) out.push({ category: "killed", victim: { start: tokens[k].start, end: end.end } });
    }
    // "a man's body was found", "His body was found".
    if (tokens[i].lower === "body" && /^body (?:was|is|had been|has been) (?:found|discovered|recovered|pulled)/i.test(rest)) {
      const prev = tokens[i - 1];
      if (prev && (prev.lower === "his" || prev.lower === "her" || /'s$|’s$/.test(prev.text))) out.push({ category: "killed", victim: { start: prev.start, end: tokens[i].end } });
    }
  }
  return out;
}

/** The one person who gave himself up by the verb at token i: its subject, past an auxiliary and a short phrase after it. */
function surrenderer(text: string, tokens: readonly Token[], entities: EntityMention[], i: number): Span | null {
  let j = i - 1;
  while (j >= 0 && (AUX.has(tokens[j].lower) || (tokens[j].text.endsWith("ly") && ADVERB.test(tokens[j].text)))) j--;
  // (Only a verb of its own with "has" or "had": not "was surrendered", where something was given up.)
  if (j < 0 || (j < i - 1 && tokens.slice(j + 1, i).some((t) => t.lower === "was" || t.lower === "were" || t.lower === "been"))) return null;
  j = stepOverAsides(tokens, j);
  const direct = victimEndingAt(tokens, j) ?? ofPhraseVictim(tokens, j, false);
  if (direct) return notAName(text, tokens, entities, direct, tokens[i]);
  // ("A suspect in the killing turned himself in": the person before a phrase of up to three words.)
  for (let k = j - 1; k >= 1 && j - k < 4; k--) {
    if (!PHRASE_AFTER_PERSON.has(tokens[k].lower)) continue;
    return SINGULAR_PEOPLE[tokens[k - 1].lower] ? notAName(text, tokens, entities, victimEndingAt(tokens, k - 1), tokens[i]) : null;
  }
  return null;
}

/**
 * People listed after a victim whose words end at token `end`: ", her mother and a neighbor", "and her mother". The
 * list must close with "and"; returns the last person and how many were added, or null.
 */
function peopleListedAfter(text: string, tokens: readonly Token[], entities: EntityMention[], end: number, verb: Token): { last: Span; count: number } | null {
  let count = 0;
  let last: Span | null = null;
  for (let k = end; count < 4; ) {
    // ("killed Tomasz Nowak, 44, and Jamal Reid": past the age between commas.)
    if (tokens[k + 1]?.text === "," && /^\d{1,3}$/.test(tokens[k + 2]?.text ?? "") && tokens[k + 3]?.text === ",") k += 2;
    const joiner = tokens[k + 1]?.lower;
    const closing = joiner === "and" || (joiner === "," && tokens[k + 2]?.lower === "and");
    if (joiner !== "," && !closing) break;
    const next = notAName(text, tokens, entities, victimStartingAt(tokens, k + (joiner === "," && closing ? 3 : 2)), verb);
    if (!next) break;
    count++;
    last = next;
    if (closing) return { last, count };
    k = tokens.findIndex((t) => t.end === next.end);
    if (k < 0) break;
  }
  return null;
}

const PASSIVE_AUXILIARIES = new Set(["was", "were", "been", "got", "is"]);
/** Whether a passive's auxiliary stands among tokens[from, to). */
function passiveAuxiliaryBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (PASSIVE_AUXILIARIES.has(tokens[k].lower)) return true;
  return false;
}

/**
 * The victim of a verb whose subject ends at j, reaching back over what sits between a person and the verb:
 * "A member of the Eastern Brigade died", "A commander who was blamed for the raids was killed".
 */
function subjectVictim(tokens: readonly Token[], j: number, killed: boolean, attached: boolean): Span | null {
  // "A man visiting his mother was wounded", "A man arriving to pay his respects to Smith was shot": the person is the
  // one the "-ing" phrase follows, not the last person in it.
  for (let k = j; k > 1 && j - k < 12; k--) {
    if (isMark(tokens[k].text, CLAUSE_MARK) || tokens[k].text === ",") break;
    if (!(tokens[k].text.endsWith("ing") && PARTICIPLE.test(tokens[k].text)) || !SINGULAR_PEOPLE[tokens[k - 1].lower]) continue;
    const person = victimEndingAt(tokens, k - 1, killed);
    // ("The son of a man living nearby": the person before "of" is the one.)
    if (person && tokens.find((t) => t.end <= person.start && t.end > person.start - 4)?.lower !== "of") return person;
    break;
  }
  const direct = attached ? victimEndingAt(tokens, j, killed) ?? ofPhraseVictim(tokens, j, killed) : ofPhraseVictim(tokens, j, killed) ?? victimEndingAt(tokens, j, killed);
  // ("A gunman who opened fire in Hanau was shot dead": a name after "in" is where, so the person is before "who".)
  if (direct && !(!attached && PLACE_PREPOSITIONS.has(tokens.find((t) => t.end <= direct.start && t.end > direct.start - 3)?.lower ?? ""))) return direct;
  // A relative clause or a participle without commas: the person stands before "who" or the "-ing" word
  // ("A commander who was blamed for the raids was killed", "A waitress trying to stop a robbery was shot").
  for (let k = j - 1; k > 0 && j - k < 25; k--) {
    if (tokens[k].lower === "who") return ofPhraseVictim(tokens, k - 1, killed) ?? victimEndingAt(tokens, k - 1, killed);
    if (isMark(tokens[k].text, CLAUSE_MARK)) return null;
    if ((tokens[k].text.endsWith("ing") && PARTICIPLE.test(tokens[k].text)) && j - k < 12) {
      const before = tokens[k - 1];
      if (before && (SINGULAR_PEOPLE[before.lower] || allOf(before.text, isLowerLetter, LOWER_LETTERS))) {
        const person = ofPhraseVictim(tokens, k - 1, killed) ?? victimEndingAt(tokens, k - 1, true);
        if (person) return person;
      }
    }
  }
  return null;
}

const PLACE_PREPOSITIONS = new Set(["in", "at", "near", "outside", "inside", "into", "from"]);

/** "A former member of the Eastern Brigade", "the son of Ahmed Ali": the person is the one before "of". */
function ofPhraseVictim(tokens: readonly Token[], j: number, killed: boolean): Span | null {
  for (let k = j; k > 0 && j - k < 8; k--) {
    if (tokens[k].lower === "of") return k < j && SINGULAR_PEOPLE[tokens[k - 1].lower] && !REMAINS.test(tokens[k - 1].lower) ? victimEndingAt(tokens, k - 1, killed) : null;
    if (!allOf(tokens[k].text, isLetterQuoteOrHyphen, LETTERS_QUOTES_HYPHENS) || tokens[k].lower === "and" || tokens[k].lower === "or") return null;
  }
  return null;
}

/** "… and the driver killed.": a passive without its auxiliary, told by nothing following the verb but a pause or a place. */
function reducedPassive(tokens: readonly Token[], j: number, verb: number, rest: string): boolean {
  const matched = KILL_PASSIVE.exec(rest);
  if (!matched || /^shot\b/i.test(matched[0])) return false;
  const end = tokens[verb].start + matched[0].length;
  const next = tokens.find((t) => t.start >= end);
  if (next && !/^(?:[.,;]|in|by|during|when|after|while|near|on|last|this|yesterday|today|early|late|overnight|\w+day)$/.test(next.lower)) return false;
  // Only a person named with a determiner: "and the driver killed", "the man killed in".
  let k = j;
  while (k > 0 && j - k < 4 && !DETERMINERS.has(tokens[k].lower)) k--;
  return DETERMINERS.has(tokens[k].lower) && !!SINGULAR_PEOPLE[tokens[j].lower];
}

/** Where the subject of a sentence's first verb ends: "Sesay was abducted … and was found dead" → Sesay. */
function firstClauseSubject(tokens: readonly Token[], and: number): number {
  for (let k = and - 1; k > 0 && and - k < 20; k--) {
    if (isMark(tokens[k].text, SENTENCE_MARK)) return and;
    if (/^(?:was|is|had|has)$/.test(tokens[k].lower)) {
      let s = k - 1;
      while (s > 0 && (tokens[s].text.endsWith("ly") && ADVERB.test(tokens[s].text))) s--;
      return stepOverAsides(tokens, s);
    }
  }
  return and;
}

/**
 * Steps back from the word before a verb over what stands between it and the person: "who" ("Jon Boring, 51,
 * who was shot"), an appositive ("Isaac Duran, a 19-year-old Latino, was shot"), a bracket ("Juan Perez (aged 52)").
 */
function stepOverAsides(tokens: readonly Token[], from: number): number {
  let j = from;
  if (j >= 0 && tokens[j].lower === "who") j--;
  if (j >= 2 && tokens[j].text === "," && /^\d{1,3}$/.test(tokens[j - 1].text) && tokens[j - 2].text === ",") j -= 3;
  else if (j >= 1 && tokens[j].text === ",") {
    let k = j - 1;
    while (k >= 0 && j - k < 12 && tokens[k].text !== "," && !isMark(tokens[k].text, SENTENCE_MARK)) k--;
    j = k >= 1 && tokens[k].text === "," ? k - 1 : j - 1;
  }
  if (j >= 2 && (tokens[j].text === ")" || tokens[j].text === "]")) {
    const open = tokens[j].text === ")" ? "(" : "[";
    let k = j - 1;
    while (k > 0 && j - k < 6 && tokens[k].text !== open) k--;
    if (tokens[k].text === open) j = k - 1;
  }
  return j;
}

/** "Young person hurt", "Bond Hill mother dies": one to three capitalised words open the sentence before the noun at j. */
function sentenceCaseHeadline(tokens: readonly Token[], j: number): boolean {
  if (j < 1 || j > 3) return false;
  for (let k = 0; k < j; k++) if (!sentenceCaseOpener(tokens[k])) return false;
  return true;
}

/** The capitalised first word of a headline in sentence case, before its noun: "Young" in "Young person hurt". */
function sentenceCaseOpener(t: Token): boolean {
  return isCapitalised(t) && allOf(t.text, isLetterOrHyphen, LETTERS_HYPHENS) && !DETERMINERS.has(t.lower) && !NOT_NAMES.has(t.lower) && !NO_ONE.has(t.lower);
}
const NO_ONE = new Set(["neither", "no", "not", "any", "every", "each", "either", "which", "what", "whose", "whichever"]);

/** Whether the verb phrase at `verb` (its words matched at the start of `rest`) ends its clause or a preposition follows. */
/** "Man killed wife, teenage son": a person right after the verb is its object, so the verb is active, not a headline's passive. */
function personObjectAfter(tokens: readonly Token[], verb: number, rest: string): boolean {
  const matched = /^[\p{L}'’-]+/u.exec(rest)?.[0] ?? "";
  const next = tokens.find((t) => t.start >= tokens[verb].start + matched.length);
  return !!next && (!!SINGULAR_PEOPLE[next.lower] || /^(?:his|her|their|two|three|four|five|six|seven|eight|nine|ten|\d+)$/.test(next.lower));
}

function noObjectAfter(tokens: readonly Token[], verb: number, rest: string): boolean {
  const matched = /^\S+(?:\s+(?:and\s+)?(?:killed|dead|wounded|injured|to death))?/i.exec(rest)![0];
  const next = tokens.find((t) => t.start >= tokens[verb].start + matched.length);
  return !next || /^(?:[.,;:|–—-]|in|at|on|by|during|after|while|when|near|inside|outside|outside|from|as|following|early|late|overnight|\w+day)$/i.test(next.lower);
}

/** Whether tokens[from, to) hold a true auxiliary ("was", "has"), not only adverbs ("seriously", "later"). */
function auxiliaryIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (TRUE_AUXILIARIES.has(tokens[k].lower)) return true;
  return false;
}
const TRUE_AUXILIARIES = new Set(["found", "was", "were", "is", "has", "had", "been", "got", "being"]);

/** The words that open a second or third aside about a person: an age, "a resident of", "aged 40", "having fought". */
const ASIDE_OPENER = /^(?:\d{1,3}|a|an|aged|having|originally|himself|herself)$/;

/**
 * "Sepoy Imran Khan, 24, a resident of Karak district, having fought gallantly, embraced shahadat": asides in a row
 * before the verb. Past the one stepOverAsides stepped over (a comma at j + 1), each earlier one that opens like an
 * aside is stepped over too, while the word at j names no one by itself.
 */
function stepOverMoreAsides(tokens: readonly Token[], from: number): number {
  let j = from;
  for (let n = 0; n < 3 && j >= 1 && tokens[j + 1]?.text === "," && !SINGULAR_PEOPLE[tokens[j].lower]; n++) {
    let k = j;
    while (k >= 0 && j - k < 12 && tokens[k].text !== "," && !isMark(tokens[k].text, SENTENCE_MARK)) k--;
    if (k < 1 || tokens[k].text !== "," || !ASIDE_OPENER.test(tokens[k + 1].lower)) break;
    // An age stands alone ("…, 24, …"); a described aside names no second person ("…, a girl from Compton and Jo Roe, …").
    if (/^\d/.test(tokens[k + 1].text) ? k + 1 !== j : tokens.slice(k + 1, j + 1).some((t) => t.lower === "and" || t.lower === "or")) break;
    j = k - 1;
  }
  return j;
}

/**
 * People counted with the one named before the verb at `verb`: 1 for "was killed along with his wife", 2 for "together
 * with her son and daughter", else 0. (A count, "along with his two sons", is a claim of its own.)
 */
export function companionsWith(text: string, verb: number, end: number): number {
  const m = COMPANION_WITH.exec(text.slice(verb, Math.min(end, verb + 140)));
  if (!m) return 0;
  const person = (w: string | undefined) => !!w && (KIN.test(w.toLowerCase()) || !!SINGULAR_PEOPLE[w.toLowerCase()]);
  if (!person(m[1])) return 0;
  return person(m[2]) ? 2 : 1;
}
// (The verb, a word after it such as "dead", then "along with" or "together with" and one person of the victim's.)
const COMPANION_WITH = /^[\p{L}-]+(?:\s+(?:dead|to death|into custody|in custody|on [\p{L}]+))?\s*,?\s+(?:along|together)\s+with\s+(?:his|her|their)\s+(?:(?:\d{1,3}-year-old|young|younger|elder|older|eldest|youngest|teenage|pregnant|elderly|infant|baby|little|adult)\s+)?([\p{L}]+)\b(?:\s+and\s+(?:(?:his|her|their)\s+)?([\p{L}]+)\b)?/u;

/** People named by who they are to someone: "the sister of Tom Reyes" (where "a member of X" names a body). */
const KIN = /^(?:son|daughter|father|mother|brother|sister|wife|husband|uncle|aunt|nephew|niece|cousin|grandson|granddaughter|grandfather|grandmother|friend|boyfriend|girlfriend|widow|widower|child|fianc[ée]e?|partner|stepson|stepdaughter|stepfather|stepmother)$/;

/**
 * "Ann Roe, 30, Jo Roe, 12, and Tim Roe, 9, were killed": named people listed by commas before the first one joined by
 * "and". Returns where the list starts and how many it names, the first one included.
 */
function namesListedBefore(text: string, tokens: readonly Token[], entities: EntityMention[], first: Span, verb: Token, killed: boolean): { start: number; count: number } {
  let start = first.start;
  let count = 1;
  for (let n = 0; n < 6; n++) {
    const at = tokens.findIndex((t) => t.start === start);
    if (at < 2 || tokens[at - 1].text !== ",") break;
    const end = stepOverPersonAsides(tokens, at - 1);
    // Only a name whose asides were stepped over: "In Dallas, Jo Roe and …" lists no one before.
    if (end < 0 || !isCapitalised(tokens[end]) || tokens[end].text === tokens[end].text.toUpperCase()) break;
    const earlier = notAName(text, tokens, entities, victimEndingAt(tokens, end, killed), verb);
    if (!earlier) break;
    start = earlier.start;
    count++;
  }
  return { start, count };
}

/**
 * From the comma closing a person's asides (", 48," or ", 48, of Uvalde,") back to the word before them, or -1 where
 * the comma closes no such aside ("A man, a woman, and a child" lists people, not asides).
 */
function stepOverPersonAsides(tokens: readonly Token[], comma: number): number {
  let j = comma;
  for (let n = 0; n < 2 && j >= 2 && tokens[j].text === ","; n++) {
    let k = j - 1;
    while (k >= 0 && j - k < 6 && tokens[k].text !== ",") k--;
    if (k < 1 || tokens[k].text !== "," || !/^(?:\d{1,3}|aged|of|from)$/.test(tokens[k + 1].lower)) break;
    j = k;
  }
  return j === comma ? -1 : j - 1;
}

/** "his brother Sam Reyes", "his brother, Sam Reyes": where the kin words before a name start, else the name's start. */
function kinBeforeName(tokens: readonly Token[], at: number): number {
  const k = tokens[at - 1]?.text === "," ? at - 2 : at - 1;
  return k >= 1 && KIN.test(tokens[k].lower) && /^(?:his|her|their)$/.test(tokens[k - 1].lower) ? k - 1 : at;
}

/** Words for what is left of the dead: "the body of X" names X, not a second victim. */
const REMAINS = /^(?:body|bodies|remains|corpse|corpses)$/;

/** Things that are "shot", "hit" or "struck" in reports without being people (beyond NOT_VICTIMS). */
const NOT_HURT = new Set(["window", "wall", "door", "apartment", "residence", "restaurant", "bar", "business", "van", "suv", "motorcycle", "bicycle", "tire", "tyre", "roof", "target", "ball", "video", "film", "photo", "picture", "scene", "round", "shot", "bullet", "gun", "weapon", "rifle", "pistol", "handgun", "warning", "flare", "boat", "ship", "vessel", "train", "jet", "satellite", "missile", "rocket", "shell", "mortar", "base", "checkpoint", "post", "office", "station", "headquarters", "camp", "convoy", "position", "area", "district", "region", "neighbourhood", "neighborhood", "street", "block", "compound", "facility", "plant", "factory", "power", "pipeline", "well", "field", "farm", "crop", "economy", "company", "firm", "team", "player", "bid", "campaign", "record", "share", "price", "market", "sector", "industry"]);

const ORDINAL_PERSON = new Set(["second", "third", "fourth", "fifth", "sixth"]);
/** Words that cannot be or describe the person in "a … was shot": pronouns, joining words, ordinals, measures. */
const NOT_A_NOUN = new Set(["he", "she", "they", "it", "him", "her", "them", "we", "i", "you", "and", "or", "but", "after", "before", "when", "while", "for", "that", "which", "who", "whom", "being", "there", "here", "as", "at", "in", "on", "of", "to", "by", "with", "from", "into", "near", "than", "then", "second", "third", "fourth", "first", "last", "number", "lot", "few", "couple", "day", "time", "week", "night", "year", "month", "hour", "minute", "moment", "way", "bit", "total", "was", "were", "is", "are", "be", "been", "has", "have", "had", "killed", "wounded", "injured", "shot", "died", "dead", "hurt"]);
const PREPOSITIONS = new Set(["in", "on", "at", "into", "onto", "from", "to", "by", "near", "inside", "outside", "under", "behind", "beside", "along", "across", "through", "toward", "towards", "of", "for", "with", "without", "over"]);

/** What may follow a noun naming a victim: a name, a pause or a place ("a baker named", "a trader at a bar"). */
const VICTIM_NOUN_ENDS = /^(?:named|called|identified|,|\.|;|who|in|at|from|aged|on|near|by|outside|inside)$/;

const LEFT_HURT = /^left (?:[\w'’-]+ ){1,4}?(?:in (?:a )?(?:critical|serious|stable|grave|fair|life-threatening)(?: but stable)? condition|(?:seriously |critically |gravely |badly )?(?:wounded|injured|hurt)\b)/i;
const FATAL_EVENT = /^victim of (?:a|an|the|last \w+[’']s|\w+[’']s) (?:deadly|fatal) (?:[\w'’-]+ ){0,3}?(?:shooting|stabbing|attack|assault|shootout|bombing|blast|explosion|ambush|crash|beating)\b/i;

/** "found Ladarrius Moody shot to death", "found 37-year-old Ann Roe and 16-year-old Jo Roe dead": the finder's object. */
function foundBefore(tokens: readonly Token[], j: number): boolean {
  for (let k = firstOfName(tokens, j) - 1, n = 0; k >= 0 && n < 10; k--, n++) {
    const w = tokens[k].lower;
    if (/^(?:found|discovered|left)$/.test(w)) return true;
    // ("found Linda Marsh, 58, and Gary Marsh, 61, dead": ages between commas stay inside the object.)
    if (!(w === "and" || isAge(w) || DETERMINERS.has(w) || isCapitalised(tokens[k]) || SINGULAR_PEOPLE[w] || w === "," || /^\d{1,3}$/.test(w))) return false;
  }
  return false;
}

const MULTIPLES: Record<string, number> = { double: 2, triple: 3, quadruple: 4 };
const MULTIPLE_KILLING = /^(?:double|triple|quadruple)[ -](?:homicide|murder|killing|slaying)([ -]suicide)?\b/i;
const MURDER_SUICIDE = /^murder[ -]suicide\b/i;

/** How many people a victim phrase names: 2 for "a man and woman", "his wife and son", else 1. */
function namedInside(tokens: readonly Token[], victim: Span): number {
  let and = -1;
  let people = 0;
  for (let k = 0; k < tokens.length && tokens[k].start < victim.end; k++) {
    if (tokens[k].start < victim.start) continue;
    if (tokens[k].lower === "and") and = k;
    else if (SINGULAR_PEOPLE[tokens[k].lower]) people++;
  }
  return and >= 0 && people >= 2 ? 2 : 1;
}

/** Index of the first word of the capitalised name ending at j. */
function firstOfName(tokens: readonly Token[], j: number): number {
  let k = j;
  while (k - 1 >= 0 && isCapitalised(tokens[k - 1]) && j - k < 3) k--;
  return k;
}

/** Whether token k opens a headline: the first word, or the first after a bar, colon or dash. */
const BARE_NOUN_AFTER = new Set(["after", "as", "when", "while", "and", "but", ","]);

/** A noun with no article after a headline's mark or joining word: "woman" and "man" in "Police: woman killed, man hurt". */
function bareHeadlineNoun(tokens: readonly Token[], j: number): boolean {
  return (BARE_NOUN_AFTER.has(tokens[j - 1]!.lower) || isMark(tokens[j - 1]!.text, HEADLINE_MARK)) && headlineLike(tokens);
}

/** A line with no full stop at its end, or a title glued to its site's name ("… | abc7ny.com"): a headline. */
function headlineLike(tokens: readonly Token[]): boolean {
  return !/^[.!?"”’')]$/.test(tokens[tokens.length - 1]?.text ?? ".") || tokens.some((t) => t.text === "|");
}

function opensHeadline(tokens: readonly Token[], k: number): boolean {
  return k === 0 || isMark(tokens[k - 1].text, HEADLINE_MARK);
}

function victimEndingAt(tokens: readonly Token[], j: number, killed = false): Span | null {
  const t = tokens[j];
  // "52-year-old Home Guard personnel was shot dead": an age opening the sentence stands for "a", whatever the noun.
  for (let k = j; k >= Math.max(0, j - 4); k--) {
    if (isAge(tokens[k].lower)) {
      if (k < j && (k === 0 || isMark(tokens[k - 1].text, HEADLINE_MARK))) return { start: tokens[k].start, end: t.end };
      break;
    }
    if (!allOf(tokens[k].text, isLetterOrHyphen, LETTERS_HYPHENS) || DETERMINERS.has(tokens[k].lower)) break;
  }
  // "Two firefighters died and a third was injured": an ordinal standing alone after its article is one more person.
  if (ORDINAL_PERSON.has(t.lower) && j >= 1 && (tokens[j - 1].lower === "a" || tokens[j - 1].lower === "another") && (j === 1 || /^(?:and|but|while|,|;)$/.test(tokens[j - 2].lower))) return { start: tokens[j - 1].start, end: t.end };
  // "An Army jawan was killed", "a tailor was shot dead": with "a" or "an" just before, any ordinary noun that
  // dies is a person (animals and things named below aside).
  // The phrase must be the subject, not the object of a preposition ("was found in a ditch was shot").
  if (allOf(t.text, isLowerLetter, LOWER_LETTERS) && !SINGULAR_PEOPLE[t.lower] && !NOT_VICTIMS.has(t.lower) && !NOT_A_NOUN.has(t.lower) && (killed || !NOT_HURT.has(t.lower))) {
    for (let k = j - 1; k >= Math.max(0, j - 3); k--) {
      // ("It was a miracle no one was killed": a word that counts no one.)
      if (tokens[k].lower === "no") break;
      if (tokens[k].lower === "a" || tokens[k].lower === "an") {
        if (k > 0 && PREPOSITIONS.has(tokens[k - 1].lower)) break;
        return { start: tokens[k].start, end: t.end };
      }
      if (!allOf(tokens[k].text, isLetterOrHyphen, LETTERS_HYPHENS) || DETERMINERS.has(tokens[k].lower) || NOT_A_NOUN.has(tokens[k].lower)) break;
    }
  }
  if (t.lower === "he" || t.lower === "she") return { start: t.start, end: t.end };
  // "One officer was shot dead and another was wounded": "another" standing alone opens its clause.
  if (t.lower === "another" && (j === 0 || /^(?:and|but|while|,|;)$/.test(tokens[j - 1].lower))) return { start: t.start, end: t.end };
  // "a 15-year-old", "the 17-year-old": an age standing for the person.
  if (isAge(t.lower) && j >= 1 && /^(?:a|an|the)$/.test(tokens[j - 1].lower)) return { start: tokens[j - 1].start, end: t.end };
  const noun = SINGULAR_PEOPLE[t.lower];
  // A headline's bare noun, maybe after its place: "Mother dies after shooting", "Hummelstown Juvenile dead".
  if (noun && isCapitalised(t) && (opensHeadline(tokens, j) || (isCapitalised(tokens[j - 1]) && opensHeadline(tokens, j - 1)))) return { start: t.start, end: t.end };
  // "Young person hurt when bullet flies through wall": a headline in sentence case, an adjective opening it.
  // (Not "Neither officer was injured", "No child was hurt": a word that counts no one.)
  // (After a place, "Bond Hill mother dies", the noun alone: the place is an entity of its own.)
  if (noun && sentenceCaseHeadline(tokens, j)) return { start: j === 1 ? tokens[0].start : t.start, end: t.end };
  // "Police: woman killed, man hurt", "Search for gunman after man shot inside restaurant": a headline drops its
  // articles mid-line too.
  if (noun && j >= 1 && bareHeadlineNoun(tokens, j)) return { start: t.start, end: t.end };
  if (noun) {
    // ("a school in Nuseirat refugee camp": a people word naming a place's kind is no person.)
    if (PLACE_OF_PEOPLE.test(tokens[j + 1]?.lower ?? "")) return null;
    // "the victim", "his 9-year-old sister", "A Houston man"
    for (let k = j - 1; k >= Math.max(0, j - 4); k--) {
      if (DETERMINERS.has(tokens[k].lower)) return { start: tokens[k].start, end: t.end };
      if (PREPOSITIONS.has(tokens[k].lower)) break;
      // "40-year-old police constable was shot dead": an age opening the sentence stands for the article.
      if (isAge(tokens[k].lower) && (k === 0 || isMark(tokens[k - 1].text, HEADLINE_MARK))) return { start: tokens[k].start, end: t.end };
      if (isMark(tokens[k].text, NOT_WORD_MARK)) break;
    }
    return null;
  }
  // A name: one to three capitalised words, not a plural noun or a pronoun.
  // (A surname ending in "s" only after a given name: "Keisha Simmons"; "No Israelis" is nobody.)
  if (isCapitalised(t) && !NOT_NAMES.has(t.lower) && !/s$/.test(t.lower) || (isCapitalised(t) && /^[A-Z][a-z]+s$/.test(t.text) && tokens[j - 1] && isCapitalised(tokens[j - 1]) && !NOT_NAMES.has(tokens[j - 1].lower) && !NO_ONE.has(tokens[j - 1].lower))) {
    let k = j;
    while (k - 1 >= 0 && isCapitalised(tokens[k - 1]) && j - k < 2 && !NOT_NAMES.has(tokens[k - 1].lower) && tokens[k - 1].end < tokens[k].start) k--;
    if (NOT_NAMES.has(tokens[k].lower)) return null;
    return { start: tokens[k].start, end: t.end };
  }
  return null;
}

/** Things a word for people may describe: "a civilian car", "a military vehicle", "a police truck". */
const THING_OF_PEOPLE = /^(?:cars?|vehicles?|bus|buses|trucks?|vans?|minibus(?:es)?|taxis?|motorcycles?|pick-?ups?|ambulances?|convoys?|boats?|planes?|aircraft|ships?|vessels?|trains?|buildings?|houses?|targets?|objects?|infrastructure|facilit(?:y|ies)|areas?|tents?|schools?)$/;
const PLACE_OF_PEOPLE = /^(?:camps?|settlements?|shelters?|cent(?:er|re)s?|sites?|hostels?|homes?|quarters?|villages?|neighbou?rhoods?)$/;

/** "her son", "her three children": "her" before a word that is not one an object is followed by owns that word. */
function possessiveHer(next: Token | undefined): boolean {
  if (!next || !/^[\p{Ll}\d]/u.test(next.text)) return false;
  return !!SINGULAR_PEOPLE[next.lower] || !AFTER_OBJECT.has(next.lower);
}
const AFTER_OBJECT = new Set(["in", "at", "on", "near", "outside", "inside", "with", "and", "or", "as", "while", "when", "after", "before", "during", "to", "into", "from", "by", "last", "this", "yesterday", "today", "overnight", "early", "late", "then", "too", "also", "because", "but", "dead", "execution-style", "following", "over", "for", "earlier", "later", "around", "about", "multiple", "several", "once", "twice", "repeatedly", "inside", "behind", "across", "through", "again", "point-blank", "until", "so", "since", "even", "just", "accidentally", "fatally", "who", "which", "that", "was", "were", "is", "are", "has", "had", "have", "will", "would", "could", "can", "may", "might", "did", "does", "said", "says", "told", "died", "dies"]);

function victimStartingAt(tokens: readonly Token[], i: number, killed = false): Span | null {
  const t = tokens[i];
  if (!t) return null;
  // "killing one Jelili Bakare": "one" before a name is "a certain".
  if (t.lower === "one" && tokens[i + 2] && isCapitalised(tokens[i + 1]) && isCapitalised(tokens[i + 2]) && !NOT_NAMES.has(tokens[i + 1].lower)) return { start: tokens[i + 1].start, end: tokens[i + 2].end };
  if (t.lower === "him" || (t.lower === "her" && !possessiveHer(tokens[i + 1]))) return { start: t.start, end: t.end };
  if (/^\d+-(?:year|month)s?-old$/.test(t.lower) && tokens[i + 1] && isCapitalised(tokens[i + 1])) return victimStartingAt(tokens, i + 1);
  if (DETERMINERS.has(t.lower) || /^(?:officer|deputy|trooper|sgt|sergeant|detective|agent|constable|corporal|pvt|private)$/.test(t.lower)) {
    for (let k = i + 1; k <= Math.min(tokens.length - 1, i + 4); k++) {
      const w = tokens[k].lower;
      // ("struck a school in Nuseirat refugee camp": past a preposition, or before a place's kind, no person.)
      // ("struck a civilian car": a word for people describing a thing is no person.)
      if (SINGULAR_PEOPLE[w]) return PLACE_OF_PEOPLE.test(tokens[k + 1]?.lower ?? "") || THING_OF_PEOPLE.test(tokens[k + 1]?.lower ?? "") ? null : { start: t.start, end: tokens[k].end };
      if (isMark(tokens[k].text, NOT_WORD_OR_HYPHEN_MARK) || (k > i + 1 && PREPOSITIONS.has(w))) break;
      // "the death of a well-known baker named …": after "a", an ordinary noun that dies is a person.
      if (killed && k <= i + 3 && (t.lower === "a" || t.lower === "an") && allOf(tokens[k].text, isLowerLetter, LOWER_LETTERS) && !NOT_VICTIMS.has(w) && VICTIM_NOUN_ENDS.test(tokens[k + 1]?.lower ?? ".")) return { start: t.start, end: tokens[k].end };
      if (!DETERMINERS.has(t.lower) && isCapitalised(tokens[k])) {
        // "officer Sean Bolton"
        let e = k;
        while (e + 1 < tokens.length && isCapitalised(tokens[e + 1]) && e - k < 2) e++;
        return { start: t.start, end: tokens[e].end };
      }
    }
    return null;
  }
  if (isCapitalised(t) && !NOT_NAMES.has(t.lower) && tokens[i + 1] && isCapitalised(tokens[i + 1])) {
    return { start: t.start, end: tokens[i + 1].end };
  }
  // ("Shelling kills woman and two children": a headline's verb in the present drops the article.)
  if (SINGULAR_PEOPLE[t.lower] && HEADLINE_VERB.test(tokens[i - 1]?.lower ?? "") && !PLACE_OF_PEOPLE.test(tokens[i + 1]?.lower ?? "")) return { start: t.start, end: t.end };
  return null;
}
const HEADLINE_VERB = /^(?:kills?|shoots?|stabs?|injures?|wounds?|hurts?)$/;
