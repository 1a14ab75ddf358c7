// A plan copied out of a portal's PDF viewer: lines broken at one width, words hyphenated at a line's end, and
// each page break's number, footer and running header left in the text.
import { describe, expect, it } from "vitest";
import { withoutPageFurniture } from "../../src/plan/text-pages.ts";
import { unwrapLines, wrapWidth } from "../../src/plan/text-wrap.ts";
import { parse, tasks } from "../support/text-plans.ts";

// Broken at about 60 characters, as a viewer's copy breaks them; "thự-" / "c" a word split at a line's end.
const BODY = [
  "II. NHIỆM VỤ CỤ THỂ",
  "1. Giao Sở Tư pháp chủ trì, phối hợp với Sở Y tế rà soát các",
  "quy định về chứng thực bản sao điện tử; hoàn thành trước ngày",
  "15/5/2024.",
  "2. Giao Sở Nội vụ chủ trì tổng hợp danh sách công chức được cử",
  "đi bồi dưỡng về kỹ năng số, trình UBND tỉnh phê duyệt; thự-",
  "c hiện xong trong tháng 8/2024.",
  "",
  "- 2 -",
  "Sao y từ Cổng Thông tin điện tử tỉnh",
  "",
  "3. Giao Sở Công Thương chủ trì, phối hợp với Sở Tài chính hỗ",
  "trợ doanh nghiệp nhỏ và vừa đưa sản phẩm lên sàn thương mại",
  "điện tử của tỉnh; hoàn thành chậm nhất ngày 30/9/2024.",
  "",
  "- 3 -",
  "Sao y từ Cổng Thông tin điện tử tỉnh",
  "",
  "4. Giao Sở Văn hóa, Thể thao và Du lịch chủ trì số hóa hồ sơ",
  "di tích cấp tỉnh; hoàn thành trong quý IV/2024.",
  "5. Giao Sở Tài chính chủ trì, phối hợp với Kho bạc Nhà nước",
  "tỉnh hướng dẫn thanh toán không dùng tiền mặt đối với các",
  "khoản phí, lệ phí thủ tục hành chính; hoàn thành trước ngày",
  "01/11/2024.",
];

describe("a plan copied out of a PDF viewer", () => {
  it("reads each item whole: its deadline on a later line, over a page break, after a split word", () => {
    expect(tasks(parse(BODY.join("\n")))).toEqual([
      ["II.1", "2024-05-14", ["Sở Tư pháp"], ["Sở Y tế"]],
      ["II.2", "2024-08-31", ["Sở Nội vụ"], []],
      ["II.3", "2024-09-30", ["Sở Công Thương"], ["Sở Tài chính"]],
      ["II.4", "2024-12-31", ["Sở Văn hóa, Thể thao và Du lịch"], []],
      ["II.5", "2024-10-31", ["Sở Tài chính"], ["Kho bạc Nhà nước tỉnh"]],
    ]);
  });

  it("finds the width the lines were broken at, and none in a text of one paragraph a line", () => {
    expect(wrapWidth(BODY)).toBe(62);
    const paragraphs = [
      "1. Sở Nội vụ chủ trì.",
      "2. Sở Tư pháp chủ trì, phối hợp với các sở, ngành rà soát toàn bộ văn bản quy phạm pháp luật của tỉnh.",
      "3. Sở Y tế.",
      "4. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch trong dự toán năm 2025 của các cơ quan, đơn vị.",
      "5. Các cơ quan báo cáo.",
      "6. Văn phòng UBND tỉnh theo dõi.",
      "7. Sở Công Thương hỗ trợ doanh nghiệp.",
      "8. Các huyện triển khai.",
    ];
    expect(wrapWidth(paragraphs)).toBeNull();
    expect(unwrapLines(paragraphs)).toEqual(paragraphs);
    const items = Array.from({ length: 12 }, (_, i) => `${i + 1}. Sở Nội vụ rà soát quy chế trước ngày 10/12/2024.`);
    expect(wrapWidth(items)).toBeNull();
    // One paragraph of 100,000 full lines (a hostile file) is joined once, not copied again at every line.
    const long = Array.from(
      { length: 100_000 },
      () => "tỉnh hướng dẫn thanh toán không dùng tiền mặt đối với các khoản",
    );
    expect(unwrapLines(long)).toHaveLength(1);
  });

  it("drops a page's number and the lines repeated at every break, and nothing else", () => {
    const lines = ["Một dòng", "", "Trang 1/3", "Tiêu đề lặp lại", "", "Hai dòng", "", "Trang 2/3", "Tiêu đề lặp lại"];
    expect(withoutPageFurniture(lines)).toEqual(["Một dòng", "Hai dòng"]);
    expect(withoutPageFurniture(["1", "Sở Nội vụ", "1", "Sở Nội vụ"])).toEqual(["1", "Sở Nội vụ", "1", "Sở Nội vụ"]);
    // A file of nothing but page numbers (a hostile one: each line once looked up among all the others) is empty.
    expect(withoutPageFurniture(Array.from({ length: 200_000 }, () => "Trang 1/2"))).toEqual([]);
  });
});
