#!/usr/bin/env node
// Thin launcher: the compiled CLI does the work.
import '../dist/src/cli/main.js'
