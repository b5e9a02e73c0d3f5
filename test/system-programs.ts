/**
 * The system programs some tests drive for real (a browser, a mail server, a terminal).
 * `npm test` must pass on a fresh machine, so a test whose program is missing is skipped,
 * loudly, naming the program and how to install it; on CI (CI=true), where .ci/run installs
 * them, a missing program is a failure instead, so that no test silently stops running.
 */
import { existsSync, readdirSync } from "node:fs";
import { describe, it } from "vitest";

export interface SystemProgram {
  readonly name: string;
  readonly path: string;
  /** The Debian package that installs it. */
  readonly aptPackage: string;
}

/** Debian keeps PostgreSQL's programs under its major version: the newest installed one. */
function postgresInitdb(): string {
  const base = "/usr/lib/postgresql";
  const versions = existsSync(base)
    ? readdirSync(base)
        .filter((v) => existsSync(`${base}/${v}/bin/initdb`))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  return `${base}/${versions[0] ?? "15"}/bin/initdb`;
}

export const PROGRAMS = Object.freeze({
  chromium: { name: "Chromium", path: "/usr/bin/chromium", aptPackage: "chromium" },
  dovecot: { name: "Dovecot", path: "/usr/sbin/dovecot", aptPackage: "dovecot-imapd" },
  script: { name: "script (util-linux)", path: "/usr/bin/script", aptPackage: "bsdutils" },
  vobject: {
    name: "python's vobject",
    path: "/usr/lib/python3/dist-packages/vobject",
    aptPackage: "python3-vobject",
  },
  icalendar: {
    name: "python's icalendar",
    path: "/usr/lib/python3/dist-packages/icalendar",
    aptPackage: "python3-icalendar",
  },
  poppler: { name: "poppler's pdftotext", path: "/usr/bin/pdftotext", aptPackage: "poppler-utils" },
  radicale: { name: "Radicale (CalDAV server)", path: "/usr/bin/radicale", aptPackage: "radicale" },
  python: { name: "Python 3", path: "/usr/bin/python3", aptPackage: "python3" },
  postgresql: { name: "PostgreSQL", path: postgresInitdb(), aptPackage: "postgresql" },
} satisfies Record<string, SystemProgram>);

export type ProgramCheck =
  | { readonly kind: "run" }
  | { readonly kind: "skip"; readonly line: string }
  | { readonly kind: "fail"; readonly message: string };

/** What to do with tests that need `program`, given whether it is installed and the environment. */
export function checkProgram(
  program: SystemProgram,
  installed: boolean,
  env: { readonly CI?: string },
): ProgramCheck {
  if (installed) return { kind: "run" };
  const missing = `${program.name} is not installed (${program.path}); install it with: apt-get install ${program.aptPackage}`;
  if (env.CI === "true") return { kind: "fail", message: `${missing}. On CI it is required.` };
  return { kind: "skip", line: `SKIPPED: ${missing}` };
}

/** The programs of `PROGRAMS` that are not installed here. */
export function missingPrograms(): SystemProgram[] {
  return Object.values(PROGRAMS).filter((p) => !existsSync(p.path));
}

/**
 * `describe(name, fn)` when `program` is installed; otherwise skipped with a loud line naming
 * it (or, under CI=true, one failing test that says it is missing).
 */
export function describeWith(
  program: SystemProgram,
  name: string,
  options: { readonly timeout?: number },
  fn: () => void,
): void {
  const check = checkProgram(program, existsSync(program.path), process.env);
  if (check.kind === "run") {
    describe(name, options, fn);
  } else if (check.kind === "fail") {
    describe(name, () => {
      it(`needs ${program.name}`, () => {
        throw new Error(check.message);
      });
    });
  } else {
    process.stderr.write(`\n*** ${check.line} (tests "${name}") ***\n`);
    describe.skip(`${name} [${check.line}]`, options, fn);
  }
}
