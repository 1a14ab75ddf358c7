// 06: Bắc Kạn (before the reorganisation), UBND tỉnh, Công văn 1523/UBND-NC ngày 20/5/2024 on preventing crime
// and drugs in the last six months of 2024. Habit: a WORD MAIL MERGE ("Finish & Merge > Edit Individual
// Documents"): one .docx holding six letters of the same number, one per unit, each ended by a next-page section
// break; each letter "Kính gửi: <unit>", the same opening paragraph, then a table of THAT unit's tasks
// STT | Nhiệm vụ | Vai trò (Chủ trì / Phối hợp) | Thời hạn. A task a unit coordinates is in its letter as "Phối
// hợp" and in its lead's letter as "Chủ trì": one task. plan.txt is the merged document's text.
import { build, task } from "../../plan-corpus/author-kit/lib.mjs";

const ID = "06-bac-kan-2024-word-mail-merge-six-letters-next-page-sections-per-unit-role-table-one-task-many-letters";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const CA = "Công an tỉnh", TP = "Sở Tư pháp", LD = "Sở Lao động - Thương binh và Xã hội";
const GD = "Sở Giáo dục và Đào tạo", TT = "Sở Thông tin và Truyền thông", CD = "UBND huyện Chợ Đồn";
// The merge's data source: the letters in its order, as "Kính gửi" writes them.
const LETTERS = [[CA, "Công an tỉnh"], [TP, "Sở Tư pháp"], [LD, "Sở Lao động - Thương binh và Xã hội"],
  [GD, "Sở Giáo dục và Đào tạo"], [TT, "Sở Thông tin và Truyền thông"], [CD, "UBND huyện Chợ Đồn"]];

// The tasks: [title, time as written, due | null, lead, coordinators]
const TASKS = [
  ["Mở đợt cao điểm tấn công, trấn áp tội phạm về ma túy trên các tuyến giáp ranh với tỉnh Tuyên Quang, Thái Nguyên",
    "Quý III/2024", "2024-09-30", CA, [CD]],
  ["Rà soát, lập danh sách người sử dụng trái phép chất ma túy, người nghiện ma túy trên địa bàn",
    "Trước ngày 31/7/2024", "2024-07-30", CA, [LD, CD]],
  ["Xây dựng báo cáo sơ kết công tác phòng, chống tội phạm và vi phạm pháp luật năm 2024, gửi UBND tỉnh",
    "Trước ngày 15/11/2024", "2024-11-14", CA, [TP]],
  ["Tổ chức phổ biến, giáo dục pháp luật về phòng, chống tội phạm cho học sinh các trường trung học phổ thông",
    "Tháng 9/2024", "2024-09-30", TP, [GD]],
  ["Kiểm tra công tác hòa giải ở cơ sở tại các xã vùng sâu, vùng xa", "15/10/2024", "2024-10-15", TP, [CD]],
  ["Nâng cao chất lượng điều trị, cai nghiện tại Cơ sở cai nghiện ma túy tỉnh", "Chậm nhất ngày 31/8/2024",
    "2024-08-31", LD, [CA]],
  ["Hỗ trợ học nghề, tạo việc làm cho người sau cai nghiện trở về địa phương", "Quý IV/2024", "2024-12-31", LD,
    [CD]],
  ["Đưa nội dung phòng, chống ma túy vào hoạt động ngoại khóa đầu năm học 2024-2025", "Trước 05/9/2024",
    "2024-09-04", GD, [CA]],
  ["Chỉ đạo Báo Bắc Kạn, Đài Phát thanh - Truyền hình tỉnh mở chuyên mục tuyên truyền phòng, chống tội phạm",
    "Tháng 6/2024", "2024-06-30", TT, [CA]],
  ["Phát hiện, yêu cầu gỡ bỏ thông tin vi phạm pháp luật trên không gian mạng", "Thường xuyên", null, TT, []],
  ["Xây dựng mô hình \"Xã, thị trấn không ma túy\" tại thị trấn Bằng Lũng", "Trước 30/10/2024", "2024-10-29", CD,
    [CA, TP]],
  ["Báo cáo kết quả thực hiện các nhiệm vụ được giao về Công an tỉnh (cơ quan thường trực) để tổng hợp",
    "10/12/2024", "2024-12-10", CD, []],
];

const refOf = new Map();
const letters = LETTERS.map(([unit, written], li) => {
  const mine = TASKS.filter(([, , , lead, co]) => lead === unit || co.includes(unit));
  mine.forEach((t, i) => { if (t[3] === unit) refOf.set(t, `${li + 1}.${i + 1}`); });
  return { unit, written, li, mine };
});
const tasks = TASKS.filter((t) => t[2]).sort((a, b) => {
  const [x, y] = [refOf.get(a), refOf.get(b)].map((r) => r.split(".").map(Number));
  return x[0] - y[0] || x[1] - y[1];
}).map((t) => task(refOf.get(t), t[0], t[2], [t[3]], t[4]));

