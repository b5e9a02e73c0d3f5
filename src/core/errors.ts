/**
 * The one error class for expected failures: bad input, a missing application, a
 * conflict. The CLI maps `code` to an exit status and the server to an HTTP status, in one
 * place each. Programmer mistakes throw plain `Error`s.
 */
export type ErrorCode =
  | "bad-input" // exit 2, HTTP 400
  | "not-found" // exit 1, HTTP 404
  | "conflict" // exit 1, HTTP 409
  | "failed"; // exit 1, HTTP 500 (an expected failure of something outside: mail server, disk)

export class HearbackError extends Error {
  readonly code: ErrorCode;
  /** One line per problem, each naming what and where (`timeline.jsonl:3: interview.at: ...`). */
  readonly problems: readonly string[];

  constructor(code: ErrorCode, message: string, problems: readonly string[] = []) {
    super(message);
    this.name = "HearbackError";
    this.code = code;
    this.problems = problems;
  }
}

export const EXIT_STATUS: Readonly<Record<ErrorCode, number>> = Object.freeze({
  "bad-input": 2,
  "not-found": 1,
  conflict: 1,
  failed: 1,
});

export const HTTP_STATUS: Readonly<Record<ErrorCode, 400 | 404 | 409 | 500>> = Object.freeze({
  "bad-input": 400,
  "not-found": 404,
  conflict: 409,
  failed: 500,
});
