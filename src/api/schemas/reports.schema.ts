// Reports: summaries for lists and search, the full text with its annotations, and new reports posted in.
import { Type, type Static } from "@fastify/type-provider-typebox";
import { ClaimSchema } from "./claims.schema.ts";
import { IsoDate, Nullable, Page, SpanSchema, pageQuery } from "./common.schema.ts";

export const ReportSummarySchema = Type.Object(
  {
    id: Type.String(),
    title: Nullable(Type.String()),
    url: Nullable(Type.String()),
    published: Nullable(Type.String()),
    outlet: Nullable(Type.String()),
    agency: Nullable(Type.String()),
    claims: Type.Integer({ minimum: 0, description: "number of claims found in it" }),
    copyOf: Type.Array(Type.String(), { description: "reports this one is a syndicated copy of" }),
    snippet: Type.Optional(Type.String({ description: "with `q`: the text around the first word searched for" })),
  },
  { title: "ReportSummary" },
);
export type ReportSummaryDto = Static<typeof ReportSummarySchema>;

export const ReportMetaSchema = Type.Object({
  title: Type.Optional(Nullable(Type.String())),
  url: Type.Optional(Nullable(Type.String())),
  published: Type.Optional(Nullable(Type.String())),
  publishedFrom: Type.Optional(Nullable(Type.String())),
  outlet: Type.Optional(Nullable(Type.String())),
  agency: Type.Optional(Nullable(Type.String())),
  path: Type.Optional(Nullable(Type.String())),
  collection: Type.Optional(Nullable(Type.String())),
});

/** A name as written in the report, with its offsets. */
export const EntityMentionSchema = Type.Object({
  start: Type.Integer({ minimum: 0 }),
  end: Type.Integer({ minimum: 0 }),
  text: Type.String(),
  type: Type.Union([Type.Literal("person"), Type.Literal("org"), Type.Literal("place")]),
  canonical: Type.String(),
  org: Type.Optional(Nullable(Type.String())),
  lat: Type.Optional(Nullable(Type.Number())),
  lon: Type.Optional(Nullable(Type.Number())),
  precision: Type.Optional(Nullable(Type.String())),
});
export type EntityMentionDto = Static<typeof EntityMentionSchema>;

export const ReportDetailSchema = Type.Object(
  {
    id: Type.String(),
    text: Type.String(),
    meta: ReportMetaSchema,
    hash: Type.String(),
    copyOf: Type.Array(Type.String()),
    ingestedAt: Type.String(),
    claims: Type.Array(ClaimSchema),
    entities: Type.Array(EntityMentionSchema),
  },
  { title: "Report" },
);
export type ReportDetailDto = Static<typeof ReportDetailSchema>;

export const ReportsQuery = Type.Object({
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 500, description: "full-text search over titles and texts" })),
  ...pageQuery(200, 50),
}, { additionalProperties: false });

export const ReportPageSchema = Page(ReportSummarySchema);
export type ReportPage = Static<typeof ReportPageSchema>;

/** A new report: its text (with optional metadata), or only a URL to fetch it from. */
export const NewReportSchema = Type.Union(
  [
    Type.Object(
      {
        id: Type.Optional(Type.String({ minLength: 1, maxLength: 512, pattern: "^[^\\s/?#]+$" })),
        title: Type.Optional(Type.String({ maxLength: 1000 })),
        url: Type.Optional(Type.String({ maxLength: 2048 })),
        published: Type.Optional(IsoDate),
        outlet: Type.Optional(Type.String({ maxLength: 200 })),
        agency: Type.Optional(Type.String({ maxLength: 200 })),
        text: Type.String({ minLength: 1 }),
      },
      { additionalProperties: false, title: "NewReportText" },
    ),
    Type.Object(
      { url: Type.String({ minLength: 1, maxLength: 2048, pattern: "^https?://" }) },
      { additionalProperties: false, title: "NewReportUrl" },
    ),
  ],
  { title: "NewReport" },
);
export type NewReportDto = Static<typeof NewReportSchema>;

export const AddedReportSchema = Type.Object({
  id: Type.String(),
  status: Type.Union([Type.Literal("inserted"), Type.Literal("updated"), Type.Literal("unchanged")]),
  claims: Type.Integer({ minimum: 0 }),
  entities: Type.Integer({ minimum: 0 }),
  more: Type.Optional(Type.Array(Type.String(), { description: "further reports added from the same URL (a feed)" })),
});
export type AddedReportDto = Static<typeof AddedReportSchema>;

export { SpanSchema };
