// A plan for a foreign partner gives each paragraph and cell in Vietnamese with its English beside or under it; the
// Vietnamese is read alone, told from the English by its language, not by where it stands.
import { describe, expect, it } from "vitest";
import type { Block } from "../../src/plan/document.ts";
import { withoutTranslations } from "../../src/plan/bilingual.ts";
import { parse, tasks } from "../support/text-plans.ts";
import { bilingualRows } from "../support/large-inputs.ts";

const row = (...cells: string[]): Block => ({ type: "row", cells });
const text = (words: string): Block => ({ type: "text", text: words });
const shown = (blocks: Block[]) => blocks.map((b) => (b.type === "text" ? b.text : b.cells));

const COOPERATION: Block[] = [
  row("Căn cứ Thỏa thuận hợp tác giữa hai bên", "Pursuant to the Cooperation Agreement between the parties"),
  text("I. MỤC TIÊU"),
  text("I. GOALS"),
  row("STT No.", "Nội dung / Activities", "Đơn vị thực hiện Implementer", "Thời gian Timeline"),
  row(
    "1",
    "Đào tạo giáo viên tiếng Anh tại huyện Đại Từ Training of English teachers in Dai Tu district",
    "Sở Giáo dục và Đào tạo DOET",
    "Tháng 9/2024 September 2024",
  ),
  row(
    "2",
    "Hội thảo tổng kết năm 2024 2024 review seminar for the partners",
    "Sở Ngoại vụ DOFA",
    "20/11/2024 20 November 2024",
  ),
  row(
    "3",
    "Khảo sát tại các xã Mường Tè Sin Ho and Muong Te communes survey",
    "UBND huyện Võ Nhai",
    "Quý IV/2024 Q4 2024",
  ),
];

describe("a plan giving each paragraph and cell in English too", () => {
  it("keeps the Vietnamese of each, whatever the English holds", () => {
    expect(shown(withoutTranslations(COOPERATION))).toEqual([
      "Căn cứ Thỏa thuận hợp tác giữa hai bên",
      "I. MỤC TIÊU",
      ["STT", "Nội dung", "Đơn vị thực hiện", "Thời gian"],
      ["1", "Đào tạo giáo viên tiếng Anh tại huyện Đại Từ", "Sở Giáo dục và Đào tạo", "Tháng 9/2024"],
      ["2", "Hội thảo tổng kết năm 2024", "Sở Ngoại vụ", "20/11/2024"],
      ["3", "Khảo sát tại các xã Mường Tè", "UBND huyện Võ Nhai", "Quý IV/2024"],
    ]);
  });

  it("reads its table's tasks by the Vietnamese words", () => {
    const plan = parse(
      [
        "Kế hoạch này có bản tiếng Anh đi kèm / This plan comes with an English version for the partners",
        "Mục tiêu của dự án / The goals of the project are set out in the agreement",
        "STT | Nhiệm vụ / Tasks | Chủ trì / Lead | Thời hạn / Deadline",
        "1 | Rà soát danh sách hộ nghèo Review of the list of poor households | Sở Lao động - Thương binh và Xã hội DOLISA | Tháng 5/2024 May 2024",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([["1", "2024-05-31", ["Sở Lao động - Thương binh và Xã hội"], []]]);
  });

  it("leaves a Vietnamese plan naming a foreign partner as it is", () => {
    const blocks = [
      row("1", "Phối hợp với tổ chức JICA khảo sát", "Sở Kế hoạch và Đầu tư, JICA", "Tháng 5/2024"),
      text("Sở Ngoại vụ làm việc với Korea Foundation"),
    ];
    expect(withoutTranslations(blocks)).toBe(blocks);
  });

  it("keeps each of a long plan's rows, its translations dropped", () => {
    expect(withoutTranslations(bilingualRows(20_000))).toHaveLength(20_000);
  });
});
