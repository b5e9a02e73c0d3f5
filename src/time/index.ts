/**
 * The time module's doorway for the rest of hearback: instants, zones and calendar days
 * (./base.ts, whose header says how time is represented and how daylight saving is
 * handled) and how times are shown (./show.ts). Business days are imported from
 * ./business-days.ts itself: re-exported here, its holiday table (340 KB) would load with
 * every command that shows a time, such as the agenda with its plans kept. Both build on
 * ./base.ts directly, so that no module of src/time imports this one.
 */
export * from "./base.js";
export * from "./show.js";
