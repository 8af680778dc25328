// GET /api/entities, /api/entities/:id and /api/places (places with coordinates, for the map).
import type { EntityRecord, Store } from "../../store/store.ts";
import type { Api } from "../api-types.ts";
import { errorResponses, IdParams, NoQuery } from "../schemas/common.schema.ts";
import { EntitiesQuery, EntityPageSchema, EntitySchema, PlaceListSchema, type PlaceDto } from "../schemas/entities.schema.ts";
import { notFound } from "../errors.ts";
import { allClaims } from "./claims.routes.ts";

export function entitiesRoutes(app: Api, store: Store): void {
  app.get("/api/entities", {
    schema: {
      tags: ["entities"],
      operationId: "listEntities",
      summary: "List entities (people, organisations, places) with aliases, coordinates and mentions",
      querystring: EntitiesQuery,
      response: { 200: EntityPageSchema, ...errorResponses },
    },
  }, async (request) => {
    const { type, q, limit = 100, offset = 0 } = request.query;
    return store.listEntities({ type, q, limit, offset });
  });

  app.get("/api/entities/:id", {
    schema: {
      tags: ["entities"],
      operationId: "getEntity",
      summary: "One entity",
      params: IdParams,
      response: { 200: EntitySchema, ...errorResponses },
    },
  }, async (request) => {
    const entity = await store.getEntity(request.params.id);
    if (!entity) throw notFound("entity", request.params.id);
    return entity;
  });

  app.get("/api/places", {
    schema: {
      tags: ["entities"],
      operationId: "listPlaces",
      summary: "Places with coordinates and how many claims, figures and reports concern each",
      querystring: NoQuery,
      response: { 200: PlaceListSchema, ...errorResponses },
    },
  }, async () => ({ items: await placesCache.get(store) }));
}

async function* allEntities(store: Store, type?: string): AsyncGenerator<EntityRecord> {
  const page = 1000;
  for (let offset = 0; ; offset += page) {
    const { items } = await store.listEntities({ type, limit: page, offset });
    yield* items;
    if (items.length < page) return;
  }
}

/** Places are recomputed only when the store's counts change. */
const placesCache = {
  key: new WeakMap<Store, string>(),
  value: new WeakMap<Store, PlaceDto[]>(),
  async get(store: Store): Promise<PlaceDto[]> {
    const s = await store.stats();
    const key = `${s.documents}/${s.claims}/${s.entities}/${s.figures}`;
    if (this.key.get(store) === key) return this.value.get(store)!;
    const places = await computePlaces(store);
    this.key.set(store, key);
    this.value.set(store, places);
    return places;
  },
};

const norm = (name: string) => name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();

async function computePlaces(store: Store): Promise<PlaceDto[]> {
  type Building = PlaceDto & { docs: Set<string>; nameCounts: Map<string, number> };
  const byKey = new Map<string, Building>();
  const entityByName = new Map<string, EntityRecord>();
  for await (const entity of allEntities(store, "place")) {
    for (const alias of [entity.name, ...entity.aliases]) if (!entityByName.has(norm(alias))) entityByName.set(norm(alias), entity);
  }
  // Places are keyed by their coordinates (to about 1 km): spellings of one town land on one marker.
  const placeFor = (name: string, lat: number | null, lon: number | null, precision: string | null | undefined) => {
    const entity = entityByName.get(norm(name));
    const plat = lat ?? entity?.lat ?? null;
    const plon = lon ?? entity?.lon ?? null;
    if (plat === null || plon === null) return undefined;
    const key = `${plat.toFixed(2)},${plon.toFixed(2)}`;
    let place = byKey.get(key);
    if (!place) {
      place = {
        name, entity: entity?.id ?? null, lat: plat, lon: plon, precision: precision ?? entity?.precision ?? null, names: [],
        claims: 0, figures: 0, largest: null, reports: 0, docs: new Set(), nameCounts: new Map(),
      };
      byKey.set(key, place);
    }
    place.entity ??= entity?.id ?? null;
    place.precision ??= precision ?? entity?.precision ?? null;
    place.nameCounts.set(entity?.name ?? name, (place.nameCounts.get(entity?.name ?? name) ?? 0) + 1);
    return place;
  };
  for await (const claim of allClaims(store)) {
    if (!claim.place || claim.category === "other") continue;
    const place = placeFor(claim.place.name, claim.place.lat, claim.place.lon, claim.place.precision);
    if (!place) continue;
    place.claims++;
    place.docs.add(claim.doc);
  }
  for (let offset = 0; ; offset += 1000) {
    const { items } = await store.listFigures({ limit: 1000, offset });
    for (const figure of items) {
      if (!figure.place || figure.category === "other") continue;
      const place = placeFor(figure.place.name, figure.place.lat, figure.place.lon, null);
      if (!place) continue;
      place.figures++;
      if (figure.best !== null && (place.largest === null || figure.best > place.largest)) place.largest = figure.best;
    }
    if (items.length < 1000) break;
  }
  return [...byKey.values()]
    .map(({ docs, nameCounts, ...place }) => {
      const names = [...nameCounts.entries()].sort((a, b) => b[1] - a[1]).map(([n]) => n);
      return { ...place, name: names[0] ?? place.name, names, reports: docs.size };
    })
    .sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
}
