import { gaugeReply } from "../../src/gauge/index.js";
import { loadCorpus, receivedMsOf } from "./evaluate.js";

const corpus = loadCorpus();
const ctxs = corpus.map((r) => ({ receivedMs: receivedMsOf(r), zone: r.zone }));
for (let k = 0; k < 3; k++)
  for (let i = 0; i < corpus.length; i++) gaugeReply(corpus[i]!.text, ctxs[i]!);
const s = process.cpuUsage();
let n = 0;
for (let k = 0; k < 10; k++)
  for (let i = 0; i < corpus.length; i++) {
    gaugeReply(corpus[i]!.text, ctxs[i]!);
    n++;
  }
const u = process.cpuUsage(s);
console.log(process.argv[2], (n / ((u.user + u.system) / 1e6)).toFixed(0), "replies/CPU-s");
