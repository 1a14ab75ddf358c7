import { describe, expect, it } from "vitest";
import { matchRef } from "../../src/domain/refs.ts";

const REFS = ["II", "II.1", "II.2", "II.2.1", "II.2.2", "1.1", "11"];

describe("matchRef", () => {
  it.each(["II.2.2", "ii.2.2", "II 2 2", "II.2.2.", " ii-2-2 ", "II..2.2", "II,2,2"])("reads %j as II.2.2", (input) =>
    expect(matchRef(REFS, input)).toBe("II.2.2"),
  );

  it("answers the plan's own spelling", () => {
    expect(matchRef(["III.1.a"], "iii 1 A")).toBe("III.1.a");
  });

  it("never takes a ref for a longer or shorter one", () => {
    expect(matchRef(REFS, "II.2.3")).toBeNull();
    expect(matchRef(REFS, "II.22")).toBeNull();
    expect(matchRef(REFS, "1 1")).toBe("1.1");
    expect(matchRef(REFS, "11")).toBe("11");
  });

  it("finds nothing in an empty or blank input", () => {
    expect(matchRef(REFS, "")).toBeNull();
    expect(matchRef(REFS, " . ")).toBeNull();
  });
});
