// Typed calls to the REST API; the types come from the API's own schemas (src/api/schemas), never re-declared.
import type {
  ClaimPage, EntityDto, EntityPage, FigureDto, FigurePage, PlaceList, ReportDetailDto, ReportPage, StatsDto,
} from "../../src/api/schemas/index.ts";

export type {
  ClaimDto, EntityDto, FigureDto, FigureHistoryPointDto, PlaceDto, ReportDetailDto, ReportSummaryDto, StatsDto, EntityMentionDto,
} from "../../src/api/schemas/index.ts";

export class ApiRequestError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

type Params = Record<string, string | number | undefined | null>;

export function query(params: Params): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : "";
}

async function get<T>(path: string, params: Params = {}): Promise<T> {
  const response = await fetch(`${path}${query(params)}`, { headers: { accept: "application/json" } });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { message?: string } | null;
    throw new ApiRequestError(response.status, body?.message ?? `${response.status} ${response.statusText}`);
  }
  return (await response.json()) as T;
}

const id = (value: string) => encodeURIComponent(value);

export const api = {
  stats: () => get<StatsDto>("/api/stats"),
  reports: (params: { q?: string; limit?: number; offset?: number }) => get<ReportPage>("/api/reports", params),
  report: (reportId: string) => get<ReportDetailDto>(`/api/reports/${id(reportId)}`),
  claims: (params: { category?: string; place?: string; source?: string; entity?: string; q?: string; report?: string; limit?: number; offset?: number }) =>
    get<ClaimPage>("/api/claims", params),
  figures: (params: { category?: string; limit?: number; offset?: number } = {}) => get<FigurePage>("/api/figures", params),
  figure: (figureId: string) => get<FigureDto>(`/api/figures/${id(figureId)}`),
  entities: (params: { type?: string; q?: string; limit?: number; offset?: number } = {}) => get<EntityPage>("/api/entities", params),
  entity: (entityId: string) => get<EntityDto>(`/api/entities/${id(entityId)}`),
  places: () => get<PlaceList>("/api/places"),
};
