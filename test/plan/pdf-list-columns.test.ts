// A numbered list set in two ragged (left-aligned) columns: no justified line shows the gutter, the numbering does.
import { describe, expect, it } from "vitest";
import type { TextRun } from "../../src/plan/pdf/geometry.ts";
import { layoutBlocks } from "../../src/plan/pdf/layout.ts";
import { itemNumber, numbersOn } from "../../src/plan/pdf/list-flow.ts";

describe("a list numbering on", () => {
  it("goes to the next number at its level, below it or above it", () => {
    expect(numbersOn([7], [8])).toBe(true);
    expect(numbersOn([2, 3], [2, 4])).toBe(true);
    expect(numbersOn([2], [2, 1])).toBe(true);
    expect(numbersOn([2, 5], [3])).toBe(true);
    expect(numbersOn([7], [1])).toBe(false);
    expect(numbersOn([2, 3], [3, 1])).toBe(false);
  });

  it("is read from an item's opening number only", () => {
    expect(itemNumber("12. Kiểm tra")).toEqual([12]);
    expect(itemNumber("2.3. Rà soát")).toEqual([2, 3]);
    expect(itemNumber("Hạn: 15/5")).toBeNull();
  });
});

describe("a numbered list in two ragged columns", () => {
  // Left column from 80, right from 322; each line one run, 5 points a letter, ending where its words do.
  const at = (text: string, x: number, y: number): TextRun => ({
    text,
    x,
    y,
    width: text.length * 5,
    size: 12,
    font: "F",
  });
  const column = (x: number, top: number, lines: string[]) => lines.map((text, i) => at(text, x, top + 15 * i));
  const page = (rightLines: string[]) => [
    at("PHÂN CÔNG NHIỆM VỤ NĂM 2025", 220, 100),
    at("Các phòng thực hiện các nhiệm vụ sau, báo cáo kết quả về Văn phòng Sở.", 80, 130),
    ...column(80, 160, [
      "1. Rà soát quy trình nội bộ về giải quyết hồ",
      "sơ của Sở",
      "Chủ trì: Phòng Pháp chế",
      "Hạn: 15/4/2025",
      "2. Công khai thủ tục hành chính trên Cổng",
      "thông tin điện tử",
      "Chủ trì: Văn phòng Sở",
      "Hạn: 20/5/2025",
    ]),
    ...column(322, 167, rightLines),
  ];
  const texts = (input: TextRun[]) =>
    layoutBlocks([{ width: 595, height: 842, runs: input, rules: [] }]).map((b) => (b.type === "text" ? b.text : ""));
  const right = [
    "3. Kiểm tra việc tiếp nhận hồ sơ trực tuyến",
    "tại Bộ phận Một cửa",
    "Chủ trì: Thanh tra Sở",
    "Hạn: 30/6/2025",
    "4. Tổng hợp báo cáo kết quả sáu tháng đầu",
    "năm",
    "Chủ trì: Văn phòng Sở",
  ];

  it("is read down the left column, then down the right, when the right one's first item follows the left's last", () => {
    expect(texts(page(right)).slice(2)).toEqual([
      "1. Rà soát quy trình nội bộ về giải quyết hồ sơ của Sở",
      "Chủ trì: Phòng Pháp chế",
      "Hạn: 15/4/2025",
      "2. Công khai thủ tục hành chính trên Cổng thông tin điện tử",
      "Chủ trì: Văn phòng Sở",
      "Hạn: 20/5/2025",
      "3. Kiểm tra việc tiếp nhận hồ sơ trực tuyến tại Bộ phận Một cửa",
      "Chủ trì: Thanh tra Sở",
      "Hạn: 30/6/2025",
      "4. Tổng hợp báo cáo kết quả sáu tháng đầu năm",
      "Chủ trì: Văn phòng Sở",
    ]);
  });

  it("is read across, as before, when the right side numbers a list of its own", () => {
    const own = right.map((line) => line.replace(/^3\./, "1.").replace(/^4\./, "2."));
    expect(texts(page(own)).slice(2).join(" | ")).toMatch(
      /^1\. Rà soát quy trình nội bộ về giải quyết hồ \| 1\. Kiểm tra/,
    );
  });
});

