import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
    environment: 'node',
    // `astro sync` on a copy of the project takes a few seconds per case.
    testTimeout: 60_000,
  },
});
