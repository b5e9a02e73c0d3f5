#!/usr/bin/env node
// The installed command. The CLI is bundled by `npm run build` (run by `prepare` on
// `npm install`) into one file so that it starts fast; see scripts/build.mjs.
import "../dist/cli.js";
