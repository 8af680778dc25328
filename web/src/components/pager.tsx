// Previous/next links for a paginated list, with "21–40 of 312".
import { formatNumber } from "../format.ts";

export function Pager({ total, limit, offset, link }: { total: number; limit: number; offset: number; link: (offset: number) => string }) {
  if (total === 0) return null;
  const last = Math.min(total, offset + limit);
  return (
    <nav className="pager" aria-label="Pages">
      {offset > 0 ? <a href={link(Math.max(0, offset - limit))}>← Previous</a> : <span className="muted">← Previous</span>}
      <span>
        {formatNumber(offset + 1)}–{formatNumber(last)} of {formatNumber(total)}
      </span>
      {last < total ? <a href={link(offset + limit)}>Next →</a> : <span className="muted">Next →</span>}
    </nav>
  );
}
