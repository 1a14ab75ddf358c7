// A dash opening with the lead's role word ("Chủ trì, phối hợp với X …") leaves its subject unsaid: the unit of the
// heading above, which chairs the work. Those it then asks, tells or gives a share to ("…; đề nghị các cơ quan, đơn vị
// bổ sung …") are what the lead does, not a later doer taking the lead from it, nor its partners; a later clause with
// a subject and verb of its own ("…; Sở Tài chính thẩm định kinh phí") names a body doing its share beside the chair:
// a partner. A partner's name the directory lacks ends before the verb after it ("… - Thống kê thu nhận …").
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { createResolver } from "../../src/domain/resolve-units.ts";
import { readClause } from "../../src/plan/clause.ts";
import { parse, tasks } from "../support/text-plans.ts";

describe("a dash whose unsaid subject chairs the work", () => {
  const plan = parse(
    [
      "V. TỔ CHỨC THỰC HIỆN",
      "1. Phòng Quản lý ngân sách",
      "- Chủ trì, phối hợp với Phòng Tin học - Thống kê thu nhận báo cáo quyết toán; đề nghị các sở, ban, ngành hoàn thiện số liệu còn thiếu, xong trước ngày 15/3/2024.",
      "- Chủ trì tổng hợp dự toán năm sau; yêu cầu UBND các huyện, thành phố gửi số liệu đúng hạn, trước ngày 20/7/2024.",
      "2. Phòng Tin học - Thống kê",
      "- Cập nhật phần mềm quản lý ngân sách; giao Trung tâm Dữ liệu tỉnh triển khai tại các phòng, trước ngày 30/4/2024.",
      "3. Sở Nội vụ",
      "- Chủ trì thẩm định đề án vị trí việc làm; Sở Tài chính thẩm định kinh phí, trước ngày 30/5/2024.",
      "- Chủ trì xây dựng quy chế; Sở Tư pháp, Sở Tài chính góp ý dự thảo; giao Trung tâm Phục vụ hành chính công niêm yết, trước ngày 28/6/2024.",
    ].join("\n"),
  );
  const lead = (due: string) => tasks(plan).find((t) => t[1] === due)?.[2];
  const partners = (due: string) => tasks(plan).find((t) => t[1] === due)?.[3];

  it("keeps the heading's unit as the lead of a dash opening with 'Chủ trì'", () => {
    expect(lead("2024-03-14")).toEqual(["?Phòng Quản lý ngân sách"]);
    expect(lead("2024-07-19")).toEqual(["?Phòng Quản lý ngân sách"]);
  });

  it("reads the partners it names, never those it asks, and a partner's name ending before its verb", () => {
    expect(partners("2024-03-14")).toEqual(["?Phòng Tin học - Thống kê"]);
    expect(partners("2024-07-19")).toEqual([]);
  });

  it("reads a later clause's own subject as a partner of the chair, not its lead", () => {
    expect(lead("2024-05-29")).toEqual(["Sở Nội vụ"]);
    expect(partners("2024-05-29")).toEqual(["Sở Tài chính"]);
    expect(lead("2024-06-27")).toEqual(["Sở Nội vụ"]);
    expect(partners("2024-06-27")).toEqual(["Sở Tư pháp", "Sở Tài chính"]);
  });

  it("still reads a later doer after a dash opening with other work", () => {
    expect(lead("2024-04-29")).toEqual(["?Trung tâm Dữ liệu tỉnh"]);
  });

  it("reads ten thousand asks after the chair's words as no lead of their own", () => {
    const asks = "; đề nghị các sở, ban, ngành bổ sung số liệu".repeat(10_000);
    const clause = readClause(createResolver(THAI_NGUYEN), `Chủ trì tổng hợp báo cáo${asks}.`);
    expect(clause.lead).toEqual([]);
  });
});
