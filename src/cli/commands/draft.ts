/**
 * `hearback draft APP [--kind K] [--to NAME] [--format text|eml|json]`: the message for a
 * planned action, ready to send. With no `--kind`, the next planned action's.
 *
 * Reads the application from the store, or with `--timeline FILE --now DATETIME` from a
 * timeline file alone (no stored data is read or written). Text goes to the terminal with a
 * `mailto:` link, and to the clipboard when the output is a terminal and a clipboard tool
 * exists; `--format eml` writes an RFC 5322 message any mail program opens as a draft.
 */
import type { Command } from "commander";
import { HearbackError } from "../../core/errors.js";
import { ACTION_KINDS, type ActionKind, VARIANTS, type Variant } from "../../core/types.js";
import type { Draft } from "../../drafts/index.js";
import type { DraftsResult, DraftWant } from "../../ops/draft.js";
import { paint } from "../io.js";
import { APP_ARGUMENT, type CommonOptions, withDataDir } from "../options.js";

interface DraftOptions extends CommonOptions {
  readonly kind?: string;
  readonly to?: string;
  readonly variant?: string;
  readonly format?: string;
  readonly all?: boolean;
  readonly out?: string;
  readonly name?: string;
  readonly copy?: boolean;
  readonly timeline?: string;
  readonly now?: string;
  readonly tz?: string;
}

const FORMATS = ["text", "eml", "json"] as const;
type Format = (typeof FORMATS)[number];

/** The kinds of message a draft can be asked for: every action but reading a reply. */
const KINDS: readonly ActionKind[] = ACTION_KINDS.filter((k) => k !== "read-reply");

export function registerDraft(program: Command): void {
  const cmd = program
    .command("draft")
    .description("the message for a planned follow-up, ready to send (text, .eml or JSON)")
    .argument("<app>", APP_ARGUMENT)
    .option("--kind <kind>", `which message: ${KINDS.join(", ")} (default: the next planned one)`)
    .option("--to <name>", "the person it is for (default: the one the plan names)")
    .option("--variant <variant>", "for a value-add: article or achievement")
    .option("--format <format>", "text, eml or json", "text")
    .option("--all", "every planned action's draft, not only the next one")
    .option("--out <path>", "write to this file (a folder with --all) instead of stdout")
    .option("--name <name>", "sign as this name (default: your name from the settings)")
    .option("--no-copy", "do not copy the text to the clipboard")
    .option(
      "--timeline <file>",
      "draft from this timeline file ('-' reads stdin), without stored data",
    )
    .option("--now <datetime>", "draft as of this moment, ISO 8601 (default: now)")
    .option("--tz <zone>", "with --timeline: IANA zone of times without offset");
  withDataDir(cmd)
    .addHelpText(
      "after",
      `
Examples:
  hearback draft acme                       the next planned message for acme-pm
  hearback draft acme --kind thank-you --to "Sam Ortiz"
  hearback draft acme --kind check-in --format eml --out check-in.eml
  hearback draft acme --timeline t.jsonl --now 2026-11-18T12:00 --tz America/Denver --format json

Missing facts are left as [placeholders] and listed under the draft. Your own wording:
hearback templates --help.`,
    )
    .action(async (app: string, opts: DraftOptions) => {
      await runDraft(app, opts);
    });
}

async function runDraft(given: string, opts: DraftOptions): Promise<void> {
  const format = checkOptions(opts);
  const want: DraftWant = {
    kind: opts.kind as ActionKind | undefined,
    to: opts.to,
    variant: opts.variant as Variant | undefined,
    all: opts.all,
    onRequest: true,
    name: opts.name,
  };
  const result = opts.timeline
    ? await fromTimeline(given, opts, want)
    : await fromStore(given, opts, want);
  for (const f of result.ignoredTemplates) {
    process.stderr.write(
      `hearback: ${f}: not a template name, ignored (see: hearback templates list)\n`,
    );
  }
  const { drafts } = result;

  if (format === "json") {
    const json = drafts.map(({ draft, mailto, onRequest }) => ({
      ...draft,
      mailto,
      planned: !onRequest,
    }));
    await emit(`${JSON.stringify(opts.all ? json : json[0], null, 2)}\n`, opts.out);
    return;
  }
  if (format === "eml") {
    await writeEml({ result, out: opts.out, all: Boolean(opts.all) });
    return;
  }
  const { showTimeBeside } = await import("../../time/index.js");
  const reader = { zone: result.zone, now: result.now };
  const due = (iso: string) => showTimeBeside(Date.parse(iso), reader, result.appZone);
  const text = drafts
    .map(({ draft, mailto, onRequest }) => renderDraftText({ draft, mailto, onRequest, due }))
    .join("\n\n");
  await emit(`${text}\n`, opts.out);
  const first = drafts[0]?.draft;
  if (!opts.out && opts.copy !== false && first?.sendable && process.stdout.isTTY) {
    if (await copyToClipboard(first.body)) {
      process.stderr.write("(the message is on the clipboard)\n");
    }
  }
}

