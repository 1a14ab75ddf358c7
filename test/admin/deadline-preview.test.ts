// /deadline previews on the 2019 Thái Nguyên plan (dated 15/11/2019), through the chat
// core on a real SQLite file: the day written, the day it really falls due and why, the
// province's day-off rule; impossible dates and headings refused with the reason, a date
// before the plan's own date warned about.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDayOffRule } from "../../src/services/calendar-service.ts";
import type { Sender } from "../../src/services/chat/types.ts";
import { ADMIN_ID, chatWorld, type ChatWorld } from "../support/chat.ts";

const admin: Sender = {
  channel: "telegram",
  chatId: String(ADMIN_ID),
  chatKind: "private",
  userId: String(ADMIN_ID),
  name: "Quản trị",
};

let world: ChatWorld;
const say = async (text: string) => (await world.core.handle({ from: admin, text })).replies[0]!.text;
/** The lines after the notices: the deadline explained, then "Kế hoạch chưa thay đổi…". */
const explained = (text: string) => text.split("\n\n").at(-2)!.split("\n");

beforeAll(async () => {
  world = await chatWorld({ today: "2019-11-25" });
});
afterAll(async () => world.db.drop());

describe("/deadline previews", () => {
  it("shows the day written, the day it falls due with the reason, and the rule", async () => {
    const preview = await say("/deadline II.1.1 14/12/2019");
    expect(preview).toContain("• Nhiệm vụ II.1.1 đổi thời hạn: Thời gian xong trước ngày 30/11/2019 → 14/12/2019");
    expect(explained(preview)).toEqual([
      'Thời hạn "14/12/2019": ngày ghi 14/12/2019 (thứ Bảy), đến hạn thực tế 16/12/2019 (thứ Hai).',
      "Lý do: 14/12/2019 là thứ Bảy: hạn chuyển sang thứ Hai 16/12/2019.",
      "Quy tắc ngày nghỉ của Thái Nguyên: hạn rơi vào ngày nghỉ thì chuyển sang ngày làm việc kế tiếp.",
    ]);
  });

  it("names the holiday a deadline falls on", async () => {
    expect(explained(await say("/deadline II.1.1 01/01/2020"))).toEqual([
      'Thời hạn "01/01/2020": ngày ghi 01/01/2020 (thứ Tư), đến hạn thực tế 02/01/2020 (thứ Năm).',
      "Lý do: 01/01/2020 là ngày nghỉ Tết Dương lịch: hạn chuyển sang thứ Năm 02/01/2020.",
      "Quy tắc ngày nghỉ của Thái Nguyên: hạn rơi vào ngày nghỉ thì chuyển sang ngày làm việc kế tiếp.",
    ]);
  });

  it("gives a quarter its last day", async () => {
    expect(explained(await say("/deadline II.1.1 Quý I/2020"))[0]).toBe(
      'Thời hạn "Quý I/2020": ngày ghi 31/03/2020 (thứ Ba), đến hạn thực tế 31/03/2020 (thứ Ba).',
    );
  });

  it("follows the province's rule when it is the previous working day", async () => {
    await setDayOffRule(world.db.client, "Thái Nguyên", "previous");
    try {
      expect(explained(await say("/deadline II.1.1 trước ngày 15/12/2019"))).toEqual([
        'Thời hạn "trước ngày 15/12/2019": ngày ghi 14/12/2019 (thứ Bảy), đến hạn thực tế 13/12/2019 (thứ Sáu).',
        "Lý do: 14/12/2019 là thứ Bảy: hạn lùi về thứ Sáu 13/12/2019.",
        "Quy tắc ngày nghỉ của Thái Nguyên: hạn rơi vào ngày nghỉ thì lùi về ngày làm việc liền trước.",
      ]);
    } finally {
      await setDayOffRule(world.db.client, "Thái Nguyên", "next");
    }
  });

  it("warns, without refusing, for a date before the plan's own date", async () => {
    const preview = await say("/deadline II.1.1 05/11/2019");
    expect(explained(preview).at(-1)).toBe(
      "Lưu ý: ngày 05/11/2019 trước ngày ban hành kế hoạch (15/11/2019); hãy kiểm tra lại nếu gõ nhầm.",
    );
    expect(preview).toContain('Bấm "Áp dụng và thông báo"');
  });

  it("refuses impossible dates with the reason", async () => {
    expect(await say("/deadline II.1.1 31/02/2020")).toBe("Không có ngày 31/02/2020: tháng 2/2020 chỉ có 29 ngày.");
    expect(await say("/deadline II.1.1 29/02/2019")).toBe("Không có ngày 29/02/2019: tháng 2/2019 chỉ có 28 ngày.");
    expect(await say("/deadline II.1.1 10/13/2020")).toBe(
      "Không có ngày 10/13/2020: tháng ghi từ 1 đến 12, không có tháng 13.",
    );
  });

  it("refuses a heading", async () => {
    expect(await say("/deadline II 31/12/2019")).toBe(
      "II là đề mục nhóm các nhiệm vụ, không phải một nhiệm vụ nên không có thời hạn riêng; hãy đặt hạn cho từng nhiệm vụ bên dưới, mã bắt đầu bằng II.",
    );
  });
});

describe("/quota", () => {
  it("answers a command without the appendix with its usage", async () => {
    expect(await say("/chitieu Sở Kế hoạch và Đầu tư 20")).toBe(
      "Cách dùng: /chitieu TÊN_ĐƠN_VỊ III SỐ_MẪU [dự phòng SỐ_MẪU], ví dụ /chitieu Sở Y tế III 20 dự phòng 10.",
    );
  });
});
