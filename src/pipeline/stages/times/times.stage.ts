// Time stage: finds time expressions in sentences that hold figures and resolves them against the
// publication date, with news rules on top of chrono-node: a bare weekday is in the past, "since X" runs
// to publication, "between A and B" and "the past three weeks" are periods.
import { LIST_ITEM_LINE } from "../list-lines.ts";
import * as chrono from "chrono-node";
import type { AnnotatedDoc, TimeMention } from "../../../doc/document.ts";
import type { Stage } from "../../stage.ts";
import { addDays, addMonths, dayOfWeek, iso, parseIso, startOfWeek } from "./dates.ts";

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const COUNT_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, several: 3, few: 3, "a few": 3 };

interface Found {
  start: number;
  end: number;
  from: Date;
  to: Date;
  kind: "point" | "period";
}

// Each pattern is anchored on literal words and bounded repetition, so none can backtrack badly.
// ("in last week's shipwreck", "last month's attack": the calendar week or month before, which RELATIVE reads.)
const PAST_SPAN = /\b(?:in|over|during|for|within)?\s*(?:the\s+)?(?:past|last|previous|preceding)\s+(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)?\s*(hours?|days?|weeks?|fortnights?|months?|years?|decades?)\b(?!['’]s)/gi;
/** "two days ago", "a week ago": the day that far before publication. */
const AGO = /\b(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(days?|weeks?|fortnights?|months?|years?)\s+ago\b/gi;
// ("427 bodies over four days", "the toll doubled in three months": a window up to publication, as "the past four days".
// Not "within", which counts from another event, nor years: "the worst attack in two years" dates the attack.)
const BARE_SPAN = /\b(?:over|in)\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|[1-9]\d)\s+(days|weeks|fortnights|months)\b(?!['’]s|\s+(?:of\s+(?:age|pregnancy)|old|later|earlier|after|before|from)\b)/gi;
const FOR_SPAN = /\bfor\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?|months?)\b/gi;
const RELATIVE = /\b(since the (?:beginning|start) of (?:the|this) (?:year|month)|since the morning|since dawn|since midnight|since the weekend|since the early hours(?: of (?:the|this) morning)?|in the early hours(?!\s+of\b)|(?:since|from) the (?:beginning|start) of the week|today|yesterday|tonight|overnight|last night|during the night|this morning|this afternoon|this evening|this week|last week(?!\s+of\b)|earlier this week|this month|last month|earlier this month|this year|last year|earlier this year|(?:at|over|during|on)\s+the\s+weekend|(?:at|over|during|on)\s+the\s+(?:long|holiday|bank[- ]holiday|three-day|four-day)\s+weekend|this weekend|last weekend|(?:this|the) past weekend|(?:over|during|in) the (?:past |last )?week(?!\s+(?:of|before|after|that|when|ending|to)\b)|in a week of (?:heavy |fierce |intense )?(?:fighting|clashes|violence|unrest|protests|bombardment|bombing|airstrikes|strikes)(?![^.;]{0,60}?\b(?:1[89]\d\d|20\d\d|last (?:year|month)|(?:that|the same|the previous) (?:year|month))\b)|in recent days|in recent weeks|in recent months|recent days|recent weeks|earlier in the (?:day|week|month)|earlier today)\b/gi;
const WEEKDAY_LAST_WEEK = /^,?\s+(?:of\s+)?last\s+week\b/i;
const WEEKDAY = /\b(?:(?:on|late|early|last|this)\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:\s+(?:morning|afternoon|evening|night))?\b/gi;
const YEAR = /\b(?:in|since|from|by|during|of)\s+(?:(?:early|late|mid-?)\s*)?((?:19|20)\d\d)\b|\b(?:the|an?)\s+((?:19|20)\d\d)(?=\s+(?:war|conflict|offensive|attacks?|massacre|earthquake|floods?|coup|uprising|revolution|invasion|bombings?|siege|battle|fighting|violence|crisis|famine|genocide|riots?|insurgency|election violence|blast|explosion|fire|collapse|shooting|stampede|crash|disaster|landslide|cyclone|hurricane|typhoon|tsunami|ambush|raid|massacres)\b)/gi;
const SINCE = /\bsince\s+/gi;
/** "the war, which began in April 2023, has killed …": a date a relative clause says something began runs to publication. */
const BEGAN_IN = /\b(?:which|that)\s+(?:began|started|erupted|broke out)\s+(?=(?:in|on)\s)/gi;
/** A month's name alone ("October", "Oct."), with no day or year. */
const BARE_MONTH = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;
/**
 * The sentence as chrono reads it, the same length so offsets hold. A count after a date and a comma ("On March 5, 12
 * people were killed") would be read as a two-digit year (2012): chrono sees a semicolon there instead. chrono reads
 * the month May only after "in" ("since early May", "late May" are missed): the word before it is written as "in",
 * padded with spaces (our own rules read "early", "since" from the sentence itself).
 */
/**
 * The sentence with each weekday that is a first name ("Sunday Abdu", "Monday Kassah": a capitalised name right after
 * it, and no "on", "last" or "by" before it) turned to spaces, the same length.
 */
function withoutWeekdayNames(sentence: string): string {
  // ("acquitted of the killings on Bloody Sunday": the name of a massacre long ago, not last Sunday.)
  const unnamed = sentence.includes("Bloody") ? sentence.replace(BLOODY_DAY, (m) => " ".repeat(m.length)) : sentence;
  if (!WEEKDAY_NAME_HINT.test(unnamed)) return unnamed;
  return unnamed.replace(WEEKDAY_NAME, (m, before: string, day: string) => before + " ".repeat(day.length));
}
const BLOODY_DAY = /\bBloody (?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\b/g;
const WEEKDAY_NAME_HINT = /(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day [A-Z]/;
const WEEKDAY_NAME = /(^|[^\p{L}](?<!\b(?:on|On|last|Last|this|This|next|Next|by|By|since|Since|until|Until|from|From|early|Early|late|Late|of|that|every|each|and|or|between|Between|to|till|before|Before|after|After|until|through|over|Over)\s))((?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day)(?= (?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Morning|Afternoon|Evening|Night|Night's|Mass|Prayers?|Service|Times|Herald|Telegraph|Post)\b)[\p{Lu}][\p{Ll}]+(?:\s+[\p{Lu}][\p{Ll}]+)?(?:\s*,|\s+(?:said|says|told|tells|added|stated|explained|confirmed|reported|announced)\b))/gu;

const WEEK_OF_MONTH_HINT = /\bweek\s+of\s+[A-Z]/;
const WEEK_OF_MONTH = /\b(?:(?:in|during|over|on)\s+)?(?:the\s+)?(first|second|third|fourth|last|final)\s+week\s+of\s+(January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(\d{4}))?\b/gi;
const WEEK_ORDINALS = ["first", "second", "third", "fourth"];

function forChrono(sentence: string): string {
  // ("GOMA, 12 February 2024 – On 7 February, …": a dash before a preposition opens the story, it joins no range.)
  const counted = sentence.replace(COUNT_AFTER_COMMA, ";").replace(DASH_BEFORE_PREPOSITION, ";");
  return MAY_MONTH.test(counted) ? counted.replace(MAY_AFTER_WORD, (m) => `${" ".repeat(m.length - 6)}in May`) : counted;
}
const DASH_BEFORE_PREPOSITION = /[–—-](?=\s+(?:On|In|At|By|Since|Late|Early)\s)/g;
const MAY_AFTER_WORD = /\b(?:[Ss]ince|[Uu]ntil|[Bb]etween|and|to|or|of|[Ee]arly|[Mm]id-|[Ll]ate|by|[Ff]rom|through|[Dd]uring|[Bb]efore|[Aa]fter)\s*May\b(?!\s+(?:be|have|not|also|well|still|never|yet|need|want|soon)\b)/g;

/** "in May", "since May": the month, where the modal "may" would follow no such word and be written small. */
const MAY_MONTH = /(?:\b(?:[Ii]n|[Ss]ince|until|[Bb]etween|and|to|or|of|[Ee]arly|[Ll]ate|last|this|by|from|through|during|[Bb]efore|[Aa]fter)\s+|\b[Mm]id-)May\b(?!\s+(?:be|have|not|also|well|still|never|yet|need|want|soon)\b)/;
const ABSOLUTE_HINT = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*\d|\d\s*(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:january|february|march|april|june|july|august|september|october|november|december)\b|\d{1,4}[/-]\d{1,2}[/-]\d{1,4}/i;
/** A verb of the future in the clause before a weekday: "will be moved on Friday", "are due to arrive on Monday". */
const FUTURE_BEFORE = /\b(?:will|would|shall|is to|are to|is due to|are due to|expected to|scheduled to|set to|plans? to|planned to|is planned|are planned)\b[^.;,]{0,60}$/i;
const BETWEEN = /\b(between|from)\s+/gi;
const TWO_YEARS = /(?:19|20)\d\d\D{1,12}(?:19|20)\d\d/;
/** "the 1950-53 war", "1998-2002" written short: the second year in the first one's century (or the next). */
const SHORT_YEAR_RANGE = /\b((?:19|20)\d\d)\s*[-–—]\s*(\d\d)\b(?![-–—/.:]\d)/g;
const SHORT_YEAR_RANGE_HINT = /(?:19|20)\d\d\s*[-–—]\s*\d\d\b/;
/** "in the 1980s", "the late 1990s": the decade, or a third of it. */
const DECADE = /\b(?:(early|mid|late)[\s-]*)?((?:19|20)\d0)['’]?s\b/gi;
const DECADE_HINT = /\d0['’]?s\b/;
const YEAR_RANGE = /\b(?:(?:between|from)\s+)?((?:19|20)\d\d)\s*(?:-|–|—|\band\b|\bto\b|\buntil\b|\bthrough\b)\s*((?:19|20)\d\d)\b/gi;
/**
 * A comma before a number of at most three digits that is not a clock time or a longer number, or before a number
 * with thousands separators ("In January, 95,000 people fled"): never a year or a day of the month before it.
 */
const COUNT_AFTER_COMMA = /,(?=\s+(?:\d{1,3}(?:,\d{3})+(?![\d.])|\d{1,3}(?![\d:.,])(?!(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))))/gi;
const MONTH_NAME = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
// ("the night of 13/14 March": a night told by the two days it spans.)
const DAY_JOIN = "\\s*(?:-|–|/|and|to|until|through)\\s*";
/** "between 10 and 14 February", "5-6 March 2024", "from 1 to 7 March": days of one month. */
const DAYS_THEN_MONTH = new RegExp(`\\b(?:(?:between|from)\\s+)?${DAY}${DAY_JOIN}${DAY}\\s+(?:of\\s+)?${MONTH_NAME}(?:,?\\s+((?:19|20)\\d\\d))?\\b`, "gi");
/** "March 5-6", "between March 3 and 9, 2024". */
const MONTH_THEN_DAYS = new RegExp(`\\b(?:(?:between|from)\\s+)?${MONTH_NAME}\\s+${DAY}${DAY_JOIN}${DAY}\\b(?:,?\\s+((?:19|20)\\d\\d)\\b)?`, "gi");
/** "in the first three months of the year", "the first half of 2023", "the first week of March". */
const FIRST_PART = new RegExp(`\\b(?:(?:in|during|over)\\s+)?the\\s+first\\s+(?:(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)\\s+(months|weeks)|(half|quarter|week|month))\\s+of\\s+(?:(?:the|this)\\s+year|((?:19|20)\\d\\d)|${MONTH_NAME}(?:\\s+((?:19|20)\\d\\d))?)\\b`, "gi");
/** Holidays on a fixed day: month (from 0) and day. */
const HOLIDAY_DAYS: Record<string, [number, number]> = {
  "christmas eve": [11, 24], "christmas day": [11, 25], "christmas": [11, 25],
  "new year's eve": [11, 31], "new year's day": [0, 1], "new years eve": [11, 31], "new years day": [0, 1],
};
// ("Christmas" alone only as a time, "on Christmas": "a Christmas party" was not held on the day.)
const HOLIDAY = /\b(?:Christmas\s+(?:Eve|Day)|(?<=\b(?:on|at|over)\s)Christmas|New\s+Year[’']?s\s+(?:Eve|Day))\b/g;
/** Easter moves with the moon: "over the Easter weekend" (Good Friday to Easter Monday), "on Easter Sunday". */
const EASTER = /\b(?:(?:over|during|on|at)\s+(?:the\s+)?)Easter(?:\s+(weekend|Sunday|Monday|holiday))?\b/g;
const MONTH_OF_YEAR = new RegExp(`\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+)?${MONTH_NAME}(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?,?)?\\s+(?:of\\s+)?(last|this)\\s+year\\b`, "gi");
const MONTH_INDEX: Record<string, number> = { jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11 };

// Each pattern needs words of its own; a sentence without them skips the pattern (same result, far fewer scans).
// The words are whole ASCII-letter runs, as the patterns read them (each stands between non-word characters there).
const WORD = {
  past: 1, unit: 2, ago: 4, for: 8, sinceOrFrom: 16, beginningOrStart: 32, thisOrLast: 64, partOfDayOrPeriod: 128,
  relative: 256, weekday: 512, month: 1024, first: 2048, since: 4096, between: 8192,
  year: 16384, monthPrefix: 32768, numericDate: 65536,
  // Digit shapes that some of chrono's parsers need (see CHRONO_PARSER_NEEDS).
  fourDigits: 131072, digitSeparatorDigit: 262144,
  // Two numbers of one or two digits: the days of "5-6 March", "March 3 and 9".
  twoShortNumbers: 524288,
  // Words of the stage's own hints (run): a day told from another ("later", "the next day", "that night"), "the same".
  dayTold: 1 << 20, same: 1 << 21,
  // A day's ordinal glued to its digits: "the 13th".
  ordinalDay: 1 << 22,
  // The words before a count of days with no "the": "over four days", "in three months".
  overOrIn: 1 << 23,
  // The units a count of days with no "the" may take ("over four days", "for two weeks"): no hours, years or decades.
  daysWeeksOrMonths: 1 << 24,
};
const PAST_WORDS = ["past", "last", "previous", "preceding"];
const UNITS = ["hour", "hours", "day", "days", "week", "weeks", "fortnight", "fortnights", "month", "months", "year", "years", "decade", "decades"];
const SPAN_COUNTS = ["a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "several", "few"];
const GATE_WORDS: [number, string[]][] = [
  // "in the past", and glued as the pattern allows: "inpast", "overlast".
  [WORD.past, [...PAST_WORDS, ...["in", "over", "during", "for", "within"].flatMap((p) => PAST_WORDS.map((w) => p + w))]],
  // "the past three days", and a count glued to its unit as the pattern allows: "fewdays".
  [WORD.unit, [...UNITS, ...SPAN_COUNTS.flatMap((c) => UNITS.map((u) => c + u))]],
  [WORD.ago, ["ago"]],
  [WORD.for, ["for"]],
  [WORD.sinceOrFrom, ["since", "from"]],
  [WORD.beginningOrStart, ["beginning", "start"]],
  [WORD.thisOrLast, ["this", "last"]],
  [WORD.partOfDayOrPeriod, ["morning", "afternoon", "evening", "week", "month", "year"]],
  [WORD.relative, ["today", "yesterday", "tonight", "overnight", "night", "weekend", "week", "recent", "earlier", "dawn", "midnight", "early"]],
  [WORD.weekday, WEEKDAYS],
  [WORD.month, ["jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "sepember", "september", "oct", "october", "nov", "november", "dec", "december"]],
  [WORD.first, ["first"]],
  [WORD.since, ["since", "began", "started", "erupted"]], // (and "which began in": see BEGAN_IN)
  [WORD.between, ["between", "from"]],
  // (Holidays share bits: "Christmas" with the months, "New Year's" with "year".)
  [WORD.month, ["christmas", "easter"]],
  [WORD.partOfDayOrPeriod, ["years"]],
  [WORD.dayTold, ["later", "earlier", "day", "days", "that"]],
  [WORD.same, ["same"]],
  [WORD.overOrIn, ["over", "in"]],
  [WORD.daysWeeksOrMonths, ["day", "days", "week", "weeks", "fortnights", "month", "months"]],
];

/** Which of the patterns may match, given the words a sentence holds. */
const mayMatch = {
  pastSpan: (w: number) => has(w, WORD.past) && has(w, WORD.unit),
  ago: (w: number) => has(w, WORD.ago),
  forSpan: (w: number) => has(w, WORD.for) && has(w, WORD.daysWeeksOrMonths),
  bareSpan: (w: number) => has(w, WORD.overOrIn) && has(w, WORD.daysWeeksOrMonths),
  // "today", "last night"...; "since the start of the year"; "this morning", "last week".
  relative: (w: number) => has(w, WORD.relative) || (has(w, WORD.sinceOrFrom) && (has(w, WORD.beginningOrStart) || has(w, WORD.partOfDayOrPeriod))) || (has(w, WORD.thisOrLast) && has(w, WORD.partOfDayOrPeriod)),
  weekday: (w: number) => has(w, WORD.weekday),
  year: (w: number) => has(w, WORD.year),
  dayRange: (w: number) => has(w, WORD.month) && has(w, WORD.twoShortNumbers),
  // "October last year", "March this year".
  monthOfYear: (w: number) => has(w, WORD.month) && has(w, WORD.thisOrLast) && has(w, WORD.partOfDayOrPeriod),
  first: (w: number) => has(w, WORD.first),
  dateHint: (w: number) => has(w, WORD.monthPrefix) || has(w, WORD.numericDate),
  holiday: (w: number) => has(w, WORD.month) || has(w, WORD.partOfDayOrPeriod),
};
function mayMatchAny(w: number): boolean {
  return mayMatch.dateHint(w) || mayMatch.pastSpan(w) || mayMatch.ago(w) || mayMatch.forSpan(w) || mayMatch.bareSpan(w) || mayMatch.relative(w) || mayMatch.weekday(w)
    || mayMatch.year(w) || mayMatch.dayRange(w) || mayMatch.monthOfYear(w) || mayMatch.first(w) || mayMatch.holiday(w);
}
function has(words: number, word: number): boolean {
  return (words & word) !== 0;
}

/**
 * Word bits of each gate word, in a table slot chosen by a hash of its letters (case ignored). A word of the sentence
 * that lands in a gate word's slot only runs a pattern in vain: the gates may let through more, never less.
 */
const GATE_SLOTS = 1 << 14;
/** 32 bits a slot (the word bits run to WORD.same), so the table is 64 KB and stays in cache between documents. */
const GATE_OF_SLOT = new Uint32Array(GATE_SLOTS);
for (const [bit, words] of GATE_WORDS) for (const w of words) GATE_OF_SLOT[letterHash(w) & (GATE_SLOTS - 1)]! |= bit;
if (GATE_WORDS.some(([bit]) => bit > 0x7fffffff)) throw new Error("a gate word bit does not fit the 32-bit table");
/** The slots of a month's first three letters, which the date hint reads at the start of longer words too. */
const MONTH_PREFIX_SLOT = new Uint8Array(GATE_SLOTS);
for (const m of ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]) MONTH_PREFIX_SLOT[letterHash(m) & (GATE_SLOTS - 1)] = 1;

function nextHash(hash: number, letter: number): number {
  return (Math.imul(hash, 33) + (letter | 32)) & 0x3fffffff;
}

/** A small-integer hash of a word's letters, case ignored: the one gatesOf takes as it reads a sentence. */
function letterHash(word: string): number {
  let hash = 0;
  for (let k = 0; k < word.length; k++) hash = nextHash(hash, word.charCodeAt(k));
  return hash;
}

/**
 * Which gate words text[start, end) holds, read in one pass over its words and digit runs. It reads the document's
 * own string: a sentence cut from it is a sliced string, slower to read char by char.
 */
function gatesOf(sentence: string, start: number, end: number): number {
  let bits = 0;
  let shortNumbers = 0;
  const n = end;
  for (let k = start; k < n; ) {
    const c = sentence.charCodeAt(k);
    let e = k + 1;
    if (isAsciiLetter(c)) {
      let hash = nextHash(0, c);
      for (; e < n; e++) {
        const letter = sentence.charCodeAt(e);
        if (!isAsciiLetter(letter)) break;
        hash = nextHash(hash, letter);
        // The date hint also reads a month's first three letters at the start of a longer word ("5 Marines").
        if (e === k + 2 && MONTH_PREFIX_SLOT[hash & (GATE_SLOTS - 1)]) bits |= WORD.monthPrefix;
      }
      bits |= GATE_OF_SLOT[hash & (GATE_SLOTS - 1)]!;
      if (e - k === 2 && k > start && isDigit(sentence.charCodeAt(k - 1)) && isOrdinalSuffix(c, sentence.charCodeAt(k + 1))) bits |= WORD.ordinalDay;
    } else if (isDigit(c)) {
      while (e < n && isDigit(sentence.charCodeAt(e))) e++;
      // A year is four digits alone: "in 2019", "the 2014 war".
      if (e - k === 4 && (c === 49 ? sentence.charCodeAt(k + 1) === 57 : c === 50 && sentence.charCodeAt(k + 1) === 48)) bits |= WORD.year;
      if (e - k >= 4) bits |= WORD.fourDigits;
      else if (e - k <= 2 && ++shortNumbers === 2) bits |= WORD.twoShortNumbers;
      const joiner = e < n ? sentence.charCodeAt(e) : 0;
      if ((joiner === 47 || joiner === 45 || joiner === 46) && e + 1 < n && isDigit(sentence.charCodeAt(e + 1))) {
        bits |= WORD.digitSeparatorDigit; // "3/5", "3-5", "3.5"
        if (joiner !== 46) bits |= WORD.numericDate;
      }
    }
    k = e;
  }
  return bits;
}

/** "st", "nd", "rd", "th" in either case (the ordinal hint reads small letters only: the gate may let more through). */
const isOrdinalSuffix = (a: number, b: number) => {
  const pair = ((a | 32) << 8) | (b | 32);
  return pair === 0x7374 || pair === 0x6e64 || pair === 0x7264 || pair === 0x7468;
};
const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * chrono's casual configuration runs each of its parsers over the whole sentence, yet most need letters that the
 * sentence lacks ("ago", "night", a weekday, a slash). A parser that cannot match finds nothing, and leaving it out
 * changes no result: chrono runs each parser alone, joins their results, sorts them by position (a stable sort) and
 * only then refines them. Each test is true wherever the parser's pattern can match: every match holds one of the
 * parser's letter runs, anywhere in the sentence and in any case (as the patterns read them). A parser not named
 * here always runs.
 */
const CHRONO_WORD = {
  weekday: 1, agoOrBefore: 2, laterOrAfter: 4, casualDay: 8, partOfDay: 16, monthWord: 32, thisOrNext: 64, plusOrMinus: 128,
  monthName: 256, slash: 512,
};
/** Each group's letter runs; "+", "-" and "/" are read as single characters. */
const CHRONO_WORD_GROUPS: [number, string[]][] = [
  [CHRONO_WORD.weekday, ["sun", "mon", "tue", "wed", "thu", "fri", "sat", "week"]], // "weekend" too
  [CHRONO_WORD.agoOrBefore, ["ago", "before", "earlier"]],
  [CHRONO_WORD.laterOrAfter, ["later", "after", "from", "henceforth", "forward", "out"]],
  [CHRONO_WORD.casualDay, ["now", "today", "night", "tomorrow", "overmorrow", "tmr", "yesterday"]], // "tonight", "last night"
  [CHRONO_WORD.partOfDay, ["morning", "afternoon", "evening", "night", "midday", "noon"]],
  [CHRONO_WORD.monthWord, ["month"]],
  [CHRONO_WORD.thisOrNext, ["this", "last", "past", "next", "after"]],
  [CHRONO_WORD.monthName, ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]],
];
/** The table slot of two lower case letters. */
function letterPair(a: number, b: number): number {
  return (a - 97) * 26 + (b - 97);
}
/** The chrono words by their first two letters, so one pass over a sentence finds them all (a small table: 26 x 26). */
const CHRONO_WORDS_BY_TWO: ([string, number][] | undefined)[] = new Array(26 * 26).fill(undefined);
for (const [bit, words] of CHRONO_WORD_GROUPS) for (const w of words) (CHRONO_WORDS_BY_TWO[letterPair(w.charCodeAt(0), w.charCodeAt(1))] ??= []).push([w, bit]);

/** Which chrono words the sentence holds anywhere, ASCII case ignored (a word inside another counts). */
function chronoWordsOf(sentence: string): number {
  let bits = 0;
  const n = sentence.length;
  let next = n > 0 ? lowerAscii(sentence.charCodeAt(0)) : 0;
  for (let i = 0; i < n; i++) {
    const c = next;
    next = i + 1 < n ? lowerAscii(sentence.charCodeAt(i + 1)) : 0;
    if (c === 47) bits |= CHRONO_WORD.slash;
    else if (c === 43 || c === 45) bits |= CHRONO_WORD.plusOrMinus;
    else if (c >= 97 && c <= 122 && next >= 97 && next <= 122) {
      const words = CHRONO_WORDS_BY_TWO[letterPair(c, next)];
      if (words) for (const [word, bit] of words) if (holdsAt(sentence, i, word)) bits |= bit;
    }
  }
  return bits;
}

const lowerAscii = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/** Whether `word` (lower case) stands in the sentence at i, ASCII case ignored. */
function holdsAt(sentence: string, i: number, word: string): boolean {
  if (i + word.length > sentence.length) return false;
  for (let j = 2; j < word.length; j++) if (lowerAscii(sentence.charCodeAt(i + j)) !== word.charCodeAt(j)) return false;
  return true;
}

const CHRONO_PARSER_NEEDS: Record<string, (words: number, gates: number) => boolean> = {
  ISOFormatParser: (_, g) => has(g, WORD.numericDate) && has(g, WORD.fourDigits), // 2019-03-05
  ENYearMonthDayParser: (_, g) => has(g, WORD.fourDigits), // 2019/03/05, 2019 Mar 05
  SlashDateFormatParser: (_, g) => has(g, WORD.digitSeparatorDigit), // 3/5, 3.5.2019, 3-5
  ENSlashMonthFormatParser: (w, g) => has(g, WORD.fourDigits) && has(w, CHRONO_WORD.slash), // 3/2019
  ENMonthNameLittleEndianParser: holdsMonth,
  ENMonthNameMiddleEndianParser: holdsMonth,
  ENMonthNameParser: holdsMonth,
  ENYearMonthNameParser: holdsMonth,
  ENWeekdayParser: (w) => has(w, CHRONO_WORD.weekday),
  ENTimeUnitAgoFormatParser: (w) => has(w, CHRONO_WORD.agoOrBefore),
  ENTimeUnitLaterFormatParser: (w) => has(w, CHRONO_WORD.laterOrAfter),
  ENCasualDateParser: (w) => has(w, CHRONO_WORD.casualDay),
  ENCasualTimeParser: (w) => has(w, CHRONO_WORD.partOfDay),
  ENEndOfCurrentMonthParser: (w) => has(w, CHRONO_WORD.monthWord),
  ENRelativeDateFormatParser: (w) => has(w, CHRONO_WORD.thisOrNext),
  ENTimeUnitCasualRelativeFormatParser: (w) => has(w, CHRONO_WORD.thisOrNext | CHRONO_WORD.plusOrMinus),
};
function holdsMonth(words: number): boolean {
  return has(words, CHRONO_WORD.monthName); // "jan", "sept.", "December"...
}
const CASUAL_PARSERS = chrono.casual.parsers;
const PARSER_TESTS = CASUAL_PARSERS.map((p) => CHRONO_PARSER_NEEDS[p.constructor.name]);
/** One chrono per set of parsers that may match, keyed by a bit per parser (in chrono's own order). */
const chronoOfParsers = new Map<number, chrono.Chrono>();

/** What chrono.parse finds in the sentence (news dates: no forward dates, UTC), read by the parsers that may match. */
export function chronoDates(sentence: string, published: Date, gates = gatesOf(sentence, 0, sentence.length)): chrono.ParsedResult[] {
  return chronoFor(sentence, gates).parse(sentence, { instant: published, timezone: 0 } as chrono.ParsingReference, { forwardDate: false });
}

/** A chrono with the casual parsers that may match in the sentence, and all the casual refiners. */
function chronoFor(sentence: string, gates: number): chrono.Chrono {
  const words = chronoWordsOf(sentence);
  let key = 0;
  for (let i = 0; i < PARSER_TESTS.length; i++) {
    const needs = PARSER_TESTS[i];
    if (!needs || needs(words, gates)) key |= 1 << i;
  }
  let parser = chronoOfParsers.get(key);
  if (!parser) {
    parser = new chrono.Chrono({ parsers: CASUAL_PARSERS.filter((_, i) => key & (1 << i)), refiners: chrono.casual.refiners });
    chronoOfParsers.set(key, parser);
  }
  return parser;
}

/** Time expressions in text[start, end), resolved against `published`. */
export function findTimes(text: string, start: number, end: number, published: Date, gates = gatesOf(text, start, end)): TimeMention[] {
  // "since" and "between" only reshape times found by the others.
  const raw = text.slice(start, end);
  // ("on the 13th" holds no word the gates know.) (Blanking a weekday name below changes no ordinal: it holds no digit.)
  const ordinalDay = has(gates, WORD.ordinalDay) && ORDINAL_DAY_HINT.test(raw);
  if (!mayMatchAny(gates) && !ordinalDay) return [];
  // ("Local leader Sunday Abdu said": a weekday that is someone's first name says no day; it is read as blank.)
  // (Such a name is a whole weekday word, so a sentence whose gates hold none has none.)
  const sentence = has(gates, WORD.weekday) ? withoutWeekdayNames(raw) : raw;
  const found: Found[] = [];

  // Absolute dates from chrono, corrected to the past (news reports what has happened).
  // chrono is the costly part: it only runs where a month name or a numeric date could be.
  // A count after a date and a comma ("On March 5, 12 people were killed") would be read as a two-digit year (2012):
  // chrono sees a semicolon there instead (same length, so offsets hold).
  const absolute = mayMatch.dateHint(gates) && (ABSOLUTE_HINT.test(sentence) || MAY_MONTH.test(sentence)) ? chronoDates(forChrono(sentence), published, gates) : [];
  for (const whole of absolute) {
    const r = dayOfPartOfDay(whole, published);
    // ("told Myanmar Now", "on Democracy Now": a capitalised "Now" after a name is the outlet's name.)
    if (r.text === "Now" && CAPITALISED_WORD_BEFORE.test(sentence.slice(Math.max(0, r.index - 30), r.index))) continue;
    // ("joined the march", "the protesters may"): a month's name in small letters that is also a word, with no day or
    // year, is the word.
    if (/^(?:march|may|august)$/.test(r.text)) continue;
    // ("the night of March 12/13": two days, not the year 2013; our own day ranges read them below.)
    if (MONTH_THEN_TWO_DAYS.test(r.text)) continue;
    // Spans of time and weekends are read by our own rules below.
    if (/^\s*(?:past|last|previous)\b/i.test(r.text) || /weekend/i.test(r.text)) continue;
    // ("after three days of protests", "for 15 minutes": a stretch of time, no date.)
    if (/^(?:for\s+|in\s+|within\s+|after\s+)?(?:a|an|one|\d+|[a-z]+)\s+(?:days?|weeks?|months?|years?|hours?|minutes?)\b/i.test(r.text)) continue;
    // "in February 2022, 10,000 civilians": a figure after the date is not part of it.
    const trimmed = r.text.replace(/,\s*\d{1,2}$/, (m) => (/^[\d,]/.test(sentence.slice(r.index + r.text.length)) ? "" : m)).replace(/[\s,.;:]+$/, "");
    let from = utcDay(r.start.date());
    let to = r.end ? utcDay(r.end.date()) : from;
    if (!known(r, "day") && known(r, "month")) {
      // A month alone ("in September") is the whole month, the last one not after publication.
      from = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1));
      if (!known(r, "year") && from > published) from = new Date(Date.UTC(from.getUTCFullYear() - 1, from.getUTCMonth(), 1));
      to = addDays(addMonths(from, 1), -1);
      // "early March", "mid-January", "late October": a third of the month.
      const part = /\b(early|mid-?|late)\s*$/i.exec(sentence.slice(Math.max(0, r.index - 8), r.index));
      if (part) {
        const third = part[1]!.toLowerCase().startsWith("mid") ? 1 : part[1]!.toLowerCase() === "late" ? 2 : 0;
        if (third < 2) to = addDays(from, 10 * third + 9);
        from = addDays(from, 10 * third);
        addFound(found, start, r.index - part[0].length, r.index + trimmed.length, from, to);
        continue;
      }
    } else if (!known(r, "day") && !known(r, "month") && known(r, "weekday")) {
      // A bare weekday: the latest such day not after publication (the next one after a future verb).
      from = lastWeekday(published, from.getUTCDay());
      if (FUTURE_BEFORE.test(sentence.slice(Math.max(0, r.index - 80), r.index)) && from < published) from = addDays(from, 7);
      to = from;
    } else if (known(r, "day") && !known(r, "year") && from > published) {
      from = new Date(Date.UTC(from.getUTCFullYear() - 1, from.getUTCMonth(), from.getUTCDate()));
      to = from;
    } else if (!known(r, "day") && !known(r, "month") && !known(r, "weekday")) {
      continue; // times of day alone ("at one in the morning") say nothing about the date
    } else if (from > published && NUMERIC_DATE.test(trimmed)) {
      // "04/03/2023" in a report of 9 March 2023: month first would be after publication, so the day comes first.
      const dayFirst = from.getUTCDate() <= 12 ? new Date(Date.UTC(from.getUTCFullYear(), from.getUTCDate() - 1, from.getUTCMonth() + 1)) : null;
      if (dayFirst && dayFirst.getUTCDate() === from.getUTCMonth() + 1 && dayFirst <= published) from = to = dayFirst;
    }
    addFound(found, start, r.index, r.index + trimmed.length, from, to);
  }

  // "between 1992 and 2002", "from 2014 to 2016", "the 1992-2002 war": whole years from the one to the other.
  if (TWO_YEARS.test(sentence)) for (const m of sentence.matchAll(YEAR_RANGE)) {
    const [first, last] = [Number(m[1]), Number(m[2])];
    if (first >= last || last > published.getUTCFullYear() || last - first > 60) continue;
    addFound(found, start, m.index!, m.index! + m[0].length, new Date(Date.UTC(first, 0, 1)), new Date(Date.UTC(last, 11, 31)));
  }
  if (mayMatch.year(gates) && SHORT_YEAR_RANGE_HINT.test(sentence)) for (const m of sentence.matchAll(SHORT_YEAR_RANGE)) {
    const first = Number(m[1]);
    let last = first - (first % 100) + Number(m[2]);
    if (last <= first) last += 100;
    if (last > published.getUTCFullYear() || last - first > 60) continue;
    addFound(found, start, m.index!, m.index! + m[0].length, new Date(Date.UTC(first, 0, 1)), new Date(Date.UTC(last, 11, 31)));
  }
  if (mayMatch.year(gates) && DECADE_HINT.test(sentence)) for (const m of sentence.matchAll(DECADE)) {
    // ("in the early 1990s": its first years; "the late 1980s": its last ones.)
    // ("based there since the late 1990s and accused of killing hundreds in 2019": a span from a decade back up to now is
    // too loose to date a count, and would stand before a nearer date.)
    if (/\bsince\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, m.index! - 12), m.index!))) continue;
    const decade = Number(m[2]);
    const part = m[1]?.toLowerCase();
    const [a, b] = part === "early" ? [0, 3] : part === "mid" ? [3, 6] : part === "late" ? [6, 9] : [0, 9];
    if (decade + a > published.getUTCFullYear()) continue;
    const to = new Date(Date.UTC(decade + b, 11, 31));
    addFound(found, start, m.index!, m.index! + m[0].length, new Date(Date.UTC(decade + a, 0, 1)), to > published ? published : to);
  }
  if (mayMatch.pastSpan(gates)) for (const m of sentence.matchAll(PAST_SPAN)) {
    // "last month", "last week" alone name the calendar month or week before (the relative rules below);
    // "the last month", "the past three weeks" are spans up to publication.
    if (!m[1] && /^last\s/i.test(m[0].trimStart()) && !/^(?:hours?|days?|fortnight)$/i.test(m[2])) continue;
    const n = m[1] ? (COUNT_WORDS[m[1].toLowerCase()] ?? Number(m[1])) : 1;
    const unit = m[2].toLowerCase().replace(/s$/, "");
    // "the previous day" is the one day before; "the past day" runs up to publication.
    if (!m[1] && unit === "day" && /\b(?:previous|preceding)\s+day$/i.test(m[0])) {
      const lead = m[0].length - m[0].trimStart().length;
      addFound(found, start, m.index! + lead, m.index! + m[0].length, addDays(published, -1), addDays(published, -1));
      continue;
    }
    // ("45 were killed in 2023, down from 61 the previous year": the year before the one named, not the last twelve months.)
    if (!m[1] && unit === "year" && /\b(?:previous|preceding)\s+year$/i.test(m[0])) {
      let named: RegExpMatchArray | undefined;
      for (const y of sentence.slice(0, m.index!).matchAll(/\b(?:19|20)\d\d\b/g)) named = y;
      if (named && Number(named[0]) <= published.getUTCFullYear()) {
        const year = Number(named[0]) - 1;
        const lead = m[0].length - m[0].trimStart().length;
        addFound(found, start, m.index! + lead, m.index! + m[0].length, new Date(Date.UTC(year, 0, 1)), new Date(Date.UTC(year, 11, 31)));
        continue;
      }
    }
    const from = unit === "hour" ? addDays(published, -Math.max(1, Math.ceil(n / 24))) : unit === "day" ? addDays(published, -n) : unit === "week" ? addDays(published, -7 * n) : unit === "fortnight" ? addDays(published, -14 * n) : unit === "month" ? addMonths(published, -n) : addMonths(published, -(unit === "decade" ? 120 : 12) * n);
    const lead = m[0].length - m[0].trimStart().length;
    addFound(found, start, m.index! + lead, m.index! + m[0].length, from, published);
  }
  if (mayMatch.ago(gates)) for (const m of sentence.matchAll(AGO)) {
    const n = COUNT_WORDS[m[1].toLowerCase()] ?? Number(m[1]);
    const unit = m[2].toLowerCase();
    // "two years ago", "six months ago": that calendar year or month, not one day of it.
    if (unit.startsWith("year")) {
      const year = published.getUTCFullYear() - n;
      addFound(found, start, m.index!, m.index! + m[0].length, new Date(Date.UTC(year, 0, 1)), new Date(Date.UTC(year, 11, 31)));
      continue;
    }
    if (unit.startsWith("month")) {
      const month = addMonths(new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth(), 1)), -n);
      addFound(found, start, m.index!, m.index! + m[0].length, month, addDays(addMonths(month, 1), -1));
      continue;
    }
    const day = addDays(published, -(unit.startsWith("week") ? 7 * n : unit.startsWith("fortnight") ? 14 * n : n));
    addFound(found, start, m.index!, m.index! + m[0].length, day, day);
  }
  if (mayMatch.bareSpan(gates)) for (const m of sentence.matchAll(BARE_SPAN)) {
    // ("the first death in three months", "the deadliest day in two weeks": the span dates the comparison, not the deaths.)
    if (/\b(?:first|worst|highest|largest|biggest|most|\w{3,}iest)\b[^,;.]{0,40}$/i.test(sentence.slice(Math.max(0, m.index! - 60), m.index!))) continue;
    const n = COUNT_WORDS[m[1].toLowerCase()] ?? Number(m[1]);
    const unit = m[2].toLowerCase();
    const from = unit === "days" ? addDays(published, -n) : unit === "weeks" ? addDays(published, -7 * n) : unit === "fortnights" ? addDays(published, -14 * n) : addMonths(published, -n);
    addFound(found, start, m.index!, m.index! + m[0].length, from, published);
  }
  if (mayMatch.forSpan(gates)) for (const m of sentence.matchAll(FOR_SPAN)) {
    const n = COUNT_WORDS[m[0].split(/\s+/)[1].toLowerCase()] ?? Number(m[0].split(/\s+/)[1]);
    const unit = m[1].toLowerCase().replace(/s$/, "");
    const from = unit === "day" ? addDays(published, -n) : unit === "week" ? addDays(published, -7 * n) : addMonths(published, -n);
    addFound(found, start, m.index!, m.index! + m[0].length, from, published);
  }
  if (mayMatch.relative(gates)) for (const m of sentence.matchAll(RELATIVE)) {
    const w = m[1].toLowerCase().replace(/\s+/g, " ");
    let [from, to] = relativePeriod(w, published);
    // "late last month", "early this month": a third of the month.
    const part = (w === "last month" || w === "this month") ? /\b(early|mid-?|late)\s*$/i.exec(sentence.slice(Math.max(0, m.index! - 8), m.index!)) : null;
    if (part) {
      const third = part[1]!.toLowerCase().startsWith("mid") ? 1 : part[1]!.toLowerCase() === "late" ? 2 : 0;
      const monthStart = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1));
      const thirdEnd = third < 2 ? addDays(monthStart, 10 * third + 9) : addDays(addMonths(monthStart, 1), -1);
      from = addDays(monthStart, 10 * third);
      to = thirdEnd > published ? published : thirdEnd;
      if (from > published) continue;
      addFound(found, start, m.index! - part[0].length, m.index! + m[0].length, from, to);
      continue;
    }
    addFound(found, start, m.index!, m.index! + m[0].length, from, to);
  }
  // "in the last week of October", "the first week of June": seven days of that month (the latest such month by
  // publication, unless its year is written).
  if (WEEK_OF_MONTH_HINT.test(sentence)) for (const m of sentence.matchAll(WEEK_OF_MONTH)) {
    const month = MONTH_INDEX[m[2]!.slice(0, 3).toLowerCase()]!;
    let year = m[3] ? Number(m[3]) : published.getUTCFullYear();
    if (!m[3] && Date.UTC(year, month, 1) > published.getTime()) year--;
    const first = new Date(Date.UTC(year, month, 1));
    const last = addDays(addMonths(first, 1), -1);
    const nth = WEEK_ORDINALS.indexOf(m[1]!.toLowerCase());
    const from = nth >= 0 ? addDays(first, 7 * nth) : addDays(last, -6);
    const to = nth >= 0 ? addDays(from, 6) : last;
    addFound(found, start, m.index!, m.index! + m[0].length, from, to > published ? published : to);
  }
  if (mayMatch.weekday(gates)) for (const m of sentence.matchAll(WEEKDAY)) {
    const day = WEEKDAYS.indexOf(m[1].toLowerCase());
    let date = lastWeekday(published, day);
    if (/^last\s/i.test(m[0]) && sameDay(date, published)) date = addDays(date, -7);
    // ("600 would be transferred to Sicily by ferry on Friday": the next Friday.)
    else if (!/^last\s/i.test(m[0]) && date < published && !sameDay(date, published) && FUTURE_BEFORE.test(sentence.slice(Math.max(0, m.index! - 80), m.index!))) date = addDays(date, 7);
    // "on Wednesday last week": that day of the week before this one (weeks from Monday).
    const lastWeek = WEEKDAY_LAST_WEEK.exec(sentence.slice(m.index! + m[0].length, m.index! + m[0].length + 20));
    if (lastWeek) date = addDays(addDays(published, -((dayOfWeek(published) + 6) % 7) - 7), (day + 6) % 7);
    addFound(found, start, m.index!, m.index! + m[0].length + (lastWeek?.[0].length ?? 0), date, date);
  }
  if (mayMatch.year(gates)) for (const m of sentence.matchAll(YEAR)) {
    const written = m[1] ?? m[2]!;
    const year = Number(written);
    const from = new Date(Date.UTC(year, 0, 1));
    const to = year === published.getUTCFullYear() ? published : new Date(Date.UTC(year, 11, 31));
    const at = m.index! + m[0].indexOf(written);
    addFound(found, start, at, at + 4, from, to);
  }

  if (mayMatch.dayRange(gates)) {
    for (const m of sentence.matchAll(DAYS_THEN_MONTH)) addDayRange(found, start, published, m, m[3]!, m[1]!, m[2]!, m[4]);
    for (const m of sentence.matchAll(MONTH_THEN_DAYS)) addDayRange(found, start, published, m, m[1]!, m[2]!, m[3]!, m[4]);
  }
  if (mayMatch.monthOfYear(gates)) {
    // "October last year", "in March this year": the whole month of that year.
    // ("7 October last year": the day of that month.)
    for (const m of sentence.matchAll(MONTH_OF_YEAR)) {
      // ("Oct. 7 last year": the day may follow the month.)
      const month = MONTH_INDEX[m[2]!.slice(0, 3).toLowerCase()]!;
      const year = published.getUTCFullYear() - (m[4]!.toLowerCase() === "last" ? 1 : 0);
      const day = m[1] ? Number(m[1]) : m[3] ? Number(m[3]) : 0;
      const from = new Date(Date.UTC(year, month, day || 1));
      if (from > published || from.getUTCMonth() !== month) continue;
      const end = day ? from : addDays(addMonths(from, 1), -1);
      addFound(found, start, m.index!, m.index! + m[0].length, from, end > published ? published : end);
    }
  }
  if (mayMatch.holiday(gates)) {
    // "on Christmas Eve", "on New Year's Day": the last such day up to publication.
    // (Cheap test first: the gate lets in any month or period word; the pattern, case-sensitive, needs one of these.)
    if (sentence.includes("Christmas") || sentence.includes("Year")) for (const m of sentence.matchAll(HOLIDAY)) {
      const [month, day] = HOLIDAY_DAYS[m[0].toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, " ")] ?? [];
      if (month === undefined) continue;
      let when = new Date(Date.UTC(published.getUTCFullYear(), month, day!));
      if (when > published) when = new Date(Date.UTC(published.getUTCFullYear() - 1, month, day!));
      addFound(found, start, m.index!, m.index! + m[0].length, when, when);
    }
  }
  if (mayMatch.holiday(gates)) {
    if (sentence.includes("Easter")) for (const m of sentence.matchAll(EASTER)) {
      let sunday = easterSunday(published.getUTCFullYear());
      if (sunday > published) sunday = easterSunday(published.getUTCFullYear() - 1);
      const part = m[1]?.toLowerCase();
      const [from, to] = part === "weekend" || part === "holiday" ? [addDays(sunday, -2), addDays(sunday, 1)] : part === "monday" ? [addDays(sunday, 1), addDays(sunday, 1)] : [sunday, sunday];
      addFound(found, start, m.index!, m.index! + m[0].length, from, to > published ? published : to);
    }
  }
  if (mayMatch.first(gates)) {
    for (const m of sentence.matchAll(FIRST_PART)) {
      const span = firstPart(m, published);
      if (span) addFound(found, start, m.index!, m.index! + m[0].length, span[0], span[1]);
    }
  }
  // "on the 13th" (wire copy from agencies that name the day alone): the latest 13th up to publication.
  if (ordinalDay) for (const m of sentence.matchAll(ON_THE_NTH)) {
    const day = Number(m[1]);
    if (day < 1 || day > 31) continue;
    let date = new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth(), day));
    if (date > published || date.getUTCDate() !== day) date = new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth() - 1, day));
    if (date.getUTCDate() !== day) continue;
    addFound(found, start, m.index!, m.index! + m[0].length, date, date);
  }
  if (!found.length) return [];
  const resolved = dropOverlaps(found);
  // Both only reshape times found, so a sentence with none is left alone.
  if (resolved.length && has(gates, WORD.since | WORD.between)) applySinceAndBetween(sentence, start, resolved, published, gates);
  if (resolved.length > 1) dayBeforeAnother(sentence, start, resolved);
  if (resolved.length > 1) overnightDay(sentence, start, resolved);
  if (resolved.length > 1) joinAdjacentDays(sentence, start, resolved);
  hoursUpTo(sentence, start, resolved);
  return resolved.map((f) => ({ start: f.start, end: f.end, text: text.slice(f.start, f.end), from: iso(f.from), to: iso(f.to), kind: f.kind }));
}

