// A browser that breaks a line at a soft hyphen prints a hyphen (U+2010) there; the text layer gives it, with or
// without the soft hyphen, at the line's end. The hyphen is no character of the text.
import { describe, expect, it } from "vitest";
import { endsAtSoftHyphen, joinAtSoftHyphens, oneWordAcross } from "../../src/plan/pdf/soft-hyphen.ts";
import { softHyphenLines } from "../support/large-inputs.ts";

describe("lines broken at a soft hyphen", () => {
  it("joins a date broken at its soft hyphen whole", () => {
    expect(joinAtSoftHyphens(["Hoàn thành trước ngày 20/\u2010", "11/2027"])).toBe("Hoàn thành trước ngày 20/11/2027");
    expect(joinAtSoftHyphens(["chậm nhất 05/\u00ad\u2010", "4/2028"])).toBe("chậm nhất 05/4/2028");
  });

  it("keeps the space between two syllables, where the copy had a soft hyphen before a space", () => {
    expect(joinAtSoftHyphens(["Sở Giáo dục và Đào\u2010", "tạo"])).toBe("Sở Giáo dục và Đào tạo");
  });

  it("joins a syllable broken inside", () => {
    expect(oneWordAcross("Công ngh", "ệ thông tin")).toBe(true);
  });

  it("leaves typed hyphens and dashes alone", () => {
    expect(endsAtSoftHyphen("Từ 01/3 -")).toBe(false);
    expect(endsAtSoftHyphen("Phát thanh \u2013")).toBe(false);
    expect(endsAtSoftHyphen("Từ 01/3 \u2010")).toBe(false);
    expect(joinAtSoftHyphens(["Kinh tế -", "xã hội"])).toBe("Kinh tế - xã hội");
  });

  it("joins thousands of lines", () => {
    const joined = joinAtSoftHyphens(softHyphenLines(20_000));
    expect(joined).not.toContain("\u2010");
    expect(joined.startsWith("1/2027 và 1/3/2027 và 3/5/2027 và")).toBe(true);
  });
});
