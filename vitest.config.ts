import { defineConfig } from 'vitest/config';
import handlebarsPrecompile from './plugins/handlebarsPrecompile.mjs';

// Dates on screen follow the runtime's locale (the student's browser). Unit
// tests pin British English for the test processes, which read it at start;
// tests of other locales pass one explicitly.
process.env['LC_ALL'] = 'en_GB.UTF-8';

export default defineConfig({
  plugins: [handlebarsPrecompile()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Property tests run thousands of cases: a busy machine must not turn a slow pass into a failure.
    testTimeout: 30_000,
    // Handlebars' runtime is imported from its ES module sources (extensionless
    // imports), which Vite must transform rather than hand to Node.
    server: { deps: { inline: [/handlebars\/lib/] } },
  },
});
