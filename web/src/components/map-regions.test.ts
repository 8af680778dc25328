// Regions for the map: nearby towns group together, the busiest region comes first, country centres stay out.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { PlaceDto } from "../api.ts";
import { distanceKm, regionsOf } from "./map-regions.ts";

const place = (name: string, lat: number, lon: number, claims: number, precision: string | null = "city"): PlaceDto => ({
  name, entity: null, lat, lon, precision, names: [name], claims, figures: 0, largest: null, reports: 1,
});

test("distance between two towns in kilometres", () => {
  assert.equal(Math.round(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 1 })), 111);
  assert.equal(distanceKm({ lat: 12, lon: 13 }, { lat: 12, lon: 13 }), 0);
});

test("towns within a few hundred km form one region, busiest first, named after its busiest town", () => {
  const regions = regionsOf([
    place("Riverbend", 34.4, 40.9, 30), place("Hillcrest", 34.7, 40.8, 3), place("Eastgate", 36.3, 41.1, 2),
    place("Lakeside", 12.0, 13.9, 14), place("Marsh", 12.4, 13.8, 5),
    place("Far Isle", 53.8, -2.4, 40, "country"),
  ]);
  assert.deepEqual(regions.map((r) => r.name), ["Riverbend", "Lakeside"]);
  assert.deepEqual(regions[0].places.map((p) => p.name), ["Riverbend", "Hillcrest", "Eastgate"]);
  assert.equal(regions[0].claims, 35);
  assert.ok(!regions.some((r) => r.places.some((p) => p.name === "Far Isle")), "a country centre does not pull the map");
});

test("no places, no regions", () => {
  assert.deepEqual(regionsOf([]), []);
});
