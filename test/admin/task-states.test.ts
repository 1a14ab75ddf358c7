// One state per unit and task, read the same way by /tasks, /score, /progress and the
// export: a table of scenarios on the 2019 Thái Nguyên plan (Phụ lục I and III due
// 29/11/2019, the self-assessment report due 19/12/2019), each unit living one of them,
// through the chat core on a real SQLite file. The units live their lists' scenarios once,
// in beforeAll; every test starts from that world put back as it was and replays what else
// it reads (a report's document, a task reported done), so each passes alone and in any order.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Sender } from "../../src/services/chat/types.ts";
import { ADMIN_ID, chatWorld, type ChatWorld } from "../support/chat.ts";
import { appendixIII, citizens, staffOfThree, xlsx } from "../support/lists.ts";
import { rewindTo, sayOn, sendOn, type Rewind } from "../support/rewind.ts";
import { taskLine } from "../support/tasks-text.ts";

const UNITS = {
  nothing: "Sở Xây dựng",
  onlyIII: "Sở Ngoại vụ",
  corrected: "Sở Khoa học và Công nghệ",
  worse: "Sở Thông tin và Truyền thông",
  late: "Ban Quản lý các khu công nghiệp tỉnh",
  lateIncomplete: "Thanh tra tỉnh",
  noSamples: "Sở Y tế",
  better: "Sở Lao động - Thương binh và Xã hội",
  organiser: "Sở Nội vụ",
} as const;
type Scenario = keyof typeof UNITS;

const senders = new Map<Scenario, Sender>(
  (Object.keys(UNITS) as Scenario[]).map((key, i) => [
    key,
    { channel: "telegram", chatId: String(7100 + i), chatKind: "private", userId: String(7100 + i), name: "Đầu mối" },
  ]),
);
const admin: Sender = {
  channel: "telegram",
  chatId: String(ADMIN_ID),
  chatKind: "private",
  userId: String(ADMIN_ID),
  name: "Quản trị",
};

let world: ChatWorld;
let rewind: Rewind;
const on = (day: string) => (world.clock.now = new Date(`${day}T09:00:00+07:00`));

const send = async (who: Scenario, day: string, name: string, content: Buffer): Promise<string> =>
  (await sendOn(world, senders.get(who)!, day, { name, content })).replies[0]!.text;
const say = async (who: Scenario | "admin", day: string, text: string): Promise<string> =>
  (await sayOn(world, who === "admin" ? admin : senders.get(who)!, day, text)).replies[0]!.text;
const REPORT = Buffer.from("%PDF-1.4\n%%EOF\n");
const listI = staffOfThree;
const listIII = async (who: Scenario, official: number, reserve: number, base: number) =>
  xlsx({ ...appendixIII(citizens(official, reserve, base)), title: [UNITS[who].toUpperCase()] });

const RULES = [
  "Điểm theo dõi của dondoc (mặc định), không phải Chỉ số CCHC của tỉnh: tỉnh chưa nạp quy định chấm điểm của mình.",
  "Cách tính: mỗi nhiệm vụ nộp danh sách 10 điểm, nộp báo cáo, tài liệu 10 điểm khi gửi đủ, đúng hạn; đủ nhưng muộn 5; đúng hạn nhưng chưa đủ 5; muộn và chưa đủ 2,5; quá hạn chưa gửi 0. Sửa lại sau hạn không làm giảm điểm đã đạt đúng hạn. Danh sách đủ khi dòng lỗi không quá 5%. Nhiệm vụ chưa đến hạn chưa tính.",
];
const REPORT_OPEN = "• II.2.2 (hạn 19/12/2019): chưa gửi báo cáo, tài liệu — 0/0";
const REPORT_STAKE = "   → Hoàn thành đủ trước hết ngày 19/12/2019: 10 điểm; sau ngày đó tối đa 5 điểm.";
const replies: Record<string, string> = {};

/**
 * The report's documents before the lists' deadline: Sở Xây dựng asks /done first, then
 * sends its document (waiting); Sở Ngoại vụ's document is returned. The replies, in order.
 */