function checkOptions(opts: DraftOptions): Format {
  const problems: string[] = [];
  const format = (opts.format ?? "text") as Format;
  if (!FORMATS.includes(format)) {
    problems.push(`--format: "${opts.format}" is not one of ${FORMATS.join(", ")}`);
  }
  if (opts.kind !== undefined && !KINDS.includes(opts.kind as ActionKind)) {
    problems.push(`--kind: "${opts.kind}" is not one of ${KINDS.join(", ")}`);
  }
  if (opts.variant !== undefined && !(VARIANTS as readonly string[]).includes(opts.variant)) {
    problems.push(`--variant: "${opts.variant}" is not one of ${VARIANTS.join(", ")}`);
  }
  if (opts.timeline === undefined && opts.tz !== undefined) {
    problems.push("--tz: only with --timeline (stored applications have their own zone)");
  }
  if (format === "eml" && opts.all && !opts.out) {
    problems.push("--all with --format eml: give --out FOLDER to write one .eml file per draft");
  }
  if (problems.length > 0) throw new HearbackError("bad-input", problems[0]!, problems);
  return format;
}

type Drafts = DraftsResult & { readonly now: number };

/** The application from the store, with the user's settings; `--now` read in their zone. */
async function fromStore(given: string, opts: DraftOptions, want: DraftWant): Promise<Drafts> {
  const [{ withSession }, { draftStored }] = await Promise.all([
    import("../tracker.js"),
    import("../../ops/draft.js"),
  ]);
  return withSession(opts, async (s) => ({
    ...(await draftStored(s.ctx, { ...want, app: given })),
    now: s.ctx.now,
  }));
}

/** The application from a timeline file; nothing stored is read or written. */
async function fromTimeline(given: string, opts: DraftOptions, want: DraftWant): Promise<Drafts> {
  const [{ zoneAndNow, readText, whyUnreadable }, { draftFromTimeline }, { dataFolder }] =
    await Promise.all([
      import("../input.js"),
      import("../../ops/draft.js"),
      import("../tracker.js"),
    ]);
  const problems: string[] = [];
  const { zone, now } = zoneAndNow(opts, problems);
  const file = opts.timeline === "-" ? "stdin" : opts.timeline!;
  let text: string | undefined;
  try {
    text = await readText(opts.timeline!);
  } catch (err) {
    problems.push(`--timeline: cannot read "${file}": ${whyUnreadable(err)}`);
  }
  if (problems.length > 0 || text === undefined) {
    throw new HearbackError("bad-input", problems[0] ?? "bad input", problems);
  }
  const drafted = await draftFromTimeline({
    text,
    file,
    app: given,
    zone,
    now,
    dataDir: dataFolder(opts),
    source: "cli",
    want,
  });
  return { ...drafted, now };
}

async function emit(text: string, out: string | undefined): Promise<void> {
  if (!out) {
    process.stdout.write(text);
    return;
  }
  const { writeOut } = await import("../input.js");
  await writeOut(out, text);
  process.stderr.write(`wrote ${out}\n`);
}

async function writeEml(input: {
  readonly result: Drafts;
  readonly out: string | undefined;
  readonly all: boolean;
}): Promise<void> {
  const { draftEml } = await import("../../ops/draft.js");
  const { settings, now } = input.result;
  const drafts = input.result.drafts.map((d) => d.draft);
  const sendable = drafts.filter((d) => d.sendable);
  if (sendable.length === 0) {
    const d = drafts[0]!;
    throw new HearbackError(
      "bad-input",
      `--format eml: the ${d.kind} draft is not a message to send (it has no .eml); use --format text`,
    );
  }
  const noAddress = sendable.filter((d) => !d.to?.email);
  for (const d of noAddress) {
    process.stderr.write(
      `hearback: no email address known for ${d.to?.name ?? "the recipient"}: the .eml has no To; add it in your mail program\n`,
    );
  }
  if (!input.all) {
    const { eml } = await draftEml({ draft: sendable[0]!, settings, now });
    if (input.out) {
      const { writeOut } = await import("../input.js");
      await writeOut(input.out, eml);
      process.stderr.write(`wrote ${input.out}\n`);
    } else process.stdout.write(eml);
    return;
  }
  const [{ makeOutFolder, writeOut }, { join }] = await Promise.all([
    import("../input.js"),
    import("node:path"),
  ]);
  await makeOutFolder(input.out!);
  for (const d of sendable) {
    const { filename, eml } = await draftEml({ draft: d, settings, now });
    const path = join(input.out!, filename);
    await writeOut(path, eml);
    process.stdout.write(`${path}\n`);
  }
}

