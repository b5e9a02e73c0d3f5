// Lists the functions longer than a limit (default 80 lines) in src/ and web/src/, longest
// first: `node scripts/long-functions.mjs [LIMIT]`. Tests are left out. A long function is
// not wrong in itself; this finds the ones to read again when changing a module.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

const root = join(import.meta.dirname, "..");
const limit = Number(process.argv[2] ?? 80);

function* files(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const name = e.name;
    if (!e.isFile() || !/\.tsx?$/.test(name) || /\.test\.tsx?$/.test(name)) continue;
    yield join(e.parentPath, name);
  }
}

function nameOf(node) {
  if (node.name) return node.name.getText();
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent))
    return parent.name.getText();
  if (ts.isCallExpression(parent)) return `${parent.expression.getText().slice(0, 30)}(…)`;
  return "(anonymous)";
}

const found = [];
for (const dir of ["src", "web/src"]) {
  for (const file of files(join(root, dir))) {
    const source = ts.createSourceFile(
      file,
      readFileSync(file, "utf8"),
      ts.ScriptTarget.Latest,
      true,
    );
    const visit = (node) => {
      if (ts.isFunctionLike(node) && "body" in node && node.body) {
        const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
        const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
        const lines = end - start + 1;
        if (lines > limit)
          found.push({ where: `${relative(root, file)}:${start + 1}`, name: nameOf(node), lines });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
}
found.sort((a, b) => b.lines - a.lines);
for (const f of found) console.log(`${String(f.lines).padStart(4)}  ${f.where}  ${f.name}`);
console.log(`${found.length} functions over ${limit} lines`);