/**
 * "killed 12 people the previous day, officials said on Tuesday": the day before is the day before the other day the
 * sentence names, not before publication.
 */
function dayBeforeAnother(sentence: string, offset: number, found: Found[]): void {
  for (const f of found) {
    if (!/^(?:the\s+)?(?:previous|preceding)\s+day$/i.test(sentence.slice(f.start - offset, f.end - offset).trim())) continue;
    const other = found.find((g) => g !== f && g.kind === "point" && g.from.getTime() === g.to.getTime());
    if (other) f.from = f.to = addDays(other.from, -1);
  }
}

/**
 * "in the 24 hours to Tuesday morning", "over the 48 hours until Sunday": a reporting window that closes on the day
 * named opens that many hours before it.
 */
function hoursUpTo(sentence: string, offset: number, found: Found[]): void {
  for (const f of found) {
    if (f.kind !== "point" || f.from.getTime() !== f.to.getTime()) continue;
    const before = sentence.slice(Math.max(0, f.start - offset - 60), f.start - offset);
    const m = HOURS_UP_TO.exec(before);
    if (!m) continue;
    const hours = Number(m[1]) || HOUR_WORDS[m[1]!.toLowerCase()]!;
    f.from = addDays(f.to, -Math.max(1, Math.round(hours / 24)));
    f.start -= m[0].length;
    f.kind = "period";
  }
}
const HOURS_UP_TO = /\b(?:in|over|during|for)\s+the\s+(?:past\s+|last\s+|previous\s+)?(24|48|72|96|twenty-four|forty-eight|seventy-two)\s+hours\s+(?:to|until|till|up to|ending)\s+(?:on\s+)?$/i;
const HOUR_WORDS: Record<string, number> = { "twenty-four": 24, "forty-eight": 48, "seventy-two": 72 };

