import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../src/domain/deadline.ts";
import { findDeadlineWording } from "../../src/domain/deadline-wording.ts";
import { findYearlessDay } from "../../src/domain/plan-year.ts";

describe("parseDeadline", () => {
  it.each([
    // "trước ngày D": the last allowed day is D-1
    ["trước ngày 30/11/2019", "2019-11-29", "before"],
    ["Trước ngày 01/01/2020", "2019-12-31", "before"],
    ["trước ngày 01/03/2020", "2020-02-29", "before"],
    ["Thời gian hoàn thành trước ngày 15/12/2019", "2019-12-14", "before"],
    ["THỜI GIAN XONG TRƯỚC NGÀY 05/12/2019", "2019-12-04", "before"],
    ["trước 30.11.2019", "2019-11-29", "before"],
    ["trước ngày 5/12/19", "2019-12-04", "before"],
    // "chậm nhất ngày D", "ngày D": D itself
    ["chậm nhất ngày 19/01/2020", "2020-01-19", "on"],
    ["Ngày 10/10/2020", "2020-10-10", "on"],
    ["ngày 10 tháng 10 năm 2020", "2020-10-10", "on"],
    ["Thời gian hoàn thành: chậm nhất ngày 19/01/2020", "2020-01-19", "on"],
    ["30/11/2019", "2019-11-30", "on"],
    ["từ ngày 01/12/2018 đến hết ngày 30/11/2019", "2019-11-30", "on"],
    // "(nhân) dịp D": on the occasion, the day itself
    ["Dịp 02/9/2025", "2025-09-02", "on"],
    ["nhân dịp 19/5/2024", "2024-05-19", "on"],
    // months: the last day
    ["Tháng 10/2023", "2023-10-31", "month"],
    ["Tháng 02/2024", "2024-02-29", "month"],
    ["Tháng 02/2023", "2023-02-28", "month"],
    ["Tháng 11 năm 2020", "2020-11-30", "month"],
    ["tháng 6/2024", "2024-06-30", "month"],
    // quarters: the last day
    ["Quý I/2025", "2025-03-31", "quarter"],
    ["Quý II/2024", "2024-06-30", "quarter"],
    ["Quý III năm 2021", "2021-09-30", "quarter"],
    ["Quý IV năm 2020", "2020-12-31", "quarter"],
    ["quý 4/2020", "2020-12-31", "quarter"],
    ["THỜI GIAN HOÀN THÀNH: QUÝ II/2024", "2024-06-30", "quarter"],
    // half years: the first ends on 30 June, the second with the year
    ["6 tháng đầu năm 2027", "2027-06-30", "half"],
    ["xong trong sáu tháng cuối năm 2025", "2025-12-31", "half"],
    // a whole year
    ["Năm 2024", "2024-12-31", "year"],
    // a half year: its sixth month's last day
    ["6 tháng đầu năm 2023", "2023-06-30", "half"],
    ["Trong 06 tháng cuối năm 2025", "2025-12-31", "half"],
    ["hoàn thành trong 6 tháng đầu năm 2025", "2025-06-30", "half"],
    ["nửa năm cuối năm 2024", "2024-12-31", "half"],
    // "chậm nhất" without "ngày", after another lead-in
    ["hoàn thành chậm nhất 15/8/2025", "2025-08-15", "on"],
    // decomposed Unicode (NFD) reads the same
    ["Tha\u0301ng 10/2023", "2023-10-31", "month"],
  ])("%s → %s", (text, due, kind) => {
    const result = parseDeadline(text);
    expect(result).toEqual({ ok: true, deadline: { text: text.normalize("NFC"), due, kind } });
  });

  it.each(["đúng thời gian quy định", "Thường xuyên", "", "-", "Theo tiến độ"])("%j gives no deadline", (text) => {
    expect(parseDeadline(text)).toMatchObject({ ok: false, code: "no-date" });
  });

  it.each(["trước ngày 31/02/2020", "ngày 29/02/2023", "Tháng 13/2023", "ngày 32/1/2024"])(
    "%s names a day that does not exist",
    (text) => {
      expect(parseDeadline(text)).toMatchObject({ ok: false, code: "invalid-date" });
    },
  );
});

