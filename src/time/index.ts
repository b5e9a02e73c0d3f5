/**
 * The time module's one doorway for the rest of hearback: instants, zones and calendar days
 * (./base.ts, whose header says how time is represented and how daylight saving is
 * handled), business days (./business-days.ts) and how times are shown (./show.ts). Those
 * two build on ./base.ts directly, so that no module of src/time imports this one.
 */
export * from "./base.js";
export { type BusinessCalendar, businessCalendar, isValidRegion } from "./business-days.js";
export * from "./show.js";
