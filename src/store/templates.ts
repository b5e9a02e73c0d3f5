/**
 * The user's own draft templates, files in `<data folder>/templates/NAME.mustache`. Reading
 * them is I/O, so it lives here beside the data folder's other files rather than in the
 * pure src/drafts; the CLI and the server both call it.
 */
import type { TemplateSet } from "../drafts/index.js";

/**
 * The templates drafts use: the built-ins with the user's files from
 * `<dataDir>/templates` laid over them, every file checked (see `templateSet`).
 */
export async function loadTemplates(
  dataDir: string,
): Promise<{ readonly templates: TemplateSet; readonly ignored: readonly string[] }> {
  const [{ readdir, readFile }, { join }, { templateSet }] = await Promise.all([
    import("node:fs/promises"),
    import("node:path"),
    import("../drafts/index.js"),
  ]);
  const dir = join(dataDir, "templates");
  const names = await readdir(dir).catch((err: NodeJS.ErrnoException) => {
    if (err.code === "ENOENT" || err.code === "ENOTDIR") return [] as string[];
    throw err;
  });
  const files = await Promise.all(
    names
      .filter((n) => n.endsWith(".mustache"))
      .sort()
      .map(async (n) => ({ path: join(dir, n), text: await readFile(join(dir, n), "utf8") })),
  );
  return templateSet(files);
}
