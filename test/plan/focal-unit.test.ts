// A plan by area names each area's lead once, in a bracket after its heading ("(cơ quan đầu mối: Sở X)"): the items
// under it that name no subject take it; one naming its own lead keeps it; a later clause whose units only help
// ("…; UBND các huyện phối hợp; …") names partners, not the lead.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

describe("an area heading's focal body", () => {
  const plan = parse(
    [
      "III. NHIỆM VỤ THEO TỪNG LĨNH VỰC",
      "1. Cải cách thể chế (cơ quan đầu mối: Sở Tư pháp)",
      "a) Rà soát văn bản quy phạm pháp luật của tỉnh; xong trước ngày 15/3/2024.",
      "b) Kiểm tra công tác văn bản tại 5 huyện; UBND các huyện phối hợp; hoàn thành trong quý III/2024.",
      "c) Sở Nội vụ tổng hợp kết quả, hoàn thành trong tháng 10/2024.",
    ].join("\n"),
    { issued: "2024-01-10" },
  );
  const task = (ref: string) => tasks(plan).find((t) => t[0] === ref);

  it("leads the items that name no subject", () => {
    expect(task("III.1.a")?.[2]).toEqual(["Sở Tư pháp"]);
    expect(task("III.1.b")?.[2]).toEqual(["Sở Tư pháp"]);
  });

  it("leaves partners named in a later clause as partners", () => {
    expect(task("III.1.b")?.[3]).not.toContain("Sở Tư pháp");
    expect(task("III.1.b")?.[3]?.length).toBeGreaterThan(0);
  });

  it("gives way to an item's own subject", () => {
    expect(task("III.1.c")?.[2]).toEqual(["Sở Nội vụ"]);
  });
});
