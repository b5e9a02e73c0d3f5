import { gaugeReply, readBody, readDates, stripReply } from "../../src/gauge/index.js";
import { lexiconHits, readSentences } from "../../src/gauge/read.js";
import { loadCorpus, receivedMsOf } from "./evaluate.js";

const corpus = loadCorpus();
const ctxs = corpus.map((r) => ({ receivedMs: receivedMsOf(r), zone: r.zone }));
const bodies = corpus.map((r) => stripReply(r.text));
function t(name: string, fn: (i: number) => unknown) {
  for (let i = 0; i < corpus.length; i++) fn(i);
  const s = process.cpuUsage();
  let n = 0;
  for (let k = 0; k < 10; k++)
    for (let i = 0; i < corpus.length; i++) {
      fn(i);
      n++;
    }
  const u = process.cpuUsage(s);
  console.log(name, ((u.user + u.system) / n).toFixed(1), "µs/reply");
}
t("strip", (i) => stripReply(corpus[i]!.text));
t("lexicon", (i) => lexiconHits(bodies[i]!));
t("sentences", (i) => readSentences(bodies[i]!));
t("dates", (i) => readDates(bodies[i]!, ctxs[i]!));
t("readBody", (i) => readBody(corpus[i]!.text, ctxs[i]!));
t("gauge", (i) => gaugeReply(corpus[i]!.text, ctxs[i]!));
