// A subject ends at its verb: "cam kết" (a body registering what it will do) and "đưa" ("đưa chuyên mục … vào hoạt
// động") are verbs in lower case that no body's name holds, so the name before them is the lead, known or not.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

describe("verbs that end a subject", () => {
  const plan = parse(
    [
      "1. Văn phòng Điều phối nông thôn mới tỉnh đưa chuyên mục hỏi đáp lên Cổng thông tin điện tử tỉnh trước ngày 01/6/2024.",
      "2. Trung tâm Dịch vụ việc làm tỉnh cam kết giải quyết 100% hồ sơ đúng hạn, hoàn thành trong quý III/2024.",
    ].join("\n"),
  );
  it("cut the unit's name before the work", () => {
    expect(tasks(plan).map((t) => [t[0], t[2]])).toEqual([
      ["1", ["?Văn phòng Điều phối nông thôn mới tỉnh"]],
      ["2", ["?Trung tâm Dịch vụ việc làm tỉnh"]],
    ]);
  });
});

// "kiểm kê" (take stock) and "chấm" (mark, grade) in lower case after a body's name are what it does; after a team's
// kind they name the team ("Tổ kiểm kê", "Hội đồng chấm thi"), as "kiểm tra" does ("Đoàn kiểm tra").
describe("inspecting verbs after a name the directory lacks", () => {
  const plan = parse(
    [
      "1. Trung tâm Lưu trữ lịch sử tỉnh:",
      "a) Phối hợp với Công an phường kiểm kê tài liệu tồn đọng trước ngày 20/5/2024.",
      "2. Ban Giám khảo Cuộc thi chấm bài dự thi vòng sơ khảo, xong trước ngày 15/6/2024.",
      "3. Hội đồng chấm thi tỉnh tổng hợp kết quả trong tháng 7/2024.",
    ].join("\n"),
  );
  const task = (ref: string) => tasks(plan).find((t) => t[0] === ref);

  it("end the partner's name before the work", () => {
    expect(task("1.a")?.[3]).toEqual(["?Công an phường"]);
  });

  it("end the lead's name before the work", () => {
    expect(task("2")?.[2]).toEqual(["?Ban Giám khảo Cuộc thi"]);
  });

  it("stay in a team's name after its kind", () => {
    expect(task("3")?.[2]).toEqual(["?Hội đồng chấm thi tỉnh"]);
  });
});

// "Hội đồng đánh giá, phân hạng …": after a council's or team's kind, "đánh giá" (assess) names the team, and the name
// goes on past the comma listing what it assesses; a unit column's roles in brackets say who leads and who helps.
describe("a team named by what it assesses, and a partial group, in a unit column with roles in brackets", () => {
  const plan = parse(
    [
      "III. NHIỆM VỤ",
      "STT\tNội dung\tĐơn vị thực hiện\tThời gian",
      "1\tChấm điểm hồ sơ sáng kiến cấp tỉnh\tHội đồng đánh giá, xét duyệt sáng kiến tỉnh (chủ trì); Sở Khoa học và Công nghệ (cơ quan thường trực)\tTrước 15/10/2024",
      "2\tHỗ trợ quảng bá sản phẩm làng nghề\tSở Công Thương (chủ trì); UBND các huyện có làng nghề (phối hợp)\tQuý IV/2024",
    ].join("\n"),
  );
  const task = (ref: string) => tasks(plan).find((t) => t[0] === ref);

  it("keeps the team's whole name as the lead", () => {
    expect(task("1")?.[2]).toEqual(["?Hội đồng đánh giá, xét duyệt sáng kiến tỉnh"]);
  });

  it("keeps a group narrowed by 'có …' as written, never every district", () => {
    expect(task("2")?.[3]).toEqual(["?UBND các huyện có làng nghề"]);
  });
});

// "đẩy nhanh" (speed up) in lower case is what the partners named before it do, never part of their name.
describe("a partial group of partners before what they do", () => {
  const plan = parse(
    "1. Sở Xây dựng phối hợp với UBND các xã có tuyến đường đi qua đẩy nhanh bàn giao mặt bằng trong quý III/2024.",
  );
  it("ends the group's name at the verb", () => {
    expect(tasks(plan)[0]?.[3]).toEqual(["?UBND các xã có tuyến đường đi qua"]);
  });
});
