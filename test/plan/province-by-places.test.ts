// A commune's or a district's plan may name its district and never its province: the province is the one
// whose districts or communes the plan's opening names.
import { describe, expect, it } from "vitest";
import { shippedCalendar, shippedDirectories, parsePlanBuffer } from "../../src/services/plan-service.ts";

const plan = (opening: string) =>
  Buffer.from(
    [
      "ỦY BAN NHÂN DÂN",
      "XÃ NA KHÁNH",
      "Số: 12/KH-UBND\tNa Khánh, ngày 02 tháng 4 năm 2024",
      "KẾ HOẠCH",
      opening,
      "II. NHIỆM VỤ",
      "1. Văn phòng UBND xã rà soát thủ tục hành chính, hoàn thành trước ngày 30/4/2024.",
    ].join("\n"),
  );
const parse = (buffer: Buffer) =>
  parsePlanBuffer(buffer, { directories: shippedDirectories, calendar: shippedCalendar });

describe("a plan that names no province", () => {
  it("is of the province whose district it names", async () => {
    const read = await parse(plan("Thực hiện Kế hoạch số 40/KH-UBND của UBND huyện Tam Đường, UBND xã ban hành:"));
    expect(read).toMatchObject({ ok: true, value: { province: "Lai Châu" } });
  });

  it("is still refused, with its code, when it names no place dondoc knows", async () => {
    const read = await parse(plan("Thực hiện Kế hoạch số 40/KH-UBND của UBND huyện Xa Lạ, UBND xã ban hành:"));
    expect(read).toMatchObject({ ok: false, error: { code: "province-not-detected" } });
  });
});
