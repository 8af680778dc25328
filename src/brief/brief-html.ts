// The brief as one self-contained HTML page: inline styles, no scripts, every piece of report text escaped.
import { briefCounts, briefTimeline, longDate, type Brief, type BriefStatement, type Citation } from "./brief.ts";

export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

const STYLE = `
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1d232a;background:#fff}
h1{font-size:1.7rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-top:1px solid #d8dee4;padding-top:1rem}
.lede{color:#4b5563}.range{font-size:1.15rem;font-weight:600}.grade{font-size:.8rem;padding:.1rem .5rem;border-radius:1rem;vertical-align:middle;margin-left:.4rem;font-weight:600}
.grade-corroborated{background:#dcfce7;color:#14532d}.grade-contested{background:#fee2e2;color:#7f1d1d}.grade-single{background:#e5e7eb;color:#374151}
.conflicts{background:#fff7ed;border-left:4px solid #f97316;padding:.4rem .8rem}
ol.timeline{list-style:none;padding-left:0}ol.timeline li{border-left:2px solid #cbd5e1;padding:.1rem 0 .4rem .8rem}
time{font-variant-numeric:tabular-nums;color:#374151;font-weight:600}.repeat{color:#6b7280;font-size:.85rem}
.sources li{margin-bottom:.6rem}blockquote{margin:.2rem 0 0 0;padding-left:.8rem;border-left:3px solid #94a3b8;color:#374151}
a{color:#1d4ed8}sup a{text-decoration:none}
`;

function cite(n: number): string {
  return `<sup><a href="#src-${n}" aria-label="source ${n}">[${n}]</a></sup>`;
}

function dateTag(iso: string | null): string {
  return iso ? `<time datetime="${escapeHtml(iso)}">${escapeHtml(longDate(iso))}</time>` : "<time>undated</time>";
}

function statement(t: BriefStatement): string {
  return `${dateTag(t.date)} ${escapeHtml(t.stated)}, ${escapeHtml(t.voice)} ${cite(t.citation)}${t.independent ? "" : ' <span class="repeat">(repeat or copy)</span>'}`;
}

function source(c: Citation): string {
  const title = escapeHtml(c.title ?? `report ${c.doc}`);
  const titled = c.url && /^https?:\/\//i.test(c.url) ? `<a href="${escapeHtml(c.url)}" rel="noopener noreferrer">${title}</a>` : title;
  const meta = [c.outlet && escapeHtml(c.outlet), escapeHtml(longDate(c.published))].filter(Boolean).join(", ");
  const quote = c.quote ? `<blockquote>${escapeHtml(c.quote)}</blockquote>` : "";
  return `<li id="src-${c.n}" value="${c.n}"><cite>${titled}</cite>, ${meta}${quote}</li>`;
}

export function briefToHtml(brief: Brief): string {
  const body: string[] = [];
  body.push(`<h1>${escapeHtml(brief.title)}</h1>`);
  body.push(`<p class="lede">${briefCounts(brief)}, statements from ${escapeHtml(longDate(brief.period.from))} to ${escapeHtml(longDate(brief.period.to))}. Every number cites the sentence it was read from; grades say whether independent sources agree.</p>`);
  if (!brief.items.length) body.push("<p>No figures about people were found in these reports.</p>");
  for (const it of brief.items) {
    const gradeClass = it.grade === "single source" ? "grade-single" : `grade-${it.grade}`;
    body.push(`<section aria-labelledby="fig-${escapeHtml(it.figureId)}">`);
    body.push(`<h2 id="fig-${escapeHtml(it.figureId)}">${it.rank}. ${escapeHtml(it.headline)}<span class="grade ${gradeClass}">${escapeHtml(it.grade)}</span></h2>`);
    const latest = it.latest ? ` Latest: ${escapeHtml(it.latest.stated)} (${escapeHtml(it.latest.voice)}, ${escapeHtml(longDate(it.latest.date))}) ${cite(it.latest.citation)}.` : "";
    body.push(`<p><span class="range">${escapeHtml(it.range)}.</span>${latest} ${it.timeline.length} statement${it.timeline.length === 1 ? "" : "s"} in ${it.reports} report${it.reports === 1 ? "" : "s"}.</p>`);
    const quoted = it.latest ? brief.citations[it.latest.citation - 1]?.quote : null;
    if (quoted) body.push(`<blockquote>${escapeHtml(quoted)} ${cite(it.latest!.citation)}</blockquote>`);
    if (it.conflicts.length) {
      body.push(`<div class="conflicts"><strong>Sources disagree:</strong><ul>${it.conflicts.map((c) => `<li>${escapeHtml(c)}</li>`).join("")}</ul></div>`);
    }
    if (it.timeline.length > 1) body.push(`<ol class="timeline" aria-label="timeline">${it.timeline.map((t) => `<li>${statement(t)}</li>`).join("")}</ol>`);
    body.push("</section>");
  }
  const timeline = briefTimeline(brief);
  if (timeline.length) {
    body.push(`<h2>Timeline of key statements</h2><ol class="timeline">${timeline.map((t) => `<li>${dateTag(t.date)} ${escapeHtml(t.headline)}: ${escapeHtml(t.stated)} (${escapeHtml(t.voice)}) ${cite(t.citation)}</li>`).join("")}</ol>`);
  }
  if (brief.citations.length) body.push(`<h2>Sources</h2><ol class="sources">${brief.citations.map(source).join("")}</ol>`);

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(brief.title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body.join("\n")}
</body>
</html>
`;
}
