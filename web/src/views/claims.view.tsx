// The claims table: filter by category, place, source and words; paginated; each claim links to its place in the report.
import { useEffect, useState, type FormEvent } from "react";
import { api, query, type ClaimDto } from "../api.ts";
import { CategoryBadge } from "../components/badges.tsx";
import { Pager } from "../components/pager.tsx";
import { WhenReady } from "../components/status.tsx";
import { formatClaimValue, formatNumber, formatPeriod } from "../format.ts";
import { href, navigate, type Route } from "../router.ts";
import { useApi } from "../use-api.ts";

export const CATEGORY_OPTIONS = ["killed", "wounded", "evacuated", "fled", "surrendered", "detained", "arrived", "present", "other"];
const PAGE = 50;
const FIELDS = ["category", "place", "source", "q", "entity"] as const;

export function ClaimsView({ route }: { route: Route }) {
  const current = Object.fromEntries(FIELDS.map((f) => [f, route.params.get(f) ?? ""])) as Record<(typeof FIELDS)[number], string>;
  const offset = Math.max(0, Number(route.params.get("offset")) || 0);
  const [draft, setDraft] = useState(current);
  const key = `${FIELDS.map((f) => current[f]).join("|")}|${offset}`;
  useEffect(() => setDraft(current), [key]); // eslint-disable-line react-hooks/exhaustive-deps
  const claims = useApi(() => api.claims({ ...current, category: current.category || undefined, limit: PAGE, offset }), key);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    navigate(["claims"], { ...draft, label: route.params.get("label") });
  };
  return (
    <>
      <h1>Claims</h1>
      <form className="filters" onSubmit={submit} role="search" aria-label="Filter claims">
        <label>Category{" "}
          <select value={draft.category} onChange={(e) => navigate(["claims"], { ...draft, category: e.target.value })}>
            <option value="">all</option>
            {CATEGORY_OPTIONS.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </label>
        <label>Place <input value={draft.place} onChange={(e) => setDraft({ ...draft, place: e.target.value })} placeholder="e.g. a town" /></label>
        <label>Source <input value={draft.source} onChange={(e) => setDraft({ ...draft, source: e.target.value })} placeholder="person or organisation" /></label>
        <label>Words <input type="search" value={draft.q} onChange={(e) => setDraft({ ...draft, q: e.target.value })} placeholder="civilians, children…" /></label>
        {current.entity && (
          <span className="chip-static">
            About {route.params.get("label") ?? current.entity} <a href={href(["claims"], { ...current, entity: "" })} aria-label="Remove this filter">×</a>
          </span>
        )}
        <button type="submit">Filter</button>
        {FIELDS.some((f) => current[f]) && <a href={href(["claims"])}>Clear</a>}
      </form>
      <WhenReady loaded={claims}>
        {(page) => (
          <>
            <p className="downloads">
              Download {FIELDS.some((f) => current[f]) ? "these" : "all"} {formatNumber(page.total)} claims:{" "}
              <a href={`/api/export.csv${query(exportFilters(current))}`} download>CSV</a>{" · "}
              <a href={`/api/export.geojson${query(exportFilters(current))}`} download>GeoJSON</a>
            </p>
            <ClaimsTable claims={page.items} caption={`${formatNumber(page.total)} claims`} />
            <Pager total={page.total} limit={PAGE} offset={offset} link={(o) => href(["claims"], { ...current, offset: o })} />
          </>
        )}
      </WhenReady>
    </>
  );
}

const exportFilters = (f: Record<(typeof FIELDS)[number], string>) => ({ category: f.category, place: f.place, source: f.source, q: f.q, entity: f.entity });

export function ClaimsTable({ claims, caption }: { claims: ClaimDto[]; caption: string }) {
  if (claims.length === 0) return <p className="muted">No claims match.</p>;
  return (
    <table className="data claims-table">
      <caption>{caption}</caption>
      <thead>
        <tr><th scope="col" className="num">Value</th><th scope="col">Category</th><th scope="col">Who</th><th scope="col">Where</th><th scope="col">When</th><th scope="col">Says who</th><th scope="col">As written</th></tr>
      </thead>
      <tbody>
        {claims.map((c) => (
          <tr key={`${c.doc}-${c.span[0]}`}>
            <td className="num" title={c.text}>{formatClaimValue(c)}{c.hedge && <span className="hedge" title={`hedged: ${c.hedge}`}> ?</span>}</td>
            <td><CategoryBadge category={c.category} /></td>
            <td>{c.subject}</td>
            <td>{c.place?.name ?? <span className="muted">—</span>}</td>
            <td>{c.time ? formatPeriod(c.time.start, c.time.end) : <span className="muted">—</span>}</td>
            <td>{c.source ? <>{c.source.name}{c.source.org && c.source.org !== c.source.name && <span className="muted"> ({c.source.org})</span>}</> : <span className="muted">the report</span>}</td>
            <td className="as-written">
              <a href={href(["reports", c.doc], { span: `${c.span[0]}-${c.span[1]}` })} title="Read it in the report">“{c.text}”</a>
              <span className="muted report-id">{c.doc}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