describe("an outline in two ragged columns, its items opening a tab in", () => {
  // 12-point lines, 5 points a letter; the left column from 80, the right from 330, each item's first line 28 in.
  const at = (text: string, x: number, y: number, size = 12): TextRun => ({
    text,
    x,
    y,
    width: text.length * (size / 2.4),
    size,
    font: "F",
  });
  // Lines of one column, 15 points apart from `top` and 5 more before a paragraph; an item's number opens its first
  // line at the indent.
  const column = (x: number, top: number, lines: string[]) => {
    let y = top - 15;
    return lines.map((text) => {
      const item = /^\d+\.\d+\. /.test(text);
      y += item || text.startsWith("Phần") ? 20 : 15;
      return at(text, item ? x + 28 : x, y);
    });
  };
  const left = [
    "Phần II. NHIỆM VỤ, GIẢI PHÁP",
    // Four lines of the ragged column end together (at 298-300), the first line of 2.2 past them (at 308).
    "2.1. Phòng Kinh tế chủ trì rà soát các",
    "tuyến đường giao thông nông thôn bị hư hỏng,",
    "lập danh mục cần sửa chữa trong năm, để xong",
    "trước ngày 30/5/2025 theo kế hoạch đã được",
    "phê duyệt.",
    "2.2. Trung tâm Văn hóa phối hợp với Đoàn",
    "Thanh niên và Hội Phụ nữ tổ chức các hoạt",
    "động hè cho thiếu nhi tại nhà văn hóa các xã",
    "thị trấn; phòng Giáo dục chủ trì, mời Ban",
  ];
  const right = [
    "Chỉ huy Quân sự huyện tham gia, xong",
    "trước ngày 15/8/2025.",
    "2.3. Công an huyện rà soát, xử lý các",
    "trường hợp vi phạm hành lang an toàn giao",
    "thông, báo cáo kết quả trước ngày 30/9/2025.",
    "Phần III. TỔ CHỨC THỰC HIỆN",
    "3.1. Văn phòng HĐND và UBND huyện",
    "theo dõi, đôn đốc các cơ quan, đơn vị thực",
  ];
  const pages = [
    {
      width: 595,
      height: 842,
      rules: [],
      runs: [
        at("Các cơ quan, đơn vị căn cứ nhiệm vụ được giao tại Kế hoạch này khẩn trương triển", 80, 130),
        at("khai thực hiện.", 80, 145),
        ...column(80, 165, left),
        ...column(330, 171, right),
      ],
    },
    {
      width: 595,
      height: 842,
      rules: [],
      runs: [
        // The columns go on at the top of the next page, balanced before the closing lines across it.
        ...column(80, 60, [
          "hiện; định kỳ hằng quý báo cáo UBND huyện",
          "kết quả thực hiện Kế hoạch về Văn phòng HĐND",
        ]),
        ...column(330, 60, ["để tổng hợp."]),
        at("Nơi nhận:", 84, 110, 11),
        at("TM. ỦY BAN NHÂN DÂN", 380, 110, 11),
        at("- Như trên;", 84, 124, 11),
        at("CHỦ TỊCH", 400, 124, 11),
      ],
    },
  ];
  const texts = () => layoutBlocks(pages).map((b) => (b.type === "text" ? b.text : ""));

  it("reads the left column before the right, an item going on across the gutter", () => {
    expect(texts().slice(1, 6)).toEqual([
      "Phần II. NHIỆM VỤ, GIẢI PHÁP",
      "2.1. Phòng Kinh tế chủ trì rà soát các tuyến đường giao thông nông thôn bị hư hỏng, lập danh mục cần sửa chữa trong năm, để xong trước ngày 30/5/2025 theo kế hoạch đã được phê duyệt.",
      "2.2. Trung tâm Văn hóa phối hợp với Đoàn Thanh niên và Hội Phụ nữ tổ chức các hoạt động hè cho thiếu nhi tại nhà văn hóa các xã thị trấn; phòng Giáo dục chủ trì, mời Ban Chỉ huy Quân sự huyện tham gia, xong trước ngày 15/8/2025.",
      "2.3. Công an huyện rà soát, xử lý các trường hợp vi phạm hành lang an toàn giao thông, báo cáo kết quả trước ngày 30/9/2025.",
      "Phần III. TỔ CHỨC THỰC HIỆN",
    ]);
  });

  it("goes on down the same columns at the top of the next page, then across it", () => {
    expect(texts().slice(6)).toEqual([
      "3.1. Văn phòng HĐND và UBND huyện theo dõi, đôn đốc các cơ quan, đơn vị thực hiện; định kỳ hằng quý báo cáo UBND huyện kết quả thực hiện Kế hoạch về Văn phòng HĐND để tổng hợp.",
      "Nơi nhận:",
      "- Như trên;",
      "TM. ỦY BAN NHÂN DÂN",
      "CHỦ TỊCH",
    ]);
  });
});
