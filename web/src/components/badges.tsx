// Small labels: a figure's grade and a claim's category, with colour and words (never colour alone).
import { capitalise } from "../format.ts";

export function GradeBadge({ grade }: { grade: string }) {
  return <span className={`badge grade-${grade.replace(/\s+/g, "-")}`}>{grade}</span>;
}

export function CategoryBadge({ category }: { category: string }) {
  return <span className={`badge cat cat-${category}`}>{capitalise(category)}</span>;
}
