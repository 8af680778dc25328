// The report reader: the text with every claim highlighted, its source (attribution) and its time marked, and a legend.
import { useEffect, useMemo, useRef, type ReactNode } from "react";
import { api, type ClaimDto, type ReportDetailDto } from "../api.ts";
import { CategoryBadge } from "../components/badges.tsx";
import { WhenReady } from "../components/status.tsx";
import { formatClaimValue, formatDate, formatPeriod, midSentence } from "../format.ts";
import { href, type Route } from "../router.ts";
import { useApi } from "../use-api.ts";
import { CATEGORY_OPTIONS } from "./claims.view.tsx";

interface Mark { start: number; end: number; kind: "attr" | "time" | "ent"; className: string; title: string }

/** Secondary marks: each claim's attribution and time (found inside its sentence) and the named entities. */
export function secondaryMarks(report: ReportDetailDto): Mark[] {
  const marks: Mark[] = [];
  const findNear = (needle: string, claim: ClaimDto): number => {
    const [s, e] = claim.sentence;
    const inSentence = report.text.slice(s, e).indexOf(needle);
    if (inSentence >= 0) return s + inSentence;
    // Attributions sometimes sit in the neighbouring sentence ("..., he added.").
    const from = Math.max(0, s - 400);
    const near = report.text.slice(from, Math.min(report.text.length, e + 400)).indexOf(needle);
    return near >= 0 ? from + near : -1;
  };
  for (const claim of report.claims) {
    if (claim.source?.text) {
      const at = findNear(claim.source.text, claim);
      if (at >= 0) marks.push({ start: at, end: at + claim.source.text.length, kind: "attr", className: "attr", title: `Source: ${claim.source.name}${claim.source.org ? ` (${claim.source.org})` : ""}` });
    }
    if (claim.time?.text) {
      const at = findNear(claim.time.text, claim);
      if (at >= 0) marks.push({ start: at, end: at + claim.time.text.length, kind: "time", className: "time", title: `Time: ${formatPeriod(claim.time.start, claim.time.end)}` });
    }
  }
  for (const entity of report.entities) {
    marks.push({ start: entity.start, end: entity.end, kind: "ent", className: `ent ent-${entity.type}`, title: `${entity.type}: ${entity.canonical}` });
  }
  return marks;
}

const PRIORITY = { attr: 0, time: 1, ent: 2 } as const;

/** Text between `from` and `to` with secondary marks applied; overlapping marks keep the higher-priority one. */
function renderPlain(text: string, from: number, to: number, marks: Mark[], keyPrefix: string): ReactNode[] {
  const inside = marks
    .filter((m) => m.start < to && m.end > from)
    .sort((a, b) => a.start - b.start || PRIORITY[a.kind] - PRIORITY[b.kind]);
  const out: ReactNode[] = [];
  let at = from;
  for (const mark of inside) {
    const start = Math.max(mark.start, from);
    const end = Math.min(mark.end, to);
    if (start < at) continue; // overlaps one already drawn
    if (start > at) out.push(text.slice(at, start));
    out.push(<span key={`${keyPrefix}-${start}`} className={mark.className} title={mark.title}>{text.slice(start, end)}</span>);
    at = end;
  }
  if (at < to) out.push(text.slice(at, to));
  return out;
}

function AnnotatedText({ report, selected }: { report: ReportDetailDto; selected: string | null }) {
  const marks = useMemo(() => secondaryMarks(report), [report]);
  // Longer first at the same start: a group ("16 civilians and three soldiers") encloses its parts.
  const claims = useMemo(() => [...report.claims].sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]), [report]);
  return <div className="report-text">{renderClaims(report.text, 0, report.text.length, claims, marks, selected, "t")}</div>;
}

