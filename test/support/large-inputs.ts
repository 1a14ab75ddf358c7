// The large and hostile inputs of the plan and domain tests, built at any size: a test reads one at
// its own size and asserts what the reader returns; `npm run bench` (bench/large-inputs.ts) reads it
// at n and 4n and prints the ratio of the times, ~4x for a rule that is linear. No test times them.
import type { Block } from "../../src/plan/document.ts";
import { table } from "./text-table.ts";

const text = (t: string): Block => ({ type: "text", text: t });
const row = (...cells: string[]): Block => ({ type: "row", cells });

/** A work programme of `n` rows, each due in two months (2n tasks). */
export const monthNumberRows = (n = 1500) => {
  const lines = ["CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025", "STT\tNội dung\tCơ quan chủ trì\tCấp trình\tTháng trình"];
  for (let k = 1; k <= n; k++) lines.push(`${k}\tViệc số ${k}\tSở Y tế\tUBND tỉnh\t${(k % 12) + 1}, 12`);
  return lines.join("\n");
};

/** `n` rows under month headings every 50 rows, each dated by its own day. */
export const monthRowsOwnDay = (n = 3000) => {
  const lines = ["Tháng\tNội dung công việc\tĐơn vị thực hiện"];
  for (let i = 1; i <= n; i++)
    lines.push(
      `${i % 50 === 1 ? `Tháng ${1 + (((i / 50) % 12) | 0)}` : ""}\t${i}. Việc số ${i} (trước ngày 10/5)\tSở Y tế`,
    );
  return lines.join("\n");
};

/** One text of `n` corrected times "(đã điều chỉnh: …)". */
export const correctedTimes = (n = 5000) =>
  Array.from({ length: n }, (_, i) => `việc ${i} tháng 3/2025 (đã điều chỉnh: tháng 5/2025)`).join("; ");

/** A sheet of `n` task rows, then the plan's number where no title row stands. */
export const lateTitleSheet = (n = 20000): Block[] => [
  ...Array.from({ length: n }, (_, i) => row(`${i}`, "Việc", "Sở Y tế", "Quý II/2025")),
  row("(Kèm theo Kế hoạch số 9/KH-UBND ngày 2/3/2025)", ""),
];

/** `n` paragraphs broken in two, and one paragraph broken over `n` lines. */
export const brokenLines = (n = 20_000) => {
  const line = "Phòng Quản lý đô thị rà soát hồ sơ của các hộ gia đình trên địa bàn xã";
  const pairs = Array.from({ length: n }, (_, i) => text(i % 2 ? "và báo cáo kết quả." : line));
  const chain = Array.from({ length: n }, (_, i) => text(i ? `thôn ${"số ".repeat(20)}hai` : line));
  return { line, pairs, chain };
};

/** A time cell of `n` repeated words, and a bracket of `n` numbers never closed. */
export const longTimeCell = (n = 20000) => ({
  during: `Trong ${"thời gian ".repeat(n)}x`,
  bracket: `(${"1 ".repeat(n)}`,
});

/** A plan's legend of its time codes (test/plan/time-codes.test.ts). */
export const TIME_CODE_LEGEND = [
  "(*) Ký hiệu thời hạn:",
  "- Tuần 2/T4: hoàn thành trong tuần thứ hai của tháng 4 năm 2024 (các ký hiệu khác tương tự);",
  "- Q2/2024: hoàn thành trong quý II năm 2024;",
  "- 6T đầu năm: trong 6 tháng đầu năm 2024;",
  "- N2024: hoàn thành trong năm 2024;",
  "- TX: thực hiện thường xuyên.",
];

/** `n` rows of week codes, and a legend whose first code is written `n / 20` times. */
export const timeCodeTable = (n = 100_000): Block[] => [
  ...Array.from({ length: n }, (_, i) => row(String(i), "x".repeat(100), `Tuần ${(i % 4) + 1}/T${(i % 12) + 1}`)),
  ...[TIME_CODE_LEGEND[0]!, ...Array<string>(n / 20).fill(TIME_CODE_LEGEND[1]!)].map(text),
];

/** A quoted amendment over three paragraphs, `n` times. */
export const quotedAmendments = (n = 5000): Block[] => {
  const one = [
    text("3. Thay thế điểm a khoản 1 bằng nội dung sau:"),
    text("“a) Sở Tư pháp rà soát văn bản;"),
    text("Sở Nội vụ thẩm định.”;"),
  ];
  return Array.from({ length: n }, () => one).flat();
};

