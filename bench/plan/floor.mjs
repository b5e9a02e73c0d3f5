// The floor of `hearback plan --json`: read the timeline and JSON.parse every line, nothing else.
// `node floor.mjs FILE` reads it as the command does (the bytes, then decoded: on Node 20
// twice as fast as the next way); `node floor.mjs FILE utf8` with readFileSync(FILE, "utf8").
import { readFileSync } from "node:fs";

const text =
  process.argv[3] === "utf8"
    ? readFileSync(process.argv[2], "utf8")
    : readFileSync(process.argv[2]).toString("utf8");
let n = 0;
for (const line of text.split("\n")) if (line.trim() !== "") n += JSON.parse(line) ? 1 : 0;
process.stdout.write(`${n}\n`);
