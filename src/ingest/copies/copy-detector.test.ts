// Copy detection on hand-made texts: shingles, MinHash bands, thresholds and the direction of a link.
import assert from "node:assert/strict";
import { test } from "node:test";
import { copyDirection, copySimilarity, fingerprint } from "./copy-detector.ts";
import { overlap, shingles, words } from "./shingles.ts";
import { bandKeys, signature } from "./minhash.ts";

const STORY = [
  "Fighting resumed at dawn around the hill villages west of Korvan, where government troops tried to retake a supply road.",
  "Local officials said eleven people were killed and more than forty wounded in the first hours of the assault.",
  "About two thousand residents sheltered in schools and mosques in the town centre as the shelling moved closer.",
  "The ministry of defence said its units had secured the road by the evening, a claim that could not be verified.",
].join(" ");

test("words ignore case and punctuation; shingles are word 5-grams", () => {
  assert.deepEqual(words("Eleven PEOPLE, killed!"), ["eleven", "people", "killed"]);
  assert.equal(shingles("one two three four five six").size, 2);
  assert.equal(shingles("too short").size, 1);
  assert.equal(shingles("").size, 0);
});

test("overlap gives Jaccard and containment", () => {
  const a = new Set([1, 2, 3, 4]);
  const b = new Set([3, 4, 5, 6, 7, 8]);
  assert.deepEqual(overlap(a, b), { jaccard: 2 / 8, containment: 2 / 4 });
});

test("a syndicated copy with another headline and ending is a copy; an unrelated story is not", () => {
  const wire = fingerprint(`Clashes near Korvan. ${STORY} Reporting by staff.`);
  const copy = fingerprint(`Eleven dead in Korvan assault. ${STORY} This story has been corrected to fix a spelling.`);
  const other = fingerprint("The central bank kept its main interest rate unchanged on Thursday and said inflation was slowing faster than forecast, though food prices were still rising in most regions of the country.");
  const similarity = copySimilarity(wire, copy);
  assert.ok(similarity !== null && similarity > 0.8, `similarity ${similarity}`);
  assert.equal(copySimilarity(wire, other), null);
  // Near-identical texts share LSH bands, so the store finds them as candidates.
  assert.ok(wire.bands.some((b) => copy.bands.includes(b)));
  assert.ok(!wire.bands.some((b) => other.bands.includes(b)));
});

test("a report sharing one sentence with another is not a copy", () => {
  const first = fingerprint(STORY);
  const second = fingerprint(`${STORY.split(". ")[0]}. Elsewhere, the harvest of olives in the southern hills began late after a long drought, and growers expect a smaller crop and higher prices this winter across the province.`);
  assert.equal(copySimilarity(first, second), null);
});

test("a shared standing paragraph (boilerplate) does not make two different stories copies", () => {
  const boilerplate = "According to the monitor's own count, the death toll since the start of the year has reached several hundred people across the province, including women and children, fighters of several factions and members of the security services, most of them in shootings, bombings and attacks by unknown gunmen on roads and in markets.";
  const one = fingerprint(`Gunman kills shopkeeper in Tal Rif. A gunman shot dead a shopkeeper in the village of Tal Rif late on Tuesday. ${boilerplate}`);
  const two = fingerprint(`Mine wounds two boys near Qasra. Two boys were wounded by an old mine while herding sheep near Qasra. ${boilerplate}`);
  assert.equal(copySimilarity(one, two), null);
  // The same story with its opening kept is a copy even with the standing paragraph.
  const again = fingerprint(`Shopkeeper killed. A gunman shot dead a shopkeeper in the village of Tal Rif late on Tuesday. ${boilerplate}`);
  assert.ok(copySimilarity(one, again) !== null);
});

test("texts too short to judge give no bands and are never called copies", () => {
  const a = fingerprint("Eleven people were killed.");
  assert.deepEqual(a.bands, []);
  assert.equal(copySimilarity(a, a), null);
});

test("signatures are deterministic and estimate similarity", () => {
  const s = shingles(STORY);
  assert.deepEqual(signature(s), signature(new Set([...s])));
  assert.deepEqual(bandKeys(signature(s)), bandKeys(signature(s)));
  assert.equal(bandKeys(signature(s)).length, 40);
});

test("same day: the agency's own story is the original, then the earlier known time, then the one stored first, not the smaller id", () => {
  const wire = { id: "hpa-wire-0510", published: "2025-05-10", outlet: "HPA", agency: "HPA" };
  const reprint = { id: "coastline-times-0510", published: "2025-05-10", outlet: "Coastline Times", agency: "HPA" };
  assert.equal(copyDirection(wire, reprint).original.id, "hpa-wire-0510");
  assert.equal(copyDirection(reprint, wire, "a").original.id, "hpa-wire-0510");
  // (The outlet is the agency however it is written.)
  assert.equal(copyDirection(reprint, { ...wire, outlet: "hpa " }).original.id, "hpa-wire-0510");
  // A later day is still the copy, wire or not.
  assert.equal(copyDirection({ ...wire, published: "2025-05-11" }, reprint).copy.id, "hpa-wire-0510");
  const x = { id: "b-outlet", published: "2025-05-10", time: "2025-05-10T08:00:00Z" };
  const y = { id: "a-outlet", published: "2025-05-10", time: "2025-05-10T18:30:00Z" };
  assert.equal(copyDirection(x, y).original.id, "b-outlet");
  assert.equal(copyDirection(y, x, "a").original.id, "b-outlet");
  const old = { id: "shabelle-daily-1", published: "2025-05-12" };
  const dup = { id: "shabelle-daily-0512-1", published: "2025-05-12" };
  assert.equal(copyDirection(dup, old, "b").original.id, "shabelle-daily-1");
  assert.equal(copyDirection(old, dup, "a").original.id, "shabelle-daily-1");
});

test("the later report is the copy; an undated one counts as later; ties go by id", () => {
  const a = { id: "a", published: "2024-01-02" };
  const b = { id: "b", published: "2024-01-01" };
  assert.equal(copyDirection(a, b).copy.id, "a");
  assert.equal(copyDirection(b, a).copy.id, "a");
  assert.equal(copyDirection<{ id: string; published: string | null }>({ id: "x", published: null }, b).copy.id, "x");
  assert.equal(copyDirection({ id: "m", published: "2024-01-01" }, b).copy.id, "m");
});