/**
 * "overnight Friday to Saturday", "overnight into Sunday": the night named by its days is theirs, not the one before
 * publication.
 */
function overnightDay(sentence: string, offset: number, found: Found[]): void {
  for (let k = 0; k + 1 < found.length; k++) {
    const a = found[k]!, b = found[k + 1]!;
    if (!/^overnight$/i.test(sentence.slice(a.start - offset, a.end - offset)) || b.kind !== "point" || b.from.getTime() !== b.to.getTime()) continue;
    const between = sentence.slice(a.end - offset, b.start - offset);
    // ("overnight into Sunday": the night that ended on that day.)
    const into = /^\s+(?:into|to|until)\s+(?:early\s+)?$/i.test(between);
    if (!into && !/^\s+(?:on\s+)?$/i.test(between)) continue;
    b.start = a.start;
    if (into) (b.from = addDays(b.from, -1)), (b.kind = "period");
    found.splice(k, 1);
  }
}

/**
 * "on Monday night and Tuesday morning", "the night of Saturday to Sunday": two days told together, a day or two apart,
 * are one stretch of time.
 */
function joinAdjacentDays(sentence: string, offset: number, found: Found[]): void {
  for (let k = 0; k + 1 < found.length; k++) {
    const a = found[k]!, b = found[k + 1]!;
    if (a.kind !== "point" || b.kind !== "point" || a.from.getTime() !== a.to.getTime() || b.from.getTime() !== b.to.getTime()) continue;
    const days = (b.from.getTime() - a.from.getTime()) / 86_400_000;
    if (days < 1 || days > 2 || !DAYS_JOINED.test(sentence.slice(a.end - offset, b.start - offset))) continue;
    a.end = b.end;
    a.to = b.to;
    a.kind = "period";
    found.splice(k + 1, 1);
  }
}
const DAYS_JOINED = /^\s*(?:(?:night|morning|evening|afternoon)\s+)?(?:and|to|through|into)\s+(?:(?:early|late)\s+)?(?:on\s+)?$/i;

