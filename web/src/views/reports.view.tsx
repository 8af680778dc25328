// Reports: search over their text and a list with dates, outlets and claim counts.
import { useEffect, useState, type FormEvent } from "react";
import { api, type ReportSummaryDto } from "../api.ts";
import { Pager } from "../components/pager.tsx";
import { WhenReady } from "../components/status.tsx";
import { formatDate, formatNumber } from "../format.ts";
import { href, navigate, type Route } from "../router.ts";
import { useApi } from "../use-api.ts";

const PAGE = 25;

export function ReportsView({ route }: { route: Route }) {
  const q = route.params.get("q") ?? "";
  const offset = Math.max(0, Number(route.params.get("offset")) || 0);
  const [draft, setDraft] = useState(q);
  useEffect(() => setDraft(q), [q]);
  const reports = useApi(() => api.reports({ q: q || undefined, limit: PAGE, offset }), `${q}|${offset}`);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    navigate(["reports"], { q: draft.trim() });
  };
  return (
    <>
      <h1>Reports</h1>
      <form className="filters" role="search" onSubmit={submit} aria-label="Search reports">
        <label>Search the reports <input type="search" value={draft} onChange={(e) => setDraft(e.target.value)} placeholder="words in the text" /></label>
        <button type="submit">Search</button>
        {q && <a href={href(["reports"])}>Clear</a>}
      </form>
      <WhenReady loaded={reports}>
        {(page) => (
          <>
            <p className="muted">{q ? `${formatNumber(page.total)} reports match “${q}”` : `${formatNumber(page.total)} reports`}</p>
            <ReportList reports={page.items} query={q} />
            <Pager total={page.total} limit={PAGE} offset={offset} link={(o) => href(["reports"], { q, offset: o })} />
          </>
        )}
      </WhenReady>
    </>
  );
}

/** The snippet with the searched words in bold (as React text, never as HTML). */
function Snippet({ text, query }: { text: string; query: string }) {
  const words = (query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 1);
  if (!words.length) return <span className="snippet">{text}</span>;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`, "giu");
  return <span className="snippet">{text.split(pattern).map((part, i) => (i % 2 === 1 ? <b key={i}>{part}</b> : part))}</span>;
}

export function ReportList({ reports, query = "" }: { reports: ReportSummaryDto[]; query?: string }) {
  if (reports.length === 0) return <p className="muted">No reports.</p>;
  return (
    <ul className="report-list">
      {reports.map((r) => (
        <li key={r.id}>
          <a href={href(["reports", r.id])} className="report-title">{r.title || r.id}</a>
          <span className="report-meta">
            {formatDate(r.published)}
            {r.outlet && <> · {r.outlet}</>}
            {r.agency && <> · {r.agency}</>}
            {" · "}{formatNumber(r.claims)} {r.claims === 1 ? "claim" : "claims"}
            {r.copyOf.length > 0 && <> · copy of {r.copyOf.map((c, i) => <span key={c}>{i > 0 && ", "}<a href={href(["reports", c])}>{c}</a></span>)}</>}
          </span>
          {r.snippet && <Snippet text={r.snippet} query={query} />}
        </li>
      ))}
    </ul>
  );
}