const OPEN = "Thực hiện Kế hoạch số 35/KH-UBND ngày 25/01/2024 của UBND tỉnh về thực hiện Chiến lược quốc gia phòng, " +
  "chống tội phạm giai đoạn 2016-2025 và định hướng đến năm 2030 trên địa bàn tỉnh năm 2024; để bảo đảm an ninh, " +
  "trật tự 6 tháng cuối năm 2024, Chủ tịch UBND tỉnh yêu cầu cơ quan, đơn vị triển khai thực hiện các nhiệm vụ " +
  "sau (vai trò của cơ quan, đơn vị đối với từng nhiệm vụ ghi tại cột \"Vai trò\"):";
const CLOSE = "Cơ quan, đơn vị được giao chủ trì chủ động phối hợp với các cơ quan, đơn vị liên quan tổ chức thực hiện; " +
  "kết quả thực hiện lồng ghép trong báo cáo công tác phòng, chống tội phạm định kỳ hằng quý gửi Công an tỉnh (cơ " +
  "quan thường trực) để tổng hợp, báo cáo UBND tỉnh./.";

function letter({ unit, written, li, mine }) {
  const rows = [["STT", "Nhiệm vụ", "Vai trò", "Thời hạn"], ...mine.map((t, i) => [
    { text: String(i + 1), align: "center", list: { kind: "cell", inst: `l${li}` } }, t[0],
    { text: t[3] === unit ? "Chủ trì" : "Phối hợp", align: "center" }, { text: t[1], align: "center" }])];
  return [
    { t: "table", borders: false, widths: [3800, 5600], rows: [
      [{ text: "ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", bold: true, align: "center" },
        { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold: true, align: "center" }],
      [{ text: "Số: 1523/UBND-NC\nV/v triển khai nhiệm vụ phòng, chống tội phạm 6 tháng cuối năm 2024",
        align: "center" }, { text: "Bắc Kạn, ngày 20 tháng 5 năm 2024", italic: true, align: "center" }],
    ] },
    { t: "p", text: `Kính gửi: ${written}.`, align: "center", indent: false },
    { t: "p", text: OPEN, align: "justify" },
    { t: "table", widths: [700, 5000, 1400, 2200], header: 1, rows },
    { t: "p", text: CLOSE, align: "justify" },
    { t: "table", borders: false, widths: [4200, 5200], rows: [[
      { text: `Nơi nhận:\n- Như trên;\n- CT, các PCT UBND tỉnh;\n- LĐVP;\n- Lưu: VT, NC.`, align: "left" },
      { text: "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nĐỗ Thị Minh Hoa", bold: true, align: "center" }]] },
  ];
}
const blocks = letters.flatMap((l, i) => [...letter(l), ...(i < letters.length - 1 ?
  [{ t: "sect", type: "nextPage" }] : [])]);

const DATES = "Dates: 1.1 'Quý III/2024' 30/9 Mon; 1.2 'Trước ngày 31/7/2024' -> 30/7 Tue; 1.3 'Trước ngày 15/11/2024' " +
  "-> 14/11 Thu ('gửi UBND tỉnh' a recipient); 2.2 'Tháng 9/2024' 30/9 Mon; 2.3 '15/10/2024' Tue; 3.2 'Chậm nhất " +
  "ngày 31/8/2024' Sat (2-3/9 holidays) -> 4/9 Wed; 3.3 'Quý IV/2024' 31/12 Tue; 4.2 'Trước 05/9/2024' -> 4/9 Wed; " +
  "5.1 'Tháng 6/2024' 30/6 Sun -> 1/7 Mon; 5.2 'Thường xuyên' no task; 6.5 'Trước 30/10/2024' -> 29/10 Tue; 6.6 " +
  "'10/12/2024' Tue (Công an tỉnh the recipient of the report, no coordinator).";

await build(DIR, {
  blocks, printer: "libreoffice", lastType: "nextPage",
  expected: {
    id: ID,
    style: "Công văn 1523/UBND-NC of UBND tỉnh Bắc Kạn, 20/5/2024 (before the reorganisation: old departments and " +
      "districts), tasks of preventing crime and drugs for the last six months of 2024 (it cites Kế hoạch 35/KH-UBND " +
      "of 25/01/2024, which is not this document). HABIT: a WORD MAIL MERGE result: six letters, each a section " +
      "ending in a next-page section break, all with the same number, date, V/v and opening paragraph, each " +
      "'Kính gửi: <unit>' (Công an tỉnh, Sở Tư pháp, Sở LĐ-TBXH, Sở GD&ĐT, Sở TT&TT, UBND huyện Chợ Đồn) and a " +
      "table of that unit's tasks STT | Nhiệm vụ | Vai trò | Thời hạn, STT restarting at 1 in each letter. A task " +
      "is ONE task however many letters show it: lead = the unit of the letter where its role is 'Chủ trì', " +
      "coordinators = the units of the letters where it is 'Phối hợp' (the 'Kính gửi' unit is otherwise no role). " +
      "REFS: the lead letter's STT alone collides (every letter has a 1), so a ref is '<lead letter's place in the " +
      "merge>.<STT in that letter>' (Công an tỉnh's letter is the 1st: its STT 2 is ref 1.2; Chợ Đồn's the 6th). " +
      DATES + " plan.txt is the merged document's text; plan.pdf LibreOffice's print of plan-auto.docx (STT from " +
      "one Word list per letter, each letter on its own pages).",
    province: "Bắc Kạn",
    plan: { number: "1523/UBND-NC", date: "2024-05-20" },
    tasks, unresolved: [], successors: [],
  },
});
