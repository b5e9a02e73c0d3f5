/**
 * `npm run bench -- startup`: cold start of the command line against a bare `node -e 0`,
 * measured in the same run, interleaved so that the machine's load hits all alike.
 * Goal: `hearback --help` and `hearback plan` on a small file within 2.5x `node -e 0`.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { snapshotCli } from "../plan/snapshot.js";

const root = process.cwd();
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const dataDir = join(root, "bench/.data/startup");
mkdirSync(dataDir, { recursive: true });

// A small timeline whose replies are all labelled: the plan path without the reply gauge.
const small = join(dataDir, "small.jsonl");
writeFileSync(
  small,
  [
    `{"type":"application","app":"acme-pm","company":"Acme","role":"PM","timezone":"America/Denver","region":"US"}`,
    `{"type":"interview","app":"acme-pm","at":"2026-11-02T10:00","interviewers":[{"name":"Dana Lee","role":"hiring-manager"},{"name":"Sam Ortiz"}],"decisionBy":"2026-11-13"}`,
    `{"type":"sent","app":"acme-pm","at":"2026-11-02T16:30","kind":"thank-you","to":"Dana Lee"}`,
    `{"type":"reply","app":"acme-pm","at":"2026-11-18T11:02","from":"Dana Lee","signal":"still-deciding","decisionBy":"2026-12-01"}`,
    "",
  ].join("\n"),
);

const cli = snapshotCli(root, "startup");
const cases: [string, string[]][] = [
  ["node -e 0", ["-e", "0"]],
  ["hearback --help", [cli, "--help"]],
  [
    "hearback plan (small file)",
    [
      cli,
      "plan",
      "--timeline",
      small,
      "--now",
      "2026-11-19T12:00",
      "--tz",
      "America/Denver",
      "--json",
    ],
  ],
  [
    "hearback plan (demo, gauge)",
    [
      cli,
      "plan",
      "--timeline",
      join(root, "examples/demo.jsonl"),
      "--now",
      "2026-11-18T12:00",
      "--tz",
      "America/Denver",
    ],
  ],
];

const times = new Map<string, number[]>(cases.map(([name]) => [name, []]));
for (let i = 0; i < RUNS; i++) {
  for (const [name, args] of cases) {
    const t = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
    const took = performance.now() - t;
    if (r.status !== 0) throw new Error(`${name} exited ${r.status}: ${r.stderr}`);
    times.get(name)!.push(took);
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};
const base = median(times.get("node -e 0")!);
console.log(
  `median of ${RUNS} interleaved runs (load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(" ")}):`,
);
for (const [name] of cases) {
  const m = median(times.get(name)!);
  const goal = name.includes("demo") || name.startsWith("node") ? "" : " (goal <= 2.5x)";
  console.log(
    `  ${name.padEnd(30)} ${m.toFixed(0).padStart(5)} ms  ${(m / base).toFixed(2)}x node -e 0${goal}`,
  );
}
