// 05: Lai Châu (after the reorganisation), a ZALO GROUP MESSAGE from Văn phòng UBND tỉnh summing up Kế hoạch
// 45/KH-UBND ngày 12/3/2026 for the units' focal points: typed on a phone WITHOUT DIACRITICS ("khong dau"), emoji
// bullets (📌 👉 ✅ 🔹 ⏰, keycap digits 1️⃣-8️⃣), units as "So Noi vu", "Cong an tinh", "VP UBND tinh", "UBND cac xa,
// phuong", dates without a year ("30/6"): the year is the plan's. plan.txt is the message as copied from Zalo;
// plan-typed.docx / plan-auto.docx are the message pasted into Word (one paragraph a line), plan.pdf LibreOffice's
// print of it (no emoji font here: the emoji print as empty boxes).
import { build, task } from "../../plan-corpus/author-kit/lib.mjs";

const ID = "05-lai-chau-2026-zalo-group-message-khong-dau-no-diacritics-emoji-keycap-bullets-dates-without-year";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const K = (n) => `${n}\uFE0F\u20E3`;
const NV = "Sở Nội vụ", TC = "Sở Tài chính", KC = "Sở Khoa học và Công nghệ", VP = "Văn phòng UBND tỉnh";
const CA = "Công an tỉnh", XA = "UBND cấp xã";

// [keycap n | null, title line, unit line, due, lead, coordinators]
const items = [
  [1, "Xay dung Bo chi so danh gia cai cach hanh chinh cac co quan, don vi nam 2026",
    "👉 So Noi vu chu tri, phoi hop So Tai chinh, han truoc 15/4 ⏰", "2026-04-14", [NV], [TC]],
  [2, "Nang cap He thong thong tin giai quyet thu tuc hanh chinh tinh, ket noi Cong dich vu cong quoc gia",
    "👉 So Khoa hoc va Cong nghe chu tri, phoi hop VP UBND tinh\n👉 Xong truoc 30/6 nhe cac anh chi",
    "2026-06-29", [KC], [VP]],
  [3, "Ra soat, cong bo danh muc thu tuc hanh chinh noi bo giua cac co quan hanh chinh nha nuoc",
    "👉 VP UBND tinh chu tri, So Tu phap phoi hop, cham nhat 30/4", "2026-04-30", [VP], ["Sở Tư pháp"]],
  [4, "Kich hoat tai khoan dinh danh dien tu muc 2 cho 100% can bo, cong chuc, vien chuc",
    "👉 Cong an tinh chu tri; UBND cac xa, phuong phoi hop. Han 31/5", "2026-05-31", [CA], [XA]],
  [5, "Bo tri kinh phi thuc hien chuyen doi so cua cac so, nganh va cap xa",
    "👉 So Tai chinh chu tri, hoan thanh trong quy II", "2026-06-30", [TC], []],
  [6, "So hoa ho so dia chinh, cap nhat co so du lieu dat dai len he thong dung chung",
    "👉 So Nong nghiep va Moi truong chu tri, phoi hop UBND cac xa, phuong; han 30/9", "2026-09-30",
    ["Sở Nông nghiệp và Môi trường"], [XA]],
  [7, "Tap huan ky nang so cho giao vien cac truong pho thong tren dia ban tinh",
    "👉 So Giao duc va Dao tao, xong cuoi thang 7", "2026-07-31", ["Sở Giáo dục và Đào tạo"], []],
  [8, "Trien khai so suc khoe dien tu tren ung dung VNeID toan tinh",
    "👉 So Y te chu tri, Cong an tinh phoi hop, ngay 15/8", "2026-08-15", ["Sở Y tế"], [CA]],
];
const tasks = items.map(([n, title, , due, lead, co]) => task(String(n), title, due, lead, co));

const VH = "So Van hoa, The thao va Du lich tuyen truyen noi dung KH tren Bao va Phat thanh, Truyen hinh Lai Chau";
const TT = "Thanh tra tinh kiem tra cong vu, ky luat hanh chinh tai cac co quan, don vi";
const B6 = "Bao cao ket qua thuc hien 6 thang dau nam";
const BN = "Bao cao ket qua thuc hien ca nam 2026";
tasks.push(
  task(null, VH, "2026-10-10", ["Sở Văn hóa, Thể thao và Du lịch"]),
  task(null, TT, "2026-09-30", ["Thanh tra tỉnh"], [NV]),
  task(null, B6, "2026-06-14", ["@departments", XA]),
  task(null, BN, "2026-11-29", ["@departments", XA]),
);

