// A title whose last words, after a comma, are a group's short name ("… cấp huyện, cấp xã") ends at its colon; the
// doer "chủ trì" names comes after it, and the title's words are no second lead.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

const plan = (item: string) => parse(["KẾ HOẠCH", "II. NHIỆM VỤ", item].join("\n"));

describe("a title's colon before the lead", () => {
  it("reads only the unit after the colon as the lead, not a group named at the title's end", () => {
    expect(
      tasks(
        plan(
          "3. Triển khai tiếp nhận hồ sơ trực tuyến tại Bộ phận Một cửa cấp huyện, cấp xã: Sở Tư pháp chủ trì thực hiện; hoàn thành trong tháng 8/2025.",
        ),
      ),
    ).toEqual([["II.3", "2025-08-31", ["Sở Tư pháp"], []]]);
  });

  it("reads many such items in linear time", () => {
    const items = Array.from(
      { length: 600 },
      (_, i) => `${i + 1}. Tập huấn đợt ${i} cho cấp huyện, cấp xã: Sở Tư pháp chủ trì; hoàn thành trong tháng 8/2025.`,
    );
    const started = performance.now();
    const read = tasks(parse(["KẾ HOẠCH", "II. NHIỆM VỤ", ...items].join("\n")));
    expect(read.every((t) => (t[2] as string[]).join() === "Sở Tư pháp")).toBe(true);
    expect(performance.now() - started).toBeLessThan(30000);
  });
});
