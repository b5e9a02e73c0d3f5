import { gaugeReply } from "../../src/gauge/index.js";

const CTX = { receivedMs: Date.parse("2026-11-18T18:02:00Z"), zone: "America/Denver" };
for (const t of process.argv.slice(2)) {
  const r = gaugeReply(t, CTX);
  console.log(
    r.signal,
    r.confidence,
    r.cantTell ?? "",
    JSON.stringify(r.evidence),
    r.decisionBy,
    Object.entries(r.probabilities)
      .map(([k, v]) => k.slice(0, 4) + ":" + v.toFixed(2))
      .join(" "),
  );
}