/** Records a time found at sentence[s, e) (offsets in the sentence; the sentence starts at `offset`). */
function addFound(found: Found[], offset: number, s: number, e: number, from: Date, to: Date): void {
  if (to < from) [from, to] = [to, from];
  found.push({ start: offset + s, end: offset + e, from, to, kind: sameDay(from, to) ? "point" : "period" });
}

/** Days of one month: the year as written, else the latest such days that began by publication. */
function addDayRange(found: Found[], offset: number, published: Date, m: RegExpMatchArray, monthName: string, firstDay: string, lastDay: string, year: string | undefined) {
  const month = MONTH_INDEX[monthName.slice(0, 3).toLowerCase()]!;
  // "on October 11 and 14" are two days; only "between 11 and 14 October" runs from one to the other.
  // ("on 12 and 13 July": two days in a row are the period they make.)
  const [d1, d2] = [Number(firstDay), Number(lastDay)];
  if (/\band\b/i.test(m[0]) && !/^between\b/i.test(m[0]) && d2 !== d1 + 1) return;
  // ("13/14 March" is a night; "3/9" days apart are no span a slash tells.)
  if (m[0].includes("/") && d2 !== d1 + 1) return;
  if (d1 < 1 || d2 > 31 || d2 <= d1) return;
  let y = year ? Number(year) : published.getUTCFullYear();
  if (!year && Date.UTC(y, month, d1) > published.getTime()) y--;
  const from = new Date(Date.UTC(y, month, d1));
  const to = new Date(Date.UTC(y, month, d2));
  if (from.getUTCMonth() !== month || to.getUTCMonth() !== month) return; // no 31 February
  addFound(found, offset, m.index!, m.index! + m[0].length, from, to);
}


