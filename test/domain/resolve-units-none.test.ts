// A units cell or label that says there are none names no unit, and leaves nothing unresolved.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { createResolver } from "../../src/domain/resolve-units.ts";

const thaiNguyen = createResolver(THAI_NGUYEN);

describe("resolveList, a list of no units", () => {
  it.each(["Không", "không có", "Không."])("%j names no unit", (text) => {
    expect(thaiNguyen.resolveList(text)).toEqual([]);
  });

  it("still reads a name that opens with the word", () => {
    expect(thaiNguyen.resolveList("Không quân; Sở Y tế").map((u) => u.name)).toContain("Sở Y tế");
  });
});