describe("findDeadlineWording", () => {
  it("takes the wording from its keyword to the end of the sentence", () => {
    expect(
      findDeadlineWording(
        "- Hướng dẫn các Sở xây dựng báo cáo. Thời gian xong **trước ngày 05/12/2019**.".replace(/\*/g, ""),
      ),
    ).toBe("Thời gian xong trước ngày 05/12/2019");
  });

  it("reads a date written after 'hoàn thành', 'xong' or 'trước' without 'ngày'", () => {
    expect(findDeadlineWording("Sở Tư pháp hướng dẫn các xã thực hiện; hoàn thành 30/4/2026.")).toBe(
      "hoàn thành 30/4/2026",
    );
    expect(parseDeadline("hoàn thành 30/4/2026")).toMatchObject({ ok: true, deadline: { due: "2026-04-30" } });
    expect(parseDeadline("xong 30/4/2026")).toMatchObject({ ok: true, deadline: { due: "2026-04-30" } });
    const before = findDeadlineWording("Tham mưu bố trí vốn trong kế hoạch năm 2027, trình UBND tỉnh trước 15/9/2026.");
    expect(before && parseDeadline(before)).toMatchObject({ ok: true, deadline: { due: "2026-09-14" } });
  });

  it("reads a date after a clause naming the deadline before a colon ('hạn hoàn thành:', 'thời hạn:')", () => {
    const sentence = "Giao Sở Y tế chủ trì, phối hợp với Bảo hiểm xã hội tỉnh; hạn hoàn thành: 15/10/2026.";
    expect(findDeadlineWording(sentence)).toBe("hạn hoàn thành: 15/10/2026");
    expect(parseDeadline("hạn hoàn thành: 15/10/2026")).toMatchObject({ ok: true, deadline: { due: "2026-10-15" } });
    const due = findDeadlineWording("Sở Công Thương tổng hợp số liệu, thời hạn: 05/6/2027.");
    expect(due && parseDeadline(due)).toMatchObject({ ok: true, deadline: { due: "2027-06-05" } });
  });

  it("reads a half year after 'trong' as a deadline", () => {
    expect(findDeadlineWording("Sở Y tế tập huấn cho nhân viên trạm y tế trong 6 tháng đầu năm 2027.")).toBe(
      "trong 6 tháng đầu năm 2027",
    );
  });

  it("reads a half year written with a zero ('06 tháng') after 'trong' as a deadline", () => {
    expect(
      findDeadlineWording("Sở Y tế hướng dẫn người dân đặt lịch khám trực tuyến trong 06 tháng đầu năm 2027."),
    ).toBe("trong 06 tháng đầu năm 2027");
  });

  it("reads a half year closing the sentence after a semicolon as its deadline, never one it reports on", () => {
    expect(findDeadlineWording("Kiểm tra việc thực thi công vụ tại các xã; 6 tháng cuối năm 2027.")).toBe(
      "6 tháng cuối năm 2027",
    );
    expect(findDeadlineWording("Báo cáo kết quả 6 tháng đầu năm 2027 gửi Sở Nội vụ.")).toBeNull();
  });

  it("reads a half year the work is to be finished in, closing the sentence, as its deadline", () => {
    expect(findDeadlineWording("Tập huấn kỹ năng số cho công chức xã; hoàn thành 6 tháng cuối năm 2027.")).toBe(
      "6 tháng cuối năm 2027",
    );
    expect(findDeadlineWording("Số hóa sổ hộ tịch, xong 06 tháng đầu năm 2027")).toBe("06 tháng đầu năm 2027");
  });

  it("passes over a day before the plan's own date when a later one follows", () => {
    const sentence =
      "Sở Xây dựng rà soát các giấy phép cấp trước ngày 01/01/2024 để thu hồi giấy phép hết hạn; xong trước ngày 30/9/2026.";
    expect(findDeadlineWording(sentence, "2026-02-10")).toBe("trước ngày 30/9/2026");
    // Without the plan's date, or with no later day, the first wording stands.
    expect(findDeadlineWording(sentence)).toMatch(/^trước ngày 01\/01\/2024/);
    expect(findDeadlineWording("Tổng kết việc cấp giấy phép trước ngày 01/01/2024.", "2026-02-10")).toBe(
      "trước ngày 01/01/2024",
    );
  });

  it("reads a bare 'ngày D' after what is to be done as the day it is due", () => {
    expect(findDeadlineWording("Văn phòng UBND tỉnh kiểm tra, báo cáo kết quả về UBND tỉnh ngày 20/8/2026.")).toBe(
      "ngày 20/8/2026",
    );
    expect(findDeadlineWording("Tổ chức Hội nghị công bố kết quả năm 2026 vào ngày 19/12/2026.")).toBe(
      "ngày 19/12/2026",
    );
  });

  it("a bare 'ngày D' that dates a document or opens a sentence is no deadline", () => {
    expect(findDeadlineWording("Thực hiện Kế hoạch số 98/KH-UBND ngày 14/4/2026 của UBND tỉnh.")).toBeNull();
    expect(findDeadlineWording("Căn cứ Nghị định 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ")).toBeNull();
    expect(findDeadlineWording("Ngày 10/3/2026, Tổ công tác đã ban hành Thông báo.")).toBeNull();
    expect(findDeadlineWording("(Kèm theo Kế hoạch số: 115 /KH-UBND ngày 15 / 11/2019 của UBND tỉnh)")).toBeNull();
    expect(findDeadlineWording("Thực hiện theo chỉ đạo tại Công điện ngày 15/01/2026 của Thủ tướng.")).toBeNull();
    // A notice replaced by this one is dated, not due.
    expect(findDeadlineWording("Văn bản này thay thế Thông báo số 07/TB-SNV ngày 20/4/2025 của Sở.")).toBeNull();
  });

  it("a ranking written as a fraction ('xếp thứ 7/9') is no date", () => {
    const ranked = "Năm 2025, Chỉ số SIPAS của huyện xếp thứ 7/9, Chỉ số PAR INDEX xếp thứ 4/9 huyện, thành phố.";
    expect(findDeadlineWording(ranked, "2026-02-01")).toBeNull();
    expect(findYearlessDay(ranked)).toBeNull();
    const task = "Phấn đấu đưa Chỉ số từ thứ 7/9 lên thứ 5/9; báo cáo kết quả trước ngày 10/12/2026.";
    expect(findDeadlineWording(task, "2026-02-01")).toBe("trước ngày 10/12/2026");
  });

  it("takes no day that things begin after ('sau ngày …') for a due day", () => {
    expect(
      findDeadlineWording("Nếu sau ngày 15/3/2026 có đơn vị mới thành lập, đơn vị đó tiếp tục thực hiện."),
    ).toBeNull();
    expect(findDeadlineWording("Sau ngày 02/10/2026 Sở Y tế mới mở cổng nhận hồ sơ.")).toBeNull();
  });

  it("takes no day that things begin on ('từ ngày …' with no end) for a due day", () => {
    expect(
      findDeadlineWording("Lưu trữ điện tử các hồ sơ đất đai nộp từ ngày 15/02/2025 tại bộ phận một cửa."),
    ).toBeNull();
    expect(findDeadlineWording("Áp dụng biểu mẫu mới từ ngày 01/01/2027.")).toBeNull();
    expect(findDeadlineWording("Niêm yết công khai từ ngày 05/4/2027 đến hết ngày 20/4/2027.")).toBe(
      "từ ngày 05/4/2027 đến hết ngày 20/4/2027",
    );
  });

  it("takes no date from a day of every period ('trước ngày 10 của tháng đầu quý'), nor lends it a later one", () => {
    expect(
      findDeadlineWording("Các sở gửi số liệu về Sở Y tế trước ngày 10 của tháng đầu quý, bắt đầu từ ngày 01/4/2027."),
    ).toBeNull();
    expect(findDeadlineWording("Gửi báo cáo trước ngày 25 hằng tháng; kỳ đầu tiên gửi trước ngày 25/5/2027.")).toBe(
      "trước ngày 25/5/2027",
    );
    expect(findDeadlineWording("Hoàn thành trước ngày 15 tháng 8 năm 2027.")).toBe("trước ngày 15 tháng 8 năm 2027");
  });

  it("reads 'trong năm Y' ending the sentence as the year's last day, not inside it", () => {
    const yearEnd = findDeadlineWording("Thanh tra tỉnh kiểm tra công vụ tại các xã, ít nhất 03 lần trong năm 2025.");
    expect(yearEnd).toBe("trong năm 2025");
    expect(parseDeadline(yearEnd!)).toMatchObject({ ok: true, deadline: { due: "2025-12-31" } });
    expect(findDeadlineWording("Sở Y tế đề xuất các dự án đầu tư trong năm 2025, trình UBND tỉnh xem xét.")).toBeNull();
  });

  it("reads a bare 'năm Y' set off by a semicolon at the sentence's end as the year's last day, not inside it", () => {
    const yearEnd = findDeadlineWording("Kiểm tra hồ sơ đất đai tại các xã biên giới; năm 2027.");
    expect(yearEnd).toBe("năm 2027");
    expect(parseDeadline(yearEnd!)).toMatchObject({ ok: true, deadline: { due: "2027-12-31" } });
    expect(findDeadlineWording("Tổng kết công tác năm 2027; gửi báo cáo về Sở Nội vụ.")).toBeNull();
    expect(findDeadlineWording("Sở Y tế lập kế hoạch khám sức khỏe năm 2027.")).toBeNull();
  });

  it("reads 'chậm nhất D' without 'ngày' inside a sentence", () => {
    const wording = findDeadlineWording("Sở Xây dựng cập nhật bản đồ quy hoạch, chậm nhất 31/10/2025.");
    expect(wording && parseDeadline(wording)).toMatchObject({ ok: true, deadline: { due: "2025-10-31" } });
  });

  it("ignores dates that are not deadlines", () => {
    expect(findDeadlineWording("Triển khai Quyết định số 1000/QĐ-BNV ngày 14/11/2019 của Bộ Nội vụ")).toBeNull();
    expect(findDeadlineWording("Tham mưu công bố Chỉ số CCHC năm 2023 đúng thời gian quy định.")).toBeNull();
  });

  it("reads a day written in words as that day, not its month, and no start as a deadline", () => {
    const due = (text: string) => {
      const wording = findDeadlineWording(text, "2025-03-02");
      const parsed = wording ? parseDeadline(wording) : null;
      return parsed?.ok ? parsed.deadline.due : null;
    };
    expect(due("Sở Y tế tổ chức hội nghị tập huấn vào ngày 12 tháng 9 năm 2025 (thứ Sáu).")).toBe("2025-09-12");
    expect(
      due("Mở lớp từ ngày 03 tháng 6 năm 2025; các sở gửi danh sách học viên chậm nhất ngày 20 tháng 5 năm 2025."),
    ).toBe("2025-05-20");
    expect(due("Sở Tư pháp hướng dẫn các xã từ đầu tháng 5 năm 2025 và duy trì hằng năm.")).toBeNull();
    expect(due("Sở Tư pháp hướng dẫn các xã từ tháng 5/2025.")).toBeNull();
  });
});

