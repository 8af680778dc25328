// The API's schemas and the types derived from them: what the dashboard imports instead of re-declaring.
export * from "./common.schema.ts";
export * from "./claims.schema.ts";
export * from "./reports.schema.ts";
export * from "./figures.schema.ts";
export * from "./entities.schema.ts";
export * from "./stats.schema.ts";