/** Easter Sunday of a year in the Gregorian calendar, worked out from the moon's cycle as the church reckons it. */
function easterSunday(year: number): Date {
  const golden = year % 19;
  const century = Math.floor(year / 100);
  const inCentury = year % 100;
  const skippedLeaps = Math.floor(century / 4);
  const moonCorrection = Math.floor((century + 8) / 25);
  const solarCorrection = Math.floor((century - moonCorrection + 1) / 3);
  const epact = (19 * golden + century - skippedLeaps - solarCorrection + 15) % 30;
  const weekdayShift = (32 + 2 * (century % 4) + 2 * Math.floor(inCentury / 4) - epact - (inCentury % 4)) % 7;
  const late = Math.floor((golden + 11 * epact + 22 * weekdayShift) / 451);
  const monthDay = epact + weekdayShift - 7 * late + 114;
  return new Date(Date.UTC(year, Math.floor(monthDay / 31) - 1, (monthDay % 31) + 1));
}

/** "since X" turns X into a period up to publication; "between A and B" joins two dates. */
function applySinceAndBetween(sentence: string, offset: number, found: Found[], published: Date, gates: number) {
  if (has(gates, WORD.since)) for (const m of sentence.matchAll(SINCE)) {
    const after = offset + m.index! + m[0].length;
    // The date may come a few words later: "since it started in 2011", "since the battle began on 9 January".
    // ("since fighting around the North Darfur capital escalated on May 10": a clause of some length.)
    // (Not past a comma: "since the conflict began, most of them in the past two months" gives a part its own time.)
    const target = found.find((f) => f.start >= after && f.start - after <= 64 && !/[,;]|\b(?:said|says|told|added)\b/.test(sentence.slice(after - offset, f.start - offset)));
    if (!target) continue;
    // (Only words between, no figure; a name may hold digits: "since the M23 resumed fighting in late 2021".)
    if (target.start !== after && !sentence.slice(after - offset, target.start - offset).split(/[ ,]+/).every((w) => w === "" || /^[a-z][\w'’-]*$/i.test(w))) continue;
    // "the deadliest attack since 2021", "the worst violence since the 2021 coup": a date a record is measured from is
    // no time of the figure.
    // (Kept where a "when" clause tells what happened then: "the deadliest since 1995, when 358 people were killed".)
    // (There the date is when that happened, no period: "the deadliest since December 2014, when gunmen killed 150".)
    if (SUPERLATIVE_BEFORE.test(sentence.slice(Math.max(0, m.index! - 50), m.index!))) {
      if (!/^,\s*when\b/i.test(sentence.slice(target.end - offset, target.end - offset + 8))) found.splice(found.indexOf(target), 1);
      continue;
    }
    // "since October" in a report of 1 October: last year's October, not a day old.
    if (BARE_MONTH.test(sentence.slice(target.start - offset, target.end - offset)) && target.from.getUTCMonth() === published.getUTCMonth() && target.from.getUTCFullYear() === published.getUTCFullYear() && published.getUTCDate() < 7) {
      target.from = new Date(Date.UTC(target.from.getUTCFullYear() - 1, target.from.getUTCMonth(), 1));
    }
    target.start = offset + m.index!;
    target.to = published;
    target.kind = "period";
  }
  if (has(gates, WORD.since)) for (const m of sentence.matchAll(BEGAN_IN)) {
    const after = offset + m.index! + m[0].length;
    const target = found.find((f) => f.start >= after && f.start - after <= 3);
    if (!target) continue;
    target.to = published;
    target.kind = "period";
  }
  if (has(gates, WORD.between)) for (const m of sentence.matchAll(BETWEEN)) {
    const after = offset + m.index! + m[0].length;
    const a = found.find((f) => f.start === after);
    if (!a) continue;
    // ("between 24 February 2022 and the end of last year": the period runs to the end of the second time.)
    const b = found.find((f) => f !== a && f.start > a.end && f.start - a.end <= 23 && /^\s*(?:and|to|until|till|through|-|–)\s*(?:the\s+)?(?:end\s+of\s+)?$/i.test(sentence.slice(a.end - offset, f.start - offset)));
    if (!b) continue;
    // ("between January and June 2023": the year written at the end is the first month's too.)
    const aText = sentence.slice(a.start - offset, a.end - offset);
    const bYear = /\b((?:19|20)\d\d)$/.exec(sentence.slice(b.start - offset, b.end - offset));
    if (bYear && BARE_MONTH.test(aText)) {
      a.from = new Date(Date.UTC(Number(bYear[1]), a.from.getUTCMonth(), a.from.getUTCDate()));
      if (a.from > b.to) a.from = new Date(Date.UTC(Number(bYear[1]) - 1, a.from.getUTCMonth(), a.from.getUTCDate()));
    }
    a.start = offset + m.index!;
    a.end = b.end;
    a.to = b.to;
    a.kind = "period";
    found.splice(found.indexOf(b), 1);
    // ("between January and September" in June: last year's September, so last year's January too.)
    // ("between Sunday and Wednesday" on a Monday: the Sunday before that Wednesday.)
    // ("between June and September" in August: a period under way for a month or more, a projection to its end; in
    // mid-January, "between January and June" is last year's.)
    const ahead = a.to < a.from && a.from.getTime() - a.to.getTime() >= 28 * 86_400_000 ? new Date(Date.UTC(a.to.getUTCFullYear() + 1, a.to.getUTCMonth(), a.to.getUTCDate())) : null;
    // (Two months under way at least: in February, "between January and April" is last year's, as news tells the past.)
    if (ahead && a.from <= published && ahead >= published && published.getTime() - a.from.getTime() >= 59 * 86_400_000 && published.getTime() - a.from.getTime() <= 90 * 86_400_000 && ahead.getTime() - a.from.getTime() < 366 * 86_400_000) a.to = ahead;
    else if (a.to < a.from) a.from = a.from.getTime() - a.to.getTime() < 7 * 86_400_000 ? addDays(a.from, -7) : new Date(Date.UTC(a.from.getUTCFullYear() - 1, a.from.getUTCMonth(), a.from.getUTCDate()));
  }
}

/** "the first three months of the year" → January to March; the part still under way ends at publication. */
function firstPart(m: RegExpMatchArray, published: Date): [Date, Date] | null {
  const [, count, unit, part, year, monthName, monthYear] = m;
  let start: Date;
  let whole: "year" | "month";
  if (monthName) {
    const month = MONTH_INDEX[monthName.slice(0, 3).toLowerCase()]!;
    let y = monthYear ? Number(monthYear) : published.getUTCFullYear();
    if (!monthYear && Date.UTC(y, month, 1) > published.getTime()) y--;
    start = new Date(Date.UTC(y, month, 1));
    whole = "month";
  } else {
    start = new Date(Date.UTC(year ? Number(year) : published.getUTCFullYear(), 0, 1));
    whole = "year";
  }
  let end: Date;
  if (count) {
    const n = COUNT_WORDS[count.toLowerCase()] ?? Number(count);
    if (!n) return null;
    end = unit!.toLowerCase() === "months" ? addDays(addMonths(start, n), -1) : addDays(start, 7 * n - 1);
  } else {
    const p = part!.toLowerCase();
    if (p === "week") end = addDays(start, 6);
    else if (p === "month") end = addDays(addMonths(start, 1), -1);
    else if (whole === "month") end = addDays(start, p === "half" ? 14 : 6); // half a month, or its first week
    else end = addDays(addMonths(start, p === "half" ? 6 : 3), -1);
  }
  if (start > published) return null;
  return [start, end > published ? published : end];
}

function relativePeriod(w: string, published: Date): [Date, Date] {
  const dow = dayOfWeek(published);
  // ("killed in a week of fighting for the city": the week up to the report, as "over the past week"; RELATIVE admits
  // only the kinds of violence it lists.)
  if (w.startsWith("in a week of ")) return [addDays(published, -7), published];
  switch (w) {
    case "today": case "tonight": case "this morning": case "this afternoon": case "this evening": case "since the morning": case "since dawn": case "since midnight": return [published, published];
    case "since the early hours": case "since the early hours of the morning": case "since the early hours of this morning": case "in the early hours": return [published, published];
    case "yesterday": return [addDays(published, -1), addDays(published, -1)];
    case "since the beginning of the year": case "since the start of the year": case "since the beginning of this year": case "since the start of this year":
      return [new Date(Date.UTC(published.getUTCFullYear(), 0, 1)), published];
    case "since the beginning of the month": case "since the start of the month": case "since the beginning of this month": case "since the start of this month":
      return [new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth(), 1)), published];
    case "since the beginning of the week": case "since the start of the week": case "from the beginning of the week": case "from the start of the week":
      return [startOfWeek(published), published];
    case "overnight": case "last night": case "during the night": return [addDays(published, -1), published];
    case "this week": case "earlier this week": case "earlier in the week": return [startOfWeek(published), published];
    case "earlier in the day": case "earlier today": return [published, published];
    case "earlier in the month": return [new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth(), 1)), published];
    case "last week": { const s = addDays(startOfWeek(published), -7); return [s, addDays(s, 6)]; }
    case "this month": case "earlier this month": return [new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth(), 1)), published];
    case "last month": { const s = new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth() - 1, 1)); return [s, addDays(addMonths(s, 1), -1)]; }
    case "this year": case "earlier this year": return [new Date(Date.UTC(published.getUTCFullYear(), 0, 1)), published];
    case "last year": return [new Date(Date.UTC(published.getUTCFullYear() - 1, 0, 1)), new Date(Date.UTC(published.getUTCFullYear() - 1, 11, 31))];
    case "in recent days": case "recent days": return [addDays(published, -7), published];
    case "over the week": case "during the week": case "in the week": case "over the past week": case "during the past week": case "in the past week": case "over the last week": case "during the last week": case "in the last week": return [addDays(published, -7), published];
    case "in recent weeks": case "recent weeks": return [addDays(published, -28), published];
    case "in recent months": return [addMonths(published, -3), published];
    // ("since the weekend": from the latest Saturday before the report's day.)
    case "since the weekend": { const sat = lastWeekday(published, 6); return [iso(sat) === iso(published) ? addDays(sat, -7) : sat, published]; }
    case "last weekend": { const sun = lastWeekday(published, 0); const s = iso(sun) === iso(published) ? addDays(sun, -7) : sun; return [addDays(s, -1), s]; }
    default: {
      // "over the holiday weekend", "the long weekend": the latest Saturday to the Monday after it, not after publication.
      if (/\b(?:long|holiday|three-day|four-day) weekend$/.test(w)) {
        const saturday = lastWeekday(published, 6);
        const monday = addDays(saturday, 2);
        return [saturday, monday > published ? published : monday];
      }
      // "at the weekend", "this weekend", "this past weekend": the latest Saturday and Sunday not after publication.
      if (dow === 6) return [published, published];
      const sun = lastWeekday(published, 0);
      return [addDays(sun, -1), sun];
    }
  }
}

