/**
 * Trains the gauge's fallback model (src/gauge/bayes.ts) on the corpus's train split and
 * writes src/gauge/bayes-model.json. Run by `node data/gauge/train.mjs` after the corpus
 * changes; bench/gauge/corpus.test.ts checks that the shipped model is the one the corpus
 * trains.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { trainBayes } from "../../src/gauge/bayes.js";
import { stripReply } from "../../src/gauge/clean.js";
import { type CorpusReply, loadCorpus } from "./evaluate.js";

export const MODEL_PATH = fileURLToPath(
  new URL("../../src/gauge/bayes-model.json", import.meta.url),
);

export function trainFromCorpus(corpus: readonly CorpusReply[]) {
  return trainBayes(
    corpus
      .filter((r) => r.split === "train")
      .map((r) => ({ body: stripReply(r.text), signal: r.signal })),
  );
}

/** One line per feature: small diffs when the corpus changes. */
export function serialise(model: ReturnType<typeof trainFromCorpus>): string {
  const lines = Object.entries(model.features).map(
    ([f, c]) => `    ${JSON.stringify(f)}: ${JSON.stringify(c)}`,
  );
  return `{\n  "docs": ${JSON.stringify(model.docs)},\n  "totals": ${JSON.stringify(model.totals)},\n  "vocabulary": ${model.vocabulary},\n  "features": {\n${lines.join(",\n")}\n  }\n}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const model = trainFromCorpus(loadCorpus());
  writeFileSync(MODEL_PATH, serialise(model));
  process.stdout.write(`wrote ${MODEL_PATH}: ${model.vocabulary} features\n`);
}