async function reportDocuments(): Promise<{ done: string; sent: string; returned: string }> {
  const done = await say("nothing", "2019-11-26", "/done II.2.2");
  await say("nothing", "2019-11-26", "/nop II.2.2");
  const sent = await send("nothing", "2019-11-26", "bao-cao.pdf", REPORT);
  await say("onlyIII", "2019-11-27", "/nop II.2.2");
  await send("onlyIII", "2019-11-27", "tu-danh-gia.pdf", REPORT);
  const returned = await say("admin", "2019-11-28", "/return Sở Ngoại vụ II.2.2 thiếu chữ ký");
  return { done, sent, returned };
}

/** Sở Nội vụ reports its own advisory task II.1.1 done on 26/11; its reply. */
const organiserDone = () => say("organiser", "2019-11-26", "/done II.1.1");

beforeAll(async () => {
  world = await chatWorld({ today: "2019-11-25" });
  for (const [key, unit] of Object.entries(UNITS)) {
    await say(key as Scenario, "2019-11-25", `/start ${await world.invite(unit)}`);
    await say(key as Scenario, "2019-11-25", "/bienche 3"); // their Phụ lục I: 3 people, the whole staff
  }
  // Each unit lives one scenario; the days are those of the 2019 plan (lists due 29/11).
  replies.onlyIII = await send("onlyIII", "2019-11-25", "ds3.xlsx", await listIII("onlyIII", 20, 10, 1000));
  await send("corrected", "2019-11-25", "ds1.xlsx", await listI());
  replies.corrected = await send("corrected", "2019-11-25", "ds3.xlsx", await listIII("corrected", 20, 10, 2000));
  replies.noSamples = await send("noSamples", "2019-11-25", "ds1.xlsx", await listI());
  await send("worse", "2019-11-25", "ds1.xlsx", await listI());
  await send("worse", "2019-11-25", "ds3.xlsx", await listIII("worse", 20, 10, 3000));
  replies.worse = await send("worse", "2019-11-27", "ds3b.xlsx", await listIII("worse", 18, 10, 3000));
  await send("better", "2019-11-25", "ds1.xlsx", await listI());
  await send("better", "2019-11-25", "ds3.xlsx", await listIII("better", 20, 12, 6000));
  replies.better = await send("better", "2019-11-28", "ds3b.xlsx", await listIII("better", 25, 12, 6000));
  await send("late", "2019-12-02", "ds1.xlsx", await listI());
  replies.late = await send("late", "2019-12-02", "ds3.xlsx", await listIII("late", 20, 10, 4000));
  await send("lateIncomplete", "2019-12-02", "ds1.xlsx", await listI());
  replies.lateIncomplete = await send(
    "lateIncomplete",
    "2019-12-02",
    "ds3.xlsx",
    await listIII("lateIncomplete", 5, 5, 5000),
  );
  rewind = await rewindTo(world);
}, 300_000);
beforeEach(async () => rewind.back());
afterAll(async () => rewind.drop());

