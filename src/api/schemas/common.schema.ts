// Schemas shared by every resource: errors, pagination, spans, nullable helpers.
import { Type, type Static, type TSchema } from "@fastify/type-provider-typebox";

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** Every 4xx/5xx answer: a short machine-readable code and a sentence for people. */
export const ErrorSchema = Type.Object(
  { error: Type.String(), message: Type.String() },
  { title: "Error", description: "An error: `error` is a stable code, `message` explains it." },
);
export type ApiErrorBody = Static<typeof ErrorSchema>;

/** [start, end) JavaScript string offsets into a report's text. */
export const SpanSchema = Type.Tuple([Type.Integer({ minimum: 0 }), Type.Integer({ minimum: 0 })]);

export const IsoDate = Type.String({ pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "ISO date, YYYY-MM-DD" });

export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 2048 }) });

/** The query of an endpoint that takes no parameters: an unknown one is refused with its name, as everywhere. */
export const NoQuery = Type.Object({}, { additionalProperties: false });

/** limit/offset query parameters; `max` is the largest page a resource allows. */
export function pageQuery(max: number, fallback: number) {
  return {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: max, default: fallback, description: `page size, 1–${max}` })),
    offset: Type.Optional(Type.Integer({ minimum: 0, default: 0, description: "items to skip" })),
  };
}

/** A page of items with the total count of all matching items. */
export const Page = <T extends TSchema>(item: T) => Type.Object({ total: Type.Integer({ minimum: 0 }), items: Type.Array(item) });

/** Error responses most routes can give, for the OpenAPI document. */
export const errorResponses = {
  400: ErrorSchema,
  404: ErrorSchema,
  500: ErrorSchema,
};
