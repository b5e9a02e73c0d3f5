/**
 * Draft templates: the built-in phrasings and the user's own, both logic-less Mustache.
 *
 * A template is plain text with `{{field}}` names (see ./fields.ts) and optional sections
 * (`{{#topic}}...{{/topic}}`, `{{^topic}}...{{/topic}}`). An email template starts with a
 * `Subject: ...` line, then a blank line, then the body. Nothing is HTML-escaped: drafts are
 * plain text.
 *
 * A user's template replaces every built-in phrasing of its name. It is checked when it is
 * loaded, so a mistake shows up as an error naming the file, the line and the field, and
 * never as a message with a hole in it.
 */
import Mustache from "mustache";
import { HearbackError } from "../core/errors.js";
import type { ActionKind } from "../core/types.js";
import { FIELD_NAMES, FIELDS, type FieldValues, isFieldName } from "./fields.js";
import { BUILT_IN_PHRASINGS } from "./phrasings.js";

export const TEMPLATE_NAMES = [
  "thank-you",
  "thank-you.card",
  "ask-timeline",
  "ask-timeline.note",
  "check-in",
  "check-in.phone",
  "check-in.application",
  "value-add.article",
  "value-add.achievement",
  "final-thanks",
  "keep-in-touch",
  "let-go",
  "reply",
] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

export interface TemplateSpec {
  readonly kind: ActionKind;
  /** True for emails: the template starts with a `Subject:` line. */
  readonly subject: boolean;
  readonly about: string;
}

export const TEMPLATE_SPECS: Readonly<Record<TemplateName, TemplateSpec>> = Object.freeze({
  "thank-you": { kind: "thank-you", subject: true, about: "thank-you email, one per interviewer" },
  "thank-you.card": {
    kind: "thank-you",
    subject: false,
    about: "short handwritten thank-you card",
  },
  "ask-timeline": {
    kind: "ask-timeline",
    subject: false,
    about: "the question to ask at the end of the next interview",
  },
  "ask-timeline.note": {
    kind: "ask-timeline",
    subject: false,
    about: "the reminder to record their answer",
  },
  "check-in": { kind: "check-in", subject: true, about: "check-in email" },
  "check-in.phone": { kind: "check-in", subject: false, about: "check-in phone script" },
  "check-in.application": {
    kind: "check-in",
    subject: true,
    about: "one polite note when an application has met silence (before any interview)",
  },
  "value-add.article": {
    kind: "value-add",
    subject: true,
    about: "casual email sharing a relevant article",
  },
  "value-add.achievement": {
    kind: "value-add",
    subject: true,
    about: "casual email mentioning one recent success",
  },
  "final-thanks": {
    kind: "final-thanks",
    subject: true,
    about: "last thank-you after a rejection, door left open",
  },
  "keep-in-touch": { kind: "keep-in-touch", subject: true, about: "light reconnect months later" },
  "let-go": {
    kind: "let-go",
    subject: false,
    about: "a note to you (not a message to send) when it is time to let go",
  },
  reply: {
    kind: "reply",
    subject: true,
    about: "your answer when their reply asked you something (availability, references)",
  },
});

export function isTemplateName(name: string): name is TemplateName {
  return (TEMPLATE_NAMES as readonly string[]).includes(name);
}

/** One checked phrasing of a template. */
export interface Phrasing {
  readonly name: TemplateName;
  /** "check-in#2" for a built-in, or the user's file path. */
  readonly id: string;
  /** The file it came from, or null for a built-in. */
  readonly file: string | null;
  readonly text: string;
  /** `[bracketed]` text written in the template itself: placeholders the user must fill. */
  readonly literalPlaceholders: readonly string[];
}

/** Every template name with its phrasings (built-in, or the user's one). */
export type TemplateSet = Readonly<Record<TemplateName, readonly Phrasing[]>>;

/** A user's template file: its path (for messages) and its text. */
export interface TemplateFile {
  readonly path: string;
  readonly text: string;
}

// Mustache token: [type, value, start, end, children?]. Only the shape we walk.
type Token = [string, string, number, number, Token[]?];

