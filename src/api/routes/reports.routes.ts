// Reports: list and full-text search, one report with its text and annotation spans, and POST to add one.
import type { Store } from "../../store/store.ts";
import type { Api } from "../api-types.ts";
import type { AddReport } from "../add-report.ts";
import { requireToken } from "../auth.ts";
import { notFound } from "../errors.ts";
import { ErrorSchema, errorResponses, IdParams } from "../schemas/common.schema.ts";
import { AddedReportSchema, NewReportSchema, ReportDetailSchema, ReportPageSchema, ReportsQuery } from "../schemas/reports.schema.ts";

export function reportsRoutes(app: Api, store: Store, opts: { token?: string; addReport: AddReport }): void {
  app.get("/api/reports", {
    schema: {
      tags: ["reports"],
      summary: "List reports, newest first; `q` searches their text",
      querystring: ReportsQuery,
      response: { 200: ReportPageSchema, ...errorResponses },
    },
  }, async (request) => {
    const { q, limit = 50, offset = 0 } = request.query;
    return store.listReports({ q, limit, offset });
  });

  app.get("/api/reports/:id", {
    schema: {
      tags: ["reports"],
      summary: "One report: its text, metadata, and the spans of its claims and entities",
      params: IdParams,
      response: { 200: ReportDetailSchema, ...errorResponses },
    },
  }, async (request) => {
    const report = await store.getReport(request.params.id);
    if (!report) throw notFound("report", request.params.id);
    return report;
  });

  app.post("/api/reports", {
    onRequest: requireToken(opts.token),
    schema: {
      tags: ["reports"],
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
