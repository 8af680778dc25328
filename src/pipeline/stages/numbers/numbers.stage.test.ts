import { test } from "node:test";
import assert from "node:assert/strict";
import { findNumbers, numbersStage } from "./numbers.stage.ts";
import { splitSentences } from "../sentences/sentences.stage.ts";
import { annotate } from "../../../doc/document.ts";

const first = (text: string) => findNumbers(text, 0, text.length)[0];
const all = (text: string) => findNumbers(text, 0, text.length);

// [sentence, quantity text, value, low, high, qualifier, subject]
const counted: [string, string, number | null, number | null, number | null, string, string][] = [
  ["Officials evacuated almost 4,000 people overnight.", "almost 4,000 people", 4000, 3600, 4000, "max", "people"],
  ["Its fighters had killed 25 \"apostate\" soldiers, the group said.", "25 \"apostate\" soldiers", 25, 25, 25, "exact", "troops"],
  ["The toll rose above 300 people overnight.", "above 300 people", 300, 300, null, "min", "people"],
  ["About 250 civilians fled.", "About 250 civilians", 250, 225, 275, "approx", "civilians"],
  // (The bounds are 0.9 and 1.1 times the figure as claims.md gives them, not rounded to whole people.)
  ["Police said they had killed about 15 civilians.", "about 15 civilians", 15, 13.5, 16.5, "approx", "civilians"],
  ["Nearly 25 people were hurt.", "Nearly 25 people", 25, 22.5, 25, "max", "people"],
  ["More than 1,300 militants were killed.", "More than 1,300 militants", 1300, 1300, null, "min", "fighters"],
  ["Up to 600 fighters remain.", "Up to 600 fighters", 600, null, 600, "max", "fighters"],
  ["Between 200 and 300 villagers escaped.", "Between 200 and 300 villagers", 200, 200, 300, "range", "people"],
  ["Hundreds of families arrived.", "Hundreds of families", null, 200, 999, "vague", "families"],
  ["Tens of thousands of refugees crossed.", "Tens of thousands of refugees", null, 20000, 99999, "vague", "refugees"],
  ["A few hundred residents stayed.", "A few hundred residents", null, 200, 500, "vague", "people"],
  ["Dozens of soldiers surrendered.", "Dozens of soldiers", null, 24, 99, "vague", "troops"],
  ["Twenty-five soldiers died.", "Twenty-five soldiers", 25, 25, 25, "exact", "troops"],
  ["Two hundred and fifty pupils were freed.", "Two hundred and fifty pupils", 250, 250, 250, "exact", "children"],
  ["Some 1.5 million refugees live there.", "Some 1.5 million refugees", 1500000, 1350000, 1650000, "approx", "refugees"],
  ["One person died.", "One person", 1, 1, 1, "exact", "people"],
  ["Gunmen killed three police officers.", "three police officers", 3, 3, 3, "exact", "police"],
  // Thousands grouped by a space, "a hundred and twenty", demonyms that are their own plurals.
  ["Some 30 000 people fled the city.", "Some 30 000 people", 30000, 27000, 33000, "approx", "people"],
  ["A hundred and twenty pupils were freed.", "A hundred and twenty pupils", 120, 120, 120, "exact", "children"],
  // Signs touching the number and shortened qualifiers with their stop.
  ["~6,000 people fled the town.", "~6,000 people", 6000, 5400, 6600, "approx", "people"],
  ["Officials counted >2,000 displaced people.", ">2,000 displaced people", 2000, 2000, null, "min", "people"],
  ["The camp holds <50 families now.", "<50 families", 50, null, 50, "max", "families"],
  ["Approx. 6,000 people fled the town.", "Approx. 6,000 people", 6000, 5400, 6600, "approx", "people"],
  ["Officials said c. 300 people were killed.", "c. 300 people", 300, 270, 330, "approx", "people"],
  ["The UN said 1.1 million Sudanese have crossed into Chad.", "1.1 million Sudanese", 1100000, 1100000, 1100000, "exact", "people"],
  ["Officials said two million Burkinabe have fled their homes.", "two million Burkinabe", 2000000, 2000000, 2000000, "exact", "people"],
  ["UNRWA said about 1.9 million Gazans, roughly 90% of the population, had been displaced.", "about 1.9 million Gazans", 1900000, 1710000, 2090000, "approx", "people"],
  // Dozens counted out, and shares of a stated whole.
  ["Two dozen others were captured.", "Two dozen others", 24, 24, 24, "exact", "people"],
  ["Police held 3 dozen protesters.", "3 dozen protesters", 36, 36, 36, "exact", "protesters"],
  ["Nearly half of the 3,000 residents fled.", "Nearly half of the 3,000 residents", 1500, 1350, 1500, "max", "people"],
  ["Two thirds of its 90,000 inhabitants have fled.", "Two thirds of its 90,000 inhabitants", 60000, 60000, 60000, "exact", "people"],
  ["About 60 percent of the 500,000 people are children.", "About 60 percent of the 500,000 people", 300000, 270000, 330000, "approx", "people"],
  ["Doctors said 15 percent of the 2,000 wounded were children.", "2,000 wounded", 2000, 2000, 2000, "exact", "people"],
  ["A 17-year-old boy was shot.", "A 17-year-old boy", 1, 1, 1, "exact", "children"],
  ["Rockets killed four civilians including a child.", "four civilians", 4, 4, 4, "exact", "civilians"],
  // A scale written into the number, and suffixes that make it the fewest there are.
  ["Nearly 1m people have been displaced.", "Nearly 1m people", 1000000, 900000, 1000000, "max", "people"],
  ["40,000-plus people have fled.", "40,000-plus people", 40000, 40000, null, "min", "people"],
  ["Twenty-odd soldiers were killed.", "Twenty-odd soldiers", 20, 20, null, "min", "troops"],
  ["Nearly 30,000 IS members gave up.", "Nearly 30,000 IS members", 30000, 27000, 30000, "max", "people"],
  ["Another two soldiers were killed.", "two soldiers", 2, 2, 2, "exact", "troops"],
  ["Gunmen killed 12 and wounded 30 others.", "30 others", 30, 30, 30, "exact", "people"],
  // Halves and quarters of a whole, and households (counted in their own unit).
  ["Over half a million people have fled to Chad.", "Over half a million people", 500000, 500000, null, "min", "people"],
  ["Nearly a quarter of a million people fled.", "Nearly a quarter of a million people", 250000, 225000, 250000, "max", "people"],
  ["Half a dozen soldiers were killed.", "Half a dozen soldiers", 6, 6, 6, "exact", "troops"],
  ["A million people fled.", "A million people", 1000000, 1000000, 1000000, "exact", "people"],
  ["Some 4,500 households were displaced.", "Some 4,500 households", 4500, 4050, 4950, "approx", "households"],
  ["Some 70 per cent of Gaza's 2.3 million people are displaced.", "Some 70 per cent of Gaza's 2.3 million people", 1610000, 1449000, 1771000, "approx", "people"],
  ["Half of the city's 300,000 residents fled.", "Half of the city's 300,000 residents", 150000, 150000, 150000, "exact", "people"],
  ["Nearly two-thirds of the 1.2 million residents have fled.", "Nearly two-thirds of the 1.2 million residents", 800000, 720000, 800000, "max", "people"],
];
for (const [sentence, quantity, value, low, high, qualifier, subject] of counted) {
  test(`counts people in ${JSON.stringify(sentence)}`, () => {
    const n = all(sentence).find((x) => x.text === quantity);
    assert.ok(n, `found ${quantity} among ${JSON.stringify(all(sentence).map((x) => x.text))}`);
    assert.deepEqual([n.value, n.low, n.high, n.qualifier, n.subject, n.notPeople], [value, low, high, qualifier, subject, null]);
    assert.equal(sentence.slice(n.start, n.end), quantity);
  });
}