describe("a week of a month", () => {
  it("is counted from the month's first day, the last week ending with the month", () => {
    const due = (text: string) => {
      const wording = findDeadlineWording(text);
      const parsed = wording ? parseDeadline(wording) : null;
      return parsed?.ok ? [parsed.deadline.text, parsed.deadline.due] : null;
    };
    expect(due("Các trường nộp sản phẩm dự thi trong tuần đầu tháng 11/2026.")).toEqual([
      "tuần đầu tháng 11/2026",
      "2026-11-07",
    ]);
    expect(due("Sở Y tế tổng kết vào tuần thứ hai của tháng 3/2026.")?.[1]).toBe("2026-03-14");
    expect(due("Họp tổng kết trong tuần cuối tháng 2/2026.")?.[1]).toBe("2026-02-28");
  });
});

describe("parseDeadline on a date that does not exist", () => {
  it.each([
    ["31/02/2020", { fault: "day-not-in-month", written: "31/02/2020", month: 2, year: "2020", days: 29 }],
    ["trước ngày 31/04/2020", { fault: "day-not-in-month", written: "31/04/2020", month: 4, year: "2020", days: 30 }],
    ["10/13/2020", { fault: "no-such-month", written: "10/13/2020", month: 13 }],
    ["Tháng 13/2020", { fault: "no-such-month", written: "13/2020", month: 13 }],
  ])("%s says why", (text, why) => {
    expect(parseDeadline(text)).toEqual({ ok: false, code: "invalid-date", text, why });
  });
});

