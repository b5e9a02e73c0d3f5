import type { Store } from "../store/index.js";
import type { RouteDef } from "./http.js";

export interface RouteDeps {
  readonly store: Store;
  readonly clock: () => number;
  readonly fallbackZone: string;
  readonly demoFile?: string | undefined;
}

export function apiRoutes(_deps: RouteDeps): RouteDef[] {
  return [];
}
