// GET /api/export.csv and /api/export.geojson: every claim (or figure) in formats GIS and spreadsheet users open.
import type { Store } from "../../store/store.ts";
import type { Api } from "../api-types.ts";

export function exportRoutes(_app: Api, _store: Store): void {
  // Registered once the export module lands.
}