describe("before the deadline (25/11/2019)", () => {
  it("/tasks and /score say what each task needs, and what the unit would score if it were due today", async () => {
    const tasks = await say("nothing", "2019-11-25", "/tasks");
    expect(taskLine(tasks, "II.2.1")).toBe(
      "Thời hạn: Thời gian hoàn thành trước ngày 30/11/2019 → hạn cuối 29/11/2019 · còn 4 ngày · chưa gửi Phụ lục I, III",
    );
    expect(taskLine(tasks, "II.2.2")).toBe(
      "Thời hạn: Thời gian xong trước ngày 20/12/2019 → hạn cuối 19/12/2019 · còn 24 ngày · chưa gửi báo cáo, tài liệu",
    );
    expect((await say("nothing", "2019-11-25", "/score")).split("\n")).toEqual([
      "Điểm của Sở Xây dựng: 0/0",
      "Nếu mọi nhiệm vụ đến hạn hôm nay: 0/20",
      "• II.2.1 (hạn 29/11/2019): chưa gửi Phụ lục I, III — 0/0",
      "   → Hoàn thành đủ trước hết ngày 29/11/2019: 10 điểm; sau ngày đó tối đa 5 điểm.",
      REPORT_OPEN,
      REPORT_STAKE,
      ...RULES,
    ]);
  });

  it("answers every list with what its task still needs, never asking to fix errors a file does not have", () => {
    expect(replies.onlyIII!.split("\n").slice(-5)).toEqual([
      "Danh sách đầy đủ, hợp lệ.",
      "Nhiệm vụ II.2.1: đã nhận Phụ lục III; còn thiếu: Phụ lục I.",
      "→ Hoàn thành đủ trước hết ngày 29/11/2019: 10 điểm; sau ngày đó tối đa 5 điểm.",
      "Điểm hiện tại của đơn vị: 0/0.",
      RULES[0],
    ]);
    expect(replies.corrected!.split("\n").slice(-3)).toEqual([
      "Nhiệm vụ II.2.1 đã được ghi nhận là hoàn thành.",
      "Điểm hiện tại của đơn vị: 10/10.",
      RULES[0],
    ]);
    expect(replies.worse!.split("\n").slice(-5)).toEqual([
      "Danh sách chưa đủ chỉ tiêu mẫu: bổ sung người vào danh sách rồi gửi lại cả tệp; bản mới sẽ thay bản này.",
      "Nhiệm vụ II.2.1: đã gửi nhưng chưa đầy đủ: Phụ lục III mới có 18/20 mẫu chính thức hợp lệ.",
      "→ Hoàn thành đủ trước hết ngày 29/11/2019: 10 điểm; sau ngày đó tối đa 5 điểm.",
      "Điểm hiện tại của đơn vị: 0/0.",
      RULES[0],
    ]);
    expect(replies.worse).not.toContain("sửa các lỗi");
    expect(replies.better!.split("\n").slice(-3)).toEqual([
      "Nhiệm vụ II.2.1 đã được ghi nhận là hoàn thành.",
      "Điểm hiện tại của đơn vị: 10/10.",
      RULES[0],
    ]);
  });

  it("asks a unit whose sample quota is 0 for Phụ lục I only", async () => {
    expect(replies.noSamples!.split("\n").slice(-3)).toEqual([
      "Nhiệm vụ II.2.1 đã được ghi nhận là hoàn thành.",
      "Điểm hiện tại của đơn vị: 10/10.",
      RULES[0],
    ]);
    const mau = await world.core.handle({ from: senders.get("noSamples")!, text: "/mau" });
    expect(mau.replies.map((r) => r.file?.name)).toEqual(["mau-phu-luc-I-so-y-te.xlsx"]);
  });

  it("ranks every unit that has tasks, those with nothing due yet said so", async () => {
    const ranking = (await say("admin", "2019-11-25", "/progress")).split("Xếp hạng điểm:\n")[1]!.split("\n");
    // On 25/11 the worse list of 27/11 is not in yet, nor the better one of 28/11.
    expect(ranking.slice(0, 3)).toEqual([
      "1. Sở Khoa học và Công nghệ — 10/10",
      "2. Sở Thông tin và Truyền thông — 10/10",
      "3. Sở Y tế — 10/10",
    ]);
    expect(ranking[3]).toBe("4. Ban Dân tộc tỉnh — chưa có nhiệm vụ đến hạn");
  });
});

describe("/mau", () => {
  it("says so when the plan names appendices it does not carry", async () => {
    on("2019-11-25");
    const district: Sender = { ...admin, chatId: "7199", userId: "7199", name: "Đầu mối Đại Từ" };
    await world.core.handle({ from: district, text: `/start ${await world.invite("UBND huyện Đại Từ")}` });
    expect((await world.core.handle({ from: district, text: "/mau" })).replies[0]!.text).toBe(
      "Kế hoạch yêu cầu UBND huyện Đại Từ lập danh sách theo phụ lục số II, VII (nhiệm vụ II.4.1), nhưng kế hoạch không kèm mẫu danh sách của các phụ lục này nên dondoc chưa có mẫu để gửi. Hãy hỏi Sở Nội vụ mẫu; khi nộp, báo bằng /done II.4.1 để Sở Nội vụ xác nhận.",
    );
  });
});

