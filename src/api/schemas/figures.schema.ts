// Figures: one real-world number reconciled across reports (range, grade, history, conflicts).
import { Type, type Static } from "@fastify/type-provider-typebox";
import { CategorySchema } from "./claims.schema.ts";
import { Nullable, Page, SpanSchema, pageQuery } from "./common.schema.ts";

export const FigureHistoryPointSchema = Type.Object({
  date: Nullable(Type.String()),
  value: Nullable(Type.Number()),
  low: Nullable(Type.Number()),
  high: Nullable(Type.Number()),
  qualifier: Type.String(),
  source: Nullable(Type.String()),
  outlet: Nullable(Type.String()),
  doc: Type.String(),
  span: SpanSchema,
  independent: Type.Boolean(),
});
export type FigureHistoryPointDto = Static<typeof FigureHistoryPointSchema>;

export const FigureSchema = Type.Object(
  {
    id: Type.String(),
    category: Type.String(),
    subject: Type.String(),
    place: Nullable(Type.Object({ name: Type.String(), lat: Nullable(Type.Number()), lon: Nullable(Type.Number()) })),
    low: Nullable(Type.Number()),
    best: Nullable(Type.Number()),
    high: Nullable(Type.Number()),
    grade: Type.Union([Type.Literal("single source"), Type.Literal("corroborated"), Type.Literal("contested")]),
    latest: Nullable(Type.Object({ value: Nullable(Type.Number()), date: Nullable(Type.String()) })),
    members: Type.Array(Type.Object({ doc: Type.String(), span: SpanSchema })),
    history: Type.Array(FigureHistoryPointSchema),
    conflicts: Type.Array(Type.String()),
  },
  { title: "Figure" },
);
export type FigureDto = Static<typeof FigureSchema>;

export const FiguresQuery = Type.Object({
  category: Type.Optional(CategorySchema),
  ...pageQuery(1000, 100),
}, { additionalProperties: false });

export const FigurePageSchema = Page(FigureSchema);
export type FigurePage = Static<typeof FigurePageSchema>;
