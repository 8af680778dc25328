// The default pipeline, in order. Order here matters: each stage reads what earlier ones assigned.
import { assemble, type Stage } from "./stage.ts";

let cached: Stage[] | null = null;

export function defaultStages(): Stage[] {
  cached ??= assemble([]);
  return cached;
}
