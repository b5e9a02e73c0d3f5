/**
 * Team mode's pages where the app draws them. The app fetches their chunk as soon as the
 * server says it is a team server (App.tsx), and each is drawn the moment it is there. Not
 * React.lazy: behind Suspense, React 19 held a page back until 300 ms after its "Loading…"
 * showed, and only then did the page ask for its data.
 */
import { createContext, type ReactNode, useContext } from "react";
import type * as Chunk from "./team.js";

export type TeamPages = typeof Chunk;

/** The loaded chunk, the reason it could not be loaded, or undefined while it loads. */
export type TeamChunk = TeamPages | { readonly error: string } | undefined;

export const TeamPagesContext = createContext<TeamChunk>(undefined);

/** Draws `children` with team mode's pages once their chunk is loaded. */
export function Team(props: { children: (pages: TeamPages) => ReactNode }) {
  const chunk = useContext(TeamPagesContext);
  if (!chunk) return <p className="muted">Loading…</p>;
  if ("error" in chunk) return <p role="alert">{chunk.error}</p>;
  return props.children(chunk);
}