describe("parseDeadline on a time that only says when work begins", () => {
  it.each(["Từ tháng 3/2025", "từ ngày 01/4/2025", "Thời gian thực hiện: từ Quý II/2025"])(
    "%s is no deadline",
    (text) => {
      expect(parseDeadline(text)).toMatchObject({ ok: false, code: "no-date" });
    },
  );

  it("still ends a span at its end", () => {
    expect(parseDeadline("Từ tháng 3/2025 đến tháng 5/2025")).toMatchObject({
      ok: true,
      deadline: { due: "2025-05-31" },
    });
  });
});

describe("dates a copy writes with other dashes, and a time labelled as a time cell labels it", () => {
  it("reads en and em dashes and minus signs between a date's parts as hyphens", () => {
    expect(parseDeadline("hoàn thành 28 – 2 – 2027")).toMatchObject({ ok: true, deadline: { due: "2027-02-28" } });
    expect(parseDeadline("trước 01—4—2027")).toMatchObject({ ok: true, deadline: { due: "2027-03-31" } });
    expect(findDeadlineWording("Rà soát quy chế nội bộ, xong 15 − 5 − 2027.")).toBe("xong 15 - 5 - 2027");
  });

  it("finds 'hạn hoàn thành: D' and 'hạn nộp D' inside a sentence", () => {
    expect(findDeadlineWording("Phòng Tư pháp rà soát quy định; hạn hoàn thành: 12/8/2027.")).toBe(
      "hạn hoàn thành: 12/8/2027",
    );
    expect(findDeadlineWording("Các trường gửi danh sách, hạn nộp 03/9/2027.")).toBe("hạn nộp 03/9/2027");
    expect(findDeadlineWording("Hạn hoàn thành các hồ sơ tồn đọng được rút ngắn.")).toBeNull();
  });
});

describe("a time that is a span of years", () => {
  it.each([
    ["2021 - 2022", "2022-12-31"],
    ["Năm 2024 - 2025", "2025-12-31"],
    ["Giai đoạn 2021 – 2023", "2023-12-31"],
  ])("%s runs to the end of its last year", (text, due) => {
    const read = parseDeadline(text);
    expect(read.ok && read.deadline.due).toBe(due);
  });

  it("dates nothing inside a sentence, where it names a programme", () => {
    expect(findDeadlineWording("Tổng kết Kế hoạch giai đoạn 2021 - 2025 của tỉnh")).toBeNull();
    expect(parseDeadline("Kế hoạch giai đoạn 2021 - 2025").ok).toBe(false);
    expect(parseDeadline("2025 - 2021").ok).toBe(false);
  });
});
