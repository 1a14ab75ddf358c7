// A record of a meeting and a letter answering petitions: what was said or asked assigns nothing; the chair's
// conclusions and the answers do, to the unit they address.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

describe("minutes of a meeting", () => {
  it("take tasks from the conclusions only, never from when, who came or what speakers proposed", () => {
    const plan = parse(
      [
        "I. THỜI GIAN, ĐỊA ĐIỂM",
        "Vào hồi 14 giờ 00 phút, ngày 05 tháng 3 năm 2024, tại trụ sở UBND tỉnh.",
        "II. THÀNH PHẦN THAM DỰ",
        "- Chủ trì: đồng chí Phó Chủ tịch UBND tỉnh.",
        "III. NỘI DUNG CUỘC HỌP",
        "1. Đại diện Sở Tư pháp: đề nghị lùi thời hạn rà soát văn bản đến ngày 30/6/2024.",
        "2. Sở Y tế đã hoàn thành số hóa hồ sơ ngày 01/3/2024.",
        "IV. KẾT LUẬN",
        "1. Đồng ý để Sở Tư pháp hoàn thành rà soát văn bản chậm nhất ngày 30/6/2024.",
        "2. Sở Nội vụ tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 15/7/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["IV.1", "2024-06-30", ["Sở Tư pháp"], []],
      ["IV.2", "2024-07-14", ["Sở Nội vụ"], []],
    ]);
  });
});

describe("a letter answering petitions", () => {
  it("reads each answer under its petition's number, to the unit the answer addresses", () => {
    const plan = parse(
      [
        "Kính gửi: Thường trực Hội đồng nhân dân tỉnh.",
        "I. LĨNH VỰC GIAO THÔNG",
        "1. Cử tri xã Yên Ninh kiến nghị: Cầu treo bản Khuôn bị hư hỏng sau lũ tháng 9/2023, đề nghị sửa chữa.",
        "Trả lời: Cầu đã được gia cố tạm thời. UBND tỉnh đề nghị Sở Giao thông vận tải khảo sát, lập phương án sửa chữa, hoàn thành trong quý II/2024.",
        "2. Cử tri phường Phan Đình Phùng phản ánh: Hồ sơ đất đai giải quyết chậm.",
        "Trả lời: Đến nay đã giải quyết 120 hồ sơ. Đối với 15 hồ sơ còn lại, Sở Tài nguyên và Môi trường chủ trì giải quyết dứt điểm trước ngày 31/5/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["I.1", "2024-06-30", ["Sở Giao thông vận tải"], []],
      ["I.2", "2024-05-30", ["Sở Tài nguyên và Môi trường"], []],
    ]);
  });
});