/** text[from, to) with each claim marked; claims inside another are marked inside it, partial overlaps are dropped. */
function renderClaims(text: string, from: number, to: number, claims: ClaimDto[], marks: Mark[], selected: string | null, keyPrefix: string): ReactNode[] {
  const out: ReactNode[] = [];
  let at = from;
  for (let i = 0; i < claims.length; i++) {
    const claim = claims[i]!;
    const [start, end] = claim.span;
    if (start < at) continue; // overlaps one already drawn
    const inner: ClaimDto[] = [];
    while (i + 1 < claims.length && claims[i + 1]!.span[0] < end) {
      const next = claims[++i]!;
      if (next.span[1] <= end) inner.push(next);
    }
    out.push(...renderPlain(text, at, start, marks, `${keyPrefix}p${at}`));
    const spanId = `${start}-${end}`;
    const title = `${claim.category}: ${formatClaimValue(claim)} ${claim.subject}${claim.source ? ` — ${claim.source.name}` : ""}${claim.time ? ` — ${formatPeriod(claim.time.start, claim.time.end)}` : ""}`;
    out.push(
      <mark key={`${keyPrefix}c${start}`} id={`claim-${spanId}`} className={`claim cat-${claim.category}${inner.length ? " claim-group" : ""}${selected === spanId ? " selected" : ""}`} title={title} tabIndex={-1} data-span={spanId}>
        {inner.length ? renderClaims(text, start, end, inner, marks, selected, `${keyPrefix}c${start}`) : renderPlain(text, start, end, marks, `${keyPrefix}c${start}`)}
      </mark>,
    );
    at = end;
  }
  out.push(...renderPlain(text, at, to, marks, `${keyPrefix}p${at}`));
  return out;
}

export function ReportView({ id, route }: { id: string; route: Route }) {
  const report = useApi(() => api.report(id), `report-${id}`);
  const selected = route.params.get("span");
  const textRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!selected || report.state !== "ready") return;
    const el = textRef.current?.querySelector<HTMLElement>(`[data-span="${CSS.escape(selected)}"]`);
    el?.scrollIntoView({ block: "center" });
    el?.focus({ preventScroll: true });
  }, [selected, report.state]);
  return (
    <WhenReady loaded={report}>
      {(r) => {
        const claims = [...r.claims].sort((a, b) => a.span[0] - b.span[0]);
        const usedCategories = CATEGORY_OPTIONS.filter((c) => claims.some((claim) => claim.category === c));
        return (
          <article className="report-page">
            <p className="crumbs"><a href={href(["reports"])}>Reports</a> / {r.id}</p>
            <h1>{r.meta.title || r.id}</h1>
            <p className="report-meta">
              {formatDate(r.meta.published)}
              {r.meta.outlet && <> · {r.meta.outlet}</>}
              {r.meta.agency && <> · {r.meta.agency}</>}
              {r.meta.url && <> · <span className="url">{r.meta.url}</span></>}
              {r.copyOf.length > 0 && <> · copy of {r.copyOf.map((c) => <a key={c} href={href(["reports", c])}>{c}</a>)}</>}
            </p>
            <aside className="legend reader-legend" aria-label="Legend">
              {usedCategories.map((c) => <span key={c} className="legend-item"><mark className={`claim cat-${c}`}>{c}</mark></span>)}
              <span className="legend-item"><span className="attr">source (who says so)</span></span>
              <span className="legend-item"><span className="time">time</span></span>
              <span className="legend-item"><span className="ent ent-person">person</span></span>
              <span className="legend-item"><span className="ent ent-org">organisation</span></span>
              <span className="legend-item"><span className="ent ent-place">place</span></span>
            </aside>
            <div className="reader">
              <div ref={textRef}><AnnotatedText report={r} selected={selected} /></div>
              <section className="claim-list" aria-labelledby="claims-in-report">
                <h2 id="claims-in-report">{claims.length} claims</h2>
                <ol>
                  {claims.map((c) => (
                    <li key={c.span[0]} className={selected === `${c.span[0]}-${c.span[1]}` ? "selected" : undefined}>
                      <a href={href(["reports", r.id], { span: `${c.span[0]}-${c.span[1]}` })}>
                        <CategoryBadge category={c.category} /> <strong>{formatClaimValue(c)}</strong> {c.subject}
                      </a>
                      <div className="claim-detail">
                        {c.place && <span>in {c.place.name}</span>}
                        {c.time && <span> · {formatPeriod(c.time.start, c.time.end)}</span>}
                        <span> · {c.source ? <>according to {midSentence(c.source.name)}</> : "in the report's own voice"}</span>
                        {c.hedge && <span className="hedge"> · hedged: “{c.hedge}”</span>}
                      </div>
                    </li>
                  ))}
                </ol>
              </section>
            </div>
          </article>
        );
      }}
    </WhenReady>
  );
}
