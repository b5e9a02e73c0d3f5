import { describe, expect, it } from "vitest";
import type { Action } from "../core/types.js";
import { actionView, boardStage, dateText, todayView } from "./views.js";

const ZONE = "America/Denver";
/** Wed 18 Nov 2026, 15:00 in Denver. */
const NOW = Date.parse("2026-11-18T15:00:00-07:00"); /* Wed */
const ctx = { now: NOW, zone: ZONE };

function action(over: Partial<Action>): Action {
  return {
    app: "acme-pm",
    company: "Acme",
    kind: "check-in",
    channels: ["email"],
    dueFrom: "2026-11-19T09:00:00-07:00",
    dueBy: "2026-11-20T17:00:00-07:00",
    zone: ZONE,
    overdue: false,
    rule: "check-in-after-decision-date",
    reason: "Dana said you'd hear by Fri 13 Nov.",
    ...over,
  };
}

describe("dateText", () => {
  it.each([
    ["an instant, in the user's zone", Date.parse("2026-11-13T16:00:00Z"), "Fri 13 Nov, 9:00"],
    ["an instant with an offset", "2026-11-13T11:00:00-05:00", "Fri 13 Nov, 9:00"],
    ["a calendar day", "2026-12-01" /* Tue */, "Tue 1 Dec"],
    ["a day of another year, with its year", "2027-01-08" /* Fri */, "Fri 8 Jan 2027"],
  ])("shows %s with its weekday", (_name, value, text) => {
    expect(dateText(ctx, value)).toBe(text);
  });
});

describe("actionView", () => {
  it.each([
    [
      "overdue when its window has closed",
      { overdue: true, dueBy: "2026-11-17T17:00:00-07:00" },
      "overdue",
    ],
    [
      "today when its deadline falls today in the user's zone",
      { dueFrom: "2026-11-18T09:00:00-07:00", dueBy: "2026-11-18T23:30:00-07:00" },
      "today",
    ],
    [
      "upcoming when its deadline is tomorrow in the user's zone, though its window is open",
      { dueFrom: "2026-11-18T09:00:00-07:00", dueBy: "2026-11-19T00:30:00-07:00" },
      "upcoming",
    ],
  ] as const)("is %s", (_name, over, when) => {
    expect(actionView(ctx, action(over)).when).toBe(when);
  });

  it("formats the window in the user's zone, whatever the offset of the action", () => {
    const v = actionView(
      { now: NOW, zone: "Europe/London" },
      action({ dueFrom: "2026-11-19T09:00:00-07:00", dueBy: "2026-11-20T17:00:00-07:00" }),
    );
    expect([v.dueFromText, v.dueByText]).toEqual(["Thu 19 Nov, 16:00", "Sat 21 Nov, 0:00"]);
  });

  it("gives each action of one agenda its own key", () => {
    const a = actionView(ctx, action({ kind: "thank-you", to: "Dana Lee", round: 1 }));
    const b = actionView(ctx, action({ kind: "thank-you", to: "Sam Ortiz", round: 1 }));
    expect(a.id).not.toBe(b.id);
  });
});

describe("todayView", () => {
  it("sorts actions into overdue, today, coming up and let-go, keeping their order", () => {
    const view = todayView(ctx, {
      applications: 2,
      later: 0,
      unreadable: [],
      actions: [
        action({ app: "a", overdue: true, dueBy: "2026-11-17T17:00:00-07:00" }),
        action({
          app: "b",
          dueFrom: "2026-11-18T09:00:00-07:00",
          dueBy: "2026-11-18T17:00:00-07:00",
        }),
        action({ app: "c" }),
        action({ app: "d", kind: "let-go", rule: "let-go-brush-off" }),
        action({ app: "e", overdue: true, dueBy: "2026-11-18T09:00:00-07:00" }),
      ],
    });
    expect(view.overdue.map((a) => a.app)).toEqual(["a", "e"]);
    expect(view.today.map((a) => a.app)).toEqual(["b"]);
    expect(view.upcoming.map((a) => a.app)).toEqual(["c"]);
    expect(view.letGo.map((a) => a.app)).toEqual(["d"]);
    expect(view.nowText).toBe("Wed 18 Nov, 15:00");
  });
});

describe("boardStage", () => {
  it.each([
    ["applied", "applied"],
    ["interview-scheduled", "interviewing"],
    ["next-step", "interviewing"],
    ["waiting", "waiting"],
    ["on-hold", "waiting"],
    ["offer", "offer"],
    ["accepted", "offer"],
    ["rejected", "closed"],
    ["withdrawn", "closed"],
    ["filled", "closed"],
  ] as const)("puts %s in the %s column", (stage, column) => {
    expect(boardStage(stage)).toBe(column);
  });
});
