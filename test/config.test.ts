import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../src/config.ts";

describe("configuration", () => {
  it("defaults to the embedded SQLite database and Vietnamese", () => {
    expect(parseConfig({})).toMatchObject({ DATABASE_URL: "file:./data/dondoc.db", DEFAULT_LANG: "vi" });
  });

  it("accepts PostgreSQL URLs", () => {
    expect(parseConfig({ DATABASE_URL: "postgresql://u@h:5432/db" }).DATABASE_URL).toBe("postgresql://u@h:5432/db");
  });

  it("names every bad variable", () => {
    try {
      parseConfig({ DATABASE_URL: "mysql://x", DEFAULT_LANG: "fr" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).issues.map((i) => i.variable)).toEqual(["DATABASE_URL", "DEFAULT_LANG"]);
    }
  });
});
