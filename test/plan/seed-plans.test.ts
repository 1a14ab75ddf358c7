// Each seed plan, read as the CLI reads it, against what the document says, line by
// line. Groups are written as the directory's members of that kind.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BAC_KAN } from "../../src/domain/directories/bac-kan.ts";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import type { Directory } from "../../src/domain/units.ts";
import type { ParsedPlan } from "../../src/plan/parsed-plan.ts";
import { parsePlanBuffer, shippedCalendar, shippedDirectories } from "../../src/services/plan-service.ts";
import { PLANS } from "../support/fixtures.ts";

async function parse(path: string): Promise<ParsedPlan> {
  const result = await parsePlanBuffer(readFileSync(path), {
    directories: shippedDirectories,
    calendar: shippedCalendar,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const kind = (d: Directory, k: string) => d.units.filter((u) => u.kind === k).map((u) => u.name);
const TN_DEPARTMENTS = kind(THAI_NGUYEN, "department");
const TN_DISTRICTS = kind(THAI_NGUYEN, "district");
const BK_DEPARTMENTS = kind(BAC_KAN, "department");
const BK_DISTRICTS = kind(BAC_KAN, "district");
const without = (list: string[], ...names: string[]) => list.filter((n) => !names.includes(n));

type Row = [
  ref: string,
  parentRef: string | null,
  deadline: [text: string, due: string, effective: string] | null,
  lead: string[],
  coordinators: string[],
];

function table(plan: ParsedPlan): Row[] {
  return plan.tasks.map((t) => [
    t.ref,
    t.parentRef,
    t.deadline ? [t.deadline.text, t.deadline.due, t.deadline.effectiveDue] : null,
    t.lead.map((u) => (u.resolved ? u.name : `?${u.name}`)),
    t.coordinators.map((u) => (u.resolved ? u.name : `?${u.name}`)),
  ]);
}

describe("Thái Nguyên 2019 (prose plan, KH 115/KH-UBND)", async () => {
  const plan = await parse(PLANS.thaiNguyen2019);

  it("reads the plan's metadata", () => {
    expect(plan.province).toBe("Thái Nguyên");
    expect(plan.plan).toEqual({
      number: "115/KH-UBND",
      date: "2019-11-15",
      issuer: "UBND tỉnh Thái Nguyên",
      title:
        "Triển khai xác định Chỉ số cải cách hành chính năm 2019 của các Sở, Ban, ngành, UBND cấp huyện thuộc tỉnh Thái Nguyên",
    });
  });

  it("finds every dated task with its units and deadline", () => {
    const nv = ["Sở Nội vụ"];
    const before = (d: string, due: string, eff = due, lead = "Thời gian hoàn thành"): [string, string, string] => [
      `${lead} trước ngày ${d}`,
      due,
      eff,
    ];
    const xong = (d: string, due: string, eff = due) => before(d, due, eff, "Thời gian xong");
    expect(table(plan)).toEqual([
      ["II", null, null, [], []],
      ["II.1", "II", null, [], []],
      ["II.1.1", "II.1", xong("30/11/2019", "2019-11-29"), nv, []],
      ["II.1.2", "II.1", xong("05/12/2019", "2019-12-04"), nv, []],
      ["II.1.3", "II.1", before("15/12/2019", "2019-12-14", "2019-12-16"), nv, []],
      ["II.1.4", "II.1", xong("10/12/2019", "2019-12-09"), nv, []],
      ["II.1.5", "II.1", before("31/12/2019", "2019-12-30"), nv, []],
      ["II.1.6", "II.1", before("31/01/2020", "2020-01-30"), nv, []],
      ["II.2", "II", null, [], []],
      ["II.2.1", "II.2", before("30/11/2019", "2019-11-29"), TN_DEPARTMENTS, []],
      ["II.2.2", "II.2", xong("20/12/2019", "2019-12-19"), TN_DEPARTMENTS, []],
      ["II.4", "II", null, [], []],
      ["II.4.1", "II.4", before("30/11/2019", "2019-11-29"), TN_DISTRICTS, []],
      ["II.4.2", "II.4", xong("20/12/2019", "2019-12-19"), TN_DISTRICTS, []],
      ["II.5", "II", before("30/11/2019", "2019-11-29"), ["Văn phòng HĐND tỉnh"], []],
      ["II.6", "II", before("30/11/2019", "2019-11-29"), ["Hiệp hội Doanh nghiệp tỉnh"], []],
    ]);
  });

  it("titles tasks with the bullet's text, without the deadline sentence", () => {
    expect(plan.tasks.find((t) => t.ref === "II.1.1")?.title).toBe(
      "Tham mưu UBND tỉnh ban hành Quy định đánh giá, xếp hạng công tác CCHC và Chỉ số CCHC năm 2019 thay thế Quyết định số 3788/QĐ-UBND ngày 10/12/2018 của UBND tỉnh Thái Nguyên",
    );
  });

  it("reads the quota table of Phụ lục VI: allocated and required samples", () => {
    const q = (unit: string, official: number, reserve: number, ro: number, rr: number) => ({
      unit,
      resolved: true,
      official,
      reserve,
      required: { official: ro, reserve: rr },
    });
    expect(plan.quotas).toEqual([
      q("Ban Dân tộc tỉnh", 10, 5, 10, 5),
      q("Ban Quản lý các khu công nghiệp tỉnh", 20, 10, 20, 10),
      q("Sở Ngoại vụ", 20, 10, 20, 10),
      q("Sở Khoa học và Công nghệ", 20, 10, 20, 10),
      q("Sở Thông tin và Truyền thông", 20, 10, 20, 10),
      q("Sở Lao động - Thương binh và Xã hội", 25, 12, 25, 12),
      q("Sở Xây dựng", 20, 10, 20, 10),
      q("Thanh tra tỉnh", 10, 5, 10, 5),
      q("Sở Văn hóa, Thể thao và Du lịch", 20, 10, 0, 0),
      q("Sở Y tế", 25, 12, 0, 0),
      q("Sở Công Thương", 20, 10, 0, 0),
      q("Sở Giáo dục và Đào tạo", 20, 10, 0, 0),
      q("Sở Giao thông vận tải", 25, 12, 0, 0),
      q("Sở Tư pháp", 20, 10, 0, 0),
      q("Sở Nội vụ", 20, 10, 0, 0),
      q("Sở Nông nghiệp và Phát triển nông thôn", 25, 12, 0, 0),
      q("Sở Kế hoạch và Đầu tư", 20, 10, 0, 0),
      q("Sở Tài chính", 20, 10, 0, 0),
      q("Sở Tài nguyên và Môi trường", 20, 10, 0, 0),
    ]);
  });

  it("reports the quota rows that leave a cell empty", () => {
    expect(plan.warnings.filter((w) => w.code === "quota-cell-missing").map((w) => w.args.unit)).toEqual([
      "Sở Tư pháp",
      "Sở Nội vụ",
      "Sở Nông nghiệp và Phát triển nông thôn",
      "Sở Kế hoạch và Đầu tư",
      "Sở Tài chính",
      "Sở Tài nguyên và Môi trường",
    ]);
  });
});

describe("Bắc Kạn 2023 (task table)", async () => {
  const plan = await parse(PLANS.bacKan2023);

  it("reads the metadata it has and warns about what it lacks", () => {
    expect(plan.province).toBe("Bắc Kạn");
    expect(plan.plan.number).toBeNull();
    expect(plan.plan.date).toBeNull();
    expect(plan.plan.title).toMatch(/^Thực hiện xác định kết quả Chỉ số cải cách hành chính/);
    expect(plan.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(["plan-number-missing", "plan-date-missing"]),
    );
  });

  it("finds all 15 tasks with their units and deadlines", () => {
    const month = (m: string, y: string, due: string, eff = due): [string, string, string] => [
      `Tháng ${m}/${y}`,
      due,
      eff,
    ];
    const oct = month("10", "2023", "2023-10-31");
    const nov = month("11", "2023", "2023-11-30");
    const dec = month("12", "2023", "2023-12-31", "2024-01-02");
    const jan = month("01", "2024", "2024-01-31");
    const feb = month("02", "2024", "2024-02-29");
    const nv = ["Sở Nội vụ"];
    const fourCoordinators = ["Văn phòng UBND tỉnh", "Sở Tư pháp", "Sở Tài chính", "Sở Thông tin và Truyền thông"];
    expect(table(plan)).toEqual([
      ["1", null, oct, nv, fourCoordinators],
      ["2", null, oct, nv, []],
      ["3", null, oct, nv, []],
      [
        "4",
        null,
        nov,
        nv,
        [...without(BK_DEPARTMENTS, "Sở Nội vụ"), ...BK_DISTRICTS, "?UBND cấp xã", "Người dân", "Doanh nghiệp"],
      ],
      ["5", null, nov, ["?UBND cấp xã"], BK_DISTRICTS],
      ["6", null, dec, BK_DISTRICTS, nv],
      ["7", null, dec, [...BK_DEPARTMENTS, ...BK_DISTRICTS], []],
      ["8", null, dec, nv, fourCoordinators],
      ["9", null, dec, nv, []],
      ["10", null, dec, nv, []],
      ["11", null, jan, ["Tổ thẩm định"], nv],
      ["12", null, feb, ["Tổ thẩm định"], nv],
      ["13", null, feb, nv, fourCoordinators],
      ["14", null, feb, nv, fourCoordinators],
      ["15", null, feb, ["UBND tỉnh"], nv],
    ]);
  });

  it("reports the commune level it cannot expand", () => {
    expect(plan.warnings.filter((w) => w.code === "unresolved-unit").map((w) => [w.args.ref, w.args.name])).toEqual([
      ["4", "UBND cấp xã"],
      ["5", "UBND cấp xã"],
    ]);
  });

  it("has no quota table", () => {
    expect(plan.quotas).toEqual([]);
  });
});

describe("Thái Nguyên 2024 (SIPAS and PAR index, two-row headers over three pages)", async () => {
  const plan = await parse(PLANS.thaiNguyen2024);

  it("reads the metadata", () => {
    expect(plan.plan).toMatchObject({ number: "98/KH-UBND", date: "2024-05-17", issuer: "UBND tỉnh Thái Nguyên" });
    expect(plan.plan.title).toMatch(
      /^Đo lường mức độ hài lòng về sự phục vụ hành chính, xác định Chỉ số cải cách hành chính năm 2024/,
    );
  });

  it("finds every task of the Biểu phân công nhiệm vụ", () => {
    const m = (month: string, year: string, due: string, eff = due): [string, string, string] => [
      `Tháng ${month}/${year}`,
      due,
      eff,
    ];
    const may = m("05", "2024", "2024-05-31");
    const jun = m("06", "2024", "2024-06-30", "2024-07-01");
    const jul = m("07", "2024", "2024-07-31");
    const sep = m("09", "2024", "2024-09-30");
    const nov = m("11", "2024", "2024-11-30", "2024-12-02");
    const dec = m("12", "2024", "2024-12-31");
    const jan25 = m("01", "2025", "2025-01-31", "2025-02-03");
    const q1: [string, string, string] = ["Quý I/2025", "2025-03-31", "2025-03-31"];
    const q2: [string, string, string] = ["Quý II/2024", "2024-06-30", "2024-07-01"];
    const nv = ["Sở Nội vụ"];
    const everyone = [...TN_DEPARTMENTS, ...TN_DISTRICTS];
    const everyoneButNv = without(everyone, "Sở Nội vụ");
    const listers = [...TN_DEPARTMENTS, ...TN_DISTRICTS, "?UBND cấp xã"];
    const related = ["?Các sở, ngành liên quan"];
    const guidance = [
      "Văn phòng UBND tỉnh",
      "Sở Tư pháp",
      "Sở Thông tin và Truyền thông",
      "Sở Tài chính",
      "Sở Khoa học và Công nghệ",
    ];
    expect(table(plan)).toEqual([
      ["I", null, null, [], []],
      ["1.1", "I", may, nv, everyoneButNv],
      ["1.2", "I", jun, nv, everyoneButNv],
      ["1.3", "I", jul, listers, []],
      ["1.4", "I", sep, ["Đơn vị độc lập được lựa chọn"], everyone],
      ["1.5", "I", nov, nv, related],
      ["1.6", "I", dec, nv, related],
      ["1.7", "I", q1, nv, ["Văn phòng UBND tỉnh"]],
      ["II", null, null, [], []],
      ["2.1", "II", may, nv, related],
      ["2.2", "II", jun, nv, guidance],
      ["2.3", "II", jun, nv, everyoneButNv],
      ["2.4", "II", jul, listers, []],
      ["2.5", "II", sep, ["Đơn vị độc lập được lựa chọn"], everyone],
      ["2.6", "II", nov, everyone, []],
      ["2.7", "II", dec, everyone, []],
      ["2.8", "II", jan25, nv, ["?Các sở, ban, ngành liên quan"]],
      ["2.9", "II", q1, nv, ["Văn phòng UBND tỉnh"]],
      ["IV", null, q2, nv, []],
    ]);
  });
});