const lines = [
  "📌📌 THONG BAO CUA VP UBND TINH",
  "Kinh gui cac dong chi dau moi trong nhom 🙏",
  "",
  "Thuc hien KH so 45/KH-UBND ngay 12/3/2026 cua UBND tinh ve day manh cai cach hanh chinh, chuyen doi so nam " +
    "2026, VP UBND tinh tom tat cac viec cu the, de nghi cac don vi luu y:",
  "",
  ...items.flatMap(([n, title, unit]) => [`${K(n)} ${title}`, ...unit.split("\n"), ""]),
  "🔹 Them 1 so viec khac trong KH:",
  `✅ ${VH} -> dau thang 10`,
  `✅ ${TT}, lam trong thang 9 (phoi hop So Noi vu)`,
  "✅ Cac so, ban, nganh, UBND cac xa, phuong cap nhat tin bai len Cong thong tin dien tu tinh: thuong xuyen",
  "",
  "📊 Che do bao cao (cac so, ban, nganh va UBND cap xa):",
  `🔹 ${B6}, gui So Noi vu truoc 15/6`,
  `🔹 ${BN}, gui So Noi vu truoc 30/11`,
  "",
  "File KH day du em gui ben duoi ạ 👇 Co vuong mac gi lien he Hung - Phong KSTT, VP UBND tinh nhe.",
  "Don vi nao da nhan thi tha ❤️ giup em a. Cam on ca nha 👍",
];
const blocks = lines.filter((l) => l !== "").map((text) => ({ t: "p", text, indent: false, tight: true }));

const DATES = "Dates (year 2026 from the plan, none written): 1 'han truoc 15/4' -> 14/4 Tue; 2 'Xong truoc 30/6' -> " +
  "29/6 Mon; 3 'cham nhat 30/4' 30/4 Thu holiday (30/4, 1/5, weekend) -> 4/5 Mon; 4 'Han 31/5' Sun -> 1/6 Mon; " +
  "5 'trong quy II' 30/6 Tue; 6 'han 30/9' Wed; 7 'cuoi thang 7' 31/7 Fri; 8 'ngay 15/8' Sat -> 17/8 Mon; the ✅ " +
  "lines (ref null): VH&DL 'dau thang 10' 10/10 Sat -> 12/10 Mon, Thanh tra 'trong thang 9' 30/9 Wed, the third " +
  "'thuong xuyen' no task; the 🔹 reports (ref null, lead the units in the heading 'cac so, ban, nganh va UBND cap " +
  "xa' = @departments + UBND cấp xã; 'gui So Noi vu' a recipient) 'truoc 15/6' -> 14/6 Sun -> 15/6 Mon, " +
  "'truoc 30/11' -> 29/11 Sun -> 30/11 Mon.";

await build(DIR, {
  blocks, printer: "libreoffice", txt: lines.join("\n") + "\n",
  expected: {
    id: ID,
    style: "A Zalo group message of Văn phòng UBND tỉnh Lai Châu (after the reorganisation: merged departments, " +
      "communes) to the units' focal points, summing up Kế hoạch 45/KH-UBND ngày 12/3/2026 of UBND tỉnh (the plan " +
      "read is that KH: its number and date). HABIT: typed on a phone WITHOUT DIACRITICS, emoji bullets: 📌 heading, " +
      "keycap digits 1️⃣-8️⃣ (U+FE0F U+20E3) numbering the tasks (ref = the digit), 👉 lines naming lead ('chu tri'), " +
      "coordinators ('phoi hop') and a deadline, ✅ and 🔹 lines with no number (ref null). Units written without " +
      "marks ('So Noi vu', 'So Khoa hoc va Cong nghe', 'Cong an tinh', 'VP UBND tinh'); the expected names are the " +
      "directory's, with diacritics; 'UBND cac xa, phuong' / 'UBND cap xa' (no commune named) = 'UBND cấp xã', " +
      "unresolved; 'cac so, ban, nganh' = @departments. Titles as written (no marks). " + DATES +
      " plan.txt is the message; the Word files are it pasted into Word (a paragraph a line); plan.pdf LibreOffice's " +
      "print of plan-auto.docx (no emoji font installed: emoji print as boxes).",
    province: "Lai Châu",
    plan: { number: "45/KH-UBND", date: "2026-03-12" },
    tasks, unresolved: [XA], successors: [],
  },
});
