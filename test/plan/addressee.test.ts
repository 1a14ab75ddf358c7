// A letter addressed to one body asks that body for what it lists; a letter to several leaves it to the admin.
import { describe, expect, it } from "vitest";
import { parsePlanBuffer, shippedCalendar, shippedDirectories } from "../../src/services/plan-service.ts";

const letter = (to: string) =>
  Buffer.from(
    [
      "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "TỈNH THÁI NGUYÊN\tĐộc lập - Tự do - Hạnh phúc",
      "Số: 77/UBND-KGVX\tThái Nguyên, ngày 10 tháng 3 năm 2026",
      "V/v triển khai đánh giá sự hài lòng năm 2026",
      `Kính gửi: ${to}`,
      "Để triển khai kế hoạch năm 2026, UBND tỉnh đề nghị Quý cơ quan thực hiện các nhiệm vụ sau:",
      "1. Xây dựng bộ câu hỏi khảo sát, hoàn thành trước ngày 31/3/2026.",
      "2. Phối hợp với Sở Tư pháp tổ chức tập huấn điều tra viên trong tháng 4/2026.",
      "3. Văn phòng UBND tỉnh bố trí kinh phí, hoàn thành trong tháng 5/2026.",
    ].join("\n"),
  );
const leads = async (to: string) => {
  const read = await parsePlanBuffer(letter(to), { directories: shippedDirectories, calendar: shippedCalendar });
  if (!read.ok) throw new Error(read.error.code);
  return read.value.tasks.map((t) => [t.ref, t.lead.map((u) => u.name), t.coordinators.map((u) => u.name)]);
};

describe("a letter addressed to one body", () => {
  it("gives it every task that names no one to do it, and leaves a named lead alone", async () => {
    expect(await leads("Sở Nội vụ tỉnh Thái Nguyên.")).toEqual([
      ["1", ["Sở Nội vụ"], []],
      ["2", ["Sở Nội vụ"], ["Sở Tư pháp"]],
      ["3", ["Văn phòng UBND tỉnh"], []],
    ]);
  });

  it("gives nothing when it is addressed to groups", async () => {
    const read = await leads("Các sở, ban, ngành tỉnh; UBND các huyện, thành phố.");
    expect(read[0]).toEqual(["1", [], []]);
  });
});