/** `n` PDF lines, every other one ending at a soft hyphen. */
export const softHyphenLines = (n = 20_000) =>
  Array.from({ length: n }, (_, i) => (i % 2 ? `${i % 28}/\u2010` : `${(i % 12) + 1}/2027 và`));

/** `n` rows, every other one timed by a note sign, then `n` notes. */
export const noteSigns = (n = 5000): Block[] => [
  row("TT", "Nội dung", "Thời gian"),
  ...Array.from({ length: n }, (_, i) => row(String(i), "Việc", i % 2 ? "(*)" : "Tháng 5")),
  ...Array.from({ length: n }, (_, i) => text(i % 2 ? "(*) Chậm nhất ngày 30/6/2025." : "(**) Ghi chú.")),
];

/** A table of `n` rows all timed "(*)", and the note dating them. */
export const signedRows = (n = 3000) =>
  [
    table([
      ["STT", "Nhiệm vụ", "Chủ trì", "Thời hạn"],
      ...Array.from({ length: n }, (_, k) => [String(k + 1), `Việc số ${k + 1}`, "Sở Nội vụ", "(*)"]),
    ]),
    "(*) Chậm nhất ngày 15/10/2024.",
  ].join("\n");

/** `5 * n` lines of a text copy, each row's cells a paragraph of two languages. */
export const wordRowLines = (n = 20_000) => {
  const lines = ["STT", "No.\tNhiệm vụ", "Tasks\tChủ trì", "Lead\tThời hạn", "Deadline"];
  for (let i = 1; lines.length < 5 * n; i++)
    lines.push(`${i}\tViệc ${i}`, `Task ${i}\tSở Y tế`, "DOH\tQuý I/2024", "Q1 2024", "ghi chú");
  return lines;
};

/** `n` chat lines, and a line of `n` pictographs each side of its words. */
export const chatLines = (n = 20_000) => ({
  lines: Array.from({ length: n }, (_, i) => (i % 2 ? "… tiếp theo 🙏" : "👉 Việc cần làm…")),
  long: `👉 ${"😀 ".repeat(n)}x ${"🙏 ".repeat(n)}`,
});

/** `n` rows of a text table, every other one a group row. */
export const groupRows = (n = 20000) =>
  Array.from({ length: n }, (_, i) => {
    const cells = i % 2 ? [`${i % 90}`, "NHÓM VIỆC SỐ HAI", "Năm 2024", ""] : [`${i}`, "Việc", "Sở", "Sở", "Năm", ""];
    return { cells, notes: cells.map(() => []) };
  });

/** `n` tasks, then `n / 2` lines handing them out two at a time. */
export const assignedPoints = (n = 900) => {
  const lines = ["II. NHIỆM VỤ"];
  for (let k = 1; k <= n; k++) lines.push(`${k}. Việc số ${k}, hoàn thành trước ngày 15/10/2024.`);
  lines.push("III. TỔ CHỨC THỰC HIỆN");
  for (let k = 1; k <= n; k += 2)
    lines.push(`- Sở Y tế chủ trì thực hiện điểm ${k} và điểm ${k + 1} mục II, phối hợp với Sở Nội vụ.`);
  return lines.join("\n");
};

/** `n` bilingual rows. */
export const bilingualRows = (n = 20_000): Block[] =>
  Array.from({ length: n }, (_, i) =>
    row(
      String(i + 1),
      "Tập huấn cán bộ Training of the staff of the district",
      "Sở Nội vụ DOHA",
      "Tháng 5/2024 May 2024",
    ),
  );

/** `n` rows each due with the row before it. */
export const sameDeadlineRows = (n = 3000) =>
  table([
    ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Kết quả", "Ghi chú"],
    ...Array.from({ length: n }, (_, i) => [
      String(i + 1),
      `Kiểm tra hồ sơ đợt ${i + 1}`,
      "Sở Nội vụ",
      "Sở Y tế",
      "Biên bản",
      i === 0 ? "Trước 15/5/2025" : `Cùng thời hạn với nhiệm vụ ${i}`,
    ]),
  ]);

/** `n` rows of two lettered points each, timed letter by letter. */
export const letteredRows = (n = 3000) => {
  const lines = ["STT\tCông việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời hạn"];
  for (let i = 1; i <= n; i++)
    lines.push(`${i}\tViệc ${i}:`, "a) Phần một;", "b) Phần hai.\tSở Y tế\t\ta) Tháng 3/2024", "b) Tháng 9/2024");
  return lines.join("\n");
};

