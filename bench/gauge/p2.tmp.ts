import { gaugeReply } from "../../src/gauge/index.js";
import { loadCorpus, receivedMsOf } from "./evaluate.js";

const corpus = loadCorpus();
const ctxs = corpus.map((r) => ({ receivedMs: receivedMsOf(r), zone: r.zone }));
for (let k = 0; k < 30; k++)
  for (let i = 0; i < corpus.length; i++) gaugeReply(corpus[i]!.text, ctxs[i]!);