function lastWeekday(published: Date, day: number): Date {
  const diff = (dayOfWeek(published) - day + 7) % 7;
  return addDays(published, -diff);
}

/** Whether two dates fall on one UTC day (what their ISO days compare). */
function sameDay(a: Date, b: Date): boolean {
  const x = a.getTime(), y = b.getTime();
  return Number.isFinite(x) && Number.isFinite(y) ? Math.floor(x / 86_400_000) === Math.floor(y / 86_400_000) : iso(a) === iso(b);
}

function utcDay(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

function dropOverlaps(found: Found[]): Found[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: Found[] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) {
      if (f.end - f.start > last.end - last.start) out[out.length - 1] = f;
      continue;
    }
    out.push(f);
  }
  return out;
}

// ("The militant surrendered to troops on Friday": one person giving himself up, dated likewise.)
const ONE_VICTIM_HINT = /\b(?:kill|martyred|died|dead|death|shot|murder|slain|stabbed|wounded|injured|bod(?:y|ies)\b|arrested|custody|surrendered|turned (?:him|her)self in|(?:handed|gave) (?:him|her)self)/i;

const YEAR_IN_DATE = /\b(?:19|20)\d\d\b/;
const MONTH_WORD = new RegExp(`\\b${MONTH_NAME}(?![a-z])`, "i");