/** A table of `n` rows whose describing rows each hold a cell of `n / 2` phrases (hostile). */
export const describingRows = (n = 100_000): Block[] => {
  const huge = `Sản phẩm: ${"báo cáo năm 2024; ".repeat(n / 2)}`;
  return Array.from({ length: n }, (_, i) => (i % 2 ? text(huge) : row(String(i), ...Array<string>(50).fill(huge))));
};

/** A mail quoting `n` lines, and `n` lines over a signature. */
export const mailLines = (n = 20000) => ({
  quoted: ["Vào Th 2 … đã viết:", ...Array.from({ length: n }, (_, i) => `> dòng ${i}`)],
  signed: [...Array.from({ length: n }, (_, i) => `dòng ${i}`), "--", "Tên"],
});

/** `n` sample forms after the plan, each a row under a heading, and its annex's row. */
export const sampleForms = (n = 20_000): Block[] => {
  const form: Block[] = [
    text("Biểu mẫu 01"),
    row("1", "Ví dụ", "Sở Y tế", "30/9/2025"),
    text("PHỤ LỤC"),
    row("1", "Việc", "Sở Y tế", "30/9/2025"),
  ];
  return [text("Nơi nhận:"), ...Array.from({ length: n }, () => form).flat()];
};

/** `n` rows quoting a national decision beside the province's task. */
export const quotedTaskColumn = (n = 3000) =>
  [
    "II. NHIỆM VỤ",
    "TT\tNội dung tại Quyết định số 12/QĐ-TTg\tNhiệm vụ của tỉnh\tCơ quan chủ trì\tThời hạn",
    ...Array.from(
      { length: n },
      (_, i) =>
        `${i + 1}\tBộ Tài chính hướng dẫn; hoàn thành trước 30/9/2026.\tRà soát hồ sơ số ${i + 1}\tSở Tài chính\tQuý IV/2026`,
    ),
  ].join("\n");

/** A legend of `n` unit codes, a cell citing them all, and `5n` cells citing two. */
export const unitCodes = (n = 999) => ({
  legend: [text(`Đơn vị: ${Array.from({ length: n }, (_, i) => `(${i + 1}) Sở số ${i + 1}`).join("; ")}.`)],
  cell: Array.from({ length: n }, (_, i) => `(${i + 1})`).join(", "),
  cells: Array.from({ length: 5 * n + 5 }, (_, i) => `(${(i % n) + 1}), (${((i + 7) % n) + 1})`),
});

/** `n` task columns of a table set on its side. */
export const transposedTable = (n = 5000): Block[] => {
  const columns = Array.from({ length: n }, (_, i) => i + 1);
  return [
    row("Nhiệm vụ", ...columns.map((i) => `Nhiệm vụ ${i}`)),
    row("Nội dung", ...columns.map((i) => `Việc số ${i}`)),
    row("Cơ quan chủ trì", ...columns.map(() => "Sở Y tế")),
    row("Thời hạn", ...columns.map(() => "31/12/2025")),
  ];
};

/** A matrix of `n` rows marking each of five units lead, partner or none. */
export const unitMatrix = (n = 3000) => {
  const units = ["Sở Nội vụ", "Sở Tư pháp", "Công an tỉnh", "Sở Xây dựng", "Sở Y tế"];
  const rows = Array.from({ length: n }, (_, k) => [
    `${k + 1}. Việc số ${k + 1}`,
    ...units.map((_, u) => (u === k % units.length ? "Chủ trì" : u === (k + 1) % units.length ? "Phối hợp" : "-")),
    "Tháng 12/2024",
  ]);
  return table([["Nội dung nhiệm vụ", ...units, "Thời hạn hoàn thành"], ...rows]);
};

/** `n` rows whose task cell wraps onto a tabbed line of its own. */
export const tabStopRows = (n = 20000) => {
  const lines = ["TT\tCông việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời hạn"];
  for (let i = 1; i <= n; i++) lines.push(`${i}\tViệc số ${i} của`, "\tnăm nay\tSở Y tế\t\tTháng 5/2025");
  return lines;
};

/** The first day a piece of text writes in figures (what dutyPieces is told dates a clause). */
export const firstDayOf = (text: string) => /\d{1,2}\/\d{1,2}\/\d{4}/.exec(text)?.[0] ?? null;

/** A paragraph of `n` dated clauses. */
export const datedClauses = (n = 3000) =>
  Array.from({ length: n }, () => "lập danh mục công trình trên địa bàn, xong trước 10/3/2025").join("; ");

