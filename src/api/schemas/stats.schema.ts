// Stats: counts over the whole store, for the overview page and monitoring.
import { Type, type Static } from "@fastify/type-provider-typebox";

export const StatsSchema = Type.Object(
  {
    documents: Type.Integer({ minimum: 0 }),
    claims: Type.Integer({ minimum: 0 }),
    entities: Type.Integer({ minimum: 0 }),
    figures: Type.Integer({ minimum: 0 }),
    pending: Type.Integer({ minimum: 0 }),
    byCategory: Type.Record(Type.String(), Type.Integer({ minimum: 0 })),
    dialect: Type.String(),
  },
  { title: "Stats" },
);
export type StatsDto = Static<typeof StatsSchema>;

export const HealthSchema = Type.Object({ status: Type.Literal("ok"), dialect: Type.String() });