/**
 * "A gunman killed five people in Plymouth in August 2021. 'Six died on the twelfth of August,' the coroner said": a
 * day of a month with no year, just after a date in an earlier year, is in that year (not the one before publication).
 */
function inYearTold(t: TimeMention, told: { year: number; day: boolean }, published: Date): TimeMention {
  const year = told.year;
  if (YEAR_IN_DATE.test(t.text) || !MONTH_WORD.test(t.text) || t.kind !== "point") return t;
  const resolved = Number(t.from.slice(0, 4));
  if (year >= published.getUTCFullYear() || resolved === year) return t;
  // (A month and year alone, "founded in March 2011", may be background: a day within two months of publication is
  // more likely this year's news. A whole date, "6 April 1994", sets the year firmly.)
  if (!told.day && published.getTime() - Date.parse(t.from) < 60 * 86_400_000) return t;
  const shift = (iso: string) => `${Number(iso.slice(0, 4)) - resolved + year}${iso.slice(4)}`;
  return { ...t, from: shift(t.from), to: shift(t.to) };
}

export const timesStage: Stage = {
  name: "times",
  requires: ["sentences", "numbers"],
  assigns: ["times"],
  run(doc: AnnotatedDoc): AnnotatedDoc {
    const published = doc.meta.published ? parseIso(doc.meta.published) : null;
    if (!published) return { ...doc, times: [] };
    // chrono is costly: only sentences that hold a figure about people (and the one before) are read.
    const sentences = doc.sentences;
    const wanted = new Uint8Array(sentences.length);
    let k = 0;
    for (const n of doc.numbers) {
      if (n.notPeople) continue;
      while (k < sentences.length && sentences[k].end < n.start) k++;
      if (k < sentences.length) {
        wanted[k] = 1;
        if (k > 0) wanted[k - 1] = 1;
      }
    }
    // (A table's rows, a list's items, are dated by the caption above them: "Key figures (as of 20 August 2024):".)
    const lineStarts = lineStartsOf(doc.text, sentences);
    for (let i = sentences.length - 1; i > 0; i--) {
      if (!wanted[i] || !isListItem(doc.text, lineStarts[i]!, sentences[i]!.end)) continue;
      let j = i - 1;
      while (j > 0 && isListItem(doc.text, lineStarts[j]!, sentences[j]!.end)) j--;
      wanted[j] = 1;
    }
    // (And a sentence about one person's death or wounds, which holds no number, "He was pronounced dead at the scene",
    // with the one before it, which may set its scene: "Officers were called to an address in Walsall on Monday.")
    for (let i = 0; i < sentences.length; i++) {
      if (wanted[i] || !ONE_VICTIM_HINT.test(doc.text.slice(sentences[i]!.start, sentences[i]!.end))) continue;
      wanted[i] = 1;
      if (i > 0) wanted[i - 1] = 1;
    }
    const times: TimeMention[] = [];
    // The last year a date wrote out, and the sentence it was in: "in August 2021. … died on the twelfth of August".
    let told: { year: number; sentence: number; day: boolean } | null = null;
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i];
      if (!wanted[i]) continue;
      const gates = gatesOf(doc.text, s.start, s.end);
      let found = findTimes(doc.text, s.start, s.end, published, gates);
      // (Each hint below needs words of its own: a sentence whose gates lack them skips its scan.)
      if (has(gates, WORD.dayTold) && DAY_FROM_ANOTHER_HINT.test(doc.text.slice(s.start, s.end))) found = daysFromAnother(doc.text, sentences, i, found, (j) => (wanted[j] ? times.filter((t) => t.start >= sentences[j]!.start && t.end <= sentences[j]!.end) : findTimes(doc.text, sentences[j]!.start, sentences[j]!.end, published)), published);
      if (has(gates, WORD.dayTold) && has(gates, WORD.partOfDayOrPeriod) && THAT_YEAR_HINT.test(doc.text.slice(s.start, s.end))) found = monthsOfThatYear(doc.text, s, found);
      if (has(gates, WORD.same) && SAME_SPAN_HINT.test(doc.text.slice(s.start, s.end))) found = sameSpanAYearBefore(doc.text, s, found);
      if (told && (i - told.sentence > 2 || doc.text.slice(sentences[told.sentence]!.end, s.start).includes("\n\n"))) told = null;
      if (told) found = found.map((t) => inYearTold(t, told!, published));
      for (const t of found) {
        const year = YEAR_IN_DATE.exec(t.text);
        if (year && MONTH_WORD.test(t.text)) told = { year: Number(year[0]), sentence: i, day: t.kind === "point" };
      }
      for (const t of found) times.push(t);
      if (has(gates, WORD.since) && SINCE_EVENT_HINT.test(doc.text.slice(s.start, s.end))) for (const t of sinceEventDatedBefore(doc.text, s, found, published)) times.push(t);
    }
    if (times.length > 1) times.sort((a, b) => a.start - b.start);
    return { ...doc, times };
  },
};

/** Where the line holding each sentence starts: one pass over the text, not a search back from every sentence. */
function lineStartsOf(text: string, sentences: readonly { start: number }[]): Int32Array {
  const starts = new Int32Array(sentences.length);
  let lineStart = 0;
  // (Sentences come in order of their offsets: each line break is found once.)
  let nextBreak = text.indexOf("\n");
  for (let i = 0; i < sentences.length; i++) {
    const at = sentences[i]!.start;
    while (nextBreak >= 0 && nextBreak < at) {
      lineStart = nextBreak + 1;
      nextBreak = text.indexOf("\n", lineStart);
    }
    starts[i] = lineStart;
  }
  return starts;
}

/**
 * Whether the line that starts at lineStart opens a list item (LIST_ITEM_LINE), read up to the sentence's end or 80
 * characters. (Every item opens with "|" or a bullet, or holds a colon or a dash: a line with none is no item.)
 */
function isListItem(text: string, lineStart: number, sentenceEnd: number): boolean {
  const line = text.slice(lineStart, Math.min(sentenceEnd, lineStart + 80));
  if (!LIST_ITEM_OPENING.test(line) && !LIST_ITEM_MARK.test(line)) return false;
  return LIST_ITEM_LINE.test(line);
}
const LIST_ITEM_OPENING = /^[|•*▪◦-]/;
const LIST_ITEM_MARK = /[:–—]/;

const THAT_YEAR_HINT = /\bthat\s+year\b/i;
const MONTH_OF_THAT_YEAR = /\b(january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:of\s+)?that\s+year\b/gi;
/** A year written out as four digits, not inside a longer number ("2,021") or a count before people. */
const WRITTEN_YEAR = /(?<![\d,.])(?:19|20)\d\d(?![\d,])/g;

/**
 * "The war began in March 2021. By December of that year, 3,000 people had been killed": "that year" is the last year
 * written before the sentence, not the report's.
 */
function monthsOfThatYear(text: string, s: { start: number; end: number }, found: TimeMention[]): TimeMention[] {
  const sentence = text.slice(s.start, s.end);
  let out = found;
  for (const m of sentence.matchAll(MONTH_OF_THAT_YEAR)) {
    let year: string | undefined;
    for (const y of text.slice(Math.max(0, s.start - 2000), s.start).matchAll(WRITTEN_YEAR)) year = y[0];
    if (!year) continue;
    const end = s.start + m.index! + m[0].length;
    const month = MONTH_INDEX[m[1]!.slice(0, 3).toLowerCase()]!;
    const from = new Date(Date.UTC(Number(year), month, 1));
    const to = addDays(addMonths(from, 1), -1);
    const monthStart = s.start + m.index!;
    out = out.filter((t) => t.end <= monthStart || t.start >= end);
    out.push({ start: monthStart, end, text: text.slice(monthStart, end), from: iso(from), to: iso(to), kind: "period" });
  }
  return out.sort((a, b) => a.start - b.start);
}

