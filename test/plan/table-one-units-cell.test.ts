// A units cell naming lead and partners together ("X (chủ trì); Y (phối hợp)"), merged down over
// two tasks, is blank in the lower row of a table copied as text: that row has both roles above.
import { describe, expect, it } from "vitest";
import { parse, table, tasks } from "../support/text-plans.ts";

describe("a blank cell under one units cell that names both roles", () => {
  it("gives the task the lead and the partners of the task above", () => {
    const plan = parse(
      table([
        ["STT", "Nội dung", "Đơn vị thực hiện", "Thời hạn"],
        ["1", "Xây dựng bộ câu hỏi khảo sát", "Sở Y tế (chủ trì); Sở Tư pháp, Tỉnh đoàn (phối hợp)", "Tháng 4/2024"],
        ["2", "Tổ chức khảo sát tại cơ sở", "", "Tháng 6/2024"],
        ["3", "Tập huấn người làm khảo sát", "Sở Nội vụ", "Tháng 7/2024"],
      ]),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-04-30", ["Sở Y tế"], ["Sở Tư pháp", "Tỉnh đoàn"]],
      ["2", "2024-06-30", ["Sở Y tế"], ["Sở Tư pháp", "Tỉnh đoàn"]],
      ["3", "2024-07-31", ["Sở Nội vụ"], []],
    ]);
  });

  it("gives the units after the last of two marked leads as partners, none dropped", () => {
    const plan = parse(
      table([
        ["STT", "Nội dung", "Cơ quan thực hiện", "Thời hạn"],
        ["1", "Rà soát thủ tục hành chính", "Sở Nội vụ (chủ trì); Sở Tư pháp (chủ trì); Sở Tài chính", "Tháng 6/2026"],
        ["2", "Tập huấn kỹ năng số", "Sở Khoa học và Công nghệ (chủ trì); Sở Nội vụ", "Tháng 8/2026"],
      ]),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2026-06-30", ["Sở Nội vụ", "Sở Tư pháp"], ["Sở Tài chính"]],
      ["2", "2026-08-31", ["Sở Khoa học và Công nghệ"], ["Sở Nội vụ"]],
    ]);
  });

  it("leaves a blank coordinators column a task without partners", () => {
    const plan = parse(
      table([
        ["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"],
        ["1", "Xây dựng bộ câu hỏi khảo sát", "Sở Y tế", "Sở Tư pháp", "Tháng 4/2024"],
        ["2", "Tổ chức khảo sát tại cơ sở", "", "", "Tháng 6/2024"],
      ]),
    );
    expect(tasks(plan)[1]).toEqual(["2", "2024-06-30", ["Sở Y tế"], []]);
  });
});

describe("one units cell listing its units as numbered items", () => {
  it("reads the numbers as separators: the item marked as leading leads, the others are its partners", () => {
    const plan = parse(
      table([
        ["STT", "Nội dung", "Đơn vị thực hiện", "Thời hạn"],
        ["1", "Xây dựng bộ câu hỏi khảo sát", "1. Sở Y tế (chủ trì); 2. Sở Tư pháp; 3. Tỉnh đoàn.", "Tháng 4/2024"],
        ["2", "Tập huấn người làm khảo sát", "1. Sở Nội vụ (chủ trì) 2. Các sở, ban, ngành", "Tháng 7/2024"],
      ]),
    );
    const [first, second] = tasks(plan);
    expect(first).toEqual(["1", "2024-04-30", ["Sở Y tế"], ["Sở Tư pháp", "Tỉnh đoàn"]]);
    expect(second?.slice(0, 3)).toEqual(["2", "2024-07-31", ["Sở Nội vụ"]]);
    expect(second?.[3]).toContain("Sở Tài chính");
  });
});

describe("a lead cell that is a sentence, with no partners or time beside it", () => {
  it("reads who leads, who helps and when from the sentence", () => {
    const plan = parse(
      table([
        ["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"],
        ["1", "Kiểm tra hồ sơ đất đai", "Sở Tư pháp", "Sở Tài chính", "Tháng 3/2027"],
        ["2", "Sơ kết", "Sở Nội vụ chủ trì, phối hợp với Sở Y tế tổng hợp kết quả, báo cáo trước ngày 10/11/2027"],
      ]),
    );
    expect(tasks(plan)[1]).toEqual(["2", "2027-11-09", ["Sở Nội vụ"], ["Sở Y tế"]]);
  });
});

describe("a units cell whose partners are a labelled paragraph of their own", () => {
  it("goes on with the cell in a text copy that writes that paragraph on a line under the row", () => {
    const plan = parse(
      [
        "STT\tNội dung\tThời gian bắt đầu\tThời gian kết thúc\tĐơn vị thực hiện",
        "1\tTập huấn người làm khảo sát\t01/4/2024\t30/4/2024\tSở Y tế",
        "Phối hợp: Sở Tư pháp, Tỉnh đoàn",
        "2\tTổng hợp kết quả khảo sát\t02/5/2024\t31/5/2024\tSở Nội vụ",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-04-30", ["Sở Y tế"], ["Sở Tư pháp", "Tỉnh đoàn"]],
      ["2", "2024-05-31", ["Sở Nội vụ"], []],
    ]);
  });
});

describe("one units cell labelling its roles on two lines", () => {
  it("reads every name after 'Phối hợp:' as a partner, a group written in lower case too", () => {
    const plan = parse(
      table([
        ["STT", "Hoạt động", "Đơn vị thực hiện", "Thời gian"],
        [
          "1",
          "Tổ chức tiêm vắc xin tại các điểm tiêm",
          "Chủ trì: Sở Y tế Phối hợp: Sở Tư pháp; các cơ sở giáo dục mầm non trên địa bàn",
          "Hạn cuối 27/3/2026",
        ],
      ]),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2026-03-27", ["Sở Y tế"], ["Sở Tư pháp", "?các cơ sở giáo dục mầm non trên địa bàn"]],
    ]);
  });
});
