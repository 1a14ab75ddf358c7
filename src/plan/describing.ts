import { fold } from "../domain/text.ts";

// A time's words only, folded: "ngay 31 12 2026", "het thang 7 nam 2026", "quy iv 2024", "nay", "ngay 14 thang 12 cua
// ky bao cao". A span ending in them says a period; one running on into a verb ("… đến tháng 10/2024 kiểm tra tại 20
// xã") says when its work is done. Words part by one space each, so the match is linear in the text.
const TIME_WORD = String.raw`(?:(?:ky|nam|thang|quy) bao cao|ngay|thang|quy|nam|het|cuoi|dau|giua|nay|truoc|sau|cua|thuoc|ky|\d+|[ivx]+)\b`;
const TIME = `${TIME_WORD}(?: ${TIME_WORD})*`;

// Words with which a plan describes itself (its aims, targets, scope, grounds): "II. CHỈ TIÊU" measures the plan
// ("Đến hết Quý II, 100% thủ tục …"), it assigns no one a task.
const DESCRIBING_WORDS = "(muc dich|yeu cau|muc tieu|chi tieu|doi tuong|pham vi|phuong phap|dia ban|can cu|quan diem)";
// "Đối tượng: người dân … trong thời gian từ ngày … đến hết ngày …": what a plan is about, not a task; so is the span
// of its own inspection or survey ("Thời gian kiểm tra: từ tháng 5 đến tháng 10 năm 2026, theo Lịch …"), and the period
// a review, report or count covers ("Kỳ đánh giá: tính từ ngày 01/01/2024 đến hết ngày 31/12/2024", "Thời kỳ báo cáo:
// từ …", "Số liệu tính từ ngày … đến ngày …"): the days its figures are of, never when anything is due. Only the bare
// span is: work after it, in the same sentence or the next, is a task as any (`afterCovered`).
const COVERED = String.raw`(((thoi )?ky|so lieu)( [^:]{0,30})?: ((duoc )?tinh )?tu ${TIME} den ${TIME}|so lieu( [^:.;]{0,30})? (duoc )?tinh (tu ${TIME} )?den ${TIME})`;
const COVERED_ALONE = new RegExp(`^${COVERED}$`);
export const DESCRIPTION = new RegExp(
  `^(${DESCRIBING_WORDS}[^:]{0,40}:|thoi (gian|ky) (kiem tra|khao sat|dieu tra)[^:]{0,30}: tu |${COVERED}$)`,
);
// A clause ends at a comma, a semicolon or a full stop before a space ("30.11.2024" is a day); a covered period opens
// a paragraph within its first words.
const CLAUSE_BOUNDARY = /[,;]|\.(?=\s)/g;
const COVERED_REACH = 200;

/**
 * The text after the covered period that opens it ("Số liệu tính đến ngày 30/11/2024, các sở gửi báo cáo … trước ngày
 * 05/12/2024": the work, due on its own day, never on the figures' last one); the text itself when none does.
 */
export function afterCovered(text: string): string {
  for (const m of text.slice(0, COVERED_REACH).matchAll(CLAUSE_BOUNDARY)) {
    const rest = text.slice(m.index + 1).trim();
    if (rest && COVERED_ALONE.test(fold(text.slice(0, m.index), ":"))) return rest;
  }
  return text;
}

