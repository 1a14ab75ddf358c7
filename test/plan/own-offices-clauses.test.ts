// Sentences of an office writing to its own units: an office named for whom it serves ("… người nộp thuế"), a
// partner the lead invites to do the work with it, and a request to project owners after an adverbial.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { createResolver } from "../../src/domain/resolve-units.ts";
import { readClause } from "../../src/plan/clause.ts";

const names = (list: { name: string }[]) => list.map((u) => u.name);
const resolver = createResolver(THAI_NGUYEN);

describe("an office's own units in a sentence", () => {
  it("keeps 'người nộp …' (those who pay) in an office's name, and ends it at 'biên soạn'", () => {
    const read = readClause(
      resolver,
      "Phòng Hỗ trợ người nộp thuế biên soạn sổ tay hướng dẫn, đăng trên cổng thông tin",
    );
    expect(names(read.lead)).toEqual(["Phòng Hỗ trợ người nộp thuế"]);
  });

  it("takes those the lead invites to do the work with it as partners, not those invited to attend", () => {
    const together = readClause(
      resolver,
      "Tổ chức tọa đàm với doanh nghiệp; Sở Công Thương chủ trì, mời Hội Doanh nhân trẻ tỉnh cùng tổ chức",
    );
    expect(names(together.lead)).toEqual(["Sở Công Thương"]);
    expect(names(together.coordinators)).toEqual(["Hội Doanh nhân trẻ tỉnh"]);
    const guests = readClause(resolver, "Sở Công Thương tổ chức tọa đàm, mời Hội Doanh nhân trẻ tỉnh cùng dự");
    expect(names(guests.coordinators)).toEqual([]);
  });

  it("reads the project owners a request addresses after an adverbial as the lead", () => {
    const read = readClause(
      resolver,
      "Đối với các công trình chuyển tiếp, yêu cầu các chủ đầu tư hoàn thiện hồ sơ quyết toán",
    );
    expect(names(read.lead)).toEqual(["Các chủ đầu tư"]);
  });
});