describe("/done", () => {
  it("on a list task says what is missing and marks nothing", async () => {
    expect(await say("nothing", "2019-11-26", "/done II.2.1")).toBe(
      "Nhiệm vụ II.2.1 hoàn thành khi Sở Nội vụ nhận đủ danh sách; còn thiếu: Phụ lục I, III. Gửi tệp danh sách vào cuộc trò chuyện này, dondoc tự ghi nhận khi đủ.",
    );
    expect(await say("onlyIII", "2019-11-26", "/done II.2.1")).toBe(
      "Nhiệm vụ II.2.1 hoàn thành khi Sở Nội vụ nhận đủ danh sách; còn thiếu: Phụ lục I. Gửi tệp danh sách vào cuộc trò chuyện này, dondoc tự ghi nhận khi đủ.",
    );
    expect(await say("corrected", "2019-11-26", "/done II.2.1")).toBe(
      "Nhiệm vụ II.2.1 đã được ghi nhận hoàn thành trước đó.",
    );
  });

  it("on a report without its document says how to send it, and the document is then waited on", async () => {
    const { done, sent, returned } = await reportDocuments();
    expect(done).toBe(
      "Nhiệm vụ II.2.2 hoàn thành khi Sở Nội vụ nhận báo cáo và tài liệu kiểm chứng. Gửi tài liệu kiểm chứng: /nop II.2.2 rồi gửi tệp.",
    );
    expect(sent).toBe(
      "Đã nhận tài liệu bao-cao.pdf cho nhiệm vụ II.2.2.\nNhiệm vụ II.2.2: đã gửi tài liệu bao-cao.pdf ngày 26/11/2019, chờ Sở Nội vụ xác nhận.",
    );
    expect(returned).toBe(
      "Đã trả lại tài liệu tu-danh-gia.pdf của Sở Ngoại vụ (nhiệm vụ II.2.2), lý do: thiếu chữ ký. dondoc đã báo đơn vị gửi tài liệu mới.",
    );
  });

  it("on an advisory task of the organiser finishes it, unscored", async () => {
    expect(await organiserDone()).toBe("Đã ghi nhận nhiệm vụ II.1.1 hoàn thành. dondoc sẽ thôi nhắc nhiệm vụ này.");
  });
});

