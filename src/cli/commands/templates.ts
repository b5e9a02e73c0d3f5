/**
 * `hearback templates list|show NAME|edit NAME`: the drafts' wording. A file
 * `<data folder>/templates/NAME.mustache` replaces the built-in phrasings of NAME; `edit`
 * writes the built-in one there first, with the fields listed at its top.
 */
import type { Command } from "commander";
import { HearbackError } from "../../core/errors.js";
import type { TemplateName } from "../../drafts/index.js";
import { type CommonOptions, withDataDir, withJson } from "../options.js";

interface ShowOptions extends CommonOptions {
  readonly all?: boolean;
}

export function registerTemplates(program: Command): void {
  const templates = program
    .command("templates")
    .description("the wording of drafts: list, show or edit a template (Mustache)")
    .addHelpText(
      "after",
      `
A template is plain text with fields in double braces ({{first_name}}, {{company}},
{{topic}}, ...); an email's first line is "Subject: ...". Your file in
<data folder>/templates/NAME.mustache replaces the built-in phrasings of NAME;
delete it to go back to them. A field hearback does not know is an error naming it.

Examples:
  hearback templates list
  hearback templates show check-in --all
  hearback templates edit thank-you`,
    );

  withJson(
    withDataDir(
      templates.command("list", { isDefault: true }).description("every template, and whose it is"),
    ),
  ).action(listTemplates);

  withDataDir(
    templates
      .command("show")
      .description("print a template: yours when you have one, else the built-in one")
      .argument("<name>", "a template name (see: hearback templates list)")
      .option("--all", "every built-in phrasing, not only the first"),
  ).action(showTemplate);

  withDataDir(
    templates
      .command("edit")
      .description("write the built-in template to your data folder and open it in $EDITOR")
      .argument("<name>", "a template name (see: hearback templates list)"),
  ).action(editTemplate);
}

/** `templates list`: every template, and whose it is. */
async function listTemplates(opts: CommonOptions): Promise<void> {
  const { TEMPLATE_NAMES, TEMPLATE_SPECS, builtInTemplates } = await import(
    "../../drafts/index.js"
  );
  const { printJson, paint } = await import("../io.js");
  const dir = await templatesDir(opts);
  const files = await userFiles(dir);
  const rows = TEMPLATE_NAMES.map((name) => ({
    name,
    kind: TEMPLATE_SPECS[name].kind,
    about: TEMPLATE_SPECS[name].about,
    builtInPhrasings: builtInTemplates()[name].length,
    file: files.get(name) ?? null,
  }));
  if (opts.json) return printJson({ dir, templates: rows });
  const width = Math.max(...rows.map((r) => r.name.length)) + 2;
  const lines = rows.map((r) => {
    const whose = r.file
      ? paint.cyan(`yours: ${r.file}`)
      : paint.dim(`built-in, ${r.builtInPhrasings} phrasing${r.builtInPhrasings === 1 ? "" : "s"}`);
    return `${r.name.padEnd(width)}${r.about}  ${whose}`;
  });
  lines.push("", paint.dim(`Your templates go in ${dir} (hearback templates edit NAME).`));
  process.stdout.write(`${lines.join("\n")}\n`);
}

/** `templates show NAME`: the user's template when they have one, else the built-in one. */
async function showTemplate(given: string, opts: ShowOptions): Promise<void> {
  const name = await templateName(given);
  const { readFile } = await import("node:fs/promises");
  const { join } = await import("node:path");
  const { builtInTemplates, compileTemplate } = await import("../../drafts/index.js");
  const path = join(await templatesDir(opts), `${name}.mustache`);
  const mine = await readFile(path, "utf8").catch(() => null);
  if (mine !== null && !opts.all) {
    // Checked, so that `show` tells about a mistake before a draft does.
    compileTemplate({ name, text: mine, id: path, file: path });
    process.stdout.write(mine.endsWith("\n") ? mine : `${mine}\n`);
    process.stderr.write(`(yours: ${path})\n`);
    return;
  }
  const phrasings = builtInTemplates()[name];
  const shown = opts.all ? phrasings : phrasings.slice(0, 1);
  const text = shown.map((p) => (opts.all ? `{{! ${p.id} }}\n${p.text}` : p.text)).join("\n\n");
  process.stdout.write(`${text}\n`);
}

/** `templates edit NAME`: the built-in template written to the data folder, opened in $EDITOR. */
async function editTemplate(given: string, opts: CommonOptions): Promise<void> {
  const name = await templateName(given);
  const { mkdir, readFile, writeFile } = await import("node:fs/promises");
  const { join } = await import("node:path");
  const { editableTemplate, compileTemplate } = await import("../../drafts/index.js");
  const dir = await templatesDir(opts);
  const path = join(dir, `${name}.mustache`);
  await mkdir(dir, { recursive: true });
  // "wx": never overwrite the user's own template.
  const created = await writeFile(path, editableTemplate(name), {
    encoding: "utf8",
    flag: "wx",
  }).then(
    () => true,
    (err: NodeJS.ErrnoException) => {
      if (err.code === "EEXIST") return false;
      throw err;
    },
  );
  const editor = process.env.VISUAL || process.env.EDITOR;
  if (!(process.stdin.isTTY && process.stdout.isTTY && editor)) {
    // Not a terminal (a script, a pipe) or no editor: say where the file is.
    if (created) process.stderr.write(`wrote the built-in "${name}" template to:\n`);
    process.stdout.write(`${path}\n`);
    return;
  }
  const { spawnSync } = await import("node:child_process");
  const [cmd, ...args] = editor.split(/\s+/).filter(Boolean);
  const r = spawnSync(cmd!, [...args, path], { stdio: "inherit" });
  if (r.error) {
    throw new HearbackError(
      "failed",
      `$EDITOR: could not start "${editor}": ${r.error.message}; the template is at ${path}`,
    );
  }
  compileTemplate({ name, text: await readFile(path, "utf8"), id: path, file: path });
  process.stderr.write(`saved ${path}; drafts use it from now on\n`);
}

async function templatesDir(opts: CommonOptions): Promise<string> {
  const [{ homedir }, { join }, { resolveDataDir }] = await Promise.all([
    import("node:os"),
    import("node:path"),
    import("../../ops/data-folder.js"),
  ]);
  return join(
    resolveDataDir({ flag: opts.dataDir, env: process.env, home: homedir() }),
    "templates",
  );
}

async function templateName(given: string): Promise<TemplateName> {
  const { TEMPLATE_NAMES, isTemplateName } = await import("../../drafts/index.js");
  const name = given.trim().replace(/\.mustache$/, "");
  if (isTemplateName(name)) return name;
  const close = TEMPLATE_NAMES.filter((n) => n.startsWith(name));
  const hint =
    close.length > 0
      ? `: did you mean ${close.join(" or ")}?`
      : ` (the names are ${TEMPLATE_NAMES.join(", ")})`;
  throw new HearbackError("bad-input", `no template "${given}"${hint}`);
}

/** The user's template files by name, from `<dir>`. */
async function userFiles(dir: string): Promise<Map<TemplateName, string>> {
  const [{ readdir }, { join }, { templateNameOfFile }] = await Promise.all([
    import("node:fs/promises"),
    import("node:path"),
    import("../../drafts/index.js"),
  ]);
  const names = await readdir(dir).catch(() => [] as string[]);
  const found = new Map<TemplateName, string>();
  for (const n of names.sort()) {
    const name = templateNameOfFile(n);
    if (name) found.set(name, join(dir, n));
  }
  return found;
}
