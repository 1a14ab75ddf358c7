// A table with no unit column whose rows a sentence over it hands out by their roles: "UBND các huyện chủ trì thực
// hiện các nội dung tại Biểu 3, phối hợp với Sở A và Sở B:". Its lead leads every row and its partners work on every
// row; a row's note labelled "Phối hợp: Sở C" adds Sở C to that row alone. A row's partners are its own: a blank
// place in a table with no unit column is no cell merged down from the row above.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { createResolver } from "../../src/domain/resolve-units.ts";
import type { Block } from "../../src/plan/document.ts";
import { tableOwner } from "../../src/plan/table-owner.ts";
import { parse, tasks, THAI_NGUYEN_DISTRICTS } from "../support/text-plans.ts";

const table = (intro: string) =>
  [
    "II. NỘI DUNG",
    "1. Việc của các sở",
    ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn"].join("\t"),
    ["1", "Ban hành danh mục dữ liệu dùng chung", "Sở Tư pháp", "Sở Y tế", "Tháng 4/2024"].join("\t"),
    "2. Nhiệm vụ của UBND các huyện, thành phố",
    intro,
    "Biểu 3. Việc của các huyện, thành phố",
    ["STT", "Nội dung", "Thời hạn", "Ghi chú"].join("\t"),
    ["2", "Lập danh mục thủ tục tiếp nhận qua bưu chính", "Tháng 5/2024", ""].join("\t"),
    ["3", "Mở điểm hỗ trợ dịch vụ công tại xã", "Tháng 6/2024", "Phối hợp: Sở Giáo dục và Đào tạo"].join("\t"),
    ["4", "Tổng kết mô hình", "Tháng 9/2024", "Đạt 80% xã"].join("\t"),
  ].join("\n");

describe("a table whose sentence above names its lead and partners", () => {
  const plan = parse(
    table(
      "UBND các huyện, thành phố chủ trì thực hiện các nội dung tại Biểu 3, phối hợp với Sở Nội vụ và Sở Tài chính trong quá trình thực hiện:",
    ),
  );

  it("gives every row the sentence's lead and partners", () => {
    expect(tasks(plan).find((t) => t[0] === "2")).toEqual([
      "2",
      "2024-05-31",
      THAI_NGUYEN_DISTRICTS,
      ["Sở Nội vụ", "Sở Tài chính"],
    ]);
    expect(tasks(plan).find((t) => t[0] === "4")?.[3]).toEqual(["Sở Nội vụ", "Sở Tài chính"]);
  });

  it("adds the partner a row's note labels to that row alone", () => {
    expect(tasks(plan).find((t) => t[0] === "3")?.[3]).toEqual(["Sở Nội vụ", "Sở Tài chính", "Sở Giáo dục và Đào tạo"]);
    expect(tasks(plan).find((t) => t[0] === "4")?.[3]).not.toContain("Sở Giáo dục và Đào tạo");
  });

  it("leaves the table with a unit column to its own cells", () => {
    expect(tasks(plan).find((t) => t[0] === "1")).toEqual(["1", "2024-04-30", ["Sở Tư pháp"], ["Sở Y tế"]]);
  });

  it("lets a sentence naming another lead than the heading's lead the rows", () => {
    const led = parse(
      table("Sở Nội vụ chủ trì, phối hợp với UBND các huyện, thành phố thực hiện các nội dung dưới đây:"),
    );
    expect(
      tasks(led)
        .find((t) => t[0] === "2")
        ?.slice(2),
    ).toEqual([["Sở Nội vụ"], THAI_NGUYEN_DISTRICTS]);
  });

  it("reads a sentence leading into the table by its colon alone", () => {
    const colon = parse(table("Sở Tư pháp chủ trì, phối hợp với Sở Y tế thực hiện các nội dung cụ thể:"));
    expect(
      tasks(colon)
        .find((t) => t[0] === "2")
        ?.slice(2),
    ).toEqual([["Sở Tư pháp"], ["Sở Y tế"]]);
  });

  it("takes no roles from a sentence that does not point at the table", () => {
    const plain = parse(table("Sở Nội vụ chủ trì hướng dẫn chung."));
    expect(
      tasks(plain)
        .find((t) => t[0] === "2")
        ?.slice(2),
    ).toEqual([THAI_NGUYEN_DISTRICTS, []]);
  });

  it("reads 100 KB of tables so introduced quickly, and a long sentence whole", () => {
    const partners = "Sở Nội vụ, ".repeat(100);
    const part = (n: number) =>
      [
        `${n}. Nhiệm vụ của UBND các huyện, thành phố`,
        `UBND các huyện, thành phố chủ trì các nội dung tại Biểu ${n}, phối hợp với ${partners}Sở Tài chính:`,
        ["STT", "Nội dung", "Thời hạn"].join("\t"),
        [`${n}.1`, "Rà soát hồ sơ", "Tháng 5/2024"].join("\t"),
      ].join("\n");
    const body = Array.from({ length: 80 }, (_, k) => part(k + 1)).join("\n");
    expect(body.length).toBeGreaterThan(100_000);
    const started = Date.now();
    const read = tasks(parse(`II. NỘI DUNG\n${body}`));
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(read).toHaveLength(80);
    expect(read.at(-1)?.slice(2)).toEqual([THAI_NGUYEN_DISTRICTS, ["Sở Nội vụ", "Sở Tài chính"]]);
    const resolver = createResolver(THAI_NGUYEN);
    const long = `UBND các huyện, thành phố chủ trì các nội dung tại Biểu 3, phối hợp với ${"Sở Y tế, ".repeat(1_000)}Sở Tài chính:`;
    const blocks: Block[] = [
      { type: "text", text: long },
      { type: "row", cells: ["STT", "Nội dung", "Thời hạn"] },
    ];
    const owner = tableOwner(resolver, blocks, 1, [["STT", "Nội dung", "Thời hạn"]]);
    expect(owner.partners.map((u) => u.name)).toEqual(["Sở Y tế", "Sở Tài chính"]);
  });
});
