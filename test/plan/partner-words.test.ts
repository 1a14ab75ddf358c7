// One cell naming who leads and who works with them: "X cùng: Y, Z", "X cùng với Y", "X cùng Y" set the partners
// after "cùng", as "X (chủ trì), Y", "X chủ trì, Y phối hợp" and "X; phối hợp: Y" do in their words.
import { describe, expect, it } from "vitest";
import { withPartnerWords } from "../../src/plan/partner-words.ts";
import { parse, tasks } from "../support/text-plans.ts";

const plan = (units: string[]) =>
  [
    "STT\tNội dung\tĐơn vị thực hiện\tThời hạn",
    ...units.map((cell, i) => `${i + 1}\tRà soát thủ tục hành chính nội bộ số ${i + 1}\t${cell}\tTháng 9/2024`),
  ].join("\n");

describe("who leads and who works with them, in one cell", () => {
  it("reads every wording alike: the first named leads, the others coordinate", () => {
    const cells = [
      "Sở Nội vụ cùng: Sở Tư pháp, Sở Tài chính",
      "Sở Nội vụ cùng với Sở Tư pháp, Sở Tài chính",
      "Sở Nội vụ cùng Sở Tư pháp, Sở Tài chính",
      "Sở Nội vụ (chủ trì), Sở Tư pháp, Sở Tài chính",
      "Sở Nội vụ chủ trì, Sở Tư pháp, Sở Tài chính phối hợp",
      "Sở Nội vụ; phối hợp: Sở Tư pháp, Sở Tài chính",
    ];
    for (const [, , lead, coordinators] of tasks(parse(plan(cells)))) {
      expect(lead).toEqual(["Sở Nội vụ"]);
      expect(coordinators).toEqual(["Sở Tư pháp", "Sở Tài chính"]);
    }
  });

  it("names groups after 'cùng' in lower case too", () => {
    const [row] = tasks(parse(plan(["Sở Thông tin và Truyền thông cùng: các sở, ban, ngành"])));
    expect(row?.[2]).toEqual(["Sở Thông tin và Truyền thông"]);
    expect(row?.[3]).toContain("Sở Tư pháp");
  });

  it("leaves 'cùng' alone where it names no partner: a qualifier, 'phối hợp cùng', a sentence's verb after it", () => {
    expect(withPartnerWords("Phòng Nội vụ, các phòng cùng cấp")).toBe("Phòng Nội vụ, các phòng cùng cấp");
    expect(withPartnerWords("Sở Nội vụ chủ trì, phối hợp cùng Sở Tư pháp")).toBe(
      "Sở Nội vụ chủ trì, phối hợp cùng Sở Tư pháp",
    );
    expect(withPartnerWords("Sở Nội vụ tổng hợp cùng Sở Tư pháp")).toBe("Sở Nội vụ tổng hợp cùng Sở Tư pháp");
    expect(withPartnerWords("Sở Nội vụ cùng: Sở Tư pháp")).toBe("Sở Nội vụ; phối hợp với Sở Tư pháp");
  });
});
