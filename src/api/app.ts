// buildApp: the REST API (and, optionally, the built dashboard) as a Fastify instance that never listens.
import { existsSync } from "node:fs";
import Fastify from "fastify";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { createAddReport } from "./add-report.ts";
import type { Api, ApiDeps } from "./api-types.ts";
import { installErrorHandlers } from "./errors.ts";
import { installSecurityHeaders } from "./security.ts";
import { claimsRoutes } from "./routes/claims.routes.ts";
import { entitiesRoutes } from "./routes/entities.routes.ts";
import { exportRoutes } from "./routes/export.routes.ts";
import { figuresRoutes } from "./routes/figures.routes.ts";
import { reportsRoutes } from "./routes/reports.routes.ts";
import { statsRoutes } from "./routes/stats.routes.ts";

export type { Api, ApiDeps } from "./api-types.ts";

export const DEFAULT_BODY_LIMIT = 5 * 1024 * 1024;

// (verbose: an error carries the schema it failed, so a message can list the values allowed and the parameters known.)
const AJV_OPTIONS = { removeAdditional: false, useDefaults: true, allErrors: false, addUsedSchema: false, strict: false, verbose: true } as const;
const coercingValidator = addFormats.default(new Ajv.default({ ...AJV_OPTIONS, coerceTypes: true }));
const exactValidator = addFormats.default(new Ajv.default({ ...AJV_OPTIONS, coerceTypes: false }));

export async function buildApp(deps: ApiDeps): Promise<Api> {
  const app: Api = Fastify({
    logger: deps.logger ?? false,
    bodyLimit: deps.bodyLimit ?? DEFAULT_BODY_LIMIT,
  }).withTypeProvider<TypeBoxTypeProvider>();

  // Query strings and params arrive as text and are coerced to their schema types ("?limit=50"; "?limit=abc"
  // still fails, nothing is silently dropped); bodies
  // are JSON and must already have the right types: {"text": 12345} is a 400, not the report "12345".
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === "body" ? exactValidator : coercingValidator).compile(schema));

  installErrorHandlers(app);
  installSecurityHeaders(app);

  await app.register(swagger, {
    openapi: {
      openapi: "3.0.3",
      info: {
        title: "triangulate API",
        version: "0.1.0",
        description: "Sourced, structured figures about people in wars and crises, extracted from news reports.",
      },
      components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
      tags: ["reports", "claims", "figures", "entities", "stats", "export"].map((name) => ({ name })),
    },
  });
  await app.register(swaggerUi, { routePrefix: "/docs", staticCSP: false, uiConfig: { validatorUrl: null } as object });

  const { store } = deps;
  reportsRoutes(app, store, { token: deps.token, addReport: deps.addReport ?? createAddReport(store, { allowPrivateFetch: deps.allowPrivateFetch }) });
  claimsRoutes(app, store);
  figuresRoutes(app, store);
  entitiesRoutes(app, store);
  statsRoutes(app, store);
  exportRoutes(app, store);
  app.get("/openapi.json", { schema: { hide: true } }, async () => app.swagger());

  if (deps.webRoot) {
    if (!existsSync(deps.webRoot)) throw new Error(`buildApp: the dashboard folder ${deps.webRoot} does not exist (run npm run build:web).`);
    await app.register(fastifyStatic, {
      root: deps.webRoot,
      prefix: "/",
      index: "index.html",
      wildcard: true,
      // Vite names built assets by content hash, so they never change; the page itself is always revalidated.
      setHeaders: (res, path) => {
        if (/[\\/]assets[\\/]/.test(path)) res.header("cache-control", "public, max-age=31536000, immutable");
      },
    });
  }
  return app;
}
