// Cue words in a claim's sentence that tell apart numbers which look alike: the cause of deaths,
// a nationwide total, a part counted "among them", "another" incident.

export interface Cues {
  /** Causes of death or injury named in the sentence (air strike, explosive remnants, ...). */
  causes: string[];
  /** The figure is a total over a whole country or war ("across Syria", "since the war began"). */
  aggregate: boolean;
  /** The sentence marks this as another incident than ones told before ("another", "a separate"). */
  distinct: boolean;
  /** The figure is a toll as it stood on a day ("the death toll rose to 5,300 on Tuesday"), not one day's count. */
  toll: boolean;
  /** Kinds of moving people named in the sentence (pulled from rubble, transferred between hospitals). */
  moves: string[];
  /** The figure is a share of a toll ("12 of the dead were children"), not a toll. */
  part: boolean;
  /** The figure is one its source withdrew or corrected ("revised the toll down from 90", "its earlier figure of 90"). */
  retracted: boolean;
}

export const NO_CUES: Cues = { causes: [], aggregate: false, distinct: false, toll: false, moves: [], part: false, retracted: false };

/** "Twelve of the dead", "12 of those killed", "nine of them": a share of people counted before. */
const SHARE_OF = /\bof\s+(?:the\s+(?:dead|killed|victims|fatalities|casualties|wounded|injured)|those\s+(?:killed|who\s+died|dead|wounded|injured)|them|whom)\b/i;
const SHARE_AFTER = new RegExp(`^\\s+${SHARE_OF.source}`, "i");
/** Words right before a number that make it a figure given up: "down from 90", "its earlier figure of 90", "had wrongly said 90". */
const WITHDRAWN_BEFORE = /\b(?:(?:revised|corrected|lowered|cut|reduced|down)\s+(?:\S+\s+){0,3}from|(?:earlier|previous|initial|original|wrong|erroneous|incorrect|mistaken)\s+(?:figure|toll|count|tally|estimate|number)\s+of|(?:withdrew|withdrawn|retracted|corrected)\s+(?:its|their|his|her|the|an?)\s+(?:\S+\s+){0,2}(?:figure|toll|count|tally|estimate|number)\s+of|had\s+(?:earlier|initially|previously|wrongly|mistakenly|erroneously)\s+(?:said|reported|put\s+the\s+toll\s+at|given))\s+(?:about\s+|around\s+|some\s+|at\s+least\s+|more\s+than\s+)?$/i;

// People brought out of collapsed buildings and patients moved between hospitals are both "evacuated", but two counts.
const MOVES: [string, RegExp][] = [
  ["rescue from rubble", /\b(rubble|debris|wreckage|ruins|collapsed|under the remains)\b/i],
  ["medical transfer", /\b(patients?|hospitals?|medical evacuations?|medevac|referred|transferred to (?:a |another )?(?:clinic|facility))\b/i],
];

// Each cause as data: a name and the words that signal it.
const CAUSES: [string, RegExp][] = [
  ["air strike", /\b(air ?strikes?|air ?raids?|warplanes?|jets?|drone strikes?|drones?|aerial bombardment|bombing raids?|airstrikes?)\b/i],
  ["shelling", /\b(shell(s|ing|ed)?|artillery|mortars?|rockets?|missiles?|barrel bombs?)\b/i],
  ["explosive remnants", /\b(land ?mines?|mines?|minefields?|ordnance|unexploded|explosive remnants|booby[- ]traps?|ieds?|improvised explosive)\b/i],
  ["suicide attack", /\b(suicide (attacks?|bomb(ings?|ers?|s)?|blasts?|vests?)|car bombs?|vbieds?)\b/i],
  ["gunfire", /\b(shot dead|gunfire|shooting|gunmen opened fire|sniper)\b/i],
  ["deprivation", /\b(hunger|starvation|malnutrition|cold|exposure|disease|cholera|lack of (food|medicine|care))\b/i],
  ["drowning", /\b(drown(ed|ing)?|capsized|shipwreck)\b/i],
];

// Only wide-area and whole-war totals: "so far" or "in total" also fit a single event's count.
const AGGREGATE = /\b(across|throughout|nationwide|country-?wide|all over|around the country|since the (start|beginning|outbreak) of the (war|conflict)|since (it|the war|the conflict) (began|started|erupted)|since (?:(?:early|late|mid-?)\s*)?(?:19|20)\d\d|the (?:[\w-]+ ){0,3}(?:war|conflict|insurgency|violence|crisis) (?:[\w'’-]+ ){0,3}(?:has|have) (?:so far |now )?(?:killed|claimed|left|displaced|uprooted|forced))\b/i;
const DISTINCT = /\b(another|a separate|separately|an additional|additional|a further|a second|a third|elsewhere)\b/i;
/** Words before a figure that make it a toll as it stood: "the death toll rose to", "put the number of dead at". */
const TOLL = /\b(?:(?:death|casualty) tolls?|tolls?|number of (?:the )?(?:dead|deaths|fatalities|victims|people killed)|(?:rose|risen|climbed|jumped|increased|reached|surpassed|passed|exceeded) to)\b/i;
/** "confirmed 3,958 deaths", "has recorded 412 fatalities": a body's count of deaths as it stands. */
const COUNTED_BY = /\b(?:confirmed|recorded|registered|documented|counted|verified)\s+(?:(?:at least|more than|over|about|some|nearly|almost|a total of)\s+)?$/i;
const DEATHS = /\b(?:deaths|fatalities)$/i;
/** Where one clause of a sentence ends and another, about something else, begins. */
const CLAUSE_BREAK = /;|,\s+(?:while|whereas|but)\s/gi;

/** Between two numbers of one sentence: the second is a part of the first. */
export const PART_OF = /\b(including|includes|included|among (them|whom|those|the)|of (whom|them|those|which)|mostly|mainly|many of them|most of them|out of)\b/i;

export function readCues(text: string | null | undefined, sentence: [number, number], span: [number, number]): Cues {
  if (!text) return NO_CUES;
  const s = text.slice(Math.max(0, sentence[0]), Math.min(text.length, sentence[1]));
  if (!s) return NO_CUES;
  const before = text.slice(Math.max(0, sentence[0]), Math.max(sentence[0], span[0]));
  // A wide-area word in another clause is that clause's ("…at 3,283, while 43,000 had been displaced across the northeast").
  const offset = Math.max(0, sentence[0]);
  let clauseStart = 0, clauseEnd = s.length;
  for (const m of s.matchAll(CLAUSE_BREAK)) {
    if (offset + m.index! + m[0].length <= span[0]) clauseStart = m.index! + m[0].length;
    else if (offset + m.index! >= span[1]) { clauseEnd = m.index!; break; }
  }
  return {
    causes: CAUSES.filter(([, pattern]) => pattern.test(s)).map(([name]) => name),
    aggregate: AGGREGATE.test(s.slice(clauseStart, clauseEnd)),
    distinct: DISTINCT.test(before),
    toll: TOLL.test(before.slice(clauseStart)) || (COUNTED_BY.test(before) && DEATHS.test(text.slice(span[0], span[1]))),
    moves: MOVES.filter(([, pattern]) => pattern.test(s)).map(([name]) => name),
    part: SHARE_OF.test(text.slice(span[0], span[1])) || SHARE_AFTER.test(text.slice(span[1], span[1] + 40)),
    retracted: WITHDRAWN_BEFORE.test(before.slice(-80)),
  };
}
