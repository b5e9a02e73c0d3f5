// The floor of `hearback plan --json`: read the timeline and JSON.parse every line, nothing else.
import { readFileSync } from "node:fs";

const text = readFileSync(process.argv[2], "utf8");
let n = 0;
for (const line of text.split("\n")) if (line.trim() !== "") n += JSON.parse(line) ? 1 : 0;
process.stdout.write(`${n}\n`);
