import { defineConfig } from 'vitest/config';
import handlebarsPrecompile from './plugins/handlebarsPrecompile.mjs';

export default defineConfig({
  plugins: [handlebarsPrecompile()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
