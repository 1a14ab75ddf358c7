import { describe, expect, it } from "vitest";
import { BAC_KAN } from "../../src/domain/directories/bac-kan.ts";
import { createResolver } from "../../src/domain/resolve-units.ts";

const bacKan = createResolver(BAC_KAN);
const names = (text: string) => bacKan.resolveList(text).map((u) => (u.resolved ? u.name : `${u.name} (unresolved)`));

describe("a units cell giving each lead its own part after a colon", () => {
  it("reads the leads and not their parts, one per line", () => {
    const cell = [
      "- Sở Y tế: tiêm chủng, phòng bệnh tại trường học;",
      "- Sở Giáo dục và Đào tạo: tổ chức cho học sinh tham gia;",
      "- Sở Tài chính: bảo đảm kinh phí thực hiện",
      "- Sở Nội vụ: hướng dẫn chung",
    ].join("\n");
    expect(names(cell)).toEqual(["Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Tài chính", "Sở Nội vụ"]);
  });

  it("still reads names or units listed after a colon", () => {
    expect(names("Các Sở: Y tế, Tài chính")).toEqual(["Sở Y tế", "Sở Tài chính"]);
    expect(names("Sở Nội vụ: Sở Tư pháp; Sở Y tế")).toEqual(["Sở Nội vụ", "Sở Tư pháp", "Sở Y tế"]);
  });

  it("stays linear on a long cell", () => {
    const cell = "- Sở Y tế: khám sức khỏe định kỳ cho người lao động;\n".repeat(2000);
    const started = performance.now();
    expect(names(cell)).toEqual(["Sở Y tế"]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
