#!/usr/bin/env node
// Thin launcher (CommonJS: bin/package.json): the user's daemon when one runs (tov daemon start), else the
// bundled CLI through the code cache. See src/cli/launch.ts.
require('../dist/cli/launch.cjs')