// Page furniture, dates, ages, durations, measures and money are not counts of people.
const notPeople: [string, string][] = [
  ["children under the age of 12", "age"],
  ["2 min read", "duration"],
  ["after a two-week pause", "duration"],
  ["at 8:20 a.m. on Monday", "clock"],
  ["the attack at 10:40 on Monday", "clock"],
  ["a $6,000 reward", "money"],
  ["in the 1000 block of Main Street", "address"],
  ["since it started in 2011", "year"],
  ["on Jan. 27 police said", "date"],
  ["on 9 January", "date"],
  ["a 5-year-old", "duration"],
  ["Jane Roe, 23, was hurt", "age"],
  ["a patch of four square kilometres", "measure"],
  ["100 percent", "share"],
  // (A participle then a thing's plural: the participle describes the things counted.)
  ["lost two armoured vehicles", "other noun"],
  ["found four abandoned tanks", "other noun"],
];

test("a participle then a place people go to, or a people word, still counts people ('thousands reached camps')", () => {
  assert.equal(all("Thousands reached camps near the border.")[0]?.notPeople, null);
  assert.equal(all("It freed 40 detained activists.")[0]?.notPeople, null);
});
for (const [text, reason] of notPeople) {
  test(`not people: ${JSON.stringify(text)}`, () => {
    const n = all(text).find((x) => x.value !== null);
    assert.ok(n, "a number is found");
    assert.equal(n.notPeople, reason);
  });
}

