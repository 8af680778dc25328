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

interface ValidationIssue {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
  message?: string;
  /** With AJV's `verbose`: the failing keyword's value and the schema holding it. */
  schema?: unknown;
  parentSchema?: Record<string, unknown>;
}

const PARTS: Record<string, [string, string]> = {
  querystring: ["parameter", "query"],
  params: ["path parameter", "path"],
  body: ["field", "body"],
  headers: ["header", "headers"],
};

/**
 * A validation failure in words a caller can act on: which parameter, what it must be (the values allowed, the
 * format), or which parameter is unknown and which are known.
 */
export function describeValidation(err: FastifyError): string {
  const where = err.validationContext ?? "request";
  const issues = (err.validation ?? []) as ValidationIssue[];
  if (!issues.length) return err.message;
  const [noun, part] = PARTS[where] ?? ["field", where];
  const issue = pickIssue(issues);
  const field = issue.instancePath ? issue.instancePath.replace(/^\//, "").replace(/\//g, ".") : "";
  const name = field || part;
  switch (issue.keyword) {
    case "additionalProperties": {
      const known = Object.keys((issue.parentSchema?.properties as object | undefined) ?? {});
      const unknown = `unknown ${noun} "${String(issue.params.additionalProperty)}"`;
      const prefix = field ? `${field}: ` : "";
      return `${prefix}${unknown}${known.length ? `; ${where === "querystring" ? "parameters" : "fields"} are ${known.join(", ")}` : ` (this endpoint takes no ${noun}s)`}.`;
    }
    case "required":
      return `${field ? `${field}.` : ""}${String(issue.params.missingProperty)} is required.`;
    case "anyOf":
    case "enum":
    case "const": {
      const allowed = allowedValues(issue);
      if (allowed) return `${name} must be one of ${allowed.join(", ")}.`;
      break;
    }
    case "pattern": {
      const description = issue.parentSchema?.description;
      if (issue.params.pattern === "^https?://") return `${name} must be an http(s) URL.`;
      return `${name} must be ${typeof description === "string" ? description : `text matching ${String(issue.params.pattern)}`}.`;
    }
    case "type":
      return `${name} must be ${article(String(issue.params.type))}.`;
  }
  return `${name} ${issue.message ?? "is not valid"}.`;
}

/**
 * The issue to report. A choice between constants is reported as such (its anyOf issue, not the first constant it
 * missed); for a choice between shapes (a report's text, or only its URL) the branch that fits what was sent: one
 * that has all its required properties, else the first.
 */
function pickIssue(issues: ValidationIssue[]): ValidationIssue {
  const first = issues[0]!;
  const choice = issues.find((i) => (i.keyword === "anyOf" || i.keyword === "enum") && allowedValues(i));
  if (choice && (first.keyword === "const" || first === choice) && choice.instancePath === first.instancePath) return choice;
  const union = issues.find((i) => i.keyword === "anyOf");
  if (!union) return first;
  const prefix = union.schemaPath.replace(/\/anyOf$/, "/anyOf/");
  const branches = new Map<string, ValidationIssue[]>();
  for (const i of issues) {
    if (!i.schemaPath.startsWith(prefix)) continue;
    const branch = i.schemaPath.slice(prefix.length).split("/")[0]!;
    branches.set(branch, [...(branches.get(branch) ?? []), i]);
  }
  const fitting = [...branches.values()].find((list) => !list.some((i) => i.keyword === "required" && i.instancePath === union.instancePath));
  return (fitting ?? [...branches.values()][0])?.[0] ?? first;
}

/** The values a choice allows (a union of constants, an enum), or null when it is a choice of something else. */
function allowedValues(issue: ValidationIssue): string[] | null {
  if (issue.keyword === "enum") return ((issue.params.allowedValues as unknown[]) ?? []).map(String);
  if (issue.keyword === "const") return null;
  const branches = Array.isArray(issue.schema) ? (issue.schema as Record<string, unknown>[]) : null;
  if (!branches?.length || !branches.every((b) => b && "const" in b)) return null;
  return branches.map((b) => String(b.const));
}

const article = (type: string) => (type === "integer" ? "an integer" : type === "object" ? "an object" : type === "array" ? "an array" : `a ${type}`);