const BRACKETED = /\[[^[\]\n]{2,80}\]/g;
const TEMPLATE_FILE = /(?:^|[/\\])([a-z.-]+)\.mustache$/;
const NO_ESCAPE = { escape: (s: unknown) => String(s) };

function lastOpening(text: string, name: string): number {
  let found = -1;
  for (const m of text.matchAll(/\{\{\s*[#^]\s*([^}\s]+)\s*\}\}/g))
    if (m[1] === name) found = m.index;
  return found;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Checks one template and returns it ready to render.
 * Throws `HearbackError("bad-input")` naming the file, line and field for: a syntax error,
 * an unknown field, a partial, or an email template without its `Subject:` line.
 *
 * @example
 * compileTemplate({ name: "check-in", id: "mine", file: "t/check-in.mustache",
 *   text: "Subject: Hello\n\nHi {{first_name}}" }).id // "mine"
 */
export function compileTemplate(input: {
  readonly name: TemplateName;
  readonly text: string;
  readonly id: string;
  readonly file: string | null;
}): Phrasing {
  const { name, text, file } = input;
  const where = file ?? `built-in ${input.id}`;
  let tokens: Token[];
  try {
    tokens = Mustache.parse(text) as unknown as Token[];
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    // Mustache reports an unclosed section at the end of the text; the line that needs
    // fixing is the one that opened it.
    const unclosed = /^Unclosed section "(.+)"/.exec(message);
    const opened = unclosed ? lastOpening(text, unclosed[1]!) : -1;
    const at = /at (\d+)$/.exec(message);
    const index = opened >= 0 ? opened : at ? Number(at[1]) : -1;
    const line = index >= 0 ? `:${lineOf(text, index)}` : "";
    throw new HearbackError("bad-input", `${where}: ${message}`, [
      `${where}${line}: template syntax: ${message.replace(/ at \d+$/, "")}`,
    ]);
  }
  const problems: string[] = [];
  const literal = new Set<string>();
  const walk = (list: readonly Token[], depth: number): void => {
    for (const t of list) {
      const [type, value, start] = t;
      if (type === "text") {
        for (const m of value.matchAll(BRACKETED)) literal.add(m[0]);
      } else if (type === "name" || type === "&" || type === "#" || type === "^") {
        const ok = isFieldName(value) || (value === "." && depth > 0);
        if (!ok) {
          problems.push(
            `${where}:${lineOf(text, start)}: unknown field "${value}" (known fields: ${FIELD_NAMES.join(", ")})`,
          );
        }
        if (t[4]) walk(t[4], depth + 1);
      } else if (type === ">") {
        problems.push(
          `${where}:${lineOf(text, start)}: partials ({{> ${value}}}) are not supported`,
        );
      }
    }
  };
  walk(tokens, 0);
  if (problems.length === 0 && TEMPLATE_SPECS[name].subject) {
    const { subject } = splitSubject(renderRaw(text, sampleValues()));
    if (subject === null) {
      problems.push(
        `${where}:1: an email template starts with a "Subject: ..." line, then a blank line, then the body`,
      );
    }
  }
  if (problems.length > 0) {
    throw new HearbackError("bad-input", problems[0]!, problems);
  }
  return Object.freeze({
    name,
    id: input.id,
    file,
    text,
    literalPlaceholders: Object.freeze([...literal]),
  });
}

function sampleValues(): FieldValues {
  return Object.fromEntries(FIELD_NAMES.map((f) => [f, FIELDS[f].about])) as FieldValues;
}

function renderRaw(text: string, values: FieldValues): string {
  return Mustache.render(text, values, {}, NO_ESCAPE);
}

/** Splits a rendered email into its subject line and body; subject is null when absent. */
function splitSubject(rendered: string): { subject: string | null; body: string } {
  const m = /^\s*Subject:(.*)\r?\n/i.exec(rendered);
  if (!m) return { subject: null, body: rendered };
  return { subject: m[1]!.trim(), body: rendered.slice(m[0].length) };
}

/**
 * Tidies rendered text: optional fields left empty may leave doubled spaces, a space before
 * punctuation, trailing spaces or runs of blank lines behind them.
 */
function tidy(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) =>
      line
        .replace(/(\S) {2,}(?=\S)/g, "$1 ")
        .replace(/(\S) +([,.;:!?])(?=\s|$)/g, "$1$2")
        .trimEnd(),
    )
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export interface Rendered {
  readonly subject: string | null;
  readonly text: string;
}

/** Renders a phrasing with a draft's field values. */
export function renderPhrasing(phrasing: Phrasing, values: FieldValues): Rendered {
  const raw = renderRaw(phrasing.text, values);
  if (TEMPLATE_SPECS[phrasing.name].subject) {
    const { subject, body } = splitSubject(raw);
    return { subject: subject === null ? null : tidy(subject), text: tidy(body) };
  }
  return { subject: null, text: tidy(raw) };
}

let builtIns: TemplateSet | undefined;

/** The built-in phrasings, checked once. */
export function builtInTemplates(): TemplateSet {
  builtIns ??= Object.freeze(
    Object.fromEntries(
      TEMPLATE_NAMES.map((name) => [
        name,
        Object.freeze(
          BUILT_IN_PHRASINGS[name].map((text, i) =>
            compileTemplate({ name, text, id: `${name}#${i + 1}`, file: null }),
          ),
        ),
      ]),
    ) as Record<TemplateName, readonly Phrasing[]>,
  );
  return builtIns;
}

/** The template name a file stands for (`.../check-in.phone.mustache` -> "check-in.phone"). */
export function templateNameOfFile(path: string): TemplateName | null {
  const m = TEMPLATE_FILE.exec(path);
  return m && isTemplateName(m[1]!) ? (m[1]! as TemplateName) : null;
}

/**
 * The built-in templates with the user's files laid over them. Every file is checked, and
 * all problems of all files are reported together. Files whose name is not a template's
 * are returned in `ignored` so that a caller can warn about a likely typo.
 */
export function templateSet(files: readonly TemplateFile[]): {
  readonly templates: TemplateSet;
  readonly ignored: readonly string[];
} {
  const base = builtInTemplates();
  const overrides: Partial<Record<TemplateName, readonly Phrasing[]>> = {};
  const ignored: string[] = [];
  const problems: string[] = [];
  for (const f of files) {
    const name = templateNameOfFile(f.path);
    if (!name) {
      ignored.push(f.path);
      continue;
    }
    try {
      overrides[name] = Object.freeze([
        compileTemplate({ name, text: f.text, id: f.path, file: f.path }),
      ]);
    } catch (err) {
      if (err instanceof HearbackError) problems.push(...err.problems);
      else throw err;
    }
  }
  if (problems.length > 0) {
    throw new HearbackError(
      "bad-input",
      `${problems.length} problem(s) in your templates: ${problems[0]}`,
      problems,
    );
  }
  return {
    templates: Object.freeze({ ...base, ...overrides }) as TemplateSet,
    ignored: Object.freeze(ignored),
  };
}

/**
 * The text `hearback templates edit` writes out: a comment listing the fields, then the
 * first built-in phrasing. Mustache drops `{{! ... }}` comments when rendering.
 */
export function editableTemplate(name: TemplateName): string {
  const spec = TEMPLATE_SPECS[name];
  const fields = FIELD_NAMES.map((f) => {
    const p = FIELDS[f].placeholder;
    return `  ${f}: ${FIELDS[f].about}${p ? ` (shown as ${p} when unknown)` : ""}`;
  });
  const header = [
    `{{! hearback template "${name}": ${spec.about}.`,
    spec.subject
      ? "  The first line is the subject (Subject: ...), then a blank line, then the body."
      : "  Plain text.",
    "  This file replaces every built-in phrasing of it; delete the file to go back to those.",
    "  Write a field between double braces. Optional fields are empty when unknown: put a",
    "  sentence between the #field and /field tags (each in double braces) to leave it out",
    "  then, or between ^field and /field to write something else instead. Fields:",
    ...fields,
    "}}",
  ].join("\n");
  return `${header}\n${BUILT_IN_PHRASINGS[name][0]}\n`;
}
