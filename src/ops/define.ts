/**
 * What an operation is: a named capability with a zod schema for its input and a `run`
 * function. The CLI, the HTTP API and the web UI all call the same operations through
 * `runOp`, so a capability is written (and its input checked) once.
 */
import type { z } from "zod";
import { HearbackError } from "../core/errors.js";
import type { OpContext } from "./context.js";

export interface Op<I extends z.ZodType = z.ZodType, O = unknown> {
  /** One line saying what it does, for help texts and the API's index. */
  readonly summary: string;
  /** True when it writes to the store (the API offers it as POST, others as GET). */
  readonly writes: boolean;
  readonly input: I;
  run(ctx: OpContext, input: z.output<I>): Promise<O>;
}

/** Declares an operation, keeping its input and output types for callers. */
export function defineOp<I extends z.ZodType, O>(op: Op<I, O>): Op<I, O> {
  return Object.freeze(op);
}

/**
 * Checks `input` against the operation's schema, then runs it. A bad input throws one
 * HearbackError("bad-input") with one problem per field (`company: is required`).
 */
export async function runOpWith<I extends z.ZodType, O>(
  op: Op<I, O>,
  ctx: OpContext,
  input: unknown,
): Promise<O> {
  return op.run(ctx, parseInput(op.input, input ?? {}));
}

/** Parses with a zod schema, turning its issues into field-named problems. */
function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join(".") : "input";
    return `${where}: ${friendly(issue)}`;
  });
  throw new HearbackError("bad-input", problems.join("; "), problems);
}

function friendly(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type" && issue.message.endsWith("received undefined")) {
    return "is required";
  }
  if (issue.code === "invalid_value") {
    const given = (issue as { input?: unknown }).input;
    return `not one of ${issue.values.map(String).join(", ")}${given === undefined ? "" : `: ${JSON.stringify(given)}`}`;
  }
  if (issue.code === "unrecognized_keys") {
    return `unknown field${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.join(", ")}`;
  }
  return issue.message.replace(/^Invalid input: /, "");
}
