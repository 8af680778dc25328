// GET /api/figures and /api/figures/:id: figures reconciled across reports, with members, history, grade, conflicts.
import type { Store } from "../../store/store.ts";
import type { Api } from "../api-types.ts";
import { errorResponses, IdParams } from "../schemas/common.schema.ts";
import { FigurePageSchema, FigureSchema, FiguresQuery } from "../schemas/figures.schema.ts";
import { notFound } from "../errors.ts";

export function figuresRoutes(app: Api, store: Store): void {
  app.get("/api/figures", {
    schema: {
      tags: ["figures"],
      operationId: "listFigures",
      summary: "List figures",
      querystring: FiguresQuery,
      response: { 200: FigurePageSchema, ...errorResponses },
    },
  }, async (request) => store.listFigures({ category: request.query.category, limit: request.query.limit ?? 100, offset: request.query.offset ?? 0 }));

  app.get("/api/figures/:id", {
    schema: {
      tags: ["figures"],
      operationId: "getFigure",
      summary: "One figure with its members, history, grade and conflicts",
      params: IdParams,
      response: { 200: FigureSchema, ...errorResponses },
    },
  }, async (request) => {
    const figure = await store.getFigure(request.params.id);
    if (!figure) throw notFound("figure", request.params.id);
    return figure;
  });
}
