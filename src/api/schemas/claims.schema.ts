// Claim: one reported figure about people, exactly the record docs/claims.md defines.
import { Type, type Static } from "@fastify/type-provider-typebox";
import { IsoDate, Nullable, Page, SpanSchema, pageQuery } from "./common.schema.ts";

export const CATEGORIES = ["killed", "wounded", "evacuated", "fled", "surrendered", "detained", "arrived", "present", "other"] as const;
export const QUALIFIERS = ["exact", "approx", "min", "max", "range", "vague"] as const;

export const CategorySchema = Type.Union([
  Type.Literal("killed"), Type.Literal("wounded"), Type.Literal("evacuated"), Type.Literal("fled"), Type.Literal("surrendered"),
  Type.Literal("detained"), Type.Literal("arrived"), Type.Literal("present"), Type.Literal("other"),
]);
export const QualifierSchema = Type.Union([
  Type.Literal("exact"), Type.Literal("approx"), Type.Literal("min"), Type.Literal("max"), Type.Literal("range"), Type.Literal("vague"),
]);

export const ClaimSourceSchema = Type.Object({ name: Type.String(), org: Nullable(Type.String()), text: Type.String() });
export const ClaimPlaceSchema = Type.Object({
  name: Type.String(),
  lat: Nullable(Type.Number()),
  lon: Nullable(Type.Number()),
  precision: Type.Optional(Nullable(Type.String())),
});
export const ClaimTimeSchema = Type.Object({ start: Type.String(), end: Type.String(), text: Type.String() });

export const ClaimSchema = Type.Object(
  {
    doc: Type.String({ description: "id of the report the claim is in" }),
    span: SpanSchema,
    text: Type.String(),
    sentence: SpanSchema,
    category: CategorySchema,
    value: Nullable(Type.Number()),
    low: Nullable(Type.Number()),
    high: Nullable(Type.Number()),
    qualifier: QualifierSchema,
    vague: Nullable(Type.String({ description: "the vague word stated (\"dozens\"); null for a number" })),
    subject: Type.String(),
    source: Nullable(ClaimSourceSchema),
    place: Nullable(ClaimPlaceSchema),
    time: Nullable(ClaimTimeSchema),
    said: Nullable(Type.String()),
    hedge: Nullable(Type.String()),
    derived: Type.Optional(Nullable(Type.String({ description: "how the value was worked out where the text gives it in parts (\"3 shot, less 1 fatally\")" }))),
  },
  { title: "Claim" },
);
export type ClaimDto = Static<typeof ClaimSchema>;

export const ClaimsQuery = Type.Object(
  {
    category: Type.Optional(CategorySchema),
    place: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: "place name (or entity id)" })),
    entity: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: "entity id or name mentioned in the claim's sentence" })),
    source: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: "speaker or organisation" })),
    outlet: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    report: Type.Optional(Type.String({ minLength: 1, maxLength: 2048, description: "report id" })),
    from: Type.Optional(IsoDate),
    to: Type.Optional(IsoDate),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: "words in the claim's phrase, subject, source or place" })),
    ...pageQuery(1000, 100),
  },
  { additionalProperties: false },
);
export type ClaimsQueryDto = Static<typeof ClaimsQuery>;

export const ClaimPageSchema = Page(ClaimSchema);
export type ClaimPage = Static<typeof ClaimPageSchema>;
