// A subject counting the units named just before it ("Hai địa phương …", "Ba huyện này …", "02 sở …") points back to
// them: they do its work, whatever role the sentence naming them gave them ("tại …", "giao …").
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

const items = (lines: string[]) =>
  ["II. BỔ SUNG NHIỆM VỤ", ...lines.map((line, i) => `${i + 1}. ${line}`)].join("\n\n");

describe("a subject counting the units named before it", () => {
  it("leads with those units, as many as it counts", () => {
    const plan = parse(
      items([
        'Bổ sung nhiệm vụ "Thí điểm tiếp nhận hồ sơ không giấy" tại UBND huyện Phú Bình và UBND huyện Đại Từ. Hai địa phương chủ động bố trí máy quét, nhân lực; Sở Thông tin và Truyền thông phối hợp hướng dẫn kỹ thuật. Thời gian hoàn thành: trước ngày 15/10/2024.',
        "Thí điểm chính quyền số cấp xã tại UBND huyện Võ Nhai, UBND huyện Định Hóa và UBND huyện Đồng Hỷ. Ba huyện này xây dựng kế hoạch, hoàn thành trước ngày 30/9/2024.",
        "Giao Sở Y tế và Sở Tư pháp nghiên cứu mô hình liên thông. 02 sở báo cáo kết quả trước ngày 20/11/2024.",
      ]),
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2024-10-14", ["UBND huyện Phú Bình", "UBND huyện Đại Từ"], ["Sở Thông tin và Truyền thông"]],
      ["II.2", "2024-09-29", ["UBND huyện Võ Nhai", "UBND huyện Định Hóa", "UBND huyện Đồng Hỷ"], []],
      ["II.3", "2024-11-19", ["Sở Y tế", "Sở Tư pháp"], []],
    ]);
  });

  it("points to none when fewer are named than it counts", () => {
    const plan = parse(
      items([
        "Mở rộng mô hình tại UBND huyện Phú Lương. Hai địa phương còn lại tiếp tục theo dõi, hoàn thành trong tháng 12/2024.",
      ]),
    );
    expect(tasks(plan)).toEqual([["II.1", "2024-12-31", [], []]]);
  });

  it("points to none when it counts the other units, not the ones named", () => {
    const plan = parse(
      items([
        "Thí điểm tại UBND huyện Phú Bình, UBND huyện Đại Từ và UBND huyện Võ Nhai trong quý III/2024. Hai huyện còn lại triển khai trong quý IV/2024.",
        "Thí điểm mô hình liên thông tại Sở Y tế và Sở Tư pháp. Hai sở khác nghiên cứu, hoàn thành trước ngày 20/11/2024.",
        "Thí điểm tại UBND huyện Phú Bình và UBND huyện Đại Từ. Ba địa phương còn lại của tỉnh chuẩn bị điều kiện, hoàn thành trong tháng 12/2024.",
      ]),
    );
    const read = tasks(plan);
    expect(read.filter(([ref]) => ref !== "II.1.1")).toEqual([
      ["II.1.2", "2024-12-31", [], []],
      ["II.2", "2024-11-19", [], []],
      ["II.3", "2024-12-31", [], []],
    ]);
  });

  it("reads 2,000 counted subjects", () => {
    const lines = Array.from(
      { length: 2000 },
      (_, i) =>
        `Thí điểm mô hình số ${i + 1} tại UBND huyện Phú Bình và UBND huyện Đại Từ. Hai địa phương bố trí nhân lực. Thời gian hoàn thành: tháng 9/2024.`,
    );
    const read = tasks(parse(items(lines)));
    expect(read).toHaveLength(2000);
    expect(read[1999]).toEqual(["II.2000", "2024-09-30", ["UBND huyện Phú Bình", "UBND huyện Đại Từ"], []]);
  });
});
