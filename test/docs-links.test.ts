/**
 * The documentation stands on its own: every relative link in README.md and docs/ leads to
 * a file of the repository (and, with a #fragment, to a heading of that page), and no
 * tracked file points outside the repository.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = new URL("..", import.meta.url).pathname;

const PAGES = [
  "README.md",
  ...readdirSync(join(ROOT, "docs"), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".md"))
    .map((f) => join("docs", f)),
];

/** The text outside fenced code blocks. */
function withoutFences(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "");
}

/** The text outside code, fenced or inline, where links are links. */
function prose(markdown: string): string {
  return withoutFences(markdown).replace(/`[^`\n]*`/g, "");
}

/** The targets of `[text](target)` and `![alt](target)`, titles left out. */
function linkTargets(markdown: string): string[] {
  return [
    ...prose(markdown).matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g),
  ].map((m) => m[1]!);
}

/** The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces as hyphens. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const m of withoutFences(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const heading = m[1]!.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1");
    const base = heading
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, "")
      .replace(/\s/g, "-");
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

/** Every relative link of `page` that leads nowhere, as "page: target (why)". */
function brokenLinks(page: string): string[] {
  const text = readFileSync(join(ROOT, page), "utf8");
  const broken: string[] = [];
  for (const target of linkTargets(text)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:...
    const [path = "", fragment] = target.split("#");
    const file = path === "" ? join(ROOT, page) : join(ROOT, dirname(page), decodeURI(path));
    if (relative(ROOT, file).startsWith("..")) {
      broken.push(`${page}: ${target} (outside the repository)`);
    } else if (!existsSync(file)) {
      broken.push(`${page}: ${target} (no such file)`);
    } else if (fragment && file.endsWith(".md")) {
      if (!anchors(readFileSync(file, "utf8")).has(fragment)) {
        broken.push(`${page}: ${target} (no heading with that anchor)`);
      }
    }
  }
  return broken;
}

describe("the documentation", () => {
  it("has a README and a page in docs/ for each topic", () => {
    expect(PAGES).toEqual(
      expect.arrayContaining([
        "README.md",
        "docs/cli.md",
        "docs/policy.md",
        "docs/timeline.md",
        "docs/configuration.md",
      ]),
    );
  });

  it("links only to files and headings that exist", () => {
    expect(PAGES.flatMap(brokenLinks)).toEqual([]);
  });

  it("keeps the README short", () => {
    expect(readFileSync(join(ROOT, "README.md")).length).toBeLessThanOrEqual(15 * 1024);
  });

  it("has no tracked file that points outside the repository", () => {
    const files = execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" })
      .split("\0")
      .filter((f) => f !== "" && existsSync(join(ROOT, f)));
    // A relative path up out of the repository into the "shared" folder of design notes
    // that lives beside it: the repository must not need it to be understood.
    const outside = /(?:\.\.\/)+shared\//;
    const offenders = files.filter((f) => outside.test(readFileSync(join(ROOT, f), "latin1")));
    expect(offenders).toEqual([]);
  });
});

describe("the link checker", () => {
  it("finds links, leaves code alone, and reads anchors as GitHub makes them", () => {
    const md = [
      "# The `hearback plan`: a page",
      "See [a](cli.md#every-command) and ![b](screenshots/today.png 'x').",
      "```sh",
      "[not a link](nowhere.md)",
      "```",
      "And `[not either](nowhere.md)`.",
      "## Every command",
      "## Every command",
    ].join("\n");
    expect(linkTargets(md)).toEqual(["cli.md#every-command", "screenshots/today.png"]);
    expect([...anchors(md)]).toEqual([
      "the-hearback-plan-a-page",
      "every-command",
      "every-command-1",
    ]);
  });
});
