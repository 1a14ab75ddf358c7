// A commune's or a ward's plan gives its tasks to its own officials by post and to the heads of its villages.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

describe("a commune's officials and village heads", () => {
  it("lead the sentences that open with their posts, kept as written for the admin", () => {
    const plan = parse(
      [
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Công chức Văn hóa - Xã hội chủ trì, phối hợp với Trưởng các tổ dân phố rà soát hộ nghèo, hoàn thành " +
          "trước ngày 16/9/2024.",
        "2. Trưởng các thôn tổng hợp ý kiến của Nhân dân, báo cáo UBND xã trước ngày 11/10/2024.",
        "3. Công chức, viên chức được cử đi học tập trung báo cáo kết quả trước ngày 20/11/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["III.1", "2024-09-15", ["?Công chức Văn hóa - Xã hội"], ["?Trưởng các tổ dân phố"]],
      ["III.2", "2024-10-10", ["?Trưởng các thôn"], []],
      ["III.3", "2024-11-19", [], []],
    ]);
  });

  it("are the units of a table's cells, a field named after 'và' staying in the post", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "STT\tNội dung\tNgười chủ trì\tPhối hợp\tThời hạn",
        "1\tLập sổ theo dõi đất công\tCông chức Địa chính - Xây dựng và Môi trường\tTrưởng các xóm\tTháng 8/2024",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-08-31", ["?Công chức Địa chính - Xây dựng và Môi trường"], ["?Trưởng các xóm"]],
    ]);
  });

  it("lead an order addressed to them, whose post the typist wrote in lower case after the verb", () => {
    const plan = parse(
      [
        "III. NHIỆM VỤ",
        "1. Giao công chức Tư pháp - Hộ tịch xã rà soát hồ sơ chứng thực, xong trước ngày 20/10/2024.",
        "2. Trưởng thôn Nà Mò, Trưởng thôn Khuổi Lừa vận động Nhân dân tu sửa 2,5 km đường nội đồng trong tháng 11/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["III.1", "2024-10-19", ["?Công chức Tư pháp - Hộ tịch xã"], []],
      ["III.2", "2024-11-30", ["?Trưởng thôn Nà Mò", "?Trưởng thôn Khuổi Lừa"], []],
    ]);
  });
});
