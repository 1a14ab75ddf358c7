// A time that only says when work, or the use of what it makes, begins ("Kể từ …", "Áp dụng từ …") is no deadline;
// beside a clause that gives one ("Từ ngày …; xong trước ngày …") the task is due at that clause's time.
import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../src/domain/deadline.ts";
import { parse, table, tasks } from "../support/text-plans.ts";

const header = ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"];

describe("times giving only a start", () => {
  it("date no row whose time only starts, whatever word opens it", () => {
    const grid = [
      header,
      ["1", "Duy trì đường dây nóng tiếp nhận phản ánh", "Sở Nội vụ", "Sở Tư pháp", "Kể từ tháng 8/2030 trở đi"],
      ["2", "Áp dụng quy trình nội bộ mới", "Sở Tư pháp", "Sở Nội vụ", "Áp dụng từ ngày 01/10/2030"],
      ["3", "Vận hành phần mềm quản lý văn bản", "Sở Tài chính", "Sở Nội vụ", "Vận hành chính thức từ Quý IV/2030"],
    ];
    expect(tasks(parse(table(grid), { issued: "2030-06-01" }))).toEqual([
      ["1", null, ["Sở Nội vụ"], ["Sở Tư pháp"]],
      ["2", null, ["Sở Tư pháp"], ["Sở Nội vụ"]],
      ["3", null, ["Sở Tài chính"], ["Sở Nội vụ"]],
    ]);
  });

  it("date a row by the clause beside its start that gives the deadline", () => {
    const grid = [
      header,
      ["1", "Chuẩn hóa dữ liệu đất đai", "Sở Tư pháp", "Sở Nội vụ", "Từ ngày 10/7/2030; xong trước ngày 15/11/2030"],
      ["2", "Khảo sát hạ tầng mạng", "Sở Tài chính", "", "Bắt đầu từ tháng 7/2030, kết thúc trong tháng 9/2030"],
      [
        "3",
        "Nâng cấp cổng thông tin điện tử",
        "Sở Nội vụ",
        "Sở Tài chính",
        "Hoàn thành trong quý III/2030; vận hành chính thức từ ngày 01/10/2030",
      ],
      ["4", "Cấp chữ ký số cho công chức", "Sở Nội vụ", "", "Xong trong tháng 8/2030; sử dụng từ ngày 01/9/2030"],
    ];
    expect(tasks(parse(table(grid), { issued: "2030-06-01" }))).toEqual([
      ["1", "2030-11-14", ["Sở Tư pháp"], ["Sở Nội vụ"]],
      ["2", "2030-09-30", ["Sở Tài chính"], []],
      ["3", "2030-09-30", ["Sở Nội vụ"], ["Sở Tài chính"]],
      ["4", "2030-08-31", ["Sở Nội vụ"], []],
    ]);
  });

  it("keep spans and moved times read as before", () => {
    const read = (wording: string) => {
      const parsed = parseDeadline(wording);
      return parsed.ok ? parsed.deadline.due : null;
    };
    expect(read("Kể từ tháng 3/2030 đến tháng 5/2030")).toBe("2030-05-31");
    expect(read("Từ tháng 3/2030, đến tháng 12/2030")).toBe("2030-12-31");
    expect(read("Từ ngày 12 - 16/8/2030")).toBe("2030-08-16");
  });

  it("reads a time of thousands of clauses in bounds", () => {
    const start = performance.now();
    const starts = "Từ ngày 01/7/2030; ".repeat(6_000);
    const parsed = parseDeadline(`${starts}hoàn thành trước ngày 20/12/2030`);
    expect(parsed.ok && parsed.deadline.due).toBe("2030-12-19");
    const commas = parseDeadline(`Áp dụng từ tháng 9/2030, ${"kể từ quý IV/2030, ".repeat(5_000)}trở đi`);
    expect(commas.ok).toBe(false);
    expect(performance.now() - start).toBeLessThan(5000);
  });
});