/** `n` rows whose last cell goes on in the paragraph after it. */
export const lastCellRows = (n = 4000) => {
  const lines = ["TT\tCông việc\tCơ quan chủ trì\tCơ quan phối hợp\tThời hạn"];
  for (let i = 1; i <= n; i++) lines.push(`${i}\tViệc ${i}\tSở Y tế\t\tBước một: 10/5;`, "Bước hai: 20/5/2027");
  return lines.join("\n");
};

/** An item of one dated dash and `n` undated ones. */
export const itemDashes = (n = 3000) =>
  [
    "II. NỘI DUNG",
    "3. Thu gom rác thải",
    "- Sở Tư pháp ký hợp đồng xong trước ngày 15/7/2025.",
    ...Array.from({ length: n }, (_, i) => `- Các thôn vận động hộ số ${i + 1} phân loại rác.`),
  ].join("\n");

/** A sentence of `n` phrases before its deadline and `n` after. */
export const laterClause = (n = 5000) =>
  `Sở A là cơ quan đầu mối, ${"theo dõi, ".repeat(n)}; chậm nhất ngày 20/5/2026 ${"báo cáo ".repeat(n)}`;

/** The two header rows of a unit × quarter matrix (test/plan/period-matrix.test.ts). */
export const QUARTER_HEADER = [
  ["TT", "Cơ quan thực hiện", "Nội dung nhiệm vụ theo quý", "", ""],
  ["", "", "Quý I", "Quý II", "Quý III"],
];

/** A period matrix's row whose cell goes on over `n` numbered lines. */
export const periodLines = (n = 900, header = QUARTER_HEADER) =>
  [
    ...header.map((cells) => cells.join("\t")),
    ["1", "Sở Y tế", "1.1. Khám sàng lọc", "1.2. Tập huấn", "1.3. Kiểm tra bếp ăn"].join("\t"),
    ...Array.from({ length: n }, (_, i) => `1.${i + 4}. Kiểm tra cơ sở số ${i + 4}`),
  ].join("\n");

/** A cell of `n` numbered items. */
export const periodCell = (n = 5000) =>
  Array.from({ length: n }, (_, i) => `7.${i + 1}. Rà soát hồ sơ số ${i + 1}`).join(" ");

/** `n` lists of 98 numbered lines, each under its unit's row. */
export const unitDutyLists = (n = 200, head = ["Số: 3/KH-UBND", "Đơn vị\tNhiệm vụ được giao"]) => {
  const items = Array.from({ length: 98 }, (_, i) => `${i + 2}. Rà soát hồ sơ số ${i + 2}.`);
  const rows = Array.from({ length: n }, (_, r) => [`${r + 1}. Sở Y tế\t1. Tham mưu.`, ...items]);
  return [...head, ...rows.flat()].join("\n");
};

/** `n` month cells with a two-digit year. */
export const twoDigitYearMonths = (n = 5000) =>
  Array.from({ length: n }, (_, i) => `Tháng ${(i % 12) + 1}/${(i % 90) + 10}`);

/** A sentence citing `n` points. */
export const citations = (n = 100_000) =>
  `Sở Y tế chủ trì các điểm ${Array.from({ length: n }, (_, k) => (k % 900) + 1).join(", ")} mục II`;

/** An OCR copy of `n` lines whose digits were read as letters. */
export const ocrCopy = (n = 20000) => "ngày O5 tháng l năm 2O27, Số: 2O/KH; 3O/1O/2O27 ".repeat(n);

/** `n` days written weekday first, and one cell of `2n` weekdays before its day. */
export const weekdayCells = (n = 20000) => ({
  cells: Array.from({ length: n }, (_, i) => `Thứ Hai, ${(i % 28) + 1}/04/2024`),
  long: "Thứ Hai, thứ Ba, ".repeat(n) + "15/04/2024",
});

/** A paragraph of `n` days of a month without a year, each with its weekday. */
export const yearlessDays = (n = 20000) =>
  `${Array.from({ length: n }, (_, i) => `khai mạc ngày ${(i % 28) + 1} tháng 5 (thứ Hai)`).join(", ")}.`;

/** A list of `n` names of schools no directory holds. */
export const unknownSchools = (n = 2000) =>
  Array.from({ length: n }, (_, i) => `Các trường THCS${"X".repeat(i % 3)}, PTDTBT`).join("; ");

/** A list of `n` groups of units, each narrowed by its own words. */
export const narrowedGroups = (n = 2000) =>
  Array.from({ length: n }, (_, i) =>
    i % 2 ? `UBND các xã có thôn ${i + 1}` : `các sở, ngành chủ quản dự án ${i + 1}`,
  ).join("; ");

