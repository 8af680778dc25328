// The brief as Markdown: numbered figures with ranges, quoted sources, conflicts, timelines and references.
import { briefCounts, briefTimeline, longDate, type Brief, type Citation } from "./brief.ts";

/**
 * Report text must not turn into markup: escape Markdown's control characters, HTML's angle brackets, and
 * an ampersand only where it would start an entity (a plain "&" reads better left alone).
 */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_[\]#|]/g, (c) => `\\${c}`).replace(/&(?=#?\w+;)/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function reference(c: Citation): string {
  const where = [c.title ? `*${escapeMarkdown(c.title)}*` : `report ${escapeMarkdown(c.doc)}`, c.outlet && escapeMarkdown(c.outlet), longDate(c.published)]
    .filter(Boolean).join(", ");
  const link = c.url && /^https?:\/\//i.test(c.url) ? ` <${c.url.replace(/[<>\s]/g, encodeURIComponent)}>` : "";
  const quote = c.quote ? ` — “${escapeMarkdown(c.quote)}”` : "";
  return `[${c.n}] ${where}${link}${quote}`;
}

export function briefToMarkdown(brief: Brief): string {
  const out: string[] = [];
  out.push(`# ${escapeMarkdown(brief.title)}`, "");
  out.push(`${briefCounts(brief)}, `
    + `statements from ${longDate(brief.period.from)} to ${longDate(brief.period.to)}. `
    + "Every number cites the sentence it was read from; grades say whether independent sources agree.", "");
  if (!brief.items.length) out.push("No figures about people were found in these reports.", "");

  for (const it of brief.items) {
    out.push(`## ${it.rank}. ${escapeMarkdown(it.headline)} — ${it.grade}`, "");
    const latest = it.latest
      ? ` Latest: ${escapeMarkdown(it.latest.stated)} (${escapeMarkdown(it.latest.voice)}, ${longDate(it.latest.date)}) [${it.latest.citation}].`
      : "";
    out.push(`**${escapeMarkdown(it.range)}.**${latest} ${it.timeline.length} statement${it.timeline.length === 1 ? "" : "s"} in ${it.reports} report${it.reports === 1 ? "" : "s"}.`, "");
    const quoted = it.latest ? brief.citations[it.latest.citation - 1]?.quote : null;
    if (quoted) out.push(`> ${escapeMarkdown(quoted)} [${it.latest!.citation}]`, "");
    if (it.conflicts.length) {
      out.push("Sources disagree:", "");
      for (const c of it.conflicts) out.push(`- ${escapeMarkdown(c)}`);
      out.push("");
    }
    if (it.timeline.length > 1) {
      out.push("Timeline:", "");
      for (const t of it.timeline) {
        out.push(`- ${longDate(t.date)}: ${escapeMarkdown(t.stated)}, ${escapeMarkdown(t.voice)} [${t.citation}]${t.independent ? "" : " (repeat or copy)"}`);
      }
      out.push("");
    }
  }

  const timeline = briefTimeline(brief);
  if (timeline.length) {
    out.push("## Timeline of key statements", "");
    for (const t of timeline) out.push(`- ${longDate(t.date)}: ${escapeMarkdown(t.headline)}: ${escapeMarkdown(t.stated)} (${escapeMarkdown(t.voice)}) [${t.citation}]`);
    out.push("");
  }
  if (brief.citations.length) {
    out.push("## Sources", "");
    for (const c of brief.citations) out.push(reference(c), "");
  }
  return out.join("\n");
}
