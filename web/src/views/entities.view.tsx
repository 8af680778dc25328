// Entities: people, organisations and places across reports, with aliases, coordinates and mentions.
import { useEffect, useState, type FormEvent } from "react";
import { api } from "../api.ts";
import { Pager } from "../components/pager.tsx";
import { WhenReady } from "../components/status.tsx";
import { formatNumber } from "../format.ts";
import { href, navigate, type Route } from "../router.ts";
import { useApi } from "../use-api.ts";

const PAGE = 50;

export function EntitiesView({ route }: { route: Route }) {
  const type = route.params.get("type") ?? "";
  const q = route.params.get("q") ?? "";
  const offset = Math.max(0, Number(route.params.get("offset")) || 0);
  const [draft, setDraft] = useState(q);
  useEffect(() => setDraft(q), [q]);
  const entities = useApi(() => api.entities({ type: type || undefined, q: q || undefined, limit: PAGE, offset }), `${type}|${q}|${offset}`);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    navigate(["entities"], { type, q: draft.trim() });
  };
  return (
    <>
      <h1>Entities</h1>
      <form className="filters" role="search" onSubmit={submit} aria-label="Filter entities">
        <label>Type{" "}
          <select value={type} onChange={(e) => navigate(["entities"], { type: e.target.value, q })}>
            <option value="">all</option><option value="person">people</option><option value="org">organisations</option><option value="place">places</option>
          </select>
        </label>
        <label>Name <input type="search" value={draft} onChange={(e) => setDraft(e.target.value)} /></label>
        <button type="submit">Filter</button>
      </form>
      <WhenReady loaded={entities}>
        {(page) => (
          <>
            <table className="data">
              <caption>{formatNumber(page.total)} entities</caption>
              <thead><tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Also written</th><th scope="col">Coordinates</th><th scope="col" className="num">Mentions</th></tr></thead>
              <tbody>
                {page.items.map((e) => (
                  <tr key={e.id}>
                    <td><a href={href(["entities", e.id])}>{e.name}</a></td>
                    <td>{e.type}</td>
                    <td>{e.aliases.filter((a) => a !== e.name).join(", ") || <span className="muted">—</span>}</td>
                    <td className="num">{e.lat !== null && e.lon !== null ? `${e.lat.toFixed(2)}, ${e.lon.toFixed(2)}` : <span className="muted">—</span>}</td>
                    <td className="num">{formatNumber(e.mentions.length)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pager total={page.total} limit={PAGE} offset={offset} link={(o) => href(["entities"], { type, q, offset: o })} />
          </>
        )}
      </WhenReady>
    </>
  );
}

export function EntityView({ id }: { id: string }) {
  const entity = useApi(() => api.entity(id), `entity-${id}`);
  return (
    <WhenReady loaded={entity}>
      {(e) => (
        <article>
          <p className="crumbs"><a href={href(["entities"])}>Entities</a> / {e.id}</p>
          <h1>{e.name} <span className="muted">({e.type})</span></h1>
          {e.aliases.length > 1 && <p>Also written: {e.aliases.filter((a) => a !== e.name).join(", ")}</p>}
          {e.lat !== null && e.lon !== null && <p>At {e.lat.toFixed(3)}, {e.lon.toFixed(3)}{e.precision ? ` (${e.precision})` : ""}</p>}
          <p>
            {e.type === "place" && <a href={href(["claims"], { place: e.name })}>Claims in {e.name} →</a>}
            {e.type !== "place" && <a href={href(["claims"], { source: e.name })}>Claims {e.name} is the source of →</a>}
          </p>
          <h2>{formatNumber(e.mentions.length)} mentions</h2>
          <ul className="mentions">
            {e.mentions.map((m) => (
              <li key={`${m.doc}-${m.span[0]}`}><a href={href(["reports", m.doc])}>{m.doc}</a>: “{m.text}” <span className="muted">at {m.span[0]}</span></li>
            ))}
          </ul>
        </article>
      )}
    </WhenReady>
  );
}
