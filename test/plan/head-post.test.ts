// A letter addresses bodies through their heads' posts; the tasks are the bodies'.
import { describe, expect, it } from "vitest";
import { withoutHeadPosts } from "../../src/plan/head-post.ts";
import { parse } from "../support/text-plans.ts";

describe("the post of a body's head", () => {
  it("is left out before the body's name", () => {
    expect(withoutHeadPosts("Giám đốc Sở Y tế; Chánh Văn phòng UBND tỉnh")).toBe("Sở Y tế; Văn phòng UBND tỉnh");
    expect(withoutHeadPosts("Thủ trưởng các cơ quan, đơn vị")).toBe("các cơ quan, đơn vị");
    expect(withoutHeadPosts("Trưởng thành từ cơ sở")).toBe("Trưởng thành từ cơ sở");
  });

  it("makes the body the lead of a heading's points and of a sentence's subject", () => {
    const plan = parse(
      [
        "1. Giám đốc Sở Y tế; Chủ tịch UBND các huyện, thành phố:",
        "a) Rà soát trạm y tế xã, báo cáo trong tháng 5/2024.",
        "2. Giám đốc Sở Tư pháp chỉ đạo rà soát văn bản, hoàn thành trong tháng 6/2024.",
      ].join("\n"),
    );
    const lead = (ref: string) => plan.tasks.find((t) => t.ref === ref)?.lead.map((u) => u.name) ?? [];
    expect(lead("1.a")).toContain("Sở Y tế");
    expect(lead("1.a").filter((n) => n.startsWith("UBND")).length).toBeGreaterThan(3);
    expect(lead("2")).toEqual(["Sở Tư pháp"]);
  });
});

describe("a steering committee's member named by post, rank and name", () => {
  it("is the body they head, for the member's items and as a partner", () => {
    expect(withoutHeadPosts("Đồng chí Nguyễn Văn An, Giám đốc Sở Y tế, Ủy viên")).toBe("Sở Y tế, Ủy viên");
    expect(withoutHeadPosts("Đồng chí Thượng tá Lò Văn Bình, Phó Giám đốc Công an tỉnh")).toBe("Công an tỉnh");
    expect(withoutHeadPosts("các đồng chí Chủ tịch UBND các huyện")).toBe("UBND các huyện");
    const plan = parse(
      [
        "III. PHÂN CÔNG THÀNH VIÊN",
        "1. Đồng chí Nguyễn Văn An, Giám đốc Sở Y tế, Phó Trưởng ban:",
        "a) Rà soát trạm y tế xã, phối hợp với đồng chí Chánh Văn phòng UBND tỉnh; Quý II/2024.",
        "2. Đồng chí Thượng tá Lò Văn Bình, Phó Giám đốc Công an tỉnh, Ủy viên:",
        "a) Cấp tài khoản định danh, phối hợp với các đồng chí Chủ tịch UBND các huyện, thành phố; trước ngày 15/7/2024.",
      ].join("\n"),
    );
    const units = (ref: string) => {
      const task = plan.tasks.find((t) => t.ref === ref);
      return [task?.lead.map((u) => u.name), task?.coordinators.map((u) => (u.resolved ? u.name : `?${u.name}`))];
    };
    expect(units("III.1.a")).toEqual([["Sở Y tế"], ["Văn phòng UBND tỉnh"]]);
    const [lead, partners] = units("III.2.a");
    expect(lead).toEqual(["Công an tỉnh"]);
    expect(partners?.length).toBeGreaterThan(3);
    expect(partners?.every((n) => n.startsWith("UBND"))).toBe(true);
  });
});

describe("a village's head named by post", () => {
  it("keeps the post: a village is no body of a directory, its head is who the task is given to", () => {
    expect(withoutHeadPosts("Trưởng các thôn, tổ dân phố; Trưởng Xóm Đồng Tâm")).toBe(
      "Trưởng các thôn, tổ dân phố; Trưởng Xóm Đồng Tâm",
    );
    expect(withoutHeadPosts("Trưởng các phòng, ban; Trưởng Ban Dân vận")).toBe("các phòng, ban; Ban Dân vận");
  });
});

describe("a newspaper named by its editor-in-chief", () => {
  it("is the newspaper", () => {
    expect(withoutHeadPosts("Tổng Biên tập Báo Thái Nguyên; Giám đốc Sở Y tế")).toBe("Báo Thái Nguyên; Sở Y tế");
  });
});
