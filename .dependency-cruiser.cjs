// The layering of docs/architecture.md, checked by `npm run lint` (depcruise src web):
// each layer imports only from the ones below it, so a change to the store or a front end
// cannot reach into the rules, and the rules can be read (and tested) on their own.
//
//   front ends (src/cli, src/server, web)
//     -> src/ops
//       -> src/integrations, src/store
//         -> src/gauge, src/drafts
//           -> src/core, src/time
//
// Tests are left out: a test may reach any layer it checks.

/** Node's modules that touch the world (files, network, processes, the machine, threads). */
const NODE_IO = [
  "fs",
  "fs/promises",
  "net",
  "http",
  "https",
  "http2",
  "tls",
  "dgram",
  "dns",
  "child_process",
  "cluster",
  "os",
  "worker_threads",
  "readline",
  "process",
  "inspector",
  "v8",
  "vm",
]
  .map((m) => `(node:)?${m.replace("/", "\\/")}`)
  .join("|");
const nodeIo = `^(${NODE_IO})$`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "pure-core",
      comment:
        "src/core and src/time are pure: they import only each other and libraries, never a layer above or Node's I/O.",
      severity: "error",
      from: { path: "^src/(core|time)/" },
      to: {
        path: ["^src/(gauge|drafts|store|ops|integrations|server|cli)/", "^web/", nodeIo],
      },
    },
    {
      name: "pure-readers",
      comment:
        "src/gauge and src/drafts are pure functions over core and time: no store, operations, integrations, front ends or Node I/O.",
      severity: "error",
      from: { path: "^src/(gauge|drafts)/" },
      to: { path: ["^src/(store|ops|integrations|server|cli)/", "^web/", nodeIo] },
    },
    {
      name: "store-below-ops",
      comment: "The store knows nothing of the operations, integrations or front ends that use it.",
      severity: "error",
      from: { path: "^src/store/" },
      to: { path: "^src/(ops|integrations|server|cli)/|^web/" },
    },
    {
      name: "integrations-below-ops",
      comment:
        "Integrations (calendar, mail, spreadsheets, the report) are called by ops; they never call ops or a front end.",
      severity: "error",
      from: { path: "^src/integrations/" },
      to: { path: "^src/(ops|server|cli)/|^web/" },
    },
    {
      name: "ops-below-front-ends",
      comment: "Operations are called by the front ends, never the other way round.",
      severity: "error",
      from: { path: "^src/ops/" },
      to: { path: "^src/(server|cli)/|^web/" },
    },
    {
      name: "front-ends-through-ops",
      comment:
        "The CLI, the server and the web app reach stored data, mail, calendars and files only through src/ops.",
      severity: "error",
      from: { path: "^(src/cli|src/server|web)/" },
      to: { path: "^src/(store|integrations)/" },
    },
    {
      name: "no-cycles",
      comment: "A cycle makes two modules one: neither can be read or changed without the other.",
      severity: "error",
      from: {},
      // An import of types only is erased when compiled: it ties no modules together at run time.
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
  ],
  options: {
    exclude: { path: ["\\.test\\.tsx?$", "(^|/)node_modules/", "^dist/", "test-timelines\\.ts$"] },
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
