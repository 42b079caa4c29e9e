import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // Every test's temporary files in one folder of the run, removed at its end (test/helpers/private-tmp.ts).
    globalSetup: ['test/helpers/private-tmp.ts'],
  },
})
