// A document system titles its lead column "Đơn vị xử lý chính", "Xử lý chính", "Cơ quan xử lý": the body handling
// the task. Only the whole title says so: "Cơ quan xử lý vi phạm" is what a row is about, beside its own lead column.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

const read = (header: string, row: string) => tasks(parse([header, row].join("\n"), { issued: "2026-03-02" }));

describe("a column of the body handling each task", () => {
  it("leads its row when titled 'Đơn vị xử lý chính' or 'Cơ quan xử lý'", () => {
    for (const title of ["Đơn vị xử lý chính", "Cơ quan xử lý", "Xử lý chính"])
      expect(
        read(`STT\tTrích yếu nhiệm vụ\t${title}\tHạn xử lý`, "1\tRà soát thủ tục hành chính\tSở Tư pháp\t30/4/2026"),
      ).toEqual([["1", "2026-04-30", ["Sở Tư pháp"], []]]);
  });

  it("is no lead column when its title says what is handled, 'Cơ quan xử lý vi phạm'", () => {
    const header = "STT\tNội dung\tCơ quan xử lý vi phạm\tĐơn vị chủ trì\tThời hạn";
    expect(read(header, "1\tKiểm tra an toàn thực phẩm dịp Tết\tThanh tra tỉnh\tSở Y tế\t30/6/2026")).toEqual([
      ["1", "2026-06-30", ["Sở Y tế"], []],
    ]);
  });
});
