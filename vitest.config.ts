import { defineConfig } from 'vitest/config';
import handlebarsPrecompile from './plugins/handlebarsPrecompile.mjs';

export default defineConfig({
  plugins: [handlebarsPrecompile()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Handlebars' runtime is imported from its ES module sources (extensionless
    // imports), which Vite must transform rather than hand to Node.
    server: { deps: { inline: [/handlebars\/lib/] } },
  },
});