// "1. Mục đích", "Đối tượng khảo sát": a heading that opens with them; a dated sentence under it tells the scope.
// "1. Đánh giá chung", "Kết quả đạt được", a report's "I. KẾT QUẢ THỰC HIỆN …": a part that assesses what was done;
// its dates ("Quý I/2026, tỷ lệ … đạt 58%", "… đã ban hành trước ngày …") are of the past.
export const DESCRIBING_HEADING = new RegExp(
  `^(${DESCRIBING_WORDS}|danh gia chung|ket qua (dat duoc|thuc hien|trien khai)|tinh hinh chung)\\b`,
);
// "II. ĐỐI TƯỢNG, PHẠM VI", "I. MỤC ĐÍCH, YÊU CẦU": a section made only of them holds no task, its dates
// ("… đã giao dịch từ ngày 01/10/2025 đến ngày 30/6/2026") are its scope. A section that also names a time or
// an action ("ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA") holds tasks; a bare "thời gian" after them ("ĐỐI TƯỢNG, PHẠM VI,
// THỜI GIAN") is the plan's own time frame ("Thời gian khảo sát: từ ngày … đến ngày …").
// A contest's or a conference's rules ("II. ĐỐI TƯỢNG, NỘI DUNG, HÌNH THỨC VÀ THỜI GIAN": who enters, on what, in which
// form, in which weeks) are of the same kind after those words: they tell what the event is; the work comes in its
// own part ("TỔ CHỨC THỰC HIỆN").
// "II. TÌNH HÌNH VÀ DỰ BÁO", "I. ĐẶC ĐIỂM TÌNH HÌNH", "THỰC TRẠNG": a section telling how things stand and are
// expected to go; its dates (the season forecast "từ tháng 11 đến hết tháng 4", last year's drill "tháng 12/2023") are
// the past's or the weather's, no one's deadline.
// A survey's or census's plan names what the words tell of ("II. ĐỐI TƯỢNG, PHẠM VI VÀ HÌNH THỨC THU THẬP", "PHẠM VI,
// ĐỐI TƯỢNG ĐIỀU TRA"): who is counted, where and how the forms are taken, still no one's work; its dates ("thời
// điểm điều tra là ngày 01/4/2026") are the count's. An event's plan may join its aims and its frame in one title
// ("I. MỤC ĐÍCH, YÊU CẦU; THỜI GIAN, ĐỊA ĐIỂM"): when and where the event is held tells what it is, as its aims do
// (EVENT_SECTION below).
const SITUATION_WORDS = "(dac diem|tinh hinh|thuc trang|du bao)";
const SURVEYED = "( (thu thap( thong tin)?|dieu tra|khao sat|ap dung))?";
const DESCRIBING_SECTION = new RegExp(
  `^(${DESCRIBING_WORDS}( (va )?(${DESCRIBING_WORDS}|thoi gian|noi dung|hinh thuc|dia diem|quy mo))*${SURVEYED}|` +
    `${SITUATION_WORDS}( (va )?${SITUATION_WORDS})*)$`,
);
// "I. KẾT QUẢ SẢN XUẤT VỤ MÙA NĂM 2025", "I. KẾT QUẢ THỰC HIỆN NĂM 2024": a part that reports what was achieved
// before the plan; its dated lines ("- Đã hỗ trợ giống cho 38 xã trong tháng 8/2025") are results, whatever they
// name. A title that also names the work ahead ("KẾT QUẢ NĂM 2024 VÀ NHIỆM VỤ NĂM 2025") holds tasks.
const REVIEWING_SECTION = /^ket qua\b(?!.*\b(nhiem vu|phuong huong|giai phap|ke hoach|de xuat|kien nghi)\b)/;
// A record of a meeting ("BIÊN BẢN") sets down when and where it met, who came and what each said ("Đại diện Sở
// Tư pháp: … đề nghị lùi thời hạn …"): none of it assigns work, only the conclusions do. A section headed so holds
// no task.
const RECORDING_SECTION =
  /^(thoi gian( va)? dia diem|thanh phan( tham du| du hop)?|(noi dung|dien bien) (cuoc|buoi) hop|y kien (phat bieu|thao luan|cua cac dai bieu|tham gia)\b.*)$/;
// An event's plan (a ceremony, a conference) says when and where it is held and who attends
// ("II. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN", "THÀNH PHẦN, QUY MÔ"): the event itself, not work to do before it; its day
// is no deadline. A section of time alone ("THỜI GIAN THỰC HIỆN", "THỜI GIAN TỔ CHỨC") may hold a schedule of tasks,
// so it is not one.
const FRAME_WORDS = "(thoi gian|dia diem|thanh phan( tham du| tham gia| du hop)?|quy mo)";
const EVENT_SECTION = new RegExp(`^(?!thoi gian( to chuc)?$)${FRAME_WORDS}( (va )?${FRAME_WORDS})*( to chuc)?$`);

/**
 * Whether a section titled `title` (folded) holds no task: it describes the plan or the situation, records a meeting
 * or results, or frames an event.
 */
export const holdsNoTask = (title: string): boolean =>
  [DESCRIBING_SECTION, RECORDING_SECTION, REVIEWING_SECTION, EVENT_SECTION].some((re) => re.test(title));

// "II. THỜI GIAN THỰC HIỆN", "THỜI GIAN TRIỂN KHAI", "THỜI GIAN": a part of time alone. It may schedule work
// (EVENT_SECTION above leaves it open), or say only when the plan runs: "Từ tháng 8 năm 2025 đến hết tháng 7 năm
// 2026.", "Kế hoạch được triển khai từ … đến …", "Trong thời gian từ … đến …". That sentence is the plan's frame,
// as its scope is; a span followed by work ("Từ … đến …, Sở A bố trí …", "…: Sở A …") is no bare span, nor is one
// whose work follows with no subject ("Từ tháng 8 đến tháng 10/2024 kiểm tra tại 20 xã."): its ends are times only.
const TIME_ALONE = /^thoi gian(?: (?:thuc hien|trien khai|to chuc))?(?: ke hoach)?$/;
const PLAN_SPAN = new RegExp(
  `^(?:(?:ke hoach|chuong trinh)(?: nay)? (?:duoc )?(?:thuc hien|trien khai|to chuc) |trong thoi gian )?tu ${TIME} den ${TIME}$`,
);

/** Whether a section titled `title` (folded) is of time alone. */
export const isTimeAlone = (title: string): boolean => TIME_ALONE.test(title);

/** Whether a paragraph opens with a sentence that only spans the plan's time, and `dates` finds nothing after it. */
export function spansPlan(text: string, dates: (rest: string) => boolean): boolean {
  const end = text.search(/\.(?:\s+(?=\p{Lu})|\s*$)/u);
  const first = end < 0 ? text : text.slice(0, end);
  return PLAN_SPAN.test(fold(first, ".;:,")) && !dates(text.slice(first.length + 1));
}