describe("after the deadline (02/12/2019)", () => {
  const II21: Record<Scenario, [string, string]> = {
    nothing: ["chưa gửi Phụ lục I, III — 0/10", "quá hạn 3 ngày · chưa gửi Phụ lục I, III"],
    onlyIII: [
      "đã nhận Phụ lục III; còn thiếu: Phụ lục I — 5/10",
      "quá hạn 3 ngày · đã nhận Phụ lục III; còn thiếu: Phụ lục I",
    ],
    corrected: ["đã xong, đúng hạn (gửi đủ ngày 25/11/2019) — 10/10", "đã xong, đúng hạn (gửi đủ ngày 25/11/2019)"],
    worse: [
      "đã gửi nhưng chưa đầy đủ: Phụ lục III mới có 18/20 mẫu chính thức hợp lệ — 5/10",
      "quá hạn 3 ngày · đã gửi nhưng chưa đầy đủ: Phụ lục III mới có 18/20 mẫu chính thức hợp lệ",
    ],
    late: ["đã xong nhưng muộn (gửi đủ ngày 02/12/2019) — 5/10", "đã xong nhưng muộn (gửi đủ ngày 02/12/2019)"],
    lateIncomplete: [
      "đã gửi nhưng chưa đầy đủ: Phụ lục III mới có 5/10 mẫu chính thức hợp lệ — 2,5/10",
      "quá hạn 3 ngày · đã gửi nhưng chưa đầy đủ: Phụ lục III mới có 5/10 mẫu chính thức hợp lệ",
    ],
    noSamples: ["đã xong, đúng hạn (gửi đủ ngày 25/11/2019) — 10/10", "đã xong, đúng hạn (gửi đủ ngày 25/11/2019)"],
    better: ["đã xong, đúng hạn (gửi đủ ngày 28/11/2019) — 10/10", "đã xong, đúng hạn (gửi đủ ngày 28/11/2019)"],
    organiser: ["chưa gửi Phụ lục I — 0/10", "quá hạn 3 ngày · chưa gửi Phụ lục I"],
  };

  it.each(Object.keys(II21) as Scenario[])("%s: /score and /tasks tell the same state of II.2.1", async (who) => {
    const [score, tasks] = II21[who];
    expect((await say(who, "2019-12-02", "/score")).split("\n")).toContain(`• II.2.1 (hạn 29/11/2019): ${score}`);
    expect(taskLine(await say(who, "2019-12-02", "/tasks"), "II.2.1")).toBe(
      `Thời hạn: Thời gian hoàn thành trước ngày 30/11/2019 → hạn cuối 29/11/2019 · ${tasks}`,
    );
  });

  it("scores late and incomplete below either alone, and tells what completing now would earn", async () => {
    expect((await say("lateIncomplete", "2019-12-02", "/score")).split("\n").slice(0, 4)).toEqual([
      "Điểm của Thanh tra tỉnh: 2,5/10",
      "Nếu mọi nhiệm vụ đến hạn hôm nay: 2,5/20",
      "• II.2.1 (hạn 29/11/2019): đã gửi nhưng chưa đầy đủ: Phụ lục III mới có 5/10 mẫu chính thức hợp lệ — 2,5/10",
      "   → Hoàn thành đủ bây giờ: 5 điểm.",
    ]);
  });

  it("shows a report's document as waiting or returned, and the organiser's own tasks unscored", async () => {
    await reportDocuments();
    await organiserDone();
    expect(taskLine(await say("nothing", "2019-12-02", "/tasks"), "II.2.2")).toBe(
      "Thời hạn: Thời gian xong trước ngày 20/12/2019 → hạn cuối 19/12/2019 · đã gửi tài liệu bao-cao.pdf ngày 26/11/2019, chờ Sở Nội vụ xác nhận",
    );
    expect((await say("nothing", "2019-12-02", "/score")).split("\n")).toContain(
      "• II.2.2 (hạn 19/12/2019): đã gửi tài liệu bao-cao.pdf ngày 26/11/2019, chờ Sở Nội vụ xác nhận — 0/0",
    );
    expect(taskLine(await say("onlyIII", "2019-12-02", "/tasks"), "II.2.2")).toBe(
      "Thời hạn: Thời gian xong trước ngày 20/12/2019 → hạn cuối 19/12/2019 · còn 17 ngày · tài liệu tu-danh-gia.pdf (gửi ngày 27/11/2019) bị trả lại: thiếu chữ ký; cần gửi tài liệu mới",
    );
    const organiser = (await say("organiser", "2019-12-02", "/score")).split("\n");
    expect(organiser.slice(0, 4)).toEqual([
      "Điểm của Sở Nội vụ: 0/10",
      "Nếu mọi nhiệm vụ đến hạn hôm nay: 0/20",
      "• II.1.1 (hạn 29/11/2019): đã xong (ngày 26/11/2019) (không tính điểm) — 0/0",
      "• II.1.2 (hạn 04/12/2019): chưa báo xong (không tính điểm) — 0/0",
    ]);
  });

  it("says why a deadline moved from the day the plan wrote", async () => {
    expect(taskLine(await say("organiser", "2019-12-02", "/tasks"), "II.1.3")).toBe(
      "Thời hạn: Thời gian hoàn thành trước ngày 15/12/2019 → hạn cuối 16/12/2019 · 14/12/2019 là thứ Bảy: hạn chuyển sang thứ Hai 16/12/2019 · còn 14 ngày · chưa báo xong",
    );
  });

  it("/progress ranks by the same scores, and the export shows the same states", async () => {
    await reportDocuments();
    const ranking = (await say("admin", "2019-12-02", "/progress")).split("Xếp hạng điểm:\n")[1]!.split("\n");
    expect(ranking.slice(0, 8)).toEqual([
      "1. Sở Khoa học và Công nghệ — 10/10",
      "2. Sở Lao động - Thương binh và Xã hội — 10/10",
      "3. Sở Y tế — 10/10",
      "4. Ban Quản lý các khu công nghiệp tỉnh — 5/10",
      "5. Sở Ngoại vụ — 5/10",
      "6. Sở Thông tin và Truyền thông — 5/10",
      "7. Thanh tra tỉnh — 2,5/10",
      "8. Ban Dân tộc tỉnh — 0/10",
    ]);
    on("2019-12-02");
    const exported = await world.core.handle({ from: admin, text: "/export" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported.replies[0]!.file!.content as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Tiến độ")!;
    const refs = (sheet.getRow(1).values as string[]).slice(1);
    const cell = (unit: Scenario, ref: string) =>
      sheet
        .getRows(3, sheet.rowCount)!
        .find((r) => r.getCell(1).value === UNITS[unit])!
        .getCell(refs.indexOf(ref) + 1).value;
    expect(
      (["nothing", "onlyIII", "corrected", "worse", "late", "nothing"] as Scenario[]).map((u, i) =>
        cell(u, i === 5 ? "II.2.2" : "II.2.1"),
      ),
    ).toEqual([
      "Quá hạn 29/11/2019 (CT)",
      "Đang làm 25/11/2019 (CT)",
      "Xong đúng hạn 25/11/2019 (CT)",
      "Chưa đầy đủ 25/11/2019 (CT)",
      "Xong muộn 02/12/2019 (CT)",
      "Chờ xác nhận 26/11/2019 (CT) · tài liệu bao-cao.pdf",
    ]);
    const scores = workbook.getWorksheet("Điểm")!;
    expect((scores.getRow(8).values as unknown[]).slice(1, 5)).toEqual([7, "Thanh tra tỉnh", 2.5, 10]);
  });
});

describe("after the report's deadline (20/12/2019)", () => {
  it("keeps an on-time score when the unit corrects its list later, and says so", async () => {
    const reply = await send("corrected", "2019-12-20", "ds3c.xlsx", await listIII("corrected", 20, 10, 2000));
    expect(reply).toContain("Danh sách đầy đủ, hợp lệ.");
    expect((await say("corrected", "2019-12-20", "/score")).split("\n").slice(0, 2)).toEqual([
      "Điểm của Sở Khoa học và Công nghệ: 10/20",
      "• II.2.1 (hạn 29/11/2019): đã xong, đúng hạn (gửi đủ ngày 25/11/2019); bản sửa ngày 20/12/2019 không làm giảm điểm đúng hạn — 10/10",
    ]);
  });

  it("scores a report's document once an admin confirms it, and a returned one as sent but not complete", async () => {
    await reportDocuments();
    expect(await say("admin", "2019-12-20", "/confirm Sở Xây dựng II.2.2")).toBe(
      "Đã xác nhận Sở Xây dựng hoàn thành nhiệm vụ II.2.2.",
    );
    expect((await say("nothing", "2019-12-20", "/score")).split("\n")).toContain(
      "• II.2.2 (hạn 19/12/2019): Sở Nội vụ đã xác nhận tài liệu bao-cao.pdf (gửi ngày 26/11/2019) — 10/10",
    );
    expect((await say("onlyIII", "2019-12-20", "/score")).split("\n")).toContain(
      "• II.2.2 (hạn 19/12/2019): tài liệu tu-danh-gia.pdf (gửi ngày 27/11/2019) bị trả lại: thiếu chữ ký; cần gửi tài liệu mới — 5/10",
    );
    const ranking = (await say("admin", "2019-12-20", "/progress")).split("Xếp hạng điểm:\n")[1]!.split("\n");
    expect(ranking.slice(2, 4)).toEqual(["3. Sở Ngoại vụ — 10/20", "4. Sở Xây dựng — 10/20"]);
  });
});
