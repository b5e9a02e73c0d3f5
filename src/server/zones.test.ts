/**
 * The API as a job seeker in New York uses it, with employers in Los Angeles and London,
 * served from computers set to different zones (the server takes its fallback zone from the
 * computer, as `hearback serve` does). Every time shown is on the user's clock, the
 * employer's beside it where it matters, and the answers do not depend on the computer.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TimelineEvent } from "../core/types.js";
import { openStore } from "../store/index.js";
import type { ActionView, ApplicationView, ReadingView, TodayView } from "./api-types.js";
import { createApp } from "./app.js";

const COMPUTER_ZONES = ["UTC", "America/Denver", "Asia/Kolkata", "Pacific/Auckland"] as const;
const ORIGIN = "http://127.0.0.1:4100";
const THURSDAY = Date.parse("2026-12-10T15:00:00Z"); // 10:00 in New York
const SATURDAY = Date.parse("2026-12-12T15:00:00Z");

const TIMELINE: TimelineEvent[] = [
  {
    type: "application",
    app: "hooli-mktg",
    company: "Hooli",
    role: "Marketing Lead",
    timezone: "America/Los_Angeles",
    region: "US-CA",
  },
  // 14:00 in Los Angeles (no offset: the application's zone), 17:00 in New York.
  {
    type: "interview",
    app: "hooli-mktg",
    at: "2026-12-17T14:00",
    interviewers: [{ name: "Gavin" }],
  },
  {
    type: "application",
    app: "initech-ux",
    company: "Initech",
    role: "UX Designer",
    timezone: "Europe/London",
    region: "GB",
  },
  {
    type: "interview",
    app: "initech-ux",
    at: "2026-12-01T10:00",
    interviewers: [{ name: "Amelia Hughes" }],
    decisionBy: "2026-12-08",
  },
  {
    type: "sent",
    app: "initech-ux",
    at: "2026-12-01T15:00",
    kind: "thank-you",
    to: "Amelia Hughes",
  },
];

interface Answers {
  readonly thursday: TodayView;
  readonly saturday: TodayView;
  readonly hooli: ApplicationView;
  readonly initech: ApplicationView;
  readonly gauge: ReadingView;
  readonly stored: string;
}

const previousTz = process.env.TZ;
const answers = new Map<string, Answers>();
let dir: string;

/** The answers of a server on a computer in `tz`, for a user whose setting is New York. */
async function answersIn(tz: string): Promise<Answers> {
  process.env.TZ = tz;
  const store = await openStore({ dir: join(dir, tz.replace("/", "-")) });
  try {
    await store.updateSettings({ timezone: "America/New_York" });
    await store.append(TIMELINE, { recordedAt: THURSDAY, source: "test" });
    const at = (now: number) =>
      createApp({
        store,
        clock: () => now,
        fallbackZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      });
    const get = async <T>(now: number, path: string) =>
      (await (await at(now).request(`${ORIGIN}/api${path}`)).json()) as T;
    const post = async <T = unknown>(path: string, body: unknown) => {
      const res = await at(THURSDAY).request(`${ORIGIN}/api${path}`, {
        method: "POST",
        headers: { origin: ORIGIN, "x-hearback": "1", "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      expect(res.status).toBe(200);
      return (await res.json()) as T;
    };
    return {
      thursday: await get<TodayView>(THURSDAY, "/today"),
      saturday: await get<TodayView>(SATURDAY, "/today"),
      hooli: await get<ApplicationView>(THURSDAY, "/applications/hooli"),
      initech: await get<ApplicationView>(THURSDAY, "/applications/initech"),
      // 0:30 on Saturday in New York; "tomorrow" is Sunday.
      gauge: await post<ReadingView>("/gauge", {
        text: "We hope to decide by tomorrow.",
        received: "2026-12-05T00:30",
      }),
      stored: await post("/applications/hooli/sent", { kind: "thank-you", at: "2026-12-10T09:00" })
        .then(() => at(THURSDAY).request(`${ORIGIN}/api/export`))
        .then((res) => res.text())
        .then((text) => JSON.parse(text.trim().split("\n").at(-1)!).at as string),
    };
  } finally {
    await store.close();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "hearback-api-zones-"));
  for (const tz of COMPUTER_ZONES) answers.set(tz, await answersIn(tz));
});
afterAll(() => {
  if (previousTz === undefined) delete process.env.TZ;
  else process.env.TZ = previousTz;
  rmSync(dir, { recursive: true, force: true });
});

const utc = () => answers.get("UTC")!;
const checkIn = (actions: readonly ActionView[]) =>
  actions.find((a) => a.app === "initech-ux" && a.kind === "check-in");

describe("the API's times, whatever the computer's zone", () => {
  it.each(COMPUTER_ZONES.slice(1))("answers exactly as in UTC on a computer in %s", (tz) => {
    expect(answers.get(tz)).toEqual(utc());
  });

  it("shows a 14:00 Pacific interview at 17:00 for the user, with Los Angeles' 14:00 beside it", () => {
    expect(utc().hooli.interviews[0]?.atText).toBe(
      "Thu 17 Dec, 17:00 your time · 14:00 in Los Angeles",
    );
    expect(utc().hooli.yourZone).toBe("America/New_York");
    expect(utc().hooli.timezone).toBe("America/Los_Angeles");
  });

  it("shows a London check-in opening at 9:00 there as 4:00 for the user, saying whose 9:00", () => {
    const a = checkIn(utc().initech.actions);
    expect(a?.dueFromText).toBe("Fri 11 Dec, 4:00");
    expect(a?.theirTimeText).toBe("9:00 in London");
  });

  it("names the employer's place on the Today page too, not only on the application's page", () => {
    const a = checkIn(utc().thursday.upcoming);
    expect(a?.dueFromText).toBe("Fri 11 Dec, 4:00");
    expect(a?.theirTimeText).toBe("9:00 in London");
    expect(a?.zone).toBe("Europe/London");
  });

  it("does not put a Tuesday deadline under today on Saturday, though its window is open", () => {
    const saturday = utc().saturday;
    expect(checkIn(saturday.today)).toBeUndefined();
    expect(checkIn(saturday.upcoming)?.dueByText).toBe("Tue 15 Dec, 12:00");
    expect(saturday.zone).toBe("America/New_York");
  });

  it("reads a reply's received time without an offset on the user's clock", () => {
    expect(utc().gauge.decisionBy).toBe("2026-12-06");
    expect(utc().gauge.decisionByText).toBe("Sun 6 Dec");
  });

  it("reads a time in a body without an offset on the user's clock", () => {
    // 9:00 in New York is 6:00 in Los Angeles.
    expect(utc().stored).toBe("2026-12-10T06:00:00-08:00");
  });
});
