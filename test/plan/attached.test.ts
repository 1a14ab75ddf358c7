// What after a signature is still read for tasks.
import { describe, expect, it } from "vitest";
import { opensAttached } from "../../src/plan/attached.ts";

describe("a part after the signature", () => {
  it("is read when it is a plan the document issues or an appendix assigning tasks", () => {
    expect(opensAttached("KẾ HOẠCH", "Thực hiện …")).toBe(true);
    expect(opensAttached("PHỤ LỤC II", "PHÂN CÔNG THỰC HIỆN")).toBe(true);
    expect(opensAttached("Phụ lục: Lịch kiểm tra", undefined)).toBe(true);
  });

  it("is not when the appendix is a form: an outline, a list to fill in", () => {
    expect(opensAttached("PHỤ LỤC", "ĐỀ CƯƠNG BÁO CÁO")).toBe(false);
    expect(opensAttached("PHỤ LỤC I", "MẪU DANH SÁCH CÔNG CHỨC")).toBe(false);
  });
});
