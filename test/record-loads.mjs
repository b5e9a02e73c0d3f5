// Preloaded with `node --import`: appends the URL of every ES module the process loads to
// the file named by RECORD_LOADS, so that a test can say what a command loaded.
import { register } from "node:module";

const hooks = `import { appendFileSync } from "node:fs";
export async function load(url, context, next) {
  appendFileSync(${JSON.stringify(process.env.RECORD_LOADS)}, url + "\\n");
  return next(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