test("bare vague magnitudes are kept without a noun; bare 'a few' is not", () => {
  assert.equal(first("Hundreds fled overnight.")?.vague, "hundreds");
  assert.equal(all("It took a few days.").length, 0);
});

test("'The wounded, numbering about 60,': the people set off before 'numbering' are those counted", () => {
  const n = first("The wounded, numbering about 60, were evacuated by helicopter.");
  assert.deepEqual([n?.text, n?.value, n?.subject], ["about 60", 60, "people"]);
  assert.equal(first("The trucks, numbering about 60, were seized.")?.subject ?? null, null);
});

test("a 4 MB line of '1,1,1,' goes through the stage without a figure", () => {
  const text = "1,".repeat(2_000_000);
  const doc = numbersStage.run({ ...annotate({ id: "x", text, meta: {} }), sentences: splitSentences(text) });
  assert.ok(doc.numbers.every((n) => n.notPeople || !n.subject));
});

test("'one of two people killed' is a figure of one and a figure of two", () => {
  const found = findNumbers("She was one of two people killed in the raid.", 0, 45).map((n) => [n.text, n.value]);
  assert.deepEqual(found, [["one of two people", 1], ["two people", 2]]);
});

test("words that name an object's built-ins are no people nouns ('a constructor', 'two constructor crews')", () => {
  for (const n of all("A constructor said two constructor crews and a valueOf toString left.")) {
    assert.ok(n.subject === undefined || typeof n.subject === "string", `subject of ${n.text} is a word`);
    assert.notEqual(n.noun.toLowerCase(), "constructor");
  }
});

test("sentence tokens: the same span gives equal tokens, a new text its own", async () => {
  const { tokenize } = await import("./tokens.ts");
  const text = "Two soldiers were killed. A child was hurt.";
  const once = tokenize(text, 0, 25);
  assert.deepEqual(tokenize(text, 0, 25), once);
  assert.deepEqual(tokenize(text, 26, text.length).map((t) => t.text), ["A", "child", "was", "hurt", "."]);
  const other = "Two soldiers were killed! A child was hurt.";
  assert.deepEqual(tokenize(other, 0, 25).map((t) => t.text), ["Two", "soldiers", "were", "killed", "!"]);
});

test("a ratio is no count: '1 in 3 residents', 'one in five', 'two out of 10'; '5 in 10 minutes' still counts", () => {
  const kinds = (text: string) => findNumbers(text, 0, text.length).map((n) => [n.text, n.notPeople]);
  assert.ok(kinds("One in five residents has fled.").every(([, why]) => why === "ratio"));
  assert.ok(kinds("Two out of 10 children are malnourished.").every(([, why]) => why !== null));
  assert.equal(findNumbers("Gunmen killed 5 in 10 minutes.", 0, 30)[0]?.notPeople, null);
});

test("a figure that moved 'from 7 to 11' is no range: the first is an earlier value, the second the count", () => {
  const found = all("The toll rose from 7 to 11 overnight, while from 20 to 30 people were hurt.").map((n) => [n.text, n.qualifier, n.notPeople]);
  assert.deepEqual(found, [["7", "exact", "earlier value"], ["11", "exact", null], ["from 20 to 30 people", "range", null]]);
});

test("a share of the figure before ('14 people, half of them children') is a figure of its own", () => {
  assert.deepEqual(all("The shelling killed 14 people, half of them children.").map((m) => [m.text, m.value, m.subject]), [["14 people", 14, "people"], ["half of them children", 7, "children"]]);
  const third = all("At least 30 civilians were killed, a third of them women.")[1];
  assert.deepEqual([third?.text, third?.low, third?.high, third?.qualifier], ["a third of them women", 10, null, "min"]);
  // (No people after "of them", no figure: "half of them were released" is told by its verb.)
  assert.equal(all("Police held 12 men, half of them overnight.").length, 1);
});

