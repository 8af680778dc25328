import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "../../pipeline.ts";
import { literalOpenings, TRIGGERS_FOUND_BY_FIRST_WORD } from "./claims.stage.ts";

const claims = (text: string, published = "2024-05-08") => extract({ id: "t", text, meta: { published } }).claims;

// [sentence, quantity text, category, value] — each sentence written for this test.
const found: [string, string, string, number | null][] = [
  ["An air strike killed 16 civilians in the town, the monitor said.", "16 civilians", "killed", 16],
  ["More than 40 soldiers were wounded in the ambush.", "More than 40 soldiers", "wounded", 40],
  ["Rescuers evacuated about 3,000 people from the flooded district.", "about 3,000 people", "evacuated", 3000],
  ["Hundreds fled the town overnight.", "Hundreds", "fled", null],
  ["Dozens of fighters surrendered to the army.", "Dozens of fighters", "surrendered", null],
  ["Police arrested 12 suspects after the attack.", "12 suspects", "detained", 12],
  ["Around 15,000 people reached the camp between April 2 and April 9.", "Around 15,000 people", "arrived", 15000],
  ["Up to 600 militants are still inside the old city.", "Up to 600 militants", "present", 600],
  ["The camp's population has grown to over 56,000.", "over 56,000", "present", 56000],
  ["A 17-year-old boy was shot and killed on Friday.", "A 17-year-old boy", "killed", 1],
  ["Over 150 refugees land in Aceh, the agency says", "Over 150 refugees", "arrived", 150],
  ["Security forces killed eight khwarij in an operation on Tuesday.", "eight khwarij", "killed", 8],
  ["Twelve rebels returned to the fold of the law on Monday.", "Twelve rebels", "surrendered", 12],
  ["Five militants yielded to authorities in the town on Monday.", "Five militants", "surrendered", 5],
  ["The team had to transfer 11 patients to other facilities on Monday.", "11 patients", "evacuated", 11],
  ["Some 60,000 residents have yet to return to their homes in the north.", "Some 60,000 residents", "present", 60000],
  ["Monitors recorded 3,200 returnees in the territory last week.", "3,200 returnees", "arrived", 3200],
  ["The shelling has sent thousands fleeing from the town.", "thousands", "fled", null],
  ["Police found nine bodies, which include two women, in a grave near the town.", "two women", "killed", 2],
  ["Three people were treated for smoke inhalation after the blast.", "Three people", "wounded", 3],
  ["Officers fatally shoot a man who attacked them with a knife.", "a man", "killed", 1],
  ["A rights group said the death toll may be higher, putting it at between seven and nine.", "between seven and nine", "killed", 7],
  ["Insurgents behead 11 villagers in raid on coastal village", "11 villagers", "killed", 11],
  ["Gunmen massacre 30 villagers in the north", "30 villagers", "killed", 30],
  ["Sudan toll climbs past 100 after attack on town", "100", "killed", 100],
  ["The death toll of regime forces since the beginning of February jumps to 41.", "41", "killed", 41],
  ["Two men were discovered to be deceased inside a house on Pine Street.", "Two men", "killed", 2],
  ["The coast guard intercepted 300 migrants at sea and returned them to port.", "300 migrants", "detained", 300],
  ["The hospital received 45 casualties, 12 of them in critical condition.", "45 casualties", "wounded", 45],
  ["Four men were stabbed outside a bar on Friday.", "Four men", "wounded", 4],
  ["Three people were shot, one fatally, outside a nightclub early Sunday.", "one", "killed", 1],
  ["Five members of one family were killed in the strike.", "Five members of one family", "killed", 5],
  ["Gunmen killed the village chief and his two sons.", "two sons", "killed", 2],
  ["Gunmen killed the village chief and his two sons.", "the village chief", "killed", 1],
  ["A woman was beaten and killed in her home.", "A woman", "killed", 1],
  ["The boat left the port on Tuesday with about 130 people on board.", "about 130 people", "present", 130],
  ["A boat carrying 80 migrants sank off the coast.", "80 migrants", "present", 80],
  ["All 60 passengers aboard were rescued by fishermen.", "60 passengers", "evacuated", 60],
  ["The five deceased men also appeared to have suffered gunshot injuries.", "five deceased men", "killed", 5],
  ["He died at a hospital, police said.", "He", "killed", 1],
  ["Gunmen stormed the market, killing 23 people and wounding 40 others.", "40 others", "wounded", 40],
  // Two people named one by one, or a multiple, are a count.
  ["A farmer and his daughter were killed when the shell hit their house.", "A farmer and his daughter", "killed", 2],
  ["Officers said a 30-year-old man and a 12-year-old girl were shot near the park.", "a 30-year-old man and a 12-year-old girl", "wounded", 2],
  ["The gunman shot and killed his brother and his uncle before fleeing.", "his brother and his uncle", "killed", 2],
  ["Detectives are investigating a double homicide in the valley.", "double homicide", "killed", 2],
  // Wounds stated without a wounding verb.
  ["Medics found a 15-year-old with a gunshot wound to the arm.", "a 15-year-old", "wounded", 1],
  ["Hassan Omar, 41, was suffering from a gunshot wound when the patrol reached him.", "Hassan Omar", "wounded", 1],
  ["A woman is recovering after being shot outside the station.", "A woman", "wounded", 1],
  // One person killed, named far from the verb or without the usual words.
  ["A rebel commander of the Northern Front who was blamed for a series of raids in the hills was killed near Kalo on Monday.", "A rebel commander", "killed", 1],
  ["The truck was overturned during the attack and the driver killed.", "the driver", "killed", 1],
  ["Villagers in Moro are mourning the death of a well-known baker named Ali Sesay.", "a well-known baker", "killed", 1],
  ["Sesay was abducted on Friday by gunmen and was only found dead this morning.", "Sesay", "killed", 1],
  ["40-year-old police constable was shot dead in an exchange of fire, the official said.", "40-year-old police constable", "killed", 1],
  ["A former member of the Eastern Brigade died of his wounds, activists said.", "A former member", "killed", 1],
  ["Samuel Obi, head of the Black Hand gang, was executed on Thursday in the Lomo district.", "Samuel Obi", "killed", 1],
  ["The dismembered remains of Pedro Alvarez were found next to a cooler on Sunday.", "Pedro Alvarez", "killed", 1],
  ["The police dismissed an officer for \"shooting and killing\" a trader at a bar.", "a trader", "killed", 1],
  ["The officer who shot the victim dead has been dismissed.", "the victim", "killed", 1],
  ["The court heard how the guard fired and killed one Musa Dauda at the gate.", "Musa Dauda", "killed", 1],
  ["Maria Lopez, the sister of Tom Reyes, 44, who was shot and killed in his home, spoke to reporters.", "Tom Reyes", "killed", 1],
  ["Juan Perez (aged 52), the owner of the shop, was killed along with his two sons.", "Juan Perez", "killed", 1],
  ["Juan Perez (aged 52), the owner of the shop, was killed along with his two sons.", "Juan Perez (aged 52), the owner of the shop, was killed along with his two sons", "killed", 3],
  ["52-year-old Home Guard personnel was shot dead in a police encounter.", "52-year-old Home Guard personnel", "killed", 1],
  ["A former member of “Eastern Military Council” died of severe wounds sustained a while ago.", "A former member", "killed", 1],
  ["Activists reported that a former member of “Deir Hamra Local Military Council” died of severe wounds.", "a former member", "killed", 1],
  ["The boss of \"Los Rojos\" and a woman were shot dead yesterday morning.", "The boss of \"Los Rojos\" and a woman", "killed", 2],
  ["Both teens were taken to a hospital, where they died the next day.", "Both teens", "killed", 2],
  ["Deputies found 37-year-old Ann Roe and 16-year-old Jo Roe dead on a bed.", "Ann Roe and 16-year-old Jo Roe", "killed", 2],
  // Named people with their ages, joined by "and" or listed by commas.
  ["Lina Ortiz, 48, and Rosa Vidal, 44, died in the attack, officials said.", "Lina Ortiz, 48, and Rosa Vidal", "killed", 2],
  ["Omar Said, 22, and his brother, Yusuf Said, 19, were shot and killed on Monday.", "Omar Said, 22, and his brother, Yusuf Said", "killed", 2],
  ["Dan Hale, 30, Amy Hale, 12, and Ben Hale, 9, were killed in the fire, police said.", "Dan Hale, 30, Amy Hale, 12, and Ben Hale", "killed", 3],
  ["The Eastgate homicide victim is Paul Stone.", "The Eastgate homicide victim", "killed", 1],
  ["Police have released the identity of the victim of a deadly New Year's Day shooting.", "the victim", "killed", 1],
  ["Police identified the man found dead last Friday as Paul Stone.", "the man", "killed", 1],
  ["\"We tried to save him, but he [Stone] was pronounced dead at the scene,\" the chief said.", "he", "killed", 1],
  ["Millbrook Teenager dead after shooting", "Teenager", "killed", 1],
  ["Ana Ruiz, 29, was killed along with Luis Vega, 20, in a double homicide on Pine Street.", "double homicide", "killed", 2],
  // Injuries told by the state someone is left in or by the hospital they are taken to.
  ["The attack left the victim in critical condition.", "the victim", "wounded", 1],
  ["A waitress trying to stop a robbery was shot outside a bar on Sunday.", "A waitress", "wounded", 1],
  ["The victim, who was driving, was struck one time and is in critical condition.", "The victim", "wounded", 1],
  ["The man was transported to a local hospital for treatment of non-life threatening injuries.", "The man", "wounded", 1],
  ["One officer was shot dead and another was wounded, he said.", "another", "wounded", 1],
  ["A civilian was killed and another was wounded in the shelling.", "another", "wounded", 1],
  ["The volunteers repelled the attack, neutralising 17 gunmen.", "17 gunmen", "killed", 17],
  ["Some 16 people were still missing under the rubble, the governor said.", "Some 16 people", "present", 16],
  ["The school had been housing roughly 2,500 people.", "roughly 2,500 people", "present", 2500],
  ["The province hosts nearly 1 million internally displaced people.", "nearly 1 million internally displaced people", "present", 1000000],
  ["Some 3,000 displaced people arrived at the camp.", "Some 3,000 displaced people", "arrived", 3000],
  ["A fisherman found the body of a man with a gunshot wound in the river.", "a man", "killed", 1],
  ["Some 300 families returned home after the ceasefire.", "Some 300 families", "arrived", 300],
  // A day-first date then a count; a toll noun other than "deaths"; a headline's "tops"; a state after a list of people.
  ["On 16 May 300 people fled the village, the agency said.", "300 people", "fled", 300],
  ["Killings of civilians rose to 620 last year, the monitor said.", "620", "killed", 620],
  ["Quake death toll tops 160 as rescuers dig", "160", "killed", 160],
  ["The raid left 12 villagers and one police officer dead.", "12 villagers", "killed", 12],
  ["The raid left 12 villagers and one police officer dead.", "one police officer", "killed", 1],
  // A toll before a bare figure reaches it even when a comment on the dead follows.
  ["The number of fatalities among the brigade has risen to 14, all killed in clashes with former rebels.", "14", "killed", 14],
  // An aside closed by a comma hands the verb back to the whole; a figure in quotation marks; named hospitals; new arrivals.
  ["The network said 27 civilians, among them nine children, were killed when shells struck a market.", "27 civilians", "killed", 27],
  ["The network said 27 civilians, among them nine children, were killed when shells struck a market.", "nine children", "killed", 9],
  ["The army said it had killed 'more than 40 insurgents' in the raids.", "more than 40 insurgents", "killed", 40],
  ["The ministry said 430 wounded people had been admitted to the Central Hospital since Friday.", "430 wounded people", "wounded", 430],
  ["The camp registered some 2,000 new arrivals last week.", "some 2,000 new arrivals", "arrived", 2000],
  // A population stock: "a city of 2 million people", "camps shelter 500,000 people".
  ["Families poured into Dolo, a city of some 2 million people, where camps already shelter around 500,000 people.", "some 2 million people", "present", 2000000],
  ["Families poured into Dolo, a city of some 2 million people, where camps already shelter around 500,000 people.", "around 500,000 people", "present", 500000],
  ["In the country of 6.5 million inhabitants, more than 600 activists have been killed.", "6.5 million inhabitants", "present", 6500000],
  ["Five women and a child from the village of Leya were killed.", "Five women", "killed", 5],
  // "lost 15 men", a singular people word modifying the plural counted, a count at the end of a line.
  ["The army lost 15 soldiers in the ambush near the border.", "15 soldiers", "killed", 15],
  ["Jihadists killed 20 volunteer defence fighters in the north.", "20 volunteer defence fighters", "killed", 20],
  ["Militants attack army posts, killing 26\nThe attack began at dawn.", "26", "killed", 26],
  // "Of the 45 people killed, 30 were women and children": a part after the comma.
  ["Of the 45 people killed, 30 were women and children.", "30", "killed", 30],
  // One person "among those wounded".
  ["Medics said a 12-year-old girl was among those wounded.", "a 12-year-old girl", "wounded", 1],
  // Returnees, and who puts a number of displaced at a figure.
  ["Some 3 million refugees have returned from neighbouring countries since 2023.", "Some 3 million refugees", "arrived", 3000000],
  // An aside describing the people counted does not take their verb.
  ["Five people, all members of one family, died in the fire.", "Five people", "killed", 5],
  ["Twelve soldiers, most of them from the 5th Brigade, were killed.", "Twelve soldiers", "killed", 12],
  // Homicides and murders count the dead.
  ["The state has recorded more than 1,100 homicides so far this year.", "more than 1,100 homicides", "killed", 1100],
  ["There were 45 murders in the city in March.", "45 murders", "killed", 45],
  // Headlines in the present tense.
  ["Bandits abduct 40 worshippers in Katsina", "40 worshippers", "detained", 40],
  ["Floods displace 3,000 in Borno", "3,000", "fled", 3000],
  ["Thousands flee as fighting nears the capital", "Thousands", "fled", null],
  ["Gunmen kill 23 in village raid, abduct dozens", "dozens", "detained", null],
  // Parts listed after a colon share the verb (a colon with a space after it is no clock).
  ["In total, 54 people were killed: 40 civilians and 14 soldiers.", "40 civilians", "killed", 40],
  ["In total, 54 people were killed: 40 civilians and 14 soldiers.", "14 soldiers", "killed", 14],
];
for (const [sentence, quantity, category, value] of found) {
  test(`${category} in ${JSON.stringify(sentence)}`, () => {
    const list = claims(sentence);
    const c = list.find((x) => x.text === quantity);
    assert.ok(c, `claim for ${quantity} among ${JSON.stringify(list.map((x) => [x.text, x.category]))}`);
    assert.equal(c.category, category);
    assert.equal(c.value, value);
    assert.equal(sentence.slice(c.span[0], c.span[1]), quantity);
  });
}

const none: string[] = [
  "The convoy of around 15 trucks left at dawn.",
  "Three suicide attacks hit the outskirts.",
  "The talks lasted two weeks and drew 2 min of coverage.",
  "Two men have been charged with murder in the case.",
  "A court guard fatally shot a man who attacked him.",
  "The remains of a house burned and destroyed by the air strikes stood by the road.",
  "Seven trucks remain missing after the attack.",
];
for (const sentence of none) {
  test(`no claim about the wrong people in ${JSON.stringify(sentence)}`, () => {
    const list = claims(sentence).filter((c) => c.value !== 1 || !/guard|Two men/.test(c.text));
    assert.ok(!list.some((c) => /trucks|attacks|min|Two men|guard|house/.test(c.text)), JSON.stringify(list.map((c) => c.text)));
  });
}

test("'No Israelis were hurt' counts nobody; a surname ending in s after a given name is still one person", () => {
  assert.deepEqual(claims("Three rockets were intercepted, the military said. No Israelis were hurt. No Palestinians were killed."), []);
  assert.deepEqual(claims("Keisha Simmons was killed.").map((c) => [c.text, c.category, c.value]), [["Keisha Simmons", "killed", 1]]);
});

test("people said to be missing are no count of the dead or the hurt beside them: they are kept, as 'other'", () => {
  for (const text of ["The toll stands at 45 dead, 120 injured and 17 missing.", "Twelve people were killed, 30 injured and five are still missing."]) {
    const list = claims(text);
    assert.deepEqual(list.map((c) => [c.category, c.value]).filter(([cat]) => cat !== "other"), [["killed", list[0]!.value], ["wounded", list[1]!.value]], JSON.stringify(list.map((c) => [c.text, c.category, c.value])));
    assert.ok(!list.some((c) => (c.value === 17 || c.value === 5 || c.value === 137 || c.value === 35) && c.category !== "other"), JSON.stringify(list.map((c) => c.text)));
    assert.equal(list.filter((c) => c.category === "other").length, 1);
  }
});

test("a part takes the category of the whole: 'including hundreds of fighters'", () => {
  const list = claims("Troops evacuated almost 3,000 people including hundreds of fighters over the past 48 hours.");
  assert.deepEqual(list.map((c) => c.category), ["evacuated", "evacuated"]);
  assert.deepEqual(list[1].time && [list[1].time.start, list[1].time.end], ["2024-05-06", "2024-05-08"]);
});

test("a quote is attributed to the speaker named after it, and 'he' to the last person", () => {
  const text = "Army spokesman Musa Danladi spoke on Tuesday. “We rescued 200 hostages from the forest,” he said.";
  const c = claims(text).find((x) => x.value === 200);
  assert.equal(c?.category, "evacuated");
  assert.match(c?.source?.name ?? "", /Musa Danladi/);
});

test("a figure in the report's own voice has no source; a hedge is kept", () => {
  const [c] = claims("As many as 90 people could still be trapped under the rubble.");
  assert.equal(c.source, null);
  assert.equal(c.category, "present");
  assert.equal(c.hedge, "could");
});

test("'were among the thousands that surrendered' takes the whole's category; 'among the dead' is a death", () => {
  const a = claims("Officials said hundreds of fighters were among the thousands that surrendered to the army.");
  assert.deepEqual(a.map((c) => c.category), ["surrendered", "surrendered"]);
  const b = claims("Three insurgents including a local commander were among the dead and four others are wounded.");
  // The commander "including" among them is a part of the three, and killed too.
  assert.deepEqual(b.map((c) => [c.value, c.category]), [[3, "killed"], [1, "killed"], [4, "wounded"]]);
});

test("'a' or 'an' with any ordinary noun that is killed counts one person; animals do not", () => {
  const list = claims("A village tailor was shot dead on Monday. A goat was killed by the same blast.");
  assert.deepEqual(list.map((c) => [c.text, c.category, c.value]), [["A village tailor", "killed", 1]]);
});

test("someone fatally shot is killed, not also wounded", () => {
  const list = claims("Omar Haddad, 22, was fatally shot outside the bakery. Guards fatally shot a driver who rammed the gate.");
  assert.deepEqual(list.map((c) => c.category), ["killed", "killed"], JSON.stringify(list.map((c) => [c.text, c.category])));
});

test("a capitalised shop name after 'in front of' is not a victim", () => {
  const list = claims("The victim was found in front of One-Stop Pharmacy with gunshot wounds to his leg.");
  assert.ok(!list.some((c) => /Pharmacy/.test(c.text)), JSON.stringify(list.map((c) => c.text)));
});

test("companions joined to one person make a figure of the whole group, beside the two parts", () => {
  const a = claims("A Taliban commander with his four bodyguards were killed in the ambush.");
  assert.deepEqual(a.map((c) => [c.text, c.value]), [["A Taliban commander with his four bodyguards", 5], ["A Taliban commander", 1], ["four bodyguards", 4]]);
  const b = claims("Troops shot dead a rebel leader near the river and three others during the raid.");
  assert.ok(b.some((c) => c.value === 4 && c.category === "killed" && c.text.startsWith("a rebel leader")), JSON.stringify(b.map((c) => [c.text, c.value])));
  const c = claims("Sergeant Ali Raza was killed along with his two guards at the checkpoint.");
  assert.ok(c.some((x) => x.value === 3 && x.category === "killed"), JSON.stringify(c.map((x) => [x.text, x.value])));
});

test("'local' marks a clock time only before 'time'", () => {
  const list = claims("Seven local fighters were killed at 7 local time.");
  assert.deepEqual(list.map((c) => [c.text, c.value, c.category]), [["Seven local fighters", 7, "killed"]]);
});

test("a word after a colon opens a clause, it is not a clock time", () => {
  const [c] = claims("KANDAHAR: A local commander was killed by a roadside bomb.");
  assert.equal(c?.category, "killed");
  assert.equal(c?.value, 1);
});

test("a list of groups that share one verb is also a figure of the whole list", () => {
  const list = claims("Three policemen on patrol, two farmers and a teacher were killed in the raid, the governor said.");
  assert.deepEqual(list.map((c) => [c.text, c.value, c.category]), [
    ["Three policemen on patrol, two farmers and a teacher", 6, "killed"],
    ["Three policemen", 3, "killed"],
    ["two farmers", 2, "killed"],
    ["a teacher", 1, "killed"],
  ]);
  // Groups with verbs of their own are not added up.
  const apart = claims("Ten people were killed in the attack and four others were missing.");
  assert.ok(!apart.some((c) => c.value === 14), JSON.stringify(apart.map((c) => [c.text, c.value])));
});

test("a list is summed in every category, one person listed with a count included; households are not added to people", () => {
  const fled = claims("A woman and her two children escaped the fire, police said.");
  assert.deepEqual(fled.map((c) => [c.text, c.value, c.category]), [
    ["A woman and her two children", 3, "fled"],
    ["A woman", 1, "fled"],
    ["two children", 2, "fled"],
  ]);
  const held = claims("Police arrested 16 men and 4 women in the raid.");
  assert.deepEqual(held.map((c) => [c.text, c.value, c.category]), [
    ["16 men and 4 women", 20, "detained"],
    ["16 men", 16, "detained"],
    ["4 women", 4, "detained"],
  ]);
  // One person alone still makes no claim of fleeing.
  assert.deepEqual(claims("A woman escaped the fire.").map((c) => c.category), []);
  const units = claims("The camp now hosts 25 families and 113 people, the agency said.");
  assert.ok(!units.some((c) => c.value === 138), JSON.stringify(units.map((c) => [c.text, c.value])));
});

test("people charged or convicted are not the dead of their charge, but a verb of their own after it counts them", () => {
  assert.deepEqual(claims("Two men convicted of fighting for the rebels were killed in the strike.").map((c) => [c.text, c.category, c.value]), [["Two men", "killed", 2]]);
  assert.deepEqual(claims("Three men suspected of involvement in the attack were arrested on Friday.").map((c) => [c.text, c.category, c.value]), [["Three men", "detained", 3]]);
  // (A relative clause's verb is someone else's: the woman was killed, not the two men.)
  const accused = claims("Two men charged with the murder of a woman who was killed last year appeared in court.");
  assert.ok(!accused.some((c) => c.text === "Two men"), JSON.stringify(accused.map((c) => [c.text, c.category])));
});

test("people 'shot at' a party or a rally were hit; 'stabbed two men to death' kills; 'wounded a third' hurts one more", () => {
  const rally = claims("1 dead, 22 shot at Kansas City Chiefs rally; 3 detained");
  assert.deepEqual(rally.map((c) => [c.text, c.category, c.value]), [["1 dead", "killed", 1], ["22", "wounded", 22], ["3", "detained", 3]]);
  assert.deepEqual(claims("Three shot at a party in Chicago").map((c) => [c.category, c.value]), [["wounded", 3]]);
  // (Firing at people is acting: the soldiers hit nobody the sentence counts.)
  assert.deepEqual(claims("20 soldiers shot at the protesters."), []);
  assert.deepEqual(claims("A man who stabbed two men to death and injured three others was jailed.").map((c) => [c.text, c.category]), [["two men", "killed"], ["three others", "wounded"]]);
  assert.deepEqual(claims("A gunman killed two people and wounded a third at a gas station.").map((c) => [c.text, c.category, c.value]), [["two people", "killed", 2], ["a third", "wounded", 1]]);
  assert.deepEqual(claims("Rebels control a third of the country."), []);
});

test("one person carried to hospital who died there, or 'pronounced deceased', is killed", () => {
  const one = (text: string) => claims(text).map((c) => [c.text, c.category, c.value]);
  assert.deepEqual(one("The man was pronounced deceased at the scene."), [["The man", "killed", 1]]);
  assert.deepEqual(one("The man was taken to hospital but died."), [["The man", "killed", 1]]);
  assert.deepEqual(one("He then shot Kate Shepherd, 66, who later died in hospital."), [["Kate Shepherd", "killed", 1]]);
  assert.deepEqual(one("He shot Kate Shepherd, 66, who survived."), [["Kate Shepherd", "wounded", 1]]);
  assert.deepEqual(one("The man was taken to hospital and is expected to recover."), [["The man", "wounded", 1]]);
});

test("victims listed after the verb are counted together: a partner and two children; names with their ages", () => {
  const one = (text: string) => claims(text).map((c) => [c.text, c.category, c.value]);
  assert.deepEqual(one("A man killed his partner and two children at a home."), [["his partner and two children", "killed", 3], ["his partner", "killed", 1], ["two children", "killed", 2]]);
  // (A partner with an article is a body the person worked for.)
  assert.deepEqual(one("A staff member of a USAID partner was killed."), [["A staff member", "killed", 1]]);
  assert.deepEqual(one("The man killed Tomasz Nowak, 44, and Jamal Reid, 22, in the early hours."), [["Tomasz Nowak, 44, and Jamal Reid", "killed", 2]]);
  assert.deepEqual(one("Two men, aged 19 and 23, and a 17-year-old boy were arrested."), [["Two men, aged 19 and 23, and a 17-year-old boy", "detained", 3], ["Two men", "detained", 2], ["a 17-year-old boy", "detained", 1]]);
  // ("a day later" says when, not how many a day.)
  assert.deepEqual(one("Officers arrested a suspect a day later."), [["a suspect", "detained", 1]]);
  assert.deepEqual(one("Police arrest 30 people a day."), [["30 people", "other", 30]]);
});

test("a bare figure told as the number, figure or toll moved is the last figure's category, with whoever gave it", () => {
  const moved = (text: string) => claims(text).slice(1).map((c) => [c.text, c.category, c.value, c.qualifier, c.source?.name ?? null]);
  assert.deepEqual(moved("The rescuers said 221 people had been killed. By that evening the number had risen to 380."), [["380", "killed", 380, "exact", null]]);
  assert.deepEqual(moved("Officials said 300 people died. The Associated Press put the toll closer to 600."), [["closer to 600", "killed", 600, "approx", "Associated Press"]]);
  assert.deepEqual(moved("Officials said 300 people died. A spokesman, Ashraf al-Qudra, gave a figure of 471."), [["471", "killed", 471, "exact", "Ashraf al-Qudra"]]);
  assert.deepEqual(moved("Some 5,000 people fled on Monday. The UN says the combined figure for the region is about 9,000."), [["about 9,000", "fled", 9000, "approx", "United Nations"]]);
  // (No figure before to move: a number alone is nothing.)
  assert.deepEqual(claims("The number had risen to 380 by the evening."), []);
});

test("'a total of 58 hostages were freed' is a release; 'suspected cases' doubts the cases, not the deaths beside them; 'the medical charity' is MSF", () => {
  assert.deepEqual(claims("A total of 58 hostages were freed.").map((c) => [c.value, c.category]), [[58, "other"]]);
  assert.deepEqual(claims("WHO reported 3,912 new suspected cases and 21 deaths.").map((c) => [c.text, c.hedge]), [["21 deaths", null]]);
  assert.deepEqual(claims("The ministry reported 21 suspected cholera deaths.").map((c) => [c.value, c.hedge]), [[21, "suspected"]]);
  assert.equal(claims("MSF said its teams were overwhelmed. At least 13 children died in the camp, the medical charity said.")[0]?.source?.org, "Doctors Without Borders");
});

test("people in a life-threatening condition or in intensive care are hurt, not a stock of people somewhere", () => {
  assert.deepEqual(claims("Two of the children were in a life-threatening condition.").map((c) => [c.value, c.category]), [[2, "wounded"]]);
  assert.deepEqual(claims("About 200 people were wounded, and 25 remained in intensive care.").map((c) => [c.value, c.category]), [[200, "wounded"], [25, "wounded"]]);
});

test("a 'whose' clause's verb is its own subject's; 'preliminary charges' and 'believed to have acted alone' doubt no figure", () => {
  assert.deepEqual(claims("Paramedics treated eight patients, among them the baby, whose mother was among those killed.").map((c) => [c.value, c.category]), [[8, "wounded"]]);
  assert.deepEqual(claims("Three children, whose parents were killed, were rescued.").map((c) => [c.value, c.category]), [[3, "evacuated"]]);
  assert.equal(claims("A 16-year-old boy was arrested on preliminary charges of murder, police said.")[0]?.hedge, null);
  assert.equal(claims("Police said the suspect had been found dead and was believed to have acted alone.")[0]?.hedge, null);
  assert.equal(claims("A preliminary report said 20 people were killed.")[0]?.hedge, "preliminary");
});

test("a toll that nears or rises by some to a figure; a part of 'its' whole; 'Of the dead' after the hurt are dead", () => {
  const cat = (text: string) => claims(text).map((c) => [c.text, c.category, c.value]);
  assert.deepEqual(cat("Quake death toll nears 1,300"), [["1,300", "killed", 1300]]);
  assert.deepEqual(cat("The toll rose by 12 to 20, officials said."), [["20", "killed", 20]]);
  assert.deepEqual(cat("About 90 of its 200 inhabitants were killed."), [["About 90", "killed", 90]]);
  assert.deepEqual(cat("At least 300 people were injured. Of the dead, 112 were women and seven were children."), [["At least 300 people", "wounded", 300], ["112", "killed", 112], ["seven", "killed", 7]]);
});

test("a dateline's date closed by an agency and a colon dates no event: 'IMPHAL, November 12 (PTI): … on Monday evening'", () => {
  const [c] = claims("IMPHAL, November 12 (PTI): Three persons were killed in Jiribam district on Monday evening, police said.", "2024-11-12");
  assert.deepEqual([c?.time?.start, c?.time?.text], ["2024-11-11", "on Monday evening"]);
});

test("people 'taken' by gunmen are held; captives freed or handed back in an exchange are released", () => {
  const cat = (text: string) => claims(text).map((c) => [c.value, c.category]);
  assert.deepEqual(cat("Gunmen stormed the school and 187 pupils were taken."), [[187, "detained"]]);
  assert.deepEqual(cat("About 40 women were taken by the bandits."), [[40, "detained"]]);
  assert.deepEqual(cat("Twelve people were taken to hospital."), [[12, "wounded"]]);
  assert.deepEqual(cat("Photos of 12 people were taken."), []);
  assert.deepEqual(cat("Four members of the group abducted last week were freed on Sunday."), [[4, "other"]]);
  assert.deepEqual(cat("The two sides each returned 115 prisoners of war."), [[115, "other"]]);
  assert.deepEqual(cat("Twelve students were kidnapped in March."), [[12, "detained"]]);
});

test("'an official with the Red Crescent said' is a voice, not one more dead; 'the number of the dead reached 19 civilians' is a toll", () => {
  const cat = (text: string) => claims(text).map((c) => [c.text, c.category, c.value]);
  assert.deepEqual(cat("The death toll rose to 5,300, an official with the Red Crescent said."), [["5,300", "killed", 5300]]);
  assert.deepEqual(cat("The number of the dead reached 19 civilians, the ministry said."), [["19 civilians", "killed", 19]]);
  assert.deepEqual(cat("The number of injured has reached 212 people."), [["212 people", "wounded", 212]]);
});

test("'74 militant attacks' and '500 body cameras' count things; 'one each from' adds no one; 'the martyrs included' lists parts", () => {
  const cat = (text: string) => claims(text).map((c) => [c.text, c.category, c.value]);
  assert.deepEqual(cat("In January, at least 74 militant attacks were recorded, killing 91 people."), [["91 people", "killed", 91]]);
  assert.deepEqual(cat("The city received 500 body cameras."), []);
  assert.deepEqual(cat("Two jawans, one each from the District Reserve Guard and the Special Task Force, were killed."), [["Two jawans", "killed", 2]]);
  assert.deepEqual(cat("Nine citizens were martyred on Monday. The source said the martyrs included four children and two women.").slice(2), [["four children", "killed", 4], ["two women", "killed", 2]]);
});

test("'The military said' is the army, not the Combined Military Hospital named after it", () => {
  const [c] = claims("QUETTA: The military said on Wednesday that all 33 terrorists had been killed. Dozens of injured persons were shifted to the Combined Military Hospital (CMH) Quetta.", "2025-03-12");
  assert.equal(c?.source?.name, "The military");
  assert.notEqual(c?.source?.org, "Combined Military Hospital");
});

test("a country written before a body's name ('The U.S. Central Command') is whose body it is, not a scene", () => {
  assert.equal(claims("The U.S. Central Command did not comment. Houthi-run Al Masirah TV earlier put the death toll at 20.")[0]?.place, null);
});

test("a toll that 'is between 40-50 persons' is a range of the dead", () => {
  assert.deepEqual(claims("The death toll is between 40-50 persons, officials said.").map((c) => [c.category, c.low, c.high]), [["killed", 40, 50]]);
});

test("the day the dead were named is not the day they died, when the sentence gives that too", () => {
  assert.equal(claims("Police on Monday identified the four people killed when gunfire erupted at a party early Sunday.", "2024-04-22")[0]?.time?.start, "2024-04-21");
});

test("a day of a month with no year, just after a date of an earlier year, is in that year", () => {
  const time = (text: string, published: string) => claims(text, published).map((c) => c.time?.start ?? null);
  assert.deepEqual(time("The killing began on the night of 6 April 1994. Ten Belgian soldiers were killed on 7 April.", "2024-04-07"), ["1994-04-07"]);
  assert.deepEqual(time("A gunman killed five people in Plymouth in August 2021. \"Six people died on the twelfth of August,\" the coroner said.", "2024-01-24"), ["2021-08-01", "2021-08-12"]);
  // (A month and a year alone may be background; a day of this winter is still this winter's.)
  assert.deepEqual(time("The group was founded in March 2011. On 7 January, gunmen killed 12 people.", "2024-01-24"), ["2024-01-07"]);
});

test("'Of the 275 dead, 88 were women and 40 were children': the whole and both parts are dead", () => {
  assert.deepEqual(claims("Of the 275 dead, 88 were women and 40 were children.").map((c) => [c.text, c.category]), [["275 dead", "killed"], ["88", "killed"], ["40", "killed"]]);
  assert.deepEqual(claims("Of the 1,200 residents, 300 fled.").map((c) => [c.text, c.category]), [["1,200 residents", "other"], ["300", "fled"]]);
});

test("a toll pushed past a figure is at least that figure", () => {
  assert.deepEqual(claims("Two more bodies were found, pushing the toll past 75.").map((c) => [c.value, c.qualifier, c.low, c.high]), [[2, "exact", 2, 2], [75, "min", 75, null]]);
});

test("a relative taken into custody or arrested is one person held", () => {
  assert.deepEqual(claims("Police said her husband, 48, was taken into custody.").map((c) => [c.text, c.category, c.value]), [["her husband", "detained", 1]]);
  assert.deepEqual(claims("His son was arrested on Friday.").map((c) => [c.text, c.category, c.value]), [["His son", "detained", 1]]);
  assert.deepEqual(claims("Police arrested the gunman on Friday.").map((c) => [c.text, c.category]), [["the gunman", "detained"]]);
});

test("people who still need to be evacuated were not evacuated", () => {
  assert.ok(!claims("More than 10,000 people in Gaza still need to be medically evacuated, WHO said.").some((c) => c.category === "evacuated"));
  assert.deepEqual(claims("Twelve people needed treatment for injuries.").map((c) => c.category), ["wounded"]);
});

test("'Of 60 health workers at the hospital, 44 men were detained': the whole the part is taken from was not detained", () => {
  assert.deepEqual(claims("Of 60 health workers at the hospital, 44 men were detained.").map((c) => [c.value, c.category]), [[60, "other"], [44, "detained"]]);
});

test("a participle right after the people describes them; the clause's own verb after it tells what happened", () => {
  const cat = (text: string) => claims(text).map((c) => [c.category, c.place?.name ?? null]);
  assert.deepEqual(cat("Hundreds of migrants detained at a centre in the area escaped during the fighting."), [["fled", null]]);
  assert.deepEqual(cat("More than 4,500 people displaced by violence around Dikwa reached camps in Maiduguri."), [["arrived", "Maiduguri"]]);
  assert.deepEqual(cat("Three people wounded in the attack died in hospital."), [["killed", null]]);
  assert.deepEqual(cat("Twelve people injured in the blast were taken to hospital."), [["wounded", null]]);
  // (The whole a part is taken from keeps its own participle: the verb is the part's.)
  const part = claims("Officials said 9 of the 12 workers trapped in the tunnel since Sunday had been brought out alive.");
  assert.deepEqual([9, 12].map((v) => part.find((c) => c.value === v)?.category), ["evacuated", "present"]);
});

test("service members are troops", () => {
  assert.deepEqual(claims("The US military lost 4,431 service members in Iraq. 13 US servicemembers were killed.").map((c) => [c.value, c.subject]), [[4431, "troops"], [13, "troops"]]);
});

test("someone shot who has since died is killed; the officer who shot them is not", () => {
  const list = claims("The man who was shot by a police officer on Monday afternoon has died.");
  assert.deepEqual(list.map((c) => [c.text, c.category, c.value]), [["The man", "killed", 1]]);
});

test("items with a clause between them are not one list", () => {
  const list = claims("Four men went to a farm to attack another man, and in the struggle, one attacker was shot and later died.");
  assert.ok(!list.some((c) => c.text === "another man" && c.category === "killed"), JSON.stringify(list.map((c) => [c.text, c.category])));
});

test("'X, Name, told reporters' is said by Name, not by the reporters; the place of the briefing is not the figure's", () => {
  const text = "Heavy shelling hit Tal Afar on Monday. A spokeswoman for the World Food Programme, Mariam Idris, told reporters in Geneva that up to 5,000 people were still trapped in the town.";
  const c = claims(text).find((x) => x.value === 5000);
  assert.equal(c?.source?.name, "Mariam Idris");
  assert.notEqual(c?.place?.name, "Geneva");
});

test("the verb after a partitive decides: '35 of the new arrivals were wounded'", () => {
  const [c] = claims("Medics said at least 35 of the new arrivals were wounded.");
  assert.equal(c?.category, "wounded");
  assert.equal(c?.value, 35);
});

test("wounded people who are moved are an evacuation; a camp receiving families counts arrivals; burials count the dead", () => {
  const list = claims("Volunteers evacuated about 60 wounded people by boat. The camp received nearly 900 families this week. We buried 14 people on Sunday.", "2024-05-08");
  assert.deepEqual(list.map((c) => [c.category, c.value]), [["evacuated", 60], ["arrived", 900], ["killed", 14]]);
});

test("a place on the far side of another figure belongs to that one", () => {
  const text = "Gunmen attacked Dogo village on Friday. \"We buried 12 people today,\" a resident said, adding that about 500 people had fled to the town of Sokoto.";
  const list = claims(text, "2024-05-08");
  assert.notEqual(list.find((c) => c.value === 12)?.place?.name, "Sokoto");
  assert.equal(list.find((c) => c.value === 500)?.place?.name, "Sokoto");
});

test("a pair of tolls joined by 'and' shares the place named after it, though a word of movement comes between", () => {
  const text = "Camps in Ouahigouya are full, and aid groups in Ouahigouya say more families arrive each day. Three people were killed and seven injured on Monday when a bus carrying displaced families overturned on the road near Kaya.";
  const list = claims(text, "2024-05-08");
  assert.deepEqual(list.map((c) => [c.category, c.value, c.place?.name]), [["killed", 3, "Kaya"], ["wounded", 7, "Kaya"]]);
});

test("the first of a pair of places whose second lies within it covers both", () => {
  const [pair] = claims("At least 480 Palestinians have been killed in the West Bank and east Jerusalem since October 7, the ministry said.", "2024-05-15");
  assert.equal(pair?.place?.name, "West Bank");
});

test("a word for people describing a thing is no victim; attackers riding to an attack are no arrival", () => {
  assert.deepEqual(claims("A roadside bomb struck a civilian car in the district on Wednesday.").map((c) => c.text), []);
  assert.deepEqual(claims("A stray bullet struck a civilian near the market.").map((c) => [c.category, c.value]), [["wounded", 1]]);
  assert.deepEqual(claims("About 50 gunmen arrived on motorcycles and killed 12 villagers.").map((c) => [c.category, c.value]), [["other", 50], ["killed", 12]]);
  assert.deepEqual(claims("Some 200 refugees arrived on boats at the port.").map((c) => c.category), ["arrived"]);
});

test("a place the map does not know keeps its name and takes the point of the place it lies in, named right after it", () => {
  const [lido] = claims("At least nine people were killed at a restaurant near Lido beach in the Somali capital Mogadishu on Friday.", "2024-08-03");
  assert.equal(lido?.place?.name, "Lido");
  assert.ok(lido?.place?.lat != null && Math.abs(lido.place.lat - 2.04) < 0.2 && Math.abs(lido.place.lon! - 45.34) < 0.2, JSON.stringify(lido?.place));
});

test("the person heading a voice is not counted; people 'now displaced' are a stock; what 'remains' is not dated by a past scene", () => {
  assert.deepEqual(claims("A resident reached by phone said 20 people had been killed.").map((c) => [c.category, c.value]), [["killed", 20]]);
  assert.deepEqual(claims("The UN said more than 700,000 people are now internally displaced across Haiti.").map((c) => c.category), ["present"]);
  assert.deepEqual(claims("More than 700,000 people were displaced by the fighting.").map((c) => c.category), ["fled"]);
  const [left] = claims("Iraq declared victory over the group in 2017. A UN report estimated that between 400 and 700 militants remain in Iraq.", "2023-05-17");
  assert.equal(left?.time, null);
});

test("a later sentence doubting 'the account' or calling the figures preliminary hedges the figure before", () => {
  assert.match(claims("A resident said 20 people were killed. The resident's account could not be verified.")[0]?.hedge ?? "", /could not be verified/);
  assert.equal(claims("The agency said 2,300 people were staying at a makeshift site. The figures were preliminary, the agency said.")[0]?.hedge, "preliminary");
});

test("people 'shifted to' a hospital town are moved; one who 'shifted to' a town is not", () => {
  const list = claims("Officials at the hospital said they had received 38 wounded people, and that 11 of them had been shifted to Peshawar.");
  assert.deepEqual(list.map((c) => [c.category, c.value]), [["wounded", 38], ["evacuated", 11]]);
  assert.deepEqual(claims("One suspect, who shifted to Shopian last year, was arrested.").map((c) => c.category), ["detained"]);
});

test("a place and a time in a clause of its own told with 'and that', past another figure, are that figure's", () => {
  const list = claims("Troops killed 14 fighters near Bama on Friday, the army said. The spokesman said troops also rescued 21 kidnapped women and that 32 fighters surrendered to troops in Gwoza last week.", "2024-02-04");
  assert.deepEqual(list.slice(1).map((c) => [c.value, c.place?.name ?? null, c.time?.start ?? null]), [[21, "Bama", null], [32, "Gwoza", "2024-01-22"]]);
});

test("a whole war's toll, or hundreds of thousands, in a report about a town of the Gaza Strip, is the Strip's", () => {
  const list = claims("A drone strike in Khan Younis killed four people on Tuesday. The ministry said the overall death toll since the war began had risen to 41,118. Between 1.7 million and 1.9 million people have been displaced, the UN said.", "2024-09-11");
  assert.deepEqual(list.map((c) => c.place?.name), ["Khan Younis", "Gaza Strip", "Gaza Strip"]);
  const [, westBank] = claims("Israeli forces killed two men in Jenin on Tuesday. The ministry said the overall death toll since the war began had risen to 650.", "2024-09-11");
  assert.equal(westBank?.place?.name, "West Bank");
});

test("'41 dead among the defence forces': among whom the dead were counted says who they were", () => {
  assert.deepEqual(claims("The attack on Saturday had left 41 dead among the defence forces.").map((c) => c.subject), ["troops"]);
});

test("the day a voice spoke gives way to the day the sentence before tells the attack itself", () => {
  const [toll] = claims("In Kharkiv, a guided aerial bomb hit an apartment building on Sunday evening. The death toll has risen to seven, the regional governor said on Monday.", "2024-11-18");
  assert.deepEqual([toll?.time?.start, toll?.said], ["2024-11-17", "2024-11-18"]);
});

test("a town's countryside opening the sentence gives way to a town the clause names", () => {
  const [two] = claims("Meanwhile, in the eastern countryside of Deir Ezzor, unidentified gunmen shot dead two members of the Syrian Democratic Forces (SDF) near the town of Al-Busayrah late on Sunday.", "2024-03-12");
  assert.equal(two?.place?.name, "Al-Busayrah");
});

test("where a statement was issued is no scene, and the day it was issued is the day it was said", () => {
  const list = claims("Bandits abducted 40 residents of a village in Maru district on Saturday, police said. \"The command has arrested five suspects,\" Abubakar said in a statement issued in Gusau on Sunday.", "2024-02-04");
  const arrested = list.find((c) => c.value === 5);
  assert.equal(arrested?.place?.name, "Maru");
  assert.equal(arrested?.said, "2024-02-04");
});

test("the day the sentence after tells the attack, past a voice naming 'a member' of a group, dates the lead", () => {
  const text = "YANGON, Myanmar (AP) — An airstrike on a monastery killed at least 23 people, residents said Friday.\n\nThe strike hit the monastery at about 1 a.m. Thursday, said a member of the local militia.";
  const [lead] = claims(text, "2024-07-12");
  assert.deepEqual([lead?.time?.start, lead?.said], ["2024-07-11", "2024-07-12"]);
});

test("the speaker described after the name is not counted; the subject after 'According to the source,' is", () => {
  assert.deepEqual(claims('"We collected 19 bodies near the market," said Yohannes Alemu, a resident who helped with burials on Wednesday.').map((c) => c.value), [19]);
  assert.deepEqual(claims("According to the source, a gunman was captured.").map((c) => c.category), ["detained"]);
});

test("a relative clause after the parts of a toll says where they had been, not what befell them", () => {
  const list = claims("An airstrike on a monastery killed at least 23 people, including four monks and several children, who had taken refuge there from fighting, residents said.");
  assert.deepEqual(list.map((c) => c.category), ["killed", "killed", "killed"]);
  const held = claims("Among the total, there are 47 persons, including 30 women and five children, who were killed while searching for truffles.");
  assert.deepEqual(held.filter((c) => c.value === 30 || c.value === 5).map((c) => c.category), ["killed", "killed"]);
});

test("a link to another story gives no claim of any kind; a place in a running count is no victim", () => {
  const text = "A man was shot on Main Street on Sunday, police said.\nRELATED: Woman killed in Englewood shooting\nAnyone with information is asked to call police.";
  assert.deepEqual(claims(text, "2024-05-14").map((c) => [c.category, c.text]), [["wounded", "A man"]]);
  assert.deepEqual(claims("The boy was the 14th juvenile killed in the city this year.", "2024-05-14"), []);
  // (Lists under "More stories" or "Trending Now" are links too.)
  const listed = "A man was grazed by a bullet on Monday night, police said.\n\nMore stories\n- Teen dead, 3 hurt in crash on I-94\n\nTrending Now\n- Two dead in crash";
  assert.deepEqual(claims(listed, "2024-05-14").map((c) => [c.category, c.text]), [["wounded", "A man"]]);
});

test("the dead told again soon after as 'the man', 'the victim' or 'he', shot, is how they died, not one more hurt", () => {
  const cats = (text: string) => claims(text, "2024-05-14").map((c) => [c.category, c.text]);
  assert.deepEqual(cats("A man was fatally shot Saturday on the east side. Police said the man, 45, was shot in the chest."), [["killed", "A man"]]);
  assert.deepEqual(cats("A man was fatally shot Saturday. Police said the victim had been shot in the torso."), [["killed", "A man"]]);
  // (Not one hurt named since, nor one still being treated.)
  // (One hurt named since is the one told again: "he" is the second man, counted once.)
  assert.deepEqual(cats("A man was killed on Saturday. A second man was shot and wounded. He was shot in the leg."), [["killed", "A man"], ["wounded", "A second man"]]);
  assert.deepEqual(cats("A man was found dead on Saturday. He was flown to the hospital with life-threatening injuries."), [["killed", "A man"], ["wounded", "He"]]);
});

test("one hurt told again soon after ('He was taken to hospital in stable condition', 'The victim was treated') is not one more hurt", () => {
  const cats = (text: string) => claims(text, "2024-05-14").map((c) => [c.category, c.text]);
  assert.deepEqual(cats("A man was shot in the leg on Main Street on Monday night, police said. He was taken to hospital in stable condition."), [["wounded", "A man"]]);
  assert.deepEqual(cats("Police said a 25-year-old man was shot outside a bar. The victim was taken to a hospital for treatment."), [["wounded", "a 25-year-old man"]]);
  // (Across a paragraph break, or with no one hurt before, the one named is counted.)
  assert.deepEqual(cats("A man was shot in the leg on Monday.\n\nIn a separate incident, police said a woman was shot. She was taken to hospital.").map(([c]) => c), ["wounded", "wounded"]);
});

test("one named among a count the sentence gives ('one of three students shot dead', 'a nurse who was among the 14 killed') is no count of its own; 'one of the three was killed' is", () => {
  const list = (t: string) => claims(t, "2025-04-10").map((c) => [c.category, c.value, c.text]);
  assert.deepEqual(list("Ahmed Yusuf was one of three students shot dead at the university on Tuesday."), [["killed", 3, "three students"]]);
  assert.deepEqual(list("Maria Lopes, a nurse who was among the 14 people killed in Sunday's flood, was remembered on Wednesday."), [["killed", 14, "14 people"]]);
  assert.deepEqual(list("One of the three students was killed on Tuesday."), [["killed", 1, "One of the three students"]]);
});

test("people shot, 'including a man who died': the part died, not all", () => {
  assert.deepEqual(claims("Five people were shot Saturday, including a man who died.", "2024-05-14").map((c) => [c.category, c.value]), [["wounded", 5], ["killed", 1]]);
});

test("a count 'at this point last year' covers the same days a year earlier", () => {
  const [, before] = claims("There have been 47 homicides in the city this year, compared with 68 at this point last year.", "2024-05-14");
  assert.deepEqual([before?.time?.start, before?.time?.end], ["2023-01-01", "2023-05-14"]);
});

test("a day before the verb is no victim's name ('A man who tried to rob a store late Saturday was shot')", () => {
  assert.deepEqual(claims("A man who tried to rob a store late Saturday was shot by the clerk and later died.", "2024-05-14").map((c) => c.text), ["A man"]);
});

test("another person named in a clause of their own is one more ('Grant was pronounced dead …, and Dunn died')", () => {
  assert.deepEqual(claims("Grant was pronounced dead at the scene, and Dunn died at a hospital early Monday.", "2024-05-14").map((c) => [c.category, c.text]), [["killed", "Grant"], ["killed", "Dunn"]]);
});

test("a name after 'at the' is where, not who ('Nobody at the Walmart was injured')", () => {
  assert.deepEqual(claims("No officers or anyone else at the Walmart was injured.", "2024-05-14"), []);
});

test("a doubt on the death toll reaches back past another figure to the sentence that told the dead", () => {
  const text = "Eighteen villagers were killed when jets bombed the village on Tuesday, residents said. At least 30 others were injured, a local member said.\n\nThe Irrawaddy could not independently confirm the death toll.";
  const [dead] = claims(text, "2024-05-15");
  assert.equal(dead?.value, 18);
  assert.match(dead?.hedge ?? "", /could not independently confirm/);
});

test("a paragraph that opens on a place sets the scene for its sentences that name none", () => {
  const text = "Russian shelling killed four civilians in Kherson on Monday, the governor said.\n\nIn Kharkiv, a guided bomb hit an apartment building on Sunday evening. The toll has risen to seven, officials said. Rescuers pulled 14 people from the rubble, the emergency service said.";
  assert.deepEqual(claims(text, "2024-11-18").map((c) => [c.value, c.place?.name]), [[4, "Kherson"], [7, "Kharkiv"], [14, "Kharkiv"]]);
});

test("a sentence about 'the strike' the sentence before told happened when that one did", () => {
  const list = claims("A drone strike near Sarmin on Sunday killed three fighters, the monitor said. Two others were injured in the strike.", "2024-03-12");
  assert.deepEqual(list.map((c) => [c.value, c.time?.start]), [[3, "2024-03-10"], [2, "2024-03-10"]]);
  const operation = claims("Troops captured 6 rebels in a raid near the town last week. Two other rebels were killed in the operation.", "2024-09-18");
  assert.deepEqual(operation.map((c) => c.time?.start), ["2024-09-09", "2024-09-09"]);
  const parts = claims("Air strikes on the port killed 12 people on Sunday. A spokesman said the dead included three women and two children.", "2024-03-04");
  assert.deepEqual(parts.filter((c) => c.value === 3 || c.value === 2).map((c) => c.time?.start), ["2024-03-03", "2024-03-03"]);
});

test("'he' after an unnamed speaker is that speaker; 'could not' is no hedge", () => {
  const text = "A farmer who saw the strike told local media that the dead included two boys. \"Seven bodies were so burned we could not name them,\" he said.";
  const c = claims(text).find((x) => x.value === 7);
  assert.equal(c?.source?.name, "A farmer");
  assert.equal(c?.hedge, null);
});

test("people named by country, groups joined by 'and', tolls brought to a figure, acronyms in brackets", () => {
  const list = claims("Shelling killed at least 31 Yemenis and four Somalis overnight, the health ministry said, bringing the toll since March to 1,240.");
  assert.deepEqual(list.map((c) => [c.text, c.category, c.value]), [
    ["at least 31 Yemenis and four Somalis", "killed", 35],
    ["at least 31 Yemenis", "killed", 31],
    ["four Somalis", "killed", 4],
    ["1,240", "killed", 1240],
  ]);
  const [displaced] = claims("The World Health Organization (WHO) said some 90,000 people had been displaced.");
  assert.equal(displaced?.source?.name, "World Health Organization");
});

test("'dozens of trucks' counts trucks; a bare figure before 'sheltering' counts people", () => {
  const list = claims("Dozens of trucks entered through the crossing, while nearly 8,000 sheltering in schools waited for food.");
  assert.deepEqual(list.map((c) => [c.category, c.value]), [["present", 8000]]);
});

test("people pulled from rubble were evacuated; an administration that says a figure is its source", () => {
  const list = claims("Rescuers pulled 17 people from the rubble. Artillery killed three civilians in Marinka, the regional administration said.");
  assert.deepEqual(list.map((c) => [c.category, c.value, c.source?.name ?? null]), [["evacuated", 17, null], ["killed", 3, "the regional administration"]]);
});

test("a running total said on a day is not dated to that day", () => {
  const [c] = claims("\"We have buried 12 people so far,\" the village head said on Monday.", "2024-05-08");
  assert.equal(c?.category, "killed");
  assert.equal(c?.time, null);
});

test("monitor-style copy: a perfect 'have documented', a toll that has risen to a bare figure, parts of a stated whole", () => {
  const text = "Monitors of the Sahel Conflict Observatory (SCO) have documented the deaths of nine civilians, including four children and a teacher, in shelling of Tessit. According to SCO statistics, the number of people killed since January in the region has risen to 318.";
  const list = claims(text, "2024-05-08");
  assert.deepEqual(list.map((c) => [c.text, c.value]), [["nine civilians", 9], ["four children", 4], ["a teacher", 1], ["318", 318]]);
  assert.ok(list.every((c) => c.category === "killed"));
  assert.ok(list[0]!.source, "the observatory that documented the deaths is the source");
});

test("a place after two clauses of one clash belongs to both", () => {
  const list = claims("Two soldiers were killed and five others were wounded in clashes near Tessit.");
  assert.deepEqual(list.map((c) => c.place?.name ?? null), ["Tessit", "Tessit"]);
});

test("a new clause brings a new voice and its own time; people who came out left", () => {
  const text = "Commander Rojhat Ali said he could not say how many remained, but a coalition official estimated that up to 900 fighters were still holed up in the village. Aid groups said more than 9,000 people had now reached the camp, where at least 40 children have died since January. \"Today 700 people came out,\" Ali said.";
  const list = claims(text, "2024-05-08");
  assert.equal(list.find((c) => c.value === 900)?.source?.name, "a coalition official");
  assert.deepEqual(list.find((c) => c.value === 40)?.time && [list.find((c) => c.value === 40)!.time!.start], ["2024-01-01"]);
  assert.equal(list.find((c) => c.value === 700)?.category, "fled");
});

test("a title's full stop stays inside a speaker named after the verb", () => {
  const [c] = claims("\"At least 14 people were killed,\" said Dr. Halima Bello, who runs the district clinic.");
  assert.equal(c?.source?.name, "Halima Bello");
});

test("people who left a described town fled; people waiting to be evacuated are still there", () => {
  const list = claims("Some 600 civilians left the last rebel-held town of Kafr Nabl on Sunday. Dozens of families are still waiting to be evacuated, officials said.", "2024-05-08");
  assert.deepEqual(list.map((c) => [c.category, c.value ?? c.vague]), [["fled", 600], ["present", "dozens"]]);
});

test("a speaker after a comma is not one of the counted; Taliban are fighters; hostages are held; a doubt about the next figure stays there", () => {
  const a = claims("Gunmen stormed the post, killing nine guards and wounding three, a district official said.");
  assert.deepEqual(a.map((c) => [c.category, c.value]), [["killed", 9], ["wounded", 3]]);
  const b = claims("He said 15 Taliban were killed. The attackers took four villagers hostage.");
  assert.deepEqual(b.map((c) => [c.category, c.value]), [["killed", 15], ["detained", 4]]);
  const c = claims("A bomb killed two farmers on Monday, police said. The insurgents said they had killed 40 soldiers, a claim that could not be independently verified.");
  assert.deepEqual(c.map((x) => [x.value, x.hedge]), [[2, null], [40, "could not be independently verified"]]);
});

test("when one of the wounded later dies, the others stay wounded", () => {
  const list = claims("Another six people were wounded and taken to hospital, where one of them later died, raising the toll to ten.");
  assert.deepEqual(list.map((c) => [c.category, c.value]), [["wounded", 6], ["killed", 1], ["killed", 10]]);
});

test("wounded people whom a verb moves are counted by that verb; treated wounded stay wounded", () => {
  const list = claims("About 40 injured people were evacuated to the border. Dozens of wounded fighters were treated at the clinic.");
  assert.deepEqual(list.map((c) => c.category), ["evacuated", "wounded"]);
});

test("'the number of refugees who crossed … reached' a bare figure counts arrivals", () => {
  const [c] = claims("The number of refugees who crossed into Chad reached 120,000 on Sunday.", "2024-05-08");
  assert.deepEqual(c && [c.category, c.value], ["arrived", 120000]);
});

test("speakers with a prepositional tail: 'military sources on both sides said'", () => {
  const [c] = claims("At least 18 fighters were killed near the dam, military sources on both sides said.");
  assert.equal(c?.source?.name, "military sources on both sides");
});

test("people who speak are the source, not the counted; passing through a screening point is arriving", () => {
  const a = claims("Around 2,000 people, including fighters and their wives, were still inside, a rebel commander estimated.");
  assert.deepEqual(a.map((c) => [c.category, c.value]), [["present", 2000]]);
  const b = claims("A total of 9,000 people have passed through the checkpoint since March, the coalition said.", "2024-05-08");
  assert.deepEqual(b.map((c) => [c.category, c.value]), [["arrived", 9000]]);
});

test("driven from their homes, Rohingya who crossed, civilians being held", () => {
  const list = claims("The fighting has forced 80,000 people from their homes. Some 9,000 Rohingya crossed into Bangladesh. Gunmen were holding about 40 villagers in a school.");
  assert.deepEqual(list.map((c) => [c.category, c.value]), [["fled", 80000], ["arrived", 9000], ["detained", 40]]);
});

test("burns and injuries suffered are wounds; people believed buried under rubble are not counted dead", () => {
  const a = claims("Nine people suffered burns in the blaze.");
  assert.deepEqual(a.map((c) => [c.category, c.value]), [["wounded", 9]]);
  const b = claims("Rescuers were searching for 30 people believed buried under the rubble.");
  assert.ok(!b.some((c) => c.category === "killed"), JSON.stringify(b.map((c) => [c.category, c.text])));
  assert.ok(!b.some((c) => c.source?.name === "people"));
});

test("a body found with wounds is a death, not an injury; a man found dead who 'was shot' is not wounded", () => {
  const a = claims("Guards found the body of a displaced woman with gunshot wounds to the head near the camp.");
  assert.ok(!a.some((c) => c.category === "wounded"), JSON.stringify(a.map((c) => [c.category, c.text])));
  const b = claims("Deputies say a 31-year-old man who was found dead in a field had been shot several times.");
  assert.ok(!b.some((c) => c.category === "wounded"), JSON.stringify(b.map((c) => [c.category, c.text])));
});

test("the speaker opening an appositive is the one who speaks, not the person the appositive names", () => {
  const [c] = claims("Maria Lopez, the sister of Tom Reyes, said three people were shot and killed in the attack.");
  assert.equal(c?.source?.name, "Maria Lopez");
  const [d] = claims("The family's lawyer, Ali Omar, said three people were killed.");
  assert.equal(d?.source?.name, "Ali Omar");
  // "said she was shocked": what follows is the statement; no speaker named "she was shocked".
  const e = claims("Three men were killed, and a neighbour, who saw the attack, said she was shocked.");
  assert.ok(!e.some((x) => x.source?.name?.startsWith("she")), JSON.stringify(e.map((x) => x.source)));
});

test("places, things and events are not people hurt; a person taken to hospital where they died is not wounded", () => {
  const a = claims("Deputies say the car came to rest in a ditch and a window was shot out during a robbery.");
  assert.deepEqual(a.map((c) => [c.category, c.text]), []);
  const b = claims("The victim was taken to a hospital, where he died the next day.");
  assert.ok(!b.some((c) => c.category === "wounded"), JSON.stringify(b.map((c) => [c.category, c.text])));
  assert.ok(b.some((c) => c.category === "killed" && c.value === 1));
});

test("one count of the dead and the hurt together is neither killed nor wounded", () => {
  const a = claims("Five soldiers killed and wounded in an ambush near the border");
  assert.deepEqual(a.map((c) => [c.category, c.value]), [["other", 5]]);
  const b = claims("The blast killed and wounded 12 people.");
  assert.deepEqual(b.map((c) => [c.category, c.value]), [["other", 12]]);
  // Two counts, one for each, stay what they are.
  const c = claims("Sixteen civilians were killed and 20 wounded.");
  assert.deepEqual(c.map((x) => [x.category, x.value]), [["killed", 16], ["wounded", 20]]);
});

test("speakers named with a long rank, or an organisation with its article, before an appositive", () => {
  const [a] = claims("Its spokesman, Major General Aung Kyaw Min Tun, said that two soldiers died in the clash.");
  assert.equal(a?.source?.name, "Aung Kyaw Min Tun");
  const [b] = claims("Some 400 villagers fled to the forest, the Delta Forum, a local monitoring group, said.");
  assert.equal(b?.source?.name, "Delta Forum");
});

test("a list of what befell each count keeps each its own; a list naming harms together is one mixed count", () => {
  assert.deepEqual(claims("Three people were killed, two wounded and one abducted.").map((c) => [c.category, c.value]), [["killed", 3], ["wounded", 2], ["detained", 1]]);
  assert.deepEqual(claims("1 dead, 2 hurt in motel shooting").map((c) => [c.category, c.value]), [["killed", 1], ["wounded", 2]]);
  assert.deepEqual(claims("More than 1,100 people were killed, injured or kidnapped in January alone.").map((c) => [c.category, c.value]), [["other", 1100]]);
});

test("what follows a speech verb is the speaker only when it is not a figure; the speaker is never counted", () => {
  const [a, ...rest] = claims("The group says at least 50 people have been killed since the clashes erupted.");
  assert.deepEqual([a?.value, a?.source?.name, rest.length], [50, "The group", 0]);
  const b = claims('"We have received more than 200 wounded since Sunday night," said a doctor at the main hospital.');
  assert.deepEqual(b.map((c) => [c.category, c.value, c.source?.name]), [["wounded", 200, "a doctor"]]);
  const [c] = claims("Maj. Gen. Tomas R. Ocampo Jr., commander of the 4th Division, said 10 rebels were captured in the clash.");
  assert.match(c?.source?.name ?? "", /Ocampo/);
});

test("a dateline with its agency or date names where the report was filed; a country inside a speaker is their voice", () => {
  const text = "KABUL, May 3 (Wire) - Twenty soldiers were killed in an ambush on Thursday, officials said. The attack happened near Ghazni.";
  assert.equal(claims(text)[0]?.place?.name, "Ghazni");
  // A dateline with a full date, day first or month first, before its dash.
  const full = claims("Raid kills police in Ghazni\n\nGHAZNI CITY, June 11, 2019 - At least six police officers were killed when militants stormed a checkpoint in Andar district overnight, officials said.", "2019-06-11");
  assert.equal(full[full.length - 1]?.place?.name, "Andar");
  assert.equal(claims("PORT SUDAN, 14 May 2024 - An estimated 9,300 people were displaced from El Fasher last week, the agency said.", "2024-05-14")[0]?.place?.name, "El Fasher");
  // A date in brackets after the place is the filing date; the sentence's weekday dates the figure.
  assert.equal(claims("ADRE, Chad (June 20, 2024) - More than 400 refugees crossed into Chad on Wednesday, the agency said.", "2024-06-20")[0]?.time?.start, "2024-06-19");
  const d = claims("Thirteen peacekeepers have been killed in the fighting this week, according to the armies of South Africa and Malawi.");
  assert.ok(!["South Africa", "Malawi"].includes(d[0]?.place?.name ?? ""), JSON.stringify(d[0]?.place));
});

test("a participle goes on in its speaker's voice; rites and clauses are not speakers; a resident named in commas speaks", () => {
  const [a] = claims("A resident, Musa Garba, said the villagers had buried the dead according to local custom, adding that about 200 residents had fled to the town.");
  assert.deepEqual([a?.category, a?.value, a?.source?.name], ["fled", 200, "Musa Garba"]);
  const [b] = claims("The number of people killed since the start of the year has risen to 37, the monitor said.", "2022-03-14");
  assert.deepEqual([b?.time?.start, b?.time?.end], ["2022-01-01", "2022-03-14"]);
});

test("a part told by 'of whom' keeps its verb; a word inside one figure's noun does not govern another", () => {
  assert.deepEqual(claims("The bus carried 45 passengers, of whom 30 died.").map((c) => [c.category, c.value]), [["killed", 30]]);
  assert.deepEqual(claims("Rescuers pulled 14 survivors and nine bodies from the rubble.").map((c) => [c.category, c.value]), [["evacuated", 14], ["killed", 9]]);
});

test("a bare share 'of them' after a comma is a part of the figure before", () => {
  const list = claims("Tens of thousands of people have been displaced this year, nearly 10,000 of them in September alone.");
  assert.deepEqual(list.map((c) => [c.category, c.value]), [["fled", null], ["fled", 10000]]);
});

test("'the dead included' counts the dead; an attack that claimed lives is not a speaker", () => {
  assert.deepEqual(claims("The dead included four women and a baby.").map((c) => [c.category, c.value]), [["killed", 5], ["killed", 4], ["killed", 1]]);
  const [a] = claims("These attacks claimed the lives of 841 people.");
  assert.deepEqual([a?.category, a?.value, a?.source], ["killed", 841, null]);
});

test("a bare count or 'others' joined to a figure counts the same kind of people", () => {
  const a = claims("Two soldiers were killed and another three were wounded when gunmen attacked a post.");
  assert.deepEqual(a.map((c) => [c.category, c.value, c.subject]), [["killed", 2, "troops"], ["wounded", 3, "troops"]]);
  const b = claims("Five fighters were killed and seven others injured in the counterattack.");
  assert.deepEqual(b.map((c) => c.subject), ["fighters", "fighters"]);
  const c = claims("Three children were killed and 20 people wounded.");
  assert.deepEqual(c.map((x) => x.subject), ["children", "people"]);
});

test("a place only passed through is not the report's focus; an ambulance service is a named voice", () => {
  const text = "BEIRUT, Sept 24 (Wire) - Air strikes across southern Lebanon killed 558 people on Monday, the health minister said. Thousands fled north towards Beirut.";
  assert.equal(claims(text, "2024-09-24")[0]?.place?.name, "Lebanon");
  const [c] = claims("Hezbollah said it fired rockets at army sites; Israel's ambulance service said two people were lightly hurt by shrapnel.");
  assert.equal(c?.source?.name, "Israel's ambulance service");
});

test("a name after an active verb is its object: the one who acts is not counted, the one named is", () => {
  const list = claims("One of the responding officers, Robert Rialmo, fatally shot LeGrier, who the officer said was coming at him.");
  assert.deepEqual(list.map((c) => [c.category, c.value, c.text]), [["killed", 1, "LeGrier"]]);
  assert.deepEqual(claims("Three people killed Monday in Gaza strike").map((c) => [c.category, c.value]), [["killed", 3]]);
  assert.ok(!claims("After the shooting Almaraz knocked on his neighbour's door.").some((c) => c.text === "Almaraz"));
});

test("'it said' is the voice heard last; a relative clause or an acronym in commas before the verb keeps the speaker", () => {
  const a = claims("Around 1,200 people crossed the border, the regional governor's office said.\nMost were taken in by families, it said, while dozens were sheltering in a school.");
  assert.deepEqual(a.map((c) => c.source?.name), ["the regional governor's office", "the regional governor's office"]);
  const [b] = claims("The group, which represents unions, farmers and students, says at least 50 people have been killed.");
  assert.equal(b?.source?.name, "The group");
  const [c] = claims("The National Unity Government (NUG), a shadow administration set up by ousted lawmakers, said more than 25 soldiers had been killed.");
  assert.equal(c?.source?.name, "National Unity Government");
});

test("'outside the town' is the town the report named as a town", () => {
  const text = "Gunmen killed 23 people in the town of Dikwa on Sunday. Hospital staff in Maiduguri said 41 people were treated.\nA second group attacked a farm outside the town the same night, killing four herders.";
  const c = claims(text).find((x) => x.text === "four herders");
  assert.equal(c?.place?.name, "Dikwa");
});

test("people who remain missing are not a stock of people somewhere: the figure is kept, as 'other'", () => {
  assert.deepEqual(claims("Seven people remain missing after the attack.").map((c) => [c.category, c.value]), [["other", 7]]);
  assert.deepEqual(claims("As many as 80 people remain missing, a UN spokeswoman said.").map((c) => [c.category, c.high, c.source?.name]), [["other", 80, "a UN spokeswoman"]]);
});

test("'according to figures compiled by' a body names that body as the source", () => {
  const [a] = claims("More than 1,400 people have been kidnapped since January, according to figures compiled by a local security consultancy.");
  assert.equal(a?.source?.name, "a local security consultancy");
  const [b] = claims("Ten people died, according to data from the ministry.");
  assert.equal(b?.source?.name, "the ministry");
  const [c] = claims("Ten people died, according to reports from the area.");
  assert.equal(c?.source ?? null, null);
});

test("a speaker before an aside speaks; a quote's speaker is never the next paragraph's", () => {
  const [a] = claims("A spokesman, speaking on condition of anonymity, said 17 soldiers had been wounded.");
  assert.equal(a?.source?.name, "A spokesman");
  const [b] = claims("A blast in the market killed 16 people, said the Delta Observatory.");
  assert.equal(b?.source?.name, "Delta Observatory");
  const text = "Nour News said that “one civilian was killed and four others were wounded in the shelling.”\nThe Delta Agency said the strikes continued.";
  const c = claims(text);
  assert.deepEqual(c.map((x) => x.source?.name), ["Nour News", "Nour News"]);
});

test("a bare part after 'including' shares the whole's category; a direction in another country does not yield to the report's town", () => {
  const list = claims("Strikes killed at least 35 people across the city on Tuesday, including 12 in a school sheltering displaced families, officials said.");
  assert.deepEqual(list.map((c) => [c.category, c.value]), [["killed", 35], ["killed", 12]]);
  const text = "Strikes hit Gaza on Tuesday. Rescuers in Gaza searched the rubble.\nThe war began when militants stormed southern Israel on Oct. 7, killing about 1,200 people.";
  const c = claims(text, "2024-09-10").find((x) => x.value === 1200);
  assert.equal(c?.place?.name, "Israel");
});

test("people who are missing are no stock of people present; the Observatory is named with 'of' too", () => {
  assert.deepEqual(claims("The refugee agency said that 15,000 to 20,000 refugees are missing after the camps were destroyed.").map((c) => c.category), ["other"]);
  const [c] = claims("The Syrian Observatory of Human Rights reported that the two killed were apparently shot.");
  assert.equal(c?.source?.name, "Syrian Observatory for Human Rights");
});

test("a sentence that only sets the scene gives the figure after it its town and its day", () => {
  const text = "Aid reached Idlib city last week, and more is due in Idlib city soon.\nHeavy fighting in Kafr Nabl continued on Monday. The monitor said 12 civilians were killed when shells struck a market.";
  const c = claims(text, "2024-05-08").find((x) => x.value === 12);
  assert.equal(c?.place?.name, "Kafr Nabl");
  assert.deepEqual(c?.time && [c.time.start, c.time.end], ["2024-05-06", "2024-05-06"]);
});

test("the scene does not carry over a paragraph break, a running total, a street or a sentence that counts people", () => {
  const apart = claims("Heavy fighting in Kafr Nabl continued on Monday.\nThe monitor said 12 civilians were killed so far this year.", "2024-05-08").find((x) => x.value === 12);
  assert.notEqual(apart?.time?.text, "on Monday");
  const total = claims("Heavy fighting in Kafr Nabl continued on Monday. So far, 300 civilians have been killed, the monitor said.", "2024-05-08").find((x) => x.value === 300);
  assert.equal(total?.time, null);
  const street = claims("Police were called to Troy Street in Denver on Monday. A 20-year-old man was shot in the leg.", "2024-05-08").find((x) => x.value === 1);
  assert.notEqual(street?.place?.name, "Troy");
  const counted = claims("Shelling killed four people in Kafr Nabl on Monday. In Idlib, 12 civilians were wounded.", "2024-05-08").find((x) => x.value === 12);
  assert.equal(counted?.place?.name, "Idlib");
});

test("parts listed after a colon are not summed into a second total", () => {
  const list = claims("In total, 54 people were killed: 40 civilians and 14 soldiers.");
  assert.deepEqual(list.map((c) => c.value), [54, 40, 14]);
});

test("a figure takes the body that speaks before it, not the agency that speaks in the next clause", () => {
  const list = claims("The country's disaster management unit said more than 400,000 people had registered in shelters, while the UN refugee agency estimated that 250,000 people had crossed the border.");
  assert.match(list.find((c) => c.value === 400000)?.source?.name ?? "", /disaster management unit/);
  assert.match(list.find((c) => c.value === 250000)?.source?.name ?? "", /United Nations|Refugees|refugee agency/);
});

test("where words were said is no place of the figures, and a town named once gives way to the country named twice", () => {
  const text = [
    "Gang violence has killed more than 3,600 people in Haiti this year, the UN said on Tuesday.",
    "Speaking at a briefing in Geneva, a UN spokesperson said at least 1,300 people were killed between April and June.",
    "In the Cite Soleil neighbourhood, gangs killed 12 people last weekend, a rights group said.",
    "More than 700,000 people are now displaced across Haiti, the IOM says.",
  ].join("\n\n");
  const list = claims(text, "2024-10-08");
  assert.equal(list.find((c) => c.value === 1300)?.place?.name, "Haiti");
  assert.equal(list.find((c) => c.value === 12)?.place?.name, "Cite Soleil");
  assert.ok(!list.some((c) => c.place?.name === "Geneva"), JSON.stringify(list.map((c) => [c.text, c.place?.name])));
});

test("'the plant' is placed where the plant was named, not in the town named last", () => {
  const text = "More than 100 civilians were evacuated from the Azovstal steel plant in Mariupol on Sunday and are expected to reach Zaporizhzhia on Monday. About 1,000 civilians are still sheltering in bunkers beneath the plant, the mayor said.";
  assert.equal(claims(text, "2022-05-02").find((c) => c.value === 1000)?.place?.name, "Mariupol");
});

test("every part listed after a whole shares the whole's place", () => {
  const text = "Officials in Rafah said a strike in Khan Younis killed eight people, among them four children and two women.";
  const list = claims(text);
  assert.deepEqual([4, 2].map((v) => list.find((c) => c.value === v)?.place?.name), ["Khan Younis", "Khan Younis"]);
});

test("a figure inside an aside that describes the people counted is no claim of its own", () => {
  const list = claims("Five people, all members of one family, died in the fire.");
  assert.deepEqual(list.map((c) => [c.text, c.value]), [["Five people", 5]]);
});

test("a part that something else happened to keeps no category of the whole ('Of the 12 arrested, 4 were released'): the freed are kept as 'other'", () => {
  assert.deepEqual(claims("Of the 12 people arrested, 4 were later freed.").map((c) => [c.value, c.category]), [[12, "detained"], [4, "other"]]);
});

test("people set free are counted as no one held; 'of some 40 detainees … released' keeps the 40 held", () => {
  // (Gunmen freeing inmates from a jail is a jailbreak: the inmates fled; see the prison-wording test.)
  const freed = claims("Gunmen freed 60 inmates from a jail in the north on Tuesday, police said.");
  assert.deepEqual(freed.map((c) => [c.value, c.category]), [[60, "fled"]]);
  const parts = claims("The rebels released 15 hostages, including three nurses, near the border.");
  assert.deepEqual(parts.map((c) => [c.value, c.category]), [[15, "other"], [3, "other"]]);
  assert.equal(claims("Only six of some 50 detainees have been released so far.").find((c) => c.value === 50)?.category, "detained");
});

test("people taken to a village or a camp were moved by others; 'taken to area hospitals' were hurt", () => {
  assert.equal(claims("About 4,000 residents were taken to a nearby town after the dam burst.").find((c) => c.value === 4000)?.category, "evacuated");
  assert.equal(claims("Two men were taken to area hospitals for their injuries, police said.").find((c) => c.value === 2)?.category, "wounded");
});

test("a body that speaks may be a centre, a unit or a mission", () => {
  const list = claims("The number of people killed in the fighting near the port has risen to 48, the emergency medical centre said.");
  assert.equal(list.find((c) => c.value === 48)?.source?.name, "the emergency medical centre");
});

test("'killed himself and six others' counts the others, who are not of his kind", () => {
  const six = claims("A suicide bomber killed himself and eight others at a checkpoint, police said.").find((c) => c.value === 8);
  assert.deepEqual([six?.category, six?.subject], ["killed", "people"]);
});

test("a bare count with a town of its own after a figure with its town shares the figure's verb and takes its own town", () => {
  const list = claims("Shelling killed 14 people in Kostiantynivka and 5 in Druzhkivka, the governor said.");
  const five = list.find((c) => c.value === 5);
  assert.deepEqual([five?.category, five?.place?.name], ["killed", "Druzhkivka"]);
});

test("people left homeless are displaced", () => {
  assert.equal(claims("The storm killed nine people and left 2,500 homeless.").find((c) => c.value === 2500)?.category, "fled");
  assert.equal(claims("About 800 families were made homeless by the fire.").find((c) => c.value === 800)?.category, "fled");
});

test("'her' before what she has is no victim; 'shot her' is", () => {
  const list = claims("A shell killed a mother and her four children in their home.");
  assert.deepEqual(list.map((c) => [c.text, c.value]), [["a mother and her four children", 5], ["a mother", 1], ["four children", 4]]);
  assert.deepEqual(claims("The man who shot her was arrested at the scene.").map((c) => [c.text, c.category]), [["her", "wounded"]]);
});

test("states and provinces that wire copy names are placed: Gezira, Kasai, Guerrero", () => {
  const list = claims("Fighters killed at least 30 people in a village in Gezira state on Monday. Floods in Kasai killed 11 people. Gunmen killed six police officers in Guerrero.");
  assert.deepEqual([30, 11, 6].map((v) => list.find((c) => c.value === v)?.place?.name), ["Gezira", "Kasai", "Guerrero"]);
  assert.ok(list.every((c) => c.place?.lat !== null), JSON.stringify(list.map((c) => c.place)));
});

test("'The group, in a statement on its radio, claimed': the aside keeps the speaker, and 'the group' is the armed group named", () => {
  const text = "Al-Shabab militants stormed an army base near the river at dawn. The group, in a statement on its radio station, claimed it had killed 37 soldiers.";
  assert.equal(claims(text).find((c) => c.value === 37)?.source?.name, "Al-Shabab");
});

test("a body owned by a country ('Haiti's civil protection agency') is not an agency named before", () => {
  const text = "More than 5,000 people fled the town, according to the International Organization for Migration. Nine people were injured, Haiti's civil protection agency said.";
  assert.equal(claims(text).find((c) => c.value === 9)?.source?.name, "Haiti's civil protection agency");
});

test("an object, then a subject with its own verb, are two clauses: no total", () => {
  const list = claims("\"We lost nine soldiers, and 14 of the attackers were killed,\" the captain said.");
  assert.deepEqual(list.map((c) => c.value), [9, 14]);
});

test("wounds of people already counted dead say how they died; camps that now hold people count people present", () => {
  const list = claims("Police found the bodies of 14 men near the highway. Ten of the victims had gunshot wounds.");
  assert.ok(!list.some((c) => c.category === "wounded"), JSON.stringify(list.map((c) => [c.text, c.category])));
  assert.equal(claims("The three camps now hold about 250,000 people.").find((c) => c.value === 250000)?.category, "present");
});

test("victims of a shooting with gunshot wounds are wounded where no bodies were found", () => {
  assert.equal(claims("Three people were shot outside a bar. Two of the victims had gunshot wounds to the legs.").find((c) => c.value === 2)?.category, "wounded");
});

test("two voices joined by 'and' speak together, but a day before 'and' is no voice", () => {
  assert.equal(claims("Nine people were killed, villagers and a local official told AFP.").find((c) => c.value === 9)?.source?.name, "villagers and a local official");
  assert.equal(claims("The army began its push on Monday and officials said 14 people died.").find((c) => c.value === 14)?.source?.name, "officials");
});

test("customers, a bartender and a coast guard are people a report counts or hears", () => {
  const list = claims("A gunman opened fire in a pub, killing the bartender and wounding three customers, the coast guard said.");
  assert.deepEqual(list.map((c) => [c.text, c.category, c.source?.name]), [["the bartender", "killed", "the coast guard"], ["three customers", "wounded", "the coast guard"]]);
});

test("a girlfriend, a stepson or an ex-wife named by her relation is one person", () => {
  const list = claims("A 40-year-old man was killed and his girlfriend was critically wounded in the shooting.");
  assert.deepEqual(list.map((c) => [c.text, c.category]), [["A 40-year-old man", "killed"], ["his girlfriend", "wounded"]]);
  assert.equal(claims("Police say the suspect shot and killed his stepson on Sunday.")[0]?.text, "his stepson");
});

test("estimates that range from one figure to another; a bare count that 'later escaped'; a country that acts does not place", () => {
  const range = claims("Estimates of the dead ranged from 40 to 90, the report said.").find((c) => c.category === "killed");
  assert.deepEqual([range?.low, range?.high], [40, 90]);
  assert.equal(claims("Gunmen abducted 120 students from a school on Friday; 15 later escaped.").find((c) => c.value === 15)?.category, "fled");
  const moved = claims("The fighting in Khan Younis killed dozens. More than 200 wounded people were later evacuated under an agreement mediated by Qatar.").find((c) => c.value === 200);
  assert.deepEqual([moved?.category, moved?.place?.name], ["evacuated", "Khan Younis"]);
});

test("the lead's place outweighs the dateline's city named again only as where the wounded were flown", () => {
  const text = [
    "JUBA, South Sudan (AP) — Fighting between rival groups in South Sudan's Jonglei state has killed at least 40 people this week, an official said Tuesday.",
    "The clashes started when armed men raided cattle camps near Gumuruk, the official said. He said 25 raiders and 15 herders died.",
    "Ten wounded herders were flown to a hospital in Juba, the UN mission said.",
  ].join("\n\n");
  const list = claims(text, "2024-02-06");
  assert.equal(list.find((c) => c.value === 25)?.place?.name, "Jonglei");
});

test("'three of the 12 passengers were killed' kills three, not the twelve; a whole with its own participle keeps it", () => {
  assert.deepEqual(claims("Four of the 15 passengers were killed.").map((c) => [c.text, c.category]), [["Four", "killed"]]);
  assert.deepEqual(claims("Police said two of the six herders were shot dead.").map((c) => [c.value, c.category]), [[2, "killed"]]);
  assert.equal(claims("One of the three soldiers killed was a commander.").find((c) => c.value === 3)?.category, "killed");
  assert.equal(claims("Raiders and bandits: 25 raiders and 15 herders died, he said.").find((c) => c.value === 25)?.category, "killed");
});

test("people said to be spared are no count of the hurt; a bare figure the number of refugees reached counts them", () => {
  assert.deepEqual(claims("None of the 86 passengers was hurt, the company said."), []);
  const refugees = claims("The number of Congolese refugees in Uganda has passed 500,000, the agency said.").find((c) => c.value === 500000);
  assert.equal(refugees?.category, "present");
});

test("someone who shot himself and lived is hurt; a gunman who shot himself in a murder-suicide is not counted hurt", () => {
  assert.deepEqual(claims("A 6-year-old boy will recover after accidentally shooting himself in the leg on Friday.").map((c) => c.category), ["wounded"]);
  assert.ok(!claims("Three dead in murder-suicide. The gunman shot two neighbours and then shot himself.").some((c) => c.text === "shot himself"));
  assert.equal(claims("The victim, a 30-year-old man, sustained a single gunshot wound to the arm.")[0]?.category, "wounded");
  assert.deepEqual(claims("The victims ranged in age from 19 to 52 and all sustained gunshot wounds."), []);
});

test("a murder-suicide is two dead at least; one that was ruled out is none; 'Girl shot at party dies' is a death", () => {
  const ms = claims("Police are investigating an apparent murder-suicide at a home on Elm Street.")[0];
  assert.deepEqual([ms?.category, ms?.value, ms?.qualifier, ms?.high], ["killed", 2, "min", null]);
  assert.deepEqual(claims("Detectives said it was not a murder-suicide."), []);
  assert.equal(claims("Teen shot outside mall dies; two held")[0]?.category, "killed");
});

test("one person shot and then pronounced dead is counted among the dead only", () => {
  assert.deepEqual(claims("Ortiz had been shot twice and was pronounced dead at the scene.").map((c) => c.category), ["killed"]);
});

test("a headline's 'police confirm' speaks; 'figure can't be verified' in the figure's own sentence doubts it", () => {
  assert.equal(claims("Bandits abduct over 60 in Katsina, police confirm")[0]?.source?.name, "police");
  assert.ok(claims("Kyiv says 9,000 troops killed in the push; figure can't be verified")[0]?.hedge);
});

test("a running total of people moved; a part of a trapped whole takes the verb after it; the civil defence speaks", () => {
  assert.equal(claims("Another 120 people were evacuated on Friday, bringing the total evacuated from the town to more than 4,000.").find((c) => c.value === 4000)?.category, "evacuated");
  const list = claims("Officials said 9 of the 12 workers trapped in the tunnel since Sunday had been brought out alive.");
  assert.deepEqual([9, 12].map((v) => list.find((c) => c.value === v)?.category), ["evacuated", "present"]);
  assert.equal(claims("Rescuers have recovered 31 bodies, the civil defence said.")[0]?.source?.name, "the civil defence");
});

test("the month of May is no hedge; 'may have died' is", () => {
  assert.equal(claims("In the first week of May, 430 migrants arrived on the island.")[0]?.hedge, null);
  assert.ok(claims("As many as 40 people may have died.")[0]?.hedge);
});

test("'and a third was injured' is one more person; 'a second shot' is none", () => {
  assert.deepEqual(claims("Two miners died and a third was badly hurt.").map((c) => [c.text, c.category]), [["Two miners", "killed"], ["a third", "wounded"]]);
  assert.deepEqual(claims("A second shot was fired into the air."), []);
});

test("fighters 'holding out' are present, not held; a count after 'and that' keeps the kind of people; a dateline's dash is no part of the speaker", () => {
  const list = claims("RAQQA, Syria (Reuters) - An SDF commander said about 200 militants were still holding out near the stadium, and that 35 had surrendered.");
  assert.deepEqual(list.map((c) => [c.value, c.category, c.subject]), [[200, "present", "fighters"], [35, "surrendered", "fighters"]]);
  assert.equal(claims("BEIRUT (Reuters) - Syrian forces said on Monday that thousands of civilians fled.")[0]?.source?.name, "Syrian forces");
});

test("a period 'since' a day ends on the day the figure was said, when that was before the report", () => {
  const c = claims("The ministry said on Monday that 900 people had been killed since March 3.", "2024-05-22")[0];
  assert.deepEqual([c?.time?.start, c?.time?.end], ["2024-03-03", "2024-05-20"]);
});

test("a dateline city lying in the part of the country the lead names places the lead's figure", () => {
  const east = claims("KHARKIV, Ukraine (Wire) - Russian shelling in eastern Ukraine killed at least 14 people on Sunday, officials said.", "2024-05-20")[0];
  assert.equal(east?.place?.name, "Kharkiv");
  const west = claims("KHARKIV, Ukraine (Wire) - A drone strike in western Ukraine killed three people on Sunday, officials said.", "2024-05-20")[0];
  assert.equal(west?.place?.name, "Ukraine");
});

test("'bringing to 60 the number killed' names the toll after the figure", () => {
  const list = claims("Gunmen killed seven herders, bringing to 52 the number killed in the district this month.");
  assert.equal(list.find((c) => c.value === 52)?.category, "killed");
});

test("a noun such as 'bodies' later in the sentence is no verb of the people counted before it", () => {
  assert.deepEqual(claims("The medics serving the 9,000 displaced people could not reach the bodies of the fighters.").filter((c) => c.category === "killed"), []);
  assert.equal(claims("Five civilians were among the dead.")[0]?.category, "killed");
});

test("'the death of two and the injury of seven others' counts both; 'said another displaced person' and a speaker closing the sentence speak", () => {
  const list = claims("Activists documented the death of three fighters and the injury of eight others in the ambush.");
  assert.deepEqual(list.map((c) => [c.value, c.category]), [[3, "killed"], [8, "wounded"]]);
  assert.equal(claims("About 600 residents fled the village, said another displaced man.")[0]?.source?.name, "another displaced man");
  assert.equal(claims("Nine soldiers died in the clash with the rebels, who control the hills, claimed the rebels' media office.")[0]?.source?.name, "the rebels' media office");
});

test("soldiers who shot at a man who died are not the dead; 'as of' a day 'since' another is one running period", () => {
  assert.deepEqual(claims("About 30 soldiers shot at Min Thu, 41, who died of his wounds, villagers said.").filter((c) => c.value === 30), []);
  const total = claims("As of Tuesday, more than 800 people had been killed since March 2, the group said.", "2024-05-16")[0];
  assert.deepEqual([total?.time?.start, total?.time?.end], ["2024-03-02", "2024-05-14"]);
});

test("a place that 'is a city of' people owns them; 'could not say whether' hedges", () => {
  assert.equal(claims("Riverside is a city of about 300,000 people 50 miles east of Los Angeles.")[0]?.place?.name, "Riverside");
  assert.ok(claims("Police could not say whether the suspect was one of the dead.")[0]?.hedge);
});

test("a clock's 'a.m.' is no part of the speaker after it", () => {
  assert.equal(claims("Police arrived around 6 a.m. Officials say a man was shot in the leg.")[0]?.source?.name, "Officials");
});

test("aid that 'reached 15,000 children with' food is no arrival; 'Partners report that' speaks", () => {
  assert.deepEqual(claims("UNICEF reached 12,000 children with vaccines last week.").filter((c) => c.category === "arrived"), []);
  assert.equal(claims("Partners report that at least four aid workers were killed.")[0]?.source?.name, "Partners");
});

test("'could not verify' hedges; a conflict that 'has claimed tens of thousands of lives' is no speaker; 'lost 1,230 troops' counts the dead", () => {
  const c = claims("Russia's defence ministry said its forces had killed up to 300 Ukrainian soldiers, a claim Reuters could not verify.")[0];
  assert.equal(!!c?.hedge, true);
  assert.equal(claims("The general staff said the enemy had lost 1,140 troops in a day.")[0]?.value, 1140);
  assert.equal(claims("The war has claimed tens of thousands of lives, aid groups say.")[0]?.source?.name, "aid groups");
});

test("'was ambushed and killed' kills; an officer named in commas after the role confirms and goes on 'saying'", () => {
  assert.deepEqual(claims("Police officer Ana Ruiz was ambushed and killed in the town.").map((c) => [c.text, c.category]), [["Ana Ruiz", "killed"]]);
  assert.equal(claims("The Police Public Relations Officer, ASP Musa Bello, confirmed the attack, saying that officers had rescued 14 of the victims.")[0]?.source?.name, "Musa Bello");
});

test("'in Somalia's capital' is the dateline's capital; 'security and local sources' speak together; 'they said' is the voice heard last", () => {
  assert.equal(claims("MOGADISHU (Wire) - A bomb exploded in Somalia's capital on Saturday, killing at least nine people, police said.", "2024-05-25")[0]?.place?.name, "Mogadishu");
  assert.equal(claims("Gunmen killed at least 40 villagers, security and local sources said.")[0]?.source?.name, "security and local sources");
  const list = claims("Troops burned 100 houses, local resistance groups said. At least three villagers were burned to death, they said.");
  assert.equal(list.find((c) => c.value === 3)?.source?.name, "local resistance groups");
});

test("'X quoted Y as saying' is Y's word; a doctor at a hospital is the doctor; 'Hamas-run' does not make Hamas the speaker", () => {
  assert.equal(claims("The broadcaster quoted a hospital director as saying that 23 bodies had been received.")[0]?.source?.name, "a hospital director");
  assert.equal(claims("\"We have received 18 dead,\" a doctor at Al-Aqsa Hospital told reporters.")[0]?.source?.name, "a doctor at Al-Aqsa Hospital");
  assert.notEqual(claims("Hamas-run Gaza's health ministry said 31 people were killed.")[0]?.source?.name, "Hamas");
});

test("'lost 12 of our men'; casualties that include deaths are not all dead; people who 'face catastrophic hunger' are counted present, as the report says", () => {
  assert.equal(claims("\"We have lost nine of our men,\" the captain said.")[0]?.category, "killed");
  const list = claims("The mission recorded 1,800 civilian casualties, including 450 deaths, since January.");
  assert.deepEqual([list.find((c) => c.value === 1800)?.category, list.find((c) => c.value === 450)?.category], ["other", "killed"]);
  const hunger = claims("Nearly half of the 800,000 people in the north face catastrophic hunger, the report said.")[0];
  assert.deepEqual([hunger?.category, hunger?.source?.name], ["present", "the report"]);
});

test("'killed my brother and two of my cousins' counts both and their whole", () => {
  const list = claims("\"They killed my father and three of my uncles,\" said Musa, 40.");
  assert.deepEqual(list.map((c) => c.value).sort(), [1, 3, 4]);
});

test("a sitrep's source in closing brackets, and people 'in need', are read", () => {
  const list = claims("Casualties: 61 dead, 140 injured (Ministry of Health, 3 June)\n\n- 2.4 million people in need", "2024-06-05");
  assert.equal(list.find((c) => c.value === 61)?.source?.name, "Ministry of Health");
  assert.equal(list.find((c) => c.value === 2400000)?.category, "present");
});

test("a later clause with a report of its own ('while 900 deaths were reported in Syria') is no one's voice", () => {
  const list = claims("In Turkey, 4,100 people have died, the disaster agency said, while 900 deaths were reported in Syria.");
  assert.deepEqual([list.find((c) => c.value === 4100)?.source?.name, list.find((c) => c.value === 900)?.source ?? null], ["the disaster agency", null]);
});

test("a toll that went past a figure counts at least that many; 'rose above' is a toll too", () => {
  const list = claims("The death toll from the floods climbed past 300 on Tuesday. By Friday the toll had risen above 450, and officials said the number of displaced had surpassed 20,000. The toll rose to 470 on Saturday.");
  const shape = (v: number) => { const c = list.find((x) => x.value === v); return c && [c.category, c.qualifier, c.low, c.high]; };
  assert.deepEqual(shape(300), ["killed", "min", 300, null]);
  assert.deepEqual(shape(450), ["killed", "min", 450, null]);
  assert.deepEqual(shape(20000), ["fled", "min", 20000, null]);
  assert.deepEqual(shape(470), ["killed", "exact", 470, 470]);
});

test("a place that closes another figure's clause stays with it when the next clause names its own", () => {
  const list = claims("The agency said 2,300 people had died in Turkey, while 640 deaths were reported in Syria. Villagers said 40 people were hurt in Aleppo, but nine of them later died.");
  assert.deepEqual([list.find((c) => c.value === 2300)?.place?.name, list.find((c) => c.value === 640)?.place?.name], ["Turkey", "Syria"]);
  // (No place of its own after the turn: the clause before still places it.)
  assert.equal(list.find((c) => c.value === 9)?.place?.name, "Aleppo");
});

test("a place opening the sentence sets the scene for all its figures; a place after a turn to another figure is that one's", () => {
  const list = claims("In the southern Kherson region, shelling killed a 64-year-old man and wounded his wife. In Gaza City, an air strike killed 12 people, while 30 died in Rafah.");
  assert.deepEqual(list.filter((c) => c.value === 1).map((c) => [c.category, c.place?.name]), [["killed", "Kherson"], ["wounded", "Kherson"]]);
  assert.deepEqual([list.find((c) => c.value === 12)?.place?.name, list.find((c) => c.value === 30)?.place?.name], ["Gaza City", "Rafah"]);
});

test("a whole war's toll in a sentence naming no place is the country's, not the report's town's", () => {
  const list = claims("Gunmen attacked a market in Gezira state on Monday, killing 40 people, residents said. Gezira is Sudan's breadbasket. The war between the army and the militia has now killed more than 20,000, aid groups said. Fighting near the market killed 12 more on Tuesday.");
  assert.equal(list.find((c) => c.value === 40)?.place?.name, "Gezira");
  assert.equal(list.find((c) => c.value === 20000)?.place?.name, "Sudan");
  assert.equal(list.find((c) => c.value === 12)?.place?.name, "Gezira");
});

test("a part of an owned whole, a part of a figure's 'of' phrase, and a toll from the day a war began", () => {
  const list = claims("A strike killed 11 members of one family, including six children, medics said. About 1.9 million of Gaza's 2.3 million people have been displaced. The ministry says 40,000 people have been killed in the war, which began when gunmen attacked southern Israel on Oct. 7, killing about 1,200 people and taking 250 hostages back to Gaza, according to Israeli tallies.", "2024-08-21");
  const find = (v: number) => list.find((c) => c.value === v);
  assert.equal(find(6)?.category, "killed");
  assert.equal(find(1900000)?.category, "fled");
  assert.equal(find(2300000), undefined);
  assert.deepEqual([find(40000)?.time?.start, find(40000)?.time?.end, find(40000)?.source?.name], ["2023-10-07", "2024-08-21", "The ministry"]);
  assert.deepEqual([find(1200)?.time?.end, find(1200)?.source?.name, find(1200)?.place?.name], ["2023-10-07", "Israeli tallies", "Israel"]);
});

test("a description closing the sentence after the speaker names no one counted", () => {
  const list = claims("\"We have pulled out 35 people alive since Saturday,\" said Abdul Wahid, a volunteer from the Red Crescent.");
  assert.deepEqual(list.map((c) => c.value), [35]);
});

test("people who fled 'the town' are counted in the town named before, not where they went", () => {
  const list = claims("Gunmen attacked the town of Dalo on Friday. More than 6,000 people have fled the town, most of them to the nearby city of Saint-Marc. Another 300 fled to Saint-Marc from Dalo.");
  assert.equal(list.find((c) => c.value === 6000)?.place?.name, "Dalo");
  assert.equal(list.find((c) => c.value === 300)?.place?.name, "Dalo");
});

test("prisoners swapped or returned from captivity are let go; troops 'taken … prisoner' are held; the hurt share the place of the killed beside them", () => {
  const list = claims("Russia and Ukraine swap 95 prisoners each. Kyiv says more than 3,500 Ukrainians have been returned from Russian captivity. The ministry said its forces had taken 42 Ukrainian troops prisoner in Kursk. The governor of the Belgorod region said shelling killed two civilians there overnight and wounded five. An attack on an outpost south of Kirkuk, about 250 km north of Baghdad, killed 13 soldiers and wounded six others.", "2024-08-24");
  const find = (v: number) => list.find((c) => c.value === v);
  assert.deepEqual([find(95)?.category, find(3500)?.category, find(42)?.category], ["other", "other", "detained"]);
  assert.deepEqual([find(2)?.place?.name, find(5)?.place?.name], ["Belgorod", "Belgorod"]);
  assert.deepEqual([find(13)?.place?.name, find(6)?.place?.name], ["Kirkuk", "Kirkuk"]);
});

test("a tally of months in a sentence naming no place is the country's, not the report's town's", () => {
  const list = claims("Troops shot dead a man in Mandalay on Tuesday, residents said. Protests in Mandalay and across Myanmar went on. As of Tuesday, more than 780 people had been killed by the junta since Feb. 1, a rights group said.", "2021-05-12");
  assert.equal(list.find((c) => c.value === 780)?.place?.name, "Myanmar");
  assert.equal(list.find((c) => c.value === 1)?.place?.name, "Mandalay");
});

test("'Another 67 people were injured' right after an attributed sentence is said by the same voice", () => {
  const list = claims("Twenty-two of the dead were children, the disaster agency said in a report. Another 67 people were injured.\n\nAnother 40 homes were destroyed. Another 12 people were hurt.");
  assert.equal(list.find((c) => c.value === 67)?.source?.name, "the disaster agency");
  assert.equal(list.find((c) => c.value === 12)?.source ?? null, null);
});

test("a time the sentence gives beats the dateline's date; 'the NGO ACLED' is ACLED", () => {
  const list = claims("OUAGADOUGOU, Nov 28 (Wire) - Jihadists killed at least 33 soldiers in northern Burkina Faso on Sunday, security sources said. Violence has killed more than 20,000 people since 2015, according to the NGO ACLED.", "2023-11-28");
  assert.deepEqual([list.find((c) => c.value === 33)?.time?.start, list.find((c) => c.value === 33)?.time?.end], ["2023-11-26", "2023-11-26"]);
  assert.equal(list.find((c) => c.value === 20000)?.source?.org, "Armed Conflict Location and Event Data Project");
});

test("others killed beside one person named (with an appositive) share the verb; a coastal city the borders miss keeps its country", () => {
  const list = claims("The strike killed Ibrahim Aqil, a senior commander, and about 10 other members of the group.");
  assert.deepEqual(list.map((c) => [c.category, c.value]), [["killed", 1], ["killed", 10]]);
  const b = claims("BEIRUT, Sept 20 (Wire) - Strikes hit Beirut. In northern Israel, two people were lightly wounded by a rocket fired from Lebanon, the ambulance service said.", "2024-09-20");
  assert.equal(b.find((c) => c.value === 2)?.place?.name, "Israel");
});

test("a sentence about one person's death, with no number, is dated too", () => {
  const list = claims("A separatist fighter has been killed in Bafut. He was killed by soldiers on Wednesday August 11, 2021.", "2021-08-15");
  // (The second sentence tells the same one again: its day dates the one claim.)
  assert.deepEqual(list.map((c) => c.time?.start ?? null), ["2021-08-11"]);
});

test("a part of hostages who were freed is let go; a toll that 'could rise above 50' counts at least 50", () => {
  assert.equal(claims("Nine of the 12 hostages were freed on Saturday.").find((c) => c.value === 9)?.category, "other");
  const [c] = claims("Officials said the number of dead could rise above 50.");
  assert.deepEqual([c?.category, c?.qualifier, c?.value], ["killed", "min", 50]);
});

test("someone who stabbed another is not the one hurt", () => {
  assert.ok(!claims("Police were searching for an assailant who stabbed a stranger earlier in the day.").some((c) => c.text === "an assailant"));
});

test("two voices in two clauses each keep their own figure; 'put the figure at 11' counts what the other counted; missing and presumed dead are dead, hedged", () => {
  const list = claims("Local media reported 19 deaths, while the government put the figure at 11. Up to 40 migrants are missing and presumed dead.");
  assert.deepEqual(list.map((c) => [c.value, c.category, c.source?.name ?? null]), [[19, "killed", "Local media"], [11, "killed", "the government"], [40, "killed", null]]);
  assert.equal(list[2]?.hedge, "presumed");
  const [v] = claims("The victim was unable to give details, but indicated he was shot twice.");
  assert.equal(v?.source ?? null, null);
});

test("members of the security forces or the police are counted as such; 'one family' after 'members of' counts no one", () => {
  const list = claims("The clashes left at least 17 people dead, including four members of the security forces. Two members of the police were hurt. Five members of one family were killed.");
  assert.deepEqual(list.map((c) => [c.value, c.subject]), [[17, "people"], [4, "troops"], [2, "police"], [5, "people"]]);
});

test("the hurt share the scene of the killed past a part of the dead; a dateline's country is no second scene", () => {
  const text = "ODESA, Ukraine — A drone strike on a market in the northern city of Chernihiv killed six people, including a teenage boy, and injured at least 19 others, the mayor said.\n\nFirefighters pulled 7 people alive from the debris overnight, officials said.\n\nUkraine's navy said it sank two boats.";
  const list = claims(text, "2024-06-02");
  const find = (v: number) => list.find((c) => c.value === v);
  assert.deepEqual([find(6)?.place?.name, find(19)?.place?.name, find(7)?.place?.name], ["Chernihiv", "Chernihiv", "Chernihiv"]);
});

test("a time past the voice closing a figure's clause, beside another figure, is that figure's", () => {
  const list = claims("Rebels killed at least 25 villagers in the east, army officials said on Friday, in fighting that has uprooted thousands of families this month.", "2024-03-20");
  assert.equal(list.find((c) => c.value === 25)?.time?.start, "2024-03-15");
  const [c] = claims("Two people were hurt, police said on Friday, and a man was arrested.", "2024-03-20");
  assert.equal(c?.time?.start, "2024-03-15");
});

test("'within the city' after a city and its province is the city", () => {
  const list = claims("Fighting raged in Kadugli, South Kordofan, on Monday. About 9,000 people have been displaced within the city, aid groups said.", "2024-03-20");
  assert.equal(list.find((c) => c.value === 9000)?.place?.name, "Kadugli");
});

test("a UN agency named by its work ('the U.N. refugee agency', 'the United Nations migration agency') is that agency, not the UN", () => {
  const list = claims("About 2,000 people crossed into Chad on Monday, the U.N. refugee agency said. Another 500 fled to Abeche, according to the United Nations migration agency.", "2024-03-20");
  assert.deepEqual(list.map((c) => c.source?.org), ["UN High Commissioner for Refugees", "International Organization for Migration"]);
});

test("a running tally in a part of a country is the country's, not the dateline's town in that part", () => {
  const list = claims("GOMA, Congo (Wire) - Rebels killed 12 villagers near Goma on Monday, officials said. The fighting in eastern Congo has killed more than 7,000 people since January, the United Nations said.", "2024-11-20");
  assert.equal(list.find((c) => c.value === 7000)?.place?.name, "Congo");
});

test("a toll that 'could reach' a figure is that figure, hedged; people who 'left the war zone' fled", () => {
  const [toll] = claims("Rescuers said the death toll could reach 250 as more bodies are found.");
  assert.deepEqual([toll?.category, toll?.value, toll?.hedge], ["killed", 250, "could"]);
  const [left] = claims("Nearly 90,000 people have left the combat zone since Friday.", "2024-03-20");
  assert.deepEqual([left?.category, left?.value], ["fled", 90000]);
});

test("'the country' is the report's country; a place past people who crossed into it is theirs", () => {
  const list = claims("Fighting in Mali has spread to the border with Niger and Burkina Faso. The country of 22 million people has seen 3,000 people killed this year.", "2024-10-15");
  assert.deepEqual([list.find((c) => c.value === 22000000)?.place?.name, list.find((c) => c.value === 3000)?.place?.name], ["Mali", "Mali"]);
  const moved = claims("Fighting raged around Gao and Kidal in Mali. Officials said 40,000 people had fled their homes, including 9,000 who crossed into Niger.", "2024-10-15");
  assert.deepEqual([moved.find((c) => c.value === 40000)?.place?.name, moved.find((c) => c.value === 9000)?.place?.name], ["Gao", "Niger"]);
});

test("prisoners 'freed by' someone are let go; arrivals fleeing fighting in a place are counted where they arrive; people on the brink of famine are a stock", () => {
  const swap = claims("Gunmen let four hostages go in exchange for 60 prisoners freed by the army.");
  assert.equal(swap.find((c) => c.value === 60)?.category, "other");
  const camp = claims("About 2,000 refugees arrived in Chad this week, fleeing heavy fighting in Sudan's Darfur region, bringing the number of arrivals this year to 40,000.", "2024-11-20");
  assert.deepEqual([camp[0]?.place?.name, camp[1]?.place?.name], ["Chad", "Chad"]);
  assert.deepEqual(claims("More than 300,000 people are on the brink of famine.").map((c) => c.category), ["present"]);
});

test("a toll that rose 'from 7 to 11' counts 11, not a range", () => {
  const list = claims("The death toll rose from 7 to 11 overnight, a coast guard official said.");
  assert.deepEqual(list.map((c) => [c.category, c.value, c.qualifier]), [["killed", 11, "exact"]]);
});

test("the finest place of a chain is where it happened; the hurt are not placed in the town of the hospital they were taken to", () => {
  const [mine] = claims("A landmine exploded in Al-Hanitah in Al-Saan countryside in Hama countryside, injuring three shepherds.");
  assert.equal(mine?.place?.name, "Al-Hanitah");
  const list = claims("Gunmen opened fire in Westmoreland on Sunday. Two men were taken to a hospital in Syracuse with wounds to the legs.");
  assert.deepEqual(list.map((c) => c.place?.name), ["Westmoreland"]);
});

test("an arrest told alone in the sentence before is no scene of the killing", () => {
  const list = claims("Police in Aurora said a woman was found shot in her home. Leon Hart was taken into custody Wednesday in Denver. He is accused of killing Ana Ruiz, 31.", "2024-11-20");
  assert.equal(list.find((c) => c.text === "Ana Ruiz")?.place?.name, "Aurora");
});

test("'brought 101 people out of' evacuates them; people who 'left the plant' fled; a country owning the voice does not place the figure", () => {
  const list = claims("Fighting went on in Mariupol. A convoy brought 101 people out of the plant, the UN said. About 100 people had left the plant. Russia's defence ministry said 80 civilians had been evacuated.", "2022-05-02");
  assert.deepEqual(list.map((c) => [c.value, c.category]), [[101, "evacuated"], [100, "fled"], [80, "evacuated"]]);
  assert.equal(list[2]?.place?.name, "Mariupol");
});

test("'the plant' or 'the site' is the named site before it, not the town around it; 'the hospital' is no site", () => {
  const list = claims("Dozens were evacuated from the besieged Ostrivka steelworks in Sievierodonetsk on Sunday. About 300 civilians were still sheltering in the plant, officials said.", "2022-06-20");
  assert.equal(list.find((c) => c.value === 300)?.place?.name, "Ostrivka");
});

test("a toll a clause raises ('raising the number of its members killed since October to more than 500') is found, and keeps its time to itself", () => {
  const list = claims("The group said six of its fighters had been killed in clashes, raising the number of its members killed since March to more than 200.", "2024-10-20");
  assert.deepEqual(list.map((c) => [c.value, c.time?.start ?? null]), [[6, null], [200, "2024-03-01"]]);
});

test("an army's losses are its dead; 'of the population' after a share is no stock of people", () => {
  const list = claims("The army said three soldiers were killed on Tuesday, bringing its losses in the offensive to 212.", "2024-01-09");
  assert.deepEqual(list.map((c) => [c.category, c.value]), [["killed", 3], ["killed", 212]]);
  const [moved] = claims("About 600,000 people - nearly half of the population - have been displaced, the UN said.");
  assert.equal(moved?.category, "fled");
});

test("a toll followed by its breakdown is no list to add up; 'with only 11 of an estimated 151 passengers rescued' rescues the 11; the held whole of those released stays", () => {
  const toll = claims("The provisional toll is 23 dead, 17 soldiers and six volunteers, a source said.");
  assert.deepEqual(toll.map((c) => c.value), [23, 17, 6]);
  const boat = claims("Scores drowned when the boat sank, with only 14 of an estimated 160 passengers rescued so far.");
  assert.deepEqual(boat.filter((c) => c.category === "evacuated").map((c) => c.value), [14]);
  const freed = claims("Only seven of some 50 detainees have been released.");
  assert.deepEqual(freed.map((c) => [c.category, c.value]), [["other", 7], ["detained", 50]]);
});

test("'tens of' people count; 'the dead numbered 45'; groups joined by 'and' after a phrase with no verb share the verb", () => {
  assert.deepEqual(claims("Tens of people were injured in the blast.").map((c) => [c.category, c.low, c.high]), [["wounded", 20, 99]]);
  assert.deepEqual(claims("By nightfall the dead numbered 45.").map((c) => [c.category, c.value]), [["killed", 45]]);
  const list = claims("Nearly 30 members of the militia and more than 12 soldiers of the army were killed.");
  assert.deepEqual(list.map((c) => [c.category, c.value]), [["killed", 30], ["killed", 12]]);
  const apart = claims("Five civilians lost their lives and 12 others sustained injuries.");
  assert.deepEqual(apart.map((c) => [c.category, c.value]), [["killed", 5], ["wounded", 12]]);
});

test("a figure for two countries named together is placed in both, with no single point", () => {
  const [c] = claims("The toll from the floods in Kenya and Somalia rose to 120 on Monday.", "2024-05-15");
  assert.deepEqual(c?.place, { name: "Kenya and Somalia", lat: null, lon: null, precision: null });
});

test("'in the state' is the state a dateline names, however far above; 'the state news agency' points nowhere", () => {
  const list = claims("CULIACAN, Sinaloa — Five men were found shot dead in Navolato on Thursday, state authorities said. Since September 9, at least 1,100 people have been murdered in the state, according to official figures. The state news agency said two more were killed in Navolato.", "2024-12-14");
  assert.deepEqual(list.map((c) => [c.value, c.place?.name]), [[5, "Navolato"], [1100, "Sinaloa"], [2, "Navolato"]]);
});

test("every trigger fragment's first words can be read, so triggers are found by them (not by the whole slow pattern)", () => {
  assert.equal(TRIGGERS_FOUND_BY_FIRST_WORD, true);
});

test("a suspect struck by fire, 'who was pronounced dead', is dead; people listed after the verb are all counted", () => {
  const [struck] = claims("Deputies fired, striking the driver, who was pronounced dead at the scene.");
  assert.deepEqual([struck?.category, struck?.value], ["killed", 1]);
  const [three] = claims("Investigators say the man killed his father, his sister and a neighbour before fleeing.");
  assert.deepEqual([three?.category, three?.value], ["killed", 3]);
});

test("a place another owns ('Jammu and Kashmir's Kupwara district') is the finer one; a US state after a town, and a hospital, are no scene", () => {
  const [k] = claims("Two militants were killed in Jammu and Kashmir's Kupwara district on Saturday, officials said.", "2024-12-14");
  assert.equal(k?.place?.name, "Kupwara");
  const us = claims("GREELEY, Colo. — Shots were fired at a firing range on Sunday. Two men were taken to the hospital in stable condition.", "2024-12-14");
  assert.deepEqual(us.map((c) => c.place?.name), ["Greeley"]);
});

test("voices: a quote opening the next sentence goes on in the quoted speaker's voice; an aside opened by 'run by' is skipped; '(Acled) has recorded'; a site's name glued to 'Police'", () => {
  const quoted = claims("\"We are overwhelmed,\" said Ana Ruiz, head of the clinic. \"On Monday alone we received 23 wounded.\"");
  assert.equal(quoted[0]?.source?.name, "Ana Ruiz");
  const [doctor] = claims("A doctor at the main hospital, run by a charity, said 35 bodies had been brought in.");
  assert.equal(doctor?.source?.name, "A doctor at the main hospital");
  const [tally] = claims("The Armed Conflict Location and Event Data project (Acled) has recorded more than 9,000 deaths.");
  assert.match(tally?.source?.name ?? "", /Armed Conflict Location/);
  const [glued] = claims("Man shot on Main Street | abc7.comPolice say a man was shot twice.");
  assert.equal(glued?.source?.name, "Police");
});

test("a time in a clause about who someone is does not date the figure; a cue's date stays inside its sentence", () => {
  const [c] = claims("Six soldiers were killed in the clash, the militia said, which was formed by local youths in May.", "2024-08-15");
  assert.equal(c?.time ?? null, null);
  const list = claims("\"We lost 12 men,\" he added.\n\nThe president on Saturday, August 10, visited the town.", "2024-08-15");
  assert.equal(list[0]?.said ?? null, null);
});

test("'said a member of the local defence force' is that member, and 'He said' in the next sentence is the same voice", () => {
  const list = claims("Crowds had gathered for a meeting, said a member of the local People's Defence Force who asked not to be named. He said the toll could reach 80.");
  assert.deepEqual([list[0]?.value, list[0]?.source?.name, list[0]?.source?.org], [80, "a member of the local People's Defence Force", "People's Defence Force"]);
});

test("a town the gazetteer lacks, named by its people in the sentence before ('opened fire on residents of Tiboulon'), is the scene", () => {
  const list = claims("PORT-AU-PRINCE, Haiti (Wire) — Gang members killed at least 20 people in a town in central Haiti, officials said.\n\nGunmen opened fire on residents of Tiboulon early Thursday, a spokesman said. At least 16 people were seriously injured, he said.\n\nHaiti's prime minister sent police to the area.", "2024-11-20");
  assert.equal(list.find((c) => c.value === 16)?.place?.name, "Tiboulon");
});

test("arrivals are placed where they crossed into, past the scene the sentence opens with", () => {
  const [c] = claims("In South Kivu, some 3,000 people crossed into Burundi over the past week, the UN refugee agency said.", "2025-01-30");
  assert.deepEqual([c?.category, c?.place?.name], ["arrived", "Burundi"]);
});

test("a body owning a toll gives the figure ('the Gaza health ministry's toll of more than 43,000'); 'the U.N. human rights office' is that office", () => {
  const [toll] = claims("The count is lower than the Sudan health ministry's toll of more than 20,000.");
  assert.equal(toll?.source?.name, "the Sudan health ministry");
  const [verified] = claims("The U.N. human rights office said it had verified the deaths of 8,119 people.");
  assert.equal(verified?.source?.org, "UN Human Rights Office");
});

test("a part told after the whole ('30 people died, 12 of them children') shares its fate; '10 of whom were later released' are let go", () => {
  const died = claims("Officials said 30 people died, 12 of them children.");
  assert.deepEqual(died.map((c) => [c.category, c.value, c.subject]), [["killed", 30, "people"], ["killed", 12, "children"]]);
  const held = claims("Police arrested 27 protesters, 10 of whom were later released.");
  assert.deepEqual(held.map((c) => [c.category, c.value]), [["detained", 27], ["other", 10]]);
});

test("the missing after a toll and its breakdown ('and dozens more were missing') are no part of the dead", () => {
  const list = claims("The committee put the death toll at 61, including women and children, and said dozens more were missing.");
  assert.deepEqual(list.map((c) => [c.category, c.value]), [["killed", 61], ["other", null]]);
});

test("a second verb with no noun of its own counts the same kind ('killed 14 rebels and captured five')", () => {
  const list = claims("The army said it had killed 14 rebels and captured five in the fighting.");
  assert.deepEqual(list.map((c) => [c.category, c.value, c.subject]), [["killed", 14, "fighters"], ["detained", 5, "fighters"]]);
});

test("bodies of militants count militants; a voice inside another's words is the outer voice's ('a resident, X, said she counted')", () => {
  const [c] = claims("A farmer, Amina Yusuf, said she counted seven bodies of militants near the bridge.");
  assert.deepEqual([c?.category, c?.value, c?.subject, c?.source?.name], ["killed", 7, "fighters", "Amina Yusuf"]);
});

test("'the al-Qaida-linked group' is the group named before, not al-Qaida", () => {
  const list = claims("Al-Shabaab gunmen attacked the base on Monday. The al-Qaida-linked group said in a statement that its fighters had killed 30 soldiers.");
  assert.equal(list.find((c) => c.value === 30)?.source?.org, "Al-Shabab");
});

test("a part of a figure told before ('Two of the wounded were in serious condition') is placed and dated as the whole", () => {
  const list = claims("Missiles struck Dnipro overnight, killing five people and wounding 30, the governor said on Saturday. Rescuers worked through the night. Two of the wounded were in serious condition. Officials said drones also hit Sumy and that a man was killed in Sumy.", "2024-03-09");
  const part = list.find((c) => c.text === "Two of the wounded");
  assert.deepEqual([part?.category, part?.place?.name, part?.time?.start], ["wounded", "Dnipro", "2024-03-08"]);
});

test("a tally of years in a report about one state is the country's ('killed since the army seized power in 2021')", () => {
  const list = claims("Myanmar's military carried out airstrikes in Kachin state on Monday, killing 12 people in Kachin. Security forces have killed 4,000 civilians since the army seized power in 2021, a monitoring group said.", "2024-03-09");
  assert.equal(list.find((c) => c.value === 4000)?.place?.name, "Myanmar");
});

test("'a family of seven' counts seven people, whatever verb governs it", () => {
  assert.deepEqual(claims("The strike flattened a house, killing a family of seven.").map((c) => [c.category, c.value, c.text]), [["killed", 7, "a family of seven"]]);
  assert.deepEqual(claims("A shell killed a family of 11 in the camp.").map((c) => [c.category, c.value]), [["killed", 11]]);
});

test("a speaker after the verb may be described by a closing clause ('said the Al-Awda Hospital, which received the bodies')", () => {
  const [c] = claims("A strike hit a school in the camp, killing 14 people, said the Al-Awda Hospital, which received the bodies.");
  assert.equal(c?.source?.name, "Al-Awda Hospital");
});

test("a share of a whole in an aside ('roughly 90% of the population,') is no verb of the people counted", () => {
  const [c] = claims("About 1.2 million people, roughly 80% of the region's population, have been displaced.");
  assert.deepEqual([c?.category, c?.value], ["fled", 1200000]);
});

test("'leaving four attackers dead and one soldier wounded in the town of X' places both in X", () => {
  const list = claims("MAZATLAN, Mexico — Police found two bodies in Mazatlan on Sunday. On Saturday, soldiers clashed with gunmen in the town of Elota, leaving three attackers dead and one soldier wounded, the army said.", "2024-09-25");
  assert.deepEqual(list.filter((c) => c.value !== 2).map((c) => [c.category, c.place?.name]), [["killed", "Elota"], ["wounded", "Elota"]]);
});

test("'killed 14 people, half of them children' counts seven children killed", () => {
  assert.deepEqual(claims("The shelling killed 14 people, half of them children.").map((c) => [c.category, c.value, c.subject]), [["killed", 14, "people"], ["killed", 7, "children"]]);
});

test("a second clause that leaves out the auxiliary ('A toddler was killed and his mother injured') is read", () => {
  assert.deepEqual(claims("A toddler was killed and his mother injured when a shell hit their home.").map((c) => [c.category, c.value, c.text]), [["killed", 1, "A toddler"], ["wounded", 1, "his mother"]]);
  assert.deepEqual(claims("Two men were killed and a third wounded in a shooting on the beach.").map((c) => [c.category, c.value]), [["killed", 2], ["wounded", 1]]);
  // (Not every verb after "and" leaves one out: "The boy was killed and his father arrested" holds no second harm.)
  assert.deepEqual(claims("The boy was killed and his father arrested.").map((c) => c.category), ["killed"]);
});

test("the same people counted another way in brackets ('31,000 people (about 6,200 households)') leave the verb to the first, and count no one more", () => {
  assert.deepEqual(claims("Some 31,000 people (about 6,200 households) have been displaced by the floods.").map((c) => [c.category, c.value]), [["fled", 31000]]);
});

test("people who receive something are no arrivals; people received at a camp are", () => {
  assert.deepEqual(claims("Up to 4,000 people in the district have not received any assistance."), []);
  assert.deepEqual(claims("About 3,000 refugees were received at the transit camp.").map((c) => [c.category, c.value]), [["arrived", 3000]]);
});

test("people who speak with another voice ('three residents and a health official told') are not counted", () => {
  assert.deepEqual(claims("Drone strikes killed at least 20 people in the region, two residents and a health official told reporters.").map((c) => [c.category, c.value]), [["killed", 20]]);
});

test("a place that backs someone ('the U.S.-backed forces') does not place the figure, nor is its stop a sentence's end", () => {
  const list = claims("Drone strikes in northeastern Syria killed six members of the U.S.-backed Syrian Democratic Forces and three civilians on Wednesday.");
  assert.deepEqual(list.map((c) => [c.value, c.category, c.place?.name]), [[6, "killed", "Syria"], [3, "killed", "Syria"]]);
});

test("people told shot, then 'Both were pronounced dead' in the next sentence, are counted among the dead only", () => {
  const cats = (t: string) => claims(t).map((c) => [c.category, c.value]);
  assert.deepEqual(cats("Police found a man and his wife shot inside the home. Both were pronounced dead at the scene."), [["killed", 2]]);
  assert.deepEqual(cats("Officers found Ana Ruiz and her brother with gunshot wounds. Both died at the scene."), [["killed", 2]]);
  // (More hurt than "both" can cover stay counted; so do the hurt of a sentence that counted dead of its own.)
  assert.deepEqual(cats("Four people were shot outside the bar. Both of the gunmen were killed by police."), [["wounded", 4], ["killed", 2]]);
  assert.deepEqual(cats("Three men were wounded in the attack. All three were pronounced dead later."), [["killed", 3]]);
  assert.deepEqual(cats("Five people were wounded in the blast. All three soldiers were killed."), [["wounded", 5], ["killed", 3]]);
});

test("'42 people were shot over the weekend, six of them fatally' counts six dead, and the rest hurt", () => {
  // (The shot count holds the dead: the hurt are the rest, and the record says how that was worked out.)
  const list = claims("At least 30 people were shot across the city over the weekend, five of them fatally.");
  assert.deepEqual(list.map((c) => [c.category, c.value, c.low, c.qualifier]), [["wounded", 25, 25, "min"], ["killed", 5, 5, "exact"]]);
  assert.equal(list[0]?.derived, "At least 30 people shot, five of them dead");
  assert.equal(list[1]?.derived, undefined);
  assert.deepEqual(claims("Three people were stabbed Saturday in Gary, one of whom died.").map((c) => [c.category, c.value]), [["wounded", 2], ["killed", 1]]);
  // ("Five were wounded, two of whom later died": the text counts the hurt itself.)
  assert.deepEqual(claims("Five people were wounded in the attack, two of whom later died.").map((c) => [c.category, c.value]), [["wounded", 5], ["killed", 2]]);
  // (A dead count that is not a part of the shot: "Three people were shot, and a fourth man was found dead" is no share.)
  assert.deepEqual(claims("Three people were shot in Gary on Friday, police said, and one man was found dead nearby.").map((c) => [c.category, c.value]), [["wounded", 3], ["killed", 1]]);
});

test("the wounds of as many people as were found dead say how they died ('all three had suffered stab wounds')", () => {
  assert.deepEqual(claims("Officers found a man and his two sons dead in the house. The chief said all three had suffered stab wounds.").map((c) => [c.category, c.value]), [["killed", 3], ["killed", 1], ["killed", 2]]);
  // (One is too common a number to tell: "one with a gunshot wound" after "one killed" may be another person.)
  assert.deepEqual(claims("One man was killed at the bar. One other man had a gunshot wound.").map((c) => [c.category, c.value]), [["killed", 1], ["wounded", 1]]);
});

test("'four or more people' is at least four; a rule of what is counted ('shootings in which four or more people are shot') is no count", () => {
  assert.deepEqual(claims("Gunmen killed four or more people in the village.").map((c) => [c.value, c.low, c.high, c.qualifier]), [[4, 4, null, "min"]]);
  assert.deepEqual(claims("The archive counts shootings in which four or more people are shot, not including the shooter."), []);
});

test("a figure 'reported earlier by' someone is theirs, and only that figure; 'The WHO said' is the WHO", () => {
  const list = claims("The WHO said it had confirmed 2,950 deaths, far fewer than the 9,000 deaths reported earlier by the Libyan Red Crescent.");
  assert.deepEqual(list.map((c) => [c.value, c.source?.name]), [[2950, "World Health Organization"], [9000, "Libyan Red Crescent"]]);
  const [recorded] = claims("The 43 deaths recorded by the health ministry include 12 children.");
  assert.equal(recorded?.source?.name, "the health ministry");
});

test("'others' after a whole and a part inside it are of the whole ('17 people, including nine civilians, … and 23 others')", () => {
  const subjects = (t: string) => claims(t).map((c) => [c.value, c.subject]);
  assert.deepEqual(subjects("At least 17 people, including nine civilians, were killed and 23 others injured in clashes."), [[17, "people"], [9, "civilians"], [23, "people"]]);
  assert.deepEqual(subjects("At least four civilians, including a child, were killed and three others were injured."), [[4, "civilians"], [1, "children"], [3, "civilians"]]);
  assert.deepEqual(subjects("The group said the dead included seven children and that 40 others were wounded."), [[7, "children"], [40, "people"]]);
});

test("'Four people were wounded and one person died': the death is another subject's, not the wounded's", () => {
  assert.deepEqual(claims("Four people were wounded and one person died.").map((c) => [c.category, c.value]), [["wounded", 4], ["killed", 1]]);
});

test("a figure after a bare 'and' that names its own place is not placed in the place before ('wounded in Kharkiv and one died in Kyiv')", () => {
  const list = claims("Three people were wounded in Kharkiv and one person died in Odesa, authorities said.");
  assert.deepEqual(list.map((c) => [c.value, c.place?.name]), [[3, "Kharkiv"], [1, "Odesa"]]);
});

test("a place that only says where a finer one lies ('Kyiv's Holosiivskyi district') weighs less in what the report is about", () => {
  const list = claims("KYIV, Ukraine — A missile struck an apartment block in the city of Dnipro on Saturday, killing at least 12 people, the governor said. By Sunday the death toll had climbed to 30. A woman was hurt in Kyiv's Holosiivskyi district, officials said.", "2024-10-06");
  assert.equal(list.find((c) => c.value === 30)?.place?.name, "Dnipro");
});

test("a body owned by a possessive speaks, not its owner ('The UN's International Organization for Migration said')", () => {
  const [c] = claims("The UN's International Organization for Migration said at least 30,000 people had fled the city.");
  assert.equal(c?.source?.org, "International Organization for Migration");
});

test("a table row's figure takes its label's category and its Source column's voice", () => {
  const table = "Key figures\n\n| Indicator | Figure | Source |\n|---|---|---|\n| People killed | 40,099 | Ministry of Health |\n| Internally displaced | up to 1.9 million | UNRWA |\n| Trucks entered | 310 | COGAT |\n";
  assert.deepEqual(claims(table).map((c) => [c.category, c.value, c.qualifier, c.source?.name]), [["killed", 40099, "exact", "Ministry of Health"], ["fled", 1900000, "max", "UN Relief and Works Agency"]]);
});

test("a death foretold ('600,000 of them could die without treatment') is no count of the dead; 'may have died' still is", () => {
  assert.deepEqual(claims("The agency warned that 400,000 of them could die without treatment.").map((c) => c.category), ["other"]);
  assert.deepEqual(claims("Up to 100 people may have died in the fire.").map((c) => [c.category, c.hedge]), [["killed", "may"]]);
});

test("a second verb joined by 'but' keeps the speaker after a subordinate opener ('When contacted, X confirmed … but said')", () => {
  const [c] = claims("When contacted, the spokesperson of the state police command, Musa Bello, confirmed the attack but said only nine people were killed.");
  assert.deepEqual([c?.value, c?.source?.name], [9, "Musa Bello"]);
});

test("'went away with over 40 people' abducts them", () => {
  assert.deepEqual(claims("The gunmen also went away with over 40 people, mostly women and children.").map((c) => [c.category, c.value]), [["detained", 40]]);
});

test("a tally of years in a report that never names its country is the country its focus lies in", () => {
  const list = claims("Shelling hit the city of Aleppo on Monday, killing 4 people in Aleppo. Since the uprising began in 2011, more than 300,000 civilians have been killed, the monitor said.", "2024-05-15");
  assert.equal(list.find((c) => c.value === 300000)?.place?.name, "Syria");
});

test("a monk, a councillor: one person who speaks, and 'he said' after them is them", () => {
  const [monk] = claims("About 150 people had been sheltering in the compound since last week, the monk said.");
  assert.equal(monk?.source?.name, "the monk");
  const [bodies] = claims("A local councillor told reporters by telephone that the village was burned. \"We have counted 38 bodies so far,\" he said.");
  assert.equal(bodies?.source?.name, "A local councillor");
});

test("a descriptor of another level of government is not the body named before ('the national emergency agency' after a state agency)", () => {
  const list = claims("At least 30 people died in the floods, the Borno State Emergency Management Agency said. The national emergency agency said floods had killed 269 people across Nigeria this year.");
  assert.equal(list.find((c) => c.value === 269)?.source?.org, null);
  assert.equal(list.find((c) => c.value === 30)?.source?.org, "Borno State Emergency Management Agency");
});

test("the dead are not placed where survivors were brought ashore; a toll's hurt told 'with' it share its place", () => {
  const [boat] = claims("At least 30 migrants died when their boat capsized in the Mediterranean, survivors said after being brought ashore on the island of Lampedusa.");
  assert.equal(boat?.place?.name, "Mediterranean");
  const quake = claims("The death toll from Morocco's earthquake rose to 2,100 on Tuesday, with 2,400 people injured, the ministry said. Hospitals in Marrakech treated 900 people.", "2023-09-13");
  assert.equal(quake.find((c) => c.value === 2400)?.place?.name, "Morocco");
});

test("a figure for countries listed together ('in Mali, Burkina Faso and Niger') is placed in all of them", () => {
  const [c] = claims("Violence has killed thousands of people in Mali, Burkina Faso and Niger since 2012.", "2024-05-15");
  assert.deepEqual([c?.place?.name, c?.place?.lat], ["Mali, Burkina Faso and Niger", null]);
});

test("people who 'crossed the border into' a country arrived there; 'crossed the border' alone fled", () => {
  assert.deepEqual(claims("Nearly 5,000 Rohingya crossed the border into Bangladesh.").map((c) => [c.category, c.place?.name]), [["arrived", "Bangladesh"]]);
  assert.deepEqual(claims("Nearly 5,000 people crossed the border to escape the fighting.").map((c) => c.category), ["fled"]);
});

test("members of an armed group are fighters ('seven members of a pro-Islamic State group'); of a church group, people", () => {
  const subject = (t: string) => claims(t)[0]?.subject;
  assert.equal(subject("Troops killed seven members of a pro-Islamic State group in a clash."), "fighters");
  assert.equal(subject("Police arrested five members of a church youth group."), "people");
});

test("parts listed inside a whole ('including 50 children and 94 women') lend neither their noun nor their clause to the figure after", () => {
  const list = claims("Strikes on the Bekaa Valley killed 558 people, including 50 children and 94 women, and wounded 1,835 on Monday, the ministry said.");
  const hurt = list.find((c) => c.value === 1835);
  assert.deepEqual([hurt?.category, hurt?.subject, hurt?.place?.name], ["wounded", "people", "Bekaa Valley"]);
});

test("people who fled a part of a country are placed in the country, not in the city they fled to", () => {
  const list = claims("BEIRUT — Strikes hit the south on Monday. Tens of thousands of people fled southern Lebanon, clogging the highway north to Beirut. Schools in Beirut became shelters.", "2024-09-24");
  assert.equal(list.find((c) => c.category === "fled")?.place?.name, "Lebanon");
});

test("'the toll could be as high as 400' is at most 400 killed, hedged; a present perfect after many is not dated by the sentence before", () => {
  const [toll] = claims("A U.N. source said the toll could be as high as 400.");
  assert.deepEqual([toll?.category, toll?.value, toll?.qualifier, toll?.hedge], ["killed", 400, "max", "could"]);
  const list = claims("The military seized power in 2022, promising to restore security. Nearly two million people have been displaced by the conflict.", "2024-08-27");
  assert.equal(list.find((c) => c.value === 2000000)?.time, null);
});

test("who a bare count is may be said by the verb after it ('Of the 30 killed, 12 were children')", () => {
  assert.deepEqual(claims("Of the 30 killed, 12 were children.").map((c) => [c.value, c.subject]), [[30, "people"], [12, "children"]]);
});

test("a part of a whole in digits ('4 of 6 victims died', '11 of 151 passengers were rescued') takes the verb, as with 'of the'", () => {
  assert.deepEqual(claims("Police said 4 of 6 victims died.").map((c) => [c.category, c.value]), [["killed", 4]]);
  assert.deepEqual(claims("Only 11 of 151 passengers were rescued.").map((c) => [c.category, c.value]), [["evacuated", 11]]);
  assert.deepEqual(claims("Four of the six victims died.").map((c) => [c.category, c.value]), [["killed", 4]]);
});

test("a dateline city in the corner of the country named ('IDLIB, Syria — … northwest Syria') is the finer place", () => {
  const [c] = claims("IDLIB, Syria (Wire) - Air strikes on rebel-held northwest Syria killed at least 11 civilians on Monday, rescue workers said.", "2024-10-14");
  assert.equal(c?.place?.name, "Idlib");
});

test("South Asian armies' words for deaths count: 'embraced shahadat', 'laid down his life', 'were sent to hell', 'eliminated'", () => {
  const list = claims("During the exchange of fire, six terrorists were sent to hell. However, Sepoy Imran Khan, 24, a resident of Karak district, having fought gallantly, embraced shahadat.");
  assert.deepEqual(list.map((c) => [c.category, c.value, c.text]), [["killed", 6, "six terrorists"], ["killed", 1, "Sepoy Imran Khan"]]);
  assert.deepEqual(claims("Naik Ali Raza laid down his life.").map((c) => [c.category, c.value]), [["killed", 1]]);
  assert.deepEqual(claims("Two terrorists have been eliminated so far.").map((c) => [c.category, c.value]), [["killed", 2]]);
});

test("asides in a row before the verb are stepped over, but not one that names a second person", () => {
  assert.equal(claims("Imran Khan, 24, a resident of Karak district, died.")[0]?.text, "Imran Khan");
  const [shot] = claims("Breon Taylor, a girl from Compton and Dennis Moses, a youth from Long Beach, were shot.");
  assert.notEqual(shot?.text, "Breon Taylor");
});

test("a part inside 'including …,' keeps the whole's verb when the next clause ('and others wounded') has its own", () => {
  const list = claims("ISIS cells targeted a vehicle, leaving 11 of them dead, including two officers, and others wounded.");
  assert.deepEqual(list.map((c) => [c.category, c.value]), [["killed", 11], ["killed", 2]]);
  const soldiers = claims("Eleven soldiers were killed, including two officers, and 20 were wounded.");
  assert.deepEqual(soldiers.map((c) => [c.category, c.value, c.subject]), [["killed", 11, "troops"], ["killed", 2, "troops"], ["wounded", 20, "troops"]]);
});

test("members of regime forces are troops; members of militias (plural) are fighters", () => {
  assert.equal(claims("SOHR documented the deaths of 11 members of regime forces on Wednesday.")[0]?.subject, "troops");
  assert.equal(claims("The toll has risen to 146, including 12 members of Iranian-backed militias.").find((c) => c.value === 12)?.subject, "fighters");
});

test("a quote of two sentences is said by the speaker after it, past his title ('…,\" Inspector General of Police (Kashmir) V K Birdi told reporters')", () => {
  const [c] = claims('"Two terrorists have been eliminated so far. Their identification is being ascertained," Inspector General of Police (Kashmir) V K Birdi told reporters.');
  assert.equal(c?.source?.name, "V K Birdi");
});

test("'put the death toll higher, at more than 300' is a toll given by whoever puts it; a quoted toll is not the voice of a later clause", () => {
  const [higher] = claims("Local activists put the death toll higher, at more than 300, saying many bodies remained in the streets.");
  assert.deepEqual([higher?.category, higher?.value, higher?.source?.name], ["killed", 300, "Local activists"]);
  const list = claims('One security source put the number killed at "at least 200", while a resident who helped collect bodies said he had counted more than 150 bodies.');
  assert.deepEqual(list.map((c) => [c.value, c.source?.name]), [[200, "One security source"], [150, "a resident"]]);
});

test("a war 'which began in April 2023' has killed people from then until publication; Ukraine's General Staff is an organisation", () => {
  const [toll] = claims("Sudan's war, which began in April 2023, has killed tens of thousands of people, according to the U.N.", "2025-04-14");
  assert.deepEqual([toll?.time?.start, toll?.time?.end], ["2023-04-01", "2025-04-14"]);
  const [lost] = claims("Ukraine's General Staff said Russia had lost 1,230 troops over the past 24 hours.", "2024-11-03");
  assert.equal(lost?.source?.name, "General Staff (Ukraine)");
});

test("what a war 'has killed' since it broke out in a month runs from then until publication", () => {
  const [toll] = claims("War broke out in April 2023 between the army and the RSF, and has killed tens of thousands of people in Sudan.", "2024-10-31");
  assert.deepEqual([toll?.time?.start, toll?.time?.end], ["2023-04-01", "2024-10-31"]);
});

test("a toll in a place 'where' a campaign began on a day runs from that day until publication", () => {
  const [toll] = claims("More than 200 people have been killed in northern Gaza, where Israel launched an offensive in early October, the civil defence said.", "2024-11-20");
  assert.deepEqual([toll?.time?.start, toll?.time?.end], ["2024-10-01", "2024-11-20"]);
  const [since] = claims("At least 1,000 people have died since the army launched a major offensive against the rebels in March, the UN said.", "2024-11-20");
  assert.deepEqual([since?.time?.start, since?.time?.end], ["2024-03-01", "2024-11-20"]);
});

test("'kill 32 including 12 at school shelter': a bare whole before 'including' counts, and a part in a shelter takes the whole's verb", () => {
  assert.deepEqual(claims("Gaza strikes kill 32 including 12 at school shelter, civil defence says").map((c) => [c.category, c.value]), [["killed", 32], ["killed", 12]]);
  const list = claims("Israeli strikes killed at least 32 Palestinians overnight, including 12 people in a school sheltering displaced families in Gaza City, the civil defence said.");
  assert.deepEqual(list.map((c) => [c.category, c.value]), [["killed", 32], ["killed", 12]]);
});

test("a speaker set off by ', however,' still speaks; 'according to him' points back to the last speaker", () => {
  assert.equal(claims("Residents, however, told our correspondent that the death toll had risen to 11.")[0]?.source?.name, "Residents");
  assert.equal(claims("The army, meanwhile, has said 40 militants were killed.")[0]?.source?.name, "The army");
  const [hurt] = claims("Police spokesman John Musa confirmed the attack on Wednesday. According to him, three other persons sustained gunshot injuries.");
  assert.equal(hurt?.source?.name, "John Musa");
});

test("'Three of the wounded later died' is a part of the wounded; a voice in a 'where' clause after a figure does not give it", () => {
  const list = claims("Bombs killed eight people in Jabalia on Monday. Three of the wounded later died in hospital.");
  assert.equal(list.find((c) => c.value === 3)?.time, null);
  const [evacuated] = claims("Some 1,200 civilians were evacuated by trucks, and about 500 reached the al-Hol camp overnight, where aid groups said conditions were dire.");
  assert.equal(evacuated?.source, null);
});

test("the wounded a hospital received stay wounded when some of them died ('55 injured people, eight of whom died'); 'he' is the health worker who spoke", () => {
  const list = claims('The strikes hit the town of Bure, the health worker at Bure hospital said. "We received 55 injured people, eight of whom died later," he said.');
  assert.deepEqual(list.map((c) => [c.category, c.value, c.source?.name]), [["wounded", 55, "the health worker at Bure hospital"], ["killed", 8, "the health worker at Bure hospital"]]);
  assert.deepEqual(claims("MSF reported receiving 160 wounded since 10 May, of whom 31 died.").map((c) => [c.category, c.value]), [["wounded", 160], ["killed", 31]]);
});

test("'87 people were killed or missing' counts no dead by itself; 'the ministry's overall toll rose to' names who gives the toll", () => {
  assert.equal(claims("OCHA said 87 people were killed or missing after the weekend strikes.")[0]?.category, "other");
  assert.equal(claims("The Gaza Health Ministry's overall toll rose to 42,603 killed.")[0]?.source?.name, "Gaza Health Ministry");
});

test("people buried alive are counted dead; a quote left unclosed does not carry its speaker into the next speaker's quote", () => {
  assert.deepEqual(claims("More than 2,000 people were buried alive in a landslide on Friday, the National Disaster Centre said.").map((c) => [c.category, c.value]), [["killed", 2000]]);
  const list = claims("SCD also added that “the mother is in intensive care.\nSyrian Network for Human Rights reported “a girl was killed, while six other civilians were injured in Mentef.”");
  assert.deepEqual(list.map((c) => c.source?.name), ["Syrian Network for Human Rights", "Syrian Network for Human Rights"]);
});

test("'one of them said' is one of the voices heard last; a river named like a country ('the Niger river') is not that country", () => {
  const [bodies] = claims('Local officials, who spoke on condition of anonymity, gave a higher toll. "More than 60 bodies have been taken out of the water," one of them said.');
  assert.equal(bodies?.source?.name, "Local officials");
  const [boat] = claims("BAMAKO (AFP) - Jihadists attacked a passenger boat on the Niger river near Gao on Thursday, killing 49 civilians.");
  assert.equal(boat?.place?.name, "Gao");
});

test("'All were killed' counts no one by itself (where 'Both' is two); 'was killed … by shooting him' is one death, not a death and a wound", () => {
  assert.deepEqual(claims("All were killed in attacks, bombings and ambushes by the Islamic State."), []);
  assert.deepEqual(claims("Both were killed in the attack.").map((c) => c.value), [2]);
  const list = claims("SOHR monitored a new assassination in Daraa, in which a former fighter was killed, who had joined the regime’s Military Security, by shooting him by unknown gunmen.");
  assert.deepEqual(list.map((c) => [c.category, c.value]), [["killed", 1]]);
});

test("'A man died Friday after he was shot' is one death, no wound; 'he was shot in the leg' alone is a wound", () => {
  assert.deepEqual(claims("A man died Friday after he was shot inside a barber shop, authorities say.").map((c) => [c.category, c.value]), [["killed", 1]]);
  assert.deepEqual(claims("Unidentified gunmen assassinated a settled-status member, who had joined the regime forces, by shooting him in Al-Muzayrip.").map((c) => c.category), ["killed"]);
  assert.deepEqual(claims("Police said he was shot in the leg.").map((c) => c.category), ["wounded"]);
});

test("headlines in sentence case and with an adverb ('Young person hurt when …', 'Victim seriously injured in …'); not 'Neither officer was injured' nor an active 'Woman accidentally shot her husband'", () => {
  assert.deepEqual(claims("Young person hurt when bullet flies through wall into home in Newark").map((c) => [c.category, c.text]), [["wounded", "Young person"]]);
  assert.deepEqual(claims("Victim seriously injured in Wilmington shooting").map((c) => [c.category, c.text]), [["wounded", "Victim"]]);
  assert.deepEqual(claims("Neither officer was injured."), []);
  assert.ok(!claims("Woman accidentally shot soldier husband who tried to surprise her").some((c) => c.text === "Woman"));
  assert.equal(claims("Michael Monserrate, 18, of the Bronx, who is still hospitalized with non life-threatening injuries, has been charged.")[0]?.category, "wounded");
});

test("'a young mother of three is dead' is one death, not three; 'Bond Hill mother dies' is a headline's victim after a place", () => {
  assert.deepEqual(claims("A young mother of three is dead following a shooting in Bond Hill.").map((c) => [c.category, c.value, c.text]), [["killed", 1, "A young mother"]]);
  assert.deepEqual(claims("Bond Hill mother dies 9 days after shooting").map((c) => [c.category, c.value, c.text]), [["killed", 1, "mother"]]);
  assert.deepEqual(claims("The mother of three children who were killed spoke.").map((c) => [c.category, c.value]), [["killed", 3]]);
});

test("'…, bringing the total to 600,000' is a running total of the people just counted", () => {
  assert.deepEqual(claims("A further 12,000 people crossed into Chad last week, bringing the total to 600,000.").map((c) => [c.category, c.value]), [["arrived", 12000], ["arrived", 600000]]);
  assert.deepEqual(claims("Troops arrested 40 more suspects, raising the total number of detainees to 310.").map((c) => [c.category, c.value]), [["detained", 40], ["detained", 310]]);
});

test("a figure in a 'where' clause is not given by the main clause's voice, unless that voice closes the sentence", () => {
  assert.equal(claims("In Gaza, where more than 40,000 people have been killed, aid groups warned of famine.")[0]?.source, null);
  assert.equal(claims("In Gaza, where more than 40,000 people have been killed, the war goes on, aid groups said.")[0]?.source?.name, "aid groups");
});

test("people who 'crossed from Sudan into Chad' arrived in Chad; into 'India's Mizoram state', in Mizoram", () => {
  const [chad] = claims("Since April 15, over 600,000 refugees have crossed from Sudan into Chad, UNHCR said.");
  assert.deepEqual([chad?.category, chad?.place?.name], ["arrived", "Chad"]);
  const [mizoram] = claims("About 3,000 people crossed from Myanmar into India's Mizoram state last week.");
  assert.equal(mizoram?.place?.name, "Mizoram");
});

test("people left homeless are displaced, beside the dead of the same verb ('left 12 dead and about 30,000 homeless')", () => {
  assert.deepEqual(claims("The storm left 12 dead and about 30,000 homeless.").map((c) => [c.category, c.value]), [["killed", 12], ["fled", 30000]]);
  assert.deepEqual(claims("The quake left 3,000 people homeless.").map((c) => [c.category, c.value]), [["fled", 3000]]);
});

test("where people came from is not where they died when another place follows the verb; a town a village is near is a landmark", () => {
  assert.equal(claims("Twelve people from Aleppo drowned off the coast of Lesbos.")[0]?.place?.name, "Lesbos");
  assert.equal(claims("Three soldiers from the Mosul garrison were killed in Anbar.")[0]?.place?.name, "Anbar");
  assert.equal(claims("Two children from Um Huwaish village in the western countryside of Tel Abyad were killed.")[0]?.place?.name, "Um Huwaish");
  assert.equal(claims("A drone strike on a wedding in the village of Tal Shihab, near Daraa, killed 12 people.")[0]?.place?.name, "Tal Shihab");
});

test("a state named as a word describing something ('a north Indiana shooting range') is no scene before the town the report names", () => {
  const list = claims("LA PORTE, Ind. — A 12-year-old boy was taken to the hospital with minor injuries following a handgun accident at a north Indiana shooting range. The boy was shooting at a range in La Porte.", "2015-12-26");
  assert.equal(list[0]?.place?.name, "La Porte");
});

test("'Man shot and killed in Frankford' counts a man killed", () => {
  assert.deepEqual(claims("Man shot and killed in Frankford | 6abc.com").map((c) => [c.category, c.value, c.text]), [["killed", 1, "Man"]]);
});

test("a voice after the figure that goes on to say something of its own ('army says it neutralised 100') does not voice the figure", () => {
  const list = claims("Dozens of civilians killed in central Mali, army says it neutralised 100 terrorists", "2026-03-10");
  assert.deepEqual(list.map((c) => [c.text, c.source?.name ?? null]), [["Dozens of civilians", null], ["100 terrorists", "army"]]);
  assert.equal(claims("Thousands flee as M23 claims capture of Walikale", "2026-03-04")[0]?.source, null);
  // (A voice that closes the clause does: "…, army says".)
  assert.equal(claims("Dozens of civilians killed in central Mali, army says", "2026-03-10")[0]?.source?.name, "army");
});

test("survivors 'brought ashore' were moved out by rescuers; 'survivors say many children on board' does not voice the toll before it", () => {
  assert.deepEqual(claims("The Libyan Red Crescent said 25 survivors had been brought ashore.").map((c) => [c.category, c.value]), [["evacuated", 25]]);
  assert.equal(claims("Libya shipwreck toll rises to 73, survivors say many children on board")[0]?.source, null);
  assert.equal(claims("Five people were killed, officials said on Monday.")[0]?.source?.name, "officials");
});

test("people 'believed to be under the rubble' are a stock of the trapped, not the wounded named before them", () => {
  const list = claims("The minister said 66 people had been wounded, and that rescuers were still searching for 23 people believed to be under the rubble.");
  assert.deepEqual(list.map((c) => [c.category, c.value]), [["wounded", 66], ["present", 23]]);
});

test("'entered' counts arrivals in a country or a camp, not suspects who entered a store; a shot heard is no one shot", () => {
  assert.deepEqual(claims("More than 5,000 refugees entered Uganda last week.").map((c) => c.category), ["arrived"]);
  assert.deepEqual(claims("Two male suspects entered the Verizon store armed with a firearm."), []);
  assert.deepEqual(claims("And, all of a sudden we heard one more single shot and that was it."), []);
});

test("armies' tallies of the other side: 'lost up to 545 servicemen', 'liquidated 40 militants', 'the enemy's losses amounted to 1,100 personnel'", () => {
  assert.deepEqual(claims("The Ukrainian army lost up to 545 servicemen over the past day, the Russian Defence Ministry said.").map((c) => [c.category, c.value, c.qualifier]), [["killed", 545, "max"]]);
  assert.deepEqual(claims("Russian forces liquidated 40 Ukrainian militants near Kupiansk.").map((c) => [c.category, c.value]), [["killed", 40]]);
  assert.deepEqual(claims("The enemy's losses amounted to 1,100 personnel.").map((c) => [c.category, c.value]), [["killed", 1100]]);
});

test("a toll foretold to go beyond ('could exceed 100') is at least that many, hedged; 'reported to have been killed' is hedged", () => {
  const [toll] = claims("Residents fear the toll could exceed 100.");
  assert.deepEqual([toll?.category, toll?.value, toll?.qualifier, toll?.hedge], ["killed", 100, "min", "could"]);
  assert.equal(claims("At least 20 people are reported to have been killed.")[0]?.hedge, "reported to have");
});

test("fact-box lines: a dash for the colon, words after the label's keyword, a source in brackets after the figure", () => {
  const cat = (t: string) => claims(t, "2024-06-05").map((c) => [c.category, c.value]);
  assert.deepEqual(cat("Killed – 1,139; Injured – 8,730; Hostages – 240."), [["killed", 1139], ["wounded", 8730], ["detained", 240]]);
  assert.deepEqual(cat("Killed - 1,139"), [["killed", 1139]]);
  assert.deepEqual(cat("Deaths in past 24 hours: 12\nPeople in shelters: 1,418\nTrapped underground: 29 miners\nRescued so far: 11"), [["killed", 12], ["present", 1418], ["present", 29], ["evacuated", 11]]);
  assert.deepEqual(claims("Deaths: 2,946 (Interior Ministry)", "2024-06-05").map((c) => [c.category, c.value, c.source?.name ?? null]), [["killed", 2946, "Interior Ministry"]]);
  // (A colon after a voice is no label: "The minister said: 12 people were found" counts no one.)
  assert.deepEqual(cat("The minister said: 12 people were found."), []);
});

test("a box's or bulleted list's heading '(as of 16 March)' dates the lines under it; arrivals labelled; followers, pilgrims lost, people forced into evacuation centres, treated at a burns unit; 'has just confirmed'", () => {
  const dated = (t: string) => claims(t, "2023-08-15").map((c) => [c.category, c.value, c.time?.start ?? null]);
  assert.deepEqual(dated("Key figures (as of Aug. 14)\nConfirmed deaths: 99"), [["killed", 99, "2023-08-14"]]);
  assert.deepEqual(dated("Situation report No. 14, Malawi (as of 16 March)\n• 447 people killed in Southern Region\n• 12,000 displaced"), [["killed", 447, "2023-03-16"], ["fled", 12000, "2023-03-16"]]);
  // (A heading that is neither "as of" nor a caption ending in a colon dates nothing.)
  assert.deepEqual(dated("The floods of 2021 were the worst\n• 447 people killed in Southern Region"), [["killed", 447, null]]);
  const cat = (t: string) => claims(t, "2024-07-21").map((c) => [c.category, c.value]);
  assert.deepEqual(cat("Arrivals: 1,084"), [["arrived", 1084]]);
  assert.deepEqual(cat("47 followers of the church died of starvation."), [["killed", 47]]);
  assert.deepEqual(cat("Egypt has lost 323 pilgrims."), [["killed", 323]]);
  assert.deepEqual(cat("The storm forced 56,000 people into evacuation centres."), [["evacuated", 56000]]);
  assert.deepEqual(cat("Sixteen people were treated at a burns unit."), [["wounded", 16]]);
  assert.equal(claims("The interior ministry has just confirmed 2 deaths.")[0]?.source?.name, "The interior ministry");
});

test("voices: 'concluded that', 'found that', 'put its losses at'; ', and officials say'; 'the same source'; 'a researcher at Human Rights Watch'", () => {
  const voice = (t: string) => claims(t, "2021-02-26").map((c) => [c.value, c.source?.name ?? null, c.source?.org ?? null]);
  assert.deepEqual(voice("Amnesty International concluded that soldiers killed 200 residents of Axum."), [[200, "Amnesty International", "Amnesty International"]]);
  assert.deepEqual(voice("Soldiers killed 200 residents of Axum, Amnesty International concluded."), [[200, "Amnesty International", "Amnesty International"]]);
  assert.deepEqual(voice("In a statement on Friday, the army put its losses at five dead.").map((v) => v[1]), ["the army"]);
  assert.deepEqual(voice("A dam burst in Derna, and officials say at least 5,300 people are dead.").map((v) => v[1]), ["officials"]);
  assert.deepEqual(voice("Nine soldiers were killed, a military official said. Eight soldiers were wounded, according to the same source.").map((v) => v[1]), ["a military official", "a military official"]);
  assert.deepEqual(voice("At least 20 civilians were killed in Kumbo, according to a researcher at Human Rights Watch."), [[20, "a researcher at Human Rights Watch", "Human Rights Watch"]]);
  assert.deepEqual(voice("Morocco's interior ministry's latest figures put the toll at 820 dead."), [[820, "Morocco's interior ministry", "Interior Ministry (Morocco)"]]);
  assert.deepEqual(voice("Nearly 200 fighters have been killed near Marib, pro-government military sources said. At least 34 troops also died, the sources told AFP.").map((v) => v[1]), ["pro-government military sources", "pro-government military sources"]);
});

test("voices' bodies: 'said X, a spokesman for the Nigerian army'; the health ministry of the state struck, not of the striker's adjective", () => {
  const org = (t: string) => claims(t, "2024-10-09").map((c) => c.source?.org ?? null);
  assert.deepEqual(org("387 fighters surrendered in Bama, said Musa Danmadami, a spokesman for the Nigerian army."), ["Army (Nigeria)"]);
  assert.deepEqual(org("At least 12 people died in the floods, said John Mwangi, an official of the Kenyan interior ministry."), ["Interior Ministry (Kenya)"]);
  assert.deepEqual(org("An Israeli strike on the Lebanese city of Nabatieh killed 10 people, the health ministry said."), ["Health Ministry (Lebanon)"]);
});

test("a sitrep label with a bracketed note before its colon ('Fatalities (cumulative): 1,203') counts", () => {
  assert.deepEqual(claims("Fatalities (cumulative): 1,203").map((c) => [c.category, c.value]), [["killed", 1203]]);
});

test("eastern Congo's territories and towns are placed: 'In Djugu territory in Ituri' is Djugu; '1.1 million in Rutshuru and Nyiragongo territories'", () => {
  assert.equal(claims("In Djugu territory in Ituri, at least 23 people were killed.", "2024-02-14")[0]?.place?.name, "Djugu");
  assert.equal(claims("Partners estimate that 1.1 million people are displaced in Rutshuru and Nyiragongo territories.", "2024-02-14")[0]?.place?.name, "Rutshuru");
});

test("people displaced around a town who fled towards another are counted where they were displaced", () => {
  const [displaced] = claims("Since 1 February, clashes around Sake, about 25 km west of Goma, have displaced more than 135,000 people, most of whom have fled towards Goma and Minova.", "2024-02-14");
  assert.equal(displaced?.place?.name, "Sake");
});

test("a speaker described by a relative clause with a date ('The Alliance, which launched an offensive on Oct. 27, said') still speaks, and the date is not the figure's; 'while losing 14 soldiers'", () => {
  const [surrendered] = claims("The Three Brotherhood Alliance, which launched an offensive on Oct. 27, said that more than 300 soldiers had surrendered.", "2023-11-10");
  assert.deepEqual([surrendered?.source?.name, surrendered?.time], ["Three Brotherhood Alliance", null]);
  assert.deepEqual(claims("Troops killed 95 members of terrorist groups, while losing 14 soldiers of its own.").map((c) => [c.category, c.value]), [["killed", 95], ["killed", 14]]);
});

test("a Markdown table's rows are dated by the caption above the table ('Key figures (as of 20 August 2024):')", () => {
  const text = "# Flash update\n\nKey figures (as of 20 August 2024):\n\n| Figure | Number | Source |\n|---|---|---|\n| People killed | 1,230 | Ministry of Health |\n| People displaced | 96,000 | IOM DTM |\n";
  assert.deepEqual(claims(text, "2024-08-22").map((c) => [c.value, c.time?.end]), [[1230, "2024-08-20"], [96000, "2024-08-20"]]);
});

test("a time inside what was said is no date of the saying ('say that a civilian was killed today'); a time past 'after' is another clause's", () => {
  assert.equal(claims("SOHR sources say that a civilian was killed today of his injuries.", "2021-01-24")[0]?.source?.name, "Syrian Observatory for Human Rights");
  assert.deepEqual(claims("Police said three people were injured on Friday when a bomb exploded.", "2025-03-08").map((c) => [c.source?.name, c.time?.end]), [["Police", "2025-03-07"]]);
  assert.equal(claims("The spokesman said heavy clashes were underway on Tuesday, after hundreds fled the battle zone during the night.", "2019-02-12")[0]?.time?.text, "during the night");
});

test("people carried out of a besieged town or helped to leave were evacuated; people who took refuge somewhere fled", () => {
  assert.deepEqual(claims("Buses carried 1,200 people out of the besieged town on Sunday.").map((c) => c.category), ["evacuated"]);
  assert.deepEqual(claims("The UN helped 600 people leave the city.").map((c) => c.category), ["evacuated"]);
  assert.deepEqual(claims("Some 4,000 people have taken refuge in churches and schools.").map((c) => c.category), ["fled"]);
});

test("another number starts another figure ('two clans left seven dead'), but not in 'one of two people'", () => {
  assert.deepEqual(claims("Clashes between two clans left seven dead and 15 injured in Galkayo, elders said.").map((c) => [c.category, c.value]), [["killed", 7], ["wounded", 15]]);
  // (The whole is read as a figure of its own; the one among them is no count of its own.)
  assert.deepEqual(claims("The woman was one of two people killed by police in the shooting.").map((c) => [c.category, c.value]), [["killed", 2]]);
});

test("the displacement of households with the people in brackets: both are displaced; a boat carrying people that lands brings arrivals", () => {
  assert.deepEqual(claims("Field teams tracked the displacement of an estimated 1,140 households (5,700 individuals) from three villages.").map((c) => [c.category, c.value, c.subject]), [["fled", 1140, "households"], ["fled", 5700, "people"]]);
  assert.deepEqual(claims("A fishing boat carrying about 140 refugees landed on a beach in the province on Sunday.").map((c) => [c.category, c.value]), [["arrived", 140]]);
  // (A boat that sinks does not bring anyone: the people on board stay a stock.)
  assert.deepEqual(claims("A boat carrying 45 migrants capsized off the island.").map((c) => c.category), ["present"]);
});

test("'bringing to 41 the number of militants who have yielded' is a running total of what the clause before tells", () => {
  assert.deepEqual(claims("Four rebels surrendered to troops on Monday, bringing to 41 the number of rebels who have yielded there since January.").map((c) => [c.category, c.value]), [["surrendered", 4], ["surrendered", 41]]);
});

test("arrivals are not placed in the country they came from ('entered the country from Ukraine')", () => {
  const text = "WARSAW — Border guards said 9,300 people crossed into Poland on Monday. Officials said 8,100 people entered the country from Ukraine on Tuesday alone.";
  assert.deepEqual(claims(text, "2022-03-09").map((c) => c.place?.name), ["Poland", "Poland"]);
});

test("a participle standing for people counts the kind named before it; a bare part counts the nearest figure's kind", () => {
  assert.deepEqual(claims("At least 14 children were killed in the shelling and 30 injured, the agency said.").map((c) => c.subject), ["children", "children"]);
  assert.deepEqual(claims("Two rebels were killed, three wounded and six others captured, the army said.").map((c) => c.subject), ["fighters", "fighters", "fighters"]);
  // (Not the speaker's kind past another figure: the five are of the 23 people, not doctors.)
  assert.deepEqual(claims("A doctor said the hospital had received 23 wounded people, five of them in critical condition.").map((c) => c.subject), ["people", "people"]);
});

test("troops a force has somewhere are present; people counted with words of their own kind ('dozens of apostates', 'Houthis', 'hikers')", () => {
  assert.deepEqual(claims("The mission, which has about 12,000 troops in the country, condemned the attack.").map((c) => [c.category, c.value, c.subject]), [["present", 12000, "troops"]]);
  assert.deepEqual(claims("He said he had two soldiers with him.").length, 0);
  assert.deepEqual(claims("The group said its fighters had killed dozens of apostates.").map((c) => [c.category, c.subject]), [["killed", "people"]]);
  assert.deepEqual(claims("Air strikes killed 19 Houthis near the city.").map((c) => c.subject), ["fighters"]);
  assert.deepEqual(claims("Three hikers died in the avalanche.").map((c) => [c.category, c.value]), [["killed", 3]]);
});

test("'the civil defence agency' is the Civil Defence named before, not a UN agency named after; 'or roughly nine in ten of Gaza's population' is an aside; '44 in nearby Nondin' is killed too", () => {
  const list = claims("Gaza's Civil Defence said 17 people were killed in the strike. The toll has risen to 23, the civil defence agency says. The UN agency for Palestinian refugees, UNRWA, says the camp is full.");
  assert.deepEqual(list.map((c) => c.source?.name), ["Civil Defence (Palestinian Territories)", "Civil Defence (Palestinian Territories)"]);
  assert.deepEqual(claims("About 1.9 million people, or roughly nine in ten of Gaza's population, have been displaced.").map((c) => c.category), ["fled"]);
  assert.deepEqual(claims("Soldiers killed 179 people in Soro and 44 in nearby Nondin, the group said.").map((c) => [c.category, c.value, c.place?.name]), [["killed", 179, "Soro"], ["killed", 44, "Nondin"]]);
});

test("a toll 'put at' a figure ('with the death toll put at between 70 and 115 depending on the source', 'was put at 115 by a local official')", () => {
  assert.deepEqual(claims("Gangs killed scores of people in the town, with the death toll put at between 70 and 115 depending on the source.").map((c) => [c.category, c.low, c.high]), [["killed", 40, 99], ["killed", 70, 115]]);
  assert.deepEqual(claims("The death toll was put at 115 by a local official.").map((c) => [c.category, c.value]), [["killed", 115]]);
});

test("a tally compiled by an agency from other sources is the agency's; people who fled their homes, many to a nearby city, fled the town named before", () => {
  assert.equal(claims("A tally compiled by AFP from health ministry and hospital sources puts the number of wounded at more than a hundred.")[0]?.source?.name, "Agence France-Presse");
  const text = "Gangs attacked the town of Pont-Sonde on Thursday. The UN said at least 3,000 residents had fled their homes, many of them to the nearby city of Saint-Marc.";
  assert.equal(claims(text, "2024-10-05")[0]?.place?.name, "Pont-Sonde");
});

test("'On the Israeli side' sets the country of the dead, not the place 'attacks from Lebanon' came from; a town of that side is finer", () => {
  const text = "Israeli strikes on southern Lebanon have killed nearly 500 people since Oct. 8. On the Israeli side, 18 soldiers have been killed in attacks from Lebanon, the military says.";
  assert.deepEqual(claims(text, "2024-03-09").map((c) => c.place?.name), ["Lebanon", "Israel"]);
  assert.equal(claims("On the Russian side, 12 civilians were killed in Belgorod.")[0]?.place?.name, "Belgorod");
});

test("'It was not possible to independently verify the figures' in the next sentence hedges the figures before it", () => {
  assert.equal(claims("The monitor said 30 people were killed. It was not possible to independently verify the figures.")[0]?.hedge, "not possible to independently verify");
  assert.equal(claims("The monitor said 30 people were killed. AFP was unable to confirm the toll.")[0]?.hedge, "unable to confirm");
});

test("'hundreds may have died' (the modal is no month) is a hedged toll; a boat 'carrying between 400 and 750 people'; 'convicted of murdering 61 civilians'", () => {
  assert.deepEqual(claims("Survivors raised fears that hundreds may have died.").map((c) => [c.category, c.low, c.high, c.hedge]), [["killed", 200, 999, "may"]]);
  assert.deepEqual(claims("The boat had been carrying between 400 and 750 people.").map((c) => [c.category, c.low, c.high]), [["present", 400, 750]]);
  assert.deepEqual(claims("He was convicted of murdering 61 civilians in a 2004 attack, and has been transferred to Norway.").map((c) => [c.category, c.value]), [["killed", 61]]);
});

test("an 'according to' closing the sentence speaks for a figure that opens its own clause after ', and'", () => {
  const list = claims("The UN said more than 1.5 million people had been displaced, and at least 3,000 civilians had been killed, according to the Assistance Association for Political Prisoners.");
  assert.deepEqual(list.map((c) => c.source?.name), ["United Nations", "Assistance Association for Political Prisoners"]);
});

test("'since the coup' is dated by the coup the report dated before; 'the deadliest attack since 2021' dates no figure; 'one of the deadliest attacks' is no person", () => {
  const list = claims("An air strike killed 100 people, one of the deadliest attacks since the 2021 coup. The UN said 1.5 million people had been displaced since the coup.", "2023-04-12");
  assert.deepEqual(list.map((c) => [c.value, c.time?.start ?? null, c.time?.end ?? null]), [[100, null, null], [1500000, "2021-01-01", "2023-04-12"]]);
  assert.deepEqual(claims("The army seized power in a coup in February 2021. Since the coup, at least 3,000 civilians have been killed.", "2023-04-12").map((c) => c.time?.start), ["2021-02-01"]);
});

test("army releases and police copy: a rank's full stop in an appositive, 'paid the supreme price', 'a score of', group names joined by a slash, 'arms dealers'", () => {
  assert.equal(claims("The army spokesman, Col. Sidi Sanou, said 60 attackers were killed.")[0]?.source?.name, "Sidi Sanou");
  assert.deepEqual(claims("Two soldiers paid the supreme price while three others sustained injuries.").map((c) => [c.category, c.value]), [["killed", 2], ["wounded", 3]]);
  assert.deepEqual(claims("Fighting killed a score of soldiers.").map((c) => [c.category, c.value]), [["killed", 20]]);
  assert.deepEqual(claims("Troops neutralised 16 Boko Haram/ISWAP terrorists in Borno State.").map((c) => [c.category, c.value, c.subject]), [["killed", 16, "fighters"]]);
  assert.deepEqual(claims("Police arrested 31 suspected arms dealers on Monday.").map((c) => [c.category, c.value]), [["detained", 31]]);
});

test("'claimed responsibility', 'claimed by' and 'claimed the lives of' neither speak nor hedge; 'the group claimed it had killed' still does", () => {
  assert.deepEqual(claims("JNIM claimed responsibility for the attack, which killed 20 soldiers, officials said.").map((c) => [c.source?.name, c.hedge]), [["officials", null]]);
  assert.deepEqual(claims("The attack claimed the lives of 11 villagers.").map((c) => [c.category, c.hedge]), [["killed", null]]);
  assert.deepEqual(claims("The group claimed it had killed 30 soldiers.").map((c) => c.hedge), ["claimed"]);
});

test("what people 'had been' in a relative clause yields to the verb after it", () => {
  assert.equal(claims("Around 500 soldiers who had been trapped in a base surrendered on Saturday.")[0]?.category, "surrendered");
  assert.equal(claims("Some 300 people who had been trapped for days were evacuated.")[0]?.category, "evacuated");
});

test("leaving and crossing: 'left Rafah', 'left villages near', 'crossed the Channel', 'made the crossing', 'brought … ashore', 'picked up', 'disembarked', 'forced … to leave their homes', 'driven … into'", () => {
  const category = (text: string) => claims(text)[0]?.category;
  assert.equal(category("Nearly 110,000 people have now left Rafah, the UN said."), "fled");
  assert.equal(category("Dozens of families have left villages near Tal Tamr."), "fled");
  assert.equal(category("The attack left four people dead."), "killed");
  assert.equal(category("Officials said 711 people crossed the Channel in small boats on Thursday."), "arrived");
  assert.equal(category("So far this year, 10,448 people have made the crossing in small boats."), "arrived");
  assert.equal(category("Coast guard boats brought some 600 migrants ashore in Lampedusa."), "evacuated");
  assert.equal(category("Some 50 migrants were picked up by a rescue ship."), "evacuated");
  assert.equal(category("The Ocean Viking disembarked 180 survivors in Ancona on Monday."), "arrived");
  assert.equal(category("The floods forced 8,000 people to leave their homes."), "fled");
  assert.equal(category("Fighting has driven 3,000 people into Thailand."), "fled");
});

test("stocks: 'still houses some 43,000 people', 'stayed behind', 'refused to leave', 'cut off by fighting'; 'one of the houses' is none", () => {
  const category = (text: string) => claims(text).map((c) => c.category);
  assert.deepEqual(category("Al-Hol camp still houses some 43,000 people."), ["present"]);
  assert.deepEqual(category("About 20 staff stayed behind in the hospital."), ["present"]);
  assert.deepEqual(category("Some 300 residents have refused to leave."), ["present"]);
  assert.deepEqual(category("About 2,000 people have been cut off by fighting in Kobo."), ["present"]);
  assert.deepEqual(category("Militants were hiding in one of the houses of the city."), []);
});

test("members of an armed group or a gang are fighters ('two Hezbollah members', 'four members of Hayat Tahrir al-Sham', '15 gang members'), not with their relatives", () => {
  const subject = (text: string) => claims(text)[0]?.subject;
  assert.equal(subject("An Israeli strike killed two Hezbollah members in south Lebanon."), "fighters");
  assert.equal(subject("Four members of Hayat Tahrir al-Sham were killed."), "fighters");
  assert.equal(subject("Police arrested 15 gang members."), "fighters");
  assert.equal(subject("Two members of the council were killed."), "people");
  assert.equal(subject("Nearly 30,000 IS members and their relatives have surrendered."), "people");
});

test("doubts two sentences on ('The figures could not be independently confirmed'), 'not able to confirm', 'could not immediately confirm'; 'killed or maimed' is no toll; families who 'lost their shelters' are no stock", () => {
  assert.deepEqual(claims("Officials said the strikes killed 16 people. The TV channel said the dead included fishermen. The figures could not be independently confirmed.").map((c) => c.hedge), ["could not be independently confirmed"]);
  assert.equal(claims("Police said 19 people were killed. Reuters could not immediately confirm the report.")[0]?.hedge, "could not immediately confirm");
  assert.equal(claims("UNICEF said 11,500 children had been killed or maimed since 2015.")[0]?.category, "other");
  assert.deepEqual(claims("At least four people died, two of them children, and more than 1,000 families lost their shelters.").map((c) => c.category), ["killed", "killed"]);
});

test("'last week's shipwreck' and 'last month's attack' are the calendar week and month before; 'the army' is a state's, not the National Liberation Army", () => {
  assert.deepEqual(claims("Up to 45 people may have drowned in last week's shipwreck.", "2024-08-09").map((c) => [c.time?.start, c.time?.end]), [["2024-07-29", "2024-08-04"]]);
  assert.equal(claims("The army said troops had captured four ELN members.")[0]?.source?.name, "The army");
});

test("'the spokesman', 'the statement' named again are the voice named before; a role named again for another person stays apart; a dateline's date alone dates no event", () => {
  assert.deepEqual(claims("Army spokesman Sidi Sanou said 60 attackers were killed. The spokesman said 11 soldiers were wounded.").map((c) => c.source?.name), ["Sidi Sanou", "Sidi Sanou"]);
  assert.deepEqual(claims("Governor Ali Musa said 60 attackers were killed. The spokesman said 11 soldiers were wounded.").map((c) => c.source?.name), ["Ali Musa", "The spokesman"]);
  assert.deepEqual(claims("Two soldiers were killed, the Ministry of Defence said in a statement. Two were slightly wounded, according to the statement.").map((c) => c.source?.name), ["Ministry of Defence", "Ministry of Defence"]);
  assert.equal(claims("BAMAKO, May 8 (Reuters) - Gunmen killed 12 people in central Mali, officials said.", "2024-05-08")[0]?.time, null);
});

test("people 'fleeing El Fasher have arrived in Tawila' arrived; a group that 'still has between 400 and 700 fighters' holds a stock; running totals named after the figure's clause", () => {
  assert.deepEqual(claims("Thousands of people fleeing El Fasher have arrived in Tawila.").map((c) => c.category), ["arrived"]);
  assert.deepEqual(claims("The UN estimates that the group still has between 400 and 700 fighters in Iraq.").map((c) => [c.category, c.low, c.high]), [["present", 400, 700]]);
  assert.deepEqual(claims("Forces detained 22 people overnight, bringing the number of detainees since October 7 to about 8,800.", "2024-05-10").map((c) => [c.category, c.value]), [["detained", 22], ["detained", 8800]]);
  assert.deepEqual(claims("The number arrested since October 7 has climbed to about 8,755.", "2024-05-10").map((c) => [c.category, c.time?.start]), [["detained", "2023-10-07"]]);
  assert.deepEqual(claims("Another 7,000 people fled on Monday, bringing the number displaced since February to over 110,000.", "2024-05-10").map((c) => c.value), [7000, 110000]);
});

test("a scene opened with a country gives way to a town of that country named in the same clause ('In northern Israel, … a house in Metula')", () => {
  assert.equal(claims("In northern Israel, a civilian was killed when a missile hit a house in Metula on Tuesday.")[0]?.place?.name, "Metula");
});

test("'the group' is not the agency credited in the dateline", () => {
  assert.equal(claims("ANKARA (AA) - At least 12 people were killed in the attack, the group said.")[0]?.source?.name, "the group");
});

test("the verb's second object keeps the verb ('evacuated 60 patients and 120 displaced people'); a part told in the next sentence ('They said 12 of them were children', 'Of these, 12 were children')", () => {
  assert.deepEqual(claims("Its teams evacuated 60 patients and 120 displaced people from the hospital.").map((c) => [c.category, c.value]), [["evacuated", 180], ["evacuated", 60], ["evacuated", 120]]);
  assert.deepEqual(claims("Police said 40 people were killed. They said 12 of them were children.").map((c) => [c.category, c.value]), [["killed", 40], ["killed", 12]]);
  assert.deepEqual(claims("Police said 40 people were killed. Of these, 12 were children.").map((c) => [c.category, c.value]), [["killed", 40], ["killed", 12]]);
});

test("units are no people: '10 companies of the Central Armed Police', 'two battalions of troops'", () => {
  assert.deepEqual(claims("The government deployed 10 companies of the Central Armed Police Forces. Two battalions of troops arrived."), []);
});

test("a voice cut inside a name the entity stage found is the whole name ('…, Aid to the Church in Need said')", () => {
  assert.equal(claims("Insurgents killed two Christians in Macomia, Aid to the Church in Need said.")[0]?.source?.name, "Aid to the Church in Need");
});

test("the day the next sentence gives the event, before the day it was said, dates the figure ('… said on Wednesday. The blast took place Friday …')", () => {
  const text = "Two soldiers were killed when a landmine exploded, the defence ministry said Saturday. The blast took place Friday as the army was searching the area.";
  assert.deepEqual(claims(text, "2024-01-13").map((c) => c.time?.start), ["2024-01-12"]);
  // (A next sentence with a figure of its own tells its own day.)
  assert.deepEqual(claims("Two soldiers were killed, the ministry said Saturday. Three more died on Friday.", "2024-01-13").map((c) => c.time?.start), ["2024-01-13", "2024-01-12"]);
});

test("a pair of people words counted as one keeps both ('35 women and children', '20 men and boys'); two counts stay two", () => {
  assert.deepEqual(claims("Gunmen killed 35 women and children in the village.").map((c) => [c.value, c.subject]), [[35, "women and children"]]);
  assert.deepEqual(claims("20 men and boys were detained.").map((c) => [c.value, c.subject]), [[20, "men and boys"]]);
  assert.deepEqual(claims("Five women and two children were killed.").map((c) => c.value), [7, 5, 2]);
});

test("a GENEVA dateline is where an agency briefed, not where its figure happened; Geneva named in the story still places", () => {
  const [drowned] = claims("GENEVA (AFP) - At least 45 migrants drowned when their boat capsized off the coast, the International Organization for Migration said on Tuesday.");
  assert.equal(drowned?.place, null);
  const [shot] = claims("GENEVA (Reuters) - Two people were killed in a shooting in Geneva on Tuesday, police said.");
  assert.equal(shot?.place?.name, "Geneva");
});

test("headlines drop articles mid-line ('Police: woman killed, man hurt', 'after man shot'); a person before an '-ing' phrase is the victim, not the person inside it", () => {
  assert.deepEqual(claims("Police: woman killed, man hurt in Dayton shooting").map((c) => [c.category, c.text]), [["killed", "woman"], ["wounded", "man"]]);
  assert.deepEqual(claims("Search for gunman after man shot inside restaurant | abc7ny.comThe shooting occurred around 5:30.").map((c) => [c.category, c.text]), [["wounded", "man"]]);
  // (In a sentence with its full stop, a bare noun is no victim.)
  assert.equal(claims("Police said after man shot the gun went quiet.").length, 0);
  assert.deepEqual(claims("A man arriving to pay his respects to Smith was critically wounded by gunshots.").map((c) => [c.category, c.text]), [["wounded", "A man"]]);
  assert.deepEqual(claims("A man visiting his mother was critically wounded.").map((c) => [c.text, c.subject]), [["A man", "people"]]);
  assert.deepEqual(claims('Police say an officer and a "citizen" were injured in a shooting.').map((c) => [c.category, c.value, c.text]), [["wounded", 2, 'an officer and a "citizen"']]);
  assert.deepEqual(claims("A shooting at a party left a man dead.").map((c) => [c.category, c.text]), [["killed", "a man"]]);
});

test("a toll that rose 'overnight to 61' or 'on Tuesday to 61'; a pronoun inside a toll clause speaks for the voice before it, and 'since' dates the toll, not the saying", () => {
  assert.deepEqual(claims("The death toll rose overnight to 61, a hospital spokesman said.", "2023-01-31").map((c) => [c.category, c.value]), [["killed", 61]]);
  assert.deepEqual(claims("The death toll rose on Tuesday to 61.", "2023-01-31").map((c) => [c.category, c.value, c.time?.start]), [["killed", 61, "2023-01-31"]]);
  const list = claims("The authorities said on Monday that 21 more of their servicemen had been killed, bringing the military death toll they have reported since September 27 to 244.", "2020-10-05");
  const total = list.find((c) => c.value === 244);
  assert.deepEqual([total?.category, total?.source?.name, total?.time?.start, total?.time?.end], ["killed", "The authorities", "2020-09-27", "2020-10-05"]);
  assert.equal(list.find((c) => c.value === 21)?.subject, "troops");
});

test("where someone comes from, the hospital they were evacuated to, a neighbour across a border and whom someone spied for do not place a figure", () => {
  assert.equal(claims("Militants shot dead a bank manager from Rajasthan inside his branch in Kulgam on Thursday.")[0]?.place?.name, "Kulgam");
  assert.equal(claims("Separatists ambushed gendarmes near Bali on Thursday. A gendarme was seriously wounded and evacuated to the regional hospital in Bamenda.")[0]?.place?.name, "Bali");
  assert.deepEqual(claims("Burkina Faso: an attack killed dozens of soldiers near the border with Mali.").map((c) => c.place?.name), ["Burkina Faso"]);
  assert.equal(claims("Iran executed four men convicted of spying for Israel on Sunday, the judiciary said.")[0]?.place?.name, "Iran");
  assert.equal(claims("Iran executed four men convicted of spying for Israel on Sunday, the judiciary said.")[0]?.source?.name, "the judiciary");
  // ("in neighbouring Iraq" is where it happened.)
  assert.equal(claims("Turkish forces killed a commander during an offensive in neighbouring Iraq.")[0]?.place?.name, "Iraq");
});

test("communiqué and monitor wording: 'to neutralise', 'the exit of', 'transferred to detention centres', 'were taken away', 'there had been'; people holding a sit-in are not held", () => {
  const cat = (t: string) => claims(t).map((c) => [c.category, c.value]);
  assert.deepEqual(cat("The operation made it possible to neutralise 60 terrorists and to arrest 12 suspects."), [["killed", 60], ["detained", 12]]);
  assert.deepEqual(cat("SOHR monitored the exit of more than 600 people from the last pocket held by ISIS."), [["fled", 600]]);
  assert.deepEqual(cat("About 150 of them were transferred to the SDF detention centres, the Observatory said."), [["detained", 150]]);
  assert.deepEqual(cat("30 people were transferred to a camp near the town."), [["evacuated", 30]]);
  assert.deepEqual(cat("Gunmen stormed the school and 187 pupils were taken away."), [["detained", 187]]);
  assert.deepEqual(cat("A police official said there had been about 300 people in the mosque."), [["present", 300]]);
  assert.deepEqual(cat("Riot police surrounded the campus, where hundreds of students were holding a sit-in."), []);
  assert.deepEqual(cat("Militants holding 40 hostages demanded a ransom."), [["detained", 40]]);
});

test("a total since the start of the hostilities, told after a quote, does not take the quote's day", () => {
  const list = claims('Shelling hit Stepanakert on Sunday night. "At least two civilians were killed," Beglaryan said. He said a total of 21 civilians had been killed and 82 wounded since the start of the hostilities.', "2020-10-05");
  assert.deepEqual(list.map((c) => [c.value, c.time?.start ?? null]), [[2, "2020-10-04"], [21, null], [82, null]]);
});

test("a bare toll 'among the soldiers' counts soldiers", () => {
  assert.equal(claims("A communiqué said that the toll among the soldiers had risen to 51.")[0]?.subject, "troops");
  assert.equal(claims("The death toll among civilians reached 40.")[0]?.subject, "civilians");
});

test("UK and US police wording: 'a man in his 70s', 'aged 19 and 22', 'a second boy', 'pronounced dead at the scene', 'in hospital', a named hospital, 'suffered minor injuries', 'taken into custody'", () => {
  const cat = (t: string) => claims(t).map((c) => [c.category, c.value, c.text]);
  assert.deepEqual(cat("A man in his 70s died after his car was swept off a flooded road."), [["killed", 1, "A man"]]);
  assert.deepEqual(cat("Two men, aged 19 and 22, were injured."), [["wounded", 2, "Two men"]]);
  assert.deepEqual(cat("A second boy, aged 15, was stabbed."), [["wounded", 1, "A second boy"]]);
  assert.deepEqual(cat("The man, identified by the medical examiner as Darnell Hughes, was shot in the chest and pronounced dead at the scene."), [["killed", 1, "The man"]]);
  assert.deepEqual(cat("A man has died and two other people are in hospital after a stabbing."), [["killed", 1, "A man"], ["wounded", 2, "two other people"]]);
  assert.deepEqual(cat("Three people were taken to Bridgeport Hospital."), [["wounded", 3, "Three people"]]);
  assert.deepEqual(cat("A man suffered minor injuries in the crash."), [["wounded", 1, "A man"]]);
  assert.deepEqual(cat("Paramedics treated three people at the scene."), [["wounded", 3, "three people"]]);
  assert.deepEqual(cat("A man was taken into custody."), [["detained", 1, "A man"]]);
  // (An officer who pulls a driver over, or a man who pulls a gun, is no one rescued.)
  assert.deepEqual(cat("Police said a third man pulled a handgun and an officer pulled the driver over."), []);
});

test("a figure compared with ('up from 169 on Tuesday', 'down from 287 at the same point in 2023', 'compared with 201 during the same period last year') is an earlier count of the same quantity", () => {
  const rise = claims("The death toll has risen to 188, up from 169 on Tuesday, the ministry said.", "2024-05-02");
  assert.deepEqual(rise.map((c) => [c.category, c.value, c.time?.start ?? null, c.source?.name]), [["killed", 188, null, "the ministry"], ["killed", 169, "2024-04-30", "the ministry"]]);
  const down = claims("The city has recorded 212 homicides so far this year, down from 287 at the same point in 2023.", "2024-05-02");
  assert.deepEqual(down.map((c) => [c.value, c.time?.start, c.time?.end]), [[212, "2024-01-01", "2024-05-02"], [287, "2023-01-01", "2023-05-02"]]);
  const compared = claims("Police have recorded 168 homicides so far in 2024, compared with 201 during the same period last year.", "2024-05-02");
  assert.deepEqual(compared.map((c) => [c.value, c.time?.start]), [[168, "2024-01-01"], [201, "2023-01-01"]]);
});

test("boilerplate that doubts nothing counted ('expected to recover', 'landfall expected around midnight', 'believed to be 19', 'for allegedly') is no hedge; England and Wales are Britain's", () => {
  const hedges = (t: string) => claims(t).map((c) => c.hedge);
  assert.deepEqual(hedges("Of the seven wounded, two were in critical condition, and the rest were expected to recover."), [null, null]);
  assert.deepEqual(hedges("Bangladesh evacuated more than 800,000 people as the cyclone strengthened, with landfall expected around midnight."), [null]);
  assert.deepEqual(hedges("A second man, believed to be 19, was taken to hospital in a serious condition."), [null]);
  assert.deepEqual(hedges("About 40 people are believed dead."), ["believed"]);
  const [england] = claims("Five people were killed in England on Sunday.");
  assert.ok(england?.place && england.place.lat! > 50 && england.place.lon! < 1, "England in Britain");
});

test("people moved to shelters or safety are evacuated; a whole placed 'in the SUV' keeps its part; a murder-suicide already counted adds no one; 'identified Monday as' dates no death", () => {
  const cat = (t: string, published = "2024-08-05") => claims(t, published).map((c) => [c.category, c.value]);
  assert.deepEqual(cat("Bangladesh moves 800,000 to shelters as Cyclone Mokhar nears"), [["evacuated", 800000]]);
  assert.deepEqual(cat("Officials said they had moved around 110,000 people to safety."), [["evacuated", 110000]]);
  assert.deepEqual(cat("Some 28,000 people have been moved to evacuation centres."), [["evacuated", 28000]]);
  assert.deepEqual(cat("Police moved 20 officers into the area."), []);
  assert.deepEqual(cat("Three other people in the SUV, including two children, were taken to hospital."), [["wounded", 3], ["wounded", 2]]);
  assert.deepEqual(cat("Three people are dead in what police are calling a murder-suicide."), [["killed", 3]]);
  const [, driver] = claims("A man died in a crash early Sunday. The driver, identified Monday as Raymond Ortega, 34, died at the scene.", "2024-08-05");
  assert.notEqual(driver?.time?.start, "2024-08-05");
});

test("Markdown emphasis around a number keeps its people and qualifier; 'confirmed dead' is a state, not a speaker", () => {
  const list = claims("## Highlights\n\n- **58** people confirmed dead\n- About **96,000** people displaced\n", "2024-02-15");
  assert.deepEqual(list.map((c) => [c.category, c.value, c.qualifier, c.source?.name ?? null]), [["killed", 58, "exact", null], ["fled", 96000, "approx", null]]);
});

test("'12 Taliban fighters' is one phrase; attackers 'arriving on motorbikes' arrive nowhere; people 'spending the night' in a centre are present; where arrivals came from is not where they are; 'Interior Ministry data show' gives a source; a headline's man who killed his wife is no victim", () => {
  const one = (t: string) => claims(t, "2024-08-20").map((c) => [c.category, c.value, c.text, c.place?.name ?? null, c.source?.name ?? null]);
  assert.deepEqual(one("Police said 12 Taliban fighters were killed."), [["killed", 12, "12 Taliban fighters", null, "Police"]]);
  assert.deepEqual(one("The soldiers were overwhelmed by hundreds of jihadists arriving on motorbikes."), []);
  assert.deepEqual(one("The council said 187 residents were spending the night in a rest centre."), [["present", 187, "187 residents", null, "The council"]]);
  assert.equal(claims("Chad hosts more than 1.1 million refugees, including around 600,000 who have arrived from Sudan since April 2023.", "2024-08-20")[1]?.place?.name, "Chad");
  assert.deepEqual(one("Nearly 40,000 migrants have arrived in Italy by sea since January, Interior Ministry data show.").map((c) => c[4]), ["Interior Ministry"]);
  assert.deepEqual(one("Figures from the Office for National Statistics show there were 244 homicides in England.").map((c) => c[4]), ["Office for National Statistics"]);
  assert.deepEqual(one("Police: Man killed wife, teenage son before turning gun on himself"), []);
});

test("'both' after a count of the dead or hurt is the same people; 'in the back seat' sits between a person and the verb; ', and many had fled' is another subject's verb", () => {
  const cat = (t: string) => claims(t, "2024-08-05").map((c) => [c.category, c.value, c.text]);
  assert.deepEqual(cat("Officers found the bodies of a woman and her son, both of whom had been shot."), [["killed", 2, "a woman and her son"]]);
  assert.deepEqual(cat("Two men were shot; both were taken to hospital."), [["wounded", 2, "Two men"]]);
  assert.deepEqual(cat("A woman in the back seat was killed."), [["killed", 1, "A woman"]]);
  assert.deepEqual(cat("The inspector said about 30 people had been at the party, and many had fled before police arrived.").filter(([category]) => category === "fled"), []);
});

test("a rate ('30 to 40 bodies a day') or a capacity ('can hold 200 bodies') is no count of the dead; 'both' after the dead is the dead again", () => {
  const cat = (t: string) => claims(t, "2024-06-27").map((c) => [c.category, c.value]);
  assert.deepEqual(cat("The trust normally handles 30 to 40 bodies a day, its head said."), [["other", 30]]);
  assert.deepEqual(cat('"Our cold storage can hold 200 bodies, and it is full," he said.'), [["other", 200]]);
  assert.deepEqual(cat("Investigators focused on two other men, both of whom have since died."), [["killed", 2]]);
});

test("a toll that has run since the beginning the sentence before dates runs from then to the report's day ('The war began in April 2023. It has displaced 10 million people.')", () => {
  const [displaced] = claims("The war began in April 2023. It has displaced 10 million people.", "2024-09-17");
  assert.deepEqual([displaced?.category, displaced?.time?.start, displaced?.time?.end], ["fled", "2023-04-01", "2024-09-17"]);
});

test("a toll named by 'it' in the next sentence counts what that toll counted, and 'has since climbed' takes no earlier day", () => {
  const list = claims("The death toll from the landslide rose to 120 on Tuesday, officials said. By Wednesday evening it had risen to 251.", "2024-03-14");
  assert.deepEqual(list.map((c) => [c.category, c.value, c.time?.start ?? null]), [["killed", 120, "2024-03-12"], ["killed", 251, "2024-03-13"]]);
  const displaced = claims("The number of displaced people reached 40,000 last week, the agency said. It has since climbed to more than 60,000.", "2024-03-14");
  assert.deepEqual(displaced.map((c) => [c.category, c.value, c.time?.start ?? null]), [["fled", 40000, "2024-03-04"], ["fled", 60000, null]]);
  // ("it" with no toll before it is nothing: the time it took is no count.)
  assert.deepEqual(claims("The fire was put out at dawn. It had burned for 40 hours.", "2024-03-14"), []);
});

test("a whole whose bare parts are placed ('133 killed, including 41 in Zahedan') lies in their country, not in the first part's town", () => {
  const list = claims("At least 133 people were killed, including 41 in Zahedan, the rights group said.", "2024-03-14");
  assert.deepEqual(list.map((c) => [c.value, c.place?.name ?? null]), [[133, "Iran"], [41, "Zahedan"]]);
  const [gaza] = claims("Airstrikes killed 30 people in Gaza, including 12 in Rafah.", "2024-03-14");
  assert.equal(gaza?.place?.name, "Gaza");
  // ("600,000 of them in and around Goma": a share of them, placed on its own.)
  const goma = claims("More than 7 million people are displaced in Congo, 600,000 of them in and around Goma.", "2024-03-14");
  assert.deepEqual(goma.map((c) => [c.low, c.place?.name ?? null]), [[7000000, "Congo"], [600000, "Goma"]]);
});

test("'respectively': figures are no parts of one total, and take the places listed before them in order; a list of ages is all ages", () => {
  const list = claims("Airstrikes on Idlib and Hama killed 12 and 7 civilians respectively, the monitor said.", "2024-03-14");
  assert.deepEqual(list.map((c) => [c.value, c.place?.name ?? null]), [[12, "Idlib"], [7, "Hama"]]);
  const aged = claims("Two men and a woman, aged 20, 25 and 30 respectively, were shot dead in Kabul.", "2024-03-14");
  assert.deepEqual(aged.map((c) => [c.category, c.value]), [["killed", 3], ["killed", 2], ["killed", 1]]);
});

test("the bodies of a named person and another are two dead, dated by the day they were found", () => {
  const [bodies] = claims("Police found the bodies of Karen Mills and her son at the home on Friday.", "2024-03-14");
  assert.deepEqual([bodies?.category, bodies?.value, bodies?.text, bodies?.time?.start], ["killed", 2, "Karen Mills and her son", "2024-03-08"]);
});

test("one suspect arrested, written with 'the' ('The suspect was arrested', 'arrested the gunman'), is one detained, unless denied or already counted", () => {
  const detained = (t: string) => claims(t, "2024-03-14").filter((c) => c.category === "detained").map((c) => [c.value, c.text, c.time?.start ?? null]);
  assert.deepEqual(detained("A man was shot on Main Street. The suspect was arrested at the scene on Tuesday, police said."), [[1, "The suspect", "2024-03-12"]]);
  assert.deepEqual(detained("A man was shot on Main Street. The suspect, 19, was taken into custody on Tuesday, police said."), [[1, "The suspect", "2024-03-12"]]);
  assert.deepEqual(detained("A man was shot on Main Street. Police later arrested the 22-year-old suspect."), [[1, "the 22-year-old suspect", null]]);
  assert.deepEqual(detained("A man was shot. No suspect has been arrested, and police are looking for the gunman."), []);
  assert.deepEqual(detained("A suspect was arrested at the scene. The suspect was taken into custody."), [[1, "A suspect", null]]);
});

test("a city that is the whole speaker ('Baku says') is its government: it places neither the figure nor the report", () => {
  const [baku] = claims("Baku says 50 of its soldiers were killed on Tuesday.", "2024-03-14");
  assert.deepEqual([baku?.value, baku?.source?.name, baku?.place], [50, "Baku", null]);
  const [kharkiv] = claims("Kyiv said 12 civilians were killed in Kharkiv.", "2024-03-14");
  assert.equal(kharkiv?.place?.name, "Kharkiv");
  const [chicago] = claims("Chicago police said a man was shot.", "2024-03-14");
  assert.equal(chicago?.place?.name, "Chicago");
});

test("a count after 'Month,' is no day or year ('In January, 95,000 people fled'); 'between May and June' and 'between January and May' are months, not the modal", () => {
  const when = (t: string) => claims(t, "2024-06-05").map((c) => [c.value, c.time?.start ?? null, c.time?.end ?? null, c.hedge]);
  assert.deepEqual(when("In January, 95,000 people fled the capital."), [[95000, "2024-01-01", "2024-01-31", null]]);
  assert.deepEqual(when("Since May, 50,000 people have fled Darfur."), [[50000, "2024-05-01", "2024-06-05", null]]);
  assert.deepEqual(when("In March, 30,000 people were displaced."), [[30000, "2024-03-01", "2024-03-31", null]]);
  assert.deepEqual(when("Between May and June, 120 people were detained."), [[120, "2024-05-01", "2024-06-30", null]]);
  assert.deepEqual(when("Between January and May, 1,100 migrants drowned."), [[1100, "2024-01-01", "2024-05-31", null]]);
  assert.deepEqual(when("At least 12 people may have died in May.").map((c) => c[3]), ["may"]);
});

test("a figure whose verb is left out after 'and another' shares the verb before; 'rose to 37 from 25 a day earlier' gives the earlier count too", () => {
  const list = (t: string) => claims(t, "2024-06-05").map((c) => [c.category, c.value, c.time?.start ?? null]);
  assert.deepEqual(list("Eleven soldiers were killed on Monday and another 14 on Tuesday, the army said."), [["killed", 11, "2024-06-03"], ["killed", 14, "2024-06-04"]]);
  assert.deepEqual(list("The toll rose to 37 on Tuesday from 25 a day earlier."), [["killed", 37, "2024-06-04"], ["killed", 25, "2024-06-03"]]);
  assert.deepEqual(list("Some 300 people fled from 12 villages.").map((c) => c[1]), [300]);
});

test("whose war it is does not place it ('killed in Israel's military offensive in the Gaza Strip'), but a country's own army does not unplace it", () => {
  const [gaza] = claims("At least 37,124 Palestinians have been killed in Israel's military offensive in the Gaza Strip since October 7, the health ministry said.", "2024-06-12");
  assert.equal(gaza?.place?.name, "Gaza Strip");
  const [offensive] = claims("Since the start of Moscow's new offensive on May 10, about 9,900 people have been evacuated from the border area, officials said.", "2024-06-12");
  assert.equal(offensive?.place, null);
  const [junta] = claims("Myanmar's military government has detained 270 members of the opposition party.", "2024-06-12");
  assert.equal(junta?.place?.name, "Myanmar");
});

test("prisons and captives: 'recaptured 32 escapees' are detained, inmates who 'broke out' fled (a fight that broke out moves no one), 'destroyed 120 servicemen' are killed, troops 'flown into' a state arrived", () => {
  const cat = (t: string) => claims(t, "2024-06-05").map((c) => [c.category, c.value]);
  assert.deepEqual(cat("Officials said security forces had recaptured 32 escapees."), [["detained", 32]]);
  assert.deepEqual(cat("A second prison was attacked, and its 1,033 inmates broke out, the group said."), [["fled", 1033]]);
  assert.deepEqual(cat("More than 3,500 prisoners broke out of the national penitentiary."), [["fled", 3500]]);
  assert.deepEqual(cat("Two of the woman's associates ran into the room and a fight broke out."), []);
  assert.deepEqual(cat("The ministry said its forces had destroyed up to 120 Ukrainian servicemen."), [["killed", 120]]);
  assert.deepEqual(cat("Some 2,000 troops were flown into Manipur on Friday."), [["arrived", 2000]]);
  assert.deepEqual(cat('A spokesman said the army had lost "hundreds" of men.').map(([c]) => c), ["killed"]);
});

test("one person joined by 'and' before a counted group shares its verb and the total ('her husband and two sons were killed'); parts between dashes leave the whole its verb; households the people came from are no count of their own", () => {
  const list = (t: string) => claims(t, "2024-06-05").map((c) => [c.category, c.value, c.text]);
  assert.deepEqual(list("One woman said her husband and two sons were killed by militiamen."), [["killed", 3, "her husband and two sons"], ["killed", 1, "her husband"], ["killed", 2, "two sons"]]);
  assert.deepEqual(list("Four survivors — three men and a 13-year-old boy — were rescued by a cargo ship.")[0], ["evacuated", 4, "Four survivors"]);
  assert.deepEqual(list("About 3,000 people from 500 households fled the floods."), [["fled", 3000, "About 3,000 people"], ["other", 500, "500 households"]]);
  assert.deepEqual(list("The agency said more than 11,000 people in 1,655 families had been affected, and that its teams had treated hundreds of injured.").map((c) => c[0]), ["other", "wounded"]);
  assert.deepEqual(list("Gunmen abducted 287 pupils from a school on Thursday, a local official and residents said."), [["detained", 287, "287 pupils"]]);
  // (A person named, then the others with them: the name is one more.)
  assert.deepEqual(list("Ahmed Salem and three others were killed in the strike, officials said."), [["killed", 4, "Ahmed Salem and three others"], ["killed", 1, "Ahmed Salem"], ["killed", 3, "three others"]]);
  assert.deepEqual(list("Police said Ahmed Salem and three of his bodyguards were wounded.").map((c) => c[1]), [4, 1, 3]);
});

test("a press briefing note ('a summary of what was said by UNHCR spokesperson X') is that speaker's wherever no other voice is named", () => {
  const text = "This is a summary of what was said by UNHCR spokesperson Olga Sarrado-Mur, to whom quoted text may be attributed, at today's press briefing in Geneva.\n\nSome 1,900 refugees arrived in Chad on Monday alone. More than 14,000 people crossed the border near Adre, the mayor said.";
  assert.deepEqual(claims(text, "2024-04-16").map((c) => [c.value, c.source?.name ?? null, c.source?.org ?? null]), [[1900, "Olga Sarrado-Mur", "UN High Commissioner for Refugees"], [14000, "the mayor", null]]);
});

test("Indian English counts ('2 lakh', '1.5 crore'); deaths by crushing or trampling; a gunman who took his own life is one more dead; hurt then dead in one sentence is dead once", () => {
  const cat = (t: string) => claims(t, "2024-07-03").map((c) => [c.category, c.value, c.text]);
  assert.deepEqual(cat("About 2 lakh people were evacuated from coastal Odisha.").map(([c, v]) => [c, v]), [["evacuated", 200000]]);
  assert.deepEqual(cat("At least 116 people were crushed to death in a stampede in Hathras.").map(([c, v]) => [c, v]), [["killed", 116]]);
  assert.deepEqual(cat("Seven pilgrims were trampled to death in the crush.").map(([c, v]) => [c, v]), [["killed", 7]]);
  assert.deepEqual(cat("The gunman killed five people before taking his own life."), [["killed", 5, "five people"], ["killed", 1, "taking his own life"]]);
  assert.deepEqual(cat("The gunman then turned the gun on himself as deputies entered the building.").map(([c, v]) => [c, v]), [["killed", 1]]);
  assert.deepEqual(cat("A man killed his wife and then himself in an apparent murder-suicide.").map(([c, v]) => [c, v]), [["killed", 1], ["killed", 2]]);
  assert.deepEqual(cat("The boy was found with stab wounds but died at the scene a short time later."), [["killed", 1, "The boy"]]);
  assert.deepEqual(cat("A 28-year-old man was found with stab wounds and, despite the efforts of paramedics, he died at the scene.").map(([c]) => c), ["killed"]);
  assert.deepEqual(cat("A 19-year-old man was shot in the chest on Friday and was pronounced dead at a hospital.").map(([c]) => c), ["killed"]);
  assert.deepEqual(cat("A man who stabbed a shopkeeper to death during a robbery has been jailed for life.").map(([c]) => c), ["killed"]);
  assert.deepEqual(cat("Among the dead was a 14-year-old boy shot on his way to school.").map(([c]) => c), ["killed"]);
  assert.deepEqual(cat("A man was shot in the leg and a woman was wounded, and she died later.").map(([c, v]) => [c, v]), [["wounded", 1], ["killed", 1]]);
});

test("'the toll could rise' and 'is expected to rise' doubt no figure already given", () => {
  const hedge = (t: string) => claims(t, "2024-05-04").map((c) => c.hedge);
  assert.deepEqual(hedge("The department said 11 of the injured were in critical condition and that the death toll could rise."), [null]);
  assert.deepEqual(hedge("At least 12 people were killed and the toll is expected to rise, officials said."), [null]);
  assert.deepEqual(hedge("At least 12 people may have been killed, and the toll could rise."), ["may"]);
  assert.deepEqual(hedge("Up to 40 people are likely dead."), ["likely"]);
});

test("evacuations by order, helicopter and rooftop; people still in hospital or treated there are hurt; patients a hospital received with wounds; 'escaped with cuts' is hurt, 'escaped unhurt' nothing; an apposition is the same person", () => {
  const cat = (t: string) => claims(t, "2024-08-18").map((c) => [c.category, c.value]);
  assert.deepEqual(cat("Twelve people were plucked from rooftops by helicopter."), [["evacuated", 12]]);
  assert.deepEqual(cat("Around 30 people were flown out of the village by helicopter on Sunday."), [["evacuated", 30]]);
  assert.deepEqual(cat("Some 30,000 residents are under evacuation orders."), [["evacuated", 30000]]);
  assert.deepEqual(cat("About 30,000 residents were ordered to leave on Friday."), [["evacuated", 30000]]);
  assert.deepEqual(cat("Seven people remained hospitalized on Sunday."), [["wounded", 7]]);
  assert.deepEqual(cat("Eighteen people were being treated at hospitals in the district."), [["wounded", 18]]);
  assert.deepEqual(cat("The hospital alone received 160 patients with gunshot wounds, its chief executive said."), [["wounded", 160]]);
  assert.deepEqual(cat("One passenger, a nine-year-old girl, escaped with cuts and bruises."), [["wounded", 1]]);
  assert.deepEqual(cat("Two children escaped unhurt."), []);
  assert.deepEqual(cat("A man, a woman, and a child were killed.")[0], ["killed", 3]);
});

test("arrests: a count of arrests is of people detained; a named person or 'the driver' arrested is one; 'took the suspect into custody'; an institution called a body is no corpse", () => {
  const cat = (t: string) => claims(t, "2024-09-20").map((c) => [c.category, c.value, c.text]);
  assert.deepEqual(cat("Police made 21 gun-related arrests over the weekend."), [["detained", 21, "21 gun-related arrests"]]);
  assert.deepEqual(cat("He has a criminal history of five prior arrests.").map(([c]) => c), ["other"]);
  assert.deepEqual(cat("A man was stabbed on Friday. John Smith, 29, was arrested at a flat in Bradford.").filter(([c]) => c === "detained"), [["detained", 1, "John Smith"]]);
  assert.deepEqual(cat("A cyclist was killed. The driver was arrested on suspicion of causing death by dangerous driving.").filter(([c]) => c === "detained"), [["detained", 1, "The driver"]]);
  assert.deepEqual(cat("A man was shot. Police took the suspect into custody.").filter(([c]) => c === "detained"), [["detained", 1, "the suspect"]]);
  assert.deepEqual(cat("A man was shot. Police took the suspect to hospital.").filter(([c]) => c === "detained"), []);
  assert.deepEqual(cat("The commission, a state-funded body, said 39 people had been killed."), [["killed", 39, "39 people"]]);
  assert.deepEqual(cat("Police found a body in the river."), [["killed", 1, "a body"]]);
});

test("an anniversary's toll is dated years back ('10 years since the attack that killed 49'); 'since 2019, when four died' is 2019; 'a day earlier' with no day before is the day before the report", () => {
  // (The crowd gathered on Friday is a stock of its own: only the figures with a number are compared.)
  const when = (t: string, published: string) => claims(t, published).filter((c) => c.value !== null).map((c) => [c.value, c.time?.start ?? null, c.time?.end ?? null]);
  assert.deepEqual(when("Hundreds gathered on Friday to mark 10 years since the attack that killed 49 people and wounded 53 others.", "2026-06-12"), [[49, "2016-01-01", "2016-12-31"], [53, "2016-01-01", "2016-12-31"]]);
  assert.deepEqual(when("Two years after the war began, 10 million people have been displaced.", "2025-04-15"), [[10000000, null, null]]);
  assert.deepEqual(when("It is the deadliest house fire in the region since 2019, when four people died in a blaze.", "2024-12-07"), [[4, "2019-01-01", "2019-12-31"]]);
  assert.deepEqual(when("Four people were killed a day earlier, police said.", "2024-06-05"), [[4, "2024-06-04", "2024-06-04"]]);
});

test("'Nationwide' and 'across the country' place a figure in the report's country; 'in the region' after a governor's title is that region", () => {
  const [kenya] = claims("Floods hit Kenya this week. Rescue teams were searching in Nairobi. Nationwide, more than 185,000 people have been forced from their homes.", "2024-05-03");
  assert.equal(kenya?.place?.name, "Kenya");
  const [kursk] = claims("The ministry said its forces repelled attacks in the Donetsk region. Acting Kursk governor Alexei Smirnov said 12 civilians had been killed in the region.", "2024-08-14");
  assert.equal(kursk?.place?.name, "Kursk");
});

test("a doubt written past another figure is that figure's; 'not thought to be life-threatening' doubts nothing", () => {
  const hedge = (t: string) => claims(t, "2024-06-09").map((c) => [c.value, c.hedge]);
  assert.deepEqual(hedge("Around 250 people were taken hostage; some 120 remain in Gaza, of whom dozens are believed to be dead."), [[250, null], [120, null], [null, "believed"]]);
  assert.deepEqual(hedge("Three of the injured are in a critical condition; the other five suffered injuries that are not thought to be life-threatening."), [[3, null], [5, null]]);
  assert.deepEqual(hedge("Up to 40 people are believed dead."), [[40, "believed"]]);
});

test("abductions named by a noun; headlines' 'rescues'; aid given to people is no stock; a voice in a relative clause after a figure is that clause's; 'with over 1 million in Sagaing alone' is a part", () => {
  const list = (t: string, published = "2024-06-09") => claims(t, published).map((c) => [c.category, c.value, c.source?.name ?? null, c.place?.name ?? null]);
  assert.deepEqual(list("Amnesty said 1,500 students had been kidnapped since the abduction of 276 girls from Chibok in 2014.").map(([c, v]) => [c, v]), [["detained", 1500], ["detained", 276]]);
  assert.deepEqual(list("Israel rescues four hostages in Nuseirat raid").map(([c, v]) => [c, v]), [["evacuated", 4]]);
  assert.deepEqual(list("The agency said it had provided cash assistance to more than 280,000 refugees in Poland last year.").map(([c]) => c), ["other"]);
  assert.deepEqual(list("Israeli forces rescued four hostages on Saturday in a raid that Palestinian health officials said killed 274 people."), [["evacuated", 4, null, null], ["killed", 274, "Palestinian health officials", null]]);
  assert.deepEqual(list("The UN says more than 2.6 million people have been displaced inside Myanmar since the coup, with over 1 million in Sagaing alone.", "2024-01-08").map(([c, v, , p]) => [c, v, p]), [["fled", 2600000, "Myanmar"], ["fled", 1000000, "Sagaing"]]);
  assert.deepEqual(list("Some 7,000 people await relocation.").map(([c]) => c), ["present"]);
});

test("'29,400 left for Chad' fled; 'One, 41, died' is one dead past the age; 'the other five suffered injuries' are wounded", () => {
  const list = (t: string) => claims(t, "2024-06-09").map((c) => [c.category, c.value]);
  assert.deepEqual(list("Since the fighting began, 29,400 left for Chad, the UN said."), [["fled", 29400]]);
  assert.deepEqual(list("The team won 3-1 and 2 left for Madrid."), []);
  assert.deepEqual(list("Four people were shot on Main Street. One, 41, died at the scene."), [["wounded", 4], ["killed", 1]]);
  assert.deepEqual(list("Two men were stabbed. One, aged 23, was later pronounced dead."), [["wounded", 2], ["killed", 1]]);
  assert.deepEqual(list("Two passengers died and the other five suffered injuries."), [["killed", 2], ["wounded", 5]]);
  assert.deepEqual(list("The club said 3 suffered a defeat."), []);
});

test("'crossed the Mediterranean to Italy' arrived; hostages 'had now been freed from captivity' are released, no one held", () => {
  const list = (t: string) => claims(t, "2024-05-29").map((c) => [c.category, c.value ?? c.low, c.place?.name ?? null]);
  assert.deepEqual(list("More than 2,000 migrants crossed the Mediterranean to Italy last week."), [["arrived", 2000, "Italy"]]);
  assert.deepEqual(list("Seven hostages had now been freed from captivity, the army said."), [["other", 7, null]]);
});

test("headlines' bare counts 'shot' ('3 shot in drive-by', 'At least 32 shot, 5 fatally': 27 hurt) are the wounded; 'fired one shot' counts no one", () => {
  const list = (t: string) => claims(t, "2024-05-29").map((c) => [c.category, c.value ?? c.low]);
  assert.deepEqual(list("3 shot in drive-by on South Side"), [["wounded", 3]]);
  assert.deepEqual(list("At least 32 shot, 5 fatally, in weekend violence in Chicago"), [["wounded", 27], ["killed", 5]]);
  assert.deepEqual(list("Teen among 4 shot near school"), [["wounded", 4]]);
  assert.deepEqual(list("The officer fired one shot."), []);
  assert.deepEqual(list("He made 5 shots."), []);
});

test("'December of that year' is in the last year written before, not the report's", () => {
  const when = (t: string) => claims(t, "2024-05-29").map((c) => [c.value, c.time?.start ?? null, c.time?.end ?? null]);
  assert.deepEqual(when("The fighting began in March 2021. By December of that year, 3,000 people had been killed."), [[3000, "2021-12-01", "2021-12-31"]]);
  assert.deepEqual(when("The war began in 2014. In August that year, 1,200 soldiers were killed. In 2015, 2,000 more died."), [[1200, "2014-08-01", "2014-08-31"], [2000, "2015-01-01", "2015-12-31"]]);
});

test("sweep E counts: a toll 'since' a time 'to' a figure; remains that belong to people; a verb left out before a second scene; a rate of dying; treatment and critical condition; facing famine; trapping; moved to shelters; an aside before 'landed'", () => {
  const list = (t: string) => claims(t, "2024-03-14").map((c) => [c.category, c.value ?? c.low, c.subject]);
  assert.deepEqual(list("Two soldiers were killed, it added, bringing the army's toll since the start of the ground operation to 248."), [["killed", 2, "troops"], ["killed", 248, "people"]]);
  assert.deepEqual(list("The remains belong to at least seven people."), [["killed", 7, "people"]]);
  assert.deepEqual(list("Seven people died at the bowling alley and eight at the bar, police said."), [["killed", 7, "people"], ["killed", 8, "people"]]);
  assert.deepEqual(list("Four people were hurt in the crash and 3 in the afternoon."), [["wounded", 4, "people"]]);
  assert.deepEqual(list("MSF said a child was dying every two hours in the camp.").map(([c]) => c), ["other"]);
  assert.deepEqual(list("One child dies every 10 minutes.").map(([c]) => c), ["other"]);
  assert.deepEqual(list("The rescued men were taken to hospital, where two were receiving treatment for head injuries.").map(([c, v]) => [c, v]), [["wounded", 2]]);
  assert.deepEqual(list("Three patients remained in critical condition, the hospital said."), [["wounded", 3, "people"]]);
  assert.deepEqual(list("Two supervisors were arrested."), [["detained", 2, "workers"]]);
  assert.deepEqual(list("Some 755,000 people are facing famine in Sudan.").map(([c]) => c), ["present"]);
  assert.deepEqual(list("The roof collapsed, trapping 30 people."), [["present", 30, "people"]]);
  assert.deepEqual(list("The agency said 1,340 people had been moved to 27 temporary shelters.").map(([c, v]) => [c, v]), [["evacuated", 1340]]);
  assert.deepEqual(list("A boat carrying 139 Rohingya refugees, most of them women and children, landed in Aceh on Sunday.").map(([c]) => c), ["arrived"]);
  assert.deepEqual(list("Local sources put the number of soldiers killed at 27."), [["killed", 27, "troops"]]);
});

test("sweep E places: a 'since …, when' clause places nothing; a country telling what it did itself is no scene; 'Yemen's war'; 'in the island nation' is the country of the report's town", () => {
  const place = (t: string, published = "2024-11-12") => claims(t, published).map((c) => [c.value ?? c.low, c.place?.name ?? null]);
  assert.deepEqual(place("BEIRUT (AFP) — Israeli strikes on southern Lebanon killed 31 people on Tuesday, Lebanon's health ministry said.\n\nThe ministry said that Israeli attacks had killed 3,123 people since October 8, 2023, when Hezbollah began firing rockets at Israel in support of Hamas."), [[31, "Lebanon"], [3123, "Lebanon"]]);
  assert.deepEqual(place("Israel says it has killed about 17,000 militants since the war began."), [[17000, null]]);
  assert.deepEqual(place("Sudan says 40 people died in floods."), [[40, "Sudan"]]);
  assert.deepEqual(place("The Houthis seized Hodeidah port. Yemen's war has killed more than 150,000 people, the UN says."), [[150000, "Yemen"]]);
  assert.deepEqual(place("Landslides buried homes in Ratnapura. The floods have killed 26 people in the island nation."), [[26, "Sri Lanka"]]);
  assert.deepEqual(place("The bus plunged into a river near Pokhara. Road accidents are common in the Himalayan country, where more than 2,300 people died in road crashes last year."), [[2300, "Nepal"]]);
  // ("in the country's southwest" is a part of it, left to the places the report names.)
  assert.deepEqual(place("QUETTA, Pakistan (AP) — Security forces killed four militants in the country's southwest, a spokesman said.").map(([, p]) => p), ["Quetta"]);
});

test("sweep E sources and times: 'the ministry' is a ministry, not the organisation named last; 'between January and September' in June is last year's; 'since April of last year'", () => {
  const list = (t: string, published: string) => claims(t, published).map((c) => [c.value ?? c.low, c.source?.name ?? null, c.time?.start ?? null, c.time?.end ?? null]);
  assert.deepEqual(list("Hamas praised the attack. In Maaysrah, a strike killed 21 people, according to the ministry.", "2024-11-12"), [[21, "the ministry", null, null]]);
  assert.deepEqual(list("Lebanon's health ministry said 31 died. Hamas praised the attack. A strike killed 21 people, according to the ministry.", "2024-11-12").map(([v, s]) => [v, s]), [[31, "Lebanon's health ministry"], [21, "Lebanon's health ministry"]]);
  assert.deepEqual(list("Italian authorities registered 133,000 arrivals between January and September.", "2024-06-06").map(([v, , a, b]) => [v, a, b]), [[133000, "2023-01-01", "2023-09-30"]]);
  assert.deepEqual(list("More than 4,500 people reached camps in Maiduguri between Sunday and Wednesday.", "2024-01-15").map(([v, , a, b]) => [v, a, b]), [[4500, "2024-01-07", "2024-01-10"]]);
  assert.deepEqual(list("The war has killed at least 14,000 people since April of last year.", "2024-06-06").map(([v, , a, b]) => [v, a, b]), [[14000, "2023-04-01", "2024-06-06"]]);
});

test("a doubt inside another clause with a figure of its own is that clause's ('…, and a US airstrike reportedly killed 3')", () => {
  const hedge = (t: string) => claims(t, "2024-03-14").map((c) => [c.value, c.hedge]);
  assert.deepEqual(hedge("Al-Shabaab fighters killed 9 members of a clan militia, and a US airstrike reportedly killed 3 militants near Jilib."), [[9, null], [3, "reportedly"]]);
  assert.deepEqual(hedge("The agency said two people had died on the journey and that another boat, with about 180 people on board, was believed to be adrift."), [[2, null], [180, "believed"]]);
  assert.deepEqual(hedge("At least 12 people were reportedly killed and 30 wounded."), [[12, "reportedly"], [30, "reportedly"]]);
});

test("'the deadliest since 1995, when 358 people were killed' dates the 358 in 1995", () => {
  const [c] = claims("The rail disaster was the deadliest since 1995, when 358 people were killed near Firozabad.", "2024-03-14");
  assert.deepEqual([c?.value, c?.time?.start, c?.time?.end], [358, "1995-01-01", "1995-12-31"]);
  assert.equal(claims("It was the deadliest attack since 2021, and 12 people died.", "2024-03-14")[0]?.time, null);
});

test("a stock is not dated by what its people had done ('…live in the camps, having fled a crackdown in 2017')", () => {
  const [c] = claims("Nearly a million Rohingya live in the camps in Bangladesh, having fled a military crackdown in Myanmar in 2017.", "2024-03-14");
  assert.deepEqual([c?.category, c?.time], ["present", null]);
});

test("a town first named in a later paragraph does not place an earlier figure; 'Neighbouring Mozambique' is the country", () => {
  const place = (t: string) => claims(t, "2024-03-14").map((c) => [c.value, c.place?.name ?? null]);
  assert.deepEqual(place("A cholera outbreak in Malawi has killed 1,210 people. Fourteen deaths were recorded on Sunday, she said.\n\nIn Blantyre, the commercial hub, hospitals were overwhelmed. Schools in Blantyre stay closed."), [[1210, "Malawi"], [14, "Malawi"]]);
  assert.deepEqual(place("Neighbouring Mozambique has reported 27 deaths from the disease this year."), [[27, "Mozambique"]]);
});

test("'the hospital said' points back to no place; a neighbour named in passing is no scene", () => {
  const place = (t: string) => claims(t, "2023-10-27").map((c) => [c.value, c.place?.name ?? null]);
  assert.deepEqual(place("A gunman killed 18 people in Lewiston, Maine. Residents of Lewiston and neighbouring Lisbon were told to shelter in place.\n\nThree patients remained in critical condition, the hospital said."), [[18, "Lewiston"], [3, "Lewiston"]]);
});

test("a figure inside a relative clause about someone is not dated by the main clause after it", () => {
  const when = claims("The ELN, which has about 5,800 fighters, freed 19 hostages in March.", "2024-06-06").map((c) => [c.value, c.time?.start ?? null]);
  assert.deepEqual(when, [[5800, null], [19, "2024-03-01"]]);
});

test("a table with columns headed by what happened counts each cell under its heading, placed by the row ('| Kharkiv | 12 | 40 |'); a total lies in the rows' country", () => {
  const text = "Casualties by district (as of 12 March):\n\n| District | Killed | Injured | Houses destroyed |\n|---|---|---|---|\n| Kharkiv | 12 | 40 | 300 |\n| Izium | 3 | 9 | 120 |\n| Total | 15 | 49 | 420 |\n\nOfficials said the figures could rise.";
  const list = claims(text, "2024-03-14").map((c) => [c.category, c.value, c.place?.name ?? null, c.time?.start ?? null, text.slice(c.span[0], c.span[1])]);
  assert.deepEqual(list, [
    ["killed", 12, "Kharkiv", "2024-03-12", "12"], ["wounded", 40, "Kharkiv", "2024-03-12", "40"],
    ["killed", 3, "Izium", "2024-03-12", "3"], ["wounded", 9, "Izium", "2024-03-12", "9"],
    ["killed", 15, "Ukraine", "2024-03-12", "15"], ["wounded", 49, "Ukraine", "2024-03-12", "49"],
  ]);
  // (A table of labels and figures is read by the row's own words, as before.)
  assert.deepEqual(claims("| Indicator | Figure |\n|---|---|\n| Palestinians killed | 40,099 |", "2024-08-20").map((c) => [c.category, c.value]), [["killed", 40099]]);
});

test("a list's items are placed by their own labels, and dated and voiced by the line that introduces them", () => {
  const text = "Casualties on Monday, according to regional governors:\n\n- Kharkiv: 3 killed, 12 injured\n- Odesa: 1 killed\n- Dnipro region: 5 injured\n";
  assert.deepEqual(claims(text, "2024-03-14").map((c) => [c.category, c.value, c.place?.name ?? null, c.source?.name ?? null, c.time?.start ?? null]), [
    ["killed", 3, "Kharkiv", "regional governors", "2024-03-11"], ["wounded", 12, "Kharkiv", "regional governors", "2024-03-11"],
    ["killed", 1, "Odesa", "regional governors", "2024-03-11"], ["wounded", 5, "Dnipro", "regional governors", "2024-03-11"],
  ]);
  // (A dateline still opens a story: "KHARKIV, Ukraine: …" is where it was filed.)
  assert.equal(claims("KHARKIV, Ukraine: Three people were killed in Izium on Monday.", "2024-03-14")[0]?.place?.name, "Izium");
});

test("sweep F counts: martyrs are the dead; 'froze to death'; a toll raised from one figure to another is the new figure, in the raiser's voice; present-tense moves; people accommodated; a labelled list item places all its figures", () => {
  const list = (t: string) => claims(t, "2024-01-04").map((c) => [c.category, c.value, c.qualifier, c.source?.name ?? null, c.place?.name ?? null]);
  assert.deepEqual(list("The toll of the explosions in Kerman stands at 84 martyrs."), [["killed", 84, "exact", null, "Kerman"]]);
  assert.deepEqual(list("Nineteen people froze to death near the border.").map(([c, v]) => [c, v]), [["killed", 19]]);
  assert.deepEqual(list("The health ministry raised the death toll from 12 to 19 on Monday.").map(([c, v, q, s]) => [c, v, q, s]), [["killed", 19, "exact", "The health ministry"]]);
  assert.deepEqual(list("A convoy evacuates 120 patients to Rafah.").map(([c, v]) => [c, v]), [["evacuated", 120]]);
  assert.deepEqual(list("Around 200 people leave the town on foot.").map(([c, v]) => [c, v]), [["fled", 200]]);
  assert.deepEqual(list("About 300 residents were temporarily accommodated in schools.").map(([c, v]) => [c, v]), [["present", 300]]);
  assert.deepEqual(list("The Defence argued that only eight people were killed.").map(([, v, , s]) => [v, s]), [[8, "Defence"]]);
  assert.deepEqual(list("The rebels argued with soldiers before 3 people were shot.").map(([, v, , s]) => [v, s]), [[3, null]]);
  assert.deepEqual(list("Casualties overnight:\n\n- Kharkiv: 3 killed, 12 injured\n- Dnipropetrovsk: 1 killed, 4 injured\n").map(([c, v, , , p]) => [c, v, p]), [["killed", 3, "Kharkiv"], ["wounded", 12, "Kharkiv"], ["killed", 1, "Dnipropetrovsk"], ["wounded", 4, "Dnipropetrovsk"]]);
});

test("sweep F times, voices and doubts: 'on the 13th'; a timeline's line date; a withdrawn figure is no claim; 'We are working to confirm this'; an agency in a dateline's brackets is no place", () => {
  const list = (t: string, published: string) => claims(t, published).map((c) => [c.value ?? c.low, c.time?.start ?? null, c.place?.name ?? null, c.hedge]);
  assert.deepEqual(list("KATHMANDU, Aug. 14 (Xinhua) -- At least 23 people were killed when a bus plunged into a river on the 13th, an official said.", "2023-08-14"), [[23, "2023-08-13", "Kathmandu", null]]);
  assert.deepEqual(list("Three people were killed on the 28th, officials said.", "2023-05-03"), [[3, "2023-04-28", null, null]]);
  assert.deepEqual(list("Three people were killed on the 5th floor.", "2023-05-03"), [[3, null, null, null]]);
  assert.deepEqual(list("Oct 4 - Shelling hits the maternity wing, killing 4 people.\nOct 9 - Airstrikes kill 12 people in the market.", "2023-10-16").map(([v, t]) => [v, t]), [[4, "2023-10-04"], [12, "2023-10-09"]]);
  assert.deepEqual(list("Correction: an earlier version of this post said 40 people had died. Police have confirmed 34 deaths so far.", "2024-01-04").map(([v]) => v), [34]);
  assert.deepEqual(list("Local television reports that at least 40 people have died. We are working to confirm this.", "2024-01-04").map(([v, , , h]) => [v, h]), [[40, "are working to confirm"]]);
  assert.deepEqual(list("TEHRAN, Jan. 4 (IRNA) - The official said 284 people were injured in the attack.", "2024-01-04").map(([v, , p]) => [v, p]), [[284, "Tehran"]]);
});

test("places: an owner named with its kind ('Ituri province's Djugu territory'), 'the fighting for Goma', a separate event's own scene", () => {
  const place = (t: string, date = "2026-03-10") => claims(t, date).map((c) => c.place?.name ?? null);
  assert.deepEqual(place("At least 18 people were killed in Ituri province's Djugu territory."), ["Djugu"]);
  assert.deepEqual(place("Tens of thousands of people have fled Walikale since Monday.\n\nThe UN said that some 3,000 people were killed in the fighting for Goma in late January."), ["Walikale", "Goma"]);
  // ("convicted of fighting for Russia" serves a country; it is no scene.)
  assert.deepEqual(place("A drone strike killed two men fighting for Russia near Kupiansk."), ["Kupiansk"]);
  // (A clash the sentence opens with places both tolls of its pair.)
  assert.deepEqual(place("Fourteen rebels surrendered in Negros Oriental on Tuesday. In a separate clash in Sumy on Sunday, two fighters were killed and a soldier was wounded."), ["Negros Oriental", "Sumy", "Sumy"]);
  // ("Separately," with no place of its own: not the story's scene.)
  assert.deepEqual(place("Air strikes killed 14 civilians in Yemen's Saada province overnight.\n\nSeparately, the Houthis said they had released 100 detainees.", "2026-03-13"), ["Saada", null]);
});

test("'N members of the group (IS), including two women, were detained' counts the whole and the part; a that-clause with its own subject keeps its verb", () => {
  const cats = (t: string) => claims(t, "2026-03-13").map((c) => [c.category, c.value]);
  assert.deepEqual(cats("Twelve members of the Islamic State (IS), including two women, were detained in Kirkuk on Monday."), [["detained", 12], ["detained", 2]]);
  // (People who face hunger did not reach anywhere: "that it had reached 400,000" is the agency's aid.)
  assert.deepEqual(cats("The agency said 1.2 million people face crisis levels of hunger and that it had reached 400,000 people in February.").map((c) => c[1]), [400000]);
});

test("a toll said on one day, in the paragraph after the one telling the attack over the weekend, is dated by the attack", () => {
  const [c] = claims("Gunmen attacked villages near the town over the weekend, residents said.\n\nThe network said on Thursday that 62 people were killed.", "2026-03-06");
  assert.deepEqual([c?.time?.start, c?.time?.end, c?.said], ["2026-02-28", "2026-03-01", "2026-03-05"]);
  // (A sentence telling an event of its own keeps its own day.)
  const [d] = claims("Gunmen attacked villages near the town over the weekend.\n\nOn Thursday, a bomb exploded at the market, killing 5 people, police said.", "2026-03-06");
  assert.equal(d?.time?.start, "2026-03-05");
});

test("a stock told 'now' in a clause of its own is counted on the report's day, not in another clause's time", () => {
  const list = claims("More than 5,600 people were killed in gang violence last year, and over 1 million people are now displaced.", "2026-03-12");
  assert.deepEqual(list.map((c) => [c.category, c.time?.start, c.time?.end]), [["killed", "2025-01-01", "2025-12-31"], ["present", "2026-03-12", "2026-03-12"]]);
});

test("death that fell short ('nearly killed', 'shot and nearly died', 'left for dead') or could have been ('could have killed a child') is no death", () => {
  const cats = (t: string) => claims(t, "2026-03-14").map((c) => [c.category, c.value]);
  assert.deepEqual(cats("A motorist was nearly killed when another driver rammed his car off a bridge, prosecutors said."), []);
  assert.deepEqual(cats("Two hikers were nearly killed by a rockslide."), []);
  assert.deepEqual(cats("A man was shot and nearly died on Tuesday, police said."), [["wounded", 1]]);
  assert.deepEqual(cats("Police said a 30-year-old man was beaten and left for dead in an alley on Friday."), [["wounded", 1]]);
  assert.deepEqual(cats("\"Any one of those bullets could have killed a child,\" the sergeant said."), []);
  assert.deepEqual(cats("Two soldiers might have died if the device had exploded, the army said."), []);
  assert.deepEqual(cats("He said the pills could kill a person."), []);
  // (A doubted count of what did happen stays, with its doubt.)
  assert.deepEqual(cats("The blast may have killed 20 people, officials said."), [["killed", 20]]);
  assert.deepEqual(cats("The strike could have killed as many as 50 people, officials said."), [["killed", 50]]);
  assert.deepEqual(cats("Up to 100 people could have been killed in the attack, officials said."), [["killed", 100]]);
});

test("people treated for an illness or an overdose are not hurt", () => {
  assert.deepEqual(claims("Two students were treated for overdoses last month and recovered.", "2026-03-14"), []);
  assert.deepEqual(claims("Forty people were treated for cholera at the clinic.", "2026-03-14").filter((c) => c.category === "wounded"), []);
});

test("a figure the text calls false or corrected is no claim; one someone denies is doubted", () => {
  const list = (t: string) => claims(t, "2026-03-14").map((c) => [c.category, c.value, c.hedge]);
  assert.deepEqual(list("Police initially said one person died in the shooting, but later corrected the statement: the victim is alive."), []);
  assert.deepEqual(list("Earlier reports that 10 people had died were wrong, officials said."), []);
  assert.deepEqual(list("A rumor that two students had been killed was false, the school said."), []);
  assert.deepEqual(list("Police denied reports that four protesters were killed."), [["killed", 4, "denied"]]);
  assert.deepEqual(list("Reports that 10 people had died were confirmed by officials."), [["killed", 10, null]]);
});

test("a release headed 'Statement by NAME' gives every unvoiced figure in it to NAME", () => {
  const list = claims("Statement by UNICEF Executive Director Catherine Russell on children in Gaza\n\nNEW YORK, 10 March 2026 - \"Yesterday, a strike in Khan Younis killed 14 children. Dozens more were injured.\"", "2026-03-10");
  assert.deepEqual(list.map((c) => [c.source?.name, c.source?.org]), [["Catherine Russell", "UNICEF"], ["Catherine Russell", "UNICEF"]]);
  // (A figure another voice gives keeps that voice.)
  const other = claims("Statement by the Norwegian Refugee Council on Darfur\n\nLocal doctors said 30 people were killed in the town.", "2026-03-10");
  assert.equal(other[0]?.source?.name, "Local doctors");
});

test("a headline credited at its end ('…: ISPR', '… - MoD') is that body's; a headline's own tail ('- Live Updates') is no one's", () => {
  const first = (t: string) => claims(t, "2026-03-14")[0]?.source?.name ?? null;
  assert.equal(first("Eight terrorists killed in North Waziristan: ISPR\nRAWALPINDI: Security forces killed eight terrorists."), "ISPR");
  assert.equal(first("Russian forces lose 90 troops near Kupiansk - MoD\nKYIV - Ukrainian forces killed 90 Russian troops."), "MoD");
  assert.equal(first("Shelling kills nine in Kharkiv - Live Updates\nKYIV - Shelling killed nine people."), null);
});

test("running military losses: 'has lost a total of 893,450 troops', 'losses … amounted to 2,100 servicemen'; captives 'brought home' are let go", () => {
  const list = (t: string) => claims(t, "2026-03-13").map((c) => [c.category, c.value, c.place?.name ?? null]);
  assert.deepEqual(list("The army has lost a total of 8,450 troops in the war, the General Staff said.").map((c) => c.slice(0, 2)), [["killed", 8450]]);
  assert.deepEqual(list("Losses over the past day amounted to 2,100 servicemen, the General Staff said.").map((c) => c.slice(0, 2)), [["killed", 2100]]);
  // (The side whose losses they are is not where they fell.)
  assert.deepEqual(list("Russia has lost 1,180 troops near Pokrovsk over the past day."), [["killed", 1180, "Pokrovsk"]]);
  assert.deepEqual(list("Ukraine has brought home 175 prisoners of war in a new exchange with Russia.").map((c) => c.slice(0, 2)), [["other", 175]]);
  assert.notEqual(list("Ukraine has brought home 175 prisoners of war in a new exchange with Russia.")[0]?.[2], "Russia");
  assert.deepEqual(list("Ukraine brought home the bodies of 757 soldiers.").map((c) => c.slice(0, 2)), [["killed", 757]]);
});

test("a part named in an aside takes the whole's verb: only its noun ('among them 16 prisoners'), or a verb past its comma", () => {
  const cats = (t: string) => claims(t, "2026-03-11").map((c) => [c.category, c.value]);
  assert.deepEqual(cats("The rebels released 100 detainees, among them 16 foreign prisoners."), [["other", 100], ["other", 16]]);
  assert.deepEqual(cats("Security forces evacuated about 150 people, including 30 children, from a besieged orphanage on Monday."), [["evacuated", 150], ["evacuated", 30]]);
  // (A verb of all past the parts: "there are 45 persons, including 30 women, who were killed".)
  assert.deepEqual(cats("Of the overall death toll, there are 45 persons, including 30 women, who were killed while collecting truffles.")[1], ["killed", 30]);
});

test("a later doubt on 'the claims' or 'these reports' stays with its own paragraph and its own voice", () => {
  const hedges = (t: string) => claims(t, "2026-03-12").map((c) => [c.value, c.hedge]);
  // (A doubt closing a paragraph of its own figures does not reach the paragraph before.)
  assert.deepEqual(hedges("The lawyers' group said the RSF had detained about 60 young men.\n\nThe army said it had killed more than 200 militiamen. The claims could not be independently verified."),
    [[60, null], [200, "could not be independently verified"]]);
  // (Another voice spoke between the figure and the doubt: the doubt is on that voice's word.)
  assert.deepEqual(hedges("Hospital staff in Adre treated 92 wounded patients on Monday. Witnesses said armed men detained 40 young men in Geneina. These reports could not be verified."),
    [[92, null], [40, "could not be verified"]]);
  // (The same voice, or none, between: the doubt reaches back.)
  assert.deepEqual(hedges("The Observatory said 30 people were killed in Idlib. Another 12 died in Ariha. The figures could not be verified."),
    [[30, "could not be verified"], [12, "could not be verified"]]);
  // (A doubt that is a paragraph of its own still covers the paragraphs just before it.)
  assert.deepEqual(hedges("The army said it had killed 40 militants.\n\nIt said 3 soldiers died.\n\nThe figures could not be independently verified."),
    [[40, "could not be independently verified"], [3, "could not be independently verified"]]);
});

test("a doubt on either side's figures reaches both sides' sentences", () => {
  const hedges = claims("The ministry said 17 soldiers were killed. The militants said they had killed 53 soldiers. Reuters could not independently verify either side's figures.", "2024-01-04").map((c) => [c.value, c.hedge]);
  assert.deepEqual(hedges, [[17, "could not independently verify"], [53, "could not independently verify"]]);
  // (A doubt on the figure just before does not reach past it.)
  assert.deepEqual(claims("The ministry said 17 soldiers were killed. The militants said they had killed 53 soldiers. The figure could not be verified.", "2024-01-04").map((c) => c.hedge), [null, "could not be verified"]);
});

test("another voice's figure for the same count ('… own figure for the same period is lower, at 298'); people 'were inside' a place are present", () => {
  const list = (t: string) => claims(t, "2024-03-14").map((c) => [c.category, c.value, c.time?.start ?? null]);
  assert.deepEqual(list("Between 2015 and 2024, 412 migrants died in the region, according to our count. The Greek government's own figure for the same period is lower, at 298."), [["killed", 412, "2015-01-01"], ["killed", 298, "2015-01-01"]]);
  assert.deepEqual(list("The number of visitors is higher, at 300."), []);
  assert.deepEqual(list("About 600 people were inside the hospital when it was hit; 12 were killed.").map(([c, v]) => [c, v]), [["present", 600], ["killed", 12]]);
});

test("sweep G counts: people 'crossed' arrived; a threat or an attempt happened to no one; released hostages, 'remain in custody', 'confined to', 'were present', 'registered as missing', a bare 'drowned'", () => {
  const list = (t: string) => claims(t, "2024-04-24").map((c) => [c.category, c.value ?? c.low]);
  assert.deepEqual(list("On Monday, 317 people crossed in six boats, the Home Office said."), [["arrived", 317]]);
  assert.deepEqual(list("About 24,000 Afghans crossed at Torkham on Wednesday."), [["arrived", 24000]]);
  assert.deepEqual(list("The death toll crossed 1,000 on Monday."), [["killed", 1000]]);
  assert.deepEqual(list("Two men crossed the street before 3 people were shot."), [["wounded", 3]]);
  assert.deepEqual(list("At least 20 social leaders were on a list of people the group had threatened to kill."), []);
  assert.deepEqual(list("He said two men who tried to escape were shot dead."), [["killed", 2]]);
  assert.deepEqual(list("The 11 hostages were handed over to the Red Cross at the crossing."), [["other", 11]]);
  assert.deepEqual(list("The suspects were handed over to police; 11 people remain in custody."), [["detained", 11]]);
  assert.deepEqual(list("About 5,000 people are confined to their villages, the Ombudsman's Office said."), [["present", 5000]]);
  assert.deepEqual(list("About 300 policemen were present in the mosque at the time of the blast."), [["present", 300]]);
  assert.deepEqual(list("The state has more than 15,000 people registered as missing."), [["other", 15000]]);
  assert.deepEqual(list("The agency recorded 686 deaths on the border in 2022. Nearly 200 drowned in the river."), [["killed", 686], ["killed", 200]]);
});

test("sweep G2 counts: people 'affected' after a toll are no deaths; 'brought to safety'; 'staying in' sites; 'had to leave their homes'; 'the number of victims'; 'buried under rubble'; 'crowded into'", () => {
  const list = (t: string) => claims(t, "2024-05-28").map((c) => [c.category, c.value ?? c.low]);
  assert.deepEqual(list("Cyclone Remal: Death toll rises to 16, over 37 lakh people affected").filter(([c]) => c !== "other"), [["killed", 16]]);
  assert.deepEqual(list("The floods killed 12 people, and 3,000 people were affected.").filter(([c]) => c !== "other"), [["killed", 12]]);
  assert.deepEqual(list("Over 200 persons were brought to safety by boats on Tuesday night."), [["evacuated", 200]]);
  assert.deepEqual(list("Around 380,000 people are staying in tents and dormitories."), [["present", 380000]]);
  assert.deepEqual(list("About 36,000 people have had to leave their homes."), [["fled", 36000]]);
  assert.deepEqual(list("The number of victims of the floods has risen to 14, the prefecture said."), [["killed", 14]]);
  assert.deepEqual(list("Around 600 people were still believed to be buried under rubble in the town, spokesman Janan Sayeeq said."), [["present", 600]]);
  assert.equal(claims("Around 600 people were buried under rubble in Siah Aab, spokesman Janan Sayeeq said.")[0]?.source?.name, "Janan Sayeeq");
  assert.deepEqual(list("More than 1m people have crowded into Rafah, the agency said."), [["present", 1000000]]);
});

test("sweep G places: the seat of a voice gives way to the place the sentence names ('the health ministry in Ramallah says … in the West Bank'); ', with N dead in X' is that figure's place", () => {
  const place = (t: string) => claims(t, "2023-07-04").map((c) => [c.value, c.place?.name ?? null]);
  assert.deepEqual(place("The health ministry in Ramallah says 140 Palestinians have been killed in the West Bank this year."), [[140, "West Bank"]]);
  assert.deepEqual(place("In Syria, at least 3,162 people were killed, according to the health ministry in Damascus."), [[3162, "Syria"]]);
  assert.deepEqual(place("At least 12 people were killed, according to the health ministry in Damascus."), [[12, "Damascus"]]);
  assert.deepEqual(place("AFAD said the toll in Hatay province alone stood at 3,962, with 2,831 dead in Kahramanmaras."), [[3962, "Hatay"], [2831, "Kahramanmaras"]]);
});

test("a plain text's links to other stories ('Read more:' and the lines under it, 'RELATED: …') give no claims", () => {
  const text = "Floods killed 33 people in Choco, officials said.\n\nRead more:\nColombia floods leave 12 dead in 2023\nRains kill 4 in Peru\n\nRELATED: Heavy rains displace 5,000 in Ecuador\n\nRescuers evacuated 200 people.";
  assert.deepEqual(claims(text, "2024-07-18").map((c) => c.value), [33, 200]);
});

test("sweep G totals and comparisons: 'bringing the total for the year so far to'; a figure 'compared with' or 'down from' counts the same, at its own time; 'put the death toll in the northwest at'", () => {
  const list = (t: string, published: string) => claims(t, published).map((c) => [c.category, c.value, c.time?.start ?? null]);
  assert.deepEqual(list("The Home Office said 66 people had arrived in two boats, bringing the total for the year so far to 6,265.", "2024-04-24").map(([c, v]) => [c, v]), [["arrived", 66], ["arrived", 6265]]);
  assert.deepEqual(list("The deaths bring to 15 the number of people who have died this year, compared with 12 in the whole of 2023.", "2024-04-24"), [["killed", 15, "2024-01-01"], ["killed", 12, "2023-01-01"]]);
  assert.deepEqual(list("Officials said 18,491 people had crossed in the previous 24 hours, down from a peak of 28,120 on Tuesday.", "2023-09-28"), [["arrived", 18491, "2023-09-27"], ["arrived", 28120, "2023-09-26"]]);
  assert.deepEqual(list("The White Helmets put the death toll in the northwest at 1,800.", "2023-02-09"), [["killed", 1800, null]]);
  assert.deepEqual(list("The IOM put the number of people displaced in Derna at 30,000.", "2023-09-14"), [["fled", 30000, null]]);
  assert.deepEqual(list("Unemployment rose to 12 percent, up from 9 percent.", "2023-09-14"), []);
});

test("a transcript's speaker labels voice the figures of their paragraphs ('MINISTER SOYLU: … 9,057 … have lost their lives'); a dateline with a colon or a lone label voices nothing", () => {
  const voices = (t: string) => claims(t, "2023-02-08").map((c) => c.source?.name ?? null);
  assert.deepEqual(voices("Q: How many people have died?\n\nMINISTER SOYLU: As of this hour, 9,057 of our citizens have lost their lives.\n\nQ: And the injured?\n\nAFAD PRESIDENT SEZER: 52,979 people have been injured."), ["Minister Soylu", "Afad President Sezer"]);
  assert.deepEqual(voices("ISLAMABAD: Floods killed 41 people on Tuesday.\n\nKARACHI: Rains killed 3 more."), [null, null]);
  assert.deepEqual(voices("PREVIOUS STORY: A shooting left one man dead."), [null]);
});

test("sweep G2 categories: 'the number of refugees who have crossed … rose to'; 'Among the dead on Monday were'; 'Of the town's 40,000 residents, 12,000 …'; the wounded who 'arrived by private vehicle'", () => {
  const list = (t: string) => claims(t, "2024-09-24").map((c) => [c.category, c.value]);
  assert.deepEqual(list("The number of refugees who have crossed into Armenia since Sunday rose to 84,770 on Thursday."), [["arrived", 84770]]);
  assert.deepEqual(list("Among the dead on Monday were 50 children and 94 women, the minister said."), [["killed", 144], ["killed", 50], ["killed", 94]]);
  assert.deepEqual(list("Of the town's 40,000 residents, 12,000 were evacuated."), [["other", 40000], ["evacuated", 12000]]);
  assert.deepEqual(list("Of the 40 people killed, 12 were children."), [["killed", 40], ["killed", 12]]);
  assert.deepEqual(list("Seven of the wounded were taken to a medical center and three others arrived by private vehicle."), [["wounded", 7], ["wounded", 3]]);
  assert.deepEqual(list("About 300 refugees arrived by bus in Lviv."), [["arrived", 300]]);
  // (A day between a verb and its figure; not any "on": "wounds on both of her legs", "arriving on 20 motorbikes".)
  assert.deepEqual(list("She has gunshot wounds on both of her legs."), []);
});

test("a doubt written on another figure as its adjective is that figure's ('the enclave's estimated 120,000'); 'claimed 52 … and 16' doubts both", () => {
  const hedges = (t: string) => claims(t, "2023-09-28").map((c) => [c.value, c.hedge]);
  assert.deepEqual(hedges("Some 84,770 people had arrived in Armenia by Thursday, meaning most of the enclave's estimated 120,000 residents have left."), [[84770, null]]);
  assert.deepEqual(hedges("Officials claimed 52 militants have been killed and 16 others wounded."), [[52, "claimed"], [16, "claimed"]]);
});

test("releases: 'released a total of 150 prisoners' and its parts; a headline's '11 hostages freed,'; those a release is traded for ('in exchange for 60 prisoners') are no detentions", () => {
  const list = (t: string) => claims(t, "2023-11-28").map((c) => [c.category, c.value]);
  assert.deepEqual(list("Israel has released a total of 150 prisoners in four batches, including 39 on each of the first three days."), [["other", 150], ["other", 39]]);
  assert.deepEqual(list("11 hostages freed, 33 prisoners released in fourth exchange"), [["other", 11], ["other", 33]]);
  assert.deepEqual(list("The deal would see a further 20 hostages released in exchange for 60 Palestinian prisoners."), [["other", 20], ["other", 60]]);
  assert.deepEqual(list("Police said 12 people were arrested and later released."), [["detained", 12]]);
});

test("where the dead came from is no scene ('most of them from Sudan and Egypt'); 'Location: Geneva' above a briefing places nothing", () => {
  const place = (t: string, published: string) => claims(t, published).map((c) => c.place?.name ?? null);
  assert.deepEqual(place("Officials said 3,840 people were confirmed dead in Derna, including around 400 foreigners, most of them from Sudan and Egypt.", "2023-09-14"), ["Derna", "Derna"]);
  assert.deepEqual(place("Location: Geneva\n\nThe commission has said that at least 32 journalists remain in custody.", "2023-08-18"), [null]);
});

test("sweep H counts: 'fell as martyrs', 'the number of martyrs has risen to', drones 'shot down', 'several hundred thousand', a year naming killings", () => {
  const list = (text: string, published = "2024-10-06") => claims(text, published).map((c) => [c.category, c.value ?? [c.low, c.high]]);
  assert.deepEqual(list("Nine citizens fell as martyrs in the shelling."), [["killed", 9]]);
  assert.deepEqual(list("The number of martyrs has risen to 25, the ministry said."), [["killed", 25]]);
  assert.deepEqual(list("The air force said 45 drones were launched overnight, of which 31 were shot down."), []);
  assert.deepEqual(list("Several hundred thousand people fled the city."), [["fled", [200000, 900000]]]);
  assert.deepEqual(list("Commander jailed over 1995 killings near the town"), []);
  assert.deepEqual(list("Police recorded 1,995 killings last year."), [["killed", 1995]]);
});

test("sweep H categories: plucked from the sea, moved to temporary accommodation, allowed to return home, treated and released, remain in detention", () => {
  const list = (text: string) => claims(text).map((c) => [c.category, c.value]);
  assert.deepEqual(list("Fishermen plucked 69 refugees from the sea on Thursday."), [["evacuated", 69]]);
  assert.deepEqual(list("The mayor said about 120 residents had been moved to temporary accommodation."), [["evacuated", 120]]);
  assert.deepEqual(list("About 8,000 residents were allowed to return home."), [["arrived", 8000]]);
  assert.deepEqual(list("Two people were treated and released at the scene."), [["wounded", 2]]);
  assert.deepEqual(list("Of the 26,000 people arrested, over 20,000 remain in detention."), [["detained", 26000], ["detained", 20000]]);
  assert.deepEqual(list("One subject was pronounced deceased at the scene."), [["killed", 1]]);
  assert.deepEqual(list("A man was transported with non-life-threatening injuries."), [["wounded", 1]]);
});

test("sweep H subjects and sources: 'N of them were militants', 'civilian deaths', 'put the overall death toll at'", () => {
  const [, part] = claims("The ministry says 40,000 people have been killed. Israel says about 17,000 of them were militants.");
  assert.deepEqual([part?.category, part?.value, part?.subject], ["killed", 17000, "fighters"]);
  const [, children] = claims("\"Eleven people have died, two of them are children,\" the governor said.");
  assert.deepEqual([children?.category, children?.value, children?.subject], ["killed", 2, "children"]);
  assert.equal(claims("Monitors recorded more than 130 civilian deaths in six weeks.")[0]?.subject, "civilians");
  const put = claims("The health ministry put the overall death toll at 589 and said 2,720 people had been injured.");
  assert.deepEqual(put.map((c) => c.source?.name), ["The health ministry", "The health ministry"]);
});

test("sweep H times: '7 October last year' is that day; 'on 12 and 13 July 1995' the two days", () => {
  const time = (text: string) => { const c = claims(text, "2024-10-06")[0]; return c?.time && [c.time.start, c.time.end]; };
  assert.deepEqual(time("The toll has risen to 41,788 since 7 October of last year."), ["2023-10-07", "2024-10-06"]);
  assert.deepEqual(time("At least 12 people were killed on 7 October last year."), ["2023-10-07", "2023-10-07"]);
  assert.deepEqual(time("Around 25,000 people were bused to the town on 12 and 13 July 1995."), ["1995-07-12", "1995-07-13"]);
  assert.deepEqual(time("Two people were killed on October 1 and 4."), ["2024-10-01", "2024-10-01"]);
});

test("sweep H pages: a 'Read also:' line and a feed's 'The post … appeared first on' footer count no one and place nothing", () => {
  const text = "Fighters attacked the town on Saturday, killing dozens of civilians, two security sources said.\n\nRead also: In the north, 47 soldiers killed in ambush near Tinzaouaten\n\nThe army said it had killed about 50 attackers.\n\nThe post Gang attacks displace 15,000 appeared first on ReliefWire.";
  const list = claims(text, "2024-08-26");
  assert.deepEqual(list.map((c) => [c.category, c.value, c.place?.name ?? null]), [["killed", null, null], ["killed", 50, null]]);
});

test("sweep H pages: 'a school in Nuseirat refugee camp' is no person; aid 'reaching 20.9 million people' arrives nowhere; headlines 'cross into'", () => {
  const list = (text: string) => claims(text, "2024-06-11").map((c) => [c.category, c.value]);
  assert.deepEqual(list("At least 20 people were killed when aircraft struck a school in Nuseirat refugee camp."), [["killed", 20]]);
  assert.deepEqual(list("The plan requires US$4.2 billion to reach 20.9 million people in Sudan."), [["other", 20900000]]);
  assert.deepEqual(list("About 3,000 refugees reached the camp on Monday."), [["arrived", 3000]]);
  assert.deepEqual(list("Sudan: 1,200 refugees cross into Chad in 48 hours"), [["arrived", 1200]]);
  const [managed] = claims("Nine people were killed when shells hit the camp on Monday, camp managers said.", "2024-06-11");
  assert.equal(managed?.source?.name, "camp managers");
  const [early] = claims("The hospital received 28 bodies since the early hours.", "2024-06-11");
  assert.deepEqual(early?.time && [early.time.start, early.time.end], ["2024-06-11", "2024-06-11"]);
});

test("a region named only in the speaker's title gives way to the town the sentence before set the scene in", () => {
  const [c] = claims("Gang members stormed the town of Pont-Sondé on Thursday. At least 70 people were killed, according to a government spokeswoman for the Artibonite department.", "2024-10-05");
  assert.equal(c?.place?.name, "Pont-Sondé");
});

test("sweep H voices: 'while ACLED counts about 20,000' is ACLED's and not doubted by the other clause's 'may'; a quote two sentences on keeps its speaker", () => {
  const [, counted] = claims("The envoy has said that up to 150,000 people may have died, while ACLED counts about 20,000 reported fatalities.", "2024-06-11");
  assert.deepEqual([counted?.value, counted?.source?.name, counted?.hedge], [20000, "Armed Conflict Location and Event Data Project", null]);
  const [arrived] = claims("\"The current pulled my cousin away. I could do nothing,\" said Yusleidy Martinez, a 24-year-old woman, speaking at the station. \"We were 14 from our town. Only nine of us arrived.\"", "2024-02-02");
  assert.deepEqual([arrived?.value, arrived?.source?.name], [9, "Yusleidy Martinez"]);
});

test("sweep H chains and parts: 'up from 187 in February and 164 in January', 'and around 9,000 crossed into', 'lost fewer than 6,000 fighters', 'pushed … out of', '41 of the deaths were children'", () => {
  const list = (text: string) => claims(text, "2025-04-10").map((c) => [c.category, c.value, c.time?.start ?? null]);
  assert.deepEqual(list("In March, the network documented 212 civilian deaths, up from 187 in February and 164 in January."), [["killed", 212, "2025-03-01"], ["killed", 187, "2025-02-01"], ["killed", 164, "2025-01-01"]]);
  const crossed = claims("Some 21,000 people fled their homes in rural Latakia, according to OCHA, and around 9,000 crossed into northern Lebanon.", "2025-04-10");
  assert.deepEqual(crossed.map((c) => [c.category, c.value, c.place?.name]), [["fled", 21000, "Latakia"], ["arrived", 9000, "Lebanon"]]);
  assert.deepEqual(claims("The group said it had lost fewer than 6,000 fighters.").map((c) => [c.category, c.high, c.qualifier]), [["killed", 6000, "max"]]);
  assert.deepEqual(claims("The fighting has pushed tens of thousands of residents out of the city.").map((c) => c.category), ["fled"]);
  assert.equal(claims("41 of the deaths were children.")[0]?.subject, "children");
});

test("sweep H more: 'are still held', negated verbs count no one, evacuation orders 'cover', patients moved to a clinic, a long 'since' clause, 'Another 21' keeps the day, a headline's 'UNRWA:' voice", () => {
  const list = (text: string) => claims(text, "2024-06-11").map((c) => [c.category, c.value]);
  assert.deepEqual(list("Nearly 100 of the girls are still held."), [["detained", 100]]);
  assert.deepEqual(list("Two passengers were not injured."), []);
  assert.deepEqual(list("Nearly 1 million displaced people have not returned to their homes."), [["fled", 1000000]]);
  assert.deepEqual(list("Evacuation orders now cover 40,000 people in the county."), [["evacuated", 40000]]);
  assert.deepEqual(list("\"We moved 40 patients to a clinic across town,\" the director said."), [["evacuated", 40]]);
  const [since] = claims("More than 130,000 people have fled the city since fighting around the North Darfur capital escalated on May 10.", "2024-06-11");
  assert.deepEqual(since?.time && [since.time.start, since.time.end], ["2024-05-10", "2024-06-11"]);
  const [, another] = claims("Nine people were killed when shells hit the camp on Monday, camp officials said. Another 21 were wounded.", "2024-06-11");
  assert.deepEqual([another?.value, another?.time?.start, another?.source?.name], [21, "2024-06-10", "camp officials"]);
  assert.equal(claims("Health ministry: 37 dead in strike on school")[0]?.source?.name, "Health ministry");
});

test("a sentence naming no place goes on in the town the figure before it in the paragraph was counted in, not in a hospital's town", () => {
  const text = "Most of the displaced walked west to Tawila.\n\nInside El Fasher, an estimated 800,000 people remain trapped, according to OCHA. The charity said its team had received 1,315 wounded people since the fighting began.";
  assert.deepEqual(claims(text, "2024-06-11").map((c) => c.place?.name), ["El Fasher", "El Fasher"]);
  const taken = claims("Two men were shot in Rogers Park on Friday. A friend took one of the men, who suffered six wounds, to Saint Francis Hospital in Evanston, police said. Another man suffered wounds to the hip and arm.", "2024-06-11");
  assert.equal(taken[taken.length - 1]?.place?.name, "Rogers Park");
});

test("sweep I counts: 'at risk of dying' counts no dead; revised tolls; 'drug personalities'; 'mobilised'; 'deserted their communities'; 'whisked away'; 'disappeared' kept as other", () => {
  const list = (text: string) => claims(text, "2024-08-11").map((c) => [c.category, c.value]);
  assert.deepEqual(list("Hundreds of children are at risk of dying in the coming months."), [["other", null]]);
  assert.deepEqual(list("Police on Sunday revised down the death toll from Saturday's explosion in the town to 19."), [["killed", 19]]);
  assert.deepEqual(list("Tanker explosion death toll revised to 19"), [["killed", 19]]);
  assert.deepEqual(list("The number of injured was also revised from 40 to 34, a spokesman said."), [["wounded", 34]]);
  assert.deepEqual(list("Six suspected drug personalities were killed in operations on Wednesday night, police said."), [["killed", 6]]);
  assert.deepEqual(list("The army has mobilised 2,000 troops to the area."), [["present", 2000]]);
  assert.deepEqual(list("Hundreds of residents have since deserted their communities."), [["fled", null]]);
  assert.deepEqual(list("Twelve passengers were whisked away by the gunmen."), [["detained", 12]]);
  assert.deepEqual(list("More than 300 people have disappeared in the state this year."), [["other", 300]]);
});

test("sweep I voices and times: 'The Director-General of X (ACR), Dr Name, said'; 'The DPO said'; a dateline closed by '(PTI)'; 'between June and September' under way; another voice's doubt", () => {
  assert.equal(claims("The Director-General of the State Emergency Management Agency (SEMA), Dr Ade Bello, said the bodies of five workers had been recovered.")[0]?.source?.name, "Ade Bello");
  assert.equal(claims("DPO Nazir Khan said a police party was attacked. The DPO said two suspects were arrested.")[0]?.source?.name, "Nazir Khan");
  const [train] = claims("BHUBANESWAR, Oct 22 (PTI) Seven passengers were killed when two trains collided on Sunday evening, railway officials said.", "2024-10-22");
  assert.equal(train?.time?.start, "2024-10-20");
  const [ipc] = claims("The IPC said 25.6 million people were in Phase 3 or worse between June and September.", "2024-08-01");
  assert.deepEqual(ipc?.time && [ipc.time.start, ipc.time.end], ["2024-06-01", "2024-09-30"]);
  const [cholera] = claims("Zambia has recorded 127 deaths since October, the health ministry said, as the World Health Organization warned the disease could spread.", "2024-01-09");
  assert.equal(cholera?.hedge, null);
});

test("sweep I outlets: 'liquidated 1,250 occupiers', 'kill 7, injure 30', 'among them', 'rendered homeless', 'dispatched 120 officers', 'Perhaps 100'", () => {
  const list = (text: string) => claims(text, "2024-06-04").map((c) => [c.category, c.value]);
  assert.deepEqual(list("Ukrainian forces liquidated 1,250 occupiers over the past day, the General Staff reported."), [["killed", 1250]]);
  assert.deepEqual(list("Strikes kill 7, injure 30 in Kharkiv"), [["killed", 7], ["wounded", 30]]);
  assert.deepEqual(list("Eight people, among them two police reservists, were killed on Tuesday."), [["killed", 8], ["killed", 2]]);
  assert.deepEqual(list("Since May 2023, over 220 people have been killed and nearly 60,000 rendered homeless."), [["killed", 220], ["fled", 60000]]);
  assert.deepEqual(list("\"We have dispatched 120 additional officers to the area,\" the police chief said."), [["present", 120]]);
  assert.deepEqual(claims("Perhaps 100 children were on board, survivors said.").map((c) => c.qualifier), ["approx"]);
});

test("sweep I voices, places and times: 'It said' after a body opens the sentence; 'Name, Ukraine's … commissioner, said'; 'including nine in a house in Jabalia'; 'Oct. 7 last year'; a total raised to; 'in the early hours'", () => {
  const [, captured] = claims("The UN says more than 450,000 people were sheltering in the camp.\n\nThe RSF denied targeting civilians. It said it had captured 30 army soldiers.", "2025-04-13");
  assert.equal(captured?.source?.name, "Rapid Support Forces");
  assert.equal(claims("Five people were killed, Dmytro Lubinets, Ukraine's human rights commissioner, said on Telegram.")[0]?.source?.name, "Dmytro Lubinets");
  const strikes = claims("Israeli air strikes killed at least 25 Palestinians across the Gaza Strip on Tuesday, including nine in a house in Jabalia, health officials said.", "2024-10-15");
  assert.deepEqual(strikes.map((c) => c.place?.name), ["Gaza Strip", "Jabalia"]);
  const [toll] = claims("The health ministry said the death toll since Oct. 7 last year had risen to 42,344.", "2024-10-15");
  assert.deepEqual(toll?.time && [toll.time.start, toll.time.end], ["2023-10-07", "2024-10-15"]);
  const [, total] = claims("According to the health ministry, 38 people were killed in the past 24 hours, bringing the overall death toll to 40,005.", "2024-08-14");
  assert.deepEqual([total?.value, total?.time ?? null], [40005, null]);
  assert.equal(claims("Two people were killed in the early hours in Kharkiv, officials said.", "2024-06-04")[0]?.time?.start, "2024-06-04");
  assert.equal(claims("A 2022 blast at the same mine killed 41 people.", "2024-03-14")[0]?.time?.start, "2022-01-01");
});

test("sweep I disasters and scope: miners brought to the surface, a ferry's manifest, workers on the site, a toll 'across the Strip' is no town's", () => {
  const list = (text: string) => claims(text, "2024-08-14").map((c) => [c.category, c.value]);
  assert.deepEqual(list("Rescuers brought 17 miners to the surface alive on Thursday."), [["evacuated", 17]]);
  assert.deepEqual(list("The ferry's manifest listed 64 passengers."), [["present", 64]]);
  assert.deepEqual(list("About 40 workers were on the site when the building collapsed."), [["present", 40]]);
  assert.deepEqual(list("The death toll from the strike on the school has risen by five to 45, officials said."), [["killed", 45]]);
  const [, across] = claims("Troops killed some 20 gunmen during a raid in Khan Younis, the army said. According to the health ministry, 38 people were killed across the Strip in the past 24 hours.", "2024-08-14");
  assert.notEqual(across?.place?.name, "Khan Younis");
});

test("people in hospital with an illness are counted, but not as wounded; a wound in the clause before still is", () => {
  const cat = (t: string) => claims(t, "2024-07-10").map((c) => [c.category, c.value]);
  assert.deepEqual(cat("Forty-one people were admitted to hospital with cholera symptoms."), [["other", 41]]);
  assert.deepEqual(cat("Eleven people were injured and 26 were treated for heat stroke."), [["wounded", 11], ["other", 26]]);
  assert.deepEqual(cat("Nine people were hospitalised with breathing problems after the chlorine attack."), [["wounded", 9]]);
});

test("'Of the 40 people wounded, 12 later died': the whole keeps its own verb and time; a share something else happened to has its own", () => {
  const got = (t: string) => claims(t, "2024-05-28").map((c) => [c.category, c.value, c.time?.start ?? null]);
  assert.deepEqual(got("Of the 40 people wounded on Monday, 12 died on Tuesday."), [["wounded", 40, "2024-05-27"], ["killed", 12, "2024-05-28"]]);
  assert.deepEqual(got("Of the 251 hostages taken on October 7, 111 remain in Gaza."), [["detained", 251, "2023-10-07"], ["present", 111, null]]);
  assert.deepEqual(got("Of the 45 people killed on Monday, 30 were women."), [["killed", 45, "2024-05-27"], ["killed", 30, "2024-05-27"]]);
});

test("a role with where it stands before a named speaker; Nigerian honorifics; people still held, taken captive or taken from a church are detained", () => {
  const a = claims("A police officer at the checkpoint, Inspector Musa Danladi, said four soldiers were killed.");
  assert.equal(a[0]?.source?.name, "Musa Danladi");
  const b = claims("The chairman of the Kauru council, Hon. Jibrin Audu, said 23 people were taken from the mosque and that at least nine persons are still in captivity.", "2024-04-03");
  assert.deepEqual(b.map((c) => [c.category, c.value, c.source?.name]), [["detained", 23, "Jibrin Audu"], ["detained", 9, "Jibrin Audu"]]);
  assert.equal(claims("Dozens of soldiers who failed to escape had been taken prisoner, the group said.")[0]?.category, "detained");
  assert.equal(claims("Eleven farmers kidnapped last week have been rescued, while 3 remained in the hands of their captors.").map((c) => c.category).join(","), "evacuated,detained");
  // A verb of their own, then another: no participle describing them.
  assert.equal(claims("At least 20 armed men escaped and are hiding in the bush, the army said.")[0]?.category, "fled");
});

test("voices: 'X has learned that', 'put the death toll higher, saying', 'has put the injured at', 'claim to have killed' (hedged); the subject after a dateline's dash; 'what it said were' is its own sentence's body", () => {
  const src = (t: string, d = "2024-07-09") => claims(t, d).map((c) => c.source?.name ?? null);
  assert.deepEqual(src("The monitor has learned that two fighters were killed, while the Tal Rifaat Military Council said it had killed \"several attackers\"."), ["The monitor", "Tal Rifaat Military Council"]);
  assert.deepEqual(src("Ahmad Nuri put the death toll higher, saying 14 policemen had been killed."), ["Ahmad Nuri"]);
  assert.deepEqual(src("The Red Crescent said 90 people had been killed. The NDMA has put the injured at 1,210."), ["Red Crescent", "NDMA"]);
  const claimed = claims("Resistance fighters in Sagaing claim to have killed about 40 junta soldiers on Sunday.", "2024-02-20")[0];
  assert.deepEqual([claimed?.source?.name, claimed?.hedge], ["Resistance fighters in Sagaing", "claim to have"]);
  assert.deepEqual(src("HERAT — Afghan authorities ended the search on Friday and said the final toll stood at 88 dead."), ["Afghan authorities"]);
  assert.deepEqual(src("The Sudan Doctors Network said 90 civilians had been wounded. The RSF released a video showing what it said were 150 soldiers who had surrendered."), ["Sudan Doctors Network", "Rapid Support Forces"]);
});

test("voices: residents of a nearby village speak (the village is a place); a described body named in commas; 'he' after an unnamed spokesperson is that spokesperson", () => {
  const a = claims("Residents of nearby Bulo Marer said they buried 19 people after the fighting.", "2023-08-24")[0];
  assert.equal(a?.source?.name, "Residents of nearby Bulo Marer");
  assert.equal(claims("A rights group that documents abuses, Frontline Lawyers, said troops had detained about 200 men.")[0]?.source?.name, "Frontline Lawyers");
  const he = claims("A spokesperson for the Ayeyar People's Defense Force (PDF), who asked not to be named, said jets bombed the village. \"Four children died on the spot,\" he said.", "2023-11-15");
  assert.match(he[0]?.source?.name ?? "", /^A spokesperson for the Ayeyar/);
  assert.equal(claims("Upon arrival officers learned that a clerk, Ravi Dhillon, 24, had been shot in the arm.")[0]?.source?.name, "officers");
});

test("disaster wording: told to leave, forced out of their homes, had to leave, on the route or at the mine when it struck, attended, stuck; a toll raised to; all killed on board", () => {
  const cat = (t: string) => claims(t, "2024-03-10").map((c) => [c.category, c.value]);
  assert.deepEqual(cat("A further 400 people were told to leave the village overnight."), [["evacuated", 400]]);
  assert.deepEqual(cat("The floods forced 12,000 people out of their homes."), [["fled", 12000]]);
  assert.deepEqual(cat("In Canoas alone, 180,000 residents had to leave."), [["fled", 180000]]);
  assert.deepEqual(cat("Around 18 people were on the route at the time of the avalanche, a rescue spokesperson said."), [["present", 18]]);
  assert.deepEqual(cat("About 100 people were at the mine when the mud came down."), [["present", 100]]);
  assert.deepEqual(cat("More than 250,000 people attended the funeral, police said."), [["present", 250000]]);
  assert.deepEqual(cat("Some 1,000 people were still stuck in the area by evening."), [["present", 1000]]);
  assert.deepEqual(cat("The toll was later raised to 132."), [["killed", 132]]);
  assert.deepEqual(cat("A minibus plunged off a bridge on Wednesday, killing all 14 passengers on board, police said."), [["killed", 14]]);
  assert.deepEqual(cat("The boat had 40 people on board."), [["present", 40]]);
});

test("rights-report wording: killings named as nouns ('the extrajudicial execution of', '52 cases of extrajudicial killing', 'the beheading of'); deaths of people held; a stock where the displaced live", () => {
  const cat = (t: string) => claims(t, "2024-03-10").map((c) => [c.category, c.value]);
  assert.deepEqual(cat("The commission said it had documented the extrajudicial execution of at least 23 people by security forces."), [["killed", 23]]);
  assert.deepEqual(cat("Amnesty International said it had documented 52 cases of extrajudicial execution by the army."), [["killed", 52]]);
  assert.deepEqual(cat("Police recorded 30 cases of kidnapping last month."), [["detained", 30]]);
  assert.deepEqual(cat("Doctors reported 300 cases of cholera."), []);
  assert.deepEqual(cat("Rights groups documented the beheading of 8 men in the village."), [["killed", 8]]);
  assert.deepEqual(cat("Human Rights Watch documented the deaths of at least 10 detainees in custody."), [["killed", 10]]);
  assert.deepEqual(cat("Rights groups accused the army of the summary execution of 31 men detained in Djibo in April."), [["killed", 31]]);
  assert.deepEqual(cat("Survivors shelter in camps in Mekelle, where an estimated 300,000 displaced people live, officials said."), [["present", 300000]]);
  assert.deepEqual(cat("Most of them headed to camps near the border, which already house more than 1.5 million displaced people."), [["present", 1500000]]);
});

test("breakdowns: parts by nationality after a count say who it was ('two civilians, one Saudi and one Yemeni resident'); 'comprising' opens parts of a stated whole; casualties broken down into deaths in the next sentence are no toll", () => {
  const list = (t: string) => claims(t, "2024-03-10").map((c) => [c.category, c.value]);
  assert.deepEqual(list("Falling shrapnel wounded two civilians, one Saudi and one Yemeni resident, the coalition said."), [["wounded", 2], ["wounded", 1], ["wounded", 1]]);
  assert.deepEqual(list("The attack killed two soldiers, a civilian and a nurse.")[0], ["killed", 4]);
  assert.deepEqual(list("A total of 1,235 persons, comprising 387 fighters, 312 women and 536 children, surrendered to troops in Bama."), [["surrendered", 1235], ["surrendered", 387], ["surrendered", 312], ["surrendered", 536]]);
  assert.deepEqual(list("UN monitors have recorded 1,350 civilian casualties in Taiz since the truce collapsed. The casualties included 410 deaths, the monitors said."), [["other", 1350], ["killed", 410]]);
});

test("times: the day of a verdict is not the killing's ('convicted on Thursday of killing eight in 2015'); an event named with its year dates its toll ('the 1984 gas leak killed'), not one measured against ('since the 2015 massacre')", () => {
  const when = (t: string) => claims(t, "2025-03-06").map((c) => c.time?.start ?? null);
  assert.deepEqual(when("A court in Lyon on Thursday convicted a man of killing eight people in a 2015 arson attack."), ["2015-01-01"]);
  assert.deepEqual(when("A former militia commander was found guilty on Friday of ordering the killings of at least 27 civilians in 2003."), ["2003-01-01"]);
  assert.deepEqual(when("A court on Thursday convicted a man of killing eight people."), [null]);
  assert.deepEqual(when("The 1984 gas leak in Bhopal killed some 3,800 people."), ["1984-01-01"]);
  assert.deepEqual(when("Campaigners recalled the 2013 Rana Plaza collapse, which killed 1,134 people."), ["2013-01-01"]);
  assert.deepEqual(when("Gunmen killed 12 people, the deadliest attack since the 2015 massacre."), [null]);
  assert.deepEqual(when("Gunmen killed 12 people on Monday, the deadliest attack since the 2015 massacre."), ["2025-03-03"]);
});

test("subjects: an army's officer is troops; members of anti-terrorist forces are troops; 'two of its members' of the armed group that speaks are fighters", () => {
  const subj = (t: string) => claims(t, "2024-03-10").map((c) => c.subject);
  assert.deepEqual(subj("Gunmen killed a Yemeni army officer in Abyan on Thursday."), ["troops"]);
  assert.deepEqual(subj("Two police officers were wounded."), ["police"]);
  assert.deepEqual(subj("A strike killed three members of the anti-terrorist forces."), ["troops"]);
  assert.deepEqual(subj("Hezbollah said an Israeli strike killed two of its members near Bint Jbeil."), ["fighters"]);
  assert.deepEqual(subj("The company said the fire killed two of its members."), ["people"]);
});

test("attacks: one more after a count ('arrested six, and a seventh suspect was killed') is one; suspects in custody are held; crowds inside when it struck; 'both assailants, a man and a woman' are two; the gunman shot dead after his toll is one more dead", () => {
  const list = (t: string) => claims(t, "2020-11-03").map((c) => [c.category, c.value]);
  assert.deepEqual(list("Security forces arrested six people on Thursday, and a seventh suspect was killed, the ministry said."), [["detained", 6], ["killed", 1]]);
  assert.deepEqual(list("Five gunmen were killed in Nairobi and 11 suspects are in custody, the minister said."), [["killed", 5], ["detained", 11]]);
  assert.deepEqual(list("About 6,000 people had been inside the hall when the attackers opened fire."), [["present", 6000]]);
  assert.deepEqual(list("Some 600 people were celebrating inside the club when the attacker burst in, officials said."), [["present", 600]]);
  assert.deepEqual(list("The shooter fired into the crowd of 22,000 concertgoers."), [["present", 22000]]);
  assert.deepEqual(list("Both assailants, a man and a woman, were killed by security forces in Ankara on Wednesday."), [["killed", 2]]);
  assert.deepEqual(list("A gunman killed four people in Vienna on Monday before he was shot dead by police."), [["killed", 4], ["killed", 1]]);
  assert.deepEqual(list("A man drove a truck into the crowd, killing 84 people, before police shot him dead."), [["killed", 84], ["killed", 1]]);
});

test("South Asian copy: a capital-letter dateline is no voice; 'a jawan was martyred' is one dead, on the day told; ultras are fighters; every item of a long list is dated by its heading", () => {
  const list = (t: string, d = "2023-06-10") => claims(t, d).map((c) => [c.category, c.value, c.source?.name ?? null, c.time?.start ?? null]);
  assert.deepEqual(list("RAJOURI: Two persons were killed in firing on Monday."), [["killed", 2, null, "2023-06-05"]]);
  assert.deepEqual(list("UNRWA: 17,000 people sheltering at schools").map((c) => c[2]), ["UNRWA"]);
  assert.deepEqual(list("A jawan was martyred in the gunfight in Kupwara on Friday."), [["killed", 1, null, "2023-06-09"]]);
  assert.deepEqual(claims("Three ultras were killed in the encounter in Shopian on Friday.", "2023-06-10").map((c) => c.subject), ["fighters"]);
  const dated = list("Situation report, Malawi (as of 16 March)\n• 447 people killed\n• 12,000 displaced\n• 300 injured\n• 2,000 in shelters", "2023-08-15");
  assert.deepEqual(dated.map((c) => c[3]), ["2023-03-16", "2023-03-16", "2023-03-16", "2023-03-16"]);
});

test("wire briefs: a headline credited after a dash ('-- police'); 'lost lives'; 'Police held 15 migrants'; 'returned their homeland'; passersby; a birth year dates nothing", () => {
  const list = (t: string) => claims(t, "2024-06-10").map((c) => [c.category, c.value, c.source?.name ?? null]);
  assert.deepEqual(list("Blast kills 12 in Kirkuk -- police"), [["killed", 12, "police"]]);
  assert.deepEqual(list("Six policemen lost lives when militants attacked a checkpoint."), [["killed", 6, null]]);
  assert.deepEqual(list("Police held 15 migrants in Izmir province on Thursday."), [["detained", 15, null]]);
  assert.deepEqual(list("Some 1,200 Syrians returned their homeland via the border gate in a week.").map((c) => c[0]), ["arrived"]);
  assert.deepEqual(list("The assailants opened fire, killing a policeman and wounding two passersby.").map((c) => [c[0], c[1]]), [["killed", 1], ["wounded", 2]]);
  assert.deepEqual(claims("Shelling killed 2 people and injured 5, including one child born in 2011.", "2024-03-20").map((c) => c.time), [null, null, null]);
});

test("'a total of seven soldiers'; 'the toll of injured'; laying down arms and returning to the mainstream are surrenders; an FIR against people is no arrest nor a figure compared", () => {
  const list = (t: string) => claims(t, "2023-06-10").map((c) => [c.category, c.value]);
  assert.deepEqual(list("A total of seven soldiers were killed in the attacks."), [["killed", 7]]);
  assert.deepEqual(list("A local official said the toll of injured could rise to 20."), [["wounded", 20]]);
  assert.deepEqual(list("Seventy-two cadres laid down arms in Guwahati on Thursday."), [["surrendered", 72]]);
  assert.deepEqual(list("Around 8,000 youths had returned to the mainstream since 2021."), [["surrendered", 8000]]);
  assert.deepEqual(list("About 3,000 refugees have returned to Syria."), [["arrived", 3000]]);
  assert.deepEqual(list("Police arrested 14 suspects and registered an FIR against 50 persons after a mob attacked a mosque."), [["detained", 14]]);
});

test("box lines: a label with 'confirmed' is no voice and the next line's label is not this figure's ('Deaths confirmed: 3,958⏎Missing: 9,000+'); 'Around 300 managed to flee'; 'of whom 13 managed to get out'", () => {
  const list = (t: string) => claims(t, "2019-01-08").map((c) => [c.category, c.value, c.source?.name ?? null]);
  assert.deepEqual(list("Deaths confirmed: 3,958\nMissing: 9,000+")[0], ["killed", 3958, null]);
  assert.deepEqual(list("Some 1,200 people remain trapped in the town. Around 300 managed to flee across the river on Monday night.").map((c) => c[0]), ["present", "fled"]);
  assert.deepEqual(list("He said 24 miners were working inside the mine when the blast happened, of whom 13 managed to get out.").map((c) => [c[0], c[1]]), [["present", 24], ["fled", 13]]);
});

test("regional breakdowns after a comma ('21 dead across Sri Lanka, 12 in Ratnapura district and 5 in Kegalle') are parts placed apart; a DySP is police, listed with other ranks", () => {
  const list = claims("Floods have left 21 people dead across Sri Lanka, 12 in Ratnapura district and 5 in Kegalle, the Disaster Management Centre said on Sunday.", "2024-06-02");
  assert.deepEqual(list.map((c) => [c.category, c.value, c.place?.name ?? null]), [["killed", 21, "Sri Lanka"], ["killed", 12, "Ratnapura"], ["killed", 5, "Kegalle"]]);
  assert.deepEqual(claims("An Army colonel, a major and a DySP were killed in an encounter on Wednesday.", "2023-06-10")[0]?.value, 3);
});

test("places: where a road leads ('killed on the road to Jerusalem', 'clogging the highway to Beirut') is no scene; a town its apposition names is the scene, not the region after", () => {
  const place = (t: string) => claims(t, "2024-03-13").map((c) => c.place?.name ?? null);
  assert.deepEqual(place('Hezbollah said two of its fighters had been killed "on the road to Jerusalem".'), [null]);
  assert.deepEqual(place("Tens of thousands of residents fled the south, clogging the highway to Beirut."), [null]);
  assert.deepEqual(place("Tens of thousands of residents fled Tyre, clogging the highway to Beirut."), ["Tyre"]);
  // ("Tessaoua, a town in Niger's Maradi region": the town the apposition names, not the region it lies in.)
  assert.deepEqual(claims("Gunmen attacked Tessaoua, a town in Niger's Maradi region, killing six guests.", "2021-09-13").map((c) => c.place?.name ?? null), ["Tessaoua"]);
  // (Nor is the city a prosecutor's office is named for.)
  assert.deepEqual(claims("A truck killed 84 people in Nice on Thursday night. Paris prosecutor Francois Molins said 202 people were wounded.", "2016-07-15").map((c) => c.place?.name ?? null), ["Nice", "Nice"]);
});

test("times: 'Five others were wounded', 'Three soldiers were also killed' right after a dated toll are more of the same event, on its day", () => {
  const list = claims("Gunmen killed 14 villagers in Tchoma Bangou on Saturday. Five others were wounded. Three soldiers were also killed.", "2021-01-04");
  assert.deepEqual(list.map((c) => [c.value, c.time?.start ?? null]), [[14, "2021-01-02"], [5, "2021-01-02"], [3, "2021-01-02"]]);
  // (A count with nothing that ties it to the toll before is not dated by it.)
  assert.equal(claims("Gunmen killed 14 villagers in Tchoma Bangou on Saturday. Nearly 2,000 people have fled the district.", "2021-01-04")[1]?.time, null);
});

test("times: 'in the same period last year' compares, it does not borrow the period before; 'bringing to 73 the number …' is the total's own period; a conceded clause's year; an event told again across a paragraph break", () => {
  const t = (text: string, d: string) => claims(text, d).map((c) => [c.value, c.time?.start ?? null, c.time?.end ?? null]);
  assert.deepEqual(t("More than 900 people landed on Lampedusa between Friday and Sunday. So far this year 61,200 migrants have arrived in Italy, against 40,100 in the same period last year.", "2023-08-07"),
    [[900, "2023-08-04", "2023-08-06"], [61200, "2023-01-01", "2023-08-07"], [40100, "2022-01-01", "2022-08-07"]]);
  assert.deepEqual(t("A village leader was shot dead on Wednesday night, bringing to 41 the number of community leaders killed so far this year.", "2024-04-25")[1], [41, "2024-01-01", "2024-04-25"]);
  assert.deepEqual(t("Although the group was declared defeated in late 2017, officials estimate that about 3,000 of its fighters remain active.", "2023-10-30"), [[3000, null, null]]);
  assert.deepEqual(t("Militants attacked an army base near Jowhar on Thursday.\n\nThe group said its fighters killed 21 soldiers in the dawn raid.", "2023-08-25"), [[21, "2023-08-24", "2023-08-24"]]);
});

test("burials count the dead; 'lost only 31 fighters'; a denial counts no one; a headline without articles; a list after 'they are:' breaks the figure down", () => {
  const cat = (t: string, d = "2024-01-29") => claims(t, d).map((c) => [c.category, c.value]);
  assert.deepEqual(cat("A village elder said 14 persons were buried on Monday."), [["killed", 14]]);
  assert.deepEqual(cat("One resident said he helped bury 19 people."), [["killed", 19]]);
  assert.deepEqual(cat("Twelve people were buried under the rubble of the market."), [["present", 12]]);
  assert.deepEqual(cat("A spokesman said the group had lost only 17 fighters in the battle."), [["killed", 17]]);
  assert.deepEqual(cat("The colonel said not a single soldier had surrendered."), []);
  assert.deepEqual(cat("Not one person was hurt in the blast."), []);
  assert.deepEqual(cat("Artillery fire kills man and three children near Maarat al-Numan"), [["killed", 4], ["killed", 1], ["killed", 3]]);
  assert.deepEqual(cat("An airstrike on the monastery killed a monk and wounded four novices."), [["killed", 1], ["wounded", 4]]);
  assert.deepEqual(cat("The number killed by drone strikes this year has risen to 30, they are: nine civilians, 16 members of the SDF, and five members of the regime forces.", "2024-07-09"),
    [["killed", 30], ["killed", 9], ["killed", 16], ["killed", 5]]);
});

test("humanitarian wording: shelters, still buried, sought treatment, crowds, transfers, rooftops, lost homes, deportations, pushbacks", () => {
  const cat = (t: string, d = "2024-10-08") => claims(t, d).map((c) => [c.category, c.value ?? c.low]);
  assert.deepEqual(cat("The minister said 120,400 displaced people were registered in 610 collective shelters."), [["present", 120400]]);
  assert.deepEqual(cat("\"At least 25 people are still buried in the village,\" an elder said."), [["present", 25]]);
  assert.deepEqual(cat("The ministry said 38 protesters had sought hospital treatment since Thursday."), [["wounded", 38]]);
  assert.deepEqual(cat("About 20,000 people gathered in the main square on Sunday night."), [["present", 20000]]);
  assert.deepEqual(cat("Authorities began transferring 450 migrants from the island to the mainland on Sunday."), [["evacuated", 450]]);
  assert.deepEqual(cat("Rescuers plucked dozens of residents from rooftops overnight."), [["evacuated", 24]]);
  assert.deepEqual(cat("Nearly 8,000 people have lost their homes, the agency said."), [["fled", 8000]]);
  assert.deepEqual(cat("The country deported 6,000 migrants last month."), [["evacuated", 6000]]);
  assert.deepEqual(cat("Border guards had pushed back 1,300 migrants at the crossing."), [["evacuated", 1300]]);
});

test("what counts no one, or no one held: 'every one of', shares of things, a capacity, a change; the freed and those still held", () => {
  const cat = (t: string, d = "2024-02-12") => claims(t, d).map((c) => [c.category, c.value]);
  assert.deepEqual(cat("\"We think of every one of those still held,\" she said."), []);
  assert.deepEqual(cat("Officials opened 400 shelters, and 350 of the shelters were full."), []);
  assert.deepEqual(cat("The centre, which was designed for 300 people, was hosting over 1,000 on Monday, the Red Cross said."), [["other", 300]]);
  assert.deepEqual(cat("The camp now hosts some 30,000 more people than it did a year ago."), [["other", 30000]]);
  assert.deepEqual(cat("Of the 120 pupils abducted last week, 80 were freed on Sunday."), [["detained", 120], ["other", 80]]);
  assert.deepEqual(cat("Troops freed three hostages on Monday, leaving 96 people still held in the tunnels."), [["other", 3], ["detained", 96]]);
});

test("the freed taken to hospital for checks are not wounded; whom a toll counts by its adjective or a long 'number of' phrase; the men a side lost; 'Niger state' is Nigeria's", () => {
  const got = (t: string, d = "2024-03-25") => claims(t, d).map((c) => [c.category, c.value, c.subject]);
  assert.deepEqual(got("Three freed hostages were taken to hospital."), [["other", 3, "hostages"]]);
  assert.deepEqual(got("Eleven people were taken to a hospital in Kano for medical checks."), [["other", 11, "people"]]);
  assert.deepEqual(got("The network said the civilian death toll had risen to 52."), [["killed", 52, "civilians"]]);
  assert.deepEqual(got("The number of civilians killed by air strikes in the province since the start of the year has risen to 75."), [["killed", 75, "civilians"]]);
  assert.deepEqual(got("The group said its fighters lost 40 men."), [["killed", 40, "fighters"]]);
  const niger = claims("Gunmen abducted 31 villagers in Niger state on Sunday, police said.")[0]?.place;
  assert.deepEqual([niger?.precision, Math.round(niger?.lat ?? 0)], ["province", 10]);
});

test("a toll's series by day; a count left out after a voice told between; a village after 'in' in a report naming no country", () => {
  const got = (t: string, d = "2025-11-14") => claims(t, d).map((c) => [c.category, c.value, c.time?.start ?? null]);
  assert.deepEqual(got("The official toll climbed all week: from 21 on Monday to 40 on Tuesday, 66 on Wednesday and 80 on Thursday, the ministry said."),
    [["killed", 21, "2025-11-10"], ["killed", 40, "2025-11-11"], ["killed", 66, "2025-11-12"], ["killed", 80, "2025-11-13"]]);
  assert.deepEqual(got("The death toll rose from 12 on Monday to 30 on Tuesday."), [["killed", 12, "2025-11-10"], ["killed", 30, "2025-11-11"]]);
  const places = claims("Six people were killed in Qasr-e Shirin, the Red Crescent said, and 4 in villages around Sarpol-e Zahab.", "2025-11-12").map((c) => [c.value, c.place?.name]);
  assert.deepEqual(places, [[6, "Qasr-e Shirin"], [4, "Sarpol-e Zahab"]]);
});

test("a relative clause tells the people's past, the main verb what happened to them", () => {
  const cat = (t: string) => claims(t, "2024-06-05").map((c) => [c.category, c.value]);
  assert.deepEqual(cat("Some 9,000 people who were displaced during the war have returned to their homes."), [["arrived", 9000]]);
  assert.deepEqual(cat("The quake forced 300 families who had returned to their villages to flee again."), [["fled", 300]]);
  assert.deepEqual(cat("Cameras show the two men who were shot fleeing the scene."), [["wounded", 2]]);
});

test("voices: 'the health ministry' is not the interior ministry named before; 'group spokesman X' speaks for the group named before; 'Neither toll could be independently verified' doubts both sides", () => {
  const a = claims("The toll rose to 64, the country's Interior Ministry said. At least 12 of the dead were children, the health ministry said.", "2025-11-14");
  assert.deepEqual(a.map((c) => c.source?.name), ["Interior Ministry", "the health ministry"]);
  const b = claims("The Taliban claimed the raid. In a statement, group spokesman Qari Yusuf said 11 soldiers were killed.", "2019-06-11")[0];
  assert.deepEqual([b?.source?.name, b?.source?.org], ["Qari Yusuf", "Taliban"]);
  const c = claims("The army said it had killed 60 militants. The militants said they had killed 40 soldiers. Neither toll could be independently verified.", "2024-05-13");
  assert.ok(c.length === 2 && c.every((x) => x.hedge !== null), JSON.stringify(c.map((x) => x.hedge)));
});

test("newcomers registered somewhere arrived there; a share of a toll named by what happened leaves the toll whole ('15 percent of the 2,000 wounded were children')", () => {
  const a = claims("A total of 120 newcomers were registered in Adre this week.")[0];
  assert.deepEqual([a?.category, a?.value], ["arrived", 120]);
  const b = claims("Doctors said 15 percent of the 2,000 wounded were children.")[0];
  assert.deepEqual([b?.category, b?.value], ["wounded", 2000]);
});

test("a toll that falls is still the toll ('The death toll fell to 23 after duplicates were removed'); 'the number of attacks fell' counts no one", () => {
  const a = claims("The death toll fell to 23 after officials found duplicate names.")[0];
  assert.deepEqual([a?.category, a?.value], ["killed", 23]);
  assert.equal(claims("The number of attacks fell to 23.").filter((c) => c.category !== "other").length, 0);
});

test("parts listed after 'including' or 'the dead included' make no total of their own; 'a civilian auxiliary force' and 'one of the world's worst crises' count no one", () => {
  const a = claims("Thirteen peacekeepers were killed, including nine South Africans, three Malawians and one Uruguayan.");
  assert.deepEqual(a.map((c) => c.value), [13, 9, 3, 1]);
  assert.deepEqual(claims("He said the dead included two police officers and a nun.").map((c) => [c.value, c.qualifier]), [[3, "min"], [2, "exact"], [1, "exact"]]);
  assert.deepEqual(claims("At least nine soldiers and 14 fighters were killed.").map((c) => c.value), [23, 9, 14]);
  assert.deepEqual(claims("At least 60 members of the VDP, a civilian auxiliary force, had died.").map((c) => c.value), [60]);
  assert.deepEqual(claims("The war has killed 150,000 people and created one of the world's worst humanitarian crises.").map((c) => c.value), [150000]);
});

test("local crime wording: a death denied or feared counts no one; 'a second victim' died means at least two dead; 'found A, 58, and B, 61, dead' counts both; one struck who then died is no one hurt", () => {
  assert.deepEqual(claims("Police said it was a miracle no one was killed when shots hit the bus.").filter((c) => c.category === "killed"), []);
  assert.deepEqual(claims("\"We're lucky we're not talking about a dead child this morning,\" the chief said."), []);
  assert.deepEqual(claims("\"We don't want another dead teenager on this street,\" the pastor said."), []);
  assert.deepEqual(claims("Police did not say why 3 dead men were in the car.").map((c) => c.value), [3]);
  const second = claims("Second victim dies after Saturday shooting at nightclub")[0];
  assert.deepEqual([second?.value, second?.low, second?.high, second?.qualifier], [2, 2, null, "min"]);
  assert.deepEqual(claims("Two firefighters died and a third was injured.").map((c) => [c.category, c.value]), [["killed", 2], ["wounded", 1]]);
  assert.deepEqual(claims("Inside, officers found Linda Marsh, 58, and Gary Marsh, 61, dead from gunshot wounds.").map((c) => [c.category, c.value]), [["killed", 2]]);
  assert.deepEqual(claims("One of the shots struck Gloria Jenkins, who was waiting for a bus. She died at the scene.").map((c) => [c.category, c.value]), [["killed", 1]]);
});

test("humanitarian wording: dates and age bands count no one; villages left, accommodation centres, refuge taken, people lost, people hosted, running totals of asylum seekers, a population before the war", () => {
  const cat = (text: string) => claims(text).map((c) => [c.category, c.value]);
  assert.deepEqual(cat("A woman who arrived on 27 April told UNHCR staff that her brother was killed."), [["killed", 1]]);
  assert.deepEqual(cat("The clinics treated 39 people with gunshot wounds between 5 and 11 August."), [["wounded", 39]]);
  assert.deepEqual(cat("Malnutrition among children under five at the camp had reached 30 per cent."), []);
  assert.deepEqual(cat("In Chiure, 52,830 individuals left their villages."), [["fled", 52830]]);
  assert.deepEqual(cat("Some 22,000 people are staying in 40 accommodation centres."), [["present", 22000]]);
  assert.deepEqual(cat("About 1,500 people were staying in the former Tesco building."), [["present", 1500]]);
  assert.deepEqual(cat("Roughly 3,500 people took refuge on the roofs of houses."), [["fled", 3500]]);
  assert.deepEqual(cat("\"Last week alone, we lost six people before they reached a bed.\""), [["killed", 6]]);
  assert.deepEqual(cat("\"We already host over one million Rohingya.\""), [["present", 1000000]]);
  assert.deepEqual(cat("It had helped more than 1,200 Rohingya civilians leave combat areas."), [["evacuated", 1200]]);
  assert.deepEqual(cat("3,400 arrived, bringing the total number of asylum seekers in Ghana to around 12,000."), [["arrived", 3400], ["present", 12000]]);
  assert.deepEqual(cat("Djibo had a population of 60,000 before the conflict."), [["present", 60000]]);
});

test("a doubt on figures in a sentence of its own covers the paragraphs just before it; one on either side's tolls covers the report", () => {
  const either = claims("The army said 40 fighters were killed.\nHealth officials said 52 civilians died. Doctors said 14 more were wounded.\n\nThe group said 21 soldiers died.\n\nThe agency could not independently verify the tolls given by either side.");
  assert.ok(either.length === 4 && either.every((c) => c.hedge !== null), JSON.stringify(either.map((c) => c.hedge)));
  const near = claims("Police said 52 people died on Friday. He said at least eight children were among the dead.\n\nThe numbers could not be independently confirmed.");
  assert.ok(near.length === 2 && near.every((c) => c.hedge !== null));
  const far = claims("Police said 52 people died.\nA. B.\nC. D.\nE. F.\nThe numbers could not be independently confirmed.");
  assert.equal(far[0]?.hedge, null);
});

test("a lead's toll said on one day is dated by the attack its next paragraph tells ('… said on Wednesday. ¶ Gunmen surrounded the village on Monday evening')", () => {
  const text = "BAMAKO, April 16 (Wire) - Gunmen killed at least 41 villagers in central Mali, local officials said on Wednesday.\n\nThe attackers surrounded the village on Monday evening and opened fire on residents.";
  const [c] = claims(text, "2025-04-16");
  assert.deepEqual([c?.time?.start, c?.said], ["2025-04-14", "2025-04-16"]);
  // (A next paragraph that tells no attack leaves the day of the saying.)
  const [d] = claims("Gunmen killed at least 41 villagers, officials said on Wednesday.\n\nThe mayor met the families on Monday.", "2025-04-16");
  assert.equal(d?.time?.start, "2025-04-16");
});

test("wire wording: people tracked leaving a camp fled; fighters who laid down their weapons surrendered; people who lived here are present; families escorted to safety were evacuated; people still in detention are detained", () => {
  const cat = (text: string) => claims(text, "2025-05-08").map((c) => [c.category, c.value ?? c.low]);
  assert.deepEqual(cat("Its teams had tracked between 360,000 and 400,000 people leaving the camp since April 11."), [["fled", 360000]]);
  assert.deepEqual(cat("Several hundred members of the militias had laid down their weapons, he said."), [["surrendered", 200]]);
  assert.deepEqual(cat("\"About 600 people lived here,\" a woman said."), [["present", 600]]);
  assert.deepEqual(cat("Its forces had escorted thousands of families to safety."), [["evacuated", 2000]]);
  assert.deepEqual(cat("The group said 21,380 people were still in detention."), [["detained", 21380]]);
  assert.deepEqual(cat("Three people who lived here were killed."), [["killed", 3]]);
});

test("a country acting in a clause of its own ('since Israel resumed its offensive') or whose border is near ('near Mali border') is not where the people were", () => {
  assert.equal(claims("Niger says 44 civilians killed in mosque attack near Mali border", "2025-03-22")[0]?.place?.name, "Niger");
  const [gaza] = claims("Israeli strikes hit Gaza again. It said 3,340 people had been killed since Israel resumed its offensive on March 18.", "2025-05-08").filter((c) => c.value === 3340);
  assert.equal(gaza?.place?.name, "Gaza");
});

test("doubts: suspected deaths, officials estimating, reports received, a figure still being reconciled; 'in total' is a running total the day of saying does not date; a press conference's day is the saying's", () => {
  const hedge = (text: string) => claims(text, "2023-09-18")[0]?.hedge ?? null;
  assert.equal(hedge("The health ministry has reported 420 suspected deaths since February."), "suspected");
  assert.equal(hedge("Officials estimating that around 8,000 people have crossed into Bangladesh since early August."), "estimating");
  assert.equal(hedge("The agency said it had received reports that dozens of people were killed on 5 August."), "received reports");
  assert.equal(hedge("The Red Crescent said it had confirmed 3,958 deaths, though the figure was still being reconciled with hospital records."), "still being reconciled");
  const total = claims("The UN refugee agency said on Tuesday that over 3 million people had fled Ukraine in total.", "2022-03-16")[0];
  assert.deepEqual([total?.time, total?.said], [null, "2022-03-15"]);
  const told = claims("Health minister Othman Abduljaleel told a press conference in Benghazi on Sunday that 5,300 bodies had been recovered.", "2023-09-18")[0];
  assert.equal(told?.said, "2023-09-17");
});

test("'Its spokesman in Geneva, X, said' speaks for the body named before, and Geneva is only where he briefs; 'One of them, an officer …' is the officer", () => {
  const [c] = claims("OCHA said fighting continued in Goma. Its spokesman in Geneva, Jens Laerke, said on Friday that at least 700 people had died.", "2025-02-04");
  assert.deepEqual([c?.source?.name, c?.source?.org, c?.place?.name], ["Jens Laerke", "UN Office for the Coordination of Humanitarian Affairs", "Goma"]);
  const [d] = claims("Two sources spoke to the agency. One of them, an officer posted in the region, said at least 60 soldiers had died.", "2025-02-04");
  assert.equal(d?.source?.name, "an officer posted in the region");
});

test("where refugees are: the place that hosts them ('eastern Chad hosts 600,000 refugees'), never any of the places they came from ('refugees from Nigeria and Mali')", () => {
  assert.equal(claims("One year after fighting broke out in Sudan, eastern Chad hosts more than 600,000 new refugees.", "2024-05-03")[0]?.place?.name, "Chad");
  assert.equal(claims("Niger has seen attacks rise. Roughly 350,000 refugees from Nigeria and Mali live in the country.", "2024-05-03")[0]?.place?.name, "Niger");
});

test("a live blog's Markdown heading dates the entry under it ('### Yesterday, 11:00 — Surrender')", () => {
  const [c] = claims("# Sudan live\n\n### Yesterday, 11:00 — Surrender\n\nA group of 60 RSF fighters surrendered to the army in Sennar state.", "2024-06-15");
  assert.equal(c?.time?.start, "2024-06-14");
});

test("a list's heading places the items under it that name no place ('## Key numbers (Sindh province) ⏎ • 8,400 people injured')", () => {
  const list = claims("# Floods report\n\nThe NDMA said 1,314 people had died in Pakistan.\n\n## Key numbers (Sindh province)\n\n• 8,400 people injured\n\n## Balochistan\n\n- 230 people killed", "2022-09-05");
  assert.deepEqual(list.map((c) => c.place?.name), ["Pakistan", "Sindh", "Balochistan"]);
});

test("people who pulled guns were not pulled out; officers who arrived as backup are no arrivals; a witness expected to testify is no doubt on the figure", () => {
  assert.deepEqual(claims("An argument continued into the parking lot, where at least two people pulled guns."), []);
  assert.deepEqual(claims("Two officers who had arrived as backup fired back, hitting the man.").filter((c) => c.category === "arrived"), []);
  assert.equal(claims("A fourth person was shot in the arm but survived and is expected to testify.")[0]?.hedge, null);
  assert.deepEqual(claims("Rescuers pulled 14 survivors from the wreckage.").map((c) => c.category), ["evacuated"]);
});

test("a time past a clause break, with another figure and its own verb between, is that figure's; a time closing a list of clauses is all of theirs", () => {
  const a = claims("The UN says nearly 3.5 million people are displaced inside Somalia, and that some 120,000 people were forced from their homes in Hiran between January and July.", "2025-08-19");
  assert.deepEqual(a.map((c) => c.time?.start ?? null), [null, "2025-01-01"]);
  const b = claims("Security forces killed around 30 fighters in an operation overnight, and detained 8 suspected members of the group in Mogadishu on Monday.", "2025-08-19");
  assert.deepEqual(b.map((c) => c.time?.text), ["overnight", "on Monday"]);
  const c = claims("Twelve people were killed, and 30 wounded, on Monday.", "2025-08-19");
  assert.deepEqual(c.map((x) => x.time?.start), ["2025-08-18", "2025-08-18"]);
});

test("a time opening the sentence before its speaker is the saying's ('Last month, Human Rights Watch accused … in February 2024'); a report's month is when it said ('said in a report last month that … between January and May')", () => {
  const hrw = claims("Last month, Human Rights Watch accused the army of killing at least 223 villagers in two villages in the north in February 2024.", "2025-07-08")[0];
  assert.deepEqual([hrw?.time?.start, hrw?.said], ["2024-02-01", "2025-06-30"]);
  const report = claims("The commission said in a report last month that at least 153 civilians had been killed in drone strikes between January and May.", "2025-07-08")[0];
  assert.deepEqual([report?.time?.start, report?.time?.end], ["2025-01-01", "2025-05-31"]);
  // (With nothing else dated, the opening day dates the scene as well.)
  const scene = claims("On Sunday, sources confirmed that gunmen attacked a bus. The attack killed 12 soldiers.", "2021-01-04")[0];
  assert.equal(scene?.time?.start, "2021-01-03");
});

test("a verb's second object past the first one's voice shares its verb ('killed 4,000 people in Lebanon, according to Lebanese authorities, and about 80 Israeli soldiers')", () => {
  const list = claims("Strikes have killed more than 4,000 people in Lebanon, according to Lebanese authorities, and about 80 Israeli soldiers, according to Israeli figures.", "2025-07-08");
  assert.deepEqual(list.map((c) => [c.category, c.value, c.source?.name]), [["killed", 4000, "Lebanese authorities"], ["killed", 80, "Israeli figures"]]);
  const own = claims("Strikes have killed more than 4,000 people in Lebanon, according to Lebanese authorities, and 80 people were wounded in Israel.", "2025-07-08");
  assert.deepEqual(own.map((c) => c.category), ["killed", "wounded"]);
});

test("a part whose own words say its people are dead counts the dead ('58 are still held, including 34 the military says are dead')", () => {
  const list = claims("Of the 251 hostages taken that day, 58 are still held in Gaza, including 34 the military says are dead.", "2025-05-21");
  assert.deepEqual(list.map((c) => [c.category, c.value]), [["detained", 251], ["detained", 58], ["killed", 34]]);
  assert.deepEqual(claims("Twelve people who were dead drunk were arrested.").map((c) => c.category), ["detained"]);
});

test("a count of hundreds of thousands that names no place is the country's, not the town the report is about", () => {
  const list = claims("SANAA, Sept 11 (Wire) - U.S. airstrikes on the port killed 38 people in Hodeidah.\n\nMore than 4.5 million Yemenis remain internally displaced.", "2025-09-12");
  assert.deepEqual(list.map((c) => c.place?.name), ["Hodeidah", "Yemen"]);
});

test("people who left a town for another fled from the first ('had left Fambita since Saturday for the town of Tera')", () => {
  const [c] = claims("He said that about 1,500 residents had left Fambita since Saturday for the town of Tera, fearing another attack.", "2025-04-16");
  assert.deepEqual([c?.category, c?.place?.name], ["fled", "Fambita"]);
});

test("prisoners exchanged are released, not detained, whatever words stand between ('150 prisoners of war from each side were exchanged')", () => {
  assert.deepEqual(claims("Some 150 prisoners of war from each side were exchanged on Thursday.").map((c) => c.category), ["other"]);
  assert.deepEqual(claims("Some 150 prisoners of war were killed on Thursday.").map((c) => c.category), ["killed"]);
});

test("the figure a toll replaced is a claim of its own ('revised the death toll down to 27, from its earlier figure of 31')", () => {
  const list = claims("The agency revised the death toll from the floods down to 27, from its earlier figure of 31.", "2025-05-13");
  assert.deepEqual(list.map((c) => [c.category, c.value]), [["killed", 27], ["killed", 31]]);
});

test("a region named only in the speaker's title is where the speaker serves; the town the report is about is where it happened", () => {
  const list = claims("Floods hit Beledweyne\n\nFloods killed at least 12 people in Beledweyne on Saturday, officials said. The river burst its banks overnight. Hiraan regional governor Ali Jimale Farah told reporters that rescue teams had pulled 40 people from rooftops.", "2025-05-10");
  assert.deepEqual(list.filter((c) => c.category === "evacuated").map((c) => c.place?.name), ["Beledweyne"]);
});

test("regional press wording: Maoists counted whole before their parts; martyrdom is death; families that migrated or were forced to leave fled; families recorded in evacuation centres are present; victims of intentional homicide registered are the dead; a figure not confirmed by the ministry is doubted; 'claimed an estimated 40,000 lives' is doubted by 'estimated'", () => {
  const cat = (text: string) => claims(text, "2024-11-25").map((c) => [c.category, c.value]);
  assert.deepEqual(cat("Twelve Maoists, including two women, were killed in the clash."), [["killed", 12], ["killed", 2]]);
  assert.deepEqual(cat("Martyrdom of 7 soldiers, 12 injured in Lakki Marwat attack"), [["killed", 7], ["wounded", 12]]);
  assert.deepEqual(cat("Some 400 families migrated to the district headquarters."), [["fled", 400]]);
  assert.deepEqual(cat("Dozens of families were forced to leave their homes in the camp."), [["fled", null]]);
  assert.deepEqual(cat("Some 2,140 families were recorded in evacuation centers."), [["present", 2140]]);
  assert.deepEqual(cat("Guerrero registered 1,450 victims of intentional homicide between January and August."), [["killed", 1450]]);
  assert.deepEqual(cat("Some 300 refugees registered at the border post."), [["arrived", 300]]);
  assert.equal(claims("Some 30 members of the ELN surrendered, although this figure has not been confirmed by the Ministry of Defense.")[0]?.hedge, "has not been confirmed");
  assert.equal(claims("The conflict has claimed an estimated 40,000 lives, according to the military.")[0]?.hedge, "estimated");
  assert.equal(claims("Governor William Villamizar affirmed that at least 80 people have been killed.")[0]?.source?.name, "William Villamizar");
});

test("headline wording: 'Displaced exceed 32,000 and the dead reach 80'", () => {
  assert.deepEqual(claims("Displaced exceed 32,000 and the dead reach 80 in Catatumbo", "2025-01-20").map((c) => [c.category, c.value]), [["fled", 32000], ["killed", 80]]);
});

test("one who lost people is no loss ('A resident of Debark who lost two relatives said')", () => {
  assert.deepEqual(claims("A resident of Debark who lost two relatives in the strike said the market was crowded.").map((c) => [c.category, c.value]), [["killed", 2]]);
});

test("an aside on where a voice sits ('the Observatory, based in Britain, put the toll') places nothing", () => {
  const [toll] = claims("Fighting raged in Idlib. The Syrian Observatory for Human Rights, based in Britain, put the toll at 14 dead.", "2024-05-08");
  assert.equal(toll?.place?.name, "Idlib");
});

test("a verb left out before 'N more' is the one before ('Five people were killed on Monday and seven more on Tuesday')", () => {
  const found = claims("Five people were killed on Monday and seven more on Tuesday morning, the health ministry said.", "2024-05-08");
  assert.deepEqual(found.map((c) => [c.category, c.value, c.time?.start]), [["killed", 5, "2024-05-06"], ["killed", 7, "2024-05-07"]]);
});

test("a state used as a noun after a preposition names other people ('trained 230 volunteers in management of the dead')", () => {
  assert.deepEqual(claims("The agency trained 230 volunteers in management of the dead.", "2024-05-08"), []);
  assert.deepEqual(claims("Some 40 doctors were caring for the wounded in the camp.", "2024-05-08"), []);
  // (A share of them is still counted.)
  assert.deepEqual(claims("Of the 60 people brought in, 35 of the wounded were children.", "2024-05-08").map((c) => [c.category, c.value]), [["wounded", 35]]);
});

test("people who came ashore arrived ('Some 1,200 migrants came ashore on Sunday')", () => {
  assert.deepEqual(claims("Some 1,200 migrants came ashore on the island on Sunday.", "2024-05-08").map((c) => [c.category, c.value]), [["arrived", 1200]]);
});

test("a place that names a war places nothing when another is named ('in the West Bank since the Gaza war began')", () => {
  assert.equal(claims("Israeli forces have killed 500 Palestinians in the West Bank since the Gaza war began, the ministry said.", "2024-03-12")[0]?.place?.name, "West Bank");
  // (Alone, it is the best there is.)
  assert.equal(claims("At least 500 people were killed in the Gaza war, the ministry said.", "2024-03-12")[0]?.place?.name, "Gaza");
});

test("a modal in a clause of time or purpose doubts nothing ('died before they could be referred')", () => {
  assert.equal(claims("Five patients died before they could be referred to a hospital.", "2024-03-12")[0]?.hedge, null);
  assert.equal(claims("Officials said 40 people could have been killed.", "2024-03-12")[0]?.hedge, "could");
});

test("injuries counted are the wounded ('12 deaths and 19 injuries'); 'among the martyrs' are the dead", () => {
  const cat = (text: string) => claims(text, "2024-03-12").map((c) => [c.category, c.value]);
  assert.deepEqual(cat("The clashes caused 12 deaths and 19 injuries, police said."), [["killed", 12], ["wounded", 19]]);
  assert.deepEqual(cat("Among the martyrs are 127 children, the ministry said."), [["killed", 127]]);
});

test("a figure closing the clause after 'and' shares the verb before ('had been killed, and 4,959 women'; 'in Kano and 40 in Kaduna')", () => {
  const cat = (text: string) => claims(text, "2024-03-12").map((c) => [c.category, c.value, c.place?.name ?? null]);
  assert.deepEqual(cat("The ministry said 12,300 children had been killed, and 4,959 women."), [["killed", 12300, null], ["killed", 4959, null]]);
  assert.deepEqual(cat("Twelve people were killed in Kano and 40 in Kaduna."), [["killed", 12, "Kano"], ["killed", 40, "Kaduna"]]);
  assert.deepEqual(cat("The coalition said 156 were killed on Monday and over 134 on Tuesday.").map((c) => c[1]), [156, 134]);
  // (Not a second day of a month.)
  assert.deepEqual(cat("Nine soldiers were killed in ambushes on October 11 and 14, the army said.").map((c) => c[1]), [9]);
});

test("people hit by stray bullets are wounded, and those rescued are evacuated ('rescuing 19 people')", () => {
  const cat = (text: string) => claims(text, "2024-03-12").map((c) => [c.category, c.value]);
  assert.deepEqual(cat("Five people were hit by stray bullets in the market."), [["wounded", 5]]);
  assert.deepEqual(cat("Two people were killed after being hit by stray bullets."), [["killed", 2]]);
  assert.deepEqual(cat("Rescuers worked through the night, rescuing 19 people from one building."), [["evacuated", 19]]);
});

test("a figure with no place right after one counted in a country counts in that country, not the report's town", () => {
  const text = "Fighters stormed a village in Gezira state on Wednesday, killing 104 people.\n\nThe war has displaced more than 10 million people inside Sudan. Aid agencies estimate that at least 15,000 people have been killed.";
  const found = claims(text, "2024-06-05");
  assert.deepEqual(found.map((c) => [c.value, c.place?.name]), [[104, "Gezira"], [10000000, "Sudan"], [15000, "Sudan"]]);
  // (A sentence that points back to the attack is the attack's.)
  const back = claims("Fighters stormed a village in Gezira state on Wednesday, killing 104 people.\n\nViolence has displaced 10 million people across Sudan. The attack also wounded 150 people.", "2024-06-05");
  assert.equal(back.find((c) => c.value === 150)?.place?.name, "Gezira");
});

test("the town of the clinics or the named hospital the hurt were taken to is not where they were hurt", () => {
  assert.equal(claims("Jets bombed Shwebo on Monday. Some 20 wounded were taken to clinics in nearby Kanbalu.", "2023-04-12")[0]?.place?.name, "Shwebo");
  assert.equal(claims("A man was shot in Dolton on Sunday. He was taken to Ingalls Memorial Hospital in Harvey, where he died.", "2023-04-12").find((c) => c.category === "killed")?.place?.name, "Dolton");
});

test("'since then' runs from the one time the sentence before gives to the report's day", () => {
  const [toll] = claims("The group announced a wide offensive on the city in February. Dozens of fighters have been killed since then, according to local media.", "2021-04-06");
  assert.deepEqual([toll?.time?.start, toll?.time?.end], ["2021-02-01", "2021-04-06"]);
  // (With two times before, which one is meant is not told.)
  const [two] = claims("The offensive began in February and stalled in March. Dozens of fighters have been killed since then.", "2021-04-06");
  assert.equal(two?.time ?? null, null);
});

test("the time of a share told after the whole ('…, most of them in the past two months') is not the whole's", () => {
  const [toll] = claims("The ministry said 3,544 people had been killed since the conflict began, most of them in the past two months.", "2024-11-20");
  assert.equal(toll?.time ?? null, null);
});

test("of two towns a few kilometres apart, the report's focus is the one it names most ('Gaza', not 'Beit Lahiya' named once)", () => {
  const text = "GAZA (Reuters) - Strikes killed 27 people across Gaza on Wednesday, including 10 in a house in Beit Lahiya.\n\nIsrael says it has killed more than 17,000 militants. About 100 hostages remain in Gaza.";
  const found = claims(text, "2024-11-20");
  assert.equal(found.find((c) => c.value === 17000)?.place?.name, "Gaza");
  assert.equal(found.find((c) => c.value === 10)?.place?.name, "Beit Lahiya");
});

test("a town the sentence names is finer than its province named beside it ('police in Michoacán found six bodies near Uruapan')", () => {
  assert.equal(claims("Police in neighboring Michoacán found the bodies of six men dumped along a highway near Uruapan, officials said.", "2024-06-23")[0]?.place?.name, "Uruapan");
});

test("the town the next sentence tells the attack was in is finer than the province the lead names ('The attack in the city of Irapuato')", () => {
  const text = "Gunmen opened fire at a bar in the central Mexican state of Guanajuato late Saturday, killing 12 people, prosecutors said.\n\nThe attack in the city of Irapuato was the latest in a string of massacres.";
  assert.equal(claims(text, "2024-06-23")[0]?.place?.name, "Irapuato");
});

test("people praying or who lived somewhere are a stock there; a relative clause with a bare verb tells their past ('who lived in the house were killed')", () => {
  const cat = (text: string) => claims(text, "2023-01-30").map((c) => [c.category, c.value]);
  assert.deepEqual(cat("The police chief said between 300 and 400 officers had been praying when the bomber struck."), [["present", 300]]);
  assert.deepEqual(cat("Some 1,700 people lived in the building, officials said."), [["present", 1700]]);
  assert.deepEqual(cat("The 12 people who lived in the house were killed in the strike."), [["killed", 12]]);
  assert.deepEqual(cat("Most of the 30,000 villagers who fled have since returned to their homes."), [["arrived", 30000]]);
});

test("people taken away by attackers are held ('They took away dozens of men')", () => {
  assert.deepEqual(claims("Residents said the attackers took away dozens of men from the village.", "2022-06-23").map((c) => [c.category, c.low]), [["detained", 24]]);
});

test("a country that owns the speaker ('The Cameroon military said') places nothing the sentence counts", () => {
  const text = "Separatists attacked an army post in Kumbo on Monday. The Cameroon military said seven troops were killed.";
  assert.equal(claims(text, "2021-09-20")[0]?.place?.name, "Kumbo");
});

test("members of a named armed body that is no state's army are fighters ('members of the Civilian Joint Task Force')", () => {
  const subject = (text: string) => claims(text, "2024-03-12")[0]?.subject;
  assert.equal(subject("Five members of the Civilian Joint Task Force were killed in the ambush."), "fighters");
  assert.equal(subject("Twelve members of the Popular Mobilization Forces were killed."), "fighters");
  assert.notEqual(subject("Two members of the Israel Defense Forces were killed."), "fighters");
});

test("the sides of talks and the region arrivals came from place nothing ('Talks between Ukraine and Russia', 'refugees from north-east Nigeria')", () => {
  assert.equal(claims("Shelling hit Kharkiv on Monday. Talks between Ukraine and Russia stalled as 40 civilians were killed.", "2024-03-12")[0]?.place?.name, "Kharkiv");
  assert.equal(claims("Aid groups in Diffa are overwhelmed. About 3,000 refugees from north-east Nigeria have arrived in the camp.", "2024-03-12")[0]?.place?.name, "Diffa");
});

test("'Among the dead were three children' is a part of the dead told before, when and where they died", () => {
  const text = "A missile struck a block of flats in Dnipro on Saturday, killing at least 23 people. Rescuers were still searching the rubble on Sunday for 40 people believed trapped. Among the dead were three children, the governor said.";
  const found = claims(text, "2023-01-15");
  assert.deepEqual(found.filter((c) => c.category === "killed").map((c) => [c.value, c.time?.start]), [[23, "2023-01-14"], [3, "2023-01-14"]]);
});

test("a part after 'among them' takes the whole's verb, not the next clause's ('killed 9 civilians, among them 4 children, and wounded 20')", () => {
  const found = claims("A rescue worker said an air strike killed 9 civilians, among them 4 children, and wounded about 20 people.", "2024-01-10");
  assert.deepEqual(found.map((c) => [c.category, c.value]), [["killed", 9], ["killed", 4], ["wounded", 20]]);
});

test("hedges: 'a figure that could not be immediately confirmed' doubts the figure; a doubt in a relative clause about something else does not", () => {
  const hedge = (text: string) => claims(text, "2024-08-18")[0]?.hedge ?? null;
  assert.equal(hedge("An army spokesman said at least five gunmen had been killed, a figure that could not be immediately confirmed."), "could not be immediately confirmed");
  assert.equal(hedge("Police said they had detained two men over the fire, which some refugees believed was set deliberately."), null);
  assert.equal(hedge("The ministry said 40 people were killed, which could not be independently verified."), "could not be independently verified");
});

test("a figure counted 'since the attack' does not take the day the sentence before gives", () => {
  const found = claims('"We buried 58 people on Tuesday alone," he said. He said more than 300 families had fled toward Kaya since the attack.', "2024-08-18");
  assert.deepEqual(found.map((c) => [c.value, c.time?.start ?? null]), [[58, "2024-08-13"], [300, null]]);
});

test("camps that hold people and a group that has members are stocks ('The camps already held about 600,000 people')", () => {
  const cat = (text: string) => claims(text, "2024-08-18").map((c) => [c.category, c.value]);
  assert.deepEqual(cat("The camps already held about 600,000 people, the agency said."), [["present", 600000]]);
  assert.deepEqual(cat("The ELN has about 5,800 members, according to military intelligence."), [["present", 5800]]);
});

test("a province the sentence opens with gives way to its town; people moved to neighbouring camps were moved; a stock that still remains keeps no earlier week", () => {
  assert.equal(claims("In Hatay province, some 3,000 residents were evacuated from the coastal town of Iskenderun overnight.", "2023-02-07")[0]?.place?.name, "Iskenderun");
  assert.deepEqual(claims("About 5,000 of those affected had been moved to neighbouring camps, UNHCR said.", "2024-08-18").map((c) => [c.category, c.value]), [["evacuated", 5000]]);
  const found = claims("Over the past week, 1,850 people have been evacuated from the Kupiansk district, he said. He added that about 12,000 residents still remain in the district.", "2024-08-18");
  assert.deepEqual(found.map((c) => [c.category, c.time?.start ?? null]), [["evacuated", "2024-08-11"], ["present", null]]);
});

test("people lost off a country's coast are not placed in the capital the report was filed from", () => {
  assert.equal(claims("ATHENS (Reuters) - At least 79 people died when a boat sank off southern Greece on Wednesday, the coast guard said.", "2024-08-18")[0]?.place?.name, "Greece");
});

test("where words were said sets no scene for the sentence after ('told reporters in Ankara')", () => {
  const text = 'The agency chief told reporters in Ankara that rescue teams were working in ten provinces. "We have pulled 7,840 people alive from the rubble so far," he said.';
  assert.equal(claims(text, "2023-02-07")[0]?.place ?? null, null);
});

test("a figure 'in the country' is the report's country, not a town the sentence names for another figure", () => {
  const found = claims("GOMA, Democratic Republic of Congo (Wire) - MONUSCO has about 13,500 troops in the country, and 4 of its peacekeepers were wounded on Monday when their position near Sake was shelled.", "2024-01-10");
  assert.deepEqual(found.map((c) => [c.value, c.place?.precision === "country" ? "country" : c.place?.name ?? null]), [[13500, "country"], [4, "Sake"]]);
});

test("people left without a roof over their heads are displaced, as the homeless are", () => {
  assert.deepEqual(claims("The fire left around 12,000 people without a roof over their heads, officials said.", "2023-03-06").map((c) => [c.category, c.value]), [["fled", 12000]]);
});

test("'at least' opening a pair of tolls is said of both ('At least 10,582 civilians have been killed and 19,875 injured')", () => {
  const q = (text: string) => claims(text, "2024-08-18").map((c) => [c.value, c.qualifier]);
  assert.deepEqual(q("At least 10,582 civilians have been killed and 19,875 injured since the invasion, the UN said."), [[10582, "min"], [19875, "min"]]);
  // (Not past a comma, nor for people named anew.)
  assert.deepEqual(q("At least 12 people were killed, and 30 were wounded."), [[12, "min"], [30, "exact"]]);
  assert.deepEqual(q("At least 12 people were killed and 30 children were wounded."), [[12, "min"], [30, "exact"]]);
});

test("a voice and a doubt inside a relative clause about something else, after the figure, are not the figure's ('the gangs, which the U.N. estimates control 80 percent')", () => {
  const [c] = claims("A Kenyan-led mission, which has deployed about 400 police officers to Haiti, has struggled to contain the gangs, which the U.N. estimates control roughly 80 percent of the capital.", "2024-10-18");
  assert.deepEqual([c?.value, c?.source, c?.hedge], [400, null, null]);
});

test("people sent back to their country by others are evacuated ('repatriated 150 migrants', 'were flown home')", () => {
  const q = (text: string) => claims(text, "2025-03-10").map((c) => [c.category, c.value]);
  assert.deepEqual(q("The IOM repatriated 150 migrants from Libya on Monday."), [["evacuated", 150]]);
  // (Held before is how they are described; being flown home is what happened.)
  assert.deepEqual(q("Twenty migrants detained in Libya were flown home on Monday."), [["evacuated", 20]]);
});

test("a list whose last items are a pair of ones is summed ('12 soldiers, a civilian and a nurse')", () => {
  const found = claims("Gunmen killed 12 soldiers, a civilian and a nurse in the attack, officials said.", "2025-03-10");
  assert.deepEqual(found.map((c) => [c.text, c.value]), [["12 soldiers, a civilian and a nurse", 14], ["12 soldiers", 12], ["a civilian and a nurse", 2]]);
});

test("a pair of ones right after a count of two says who the two were, and adds none ('rose to two, a woman and a girl')", () => {
  const found = claims("The number of people killed by the shelling rose to two, a woman and a little girl.", "2021-08-18");
  assert.deepEqual(found.filter((c) => c.category === "killed").map((c) => c.value), [2]);
});

test("'succumb' is a death, in a headline's present too ('two more injured succumb'); 'shot down' hurts no one", () => {
  const q = (text: string) => claims(text, "2025-07-10").map((c) => [c.category, c.value]);
  assert.deepEqual(q("Two more people succumbed to their injuries on Tuesday."), [["killed", 2]]);
  assert.deepEqual(q("Train derailment toll rises to 7 as two more injured succumb"), [["killed", 7], ["killed", 2]]);
  assert.deepEqual(q("Russia attacked Ukraine with 50 drones overnight. Thirty-one were shot down, the air force said."), []);
  assert.deepEqual(q("Three people were shot in the attack."), [["wounded", 3]]);
});

test("a speaker's apposition counts no one ('Mohammad Abid, a senior police official, told Reuters')", () => {
  const found = claims('"The death toll has risen to 30," Mohammad Abid, a senior police official in Nawabshah, told Reuters.', "2023-08-06");
  assert.deepEqual(found.map((c) => [c.value, c.source?.name]), [[30, "Mohammad Abid"]]);
});

test("a pair of ones set off after as many people says who they were ('Two civilians, a woman and a child, were injured')", () => {
  const q = (text: string) => claims(text, "2025-07-10").map((c) => [c.text, c.value]);
  assert.deepEqual(q("Two civilians, a woman and a child, were also injured."), [["Two civilians", 2]]);
  // (After a count of another group the pair are more people: four in all.)
  assert.deepEqual(q("Gunmen killed two soldiers, a civilian and a nurse in the attack.").map(([, v]) => v), [4, 2, 2]);
});

test("a bare count before a time or place word still counts people ('wounded 12 over the past four days')", () => {
  const found = claims("Fighting has killed at least six civilians and wounded 12 over the past four days, residents said.", "2025-07-10");
  assert.deepEqual(found.map((c) => [c.category, c.value]), [["killed", 6], ["wounded", 12]]);
});

test("Title Case and wire headlines: 'Kills 11', ', Killing 20', 'injures over 100 - officials', 'Eight held over'", () => {
  const q = (text: string) => claims(text, "2024-05-03").map((c) => [c.category, c.value]);
  assert.deepEqual(q("Bus Plunges Into Ravine In Northern Pakistan, Killing 20"), [["killed", 20]]);
  assert.deepEqual(q("Fire At Karachi Shopping Mall Kills 11"), [["killed", 11]]);
  assert.deepEqual(q("UPDATE 1-Pakistan train derailment kills 30, injures over 100 - officials"), [["killed", 30], ["wounded", 100]]);
  assert.deepEqual(q("Iraq: Eight held over Basra clashes"), [["detained", 8]]);
  // (A capitalised name before a number still makes a label.)
  assert.deepEqual(q("Resolution 2254 was adopted."), []);
});

test("'Among them were six women' after a toll is a part of it", () => {
  const found = claims("At least 18 people were killed in the raid. Among them were six women.", "2025-06-05");
  assert.deepEqual(found.map((c) => [c.category, c.value]), [["killed", 18], ["killed", 6]]);
});

test("the total a figure brings up counts what the figure counted, or what the words in it say ('bringing total to 612,000')", () => {
  const q = (text: string) => claims(text, "2025-06-05").map((c) => [c.category, c.value]);
  assert.deepEqual(q("Russia lost 1,230 troops over past day, bringing total to 612,000, General Staff says"), [["killed", 1230], ["killed", 612000]]);
  assert.deepEqual(q("OCHA said 13 aid workers have been killed since January, bringing the total since the start of the war to 95."), [["killed", 13], ["killed", 95]]);
  assert.deepEqual(q("The group said it had detained 13 more staff, bringing the number of U.N. personnel held by the group to 23."), [["detained", 13], ["detained", 23]]);
});

test("two counts around one noun ('killed 12 Ukrainian and 9 Russian soldiers') are both troops, and summed", () => {
  const found = claims("Shelling killed 12 Ukrainian and 9 Russian soldiers near Bakhmut on Tuesday.", "2025-07-10");
  assert.deepEqual(found.map((c) => [c.text, c.value, c.subject]), [["12 Ukrainian and 9 Russian soldiers", 21, "troops"], ["12 Ukrainian", 12, "troops"], ["9 Russian soldiers", 9, "troops"]]);
});

test("households in brackets after people are the same people ('1,240 people (248 families) left'); 'and 6,348 maimed' are hurt", () => {
  const q = (text: string) => claims(text, "2025-07-10").map((c) => [c.category, c.value]);
  assert.deepEqual(q("1,240 people (248 families) left Sharya camp for Sinjar, IOM said."), [["fled", 1240]]);
  assert.deepEqual(q("An estimated 18,200 individuals (3,640 households) are living in the camp."), [["present", 18200]]);
  assert.deepEqual(q("5,301 children were killed and 6,348 maimed in 2023."), [["killed", 5301], ["wounded", 6348]]);
});

test("crime-desk wordings: 'registered 2,455 homicide victims', 'had sent 1,500 soldiers', 'UPDATE 2-' and 'Barrio 18' are no counts", () => {
  const q = (text: string) => claims(text, "2024-05-03").map((c) => [c.category, c.value]);
  assert.deepEqual(q("Mexico registered 2,455 homicide victims in April, according to official data."), [["killed", 2455]]);
  assert.deepEqual(q("The government said it had sent 1,500 soldiers to the region."), [["present", 1500]]);
  assert.deepEqual(q("About 400 police officers had been sent to retake control of the prison."), [["present", 400]]);
  assert.deepEqual(q("UPDATE 2-Gunmen kill 9 in Ecuador's Esmeraldas"), [["killed", 9]]);
  assert.deepEqual(q("Guatemala hunts 20 Barrio 18 gang members who escaped from prison").filter(([, v]) => v === 18), []);
});

test("'alleged' inside a part's noun doubts that part only ('leaves 8 dead, including 6 alleged cartel members')", () => {
  const found = claims("Reynosa gunfight leaves 8 dead, including 6 alleged cartel members", "2024-05-03");
  assert.deepEqual(found.map((c) => [c.value, c.hedge]), [[8, null], [6, "alleged"]]);
});

test("military releases: weapons by model are no people; a breakdown by sex adds no one; 'caught', 'sustained a gunshot injury', 'take the number … to'", () => {
  const q = (text: string) => claims(text, "2025-03-02").map((c) => [c.category, c.value]);
  assert.deepEqual(q('"Our troops recovered seven bodies, eight firearms, including four M16 rifles and two AK-47s," he said.'), [["killed", 7]]);
  assert.deepEqual(q("Police arrested 12 MS-13 members."), [["detained", 12]]);
  assert.deepEqual(q("Troops intercepted three suicide bombers, two males and a female, who were trying to infiltrate the town.").map(([, v]) => v), [3, 2, 1]);
  assert.deepEqual(q("He said 1,112 people had been caught while trying to cross the border."), [["detained", 1112]]);
  assert.deepEqual(q("Three of the hoodlums were fatally wounded, while one police officer sustained a gunshot injury to the leg, she said."), [["killed", 3], ["wounded", 1]]);
  assert.deepEqual(q("Six terrorists surrendered on Tuesday, bringing the number of terrorists who have laid down their arms since Jan. 1 to 37."), [["surrendered", 6], ["surrendered", 37]]);
});

test("a verb of the people's own ends their list: a later figure's verb is not theirs ('200 people on their side were killed, including 10 civilians, and more than 400 were injured')", () => {
  const found = claims("Officials said at least 200 people on their side were killed, including 10 civilians, and more than 400 were injured.", "2023-09-28");
  assert.deepEqual(found.map((c) => [c.category, c.value]), [["killed", 200], ["killed", 10], ["wounded", 400]]);
});

test("protest coverage: crowds that march or rally are present; the hanged are dead; people received with injuries are hurt", () => {
  const q = (text: string) => claims(text, "2024-12-05").map((c) => [c.category, c.value ?? c.vague]);
  assert.deepEqual(q("Tens of thousands marched through Tbilisi on Sunday."), [["present", "tens of thousands"]]);
  assert.deepEqual(q("About 200 protesters took to the streets of Nairobi."), [["present", 200]]);
  assert.deepEqual(q("Iran hanged seven men on Thursday, a rights group said."), [["killed", 7]]);
  assert.deepEqual(q("Protesters hanged banners from the bridge, and 12 were arrested."), [["detained", 12]]);
  assert.deepEqual(q("Dhaka Medical College Hospital received 160 people with injuries on Friday."), [["wounded", 160]]);
});

test("an earlier period's figure compared as 'down from a record', 'almost double the' is a claim of its own time", () => {
  const when = (t: string, published: string) => claims(t, published).map((c) => [c.value, c.time?.start ?? null]);
  assert.deepEqual(when("Some 29,437 migrants arrived in Britain this year, down from a record 45,774 in 2022.", "2023-12-05"), [[29437, "2023-01-01"], [45774, "2022-01-01"]]);
  assert.deepEqual(when("About 133,000 migrants reached Italy this year, almost double the 66,237 recorded in the same period of 2022.", "2023-10-05"), [[133000, "2023-01-01"], [66237, "2022-01-01"]]);
});

test("crowds who took part, joined the march or flooded the streets are present; workers taking part in building are not", () => {
  const q = (text: string) => claims(text, "2025-03-16").map((c) => [c.category, c.value ?? c.vague]);
  assert.deepEqual(q("A monitor estimated that between 275,000 and 325,000 people had taken part in Saturday's rally in Belgrade."), [["present", 275000]]);
  assert.deepEqual(q("Hundreds of thousands of people flooded the streets of Belgrade on Saturday."), [["present", "hundreds of thousands"]]);
  assert.deepEqual(q("Student groups said some 10,000 people had joined the march in Novi Sad on Friday."), [["present", 10000]]);
  assert.deepEqual(q("About 2,000 workers had taken part in building the stadium."), []);
});

test("migration totals: 'made the journey across', 'Arrivals totalled 45,774', 'Deaths this year stand at about 2,500'", () => {
  const q = (text: string) => claims(text, "2023-12-05").map((c) => [c.category, c.value]);
  assert.deepEqual(q("More than 29,000 people made the journey across the Channel this year."), [["arrived", 29000]]);
  assert.deepEqual(q("Arrivals totalled 45,774 in 2022."), [["arrived", 45774]]);
  assert.deepEqual(q("Deaths this year stand at about 2,500, the IOM said."), [["killed", 2500]]);
});

test("'111 of which' after aircraft counts things; 'most of them under 18' is an age; 'fell in the line of duty' is a death; a mission 'has 400 officers'", () => {
  const q = (text: string) => claims(text, "2024-10-15").map((c) => [c.category, c.value]);
  assert.deepEqual(q("China sent 153 aircraft toward the island, 111 of which crossed the median line."), []);
  assert.deepEqual(q("The group counted 135 dead, most of them under 18."), [["killed", 135]]);
  assert.deepEqual(q('"Six of our men fell in the line of duty," he said.'), [["killed", 6]]);
  assert.deepEqual(q("The mission, which has about 400 officers in the country, is underfunded."), [["present", 400]]);
});

test("South Asian ranks are people: 'An Army Sepoy and a JCO were injured', 'a havildar was wounded'", () => {
  const q = (text: string) => claims(text, "2025-09-08").map((c) => [c.category, c.value]);
  assert.deepEqual(q("An Army Sepoy and a JCO were injured in the exchange of fire."), [["wounded", 2]]);
  assert.deepEqual(q("Two commandos were killed and a havildar was wounded."), [["killed", 2], ["wounded", 1]]);
});

test("where the hurt were carried is not the scene ('airlifted to Manda Bay'); where words were told to lawmakers is no scene", () => {
  const places = (text: string) => claims(text, "2025-06-14").map((c) => c.place?.name ?? null);
  assert.deepEqual(places("Troops killed six militants at Bodhei in Lamu, and one soldier sustained minor injuries and was airlifted to Manda Bay for treatment."), ["Lamu", "Lamu"]);
  assert.deepEqual(places("Two officers were wounded in Coahuayana and taken to a hospital in the city of Colima."), ["Coahuayana"]);
  assert.deepEqual(places("The minister told lawmakers in Maputo that 32 insurgents had been killed."), [null]);
});

test("citizens who registered with their consulate have arrived nowhere; refugees registered at a camp have", () => {
  const q = (text: string) => claims(text, "2024-05-17").map((c) => [c.category, c.value]);
  assert.deepEqual(q("Australia said 300 of its citizens in New Caledonia had registered with its consulate."), []);
  assert.deepEqual(q("About 3,000 refugees registered at the camp last week."), [["arrived", 3000]]);
});

test("only a bare count takes a whole after 'of the': '60,000 residents of the north were evacuated' are evacuated", () => {
  const q = (text: string) => claims(text, "2024-10-10").map((c) => [c.category, c.value]);
  assert.deepEqual(q("Around 60,000 residents of the north were evacuated from their homes."), [["evacuated", 60000]]);
  assert.deepEqual(q("The clashes left four members of the 4th Division dead and others injured."), [["killed", 4]]);
});

test("'in what appeared to be the deadliest strike' doubts the ranking, not the toll; 'appeared to have killed 18' doubts it", () => {
  const hedge = (text: string) => claims(text, "2024-10-10")[0]?.hedge ?? null;
  assert.equal(hedge("The strike killed 18 people on Thursday, the ministry said, in what appeared to be the deadliest strike in weeks."), null);
  assert.equal(hedge("The strike appeared to have killed 18 people."), "appeared to");
});

test("'the same month last year' is the month named before, a year earlier; a tally's day of publication dates no death", () => {
  const times = (t: string, published: string) => claims(t, published).map((c) => [c.value, c.time?.start ?? null, c.time?.end ?? null]);
  assert.deepEqual(times("Prosecutors counted 61 murders in March, against 75 in the same month last year.", "2024-04-08"), [[61, "2024-03-01", "2024-03-31"], [75, "2023-03-01", "2023-03-31"]]);
  assert.deepEqual(times("Some 900 migrants landed between June and August, down from 2,600 in the same period of 2021.", "2023-09-02"), [[900, "2023-06-01", "2023-08-31"], [2600, "2021-06-01", "2021-08-31"]]);
  assert.deepEqual(times("The cyclone killed 83 people, according to a government tally published in May.", "2024-10-01"), [[83, null, null]]);
  assert.deepEqual(times("The agency's report, released on Friday, said 14 miners were killed.", "2024-10-01"), [[14, null, null]]);
  // (People released on a day are released that day.)
  assert.deepEqual(times("Nine hostages were released on Friday.", "2024-10-01"), [[9, "2024-09-27", "2024-09-27"]]);
});

test("a country's force after the figure is whose they were, not where ('members of Iran's Revolutionary Guards'); 'the Guards' is that force; a voice's town is no scene", () => {
  const read = (t: string) => claims(t, "2024-04-02").map((c) => [c.value, c.subject, c.place?.name ?? null, c.source?.org ?? null]);
  assert.deepEqual(read("A missile strike on Homs on Monday killed five members of Iran's Revolutionary Guards, including a colonel, the Guards said."), [
    [5, "troops", "Homs", "Islamic Revolutionary Guard Corps"],
    [1, "troops", "Homs", "Islamic Revolutionary Guard Corps"],
  ]);
  // (With no other place, the country stays.)
  assert.equal(claims("Drones killed four members of Syria's army on Sunday.", "2024-04-02")[0]?.place?.name, "Syria");
  const seat = claims("A car bomb killed 22 people at a market in Hodeidah on Friday. The health ministry in Sanaa said 47 people were wounded.", "2024-04-02");
  assert.deepEqual(seat.map((c) => [c.value, c.place?.name ?? null]), [[22, "Hodeidah"], [47, "Hodeidah"]]);
});

test("'two of the 9 people hurt on Monday died': the whole stays the wounded, the share taken of it died", () => {
  const q = (text: string) => claims(text, "2023-03-09").map((c) => [c.category, c.value, c.time?.start ?? null]);
  assert.deepEqual(q("The toll rose to four in Ghent on Thursday as three of the 9 people injured on Monday died in hospital."), [["killed", 4, "2023-03-09"], ["killed", 3, "2023-03-09"], ["wounded", 9, "2023-03-06"]]);
  assert.deepEqual(q("Two of the 30 people wounded in the blast died later."), [["killed", 2, null], ["wounded", 30, null]]);
  // (The whole dies where nothing is taken from it.)
  assert.deepEqual(q("The 30 people wounded in the blast later died."), [["killed", 30, null]]);
});

test("'shot 11 people at a bar, 7 of whom died': the shot hold the dead, the hurt are the rest; a part told by who they were is no wounded", () => {
  const list = claims("The attacker shot 11 people in all at a bar in Tulsa on Friday, 7 of whom died, police said.");
  assert.deepEqual(list.map((c) => [c.category, c.value]), [["wounded", 4], ["killed", 7]]);
  assert.equal(list[0]?.derived, "11 people shot, 7 of them dead");
  assert.deepEqual(claims("A gunman shot 14 people in all, 9 of them women.").map((c) => [c.category, c.value]), [["wounded", 14], ["other", 9]]);
  // (A part of the wounded is wounded.)
  assert.deepEqual(claims("Some 20 people were injured, 9 of them women.").map((c) => [c.category, c.value]), [["wounded", 20], ["wounded", 9]]);
});

test("'hacked two others to death' kills them, and the death told of the others is told of those shot before them", () => {
  const q = (text: string) => claims(text, "2021-02-14").map((c) => [c.category, c.value]);
  assert.deepEqual(q("The raiders shot four farmers and hacked three others to death near Witu on Friday."), [["killed", 4], ["killed", 3]]);
  assert.deepEqual(q("A mob beat two suspected cattle thieves to death."), [["killed", 2]]);
  // (Without a death told after them, the shot stay hurt.)
  assert.deepEqual(q("The raiders shot four farmers and burned three houses.")[0], ["wounded", 4]);
});

test("the town where a voice told reporters is no scene for the next sentence; 'on the X peninsula' names a place", () => {
  const places = (text: string) => claims(text, "2022-09-02").map((c) => [c.value, c.place?.name ?? null]);
  assert.deepEqual(places("The army lost 14 soldiers, the general told reporters in Mombasa. The raid followed an ambush that killed 30 soldiers near the front."), [[14, null], [30, null]]);
  assert.deepEqual(places("An ambush killed 30 soldiers on the Korvali peninsula."), [[30, "Korvali"]]);
});

test("'in the Kenyan capital' is in the country's capital as the gazetteer marks it; a capital named after it stays itself", () => {
  const places = (text: string) => claims(text, "2023-05-02").map((c) => c.place?.name ?? null);
  assert.deepEqual(places("A grenade blast killed six people at a market in the Kenyan capital on Monday, police said."), ["Nairobi"]);
  assert.deepEqual(places("Gunmen killed 14 people at a hotel in the Malian capital, Bamako, on Sunday."), ["Bamako"]);
});

test("'the remaining 4 gunmen' are the rest of a group, a stock only where they are said to remain", () => {
  const q = (text: string) => claims(text, "2023-05-02").map((c) => [c.category, c.value]);
  assert.deepEqual(q("Troops arrested 11 gunmen in Kano. The hunt for the remaining 4 gunmen goes on."), [["detained", 11]]);
  assert.deepEqual(q("The remaining 4 gunmen were arrested on Tuesday."), [["detained", 4]]);
  assert.deepEqual(q("The remaining 400 civilians inside the besieged town are short of water."), [["present", 400]]);
});

test("a share 'of them' told with 'and' in who they were is a part of the figure before, not a list to sum", () => {
  const list = (t: string) => claims(t, "2024-06-01").map((c) => [c.category, c.value]);
  assert.deepEqual(list("Bandits killed 23 villagers, 14 of them women and children."), [["killed", 23], ["killed", 14]]);
  // (A list is still summed: "12 soldiers and three civilians".)
  assert.deepEqual(list("The blast killed 12 soldiers and three civilians."), [["killed", 15], ["killed", 12], ["killed", 3]]);
});

test("a doubt on the toll reaches back to the dead an army says it 'neutralised'", () => {
  const hedges = (t: string) => claims(t, "2022-05-10").map((c) => [c.value, c.hedge]);
  assert.deepEqual(hedges("Troops said they had neutralised 45 militants near Kaya. Two soldiers lost their lives, the army added. The toll could not be independently verified."), [
    [45, "could not be independently verified"],
    [2, "could not be independently verified"],
  ]);
});

test("'Police investigating the deaths of three people in X have said' gives the police as the source, not X; bare police are the force named before", () => {
  const source = (t: string) => claims(t, "2024-06-10").map((c) => [c.value, c.source?.name ?? null, c.source?.org ?? null]);
  assert.deepEqual(source("Detectives investigating the deaths of four people at a farm near Carlow have said no one else is sought."), [[4, "Detectives", null]]);
  assert.deepEqual(source("Three men were shot dead in Brandon on Friday, RCMP said. Two women were arrested on Saturday, police said."), [[3, "RCMP", "RCMP"], [2, "police", "RCMP"]]);
});

test("a street or road the map does not know gives way to the town it is said to be in or near", () => {
  const place = (t: string) => claims(t, "2024-09-07")[0]?.place?.name ?? null;
  assert.equal(place("A teenager was stabbed to death on Deansgate Road in Manchester on Friday."), "Manchester");
  assert.equal(place("Three people died in a crash on the Warrego Highway near Toowoomba on Friday."), "Toowoomba");
});

test("where someone is from, set off by commas, is not where they were killed", () => {
  const place = (t: string) => claims(t, "2024-10-12").map((c) => c.place?.name ?? null);
  assert.deepEqual(place("A cyclist was struck by a lorry near Grantham on Friday. The cyclist, from Lincoln, died at the scene."), ["Grantham"]);
  assert.deepEqual(place("Tom Hale, 44, of Swindon, was shot dead outside a pub in Reading on Friday."), ["Reading"]);
});

test("people forced or driven to seek refuge, to flee or to leave their homes fled", () => {
  const list = (t: string) => claims(t, "2024-06-09").map((c) => [c.category, c.value]);
  assert.deepEqual(list("Clashes forced 3,500 villagers to seek refuge in the forest."), [["fled", 3500]]);
  assert.deepEqual(list("The fighting drove 600 families to leave their homes."), [["fled", 600]]);
});

test("a city named only in the dateline gives way to its country the lead names, for figures the text does not place", () => {
  const place = (t: string) => claims(t, "2024-09-17").map((c) => c.place?.name ?? null);
  assert.deepEqual(place("AMMAN, Sept. 17 (Wire) -- Flash floods swept across Jordan on Tuesday, officials said. The civil defence said that 12 people were killed."), ["Jordan"]);
});

test("everyone on board dead: the count on board is a toll too ('killing everyone on board', 'all 58 people aboard the jet died')", () => {
  const q = (text: string) => claims(text, "2022-09-05").map((c) => [c.category, c.value]);
  assert.deepEqual(q("A light aircraft with 14 people on board came down near Jomsom on Sunday, killing everyone on board."), [["present", 14], ["killed", 14]]);
  assert.deepEqual(q("The ferry was carrying 31 passengers when it sank off Cebu on Sunday. There were no survivors."), [["present", 31], ["killed", 31]]);
  assert.deepEqual(q("All 58 people aboard the jet died when it came down near Lukla on Sunday."), [["killed", 58]]);
  // (Not where some got out: the count on board stays a stock.)
  assert.deepEqual(q("A bus with 40 people on board overturned near Mugling, killing three."), [["present", 40], ["killed", 3]]);
});

test("'at least' on a toll is not carried to 'others' counted after it ('At least 19 were killed and 8 others hurt')", () => {
  const q = (text: string) => claims(text, "2022-09-05").map((c) => [c.category, c.value, c.qualifier]);
  assert.deepEqual(q("At least 19 people were killed and eight others injured when a truck overturned near Mugling on Sunday."), [["killed", 19, "min"], ["wounded", 8, "exact"]]);
});

test("'claiming the lives of' counts the dead as 'claimed the lives of' does; 'put N people under control' is a detention", () => {
  const q = (text: string) => claims(text, "2023-04-11").map((c) => [c.category, c.value]);
  assert.deepEqual(q("A blaze tore through a warehouse in Lahore on Monday, claiming the lives of 7 workers."), [["killed", 7]]);
  assert.deepEqual(q("Police in Taiyuan have put six people under control after the gas blast on Monday."), [["detained", 6]]);
  assert.deepEqual(q("Four managers of the plant were placed under control, officials said."), [["detained", 4]]);
  // (A fire brought under control holds no one.)
  assert.deepEqual(q("Crews put the fire under control after three hours; two people were hurt."), [["wounded", 2]]);
});

test("prison wording: a jailbreak freeing inmates is flight, not a release; inmates listed with the dead are dead; 'M of the N inmates who broke out' keeps the escape", () => {
  const q = (text: string) => claims(text, "2021-02-15").map((c) => [c.category, c.value, c.subject]);
  assert.deepEqual(q("Attackers freed 230 inmates from a prison in Butembo on Sunday."), [["fled", 230, "prisoners"]]);
  // (An amnesty names no attackers: a release.)
  assert.deepEqual(q("The president freed 230 inmates from a prison in Butembo on Sunday."), [["other", 230, "prisoners"]]);
  assert.deepEqual(q("Nine people died in the riot at the jail in Chimbote, including six guards and three inmates."), [["killed", 9, "people"], ["killed", 6, "security forces"], ["killed", 3, "prisoners"]]);
  assert.deepEqual(q("Soldiers have recaptured 21 of the 75 inmates who escaped from the jail in Butembo on Sunday."), [["detained", 21, "prisoners"], ["fled", 75, "prisoners"]]);
});

test("getting out by swimming is flight; people lifted to safety, sent home as a precaution, sent away by special train or found as survivors were moved by others", () => {
  const q = (text: string) => claims(text, "2022-08-10").map((c) => [c.category, c.value]);
  assert.deepEqual(q("Fourteen fishermen swam ashore after their trawler sank off Sorsogon."), [["fled", 14]]);
  assert.deepEqual(q("Nine villagers swam to safety when the ferry overturned."), [["fled", 9]]);
  assert.deepEqual(q("Some 43 miners were lifted to safety on Tuesday."), [["evacuated", 43]]);
  assert.deepEqual(q("About 800 staff at the smelter were sent home as a precaution."), [["evacuated", 800]]);
  assert.deepEqual(q("Some 350 stranded travellers were sent to Cuttack by a special train."), [["evacuated", 350]]);
  assert.deepEqual(q("Divers found three survivors in the hull on Tuesday."), [["evacuated", 3]]);
  // (Sent home after treatment is a discharge, not a move away from danger.)
  assert.deepEqual(q("Six people were treated for cuts and sent home."), [["wounded", 6]]);
});

test("places: a province after a town in Xinhua's style only locates the town; a hospital's town and the ends of a route are no scene", () => {
  const places = (text: string, published = "2023-05-02") => claims(text, published).map((c) => c.place?.name ?? null);
  assert.deepEqual(places("A gas blast ripped through a restaurant in Zhengzhou, central China's Henan Province on Tuesday, killing 9 people, local officials said."), ["Zhengzhou"]);
  assert.deepEqual(places("Forty people were hurt when a bus overturned near Matale on Sunday. Police said 15 of the injured were admitted to the Kandy general hospital."), ["Matale", "Matale"]);
  assert.deepEqual(places("A minibus overturned in Dhading district on Friday. The minibus, heading to Chitwan from Kathmandu, was carrying 18 passengers, police said."), ["Dhading"]);
});

test("times: a share 'of whom' with a day of its own is not dated by the whole's day; a day of what is still to come is not a past figure's", () => {
  const when = (text: string) => claims(text, "2022-03-14").map((c) => c.time?.start ?? null);
  assert.deepEqual(when("Officials said 60 prisoners broke out of the jail in Multan on Thursday, of whom 25 were recaptured on Sunday."), ["2022-03-10", "2022-03-13"]);
  assert.deepEqual(when("The governor said 17 fishermen were rescued near Mafia Island and that the search would resume on Tuesday."), [null]);
  // (A figure whose own verb is to come keeps its day.)
  assert.deepEqual(when("About 500 residents will be evacuated on Tuesday, officials said."), ["2022-03-15"]);
});

test("stocks: miners working underground, pilgrims who converged on a town, and the share that remained of a prison's inmates", () => {
  const q = (text: string) => claims(text, "2021-07-20").map((c) => [c.category, c.value]);
  assert.deepEqual(q("About 58 miners were working underground when the shaft flooded."), [["present", 58]]);
  assert.deepEqual(q("Hundreds of worshippers had converged on Najaf for the holiday."), [["present", null]]);
  assert.deepEqual(q("Only 64 of the 1,300 prisoners remained in the jail after the raid."), [["present", 64]]);
});

test("Commonwealth wording: 'a man aged 41' with no commas, ages spelled out, a bare 'drowned', a single 'remanded in custody', 'charged with … and remanded'", () => {
  const cat = (t: string) => claims(t).map((c) => [c.category, c.value, c.text]);
  assert.deepEqual(cat("A man aged 41 died at the scene."), [["killed", 1, "A man"]]);
  assert.deepEqual(cat("A girl aged 16 was arrested in Bexley."), [["detained", 1, "A girl"]]);
  assert.deepEqual(cat("Two girls, aged seven and ten, were taken to hospital."), [["wounded", 2, "Two girls"]]);
  assert.deepEqual(cat("A man aged 52 and two girls, aged five and eight, died in the fire."), [["killed", 3, "A man aged 52 and two girls"], ["killed", 1, "A man"], ["killed", 2, "two girls"]]);
  assert.deepEqual(cat("A woman drowned off the pier at Dunmore on Saturday."), [["killed", 1, "A woman"]]);
  assert.deepEqual(cat("A 47-year-old woman was remanded in custody."), [["detained", 1, "A 47-year-old woman"]]);
  assert.deepEqual(cat("Three men have been charged with robbery and remanded in custody."), [["detained", 3, "Three men"]]);
  // (The charge alone holds no one: the accused are not the dead.)
  assert.deepEqual(cat("Three men have been charged with murder."), []);
});

test("Commonwealth wording: 'a mother-of-four', 'and a third is in custody', 'sustained fatal injuries', 'found with serious injuries', the fatal shooting under inquiry, 'airlifted to' a named hospital; those who beat a man to death are no dead", () => {
  const cat = (t: string) => claims(t).map((c) => [c.category, c.value, c.text]);
  assert.deepEqual(cat("A mother-of-four was stabbed to death in Luton on Sunday."), [["killed", 1, "A mother-of-four"]]);
  assert.deepEqual(cat("Two men are dead and a third is in custody after a stabbing in Moose Jaw."), [["killed", 2, "Two men"], ["detained", 1, "a third"]]);
  // (A third of things is no person.)
  assert.deepEqual(cat("Two sheds were burned and a third was damaged."), []);
  assert.deepEqual(cat("A cyclist sustained fatal injuries in a crash near Louth on Monday."), [["killed", 1, "A cyclist"]]);
  assert.deepEqual(cat("A teenager was found with serious injuries in Halifax on Monday."), [["wounded", 1, "A teenager"]]);
  assert.deepEqual(cat("Detectives are investigating the fatal stabbing of a woman in Tallaght on Monday."), [["killed", 1, "a woman"]]);
  // (A suspect wanted in a killing looks back at it; the report is not about it.)
  assert.deepEqual(cat("A suspect wanted in the fatal shooting of Dara Quinn was arrested.").filter(([c]) => c === "killed"), []);
  assert.deepEqual(cat("The motorcyclist was flown to Royal Perth Hospital with head injuries."), [["wounded", 1, "The motorcyclist"]]);
  assert.deepEqual(cat("Three youths beat a man to death in Derby on Monday."), [["killed", 1, "a man"]]);
});

test("a second verb joined by 'and': 'stopped at the scene and was taken into custody', 'found with stab wounds and died', 'found injured … and died in hospital'", () => {
  const cat = (t: string) => claims(t).map((c) => [c.category, c.value, c.text]);
  assert.deepEqual(cat("The driver remained at the scene and was arrested."), [["detained", 1, "The driver"]]);
  assert.deepEqual(cat("Three men were found with gunshot wounds and were pronounced dead at the scene."), [["killed", 3, "Three men"]]);
  assert.deepEqual(cat("A woman and a boy were found with stab wounds and died at the scene."), [["killed", 2, "A woman and a boy"]]);
  assert.deepEqual(cat("Owen Farrell, 63, was found injured in a lane in Mold on 4 May and died in hospital three days later."), [["killed", 1, "Owen Farrell"]]);
  // (Another person's death after "and" leaves the first one hurt.)
  assert.deepEqual(cat("A man was stabbed and a woman died."), [["wounded", 1, "A man"], ["killed", 1, "a woman"]]);
  assert.deepEqual(cat("Four people were hurt and taken to hospital."), [["wounded", 4, "Four people"]]);
});

test("named people: 'stabbed A and B to death' kills both; 'A and B were arrested' holds two; a named person 'jailed' is held", () => {
  const cat = (t: string) => claims(t).map((c) => [c.category, c.value, c.text]);
  assert.deepEqual(cat("Connor Walsh stabbed Ruth Ellis and Peter Marsh to death at a house in Swansea."), [["killed", 2, "Ruth Ellis and Peter Marsh"]]);
  assert.deepEqual(cat("Sean Brady and Colm Nolan were arrested on Tuesday."), [["detained", 2, "Sean Brady and Colm Nolan"]]);
  assert.deepEqual(cat("Liam Hart, 31, was jailed for six years."), [["detained", 1, "Liam Hart"]]);
});

test("police horses and dogs are no people; an estimate of a sum, or a belief about kinship, is no doubt on the count", () => {
  const list = (t: string) => claims(t, "2024-03-15").map((c) => [c.category, c.value, c.hedge]);
  assert.deepEqual(list("Four police horses were injured during the riot in Hartlepool."), []);
  assert.deepEqual(list("Two police dogs were hurt."), []);
  assert.deepEqual(list("Officers arrested two women after finding cash worth an estimated £80,000 in Bolton."), [["detained", 2, null]]);
  assert.deepEqual(list("Four men, all believed to be related, were killed in the crash."), [["killed", 4, null]]);
  // (An estimate of the people themselves still is.)
  assert.deepEqual(list("An estimated 200 people were evacuated."), [["evacuated", 200, "estimated"]]);
});

test("a jailing told with the year of the crime it was for takes no time from it; the killing keeps it", () => {
  const times = (t: string) => claims(t, "2024-06-24").map((c) => [c.category, c.value, c.time?.text ?? null]);
  assert.deepEqual(times("Two brothers have been jailed over the fatal stabbing of a man in Galway in 2020."), [["detained", 2, null], ["killed", 1, "2020"]]);
  // (A time of the jailing itself stays.)
  assert.deepEqual(times("Two brothers were jailed on Monday for the murder of a man in 2020."), [["detained", 2, "on Monday"], ["killed", 1, "2020"]]);
});

test("one person's death told with no number takes the day of the sentence before that set its scene", () => {
  const when = (t: string) => claims(t, "2024-03-12").map((c) => c.time?.start ?? null);
  assert.deepEqual(when("Paramedics were called to a flat in Dudley on Sunday. The man was pronounced dead at the scene."), ["2024-03-10"]);
});

test("one person named by a role with 'the', joined by 'and' to a count, shares its verb and is summed ('The driver and three passengers died')", () => {
  const list = (t: string) => claims(t, "2024-08-23").map((c) => [c.category, c.value]);
  assert.deepEqual(list("The pilot of the helicopter and two medics were killed in the crash."), [["killed", 3], ["killed", 1], ["killed", 2]]);
});

test("one person joined by 'and' to a count held is held too ('the captain and two crew members were arrested')", () => {
  const list = (t: string) => claims(t, "2024-07-09").map((c) => [c.category, c.value]);
  assert.deepEqual(list("Police arrested the captain and four crew members of the trawler on Monday."), [["detained", 5], ["detained", 1], ["detained", 4]]);
  assert.deepEqual(list("Her brother and two cousins were taken into custody."), [["detained", 3], ["detained", 1], ["detained", 2]]);
});

test("'forced N out of their homes' holds for a figure written with a decimal point", () => {
  const cat = (t: string) => claims(t, "2024-09-19").map((c) => [c.category, c.value]);
  assert.deepEqual(cat("The storm forced about 2.5 million people out of their homes across the delta."), [["fled", 2_500_000]]);
  assert.deepEqual(cat("The cyclone forced 1.4 million villagers to leave the coast."), [["fled", 1_400_000]]);
});

test("'identified four of the dead' names people already counted: no toll of its own", () => {
  const cat = (t: string) => claims(t, "2022-07-04").map((c) => [c.category, c.value]);
  assert.deepEqual(cat("Nine climbers died in the rockfall on Sunday. Police said they had identified five of the dead."), [["killed", 9]]);
  // (A share of the dead told for what they were still is one.)
  assert.deepEqual(cat("Three of the dead were guides."), [["killed", 3]]);
});

test("'N were believed to have been in the area when …' is a stock at the scene, with its doubt", () => {
  const list = (t: string) => claims(t, "2024-07-09").map((c) => [c.category, c.value, c.hedge]);
  assert.deepEqual(list("Around 60 workers were believed to have been at the site when the dam gave way."), [["present", 60, "believed"]]);
  assert.deepEqual(list("Some 20 hikers were feared to have been on the slopes at the time."), [["present", 20, "feared"]]);
});

test("a figure foretold by 'could rise to' is hedged by its modal; a figure that may grow is not", () => {
  assert.deepEqual(claims("A district officer said the number of injured could rise to 35.").map((c) => [c.category, c.value, c.hedge]), [["wounded", 35, "could"]]);
  assert.deepEqual(claims("The toll of 40 dead could rise further, the mayor said.").map((c) => [c.value, c.hedge]), [[40, null]]);
});

test("an earlier estimate a toll rose from is that figure's doubt, not the new toll's", () => {
  const got = claims("The toll climbed to 410 on Monday, the agency said, up from an earlier estimate of 250.").map((c) => [c.value, c.hedge]);
  assert.deepEqual(got, [[410, null], [250, "estimate"]]);
});

test("'the fourth killing of a shopkeeper this year' names one of a series, no person counted; 'the killing of a man' is one", () => {
  assert.deepEqual(claims("It was the fourth targeted killing of a shopkeeper in the district this year."), []);
  assert.deepEqual(claims("Police are investigating the killing of a shopkeeper in the district.").map((c) => [c.category, c.value]), [["killed", 1]]);
});

test("'the whereabouts of the other four remain unknown' counts people missing, not people present", () => {
  assert.deepEqual(claims("The whereabouts of the other four remain unknown, relatives said.").map((c) => [c.category, c.value]), [["other", 4]]);
});

test("'the liberation of 9 hostages' lets people go (other); 'demanded the release of 9 hostages' leaves them held", () => {
  assert.deepEqual(claims("The raid allowed the liberation of 9 hostages, the ministry said.").map((c) => [c.category, c.value]), [["other", 9]]);
  assert.deepEqual(claims("The kidnappers demanded the release of 9 prisoners.").map((c) => [c.category, c.value]), [["detained", 9]]);
});

test("people 'held inside the arena as a precaution' are kept in for safety (present), not detained", () => {
  assert.deepEqual(claims("About 8,000 spectators were held inside the arena for two hours as a precaution.").map((c) => [c.category, c.value]), [["present", 8000]]);
  assert.deepEqual(claims("Nine smugglers were held at the port.").map((c) => c.category), ["detained"]);
});

test("'the number of victims could exceed 40' is a toll foretold: killed, at least 40, hedged", () => {
  assert.deepEqual(claims("A medical source said the number of victims could exceed 40.").map((c) => [c.category, c.low, c.high, c.hedge]), [["killed", 40, null, "could"]]);
});

test("'Of the deceased, six were farmers' counts a part of the dead even as a report's first figure", () => {
  assert.deepEqual(claims("Of the deceased, six were farmers.").map((c) => [c.category, c.value]), [["killed", 6]]);
  assert.deepEqual(claims("Of the houses, six were destroyed.").map((c) => c.category), []);
});

test("the word gates before end-anchored patterns ('never', an adverb in 'ly', 'up to', 'in return for about', 'version of this') keep what the patterns decide", () => {
  const cat = (text: string) => claims(text).map((c) => [c.category, c.value]);
  assert.deepEqual(cat("Officials said 12 residents were never evacuated."), []);
  assert.deepEqual(cat("Officials said 12 residents were evacuated."), [["evacuated", 12]]);
  assert.deepEqual(cat("The doctor said 14 people needed to be urgently evacuated."), []);
  assert.deepEqual(cat("The agency delivered food to up to 5,000 displaced people."), [["other", 5000]]);
  assert.deepEqual(cat("The shelter has a capacity of up to 300 people."), []);
  assert.deepEqual(cat("Two hostages were released in return for about 40 prisoners."), [["other", 2], ["other", 40]]);
  assert.deepEqual(cat("An earlier version of this story said 12 people were killed. Police say 9 were killed."), [["killed", 9]]);
});

test("the words before a place still rule it out where the quick checks let its patterns run (hospital, attack, nationals, route, origin, statement)", () => {
  const placed = (text: string) => claims(text).map((c) => [c.category, c.value, c.place?.name ?? null]);
  assert.deepEqual(placed("Five people were wounded in Bo and were rushed to a hospital in nearby Kenema."), [["wounded", 5, "Bo"]]);
  assert.deepEqual(placed("Five people were wounded in Bo and were rushed to a clinic in Kenema."), [["wounded", 5, "Bo"]]);
  assert.deepEqual(placed("Six soldiers were wounded in Bo in rocket attacks from Liberia."), [["wounded", 6, "Bo"]]);
  assert.deepEqual(placed("Seven workers, nationals of Mali and Niger, were killed in Kenema."), [["killed", 7, "Kenema"]]);
  assert.deepEqual(placed("The bus, heading to Pokhara from Kathmandu, was carrying 46 passengers."), [["present", 46, "Pokhara"]]);
  assert.deepEqual(placed("A labourer from Bihar and three others were killed in Srinagar."), [["killed", 4, "Srinagar"], ["killed", 1, "Srinagar"], ["killed", 3, "Srinagar"]]);
  assert.deepEqual(placed("Nine people were killed in Bo, the army said in a statement issued in Freetown."), [["killed", 9, "Bo"]]);
});

test("one person giving himself up is one surrendered; a refusal, a call to give up, or a thing surrendered is none", () => {
  const list = (text: string) => claims(text).map((c) => [c.category, c.value, c.text]);
  assert.deepEqual(list("A suspect in the robbery turned himself in to deputies on Sunday."), [["surrendered", 1, "A suspect"]]);
  assert.deepEqual(list("The suspect surrendered to officers after a long standoff."), [["surrendered", 1, "The suspect"]]);
  assert.deepEqual(list("The bus driver handed himself over to the police."), [["surrendered", 1, "The bus driver"]]);
  assert.deepEqual(list("A militia commander gave himself up to soldiers near the border."), [["surrendered", 1, "A militia commander"]]);
  assert.deepEqual(list("The gunman refused to surrender to officers."), []);
  assert.deepEqual(list("Police called on the man to surrender."), []);
  assert.deepEqual(list("His family urged him to give himself up."), []);
  assert.deepEqual(list("The suspect surrendered his passport to the court."), []);
  // (The same man told again: one surrender.)
  assert.deepEqual(list("The driver turned himself in on Monday. He had turned himself in at a station near his home.").length, 1);
});

test("a labourer named before 'and three others' is one more of them: four killed", () => {
  const list = (text: string) => claims(text).map((c) => [c.category, c.value, c.text]);
  assert.deepEqual(list("A laborer from Assam and two others were wounded in the blast.")[0], ["wounded", 3, "A laborer from Assam and two others"]);
  assert.deepEqual(list("A labourer and five others were killed when the wall fell.")[0], ["killed", 6, "A labourer and five others"]);
});

test("a boat's skipper or helmsman named before a counted crew is one more of them", () => {
  const list = (text: string) => claims(text).map((c) => [c.category, c.value, c.text]);
  assert.deepEqual(list("The skipper and four deckhands were detained by the coast guard.")[0], ["detained", 5, "The skipper and four deckhands"]);
  assert.deepEqual(list("The helmsman and three fishermen were arrested at the port.")[0], ["detained", 4, "The helmsman and three fishermen"]);
});

test("a named victim 'among five people killed' is one of the five, not one more death", () => {
  const list = (text: string) => claims(text).map((c) => [c.category, c.value]);
  assert.deepEqual(list("Mary Doe, 52, was among the four people killed in the crash, officials said."), [["killed", 4]]);
  assert.deepEqual(list("Deputies named the victims as Mary Doe, 52. Doe was among four people killed in the crash."), [["killed", 4]]);
});

test("a place carried from another sentence stays out of a figure its own sentence sets apart (another government's own people, a tally of months, a route, a hospital's town, a later toll of another side)", () => {
  const placed = (text: string, published?: string) => claims(text, published).map((c) => [c.category, c.value, c.place?.name ?? null]);
  // Another capital speaking of its own nationals; a voice telling of the other side still goes on where the first did.
  assert.deepEqual(placed("Kyiv said nine Russian soldiers were killed near Kupiansk on Tuesday. Tbilisi said three Georgian police officers were wounded by gunfire."), [["killed", 9, "Kupiansk"], ["wounded", 3, null]]);
  assert.deepEqual(placed("Kyiv said nine Russian soldiers were killed near Kupiansk on Tuesday. Moscow said 20 Ukrainian soldiers were killed."), [["killed", 9, "Kupiansk"], ["killed", 20, "Kupiansk"]]);
  // A tally of months in a report about a village the map lacks.
  assert.deepEqual(placed("The army said it had struck a depot in the village of Qarnet Zbeer. Since November, around 45,000 residents have been evacuated from towns near the frontier.", "2024-03-01"), [["evacuated", 45000, null]]);
  // A river crossed is a route, for the figure that crossed it and for the others.
  assert.deepEqual(placed("About 800 people are sheltering in the town. Some 200 fled across the Tigris overnight, a volunteer said."), [["present", 800, null], ["fled", 200, null]]);
  // Where those killed on the way were heading is no scene; where arrivals crossed into is theirs.
  assert.deepEqual(placed("Soldiers killed 12 gunmen trying to cross the Zambezi river into Zambia, the army said. The clash took place near Chirundu."), [["killed", 12, "Chirundu"]]);
  assert.deepEqual(placed("About 3,000 refugees crossed the border into Chad last week."), [["arrived", 3000, "Chad"]]);
  // The town of the hospitals that took in the hurt: neither theirs nor a later toll's from another voice.
  assert.deepEqual(placed("Health facilities in Gondar had received 90 wounded, the agency said. At least 70 people were killed in a week of fighting, a UN office said."), [["wounded", 90, null], ["killed", 70, null]]);
  // A town first named in a later voiced toll of another side; a later sentence that points back to the event still places it.
  assert.deepEqual(placed("The Turkish military said it had killed nine PKK militants. An Iraqi shepherd wounded in shelling near Zakho died of his wounds, police said."), [["killed", 9, null], ["killed", 1, "Zakho"]]);
  assert.deepEqual(placed("Nine people were killed on Sunday. The attack took place at a bus station in Zakho."), [["killed", 9, "Zakho"]]);
});

test("one person by a role with 'a'/'an', and a drowning, joined by 'and' to a count ('A skipper and three deckhands were held', 'the boatman and six passengers drowned')", () => {
  const list = (t: string) => claims(t, "2024-07-09").map((c) => [c.category, c.value]);
  assert.deepEqual(list("A skipper and three deckhands were detained by the coast guard."), [["detained", 4], ["detained", 1], ["detained", 3]]);
  assert.deepEqual(list("An officer and two recruits were arrested on Friday."), [["detained", 3], ["detained", 1], ["detained", 2]]);
  assert.deepEqual(list("The boatman and six passengers drowned after the ferry overturned."), [["killed", 7], ["killed", 1], ["killed", 6]]);
});

test("one named 'along with'/'together with' others, no possessive, is counted with them ('Ann Roe, 41, was killed along with three others')", () => {
  const list = (t: string) => claims(t, "2024-07-09").map((c) => [c.category, c.value]);
  assert.deepEqual(list("Ann Roe, 41, was killed along with three others in the raid, officials said."), [["killed", 4], ["killed", 1], ["killed", 3]]);
  assert.deepEqual(list("The mayor was wounded together with two others."), [["wounded", 3], ["wounded", 1], ["wounded", 2]]);
  assert.deepEqual(list("Tom Daly was arrested along with six others on Sunday."), [["detained", 7], ["detained", 1], ["detained", 6]]);
  // (An age between commas no longer hides companions named with a possessive either.)
  assert.deepEqual(list("Ann Roe, 41, was killed along with her two sons."), [["killed", 3], ["killed", 1], ["killed", 2]]);
});

test("a fact box's label led to its figure by dots counts it as a colon does ('Deaths ........ 99'); prose with an ellipsis does not", () => {
  const list = (t: string) => claims(t, "2024-07-09").map((c) => [c.category, c.value]);
  assert.deepEqual(list("Storm update\n\nPeople killed ......... 31\nEvacuated ...... 2,700\n"), [["killed", 31], ["evacuated", 2700]]);
  assert.deepEqual(list("Storm update\n\nDeaths …… 8\n"), [["killed", 8]]);
  // (A sentence going on past the figure is prose: the dots there are a pause, not a leader.)
  assert.deepEqual(list("Deaths ... 40 people were at the rally."), []);
});

test("one person of the victim's after 'along with'/'together with' is one more ('was killed along with his wife')", () => {
  const list = (t: string) => claims(t, "2024-07-09").map((c) => [c.category, c.value]);
  assert.deepEqual(list("Pedro Alvarado was killed along with his wife at the farm."), [["killed", 2]]);
  assert.deepEqual(list("Pedro Alvarado was shot dead together with his son and daughter."), [["killed", 3]]);
  assert.deepEqual(list("Nina Petrova was arrested along with her husband on Monday."), [["detained", 2]]);
  // (A count after the possessive is a claim of its own: "his two sons".)
  assert.deepEqual(list("Pedro Alvarado was killed along with his two sons."), [["killed", 3], ["killed", 1], ["killed", 2]]);
  // (Not a thing or a place of his: "along with his car".)
  assert.deepEqual(list("Pedro Alvarado was killed along with his dog."), [["killed", 1]]);
});

test("a relative clause set off by commas after the people ('300 people, who had fled in May, arrived') tells neither the figure's category nor its time", () => {
  const list = (t: string) => claims(t, "2024-03-12").map((c) => [c.category, c.value, c.time?.start ?? null]);
  assert.deepEqual(list("Some 250 families, who have been displaced since last month, reached the camp on Monday."), [["arrived", 250, "2024-03-11"]]);
  assert.deepEqual(list("About 40 soldiers, who had been besieged for a week, surrendered on Monday."), [["surrendered", 40, "2024-03-11"]]);
  // (Without commas the clause is still theirs alone: "who fled" names who were killed.)
  assert.deepEqual(list("More than 90 people who fled the shelling were killed on Monday.").map((c) => c.slice(0, 2)), [["killed", 90]]);
  // (Where the main verb counts no one, the clause's own time and category stand.)
  assert.deepEqual(list("The two guards, who were found dead on Sunday, had been threatened in 2019."), [["killed", 2, "2024-03-10"]]);
});

test("captives handed back in a swap 'had been returned' or 'came home/back from captivity' arrived, as 'returned home' does", () => {
  const list = (t: string) => claims(t, "2024-05-31").map((c) => [c.category, c.value]);
  assert.deepEqual(list("The ministry said 40 airmen had been returned in the exchange."), [["arrived", 40]]);
  assert.deepEqual(list("Officials said 62 soldiers had come home from captivity on Friday."), [["arrived", 62]]);
  assert.deepEqual(list("The governor said 18 sailors came back from enemy captivity."), [["arrived", 18]]);
  // (A thing handed back is no one: "the keys had been returned".)
  assert.deepEqual(list("The 12 keys had been returned in the exchange."), []);
});

test("captors who 'still hold(s)' a count of people keep them detained ('The rebels still hold 20 villagers')", () => {
  const list = (t: string) => claims(t, "2024-05-31").map((c) => [c.category, c.value]);
  assert.deepEqual(list("The rebel group still holds at least 22 people, the mediator said."), [["detained", 22]]);
  assert.deepEqual(list("Kidnappers still hold 14 pupils in the hills."), [["detained", 14]]);
  // (A place that holds people in it is no captor: "The hall still holds 300 seats".)
  assert.deepEqual(list("The old hall still holds 300 seats."), []);
});

test("the one who 'took/held N people hostage' is the captor, not one more held ('A gunman took 9 people hostage')", () => {
  const list = (t: string) => claims(t, "2024-05-31").map((c) => [c.category, c.value]);
  assert.deepEqual(list("An armed man took nine people hostage inside a shop on Friday."), [["detained", 9]]);
  assert.deepEqual(list("A gunman held 11 people hostage in a post office."), [["detained", 11]]);
  // (Those who were held are still held: "Two clerks were held hostage".)
  assert.deepEqual(list("Two clerks were held hostage in a post office."), [["detained", 2]]);
});

test("parts set off by commas that add up to the count before them name its people, no sum on top ('Three hostages, a trader and two drivers, were freed')", () => {
  const list = (t: string) => claims(t, "2024-05-31").map((c) => [c.category, c.value]);
  assert.deepEqual(list("Four captives, a priest and three of his helpers, were rescued by troops.")[0], ["evacuated", 4]);
  // (A list with no closing comma is one sum: three kinds of people, six in all.)
  assert.deepEqual(list("Three soldiers, two civilians and a child were killed in the blast.")[0], ["killed", 6]);
});

test("people taken 'along with' those a passive verb tells of share their fate, whatever their noun ('were seized along with two drivers')", () => {
  const list = (t: string) => claims(t, "2024-05-31").map((c) => [c.category, c.value]);
  assert.deepEqual(list("The four were seized along with two drivers on Sunday."), [["detained", 4], ["detained", 2]]);
  assert.deepEqual(list("She was abducted in Gao along with 3 other aid workers."), [["detained", 3]]);
  // (An object of an active verb's "along with" is what the agent took: no passive, no companions.)
  assert.deepEqual(list("Police found the car along with two guns."), []);
});

test("'the number was N' restating a figure typed other is kept, as other ('40 were missing. The mayor said the number was 38')", () => {
  const list = (t: string) => claims(t, "2024-05-31").map((c) => [c.category, c.value]);
  assert.deepEqual(list("Officials said 40 hikers were missing. The mayor later said the number was 38."), [["other", 40], ["other", 38]]);
});

test("people who 'died in captivity' after a sentence telling a release do not take the release's day", () => {
  const first = (t: string) => claims(t, "2024-05-31").filter((c) => c.category === "killed").map((c) => [c.value, c.time?.start ?? null]);
  assert.deepEqual(first("Some 30 farmers held by a gang were freed on Tuesday. Four others died in captivity, relatives said."), [[4, null]]);
  // (Others who died in the raid that freed them died that day.)
  assert.deepEqual(first("Some 30 farmers held by a gang were freed on Tuesday. Four others died in the raid, relatives said."), [[4, "2024-05-28"]]);
});

test("a district 'of' its town or state is the place, not the town or state it lies in ('in Reasi district of Jammu')", () => {
  const c = claims("Gunmen fired on a van in Reasi district of Jammu on Monday, killing four travellers, officials said.").find((x) => x.category === "killed");
  assert.equal(c?.place?.name, "Reasi");
});

test("countries whose forces fought ('border guards of Tajikistan and Kyrgyzstan') are not a joint place with no point", () => {
  const c = claims("Three herders were killed in a shootout between border guards of Tajikistan and Kyrgyzstan on Monday.").find((x) => x.category === "killed");
  assert.equal(c?.place?.name, "Tajikistan");
  assert.ok(c?.place?.lat != null);
  // (A toll across a list of countries is still theirs together.)
  const joint = claims("Floods have killed 40 people in Mali and Niger this month.").find((x) => x.category === "killed");
  assert.equal(joint?.place?.name, "Mali and Niger");
});

test("a people word naming a place's holders ('a rebel camp') is no one counted, even after an 'including' aside", () => {
  const list = (t: string) => claims(t).map((c) => [c.category, c.value]);
  assert.deepEqual(list("Troops killed nine gunmen, including an explosives expert, during a raid on a militant hideout."), [["killed", 9]]);
  assert.deepEqual(list("Soldiers killed 20 insurgents, including a weapons expert, near a rebel camp."), [["killed", 20]]);
});

test("the dead told again ('One of the slain fighters was identified', 'He died at the scene') are no second death", () => {
  const list = (t: string) => claims(t).map((c) => [c.category, c.value, c.text]);
  assert.deepEqual(list("Four rebels were killed in the raid, the army said. One of the slain rebels was identified as a local commander."), [["killed", 4, "Four rebels"]]);
  assert.deepEqual(list("A watchman was shot dead near the depot on Tuesday, police said. Attackers on a motorbike opened fire on him. He died at the scene."), [["killed", 1, "A watchman"]]);
  // (A part of the hurt who then died is still a death: its own verb tells it.)
  assert.deepEqual(list("One of the wounded soldiers died in hospital on Monday.").map((c) => c.slice(0, 2)), [["killed", 1]]);
});

test("'the SP' named again is the superintendent named before; ', adding that …' after a voice keeps it the figure's source", () => {
  const sources = (t: string) => claims(t).map((c) => [c.value, c.source?.name ?? null]);
  assert.deepEqual(sources("Dhamtari Superintendent of Police Anil Rao said six cadres surrendered on Friday. Since January, 130 cadres have surrendered in the district, the SP added."), [[6, "Anil Rao"], [130, "Anil Rao"]]);
  assert.deepEqual(sources("An ambush was repulsed, where four gunmen were killed, the police said, adding that a search was under way."), [[4, "the police"]]);
});

test("an 'as' clause past the voice about another thing ('…, the ministry said, as a truce agreed the day before seemed to hold') gives the figure neither its time nor its doubt", () => {
  const [c] = claims("At least 31 people have been killed in fighting near the frontier, officials said, as a truce agreed the day before seemed to hold.", "2024-03-12");
  assert.deepEqual([c?.value, c?.time, c?.hedge], [31, null, null]);
});

test("'homeless' before a people word describes them: the verb decides ('killed 20 homeless people'); 'left N homeless people' are displaced", () => {
  const list = (t: string) => claims(t, "2024-06-20").map((c) => [c.category, c.value]);
  assert.deepEqual(list("The frost has killed 23 homeless people in the province since January."), [["killed", 23]]);
  assert.deepEqual(list("Nine homeless men died of the cold in the capital."), [["killed", 9]]);
  // (Made homeless by the storm, alone or beside a toll that has its own verb.)
  assert.deepEqual(list("The typhoon left 8,000 homeless people."), [["fled", 8000]]);
  assert.deepEqual(list("The cyclone left 14 dead and about 20,000 homeless people."), [["killed", 14], ["fled", 20000]]);
});

test("hospital care with no wound named, beside deaths from an illness, counts the sick, not the wounded ('died of measles and 300 were hospitalised')", () => {
  const list = (t: string) => claims(t, "2024-06-20").map((c) => [c.category, c.value]);
  assert.deepEqual(list("Twelve people died of measles and 300 were hospitalised."), [["killed", 12], ["other", 300]]);
  assert.deepEqual(list("Dengue has killed 9 people in the district. About 70 patients were receiving treatment."), [["killed", 9], ["other", 70]]);
  // (A wound named beside the care keeps it a wound, whatever illness the sentence before spoke of.)
  assert.deepEqual(list("Four people died of cholera. A bomb blast killed 2 and 15 were hospitalised."), [["killed", 4], ["killed", 2], ["wounded", 15]]);
});

test("a total of cases raised to a figure after a toll counts no one ('bringing the total number of cases to 9,400')", () => {
  const list = (t: string) => claims(t, "2024-06-20").map((c) => [c.category, c.value]);
  assert.deepEqual(list("Measles has killed 21 children, bringing the total number of cases to 9,400."), [["killed", 21]]);
  assert.deepEqual(list("Measles has killed 21 children. Clinics logged 60 new cases, raising the total number of cases to 9,400."), [["killed", 21]]);
  // (A total of deaths, or a bare total, is still the toll's.)
  assert.deepEqual(list("Measles has killed 21 children, bringing the total number of deaths to 230."), [["killed", 21], ["killed", 230]]);
});

test("a toll that doubled or tripled to a figure reaches it ('the number of deaths from the outbreak has doubled to 300')", () => {
  const list = (t: string) => claims(t, "2024-06-22").map((c) => [c.category, c.value]);
  assert.deepEqual(list("The number of deaths from the epidemic has doubled to 310, the agency said."), [["killed", 310]]);
  assert.deepEqual(list("Deaths from the fever have tripled to 87."), [["killed", 87]]);
});

test("the age of a share of the dead is no count ('Most of those who died were over 70')", () => {
  const list = (t: string) => claims(t, "2024-06-22").map((c) => [c.category, c.value]);
  assert.deepEqual(list("Most of those who died were over 70."), []);
  assert.deepEqual(list("Most of the dead were over 70. The toll rose to 52."), [["killed", 52]]);
});

test("a dateline with the agency between slashes ('TBILISI, 9 May. /Agency/ -') names where the report was filed and dates no event", () => {
  const list = (t: string) => claims(t, "2024-05-10").map((c) => [c.category, c.value, c.place?.name ?? null, c.time?.start ?? null]);
  // (The scene's place and day carry to the next sentence, not the dateline's city and date.)
  assert.deepEqual(list("YEREVAN, 9 May. /Wirenews/ - Gunners shelled a border post in the Tavush region on 8 May. As a result, two guards were wounded."), [["wounded", 2, "Tavush", "2024-05-08"]]);
  // (A dateline closed by a full stop after the slashes is a sentence of its own; it lends no date to the next.)
  assert.deepEqual(list("MOSCOW, May 9. /Wirenews/. Rescuers evacuated 640 residents from the Orenburg Region. As many as 300 people are staying in shelters."), [["evacuated", 640, "Orenburg Region", null], ["present", 300, "Orenburg Region", null]]);
});

test("a dateline's date closed by a colon after a town in capitals dates no event ('QUETTA, May 9: … over the last 48 hours')", () => {
  const first = (t: string) => claims(t, "2024-05-10").map((c) => [c.value, c.time?.start ?? null, c.time?.end ?? null])[0];
  assert.deepEqual(first("QUETTA, May 9: Troops killed 11 militants from an outlawed group in two separate raids in the hills over the last 48 hours, the army said."), [11, "2024-05-08", "2024-05-10"]);
});

test("one fighter, soldier or officer told by a role with 'the' is of that kind; a year in 'who joined … in 2015' dates nothing", () => {
  const list = (t: string) => claims(t, "2024-05-10").map((c) => [c.category, c.value, c.subject, c.time?.start ?? null]);
  assert.deepEqual(list("The militant surrendered to the army on Tuesday in the hills, officials said."), [["surrendered", 1, "fighters", "2024-05-07"]]);
  assert.deepEqual(list("The militant, who joined the rebels in 2015, handed himself in at a checkpoint. The number of rebels who gave up this year has risen to 40."), [["surrendered", 1, "fighters", null], ["surrendered", 40, "fighters", "2024-01-01"]]);
  // (A role cut short is no role of its own: "the deputy head of the rebels' council".)
  assert.deepEqual(list("Troops killed the deputy head of the rebels' council in the hills.").map((c) => c[2]), ["people"]);
});

test("raids 'across 40 provinces' are the country's, not the dateline city's; so is a toll 'since the start of the full-scale invasion'", () => {
  const place = (t: string) => claims(t, "2024-05-10").map((c) => c.place?.name ?? null)[0];
  assert.equal(place("ANKARA (Wire) - Police detained 210 suspects in raids across 40 provinces, the minister said."), "Turkey");
  assert.equal(place("KYIV (Wire) - In all, 1,900 civilians have been killed since the start of the full-scale invasion, officials said."), "Ukraine");
});

test("ministry loss tallies: 'lost approximately N', 'losses of X <phrase> are/amounted to N', 'destroying/eliminating N'", () => {
  const list = (t: string) => claims(t, "2024-05-31").map((c) => [c.category, c.value, c.qualifier]);
  assert.deepEqual(list("The battalion lost approximately 40 soldiers."), [["killed", 40, "approx"]]);
  assert.deepEqual(list("The battalion lost roughly 40 soldiers."), [["killed", 40, "approx"]]);
  assert.deepEqual(list("The battalion lost as many as 40 soldiers."), [["killed", 40, "max"]]);
  assert.deepEqual(list("The enemy's losses amount to approximately 9,500 personnel."), [["killed", 9500, "approx"]]);
  assert.deepEqual(list("The losses of the rebels are 120 personnel."), [["killed", 120, "exact"]]);
  assert.deepEqual(list("The losses of the northern group in the eastern sector amounted to 1,400 troops."), [["killed", 1400, "exact"]]);
  assert.deepEqual(list("The combat losses of the enemy from 1 May 2023 to 30 May 2024 are approximately 7,000 personnel."), [["killed", 7000, "approx"]]);
  assert.deepEqual(list("Gunners hit two positions, destroying up to 60 servicemen."), [["killed", 60, "max"]]);
  assert.deepEqual(list("Gunners hit two positions, eliminating 60 servicemen."), [["killed", 60, "exact"]]);
});

test("a loss told as 'N soldiers killed and wounded' counts both kinds, so it is no count of the dead", () => {
  const list = (t: string) => claims(t, "2024-05-31").map((c) => [c.category, c.value]);
  assert.deepEqual(list("The brigade lost up to 70 servicemen killed and wounded near the river."), [["other", 70]]);
  assert.deepEqual(list("The brigade lost 70 servicemen near the river."), [["killed", 70]]);
});

test("'caught N migrants/suspects' detains them; 'intruders' are fighters", () => {
  const list = (t: string) => claims(t, "2024-05-31").map((c) => [c.category, c.value, c.subject]);
  assert.deepEqual(list("Coast guards have caught 31 irregular migrants off the coast."), [["detained", 31, "migrants"]]);
  assert.deepEqual(list("Officers caught 4 suspects near the depot."), [["detained", 4, "suspects"]]);
  assert.deepEqual(list("Fishermen caught 40 tuna near the depot."), []);
  assert.deepEqual(list("Sentries killed three intruders near the fence."), [["killed", 3, "fighters"]]);
});

test("'N X, one of whom was a Y, <verb>': the aside says who one of them was and adds no count", () => {
  const list = (t: string) => claims(t, "2024-05-31").map((c) => [c.category, c.value]);
  assert.deepEqual(list("Nine rebels, one of whom was a local commander, surrendered at the checkpoint."), [["surrendered", 9]]);
  // (A part told after the verb with a verb of its own keeps its count.)
  assert.deepEqual(list("Nine rebels surrendered at the checkpoint, two of whom were wounded.").filter((c) => c[0] === "surrendered"), [["surrendered", 9]]);
});

test("'N displaced people from X arrived in Y': the arrival verb beats the state inside the noun, past the origin", () => {
  const list = (t: string) => claims(t, "2024-05-31").map((c) => [c.category, c.value]);
  assert.deepEqual(list("Some 4,200 forcibly displaced persons from North Kivu arrived in Goma."), [["arrived", 4200]]);
  assert.deepEqual(list("Some 4,200 displaced persons from the north live in camps near Goma.").filter((c) => c[0] === "arrived"), []);
});

test("'N of them have left <place>': a share of people told of before fled", () => {
  const list = (t: string) => claims(t, "2024-05-31").map((c) => [c.category, c.value]);
  assert.deepEqual(list("About 9,000 of them have left Lebanon."), [["fled", 9000]]);
  // (A handful may be anything; the gate on size is the one bare counts already use.)
  assert.deepEqual(list("Two of them have left Lebanon."), []);
});

test("an aside naming who was counted after where they were ('Two people in Jessore, a man and a girl, were killed') is no sum on top", () => {
  const list = (t: string) => claims(t, "2024-05-31").map((c) => [c.category, c.value]);
  assert.deepEqual(list("Two villagers in Nepal, a farmer and his son, were killed when a landslide hit their home."), [["killed", 2]]);
  assert.deepEqual(list("Three guards in Kenya, a driver and two of his colleagues, were rescued by police.")[0], ["evacuated", 3]);
});

test("a count broken down in the next sentence ('The group included four boys', 'Nine of the farmers were women') gives parts of it, with its verb and day", () => {
  const list = (t: string) => claims(t, "2024-05-31").map((c) => [c.category, c.value, c.time?.start ?? null]);
  assert.deepEqual(list("Bandits seized 30 farmers on Monday. The group included six boys."), [["detained", 30, "2024-05-27"], ["detained", 6, "2024-05-27"]]);
  assert.deepEqual(list("Bandits seized 30 farmers on Monday. Eleven of the farmers were women."), [["detained", 30, "2024-05-27"], ["detained", 11, "2024-05-27"]]);
  // (Let go in the next sentence, they are still the rescued ones, not a release of their own.)
  assert.deepEqual(list("Soldiers rescued 18 captives on Monday. The captives, including five nurses and two doctors, were freed from a forest camp.").map((c) => c.slice(0, 2)), [["evacuated", 18], ["evacuated", 5], ["evacuated", 2]]);
  // (A share of other people than those counted is no part of them.)
  assert.deepEqual(list("Bandits seized 30 farmers on Monday. Two of the guards were women.").map((c) => c.slice(0, 2)), [["detained", 30]]);
});

test("a state naming the police ('Police in the state of Sinaloa rescued …') gives way to the town where the people were held", () => {
  const [c] = claims("Police in the Mexican state of Sinaloa rescued 11 people who had been abducted by an armed gang in the municipality of Culiacan.");
  assert.equal(c?.place?.name, "Culiacan");
});

test("a breakdown in the next sentence may follow a voice and an aside ('It said the group, who were fishing, included two boys')", () => {
  const list = (t: string) => claims(t, "2024-05-31").map((c) => [c.category, c.value]);
  assert.deepEqual(list("Gunmen abducted 15 villagers near the river on Monday, the radio reported. It said the group, who were fishing, included two boys."), [["detained", 15], ["detained", 2]]);
});

test("the sick a share died of ('Of the 900 people infected, about half have died') are no count of the dead", () => {
  const list = (t: string) => claims(t, "2024-05-31").map((c) => [c.category, c.value]);
  assert.deepEqual(list("Of the 900 people infected, about half have died."), [["other", 900]]);
  assert.deepEqual(list("Of the 620 villagers sickened by the fever, most have died."), [["other", 620]]);
  // (A share counted in figures is the dead; the whole killed stays killed.)
  assert.deepEqual(list("Of the 900 people infected with the virus, 410 have died."), [["killed", 410]]);
  assert.deepEqual(list("Of the 35 people killed, 12 were children."), [["killed", 35], ["killed", 12]]);
});

test("a running total's 'including N in the past day' tail dates only the part, which is of the whole's kind", () => {
  const list = (t: string) => claims(t, "2024-05-31").map((c) => [c.category, c.value, c.subject, c.time?.start ?? null]);
  assert.deepEqual(list("The rebels lost 12,400 fighters, including 90 in the past day."), [["killed", 12400, "fighters", null], ["killed", 90, "fighters", "2024-05-30"]]);
});

test("a trend's 'in recent months' in the sentence before gives no time to the figure after it", () => {
  const [c] = claims("Dozens of posts have been built along the border in recent months. The army said it had killed 10 raiders.", "2024-05-31");
  assert.equal(c?.value, 10);
  assert.equal(c?.time, null);
  // (A scene with a day of its own still dates it.)
  const [d] = claims("Raiders crossed the border on Monday. The army said it had killed 10 of them.", "2024-05-31");
  assert.equal(d?.time?.start, "2024-05-27");
});

test("a total is not placed in the region given a part of it, nor in the town of a clause it is set beside", () => {
  const place = (t: string) => claims(t, "2024-05-31").map((c) => [c.value, c.place?.name ?? null]);
  assert.deepEqual(place("The ministry said 95 people had died of heatstroke in India, with Bihar accounting for 40 of the deaths."), [[95, "India"], [40, "Bihar"]]);
  assert.deepEqual(place("Snow fell heavily in Kabul on Tuesday as a cold snap killed at least 60 people across Afghanistan, officials said."), [[60, "Afghanistan"]]);
});

test("the words naming a voice ('the Office for Prisoners of War said') do not decide what befell those counted, unless the figure is in them", () => {
  const cats = (t: string) => claims(t).map((c) => [c.category, c.value]);
  assert.deepEqual(cats("Among those sent home are 37 marines and 12 sailors, the Bureau for Prisoners of War said.").filter((c) => c[0] === "detained"), []);
  assert.deepEqual(cats("According to the Committee for Political Prisoners, 14 people were killed."), [["killed", 14]]);
  assert.deepEqual(cats("Officers who arrested 5 suspects in Kano said they were armed."), [["detained", 5]]);
});

test("surrender copy's formula: 'a rebel who was persuaded by troops surrendered', 'the number of rebels persuaded to surrender has risen to 40'", () => {
  const list = (t: string) => claims(t, "2024-03-14").map((c) => [c.category, c.value, c.subject]);
  assert.deepEqual(list("A rebel who was persuaded by the gendarmerie surrendered in Hakkari."), [["surrendered", 1, "fighters"]]);
  assert.deepEqual(list("A militant who had been convinced surrendered to troops on Sunday."), [["surrendered", 1, "fighters"]]);
  assert.deepEqual(list("The number of militants persuaded to surrender this year has risen to 40, the governor said."), [["surrendered", 40, "fighters"]]);
});

test("a running total, or a death after a reading of the weather or a count of cases, takes no other clause's time", () => {
  const list = (t: string) => claims(t, "2024-06-20").map((c) => [c.value, c.time?.text ?? null]);
  // (The new deaths' week is not the year's toll; nor is the day of the new deaths the cumulative total's.)
  assert.deepEqual(list("Measles has killed nine children in the district this week, raising the year's toll in the district to 52."), [[9, "this week"], [52, null]]);
  assert.deepEqual(list("Cholera has killed five people in the valley this week, raising the year's toll to 64, officials said on Wednesday."), [[5, "this week"], [64, null]]);
  assert.deepEqual(list("The county logged 20 new cases of typhoid and three deaths on Sunday, bringing the overall total to 910 cases and 33 deaths."), [[3, "on Sunday"], [33, null]]);
  // (A thermometer's day, or the window of a case count, dates nothing of the deaths told next.)
  assert.deepEqual(list("The port recorded 48.5 degrees on Tuesday. The ministry said 230 workers had died."), [[230, null]]);
  assert.deepEqual(list("Clinics logged 2,050 cases of heatstroke since May 1. The ministry said 40 farmers had died."), [[40, null]]);
  // ("now" closes the sentence's own "since" period.)
  assert.deepEqual(list("Doctors said six babies died of fever on Tuesday. The toll since March 1 now stands at 118.").at(-1), [118, "since March 1"]);
});

test("attackers whose count is only in the subject ('Both gunmen', 'the two attackers', 'all three assailants') are counted dead", () => {
  const dead = (t: string) => claims(t, "2024-07-09").map((c) => [c.category, c.value]);
  assert.deepEqual(dead("Both gunmen were shot dead by officers at the gate."), [["killed", 2]]);
  assert.deepEqual(dead("The two attackers were killed by guards."), [["killed", 2]]);
  assert.deepEqual(dead("Officials said all three assailants died in the exchange of fire."), [["killed", 3]]);
});

test("people found alive are rescued, like 'pulled out alive'; bodies found stay deaths", () => {
  const list = (t: string) => claims(t, "2024-03-14").map((c) => [c.category, c.value]);
  assert.deepEqual(list("Searchers found 9 hikers alive near the ridge on Monday."), [["evacuated", 9]]);
  assert.deepEqual(list("Two boys were found alive beneath the collapsed wall, the mayor said."), [["evacuated", 2]]);
  assert.deepEqual(list("Divers found four bodies in the river on Monday."), [["killed", 4]]);
});

test("a line of control is no scene: the sector or district named after it places the claim", () => {
  const c = claims("Three soldiers were killed when shells fell across the LoC in Uri sector of Baramulla district, an army officer said.", "2024-03-14");
  assert.deepEqual(c.map((x) => [x.category, x.value, x.place?.name]), [["killed", 3, "Uri"]]);
});

test("a person held, described by what he wore or carried, is one detained", () => {
  const held = (t: string) => claims(t, "2024-06-20").map((c) => [c.text, c.category, c.value]);
  assert.deepEqual(held("A bomber wearing an explosive belt was arrested before he reached the market."), [["A bomber", "detained", 1]]);
  assert.deepEqual(held("The gunman carrying two pistols was later arrested, police said."), [["The gunman", "detained", 1]]);
  // (Still no claim where no one was held.)
  assert.deepEqual(held("Police are searching for a bomber wearing a red jacket."), []);
});

test("a command's daily tally is not placed in the capital of the dateline it was issued from", () => {
  const where = (t: string) => claims(t, "2024-03-14").map((c) => [c.value, c.place?.name ?? null]);
  assert.deepEqual(where("KYIV - Enemy losses over the past day include 870 soldiers killed, the General Staff said."), [[870, null]]);
  // (The capital named again in the text is a scene.)
  assert.deepEqual(where("KYIV - Three people were killed when a missile hit a house in Kyiv, the Defence Ministry said."), [[3, "Kyiv"]]);
});

test("the parts after a first share of them in the next sentence ('Ten of them were Syrians and four were Iraqis') share the whole's category", () => {
  const list = (t: string) => claims(t, "2024-06-20").map((c) => [c.category, c.value]);
  assert.deepEqual(list("Thirty migrants drowned when the boat sank. Ten of them were Syrians and four were Iraqis."), [["killed", 30], ["killed", 10], ["killed", 4]]);
  assert.deepEqual(list("Troops rescued 15 hostages on Monday. Six of them were nurses, five were teachers and two were drivers."), [["evacuated", 15], ["evacuated", 6], ["evacuated", 5], ["evacuated", 2]]);
});

test("the town of the clinic that took the hurt in places them when the report sets no other scene", () => {
  const where = (t: string) => claims(t, "2024-05-06").map((c) => [c.category, c.value, c.place?.name ?? null]);
  assert.deepEqual(where("A clinic in Jacmel treated 19 wounded people on Sunday."), [["wounded", 19, "Jacmel"]]);
  assert.deepEqual(where("The district hospital in Gonaives received 26 injured people on Friday, the charity said."), [["wounded", 26, "Gonaives"]]);
  // (A scene told before still wins over where the hurt were taken in.)
  assert.deepEqual(where("A bomb exploded at a market in Kunduz on Monday. A hospital in Kabul received 12 wounded people."), [["wounded", 12, "Kunduz"]]);
});

test("the named medical complex where one hurt is being treated does not replace the scene told before", () => {
  const where = (t: string) => claims(t, "2024-05-06").map((c) => [c.category, c.value, c.place?.name ?? null]);
  assert.deepEqual(where("Three medics were killed on Friday when a shell hit their ambulance near Rafah. A fourth medic was badly hurt and is being treated at Kuwaiti Medical Complex."),
    [["killed", 3, "Rafah"], ["wounded", 1, "Rafah"]]);
});

test("'our'/'we' outside a quote is the organisation heard in the sentence just before or after", () => {
  const who = (t: string) => claims(t, "2024-05-06").map((c) => [c.value, c.source?.org ?? null]);
  assert.deepEqual(who("Save the Children said on Monday that nine children were killed in Kadugli. Our teams treated 25 wounded."), [[9, "Save the Children"], [25, "Save the Children"]]);
  assert.deepEqual(who("We received 31 wounded people on Friday after a strike on a market in Kadugli. Most were children, Save the Children said."), [[31, "Save the Children"]]);
  // (A plain sentence after keeps no voice.)
  assert.deepEqual(who("Save the Children said on Monday that nine children were killed in Kadugli. Floods killed 25 people in the camp last year."), [[9, "Save the Children"], [25, null]]);
});

test("a clinic's caseload is no count of the hurt; patients received after an attack are", () => {
  const list = (t: string) => claims(t, "2024-05-06").map((c) => [c.category, c.value]);
  assert.deepEqual(list("Our mobile teams treated 900 patients last month, most for diarrhoea and skin infections.").filter(([c]) => c === "wounded"), []);
  assert.deepEqual(list("Of the 700 patients admitted to the clinic, 200 were infants."), [["other", 700], ["other", 200]]);
  assert.deepEqual(list("On Friday the clinic received 41 patients after an air strike on the bus station."), [["wounded", 41]]);
  // (Patients admitted after shelling told before are still the hurt.)
  assert.deepEqual(list("Shelling hit the market on Friday. Twenty patients were admitted to hospital."), [["wounded", 20]]);
});

test("a figure the sentence says is the world's ('worldwide', 'around the world') takes no place from a sentence beside it", () => {
  const where = (t: string) => claims(t, "2024-05-06").map((c) => [c.value, c.place?.name ?? null]);
  assert.deepEqual(where("Some 95 journalists were killed around the world last year. Of those, 40 were killed in Gaza."), [[95, null], [40, "Gaza"]]);
  assert.deepEqual(where("Forty were killed in Gaza. Another 60 journalists were wounded worldwide."), [[40, "Gaza"], [60, null]]);
});

test("patients a team triaged after an attack are the hurt", () => {
  const list = (t: string) => claims(t, "2024-05-06").map((c) => [c.category, c.value]);
  assert.deepEqual(list("After the shelling the medics triaged 52 patients."), [["wounded", 52]]);
});

test("lives lost, victims buried, villages deserted and others found after bodies are read as such", () => {
  const list = (t: string) => claims(t, "2024-03-14").map((c) => [c.category, c.value, c.text]);
  assert.deepEqual(list("The hamlet lost 9 lives in the raid."), [["killed", 9, "9 lives"]]);
  assert.deepEqual(list("Seven lives were lost when the bandits struck."), [["killed", 7, "Seven lives"]]);
  assert.deepEqual(list("Medics saved 9 lives after the crash."), []);
  assert.deepEqual(list("A mass burial was held for 31 victims of the raid."), [["killed", 31, "31 victims"]]);
  assert.deepEqual(list("The 31 victims of the raid were given a mass burial."), [["killed", 31, "31 victims"]]);
  assert.deepEqual(list("About 800 farmers have deserted the villages."), [["fled", 800, "About 800 farmers"]]);
  assert.deepEqual(list("Six bodies were recovered near the well, while three others were found by the road."), [["killed", 6, "Six bodies"], ["killed", 3, "three others"]]);
});

test("an earlier toll after 'up from the' or after a toll brought 'to N from M' is a claim of its own", () => {
  const list = (t: string) => claims(t, "2024-03-14").map((c) => [c.category, c.value]);
  assert.deepEqual(list("The death toll climbed to 52, up from the 30 first reported."), [["killed", 52], ["killed", 30]]);
  assert.deepEqual(list("Nine more bodies were pulled from the river, bringing the death toll to 17 from eight."), [["killed", 9], ["killed", 17], ["killed", 8]]);
});

test("labels like datelines on several lines ('IRAQ —', 'Herat:') head sections, each placing its own line's figures", () => {
  const where = (t: string) => claims(t, "2024-04-02").map((c) => [c.category, c.value, c.place?.name ?? null]);
  assert.deepEqual(where("Herat: 5 killed, 3 wounded\nKandahar: 7 killed, 4 wounded\nGhazni: 2 killed"),
    [["killed", 5, "Herat"], ["wounded", 3, "Herat"], ["killed", 7, "Kandahar"], ["wounded", 4, "Kandahar"], ["killed", 2, "Ghazni"]]);
  const second = claims("NIGERIA — Bandits killed six traders near Gusau on Monday, police said.\nKENYA — More than 30 people were hurt when a stand collapsed at a stadium, the Red Cross said.", "2024-04-02");
  assert.deepEqual(second.map((c) => [c.value, c.place?.name ?? null]), [[6, "Gusau"], [30, "Kenya"]]);
});

test("a tally line's verb takes no object from the next line ('Kunduz: 4 killed' before a paragraph opening with a figure)", () => {
  const list = (t: string) => claims(t, "2024-04-02").map((c) => [c.category, c.value]);
  assert.deepEqual(list("Kunduz: 4 killed\n\n19 people were killed across the country in March."), [["killed", 4], ["killed", 19]]);
  // (An object on the same line still makes the figure the agents: "Two men killed three guards".)
  assert.deepEqual(list("Two men killed three guards at the depot."), [["killed", 3]]);
});

test("a digest's total and its tally lines, with no time of their own, take the period its heading line gives", () => {
  const when = (t: string) => claims(t, "2024-04-10").map((c) => [c.category, c.value, c.time ? `${c.time.start}..${c.time.end}` : null]);
  assert.deepEqual(when("Regional incident digest, 4-10 March\n\nOn 6 March, gunmen killed five traders near Gao.\n\nTotal for the week: 9 killed."),
    [["killed", 5, "2024-03-06..2024-03-06"], ["killed", 9, "2024-03-04..2024-03-10"]]);
  assert.deepEqual(when("Monthly casualty tally, February 2024\n\nKunar: 4 killed\nLaghman: 2 wounded"),
    [["killed", 4, "2024-02-01..2024-02-29"], ["wounded", 2, "2024-02-01..2024-02-29"]]);
  // (A headline ending with a stop is a sentence, no heading of a period.)
  assert.deepEqual(when("Talks were held from 4 to 10 March.\nIn total, 9 people were killed."), [["killed", 9, null]]);
});

test("a digest's period total is placed in the area its heading names, not in an item's village", () => {
  const where = (t: string) => claims(t, "2024-04-10").map((c) => [c.value, c.place?.name ?? null]);
  assert.deepEqual(where("Regional incident digest, 4-10 March\n\nNIGER — On 6 March, gunmen killed five traders near Tillaberi.\n\nCHAD — On 8 March, four herders were killed near Mongo.\n\nTotal for the week: 9 killed."),
    [[5, "Tillaberi"], [4, "Mongo"], [9, null]]);
});

test("more of the same told by a voice opening the next sentence ('An elder said 15 others were abducted') keeps the event's day", () => {
  const when = (t: string) => claims(t, "2022-10-24").map((c) => [c.category, c.value, c.time?.start ?? null]);
  assert.deepEqual(when("Gunmen killed 8 farmers in a raid on the village on Saturday. An elder said 15 others were abducted."),
    [["killed", 8, "2022-10-22"], ["detained", 15, "2022-10-22"]]);
});

test("people 'brought in' to a hospital, some of whom then died, are casualties: wounded, beside the dead", () => {
  const list = (t: string) => claims(t, "2024-03-14").map((c) => [c.category, c.value]);
  assert.deepEqual(list("Twenty-six people were brought in, of whom four later died."), [["wounded", 26], ["killed", 4]]);
  assert.deepEqual(list("Twenty-six people were brought in for questioning."), []);
});

test("people sent home or back, brought home, flown out, moved to a new site or helped to return were moved out; those gone back arrived", () => {
  const list = (t: string) => claims(t, "2024-03-14").map((c) => [c.category, c.value]);
  // (Moved out by someone else: evacuated, as claims.md types deportations and organised returns.)
  assert.deepEqual(list("The government sent home 1,200 Malian migrants from the port last month."), [["evacuated", 1200]]);
  assert.deepEqual(list("Border police sent back 85 Hondurans by bus on Friday."), [["evacuated", 85]]);
  assert.deepEqual(list("About 900 students were brought home from the war zone on Friday."), [["evacuated", 900]]);
  assert.deepEqual(list("Spain has flown 70 people out of the capital since Monday."), [["evacuated", 70]]);
  assert.deepEqual(list("A further 140 migrants were flown to the border city on Monday."), [["evacuated", 140]]);
  assert.deepEqual(list("Some 600 families were moved to a new camp near the lake."), [["evacuated", 600]]);
  assert.deepEqual(list("The agency assisted the voluntary return of 210 migrants stuck in the desert."), [["evacuated", 210]]);
  // (Back where they came from, by their own move: arrived, like "returned to".)
  assert.deepEqual(list("Some 5,000 residents have gone back to the town since the ceasefire."), [["arrived", 5000]]);
  assert.deepEqual(list("About 3,000 people had entered through the eastern border crossing by Friday."), [["arrived", 3000]]);
  // (Work shifts, teams and hospital flights are no removals.)
  assert.deepEqual(list("The chief sent home 30 officers after the shift."), []);
  assert.deepEqual(list("About 40 workers have gone back to work at the plant."), []);
  assert.deepEqual(list("Ten wounded soldiers were flown to a hospital in the capital."), [["wounded", 10]]);
});

test("dead handed over, swapped or repatriated are no toll of a new killing; 'handed over 38' is exactly 38", () => {
  const list = (t: string) => claims(t, "2024-03-14").map((c) => [c.category, c.value, c.qualifier]);
  assert.deepEqual(list("The army handed over 45 bodies to the other side on Monday."), [["other", 45, "exact"]]);
  assert.deepEqual(list("The city received 120 bodies of fallen fighters in an exchange on Friday."), [["other", 120, "exact"]]);
  assert.deepEqual(list("The remains of 11 soldiers were repatriated on Tuesday."), [["other", 11, "exact"]]);
  // (Bodies given to families after an attack still count its dead.)
  assert.deepEqual(list("The bodies of 6 people killed in the blast were handed over to their families."), [["killed", 6, "exact"]]);
});

test("people a plane or ship was carrying arrived when it landed, touched down or docked, even with where they came from between", () => {
  const list = (t: string) => claims(t, "2024-03-14").map((c) => [c.category, c.value]);
  assert.deepEqual(list("A plane carrying 210 returnees touched down in the capital on Tuesday."), [["arrived", 210]]);
  assert.deepEqual(list("A ferry carrying 700 people evacuated from the besieged port docked on Sunday."), [["arrived", 700]]);
  assert.deepEqual(list("A second flight carrying 150 Britons landed on the island on Monday."), [["arrived", 150]]);
});

test("a count of arrivals, crossings or departures named before its figure ('Arrivals in the region so far this year stand at')", () => {
  const list = (t: string) => claims(t, "2024-09-14").map((c) => [c.category, c.value]);
  assert.deepEqual(list("Arrivals on the islands so far this year stand at 41,000, the ministry said."), [["arrived", 41000]]);
  assert.deepEqual(list("Crossings into the province totalled 6,500 in August."), [["arrived", 6500]]);
  assert.deepEqual(list("Departures from the port this year have reached 2,300."), [["fled", 2300]]);
  // (A rate per day counts no one.)
  assert.deepEqual(list("Daily crossings into the province have dropped to about 250."), []);
});

test("people airlifted 'from the country' by another country are placed in the country they left", () => {
  const where = (t: string) => claims(t, "2024-03-14").map((c) => [c.category, c.value, c.place?.name ?? null]);
  assert.deepEqual(where("Spain said it had flown 40 people out of Niger on Monday. Germany has airlifted 300 people from the country so far."), [["evacuated", 40, "Niger"], ["evacuated", 300, "Niger"]]);
  // (A country named after the figure is where they left, as before.)
  assert.deepEqual(where("Germany has airlifted 300 people from Niger so far."), [["evacuated", 300, "Niger"]]);
});

test("displaced people who returned, with no place after the verb, arrived rather than fled", () => {
  const list = (t: string) => claims(t, "2024-03-14").map((c) => [c.category, c.value]);
  assert.deepEqual(list("Officials said some 2,000 displaced families returned last year."), [["arrived", 2000]]);
  assert.deepEqual(list("About 300 residents returned on Monday."), [["arrived", 300]]);
  assert.deepEqual(list("Troops returned fire and killed 3 attackers."), [["killed", 3]]);
});

test("prisoners whose sentences were commuted are no detentions", () => {
  const list = (t: string) => claims(t, "2024-03-14").map((c) => [c.category, c.value]);
  assert.deepEqual(list("The president commuted the death sentences of 120 prisoners on Friday."), [["other", 120]]);
});

test("a placeless follow-up goes on in the town the sentence before counted in: an attacked health centre's town, a town before its province", () => {
  const where = (t: string, d: string) => claims(t, d).map((c) => [c.value, c.place?.name ?? null]);
  assert.deepEqual(where("On 2 May, gunmen killed three traders in Bambari. On 9 May, armed men raided a health centre in Kaga-Bandoro and seized four nurses. Aid groups said on 11 May that some 900 people had sought shelter near the church.", "2023-06-01"),
    [[3, "Bambari"], [4, "Kaga-Bandoro"], [900, "Kaga-Bandoro"]]);
  assert.deepEqual(where("IRAQ — A roadside bomb killed three soldiers near Kirkuk on Monday, officials said.\n\nSYRIA — Shelling of a bakery in Saraqib in Idlib province killed six civilians on Tuesday. Medics said 14 people were injured.", "2021-03-11"),
    [[3, "Kirkuk"], [6, "Saraqib"], [14, "Saraqib"]]);
});

test("a road between two towns named as the sentence's scene ('on the Bouar-Baboua axis') takes no town from the sentence before", () => {
  const where = (t: string) => claims(t, "2023-11-02").map((c) => [c.value, c.place?.name ?? null]);
  const placed = where("On 4 October, rebels killed five herders in Bambari. On 8 October, seven traders were wounded by a mine on the Bouar-Baboua axis.");
  assert.equal(placed[0]?.[1], "Bambari");
  assert.notEqual(placed[1]?.[1], "Bambari");
});

test("a town then its province set off by a comma ('in Jamundi, in neighbouring Valle del Cauca') is placed in the town", () => {
  assert.equal(claims("Last week, a grenade thrown at a police post in Jamundi, in neighbouring Valle del Cauca, wounded 5 officers.", "2023-07-15")[0]?.place?.name, "Jamundi");
});

test("a period sentence comparing its count of things with another month ('up from 52 in May') still dates the figure after it", () => {
  const when = (t: string) => claims(t, "2021-07-04").map((c) => [c.value, c.time ? `${c.time.start}..${c.time.end}` : null]);
  assert.deepEqual(when("During June, 70 attacks were logged in the province, up from 52 in May. At least 44 people were killed."),
    [[44, "2021-06-01..2021-06-30"]]);
});

test("'in the region' points back to a province, a neighbouring one too, never to a town", () => {
  const where = (t: string) => claims(t, "2023-07-15").map((c) => [c.value, c.place?.name ?? null]);
  const placed = where("Last week, a grenade thrown at a police post in Jamundi, in neighbouring Valle del Cauca, wounded 5 officers. Since February, at least 22 soldiers have been killed in the region, the army said.");
  assert.equal(placed[0]?.[1], "Jamundi");
  assert.notEqual(placed[1]?.[1], "Jamundi");
});

test("a removal still to come ('will be deported', 'would be relocated', 'are due to be moved') counts no one yet", () => {
  const cats = (t: string) => claims(t, "2023-08-01").map((c) => [c.value, c.category]);
  assert.deepEqual(cats("The court freed 20 inmates; 9 foreigners who will be deported were among them.").filter((c) => c[1] === "evacuated"), []);
  assert.deepEqual(cats("Officials said 450 households would be relocated in the spring."), []);
  assert.deepEqual(cats("The ministry will deport 35 foreigners next week."), []);
  assert.deepEqual(cats("About 80 families are due to be moved to a new camp, the mayor said."), []);
  assert.deepEqual(cats("Officials said 450 households had to be relocated after the floods."), [[450, "evacuated"]]);
});

test("people rescued or freed from captivity and then 'handed over' to officials are not taken into custody", () => {
  const cats = (t: string) => claims(t, "2023-05-14").map((c) => [c.value, c.category]);
  assert.deepEqual(cats("Soldiers said 57 girls rescued from the gang were handed over to their families."), [[57, "evacuated"]]);
  assert.deepEqual(cats("Soldiers said 9 traders freed on Friday were handed over to the governor."), [[9, "other"]]);
  assert.deepEqual(cats("Soldiers said 14 suspects caught in the raid were handed over to the police."), [[14, "detained"]]);
});

test("a hospital's town after its name ('the General Hospital, Lafia') is where the hurt are cared for, not where they were hurt", () => {
  const where = (t: string) => claims(t, "2024-03-06").map((c) => [c.value, c.place?.name ?? null]);
  assert.deepEqual(where("Bandits killed 9 herders in Yelwata on Monday. \"Nine of our men were killed and four others are being treated at the General Hospital, Makurdi,\" the chief said."),
    [[9, "Yelwata"], [9, "Yelwata"], [4, "Yelwata"]]);
});

test("the country in a speaker's title after the name ('…, the agency's field coordinator in Sudan') gives way to the town of the hospital", () => {
  assert.equal(claims("A clinic in Omdurman received 41 wounded people on Friday, said Sara Ali, the charity's field coordinator in Sudan.", "2024-06-10")[0]?.place?.name, "Omdurman");
});

test("people expelled 'to the border with' a neighbour are placed in the country that expelled them", () => {
  assert.equal(claims("Algeria has expelled some 900 migrants to the border with Niger since March, the group said.", "2023-07-24")[0]?.place?.name, "Algeria");
});

test("bare figures said to be movements ('500 were departures', '200 were returns') count people who left or came back", () => {
  assert.deepEqual(claims("Of those recorded, 640 were departures and 215 were returns, the agency said.", "2023-06-20").map((c) => [c.value, c.category]),
    [[640, "fled"], [215, "arrived"]]);
});

test("people returned by someone else ('forcibly returned', 'returned 50 refugees to') are evacuated from the remover's country, not the destination", () => {
  const first = (s: string) => claims(s, "2024-05-20")[0];
  assert.equal(first("Danish border police forcibly returned 45 asylum seekers to Sweden on Friday.")?.category, "evacuated");
  assert.equal(first("Danish border police forcibly returned 45 asylum seekers to Sweden on Friday.")?.place?.name, "Denmark");
  assert.equal(first("Danish border police returned 45 refugees to Sweden on Friday.")?.category, "evacuated");
  assert.equal(first("Officers deported 45 migrants to Sweden on Friday.")?.place ?? null, null);
  assert.equal(first("Officers deported 45 migrants from Norway to Sweden on Friday.")?.place?.name, "Norway");
  assert.equal(first("Thailand deported 45 Cambodians to Cambodia on Friday.")?.place?.name, "Thailand");
  assert.equal(first("Thirty asylum seekers drowned on Friday.")?.value, 30);
});

test("a killed attacker told again by 'a', an aside, a pronoun or a reflexive is a fighter, not one more victim", () => {
  const subj = (t: string) => claims(t, "2024-06-10").filter((c) => c.category === "killed").map((c) => [c.value, c.subject]);
  assert.deepEqual(subj("Officers said a gunman who sprayed a market with bullets had been killed by marksmen."), [[1, "fighters"]]);
  assert.deepEqual(subj("The attacker, a 29-year-old delivery worker, was shot dead by police."), [[1, "fighters"]]);
  assert.deepEqual(subj("The gunman shot six people at a depot in Lyon before turning the gun on himself."), [[1, "fighters"]]);
  assert.deepEqual(subj("A lone knifeman wounded three shoppers in Graz on Friday. He was shot dead by police."), [[1, "fighters"]]);
  // (A pronoun after a victim's sentence, with no police named, stays one of the people.)
  assert.deepEqual(subj("A man shot a cashier at a kiosk in Graz. He died in hospital."), [[1, "people"]]);
  assert.deepEqual(subj("The neighbour, a 52-year-old teacher, was shot dead in his garden."), [[1, "people"]]);
});

test("one attacker killed after a relative clause naming a place, or 'neutralised', is counted", () => {
  const cat = (t: string) => claims(t, "2024-06-10").map((c) => [c.category, c.value, c.subject, c.place?.name ?? null]);
  assert.deepEqual(cat("A knifeman who attacked shoppers in Hanau was shot dead."), [["killed", 1, "fighters", "Hanau"]]);
  assert.deepEqual(cat("Police neutralised the assailant in Nice on Friday."), [["killed", 1, "fighters", "Nice"]]);
  assert.deepEqual(cat("The gunman was neutralized by officers."), [["killed", 1, "fighters", null]]);
  assert.deepEqual(cat("Engineers neutralised the device."), []);
});

test("executions and hangings counted as nouns are killings ('carried out 40 executions', 'at least six hangings')", () => {
  const cat = (t: string) => claims(t, "2024-02-01").map((c) => [c.category, c.value, c.low, c.high]);
  assert.deepEqual(cat("The state carried out 40 executions last year, a monitoring group said."), [["killed", 40, 40, 40]]);
  assert.deepEqual(cat("The group recorded at least 17 executions in the province over the same period."), [["killed", 17, 17, null]]);
  assert.deepEqual(cat("Prison officials carried out at least six hangings in March."), [["killed", 6, 6, null]]);
});

test("court and forensic wording: 'the murder of N', 'executing N detainees', 'shot by a firing squad' are the dead", () => {
  const got = (s: string) => claims(s, "2024-02-15").map((c) => [c.value, c.category]);
  assert.deepEqual(got("The warlord was convicted of the murder of 75 villagers."), [[75, "killed"]]);
  assert.deepEqual(got("A video showed militiamen executing 19 bound detainees near the river."), [[19, "killed"]]);
  assert.deepEqual(got("Historians say 31 miners were shot by army firing squads in 1937."), [[31, "killed"]]);
  // (A plain shooting still hurts: only the firing squad kills.)
  assert.deepEqual(got("Historians say 31 miners were shot by soldiers in 1937."), [[31, "wounded"]]);
});

test("the accused of a charge ('charged 6 officers over the killings of 40') and attempted murders are no dead", () => {
  const got = (s: string) => claims(s, "2024-02-15").map((c) => [c.value, c.category]);
  assert.deepEqual(got("Prosecutors charged 6 police officers over the killings of 40 protesters."), [[40, "killed"]]);
  assert.deepEqual(got("The judge convicted 4 former soldiers of the murder of 27 farmers."), [[27, "killed"]]);
  assert.deepEqual(got("A guard was cleared on Friday of three murders and four attempted murders."), [[3, "killed"]]);
});

test("deaths long ago are dated by the past time their own clause gives, not by today's remembrance or a later finding", () => {
  const when = (s: string) => claims(s, "2024-06-19").map((c) => c.time?.text ?? null);
  assert.deepEqual(when("Villagers on Sunday remembered the 61 miners killed by troops near the pit in the spring of 1961."), ["1961"]);
  assert.deepEqual(when("A tribunal ruled in 2012 that the 9 students shot dead by police in the square on March 3, 1978, were unarmed."), ["March 3, 1978"]);
  // (A recent attack on a place also struck years ago keeps its own day.)
  assert.deepEqual(when("Gunmen killed 12 people on Saturday in a village that was also raided in 2009."), ["on Saturday"]);
});

test("a figure set aside as wrong (', not 19,') leaves the verb to the figure it corrects", () => {
  assert.deepEqual(claims("The agency said on Monday that 7 nurses, not 17, were killed in the raid on the clinic.", "2024-04-02").map((c) => [c.category, c.value]), [["killed", 7]]);
});

test("a toll that 'has fallen to 6 from 9' or was revised 'down to 23 from 31' keeps the figure it replaced", () => {
  const values = (s: string) => claims(s, "2024-04-02").map((c) => [c.category, c.value]);
  assert.deepEqual(values("The toll in the port town has fallen to 4 from 7, officials said."), [["killed", 4], ["killed", 7]]);
  assert.deepEqual(values("The army on Monday revised the toll from the raid on the market down to 12 from 15."), [["killed", 12], ["killed", 15]]);
});

test("a figure someone denies ('denied that 30 villagers were killed', 'dismissed as false a claim online that …') is doubted", () => {
  const hedges = (s: string) => claims(s, "2024-04-02").map((c) => [c.category, c.value, c.hedge]);
  assert.deepEqual(hedges("The militia denied that 30 villagers were killed in the raid on the market."), [["killed", 30, "denied"]]);
  assert.deepEqual(hedges("The governor dismissed as false a claim on social media that 80 students had been arrested in the capital."), [["detained", 80, "dismissed"]]);
});

test("a second voice after 'but' keeps its figure when it goes on citing what it relies on", () => {
  const c = claims("The governor said 3 miners were killed on Monday, but workers' unions said at least 9 had died, citing clinic records.");
  assert.deepEqual(c.map((x) => [x.value, x.source?.name ?? null]), [[3, "The governor"], [9, "workers' unions"]]);
});

test("one person arrested with words between the noun and the verb is detained ('wearing …', ', who …,', 'fled but was arrested')", () => {
  const held = (s: string) => claims(s, "2024-05-20").map((c) => [c.text, c.category, c.value]);
  assert.deepEqual(held("A man carrying a grenade was arrested at the gate on Monday."), [["A man", "detained", 1]]);
  assert.deepEqual(held("The driver, who had been drinking, was arrested."), [["The driver", "detained", 1]]);
  assert.deepEqual(held("The gunman, named only by a nickname, was captured."), [["The gunman", "detained", 1]]);
  assert.deepEqual(held("The suspect ran into a park but was arrested an hour later."), [["The suspect", "detained", 1]]);
  assert.deepEqual(held("The attacker was arrested and taken to hospital under guard."), [["The attacker", "detained", 1]]);
});

test("a breakdown after a semicolon ('; 8 were Moroccans') is a part of the toll before it, and a next-sentence share keeps the toll's day", () => {
  const got = (s: string) => claims(s, "2024-06-14").map((c) => [c.category, c.value, c.time?.start ?? null]);
  assert.deepEqual(got("Thirty swimmers drowned off the cape on Tuesday; 8 were Moroccans, the coast guard said."), [["killed", 30, "2024-06-11"], ["killed", 8, "2024-06-11"]]);
  assert.deepEqual(got("Thirty swimmers drowned off the cape on Tuesday. Six of them were Moroccans, the coast guard said."), [["killed", 30, "2024-06-11"], ["killed", 6, "2024-06-11"]]);
});

test("a bare count in the next sentence ('17 people were wounded.') takes the day of the incident just told, a background toll does not", () => {
  const got = (s: string) => claims(s, "2024-06-14").map((c) => [c.category, c.value, c.time?.start ?? null]);
  assert.deepEqual(got("A mortar round on the market killed six traders on 9 June. 17 people were wounded."), [["killed", 6, "2024-06-09"], ["wounded", 17, "2024-06-09"]]);
  assert.deepEqual(got("A mortar round on the market killed six traders on 9 June. Over 400 people have been wounded in shelling since March.").map((x) => x[2]), ["2024-06-09", "2024-03-01"]);
});

test("the missing told by 'as disappeared' or 'who went missing' are other, and a stock 'still missing' keeps no time from the clause or sentence before", () => {
  const got = (s: string) => claims(s, "2024-06-14").map((c) => [c.category, c.value, c.time?.text ?? null]);
  assert.deepEqual(got("The commission lists 4,200 people as disappeared since the army was deployed in the hills.").map((x) => x[0]), ["other"]);
  assert.deepEqual(got("The office said it had received 900 complaints of people who went missing during the uprising.").map((x) => x[0]), ["other"]);
  assert.deepEqual(got("Rebels abducted 300 farmers in the valley in May 2016. Some 120 farmers are still missing, the council said."), [["detained", 300, "May 2016"], ["other", 120, null]]);
});

test("people 'who died' or who 'remain in mass graves' are dead, not a stock of those gathered or present", () => {
  const cats = (s: string) => claims(s, "2024-06-14").map((c) => [c.category, c.value]);
  assert.deepEqual(cats("Families of the 40 miners who died in the collapse gathered outside the pit."), [["killed", 40]]);
  assert.deepEqual(cats("About 3,000 villagers remain in mass graves across the valley, the commission said."), [["killed", 3000]]);
});

test("casualties are the dead and the hurt together: a bare count of them, or a count split into the killed, is other; the killed part stays killed", () => {
  const list = (t: string) => claims(t, "2024-06-03").map((c) => [c.category, c.value, c.time?.start ?? null]);
  assert.deepEqual(list("The truck bomb caused more than 60 casualties in the market, officials said."), [["other", 60, null]]);
  assert.deepEqual(list("Monitors counted 2,410 civilian casualties in 2023, including 780 people killed."), [["other", 2410, "2023-01-01"], ["killed", 780, "2023-01-01"]]);
  assert.deepEqual(list("Monitors counted 940 child casualties in 2023, of whom 215 were killed."), [["other", 940, "2023-01-01"], ["killed", 215, "2023-01-01"]]);
  assert.deepEqual(list("Of the 3,100 casualties counted in 2023, 870 were killed and 2,230 were injured."), [["other", 3100, "2023-01-01"], ["killed", 870, "2023-01-01"], ["wounded", 2230, "2023-01-01"]]);
});

test("a share of the hurt who then died ('Four of the injured died') is killed; one whose verb is no death stays wounded", () => {
  const cat = (t: string) => claims(t, "2024-06-03").map((c) => [c.category, c.value]);
  assert.deepEqual(cat("Four of the injured died in hospital overnight, the clinic said."), [["killed", 4]]);
  assert.deepEqual(cat("Twenty people were hurt when the roof fell in. Two of the wounded later died."), [["wounded", 20], ["killed", 2]]);
  assert.deepEqual(cat("Two of the wounded were in a critical condition."), [["wounded", 2]]);
});

test("people once counted dead who were found alive are no count of the dead ('after 2 people listed as dead were found alive')", () => {
  const cat = (t: string) => claims(t, "2024-06-03").map((c) => [c.category, c.value]);
  assert.deepEqual(cat("The toll from the mine flood dropped to 9, after 2 miners listed as dead were found alive in a shaft."), [["killed", 9]]);
});

test("literal openings: what every match of a pattern must begin with, read as far as plain text goes", () => {
  const read = (s: string) => { const { open, closed } = literalOpenings(s); return [...open, ...closed].sort(); };
  assert.deepEqual(read("(?:was (?:killed|shot))"), ["was killed", "was shot"]);
  // (A class, "\s" or a quantifier ends the reading: what was read is still a start every match has.)
  assert.deepEqual(read("(?:in\\s+custody)"), ["in"]);
  assert.deepEqual(read("(?:held (?:hostage|captive)s?)"), ["held captive", "held captives", "held hostage", "held hostages"]);
  // (An optional group gives the texts with and without it; a boundary or lookahead takes nothing.)
  assert.deepEqual(read("(?:\\bbodies (?:of )?(?=\\w)the)"), ["bodies of the", "bodies the"]);
  assert.deepEqual(read("(?:[Kk]illed)"), [""]);
});

test("the trigger gate's literal openings begin every match of every trigger fragment in our example reports", async () => {
  const { readdirSync, readFileSync } = await import("node:fs");
  const triggers = (await import("./triggers.json", { with: { type: "json" } })).default as Record<string, unknown>;
  const dir = new URL("../../../../examples/", import.meta.url);
  const texts = readdirSync(dir).filter((f) => /\.(?:txt|md)$/.test(f)).map((f) => readFileSync(new URL(f, dir), "utf8"));
  texts.push("Two men were shot dead and five were wounded; 40 people fled, 12 were evacuated, three surrendered and six were held in custody.");
  let matches = 0;
  for (const fragments of Object.values(triggers)) {
    if (!Array.isArray(fragments)) continue;
    for (const fragment of fragments as string[]) {
      const { open, closed } = literalOpenings(`(?:${fragment})`);
      const openings = [...open, ...closed];
      const pattern = new RegExp(`\\b(?:${fragment})\\b`, "gi");
      for (const text of texts) {
        for (const m of text.matchAll(pattern)) {
          matches++;
          const at = text.slice(m.index, m.index + 40).toLowerCase();
          assert.ok(openings.some((o) => at.startsWith(o)), `${JSON.stringify(m[0])} matches /${fragment}/ but begins with none of ${JSON.stringify(openings)}`);
        }
      }
    }
  }
  assert.ok(matches > 50, `only ${matches} trigger matches in the examples`);
});
