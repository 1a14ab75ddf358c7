// Words a sentence, heading or office's name cannot end with.
import { describe, expect, it } from "vitest";
import { endsOpen } from "../../src/domain/open-end.ts";

describe("endsOpen", () => {
  it("holds for a conjunction, a preposition, a determiner and an office's head its next words finish", () => {
    for (const text of ["báo cáo Sở Y tế và", "phối hợp với", "tổng hợp gửi các", "trình HĐND"])
      expect(endsOpen(text), text).toBe(true);
    expect(endsOpen("gửi Ủy ban", "Mặt trận Tổ quốc tỉnh trước ngày 10/3/2025.")).toBe(true);
    expect(endsOpen("báo cáo UBND", "huyện trước ngày 10/3/2025.")).toBe(true);
    expect(endsOpen("xin ý kiến các Sở", "Tư pháp, Tài chính")).toBe(true);
  });
  it("fails for an office's own head ('của Sở', 'Văn phòng Sở') or one before a label or lower-case words", () => {
    expect(endsOpen("rà soát hồ sơ của Sở", "Kế hoạch năm 2025")).toBe(false);
    expect(endsOpen("Chủ trì: Văn phòng Sở", "Hạn: 20/5/2025")).toBe(false);
    expect(endsOpen("trình Sở", "Chủ trì: Phòng Pháp chế")).toBe(false);
    expect(endsOpen("trình Sở", "xem xét")).toBe(false);
  });
  it("fails for a word that may end a phrase, a title of a person, punctuation and a full name", () => {
    for (const text of [
      "như sau",
      "nêu trên",
      "kèm theo",
      "ý kiến Giám đốc Sở",
      "Chủ tịch UBND",
      "với:",
      "Sở Y tế",
      "",
    ])
      expect(endsOpen(text, "Tài chính thẩm định."), text).toBe(false);
  });
});
