// Translates a web-search style query ("word", "a phrase", -not, OR) into FTS5 syntax, like PostgreSQL's websearch_to_tsquery.

const quote = (term: string) => `"${term.replace(/"/g, '""')}"`;

export interface Fts5Query {
  /** MATCH expression rows must satisfy, or null when only exclusions were given. */
  match: string | null;
  /** MATCH expression of terms rows must not contain (used when there is no positive term). */
  exclude: string | null;
}

/** The FTS5 form of a query, or null when it has nothing to look for (then nothing filters). */
export function websearchToFts5(query: string): Fts5Query | null {
  const tokens = query.match(/-?"[^"]*"?|\S+/g) ?? [];
  const positive: string[] = [];
  const negative: string[] = [];
  let pendingOr = false;
  for (const raw of tokens) {
    if (/^or$/i.test(raw)) {
      pendingOr = positive.length > 0;
      continue;
    }
    const neg = raw.startsWith("-") && raw.length > 1;
    const body = (neg ? raw.slice(1) : raw).replace(/^"|"$/g, "");
    // Keep only what the tokenizer would index; a term of bare punctuation matches nothing and is dropped.
    if (!/[\p{L}\p{N}]/u.test(body)) continue;
    const term = quote(body);
    if (neg) negative.push(term);
    else {
      if (pendingOr) positive.push("OR");
      positive.push(term);
    }
    pendingOr = false;
  }
  if (positive[positive.length - 1] === "OR") positive.pop();
  if (positive.length === 0) return negative.length ? { match: null, exclude: negative.join(" OR ") } : null;
  return { match: [positive.join(" "), ...negative.map((t) => `NOT ${t}`)].join(" "), exclude: null };
}
