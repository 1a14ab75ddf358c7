import { describe, expect, it } from "vitest";
import type { Block } from "../../src/plan/document.ts";
import { readMetadata } from "../../src/plan/metadata.ts";
import { parsePlanBuffer, shippedCalendar, shippedDirectories } from "../../src/services/plan-service.ts";

const text = (t: string): Block => ({ type: "text", text: t });

describe("readMetadata", () => {
  it("dates and numbers a sheet tracking a plan by the plan it names in its heading, not by its signing", () => {
    const sheet = [
      text("SỞ Y TẾ"),
      text("BẢNG THEO DÕI KẾT QUẢ THỰC HIỆN NHIỆM VỤ"),
      text("(Theo Kế hoạch số 8/KH-UBND ngày 14 tháng 2 năm 2025 của UBND tỉnh về phòng dịch)"),
      { type: "row", cells: ["STT", "Nhiệm vụ", "Thời hạn"] } as Block,
      text("Bắc Kạn, ngày 05 tháng 9 năm 2025"),
    ];
    expect(readMetadata(sheet, "Bắc Kạn").meta).toMatchObject({ number: "8/KH-UBND", date: "2025-02-14" });
    const inCell: Block[] = [{ type: "row", cells: ["(Theo Kế hoạch số 3/KH-SYT ngày 2/3/2025)", ""] }];
    expect(readMetadata(inCell, "Bắc Kạn").meta).toMatchObject({ number: "3/KH-SYT", date: "2025-03-02" });
  });

  it("numbers a summary by the plan it names in brackets under its title, with no 'Theo' before it", () => {
    const summary = [
      text("TỔNG HỢP CÔNG VIỆC THEO CƠ QUAN CHỦ TRÌ"),
      text("(Kế hoạch số 41/KH-UBND ngày 3/5/2025 của UBND tỉnh Lào Cai về chuyển đổi số)"),
      { type: "row", cells: ["Row Labels", "Count of Công việc"] } as Block,
    ];
    expect(readMetadata(summary, "Lào Cai").meta).toMatchObject({ number: "41/KH-UBND", date: "2025-05-03" });
  });

  it("reads the date after the national motto when the header's two columns run together line by line", () => {
    const plan = [
      text("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
      text("TỈNH HÀ GIANG Số: 12/CT-UBND"),
      text("Độc lập – Tự do – Hạnh phúc Hà Giang, ngày 09 tháng 5 năm 2025"),
    ];
    expect(readMetadata(plan, "Hà Giang").meta).toMatchObject({ number: "12/CT-UBND", date: "2025-05-09" });
  });

  it("reads the date after the number when the copy runs the number and the place on one line", () => {
    const plan = [
      text("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
      text("TỈNH CAO BẰNG Độc lập - Tự do - Hạnh phúc"),
      text("Số: 77/KH-UBND Cao Bằng, ngày 03 tháng 10 năm 2024"),
    ];
    expect(readMetadata(plan, "Cao Bằng").meta).toMatchObject({ number: "77/KH-UBND", date: "2024-10-03" });
  });

  it("dates and numbers a system's export of tasks by the plan its list is labelled with", () => {
    const exported = [
      text("PHẦN MỀM GIAO VIỆC CỦA TỈNH"),
      text("Nhiệm vụ theo văn bản: Kế hoạch số 17/KH-UBND ngày 3/4/2024 của UBND tỉnh"),
      { type: "row", cells: ["Ngày xuất:", "05/04/2024 08:00"] } as Block,
    ];
    expect(readMetadata(exported, "Lai Châu").meta).toMatchObject({ number: "17/KH-UBND", date: "2024-04-03" });
  });

  it("dates and numbers a system's export by the document its line says gave the tasks", () => {
    const exported = [
      text("PHẦN MỀM QUẢN LÝ NHIỆM VỤ - UBND TỈNH BẮC KẠN"),
      text("Văn bản giao nhiệm vụ: Kế hoạch số 88/KH-UBND ngày 10/3/2025 của UBND tỉnh Bắc Kạn về cải cách hành chính"),
      text("Ngày xuất: 02/04/2025"),
    ];
    expect(readMetadata(exported, "Bắc Kạn").meta).toMatchObject({ number: "88/KH-UBND", date: "2025-03-10" });
  });

  it("dates and numbers a task list by the plan its title says it carries out, on the title's line or the next", () => {
    const oneLine = [
      { type: "row", cells: ["UBND TỈNH LAI CHÂU", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"] } as Block,
      text("DANH MỤC NHIỆM VỤ thực hiện Kế hoạch số 12/KH-UBND ngày 3/4/2025 về chuyển đổi số"),
      text("(Xuất ngày 05/4/2025)"),
    ];
    expect(readMetadata(oneLine, "Lai Châu").meta).toMatchObject({ number: "12/KH-UBND", date: "2025-04-03" });
    const twoLines = [text("Danh sách các nhiệm vụ"), text("Triển khai Kế hoạch số 7/KH-UBND ngày 20/01/2025")];
    expect(readMetadata(twoLines, "Bắc Kạn").meta).toMatchObject({ number: "7/KH-UBND", date: "2025-01-20" });
    const twoVerbs = [text("DANH SÁCH NHIỆM VỤ triển khai thực hiện Kế hoạch số 45/KH-UBND ngày 12/3/2026")];
    expect(readMetadata(twoVerbs, "Thái Nguyên").meta).toMatchObject({ number: "45/KH-UBND", date: "2026-03-12" });
    const tracking = [text("THEO DÕI TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH SỐ 58/KH-UBND NGÀY 20/01/2026 CỦA UBND TỈNH")];
    expect(readMetadata(tracking, "Thái Nguyên").meta).toMatchObject({ number: "58/KH-UBND", date: "2026-01-20" });
    const sheet = [
      text("Bảng theo dõi"),
      text("thực hiện Kế hoạch số 3/KH-UBND ngày 05/01/2025"),
      text("Ngày cập nhật: 15/4"),
    ];
    expect(readMetadata(sheet, "Lai Châu").meta).toMatchObject({ number: "3/KH-UBND", date: "2025-01-05" });
    const summary = [text("BẢNG TỔNG HỢP NHIỆM VỤ theo Kế hoạch số 71/KH-UBND ngày 2/6/2024")];
    expect(readMetadata(summary, "Bắc Kạn").meta).toMatchObject({ number: "71/KH-UBND", date: "2024-06-02" });
    // A column's title alone ("Tiến độ", "Theo dõi") over a line citing a plan is no list's title.
    const column = [text("Tiến độ"), text("thực hiện Kế hoạch số 9/KH-UBND ngày 01/02/2025")];
    expect(readMetadata(column, "Lai Châu").meta).toMatchObject({ number: null, date: null });
    // A list title with no plan named after it says nothing of the plan.
    const bare = [text("DANH SÁCH NHIỆM VỤ"), text("Ngày xuất 20/01/2025")];
    expect(readMetadata(bare, "Bắc Kạn").meta).toMatchObject({ number: null, date: null });
  });

  it("reads a task list's title over thousands of its lines", () => {
    const lines = Array.from({ length: 5000 }, (_, i) =>
      text(i % 2 ? "DANH SÁCH NHIỆM VỤ" : `Việc ${i} ngày 1/2/2025`),
    );
    const list = [text("DANH SÁCH NHIỆM VỤ"), text("Theo Kế hoạch số 99/KH-UBND ngày 02/01/2025"), ...lines];
    expect(readMetadata(list, "Lai Châu").meta).toMatchObject({ number: "99/KH-UBND", date: "2025-01-02" });
  });

  it("reads a cited plan whose number is parted from its day by a comma, as from a space", () => {
    const schedule: Block[] = [
      { type: "row", cells: ["SỞ Y TẾ", "", ""] },
      { type: "row", cells: ["LỊCH THỰC HIỆN CÁC VIỆC", "", ""] },
      { type: "row", cells: ["(Kế hoạch số 12/KH-SYT, ngày 05/06/2025 của Sở Y tế)", "", ""] },
      { type: "row", cells: ["STT", "Việc", "Hạn"] },
    ];
    expect(readMetadata(schedule, "Lai Châu").meta).toMatchObject({ number: "12/KH-SYT", date: "2025-06-05" });
    const appendix = [text("PHỤ LỤC"), text("(Kèm theo Kế hoạch số 7/KH-UBND , ngày 2 tháng 3 năm 2026)")];
    expect(readMetadata(appendix, "Lai Châu").meta).toMatchObject({ number: "7/KH-UBND", date: "2026-03-02" });
  });

  it("reads a citation with a comma before its day beside 100 KB of commas and blanks, fast", () => {
    const filler = "(Kế hoạch số 3/KH-A" + " ,".repeat(50_000) + " ngày";
    const lines = [text(filler), text("(Kèm theo Kế hoạch số 9/KH-B" + " ".repeat(100_000) + "x")];
    const started = Date.now();
    const read = readMetadata([...lines, text("(Kế hoạch số 4/KH-C, ngày 1/2/2025)")], "Lai Châu");
    expect(Date.now() - started).toBeLessThan(2000);
    expect(read.meta).toMatchObject({ number: "4/KH-C", date: "2025-02-01" });
  });

  it("keeps a plan's own number and date when it has them", () => {
    const plan = [
      text("Số: 40/KH-UBND"),
      text("Bắc Kạn, ngày 05 tháng 9 năm 2025"),
      text("(Theo Kế hoạch số 8/KH-UBND ngày 14/02/2025)"),
    ];
    expect(readMetadata(plan, "Bắc Kạn").meta).toMatchObject({ number: "40/KH-UBND", date: "2025-09-05" });
  });
});

describe("a party committee's number", () => {
  it("reads 'Số 52-KH/HU' (no colon, the number joined by a hyphen) as written, and blank as missing", () => {
    const plan = [
      text("HUYỆN ỦY ĐỊNH HÓA"),
      text("*"),
      text("Số 52-KH/HU"),
      text("Định Hóa, ngày 03 tháng 4 năm 2025"),
    ];
    expect(readMetadata(plan, "Thái Nguyên").meta).toMatchObject({ number: "52-KH/HU", date: "2025-04-03" });
    const draft = readMetadata([text("Số:    /KH-UBND"), text("Định Hóa, ngày 03 tháng 4 năm 2025")], "Thái Nguyên");
    expect(draft.meta.number).toBeNull();
  });

  it("reads it in an appendix that names the plan it goes with", () => {
    const appendix = [text("PHỤ LỤC"), text("(Kèm theo Kế hoạch số 52-KH/HU ngày 03/4/2025 của Huyện ủy)")];
    expect(readMetadata(appendix, "Thái Nguyên").meta).toMatchObject({ number: "52-KH/HU", date: "2025-04-03" });
  });
});

describe("a plan copied from a web page", () => {
  it("reads the number and date from the header block's tab rows after the page's own lines", () => {
    const row = (...cells: string[]): Block => ({ type: "row", cells });
    const page = [
      text("TRANG THÔNG TIN ĐIỆN TỬ SỞ Y TẾ"),
      text("Trang chủ › Văn bản › Kế hoạch"),
      text("Ngày đăng: 12/5/2027 08:10"),
      text("Ngày 10/5/2027, Sở Y tế ban hành Kế hoạch số 77/KH-SYT. Toàn văn như sau:"),
      row("SỞ Y TẾ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
      row("Số: 77/KH-SYT", "Lai Châu, ngày 10 tháng 5 năm 2027"),
      text("KẾ HOẠCH"),
      text("Tiêm chủng mở rộng năm 2027"),
    ];
    expect(readMetadata(page, "Lai Châu").meta).toMatchObject({
      number: "77/KH-SYT",
      date: "2027-05-10",
      title: "Tiêm chủng mở rộng năm 2027",
    });
  });
});

describe("a plan copied from a portal's page", () => {
  it("dates it by the lines after its number when the portal's own lines push the date past the opening ones", () => {
    const page = [
      ...Array.from({ length: 13 }, (_, i) => text(`Tin số ${i + 1} ngày 0${(i % 9) + 1}/01/2026`)),
      text("ỦY BAN NHÂN DÂN"),
      text("TỈNH BẮC KẠN Số: 9/KH-UBND"),
      text("Độc lập - Tự do - Hạnh phúc"),
      text("Bắc Kạn, ngày 07 tháng 01 năm 2026"),
    ];
    expect(readMetadata(page, "Bắc Kạn").meta).toMatchObject({ number: "9/KH-UBND", date: "2026-01-07" });
  });
});

describe("the motto and the place and date on one line", () => {
  it("dates the plan by the place and date after the motto", () => {
    const plan = [text("Số: 30/UBND-VX"), text("Độc lập - Tự do - Hạnh phúc Bắc Kạn, ngày 09 tháng 10 năm 2023")];
    expect(readMetadata(plan, "Bắc Kạn").meta).toMatchObject({ number: "30/UBND-VX", date: "2023-10-09" });
  });
});

describe("a tracking sheet titled by the plan it follows, its number in brackets closing the title", () => {
  it("takes the plan's number and date from the bracket, whatever words the title has", () => {
    const titles = [
      "Kế hoạch phát triển du lịch cộng đồng năm 2026 (Kế hoạch số 27/KH-UBND ngày 09/02/2026 của UBND tỉnh)",
      "TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH PHÒNG, CHỐNG THIÊN TAI (theo Kế hoạch số 27/KH-UBND ngày 9 tháng 2 năm 2026)",
      "Chuyển đổi số năm 2026 (Thực hiện Kế hoạch số 27/KH-UBND ngày 09/02/2026)",
    ];
    for (const title of titles) {
      const sheet = [text("SỞ KHOA HỌC VÀ CÔNG NGHỆ"), text("BIỂU THEO DÕI"), text(title)];
      expect(readMetadata(sheet, "Thái Nguyên").meta).toMatchObject({ number: "27/KH-UBND", date: "2026-02-09" });
    }
  });

  it("takes no plan a task's cell cites, nor one cited in the middle of a sentence, and keeps the plan's own", () => {
    const rows: Block[] = [
      { type: "row", cells: ["STT", "Nhiệm vụ", "Thời hạn"] },
      { type: "row", cells: ["1", "Triển khai thí điểm (Kế hoạch số 5/KH-UBND ngày 02/01/2026)", "30/6/2026"] },
    ];
    expect(readMetadata(rows, "Thái Nguyên").meta).toMatchObject({ number: null, date: null });
    const sentence = [text("Thực hiện nhiệm vụ (Kế hoạch số 5/KH-UBND ngày 02/01/2026) đến hết năm 2026.")];
    expect(readMetadata(sentence, "Thái Nguyên").meta).toMatchObject({ number: null });
    const own = [
      text("Số: 31/KH-SKHCN"),
      text("Thái Nguyên, ngày 20 tháng 02 năm 2026"),
      text("Kế hoạch chuyển đổi số (Kế hoạch số 27/KH-UBND ngày 09/02/2026 của UBND tỉnh)"),
    ];
    expect(readMetadata(own, "Thái Nguyên").meta).toMatchObject({ number: "31/KH-SKHCN", date: "2026-02-20" });
  });

  it("reads the sheet's units by the directory in force on that date", async () => {
    const sheet = [
      "BIỂU THEO DÕI NHIỆM VỤ",
      "Kế hoạch truyền thông năm 2026 (Kế hoạch số 27/KH-UBND ngày 09/02/2026 của UBND tỉnh Thái Nguyên)",
      "STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời hạn",
      "1\tSản xuất phóng sự về chuyển đổi số\tBáo và Phát thanh, Truyền hình Thái Nguyên\tSở Kế hoạch và Đầu tư\t30/6/2026",
    ].join("\n");
    const parsed = await parsePlanBuffer(Buffer.from(sheet), {
      directories: shippedDirectories,
      calendar: shippedCalendar,
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.value.plan).toMatchObject({ number: "27/KH-UBND", date: "2026-02-09" });
    const [task] = parsed.value.tasks;
    expect([task?.lead.map((u) => u.name), task?.coordinators.map((u) => u.name)]).toEqual([
      ["Báo và Phát thanh, Truyền hình Thái Nguyên"],
      ["Sở Tài chính"],
    ]);
  });

  it("reads the title over thousands of lines", () => {
    const lines = Array.from({ length: 5000 }, (_, i) => text(`Việc ${i} (Kế hoạch số ${i}/KH-UBND ngày 1/2/2025)`));
    const sheet = [text("Kế hoạch năm 2025 (Kế hoạch số 99/KH-UBND ngày 02/01/2025)"), ...lines];
    expect(readMetadata(sheet, "Lai Châu").meta).toMatchObject({ number: "99/KH-UBND", date: "2025-01-02" });
  });
});

describe("a plan citing another in a heading's bracket, with no number line of its own", () => {
  const cited = "(theo Kế hoạch số 35/KH-UBND ngày 22/01/2023 của UBND tỉnh Bắc Kạn)";
  it("is not numbered nor dated by a numbered heading's bracket", () => {
    for (const heading of [
      `I. ĐIỀU CHỈNH THỜI HẠN CÁC NHIỆM VỤ ${cited}`,
      `2. Các nhiệm vụ chuyển tiếp ${cited}`,
      `a) Nhiệm vụ bổ sung ${cited}`,
      `PHẦN II. NHIỆM VỤ ĐIỀU CHỈNH ${cited}`,
    ]) {
      const plan = [text("KẾ HOẠCH"), text("Khắc phục tồn tại, hạn chế năm 2025"), text(heading)];
      expect(readMetadata(plan, "Bắc Kạn").meta).toMatchObject({ number: null, date: null });
    }
  });

  it("is not numbered by a bracket in the lines after its first task", () => {
    const plan: Block[] = [
      text("BIỂU THEO DÕI NHIỆM VỤ"),
      { type: "row", cells: ["STT", "Nhiệm vụ", "Thời hạn"] },
      { type: "row", cells: ["1", "Rà soát thủ tục", "30/9/2025"] },
      text(`Các nhiệm vụ chuyển tiếp ${cited}`),
    ];
    expect(readMetadata(plan, "Bắc Kạn").meta).toMatchObject({ number: null, date: null });
    const prose = [text("KẾ HOẠCH"), text("1. Sở Nội vụ rà soát thủ tục."), text(`Nhiệm vụ chuyển tiếp ${cited}`)];
    expect(readMetadata(prose, "Bắc Kạn").meta).toMatchObject({ number: null, date: null });
  });

  it("reads a whole plan so written as having no number or date of its own", async () => {
    const plan = [
      "KẾ HOẠCH",
      "Khắc phục tồn tại, hạn chế năm 2025",
      `I. ĐIỀU CHỈNH THỜI HẠN CÁC NHIỆM VỤ ${cited}`,
      "1. Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp rà soát thủ tục, hoàn thành trong tháng 9/2025.",
    ].join("\n");
    const parsed = await parsePlanBuffer(Buffer.from(plan), {
      directories: shippedDirectories,
      calendar: shippedCalendar,
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.value.plan).toMatchObject({ number: null, date: null });
  });
});
