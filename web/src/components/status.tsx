// Loading and error states, and a wrapper that shows them until the data is ready.
import type { ReactNode } from "react";
import type { Loaded } from "../use-api.ts";

export function Loading() {
  return <p className="muted" role="status">Loading…</p>;
}

export function ErrorNote({ message }: { message: string }) {
  return <p className="error" role="alert">Could not load: {message}</p>;
}

export function WhenReady<T>({ loaded, children }: { loaded: Loaded<T>; children: (data: T) => ReactNode }) {
  if (loaded.state === "loading") return <Loading />;
  if (loaded.state === "error") return <ErrorNote message={loaded.message} />;
  return <>{children(loaded.data)}</>;
}