test("'a family of seven' is seven people", () => {
  assert.deepEqual(all("A family of seven was killed.").map((m) => [m.text, m.value, m.subject]), [["A family of seven", 7, "people"]]);
});

test("a quoted magnitude still counts the people after it ('killed \"dozens\" of militants')", () => {
  const [n] = all('The army said it had killed "dozens" of militants in the raid.');
  assert.deepEqual([n?.text, n?.subject, n?.vague], ['"dozens" of militants', "fighters", "dozens"]);
});

test("an age set off by commas after the word for one person is no count ('A man, 25, was killed')", () => {
  assert.equal(all("A man, 25, was killed in a shooting.").find((n) => n.text === "25")?.notPeople, "age");
});

test("a number of another number with no people after it is a score ('shot 3 of 5 from the field'); '3 of 5 hostages' still counts", () => {
  assert.equal(all("She shot 3 of 5 from the field in the second half.")[0]?.notPeople, "score");
  assert.equal(all("Gunmen killed 3 of 5 hostages.")[0]?.notPeople, null);
});

test("sailors are troops only where the sentence names a navy (merchant crews are people)", () => {
  assert.equal(all("Three sailors were killed when a missile struck the bulk carrier.")[0]?.subject, "people");
  assert.equal(all("The navy said one sailor died aboard the cruiser.")[0]?.subject, "troops");
});

test("a part of the dead or hurt is who the verb after it names ('two of the dead were its fighters', 'four of those killed were children')", () => {
  assert.deepEqual(all("The group said two of the dead were its fighters.").map((m) => [m.text, m.subject]), [["two of the dead", "fighters"]]);
  assert.deepEqual(all("Four of those killed were children.").map((m) => [m.text, m.subject]), [["Four", "children"]]);
  assert.deepEqual(all("Two of the wounded were women.").map((m) => [m.text, m.subject]), [["Two of the wounded", "women"]]);
  // (A verb that names no people leaves the part as it was.)
  assert.deepEqual(all("Two of the dead were identified as brothers.").map((m) => [m.text, m.subject]), [["Two of the dead", "people"]]);
});

test("a year or a day before another count is no count of its own ('2020 left thousands dead', 'since September 27 to 244')", () => {
  assert.deepEqual(all("A major offensive in 2019 and 2020 left thousands dead.").filter((m) => !m.notPeople).map((m) => [m.text, m.vague]), [["thousands dead", "thousands"]]);
  const toll = all("The toll since September 27 rose to 244.").map((m) => [m.text, m.qualifier, m.notPeople]);
  assert.deepEqual(toll, [["27", "exact", "date"], ["244", "exact", null]]);
});

test("'six members of one family' is one count; '21 more of their servicemen' counts servicemen; 'and as many wounded' repeats the count", () => {
  assert.deepEqual(all("Six members of one family, including two children, were killed.").map((m) => [m.text, m.value]), [["Six members of one family", 6], ["two children", 2]]);
  assert.deepEqual(all("21 more of their servicemen had been killed.").map((m) => [m.text, m.subject]), [["21 more of their servicemen", "troops"]]);
  assert.deepEqual(all("Three soldiers were killed and as many wounded.").map((m) => [m.text, m.value, m.subject]), [["Three soldiers", 3, "troops"], ["as many", 3, "troops"]]);
  // ("as many as 60" is a bound of its own number.)
  assert.deepEqual(all("40 died and as many as 60 were hurt.").map((m) => [m.text, m.value]), [["40", 40], ["as many as 60", 60]]);
});

test("two kinds counted together are people ('40,000 combatants and civilians'); two armed kinds keep the first; a count in quotes keeps its people", () => {
  assert.deepEqual(all("The insurgency has left more than 40,000 combatants and civilians dead.").map((m) => [m.text, m.subject]), [["more than 40,000 combatants and civilians", "people"]]);
  assert.deepEqual(all("ISIS killed 11 regime soldiers and loyalists.").map((m) => [m.text, m.subject]), [["11 regime soldiers and loyalists", "troops"]]);
  assert.deepEqual(all("They blitzed thousands of fighters and family members into surrender.").map((m) => [m.text, m.subject]), [["thousands of fighters and family members", "people"]]);
  assert.equal(all('The ministry said its forces had killed "up to 200" Armenian soldiers.')[0]?.subject, "troops");
});

