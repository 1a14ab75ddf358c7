// A joint plan of two bodies ("Kế hoạch phối hợp giữa Sở A và Sở B") calls them together "hai Sở", "hai bên", "hai
// cơ quan": both do what those words are given, and a heading of what they do together ("Nội dung hai bên cùng thực
// hiện") gives its points to both, unless a point names who chairs it.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { createResolver } from "../../src/domain/resolve-units.ts";
import { jointParties } from "../../src/plan/joint-parties.ts";
import { names, parse, tasks } from "../support/text-plans.ts";

describe("the two parties of a joint plan", () => {
  const plan = parse(
    [
      "Giữa Sở Y tế với Sở Giáo dục và Đào tạo về chăm sóc sức khỏe học sinh năm học 2024 - 2025",
      "II. NỘI DUNG PHỐI HỢP",
      "1. Công việc hai bên cùng triển khai",
      "a) Khám sức khỏe định kỳ cho học sinh các trường phổ thông, hoàn thành trước ngày 30/11/2024.",
      "b) Sở Y tế chủ trì, Sở Giáo dục và Đào tạo phối hợp tập huấn sơ cứu cho giáo viên trong tháng 10/2024.",
      "III. CHẾ ĐỘ THÔNG TIN",
      "Hai cơ quan trao đổi danh sách cán bộ đầu mối trước ngày 15/9/2024.",
    ].join("\n"),
  );
  const row = (ref: string) => tasks(plan).find((t) => t[0] === ref);

  it("gives the points of what they do together to both", () => {
    expect(row("II.1.a")?.[2]).toEqual(["Sở Y tế", "Sở Giáo dục và Đào tạo"]);
    expect(row("II.1.b")?.slice(2)).toEqual([["Sở Y tế"], ["Sở Giáo dục và Đào tạo"]]);
  });

  it("reads both parties where the plan calls them together", () => {
    const exchange = plan.tasks.find((t) => t.kind === "task" && t.title.includes("trao đổi danh sách"));
    expect(names(exchange!.lead)).toEqual(["Sở Y tế", "Sở Giáo dục và Đào tạo"]);
  });

  it("reads no parties where no title says between whom, and a 100 KB title within bounds", () => {
    const resolver = createResolver(THAI_NGUYEN);
    expect(jointParties([{ type: "text", text: "Về chăm sóc sức khỏe học sinh" }], resolver)).toBeNull();
    const started = performance.now();
    const long = `Giữa ${"Sở Y tế và ".repeat(9000)}Sở Tư pháp`;
    expect(jointParties([{ type: "text", text: long }], resolver)).toBeNull();
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
