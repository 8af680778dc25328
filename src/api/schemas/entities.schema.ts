// Entities: people, organisations and places resolved across reports, with aliases and mentions.
import { Type, type Static } from "@fastify/type-provider-typebox";
import { Nullable, Page, SpanSchema, pageQuery } from "./common.schema.ts";

export const EntityTypeSchema = Type.Union([Type.Literal("person"), Type.Literal("org"), Type.Literal("place")]);

export const EntitySchema = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    type: EntityTypeSchema,
    aliases: Type.Array(Type.String()),
    lat: Nullable(Type.Number()),
    lon: Nullable(Type.Number()),
    precision: Nullable(Type.String()),
    mentions: Type.Array(Type.Object({ doc: Type.String(), span: SpanSchema, text: Type.String() })),
  },
  { title: "Entity" },
);
export type EntityDto = Static<typeof EntitySchema>;

export const EntitiesQuery = Type.Object({
  type: Type.Optional(EntityTypeSchema),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: "part of a name or alias" })),
  ...pageQuery(1000, 100),
}, { additionalProperties: false });

export const EntityPageSchema = Page(EntitySchema);
export type EntityPage = Static<typeof EntityPageSchema>;

/** A place on the map: where claims and figures are, and how much is reported there. */
export const PlaceSchema = Type.Object(
  {
    name: Type.String(),
    entity: Nullable(Type.String({ description: "id of the place entity, when resolved" })),
    lat: Type.Number(),
    lon: Type.Number(),
    precision: Nullable(Type.String({ description: "village, city, district, province, country or region, when known" })),
    /** Every spelling the claims and entities used for it. */
    names: Type.Array(Type.String()),
    claims: Type.Integer({ minimum: 0 }),
    figures: Type.Integer({ minimum: 0 }),
    /** The largest best estimate among the figures placed here. */
    largest: Nullable(Type.Number()),
    reports: Type.Integer({ minimum: 0 }),
  },
  { title: "Place" },
);
export type PlaceDto = Static<typeof PlaceSchema>;
export const PlaceListSchema = Type.Object({ items: Type.Array(PlaceSchema) });
export type PlaceList = Static<typeof PlaceListSchema>;
