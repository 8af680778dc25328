// Export query parameters: the claims filters (no paging: an export holds every match) and what to export.
import { Type, type Static } from "@fastify/type-provider-typebox";
import { ClaimsQuery } from "./claims.schema.ts";

const { limit: _limit, offset: _offset, ...claimFilters } = ClaimsQuery.properties;

export const ExportCsvQuery = Type.Object({ ...claimFilters }, { additionalProperties: false });
export type ExportCsvQueryDto = Static<typeof ExportCsvQuery>;

export const ExportGeoJsonQuery = Type.Object(
  {
    kind: Type.Optional(Type.Union([Type.Literal("claims"), Type.Literal("figures")], { default: "claims", description: "points of claims or of figures" })),
    ...claimFilters,
  },
  { additionalProperties: false },
);
