// A table copied as text with its cells joined by " | " reads as the same table with tabs; one line with a bar
// alone in its paragraph stays a sentence.
import { describe, expect, it } from "vitest";
import { barsAsTabs } from "../../src/plan/text-pipe-rows.ts";
import { parse, tasks } from "../support/text-plans.ts";

describe("a text table with its cells joined by bars", () => {
  it("reads its rows, an empty last cell included", () => {
    const plan = parse(
      [
        "STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn | Ghi chú",
        "1 | Rà soát quy trình nội bộ | Sở Tư pháp | Sở Y tế | Quý II/2024 | ",
        "2 | Tập huấn nghiệp vụ | Sở Nội vụ |  | Tháng 9/2024 |",
        "",
        "Các đơn vị triển khai thực hiện.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-06-30", ["Sở Tư pháp"], ["Sở Y tế"]],
      ["2", "2024-09-30", ["Sở Nội vụ"], []],
    ]);
  });

  it("leaves a lone line with a bar as it is", () => {
    const lines = ["Ngày đăng: 02/01/2025 | Lượt xem: 12", "", "A | B", "C | D"];
    expect(barsAsTabs(lines)).toEqual(["Ngày đăng: 02/01/2025 | Lượt xem: 12", "", "A\tB", "C\tD"]);
  });
});
