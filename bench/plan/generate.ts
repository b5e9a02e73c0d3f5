/**
 * A synthetic but plausible job search at scale: N applications (about 10 events each) in
 * a mix of zones and holiday regions, every rule of the policy exercised. Deterministic (a
 * seeded generator), so that runs compare.
 */

import { once } from "node:events";
import { createWriteStream } from "node:fs";

const PLACES = [
  ["America/New_York", "US"],
  ["America/Denver", "US-CO"],
  ["America/Los_Angeles", "US-CA"],
  ["Europe/London", "GB"],
  ["Europe/Berlin", "DE-BY"],
  ["Australia/Sydney", "AU-NSW"],
  ["Asia/Kolkata", "IN"],
] as const;
const NAMES = ["Dana Lee", "Sam Ortiz", "Priya Shah", "Chris Novak", "Amelia Hughes", "Lucia Fox"];
const SIGNALS = [
  "encouraging",
  "still-deciding",
  "still-deciding",
  "next-step",
  "brush-off",
  "rejection",
  "out-of-office",
  "offer",
];

/** Mulberry32: a small seeded generator, so every run writes the same file. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, "0");
/** A local date-time `days` after 1 Jun 2026 at `minutes` past midnight. */
function local(days: number, minutes: number): string {
  const d = new Date(Date.UTC(2026, 5, 1) + days * 86_400_000);
  return `${d.toISOString().slice(0, 10)}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}
const day = (days: number) => local(days, 0).slice(0, 10);

/** The events of application `i`, one JSON line each. */
export function applicationLines(i: number, random: () => number): string[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const app = `app-${i}`;
  const [zone, region] = pick(PLACES);
  const out: object[] = [];
  let t = int(0, 150);
  out.push({
    type: "application",
    app,
    company: `Company ${i % 5000}`,
    role: "Analyst",
    at: local(t, int(480, 1080)),
    timezone: zone,
    region,
    url: `https://jobs.example/${i}`,
  });
  const rounds = int(1, 3);
  for (let r = 0; r < rounds; r++) {
    t += int(5, 20);
    const people = [pick(NAMES), pick(NAMES)].filter((n, k, xs) => xs.indexOf(n) === k);
    const decision = random() < 0.6 ? { decisionBy: day(t + int(5, 15)) } : {};
    out.push({
      type: "interview",
      app,
      at: local(t, int(540, 960)),
      durationMinutes: pick([30, 45, 60, 90]),
      interviewers: people.map((name, k) => ({
        name,
        email: `${name.split(" ")[0]!.toLowerCase()}@c${i}.example`,
        ...(k === 0 ? { role: "hiring-manager" } : {}),
      })),
      topics: ["the roadmap"],
      ...decision,
    });
    if (random() < 0.85)
      out.push({
        type: "sent",
        app,
        at: local(t, int(1000, 1300)),
        kind: "thank-you",
        to: people,
        channel: "email",
      });
  }
  const follow = int(0, 4);
  for (let k = 0; k < follow; k++) {
    t += int(4, 14);
    out.push({
      type: "sent",
      app,
      at: local(t, int(540, 1000)),
      kind: "check-in",
      to: out.length % 2 ? NAMES[0] : NAMES[1],
      channel: pick(["email", "phone"]),
    });
    if (random() < 0.55) {
      const signal = pick(SIGNALS);
      out.push({
        type: "reply",
        app,
        at: local(t + int(0, 3), int(540, 1000)),
        from: NAMES[0],
        signal,
        text: "Thanks for checking in, we will be in touch.",
        ...(signal === "still-deciding" && random() < 0.5
          ? { decisionBy: day(t + int(5, 20)) }
          : {}),
        ...(signal === "out-of-office" ? { returnOn: day(t + int(2, 10)) } : {}),
      });
    }
  }
  if (random() < 0.2)
    out.push({
      type: "status",
      app,
      at: local(t + 1, 600),
      status: pick(["still-open", "rejected", "on-hold", "withdrawn"]),
    });
  if (random() < 0.3)
    out.push({
      type: "note",
      app,
      at: local(t + 1, 700),
      text: "Prepared notes for the next call.",
    });
  return out.map((o) => JSON.stringify(o));
}

/** Writes N applications' events to `file`; returns the number of lines. */
export async function generateTimeline(
  file: string,
  applications: number,
  seed = 42,
): Promise<number> {
  const random = rng(seed);
  const stream = createWriteStream(file);
  let lines = 0;
  let buf: string[] = [];
  for (let i = 0; i < applications; i++) {
    for (const l of applicationLines(i, random)) buf.push(l);
    if (buf.length > 5000) {
      lines += buf.length;
      if (!stream.write(`${buf.join("\n")}\n`)) await once(stream, "drain");
      buf = [];
    }
  }
  lines += buf.length;
  stream.end(buf.length ? `${buf.join("\n")}\n` : "");
  await once(stream, "finish");
  return lines;
}
