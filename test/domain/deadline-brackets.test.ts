// A deadline written in brackets after what it dates: a group's heading, a figure, a title.
import { describe, expect, it } from "vitest";
import { findDeadlineWording } from "../../src/domain/deadline-wording.ts";

describe("a deadline in brackets", () => {
  it("ends at the bracket that closes it", () => {
    expect(findDeadlineWording("NHÓM CÔNG VIỆC VỀ CÔNG VỤ (xong trước ngày 15/9/2027)")).toBe("trước ngày 15/9/2027");
    expect(findDeadlineWording("≥ 95 (chậm nhất ngày 31/5/2027) theo hướng dẫn")).toBe("chậm nhất ngày 31/5/2027");
  });

  it("keeps a bracket opened within the wording", () => {
    expect(findDeadlineWording("Báo cáo trước ngày 20/10/2027 (thứ Tư).")).toBe("trước ngày 20/10/2027 (thứ Tư)");
  });

  it("reads 'trong năm' when the bracket says nothing else, never inside other words", () => {
    expect(findDeadlineWording("NHÓM CÔNG VIỆC VỀ TỔ CHỨC (trong năm 2027)")).toBe("trong năm 2027");
    expect(findDeadlineWording("Mở lớp (các lớp trong năm 2027) cho công chức")).toBeNull();
  });
});