test("'last week' after a figure says when, not what it counts; every age in a list after 'aged' is an age", () => {
  assert.deepEqual(all("The number reached 40,000 last week.").map((m) => [m.text, m.notPeople]), [["40,000", null]]);
  assert.deepEqual(all("The trial lasted 40 weeks.").map((m) => m.notPeople), ["duration"]);
  assert.deepEqual(all("Two men and a woman, aged 20, 25 and 30, were shot.").map((m) => [m.text, m.notPeople]), [["Two men", null], ["a woman", null], ["20", "age"], ["25", "age"], ["30", "age"]]);
});

test("a list of ages set off by commas after the people it describes ('The two boys, 12 and 14, died') is no count", () => {
  assert.deepEqual(all("The two boys, 12 and 14, died.").map((m) => [m.text, m.notPeople]), [["two boys", null], ["12", "age"], ["14", "age"]]);
  assert.deepEqual(all("Three people, 19, 22 and 40, were shot.").map((m) => m.notPeople), [null, "age", "age", "age"]);
  // (Not closed by a comma: a count of its own.)
  assert.ok(!all("Police counted the injured, 12 and 14 in two towns.").some((m) => m.notPeople === "age"));
});

test("two people named one by one count two past the first one's age ('A woman, 32, and her baby')", () => {
  assert.deepEqual(all("A woman, 32, and her baby were rescued.").map((m) => [m.text, m.value]), [["A woman, 32, and her baby", 2]]);
  assert.deepEqual(all("A man, 45, and his son, 12, were killed.").map((m) => [m.value, m.notPeople]), [[2, null], [12, "age"]]);
});

test("number styles of South Asian and continental copy: '1,50,000', 'Two lakh', '1.200' and '1.200.000', '100+', '1.2 mln'", () => {
  const read = (text: string) => { const n = first(text)!; return [n.value, n.low, n.high, n.qualifier]; };
  assert.deepEqual(read("As many as 1,50,000 people were evacuated."), [150000, null, 150000, "max"]);
  assert.deepEqual(read("Floods forced 1,02,350 people to flee."), [102350, 102350, 102350, "exact"]);
  assert.deepEqual(read("Two lakh people were evacuated."), [200000, 200000, 200000, "exact"]);
  assert.deepEqual(read("Firefighters evacuated more than 1.200 residents."), [1200, 1200, null, "min"]);
  assert.deepEqual(read("Some 1.200.000 people were displaced."), [1200000, 1080000, 1320000, "approx"]);
  assert.deepEqual(read("The UN says 100+ people were killed."), [100, 100, null, "min"]);
  assert.deepEqual(read("Some 1.2 mln people have fled."), [1200000, 1080000, 1320000, "approx"]);
  // (A decimal with its scale stays a decimal: "1.250 million" is 1,250,000.)
  assert.deepEqual(read("About 1.250 million people fled."), [1250000, 1125000, 1375000, "approx"]);
});

test("'Three of them' after a count of things is a share of those things; after people it stays people", () => {
  const stage = (text: string) => numbersStage.run({ ...annotate({ id: "x", text, meta: {} }), sentences: splitSentences(text) }).numbers;
  assert.deepEqual(stage("Six drones were launched. Four of them were shot down.").map((n) => [n.text, n.notPeople]), [["Six", "other noun"], ["Four", "share of things"]]);
  assert.deepEqual(stage("Ten people were hurt. Three of them were taken to hospital.").map((n) => [n.text, n.notPeople]), [["Ten people", null], ["Three", null]]);
});

test("a decimal times a scale is a whole count: '8.3 million people' is 8,300,000 at both ends", () => {
  const [n] = all("8.3 million people have fled.");
  assert.deepEqual([n?.value, n?.low, n?.high], [8_300_000, 8_300_000, 8_300_000]);
});

test("after 'Among the dead were' a plural of any people counts people; a plural of things does not", () => {
  assert.deepEqual(all("Among the dead were at least seven signatories of the accord.").map((n) => [n.text, n.subject, n.notPeople]), [["at least seven signatories", "people", null]]);
  assert.ok(!all("Among the dead were two trucks.").some((n) => n.subject), "trucks are no people");
});

test("'one of the world's worst', 'one of the deadliest' count no one; 'one of the attackers' does", () => {
  assert.equal(first("The war caused what the UN calls one of the world's worst humanitarian crises.")?.notPeople, "superlative");
  assert.ok(first("It was one of the deadliest attacks this year.")?.notPeople);
  assert.equal(first("One of the attackers was killed.")?.notPeople, null);
});

