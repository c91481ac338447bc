import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Native addons (hnswlib-node) and PGlite's WASM are safest in forked workers.
    pool: "forks",
  },
});
