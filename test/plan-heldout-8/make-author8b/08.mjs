// Held-out set 8, document 08: Kế hoạch 238/KH-UBND of the merged Thái Nguyên (22/9/2025) whose tasks are TASK
// CARDS in its appendix, one two-column table per task ("Nhiệm vụ 1.1" merged over "Tên nhiệm vụ", "Cơ quan chủ
// trì", "Thời gian bắt đầu", "Thời hạn hoàn thành", ...). Writes plan.txt, plan-auto.docx (Word numbering in the
// body), plan-typed.docx and plan.pdf typeset by Typst. Run from the scratch folder (README.md).
import { join } from "node:path";
import { numbering, writeWordAndText } from "./lib.mjs";
import { typstPdf } from "./typst.mjs";
import { APPENDIX, BODY } from "./08-data.mjs";

const FOLDER = "08-thai-nguyen-2025-task-cards-typst";
const blocks = [...BODY, ...APPENDIX];

const dir = await writeWordAndText(FOLDER, {
  blocks,
  numbering: [
    numbering("body", [
      ["UPPER_ROMAN", "%1.", { bold: true }],
      ["DECIMAL", "%2."],
    ]),
  ],
  first: { title: "Kế hoạch 238/KH-UBND", creator: "Sở Khoa học và Công nghệ", pageNumbers: true },
});
typstPdf(join(dir, "plan.pdf"), blocks);
console.log(`wrote ${dir}`);
