// A doer named after the work it does: the passive's agent ("do X thực hiện"), the work as a later sentence's subject
// given to X ("Nhiệm vụ này giao X chủ trì"), or X named by its role ("đơn vị tham mưu là X"). A body that only made
// what the work is about ("văn bản do HĐND xã ban hành") does none of it.
import { describe, expect, it } from "vitest";
import { readClause } from "../../src/plan/clause.ts";
import { doerClauses } from "../../src/plan/doer-after-work.ts";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { createResolver } from "../../src/domain/resolve-units.ts";
import { parse, tasks } from "../support/text-plans.ts";

const resolver = createResolver(THAI_NGUYEN);
const units = (sentence: string) => {
  const read = readClause(resolver, sentence);
  return [read.lead.map((u) => u.name), read.coordinators.map((u) => u.name)];
};

describe("a doer named after the work", () => {
  it("reads the passive's agent whatever its verb of doing", () => {
    expect(units("Lập danh mục thủ tục hành chính, do Sở Tư pháp thực hiện, xong trong tháng 5/2024.")).toEqual([
      ["Sở Tư pháp"],
      [],
    ]);
    expect(
      units("Tổng hợp báo cáo năm, gửi Bộ Nội vụ trước ngày 10/12/2024, do Sở Nội vụ tham mưu, tổng hợp."),
    ).toEqual([["Sở Nội vụ"], []]);
    expect(units("Tập huấn kỹ năng số trong quý II/2024, do Sở Y tế phối hợp với Sở Tư pháp tổ chức.")).toEqual([
      ["Sở Y tế"],
      ["Sở Tư pháp"],
    ]);
  });

  it("passes over a body that only made what the work is about", () => {
    expect(
      units(
        "Rà soát các văn bản do HĐND, UBND tỉnh ban hành còn hiệu lực. Việc rà soát do Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ thực hiện.",
      ),
    ).toEqual([["Sở Tư pháp"], ["Sở Nội vụ"]]);
    expect(units("Rà soát các văn bản do UBND tỉnh ban hành trước ngày 30/6/2024.")).toEqual([[], []]);
  });

  it("reads the work given in a later sentence and a doer named by its role", () => {
    expect(
      units("Đề xuất phương án đơn giản hóa thủ tục. Nhiệm vụ này giao Sở Y tế chủ trì, Sở Tài chính phối hợp."),
    ).toEqual([["Sở Y tế"], ["Sở Tài chính"]]);
    expect(units("Xây dựng đề án vị trí việc làm, trình trong quý II/2024; đơn vị tham mưu là Sở Nội vụ.")).toEqual([
      ["Sở Nội vụ"],
      [],
    ]);
    expect(units("Kiểm tra hồ sơ; cơ quan chủ trì thực hiện là Sở Văn hóa, Thể thao và Du lịch.")).toEqual([
      ["Sở Văn hóa, Thể thao và Du lịch"],
      [],
    ]);
  });

  it("gives a plan's items the doers named after their work", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Cải cách thủ tục hành chính",
        "a) Niêm yết công khai thủ tục hành chính tại bộ phận một cửa, do Sở Tư pháp thực hiện, xong trong tháng 4/2024.",
        "b) Rà soát quy trình nội bộ, gửi Sở Nội vụ trước ngày 15/5/2024. Nhiệm vụ này giao Sở Y tế chủ trì, Sở Tài chính phối hợp.",
        "c) Xây dựng đề án vị trí việc làm trong quý II/2024; đơn vị tham mưu là Sở Nội vụ.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1.a", "2024-04-30", ["Sở Tư pháp"], []],
      ["II.1.b", "2024-05-14", ["Sở Y tế"], ["Sở Tài chính"]],
      ["II.1.c", "2024-06-30", ["Sở Nội vụ"], []],
    ]);
  });

  it("reads 100 KB of 'do' before no doer within bounds", () => {
    const text = `Rà soát ${"văn bản do Hội đồng ban hành, ".repeat(4000)}hoàn thành trước ngày 30/6/2024.`;
    expect(text.length).toBeGreaterThan(100_000);
    const started = performance.now();
    expect(doerClauses(text)).toHaveLength(4000);
    expect(units(text)).toEqual([[], []]);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
