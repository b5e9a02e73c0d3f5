/**
 * Mail built by Python's standard `email` package (./python-mail.py), in the MIME shapes
 * that Outlook, Gmail and applicant-tracking systems send: the mail tests then read
 * messages hearback did not write. Needs /usr/bin/python3 (PROGRAMS.python).
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { PROGRAMS } from "../system-programs.js";

export interface PythonMail {
  readonly shape: "html" | "alternative" | "related" | "mixed";
  readonly from: string;
  readonly to?: string;
  readonly subject: string;
  /** RFC 5322 date, e.g. "Wed, 18 Nov 2026 11:02:00 -0700". */
  readonly date: string;
  readonly message_id: string;
  readonly in_reply_to?: string;
  readonly references?: string;
  readonly html: string;
  /** The text/plain part of "alternative". */
  readonly text?: string;
  readonly charset?: string;
  readonly encoding?: "quoted-printable" | "base64" | "8bit";
}

/** The messages, each as the bytes Python wrote. */
export function pythonMail(specs: readonly PythonMail[]): Buffer[] {
  const out = execFileSync(PROGRAMS.python.path, [join(import.meta.dirname, "python-mail.py")], {
    input: JSON.stringify(specs),
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  return (JSON.parse(out) as string[]).map((b) => Buffer.from(b, "base64"));
}