test("prison staff and prisoners by their South Asian and British names count people: warders, jailers, convicts, undertrials; deckhands are crew", () => {
  const subj = (text: string) => all(text).map((n) => [n.text, n.subject]);
  assert.deepEqual(subj("The riot left three warders and a jailer hurt."), [["three warders", "security forces"], ["a jailer", "security forces"]]);
  assert.deepEqual(subj("Nine convicts and 14 undertrials broke out."), [["Nine convicts", "prisoners"], ["14 undertrials", "prisoners"]]);
  assert.deepEqual(subj("Two deckhands drowned."), [["Two deckhands", "workers"]]);
});

test("'a constable was martyred' is read for its one person, with no number word in the sentence", () => {
  const text = "A constable was martyred near the checkpoint.";
  const got = numbersStage.run({ ...annotate({ id: "x", text, meta: {} }), sentences: splitSentences(text) }).numbers;
  assert.deepEqual(got.map((n) => [n.text, n.value]), [["A constable", 1]]);
});

test("an agency dateline's day does not swallow a hyphenated number word after it: 'Jun 9 (PTI) Thirty-four rebels' is 34 rebels", () => {
  const got = all("Agartala, Jun 9 (PTI) Thirty-four rebels were killed on Sunday.").filter((n) => n.subject);
  assert.deepEqual(got.map((n) => [n.text, n.value]), [["Thirty-four rebels", 34]]);
});

test("a two-word people noun names its own kind: a security guard is people, a guard alone stays armed", () => {
  const subj = (text: string) => all(text).map((n) => [n.text, n.subject]);
  assert.deepEqual(subj("A security guard was hurt at the store."), [["A security guard", "people"]]);
  assert.deepEqual(subj("Three security guards were shot at the warehouse."), [["Three security guards", "people"]]);
  assert.deepEqual(subj("Two guards were shot at the prison."), [["Two guards", "security forces"]]);
});

test("pastoral copy's group nouns count people: cattle keepers, herdboys, armed youth, indigenes", () => {
  const subj = (text: string) => all(text).filter((n) => n.subject).map((n) => [n.text, n.value, n.subject]);
  assert.deepEqual(subj("Two cattle keepers were shot near the river."), [["Two cattle keepers", 2, "people"]]);
  assert.deepEqual(subj("Three herdboys were hurt in the raid."), [["Three herdboys", 3, "children"]]);
  assert.deepEqual(subj("Raiders killed 9 armed youth at the camp."), [["9 armed youth", 9, "fighters"]]);
  assert.deepEqual(subj("Bandits killed 6 indigenes of the village."), [["6 indigenes", 6, "people"]]);
});

test("a count before a capitalised people's name counts those people, but not a maker's name or a unit's", () => {
  const subj = (text: string) => all(text).filter((n) => n.subject).map((n) => [n.text, n.value]);
  assert.deepEqual(subj("Eleven Zandu were killed at dawn."), [["Eleven Zandu", 11]]);
  assert.deepEqual(subj("Raiders killed 23 Korab in the hills."), [["23 Korab", 23]]);
  assert.deepEqual(subj("Two Toyota were seized at the border."), []);
  assert.deepEqual(subj("Troops of 12 Brigade were sent to the hills."), []);
  assert.deepEqual(subj("Raiders killed 4 Friday in the hills."), []);
  assert.deepEqual(subj("In 2019 Korab had a drought."), []);
});

test("a share 'of them' after things counted is of the people named with 'the' in its own sentence, if any", () => {
  const share = (text: string) => numbersStage.run({ ...annotate({ id: "x", text, meta: {} }), sentences: splitSentences(text) }).numbers.filter((n) => n.value === 3).map((n) => n.notPeople);
  assert.deepEqual(share("Thieves took 40 goats. Police chased the thieves and shot 3 of them."), [null]);
  assert.deepEqual(share("Thieves took 40 goats. Police found 3 of them."), ["share of things"]);
});

test("'over' after 'handed' or 'turned' is the verb's particle, not 'more than'", () => {
  const read = (text: string) => { const n = first(text)!; return [n.text, n.value, n.low, n.high, n.qualifier]; };
  assert.deepEqual(read("The militia handed over 14 captives on Sunday."), ["14 captives", 14, 14, 14, "exact"]);
  assert.deepEqual(read("Police turned over 3 suspects to the court."), ["3 suspects", 3, 3, 3, "exact"]);
  assert.deepEqual(read("The raid killed over 14 people."), ["over 14 people", 14, 14, null, "min"]);
});
