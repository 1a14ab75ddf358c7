// A table with no time column dates its rows by a stage row over them ("I. CÔNG TÁC CHUẨN BỊ (Hoàn thành trước
// ngày 30/4/2024)") and writes a row's own time in its note: a note saying the work goes on ("Thường xuyên") or is
// due some days after an event ("Trong 10 ngày kể từ ngày công bố kết quả") overrules the stage, as a time cell would.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

describe("a note beside a row under a dated stage", () => {
  const plan = parse(
    [
      "III. PHÂN CÔNG",
      "TT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tGhi chú",
      "I. CÔNG TÁC CHUẨN BỊ (Hoàn thành trước ngày 30/4/2024)",
      "1\tRà soát cơ sở vật chất tại các điểm thi\tSở Giáo dục và Đào tạo\tSở Y tế\t",
      "2\tĐưa tin về kỳ thi trên địa bàn tỉnh\tSở Y tế\tSở Giáo dục và Đào tạo\tThường xuyên",
      "3\tTiếp nhận đơn phúc khảo\tSở Giáo dục và Đào tạo\t\tTrong 10 ngày kể từ ngày công bố kết quả thi",
      "4\tBố trí kinh phí tổ chức kỳ thi\tSở Tài chính\tSở Giáo dục và Đào tạo\tTrước ngày 20/3/2024",
    ].join("\n"),
  );
  const dueOf = (title: string) => plan.tasks.find((t) => t.title.startsWith(title))?.deadline?.due ?? null;

  it("takes the stage's day when it says no time", () => {
    expect(dueOf("Rà soát")).toBe("2024-04-29");
  });

  it("takes none when it says the work goes on or counts from an event", () => {
    expect(dueOf("Đưa tin")).toBeNull();
    expect(dueOf("Tiếp nhận đơn")).toBeNull();
  });

  it("dates its row when it writes a day", () => {
    expect(dueOf("Bố trí kinh phí")).toBe("2024-03-19");
    expect(tasks(plan).length).toBeGreaterThan(0);
  });
});
