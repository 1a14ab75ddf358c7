// A number column mixing Roman groups, numbers, "1.1" sub-rows and rows marked "-" alone: a numbered row with no time
// over dash rows is their heading, and they take its units where their cells are blank; a row with a time keeps its
// task, and a dash row under it with blank unit cells takes that row's lead and partners; a sub-row with both unit
// cells blank takes its title row's partners with its lead.
import { describe, expect, it } from "vitest";
import { BAC_KAN } from "../../src/domain/directories/bac-kan.ts";
import { isDashRef } from "../../src/plan/dash-rows.ts";
import { parse, tasks } from "../support/text-plans.ts";

const table = (rows: string[]) =>
  ["II. NHIỆM VỤ", "STT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành", ...rows].join("\n");

describe("dash rows in a mixed number column", () => {
  const plan = parse(
    table([
      "I\tY TẾ CƠ SỞ",
      "1\tRà soát trạm y tế xã đạt chuẩn\tSở Y tế\tSở Tài chính\tTháng 5/2024",
      "2\tNâng cấp trang thiết bị cho trạm y tế\tSở Y tế\tSở Kế hoạch và Đầu tư",
      "2.1\tLập danh mục thiết bị cần mua sắm\t\t\tTháng 6/2024",
      "3\tTuyên truyền phòng chống dịch bệnh mùa hè\tSở Thông tin và Truyền thông\tSở Y tế",
      "-\tSản xuất phóng sự trên sóng truyền hình\tSở Văn hóa, Thể thao và Du lịch\tSở Y tế\tTháng 7/2024",
      "-\tĐăng tin bài trên cổng thông tin điện tử\t\t\tTháng 8/2024",
      "4\tKiểm tra an toàn thực phẩm tại bếp ăn tập thể\tSở Y tế\tSở Công Thương\tQuý III/2024",
      "-\tKiểm tra bếp ăn tại các trường nội trú\t\t\tTháng 9/2024",
    ]),
    { issued: "2024-03-01", directory: BAC_KAN },
  );
  const all = tasks(plan);
  const byTitle = (start: string) => plan.tasks.find((t) => t.title.startsWith(start));
  const names = (units: { name: string }[] | undefined) => units?.map((u) => u.name);

  it("reads a numbered row with no time over dash rows as their heading, not a task", () => {
    expect(all.map((t) => t[0])).not.toContain("3");
    expect(all.map((t) => t[0])).not.toContain("2");
    expect(byTitle("Tuyên truyền phòng chống")?.kind).toBe("heading");
  });

  it("gives a dash row with blank unit cells its heading's units, not the dash row's above", () => {
    const second = byTitle("Đăng tin bài");
    expect(names(second?.lead)).toEqual(["Sở Thông tin và Truyền thông"]);
    expect(names(second?.coordinators)).toEqual(["Sở Y tế"]);
    expect(names(byTitle("Sản xuất phóng sự")?.lead)).toEqual(["Sở Văn hóa, Thể thao và Du lịch"]);
  });

  it("keeps a dated row a task, its dash row taking its units", () => {
    expect(all.find((t) => t[0] === "4")?.[2]).toEqual(["Sở Y tế"]);
    const under = byTitle("Kiểm tra bếp ăn");
    expect(under?.kind).toBe("task");
    expect(names(under?.lead)).toEqual(["Sở Y tế"]);
    expect(names(under?.coordinators)).toEqual(["Sở Công Thương"]);
  });

  it("gives a sub-row with both unit cells blank its title row's partners with its lead", () => {
    expect(all.find((t) => t[0] === "2.1")?.slice(2)).toEqual([["Sở Y tế"], ["Sở Kế hoạch và Đầu tư"]]);
  });

  it("stays linear on a long table", () => {
    expect(isDashRef("-")).toBe(true);
    const rows = Array.from({ length: 750 }, (_, k) => [
      `${k + 1}\tKiểm tra cơ sở số ${k + 1}\tSở Y tế\tSở Tài chính`,
      `-\tKiểm tra hồ sơ của cơ sở số ${k + 1}\t\t\tTháng 9/2024`,
    ]).flat();
    const started = performance.now();
    const long = parse(table(rows), { issued: "2024-03-01", directory: BAC_KAN });
    expect(tasks(long).length).toBe(750);
    expect(performance.now() - started).toBeLessThan(20000);
  });
});
