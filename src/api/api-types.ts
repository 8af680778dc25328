// The typed Fastify instance every route file registers on, and the dependencies buildApp takes.
import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { Store } from "../store/store.ts";
import type { AddReport } from "./add-report.ts";

export type Api = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression<RawServerDefault>,
  RawReplyDefaultExpression<RawServerDefault>,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

export interface ApiDeps {
  store: Store;
  /** Bearer token required by POST endpoints; without it they answer 403. */
  token?: string;
  /** Folder of the built dashboard (web/dist) to serve at /, or false for the API alone. */
  webRoot?: string | false;
  /** Largest accepted request body, in bytes (default 5 MB). */
  bodyLimit?: number;
  /** How a posted report is extracted and stored (default: the pipeline + the store + recompute). */
  addReport?: AddReport;
  /** Let POST {url} fetch from private and loopback addresses (tests only). */
  allowPrivateFetch?: boolean;
  logger?: boolean | object;
}
