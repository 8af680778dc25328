// Reports: list and full-text search, one report with its text and annotation spans, and POST to add one.
import { reportTitleOf } from "../../export/report-title.ts";
import type { Store } from "../../store/store.ts";
import type { Api } from "../api-types.ts";
import type { AddReport } from "../add-report.ts";
import { requireToken } from "../auth.ts";
import { notFound } from "../errors.ts";
import { claimRecord } from "./claims.routes.ts";
import { ErrorSchema, errorResponses, IdParams } from "../schemas/common.schema.ts";
import { AddedReportSchema, NewReportSchema, ReportDetailSchema, ReportPageSchema, ReportsQuery } from "../schemas/reports.schema.ts";

export function reportsRoutes(app: Api, store: Store, opts: { token?: string; addReport: AddReport }): void {
  app.get("/api/reports", {
    schema: {
      tags: ["reports"],
      operationId: "listReports",
      summary: "List reports, newest first; `q` searches their text",
      querystring: ReportsQuery,
      response: { 200: ReportPageSchema, ...errorResponses },
    },
  }, async (request) => {
    const { q, limit = 50, offset = 0 } = request.query;
    const page = await store.listReports({ q, limit, offset });
    // A search result shows where the words are, and a report without a title is named by its text as the CSV and the
    // brief name it: those reports are read one by one (a page is at most 200).
    const items = await Promise.all(page.items.map(async (item) => {
      if (!q && item.title?.trim()) return item;
      const report = await store.getReport(item.id);
      if (!report) return item;
      const titled = { ...item, title: reportTitleOf({ title: item.title, text: report.text }) };
      return q ? { ...titled, snippet: snippetOf(report.text, q) } : titled;
    }));
    return { total: page.total, items };
  });

  app.get("/api/reports/:id", {
    schema: {
      tags: ["reports"],
      operationId: "getReport",
      summary: "One report: its text, metadata, and the spans of its claims and entities",
      params: IdParams,
      response: { 200: ReportDetailSchema, ...errorResponses },
    },
  }, async (request) => {
    const report = await store.getReport(request.params.id);
    if (!report) throw notFound("report", request.params.id);
    // (The title shown is the one the list, the CSV and the brief show: without its own, the text's headline.)
    return {
      ...report,
      meta: { ...report.meta, title: reportTitleOf({ title: report.meta.title, text: report.text }) },
      claims: report.claims.map(claimRecord),
    };
  });

  app.post("/api/reports", {
    onRequest: requireToken(opts.token),
    schema: {
      tags: ["reports"],
      operationId: "addReport",
      summary: "Add a report (its text, or a URL to fetch); needs 'Authorization: Bearer <token>'",
      description: "Runs the extraction pipeline, stores the report and its claims, and refreshes entities and figures.",
      security: [{ bearer: [] }],
      body: NewReportSchema,
      response: { 201: AddedReportSchema, 200: AddedReportSchema, 401: ErrorSchema, 403: ErrorSchema, 413: ErrorSchema, 422: ErrorSchema, ...errorResponses },
    },
  }, async (request, reply) => {
    const added = await opts.addReport(request.body);
    return reply.code(added.status === "inserted" ? 201 : 200).send(added);
  });
}

const SNIPPET_CHARS = 220;

/** About SNIPPET_CHARS of `text` around the first word of `q` it contains (else its opening), on word boundaries. */
export function snippetOf(text: string, q: string): string {
  const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  // Word starts only, as full-text search matches them ("camp" finds "camps", not "encampment").
  const hits = words
    .map((w) => new RegExp(`(?<![\\p{L}\\p{N}])${w}`, "iu").exec(text)?.index ?? -1)
    .filter((i) => i >= 0);
  const at = hits.length ? Math.min(...hits) : 0;
  let start = Math.max(0, at - SNIPPET_CHARS / 3);
  let end = Math.min(text.length, start + SNIPPET_CHARS);
  if (start > 0) start = text.indexOf(" ", start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(" ", end) > start ? text.lastIndexOf(" ", end) : end;
  const body = text.slice(start, end).replace(/\s+/g, " ").trim();
  return `${start > 0 ? "… " : ""}${body}${end < text.length ? " …" : ""}`;
}
