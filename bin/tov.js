#!/usr/bin/env node
// Thin launcher: the compiled, bundled CLI does the work.
import "../dist/cli/main.js"