const SAME_SPAN_HINT = /\bthe\s+same\s+(?:month|months|period|week|quarter|time)\b/i;
const SAME_SPAN_A_YEAR_BEFORE = /\bthe\s+same\s+(?:month|months|period|week|quarter|time)\s+(?:of\s+|in\s+)?(?:last\s+year|the\s+previous\s+year|the\s+year\s+before|a\s+year\s+(?:earlier|ago|before)|((?:19|20)\d\d))\b/gi;

/**
 * "87 homicides in January, down from 104 in the same month last year": the span named before in the sentence, a year
 * earlier (or in the year written), not the whole of last year.
 */
function sameSpanAYearBefore(text: string, s: { start: number; end: number }, found: TimeMention[]): TimeMention[] {
  let out = found;
  for (const m of text.slice(s.start, s.end).matchAll(SAME_SPAN_A_YEAR_BEFORE)) {
    const start = s.start + m.index!;
    const end = start + m[0].length;
    const named = out.filter((t) => t.end <= start).pop();
    if (!named) continue;
    const from = parseIso(named.from)!;
    const to = parseIso(named.to)!;
    const years = m[1] ? from.getUTCFullYear() - Number(m[1]) : 1;
    if (years <= 0) continue;
    out = out.filter((t) => t.end <= start || t.start >= end);
    out.push({ start, end, text: text.slice(start, end), from: iso(addMonths(from, -12 * years)), to: iso(addDays(addMonths(addDays(to, 1), -12 * years), -1)), kind: named.kind });
  }
  return out.sort((a, b) => a.start - b.start);
}

const ORDINAL_DAY_HINT = /\d(?:st|nd|rd|th)\b/;
const ON_THE_NTH = /\bon the (\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of|floor|day|anniversary|century|time|round|minute|hour|week|month|year|amendment|street|avenue|attempt|victim|person|birthday|lap|inning|hole|storey|story|district|division|precinct|ward|grade))/gi;
const SAID_ON_BEFORE = /\b(?:said|says|reported|announced|added|told\s+[\w.]+)\s+(?:on\s+)?$/i;
const DAY_FROM_ANOTHER_HINT = /\b(?:later|(?:next|following|previous|preceding|same) day|earlier|that (?:same )?(?:night|evening|afternoon)|days? (?:after|before))\b/i;
/**
 * A day told from another day the report names: "the next day", "the following day", "a day later", "two days earlier",
 * "the previous day", "hours later", "later that day", "the same day", "the raid came a day after". ("Two days after the attack" is left alone: the
 * figure may belong to the attack, two days before the day named, or to what followed it.)
 */
const DAY_FROM_ANOTHER = /\b(?:the\s+(next|following|previous|preceding|same)\s+day|(a|one|two|three|four|five|six|\d)\s+days?\s+(later|earlier)|(hours)\s+later|later\s+(that)\s+(?:day|night|evening|afternoon)|(that)\s+(?:same\s+)?(?:night|evening|afternoon)(?=\s*,)|\b(?:came|comes|happened|occurred|took place)\s+(?:just\s+|only\s+)?(a|one|two|three|four|five|six|\d)\s+days?\s+(after|before)\b|\bearlier\s+(in)\s+the\s+day\b)/gi;

/**
 * Resolves days told from another day (DAY_FROM_ANOTHER) against that day: the last day told before the words, in
 * this sentence or the four before it. With no
 * such day, "the previous day" stays the day before publication (the reading findTimes gave it) and a later day is
 * dropped: reporting from a day nobody named would only guess.
 */
function daysFromAnother(text: string, sentences: readonly { start: number; end: number }[], i: number, found: TimeMention[], timesOf: (sentence: number) => TimeMention[], published: Date): TimeMention[] {
  const s = sentences[i]!;
  const sentence = text.slice(s.start, s.end);
  let out = found;
  for (const m of sentence.matchAll(DAY_FROM_ANOTHER)) {
    const start = s.start + m.index!;
    const end = start + m[0].length;
    // ("The attack came a day after gunmen killed 12": what follows happened a day before the day named.)
    const word = (m[1] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? (m[8] === undefined ? "" : m[8].toLowerCase() === "after" ? "earlier" : "later")).toLowerCase();
    const back = word === "previous" || word === "preceding" || word === "earlier";
    // ("… had risen to 11 by Friday night. Earlier in the day, …": the day named before, not the day of publication.)
    const inDay = m[9] !== undefined;
    const same = word === "same" || word === "hours" || word === "that" || inDay;
    const countWord = m[2] ?? m[7];
    const count = countWord ? (COUNT_WORDS[countWord.toLowerCase()] ?? Number(countWord)) : 1;
    const days = same ? 0 : back ? -count : count;
    let anchor: TimeMention | undefined = [...out].reverse().find((t) => t.kind === "point" && t.from === t.to && t.end <= start);
    // ("The death of two fighters came five days after …": the event told back is the report's own, the first day it
    // gives to an event, not the day it was said; the last day named may be of something else.)
    if (m[8] !== undefined && !anchor) {
      for (let j = 0; !anchor && j < i; j++) anchor = timesOf(j).find((t) => t.kind === "point" && t.from === t.to && !SAID_ON_BEFORE.test(text.slice(Math.max(0, t.start - 30), t.start)));
    }
    // ("died on Tuesday and was cremated the same day": the day is told already.)
    if (anchor && same) continue;
    for (let j = i - 1; !anchor && j >= 0 && j >= i - 4; j--) anchor = timesOf(j).reverse().find((t) => t.kind === "point" && t.from === t.to);
    // (With no day named before, "earlier in the day" stays the day of publication.)
    if (!anchor && inDay) continue;
    // ("Four people were killed a day earlier", with no day named before: a day before the report's.)
    if (!anchor && (!back || m[8] !== undefined)) {
      out = out.filter((t) => t.end <= start || t.start >= end);
      continue;
    }
    const day = addDays(anchor ? parseIso(anchor.from)! : published, days);
    if (day > published) continue;
    out = out.filter((t) => t.end <= start || t.start >= end);
    out.push({ start, end, text: text.slice(start, end), from: iso(day), to: iso(day), kind: "point" });
  }
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}

const SUPERLATIVE_BEFORE = /\b(?:deadliest|worst|bloodiest|biggest|largest|heaviest|highest|fiercest|most\s+\w+|first)\s+(?:[\w-]+\s+){0,4}$/i;
const EVENT_NOUNS = "coup|war|invasion|offensive|fighting|conflict|uprising|revolution|takeover|crisis|clashes|violence|siege|battle|insurgency|protests|unrest";
const SINCE_EVENT_HINT = /\bsince the\b/i;
/** "since the coup", "since the fighting began": an event the sentence does not date. */
const SINCE_EVENT = new RegExp(`\\bsince\\s+the\\s+(${EVENT_NOUNS})(?:\\s+(?:began|started|erupted|broke out))?\\b`, "gi");
/** How a report dates an event earlier: "the 2021 coup", "the February 2021 coup", "the war, which began in April 2023", "a coup in February 2021". */
const EVENT_DATED = new RegExp(`\\b(?:(?:${MONTH_NAME}\\s+)?((?:19|20)\\d{2})\\s+(${EVENT_NOUNS})\\b|(${EVENT_NOUNS}),?\\s+(?:(?:which|that)\\s+)?(?:began|started|erupted|broke out|was launched|was staged)?\\s*(?:in|of)\\s+(?:${MONTH_NAME}\\s+)?((?:19|20)\\d{2})\\b)`, "gi");

/**
 * "More than 1.5 million people have been displaced since the coup" after "… since the 2021 coup" or "the military
 * seized power in a coup in February 2021": the event the report dated before, from then until publication.
 */
function sinceEventDatedBefore(text: string, s: { start: number; end: number }, found: TimeMention[], published: Date): TimeMention[] {
  const out: TimeMention[] = [];
  const sentence = text.slice(s.start, s.end);
  for (const m of sentence.matchAll(SINCE_EVENT)) {
    const start = s.start + m.index!;
    const end = start + m[0].length;
    if (found.some((t) => t.start < end + 40 && t.end > start)) continue; // dated here ("since the war began in 2011")
    if (SUPERLATIVE_BEFORE.test(sentence.slice(Math.max(0, m.index! - 50), m.index!))) continue; // "the worst since the coup"
    const noun = m[1]!.toLowerCase();
    let dated: RegExpExecArray | null = null;
    for (const d of text.slice(Math.max(0, s.start - 6000), start).matchAll(EVENT_DATED)) {
      if ((d[3] ?? d[4] ?? "").toLowerCase() === noun) dated = d;
    }
    if (!dated) continue;
    // (Groups: month, year and event of "the February 2021 coup"; event, month and year of "a coup in February 2021".)
    const monthName = dated[1] ?? dated[5];
    const year = Number(dated[2] ?? dated[6]);
    const month = monthName ? MONTH_INDEX[monthName.slice(0, 3).toLowerCase()] : 0;
    const from = new Date(Date.UTC(year, month ?? 0, 1));
    if (from > published) continue;
    out.push({ start, end, text: text.slice(start, end), from: iso(from), to: iso(published), kind: "period" });
  }
  return out;
}

/**
 * "on the night of March 3", "the morning of 4 March": chrono reads the part of the day and loses the date after
 * "of"; the date is read again on its own, at its own offset.
 */
function dayOfPartOfDay(r: chrono.ParsedResult, published: Date): DateRead {
  const part = /^(?:night|morning|evening|afternoon)\s+of\s+/i.exec(r.text);
  if (!part) return r;
  const date = chrono.parse(r.text.slice(part[0].length), { instant: published, timezone: 0 } as chrono.ParsingReference, { forwardDate: false })[0];
  if (!date || date.index !== 0 || !date.start.isCertain("day")) return r;
  return { text: date.text, start: date.start, end: date.end, index: r.index + part[0].length };
}
const NUMERIC_DATE = /^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/;
/**
 * Whether the date's text gave this part of it (not implied). (A function of its own, not an arrow made for each date:
 * the TypeScript loader names every arrow it makes, which costs more than the test.)
 */
function known(r: DateRead, part: chrono.Component): boolean {
  return r.start.isCertain(part);
}
// (Compiled once here: written inline, a pattern with \p{…} is turned by the TypeScript loader into `new RegExp(…)`,
// built again on every call.)
/** A capitalised word and the space after it, at the end: "Myanmar " before "Now". */
const CAPITALISED_WORD_BEFORE = /[\p{Lu}][\p{L}'’-]*\s+$/u;
/** "March 12/13": a month and two days told by a slash. */
const MONTH_THEN_TWO_DAYS = /^[\p{L}]+\.?\s+\d{1,2}\/\d{1,2}$/u;
/** What the stage reads of a chrono result. */
type DateRead = Pick<chrono.ParsedResult, "text" | "start" | "end" | "index">;