const CLIPBOARD_TIMEOUT_MS = 2000;

/**
 * Copies text with the platform's clipboard tool: pbcopy (macOS), clip (Windows), clip.exe
 * (WSL), wl-copy (Wayland), xclip or xsel (X11). Returns false, silently, when none works:
 * the text is on the screen anyway.
 */
async function copyToClipboard(text: string): Promise<boolean> {
  const { spawn } = await import("node:child_process");
  const env = process.env;
  const candidates: [string, string[]][] =
    process.platform === "darwin"
      ? [["pbcopy", []]]
      : process.platform === "win32"
        ? [["clip", []]]
        : [
            ...(env.WSL_DISTRO_NAME ? [["clip.exe", []] as [string, string[]]] : []),
            ...(env.WAYLAND_DISPLAY ? [["wl-copy", []] as [string, string[]]] : []),
            ...(env.DISPLAY
              ? [
                  ["xclip", ["-selection", "clipboard"]] as [string, string[]],
                  ["xsel", ["--clipboard", "--input"]] as [string, string[]],
                ]
              : []),
          ];
  for (const [cmd, args] of candidates) {
    const ok = await new Promise<boolean>((resolve) => {
      const child = spawn(cmd, args, { stdio: ["pipe", "ignore", "ignore"] });
      // xclip and wl-copy stay behind to serve the selection; never wait on them for long.
      const timer = setTimeout(() => {
        child.unref();
        resolve(false);
      }, CLIPBOARD_TIMEOUT_MS);
      child.on("error", () => resolve(false));
      child.on("exit", () => clearTimeout(timer));
      child.on("close", (code) => resolve(code === 0));
      child.stdin.on("error", () => resolve(false));
      child.stdin.end(text);
    });
    if (ok) return true;
  }
  return false;
}

/**
 * A draft as the terminal shows it: what and for whom, why, then the message (and its card
 * or phone script), the facts to fill in, and the mailto: link.
 */
function renderDraftText(input: {
  readonly draft: Draft;
  readonly mailto: string;
  readonly onRequest: boolean;
  /** Formats an ISO date-time in the user's zone ("Tue 3 Nov, 11:00"). */
  readonly due: (iso: string) => string;
}): string {
  const { draft: d, mailto, onRequest, due } = input;
  const lines: string[] = [];
  const who = d.to ? ` to ${d.to.name}${d.to.email ? ` <${d.to.email}>` : ""}` : "";
  const what = d.variant ? `${d.kind} (${d.variant})` : d.kind;
  const how =
    d.channel === "in-person"
      ? "to ask in person"
      : d.channel === "none"
        ? "nothing to send"
        : `by ${d.channel}`;
  const when = onRequest
    ? " · drafted on request, not planned now"
    : d.kind === "let-go"
      ? ""
      : ` · due by ${due(d.dueBy)}`;
  lines.push(paint.bold(`${what}${who}`) + paint.dim(` · ${how}${when}`));
  // The let-go note says why itself.
  if (!onRequest && d.kind !== "let-go") lines.push(paint.dim(d.reason));
  lines.push("");
  if (d.subject !== null) lines.push(`Subject: ${d.subject}`, "");
  lines.push(d.body);
  const part = (title: string, text: string | undefined) => {
    if (text) lines.push("", paint.dim(`-- ${title} --`), text);
  };
  part("handwritten card", d.card);
  part("phone script", d.phoneScript);
  part("afterwards", d.note);
  if (d.placeholders.length > 0) {
    lines.push("", paint.yellow(`Fill in before sending: ${d.placeholders.join(", ")}`));
  }
  if (mailto) lines.push("", mailto);
  return lines.join("\n");
}