/** `n` sentences due before a meeting, and one of `4n` meetings. */
export const meetingSentences = (n = 5000) => ({
  sentences: Array.from(
    { length: n },
    (_, i) => `Báo cáo trước Hội nghị lần ${i} (dự kiến ngày ${(i % 28) + 1}/9/2025).`,
  ),
  long: "trước Hội nghị (dự kiến ".repeat(4 * n) + "ngày 15/9/2025)",
});

/** A plan of `n` sentences dated by the lunar calendar. */
export const lunarText = (n = 20000) =>
  "Sở A báo cáo trước ngày 20 tháng Chạp năm Ất Tỵ (ngày 07/02/2026), ngày 5 tháng 3 năm 2026; ".repeat(n);

/** A list naming one place's body `n` times. */
export const placeBodies = (n = 1000) => Array.from({ length: n }, () => "Hội Nông dân huyện Tam Đường").join(", ");

/** A sentence whose day stands inside its clause, `n` phrases of work before it and `n` after. */
export const dayInsideLongClause = (n = 20_000) =>
  `Phòng Y tế ${"tổng hợp số liệu ".repeat(n)}gửi Sở Y tế trước ngày 10/8/2026 ${"báo cáo tình hình ".repeat(n)}`;

/** A task system's export of `n` tasks, one row per task and unit (two units each), sorted by unit. */
export const roleRows = (n = 10000): Block[] => {
  const rows = Array.from({ length: n }, (_, i) => [
    row(`NV-${i + 1}`, `Việc số ${i + 1}`, "Sở Nội vụ", "Chủ trì", "31/12/2025"),
    row(`NV-${i + 1}`, `Việc số ${i + 1}`, "Sở Tư pháp", "Phối hợp", "31/12/2025"),
  ]);
  const byUnit = [...rows.map((r) => r[0]!), ...rows.map((r) => r[1]!)];
  return [row("Mã NV", "Tên nhiệm vụ", "Đơn vị", "Vai trò", "Hạn hoàn thành"), ...byUnit];
};

/** A checklist of `n` rows (STT | Nhiệm vụ | Chủ trì | Thời hạn | three unit boxes), each header-like row repeated. */
export const checklistRows = (n = 20000): Block[] => [
  row("STT", "Nhiệm vụ", "Chủ trì", "Thời hạn", "Sở Y tế", "Sở Tư pháp", "Công an tỉnh"),
  ...Array.from({ length: n }, (_, i) =>
    i % 100 === 50
      ? row("STT", "Nhiệm vụ", "Chủ trì", "Thời hạn", "Sở Y tế", "Sở Tư pháp", "Công an tỉnh")
      : row(String(i + 1), `Việc số ${i}`, "Sở Y tế", "30/6/2025", "TRUE", i % 2 ? "TRUE" : "FALSE", "FALSE"),
  ),
];

/** `n` tasks "(k)" numbered on across a heading every ten, then a line per ten handing them out by bracketed number. */
export const runningTaskNumbers = (n = 900) => {
  const lines = ["II. NHIỆM VỤ"];
  for (let k = 1; k <= n; k++) {
    if (k % 10 === 1) lines.push(`${(k - 1) / 10 + 1}. Nhóm việc số ${k}`);
    lines.push(`(${k}) Việc thứ ${k}; trước ngày 15/10/2024.`);
  }
  lines.push("III. TỔ CHỨC THỰC HIỆN");
  for (let k = 1; k <= n; k += 10)
    lines.push(
      `${k}. Sở Y tế: chủ trì nhiệm vụ (${k}), (${k + 1}); phối hợp với Sở Nội vụ thực hiện nhiệm vụ (${k + 2}).`,
    );
  return lines.join("\n");
};

/** `n` lines "task – units – time", and one sentence of `n / 25` dashes that is no such line. */
export const dashFieldLines = (n = 1300) => {
  const lines = ["II. NHIỆM VỤ", "Văn phòng có các phòng: Phòng Tổng hợp (Phòng TH), Phòng Quản trị (Phòng QT)."];
  for (let k = 1; k <= n; k++) lines.push(`${k}. Việc thứ ${k} – Phòng TH; phối hợp: Sở Y tế – Tháng 9/2024.`);
  lines.push(`${n + 1}. Tổng kết${" – việc".repeat(n / 25)} – trước ngày 15/11/2024.`);
  return lines.join("\n");
};
