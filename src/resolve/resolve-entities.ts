// The cross-report resolver under the name ingest imports; the implementation lives in entities.resolve.ts.
export { resolveEntities, type DocEntities, type ResolvedEntity } from "./entities.resolve.ts";
