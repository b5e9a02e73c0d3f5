/**
 * The API's routes, by resource. Each handler reads its input, calls an operation of
 * src/ops (the same ones the CLI runs), and shapes the result for the web UI with ../views.
 * `/api/ops/{name}` offers every operation of the map as it is, for scripts.
 */
import type { RouteDef } from "../http.js";
import { applicationRoutes, insightsRoutes, todayRoutes } from "./applications.js";
import { draftRoutes } from "./drafts.js";
import { type RouteDeps, routeKit } from "./kit.js";
import { settingsRoutes } from "./settings.js";
import { operationRoutes, timelineRoutes } from "./timeline.js";

export type { RouteDeps } from "./kit.js";

export function apiRoutes(deps: RouteDeps): RouteDef[] {
  const kit = routeKit(deps);
  return [
    ...todayRoutes(kit),
    ...insightsRoutes(kit),
    ...applicationRoutes(kit),
    ...draftRoutes(kit),
    ...settingsRoutes(kit),
    ...timelineRoutes(kit),
    ...operationRoutes(kit),
  ];
}
