import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Loading the WASM schema engine and migrating a database takes a few seconds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
