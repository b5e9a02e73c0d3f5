import { loadCorpus, predict, score } from "./evaluate.js";
import { heldOutReadings } from "./train.js";

const corpus = loadCorpus();
const test = corpus.filter((r) => r.split === "test");
const f = (s: ReturnType<typeof score>) =>
  `F1 ${s.macroF1.toFixed(3)} wnc ${(s.coarseAccuracy * 100).toFixed(1)} brs ${s.perSignal["brush-off"].recall.toFixed(2)} rej ${s.perSignal.rejection.recall.toFixed(2)} coldWarm ${(s.coldReadWarm * 100).toFixed(1)} ask ${(s.askRate * 100).toFixed(1)}`;
console.log("test   ", f(score(predict(test))));
const ho = heldOutReadings(corpus);
console.log("heldout", f(score(ho)));
if (process.argv.includes("--errors"))
  for (const p of ho)
    if (p.signal !== p.reply.signal)
      console.log(
        p.reply.id,
        p.reply.signal,
        "->",
        p.signal,
        p.asked ? "(asks)" : "",
        p.reply.text.slice(0, 200).replace(/\n/g, " / "),
      );
