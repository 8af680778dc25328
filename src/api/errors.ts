// API errors: one JSON shape ({error, message}) for every failure, whatever raised it.
import type { FastifyError, FastifyInstance } from "fastify";

/** An error a handler raises on purpose: the status, a stable code and a message for people. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const notFound = (what: string, id: string) => new ApiError(404, "not_found", `No ${what} with id "${id}".`);

/** Fastify's own error codes mapped to our status and code. */
const FASTIFY_ERRORS: Record<string, [number, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, "payload_too_large"],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, "unsupported_media_type"],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, "bad_request"],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, "bad_request"],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, "bad_request"],
};

export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | ApiError, request, reply) => {
    if (err instanceof ApiError) return reply.code(err.statusCode).send({ error: err.code, message: err.message });
    if ((err as FastifyError).validation) {
      return reply.code(400).send({ error: "bad_request", message: describeValidation(err as FastifyError) });
    }
    const known = err.code ? FASTIFY_ERRORS[err.code] : undefined;
    if (known) return reply.code(known[0]).send({ error: known[1], message: err.message });
    if (err instanceof SyntaxError && (err as FastifyError).statusCode === 400) {
      return reply.code(400).send({ error: "bad_request", message: `Malformed JSON body: ${err.message}` });
    }
    const status = (err as FastifyError).statusCode;
    if (status && status >= 400 && status < 500) return reply.code(status).send({ error: "bad_request", message: err.message });
    request.log.error({ err }, "unhandled error");
    return reply.code(500).send({ error: "internal", message: "Something went wrong on the server; nothing was changed." });
  });
  app.setNotFoundHandler((request, reply) => {
    reply.code(404).send({ error: "not_found", message: `No route ${request.method} ${request.url.split("?")[0]}.` });
  });
}

function describeValidation(err: FastifyError): string {
  const where = err.validationContext ?? "request";
  const first = err.validation?.[0];
  if (!first) return err.message;
  const field = first.instancePath ? first.instancePath.replace(/^\//, "").replace(/\//g, ".") : (first.params as { missingProperty?: string })?.missingProperty;
  return `Invalid ${where}${field ? ` "${field}"` : ""}: ${first.message ?? "not valid"}.`;
}
