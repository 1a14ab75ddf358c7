// A focal point sends lists in chat: stored, replaced, checked against the unit's
// other lists, the task marked done, the score updated; wrong files change nothing. The unit
// joins once; each test starts from that world put back and sends the lists it builds on.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ChatRequest, ChatResponse, Sender } from "../../src/services/chat/types.ts";
import { chatWorld, type ChatWorld } from "../support/chat.ts";
import { describeEngines } from "../support/databases.ts";
import { appendixI, appendixIII, citizen, xlsx, type Row } from "../support/lists.ts";
import { rewindTo, type Rewind } from "../support/rewind.ts";

const sender: Sender = {
  channel: "telegram",
  chatId: "3001",
  chatKind: "private",
  userId: "3001",
  name: "Cán bộ Xây dựng",
};
describeEngines("on %s", (engine) => {
  let world: ChatWorld;
  let rewind: Rewind;

  beforeAll(async () => {
    world = await chatWorld({ engine, today: "2019-11-26" });
    await world.core.handle({ from: sender, text: `/start ${await world.invite("Sở Xây dựng")}` });
    await world.core.handle({ from: sender, text: "/bienche 2" }); // its Phụ lục I below is the whole staff
    rewind = await rewindTo(world);
  });
  beforeEach(async () => rewind.back());
  afterAll(async () => rewind.drop());

  async function send(name: string, content: Buffer): Promise<ChatResponse> {
    const request: ChatRequest = { from: sender, file: { name, size: content.length, read: async () => content } };
    return world.core.handle(request);
  }

  const staff = (n: number, phone = `0912${String(100000 + n)}`): Row => [
    n,
    `Nguyễn Văn ${"ABCDEFGHIK"[n % 10]}`,
    "Chuyên viên",
    "x",
    null,
    phone,
    null,
  ];
  const citizens = (official: number, reserve: number, phone = (n: number) => `0987${String(100000 + n)}`): Row[] => [
    ...Array.from({ length: official }, (_, i) => citizen(i + 1, { phone: phone(i + 1) })),
    ["II. Danh sách dự phòng"],
    ...Array.from({ length: reserve }, (_, i) => citizen(official + i + 1, { phone: phone(official + i + 1) })),
  ];
  /** The unit's first Phụ lục III: 18 official samples of 20, and a row with an old 11-digit phone. */
  async function sendIncompleteIII(): Promise<ChatResponse> {
    const all = citizens(18, 10);
    const rows = [...all.slice(0, 18), citizen(90, { phone: "01662345678" }), ...all.slice(18)];
    return send("ds-phu-luc-3.xlsx", await xlsx(appendixIII(rows)));
  }
  /** Its whole staff (Phụ lục I) and a complete Phụ lục III, which finish its task; the last answer. */
  async function completeLists(): Promise<ChatResponse> {
    await send("can-bo.xlsx", await xlsx(appendixI([staff(1), staff(2)])));
    return send("ds-3-lan-2.xlsx", await xlsx(appendixIII(citizens(20, 10))));
  }

  describe("sending lists in chat", () => {
    it("answers a list with errors: counts, quota, first errors, the annotated copy, and keeps it as the current list", async () => {
      const response = await sendIncompleteIII();
      const reply = response.replies[0]!;
      expect(reply.text.split("\n").slice(0, 4)).toEqual([
        'Đã nhận danh sách Phụ lục III (Danh sách tổ chức, cá nhân đã có yêu cầu giải quyết TTHC và đã được trả kết quả) của Sở Xây dựng, tệp "ds-phu-luc-3.xlsx".',
        "• 29 dòng, 28 dòng hợp lệ (chính thức 18, dự phòng 10).",
        "• Chỉ tiêu chính thức: 18/20 — còn thiếu.",
        "• Chỉ tiêu dự phòng: 10/10 — đạt.",
      ]);
      expect(reply.text).toContain(
        '– Dòng 22, cột "Số điện thoại (ghi cụ thể)": "01662345678" là số 11 chữ số đã đổi từ năm 2018; số mới là 0362345678.',
      );
      expect(reply.text).toContain("Danh sách chưa đầy đủ");
      expect(reply.file?.name).toBe("ds-phu-luc-3-da-kiem-tra.xlsx");
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(reply.file!.content as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((s) => s.name)).toEqual(["Danh sách", "Danh sách lỗi"]);
      expect(await world.db.client.submission.count({ where: { template: "III", supersededAt: null } })).toBe(1);
    });

    it("flags a phone already in the unit's other list", async () => {
      await sendIncompleteIII();
      const response = await send("can-bo.xlsx", await xlsx(appendixI([staff(1), staff(2, "0987100001")])));
      expect(response.replies[0]!.text).toContain(
        'Dòng 8, cột "Số điện thoại": số 0987100001 đã có ở dòng trên hoặc trong danh sách đã gửi trước',
      );
    });

    it("marks the task done once every list it asks for is complete, and scores it", async () => {
      await sendIncompleteIII();
      const response = await completeLists();
      const text = response.replies[0]!.text;
      expect(text).toContain("Danh sách đầy đủ, hợp lệ.");
      expect(text).toContain("Nhiệm vụ II.2.1 đã được ghi nhận là hoàn thành.");
      expect(text).toContain("Điểm hiện tại của đơn vị: 10/10.");
      expect(response.replies[0]!.file).toBeUndefined();
      expect(await world.db.client.submission.count({ where: { template: "III" } })).toBe(2);
      expect(await world.db.client.submission.count({ where: { template: "III", supersededAt: null } })).toBe(1);
      const done = await world.db.client.completion.findFirstOrThrow({ where: { task: { ref: "II.2.1" } } });
      expect(done).toMatchObject({ source: "submission", by: "telegram:3001", undoneAt: null });
    });

    it("shows the score with its breakdown", async () => {
      await completeLists();
      const response = await world.core.handle({ from: sender, text: "/score" });
      expect(response.replies[0]!.text.split("\n")).toEqual([
        "Điểm của Sở Xây dựng: 10/10",
        "Nếu mọi nhiệm vụ đến hạn hôm nay: 10/20",
        "• II.2.1 (hạn 29/11/2019): đã xong, đúng hạn (gửi đủ ngày 26/11/2019) — 10/10",
        "• II.2.2 (hạn 19/12/2019): chưa gửi báo cáo, tài liệu — 0/0",
        "   → Hoàn thành đủ trước hết ngày 19/12/2019: 10 điểm; sau ngày đó tối đa 5 điểm.",
        "Điểm theo dõi của dondoc (mặc định), không phải Chỉ số CCHC của tỉnh: tỉnh chưa nạp quy định chấm điểm của mình.",
        "Cách tính: mỗi nhiệm vụ nộp danh sách 10 điểm, nộp báo cáo, tài liệu 10 điểm khi gửi đủ, đúng hạn; đủ nhưng muộn 5; đúng hạn nhưng chưa đủ 5; muộn và chưa đủ 2,5; quá hạn chưa gửi 0. Sửa lại sau hạn không làm giảm điểm đã đạt đúng hạn. Danh sách đủ khi dòng lỗi không quá 5%. Nhiệm vụ chưa đến hạn chưa tính.",
      ]);
    });

    it("refuses, storing nothing, a list the plan does not ask of the unit, another unit's list, and a broken file", async () => {
      const before = await world.db.client.submission.count();
      const councilList = await xlsx({
        header: [["Số TT", "Họ và Tên", "Chức vụ", "Cơ quan công tác", "Giới tính", "Số điện thoại"]],
        rows: [[1, "Phạm Hoàng Sơn", "Chủ tịch", "HĐND tỉnh", "Nam", "0912345678"]],
      });
      expect((await send("hdnd.xlsx", councilList)).replies[0]!.text).toBe(
        "Kế hoạch không yêu cầu Sở Xây dựng gửi danh sách Phụ lục IV; đơn vị cần gửi: Phụ lục I, III. Chưa lưu gì.",
      );
      const other = await xlsx({
        ...appendixI([staff(1)]),
        title: ["SỞ Y TẾ", "DANH SÁCH CÁN BỘ, CÔNG CHỨC ĐANG CÔNG TÁC TẠI SỞ", "", ""],
      });
      expect((await send("y-te.xlsx", other)).replies[0]!.text).toBe(
        "Tệp này ghi tên Sở Y tế, không phải Sở Xây dựng. Có thể anh/chị gửi nhầm tệp; chưa lưu gì.",
      );
      expect((await send("hong.xlsx", Buffer.from("PK\x03\x04hỏng"))).replies[0]!.text).toMatch(/^Tệp bị hỏng/);
      expect(await world.db.client.submission.count()).toBe(before);
    });

    it("refuses lists from chats that are not linked to a unit", async () => {
      const stranger = { ...sender, chatId: "3999", userId: "3999" };
      const content = await xlsx(appendixI([staff(1)]));
      const response = await world.core.handle({
        from: stranger,
        file: { name: "x.xlsx", size: content.length, read: async () => content },
      });
      expect(response.replies[0]!.text).toMatch(/^Cuộc trò chuyện này chưa gắn với đơn vị nào/);
    });
  });

  describe("/mau", () => {
    it("sends the unit's blank templates, which come back valid once filled in", async () => {
      const response = await world.core.handle({ from: sender, text: "/mau" });
      expect(response.replies.map((r) => r.file?.name)).toEqual([
        "mau-phu-luc-I-so-xay-dung.xlsx",
        "mau-phu-luc-III-so-xay-dung.xlsx",
      ]);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.replies[1]!.file!.content as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      const text = sheet.getColumn(1).values.filter(Boolean).join("\n");
      expect(text).toContain("Danh sách tổ chức, cá nhân được trả kết quả từ ngày 01/12/2018 đến hết ngày 30/11/2019.");
      expect(text).toContain("Số mẫu phải lập: chính thức 20, dự phòng 10");
      // Six title lines (unit, title, period, quota, author, phone), a blank row, the header.
      const header = sheet.getRow(8).values as string[];
      expect(header.slice(1)).toEqual([
        "Số TT",
        "Họ và tên cá nhân, tổ chức đã giải quyết TTHC và đã trả kết quả",
        "Địa chỉ liên hệ",
        "Tên lĩnh vực/thủ tục yêu cầu giải quyết",
        "Ngày nhận hồ sơ",
        "Ngày trả kết quả thực tế",
        "Số điện thoại (ghi cụ thể)",
        "Ghi chú",
      ]);
      expect(sheet.getCell(9, 7).numFmt).toBe("@");

      const staffBook = new ExcelJS.Workbook();
      await staffBook.xlsx.load(response.replies[0]!.file!.content as unknown as ArrayBuffer);
      const staffSheet = staffBook.worksheets[0]!;
      expect(staffSheet.getCell(6, 4).value).toBe("Giới tính");
      expect([staffSheet.getCell(7, 4).value, staffSheet.getCell(7, 5).value]).toEqual(["Nam", "Nữ"]);
      expect(staffSheet.getCell(8, 4).dataValidation).toMatchObject({ type: "list", formulae: ['"x"'] });
      staffSheet.getRow(8).values = [1, "Hoàng Văn Nam", "Chuyên viên", "x", null, "0912777001"];
      staffSheet.getRow(9).values = [2, "Đinh Thị Mai", "Kế toán", null, "x", "0912777002"];
      const filled = Buffer.from(await staffBook.xlsx.writeBuffer());
      const reply = (await send("mau-da-dien.xlsx", filled)).replies[0]!;
      expect(reply.text).toContain("• 2 dòng, 2 dòng hợp lệ (chính thức 2, dự phòng 0).");
    });

    it("annotates a Vietnamese list in Vietnamese after the chat switched to English", async () => {
      await world.core.handle({ from: sender, text: "/lang en" });
      const response = await send("can-bo-loi.xlsx", await xlsx(appendixI([staff(1, "12345")])));
      await world.core.handle({ from: sender, text: "/lang vi" });
      const annotated = response.replies.find((r) => r.file)!.file!;
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(annotated.content as unknown as ArrayBuffer);
      const [sheet, list] = workbook.worksheets;
      const texts = sheet!
        .getSheetValues()
        .flat()
        .filter((v) => typeof v === "string") as string[];
      expect(texts).toContain("Lỗi cần sửa (dondoc)");
      expect(list!.name).toBe("Danh sách lỗi");
      expect(list!.getRow(1).values).toEqual([undefined, "Dòng", "Cột", "Giá trị", "Nội dung"]);
      expect(String(list!.getRow(2).getCell(4).value)).toContain("không phải số điện thoại Việt Nam hợp lệ");
      expect(response.replies[0]!.text).toMatch(/[Pp]hone/);
    });

    it("keeps the official forms in Vietnamese after the chat switched to English", async () => {
      await world.core.handle({ from: sender, text: "/lang en" });
      const response = await world.core.handle({ from: sender, text: "/mau" });
      await world.core.handle({ from: sender, text: "/lang vi" });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.replies[1]!.file!.content as unknown as ArrayBuffer);
      const text = workbook.worksheets[0]!.getColumn(1).values.filter(Boolean).join("\n");
      expect(response.replies[1]!.text).toMatch(/^Appendix III list template: /);
      expect(text).toContain("Người lập: ......");
      expect(text).toContain("Điện thoại: ......");
      expect(text).toContain("Danh sách tổ chức, cá nhân được trả kết quả từ ngày 01/12/2018");
      expect(text).not.toMatch(/Prepared by|Phone:/);
    });
  });
});
