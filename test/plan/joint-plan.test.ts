// A joint plan of the People's Committee and another body (the Front's standing board): two numbers side by side in
// its header, each side's duties under a heading naming that side, and the two signatures above "Nơi nhận".
import { describe, expect, it } from "vitest";
import { LAI_CHAU_2025 } from "../../src/domain/directories/lai-chau.ts";
import { createResolver } from "../../src/domain/resolve-units.ts";
import { parsePlan } from "../../src/plan/parse-plan.ts";
import { readTextPlan } from "../../src/plan/read-text.ts";
import { shippedCalendar } from "../../src/services/plan-service.ts";
import { names, parse, tasks } from "../support/text-plans.ts";

function readJoint(text: string) {
  const read = readTextPlan(text);
  if (!read.ok) throw new Error(read.error.code);
  const parsed = parsePlan(read.document, LAI_CHAU_2025, shippedCalendar);
  if (!parsed.ok) throw new Error(parsed.error.code);
  return parsed.plan;
}

const JOINT = [
  "HỘI NÔNG DÂN TỈNH\tỦY BAN NHÂN DÂN TỈNH LAI CHÂU",
  "Số: 05/KH-HND\tSố: 211/KH-UBND\tLai Châu, ngày 02 tháng 4 năm 2026",
  "KẾ HOẠCH PHỐI HỢP",
  "Hỗ trợ nông dân làm thủ tục trực tuyến",
  "I. NỘI DUNG",
  "1. Trách nhiệm của Hội Nông dân tỉnh",
  "a) Tập huấn cho hội viên về dịch vụ công trực tuyến trước ngày 30/6/2026.",
  "2. Trách nhiệm của Sở Nội vụ",
  "a) Tổng hợp ý kiến của hội viên, hoàn thành trong tháng 9/2026.",
  "b) Sở Tư pháp rà soát thủ tục trong quý III/2026.",
  "3. Sở Nội vụ và Văn phòng UBND tỉnh tổng kết, báo cáo lãnh đạo hai bên trước ngày 10/12/2026./.",
  "TM. ỦY BAN NHÂN DÂN",
  "CHỦ TỊCH",
  "Nguyễn Văn A\tTM. BAN THƯỜNG VỤ",
  "HỘI NÔNG DÂN TỈNH",
  "CHỦ TỊCH",
  "Trần Văn B",
  "Nơi nhận:",
  "- Như trên;",
].join("\n");

describe("a joint plan of the People's Committee and another body", () => {
  const plan = readJoint(JOINT);

  it("is known by the number the People's Committee gave it, of the two side by side", () => {
    expect(plan.plan.number).toBe("211/KH-UBND");
  });

  it("gives the items under a side's heading ('Trách nhiệm của X') that side, unless an item names its own", () => {
    expect(tasks(plan)).toContainEqual(["I.1.a", "2026-06-29", ["Hội Nông dân tỉnh"], []]);
    expect(tasks(plan)).toContainEqual(["I.2.a", "2026-09-30", ["Sở Nội vụ"], []]);
    expect(tasks(plan)).toContainEqual(["I.2.b", "2026-09-30", ["Sở Tư pháp"], []]);
  });

  it("ends its text at the signing line: the signer's name in capitals is no unit of the last item", () => {
    expect(tasks(plan)).toContainEqual(["I.3", "2026-12-09", ["Sở Nội vụ", "Văn phòng UBND tỉnh"], []]);
  });
});

describe("a plan with one number", () => {
  it("keeps it, whoever issued it", () => {
    const plan = readJoint(JOINT.replace("Số: 05/KH-HND\t", "").replace("211/KH-UBND", "9/KH-HND"));
    expect(plan.plan.number).toBe("9/KH-HND");
  });
});

describe("the Front's standing board", () => {
  it("is the Front's committee, which acts through it", () => {
    const resolver = createResolver(LAI_CHAU_2025);
    expect(names(resolver.resolveList("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"))).toEqual([
      "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
    ]);
    // One of its departments is a body of its own, which no directory lists.
    expect(names(resolver.resolveList("Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"))).toEqual([
      "?Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh",
    ]);
  });
});

describe("a heading naming whose duties follow, in a plan of one issuer", () => {
  it("leads the bullets under it that name no one", () => {
    const plan = parse(
      [
        "II. TỔ CHỨC THỰC HIỆN",
        "1. Nhiệm vụ của Sở Tư pháp",
        "- Rà soát văn bản quy phạm pháp luật trong tháng 6/2024.",
      ].join("\n"),
    );
    // Its one dash is the heading's one task, cited by the heading (sole-paragraph.ts).
    expect(tasks(plan)).toEqual([["II.1", "2024-06-30", ["Sở Tư pháp"], []]]);
  });
});

describe("'Chỉ đạo X …' with no subject under a side's duties", () => {
  const body = (item: string) => ["II. NHIỆM VỤ", "1. Trách nhiệm của Sở Nội vụ", `a) ${item}`].join("\n");

  it("is the side's task, the side answering for what it directs", () => {
    const plan = parse(body("Chỉ đạo Văn phòng Sở rà soát hồ sơ công chức, hoàn thành trong tháng 6/2024."));
    expect(tasks(plan)).toEqual([["II.1.a", "2024-06-30", ["Sở Nội vụ"], []]]);
  });

  it("is done by those it directs when they report the result to that side: no one reports to themselves", () => {
    const plan = parse(
      body(
        "Chỉ đạo Sở Tư pháp rà soát văn bản, báo cáo kết quả về Sở Nội vụ (qua phòng chuyên môn) trước ngày 30/6/2024.",
      ),
    );
    expect(tasks(plan)).toEqual([["II.1.a", "2024-06-29", ["Sở Tư pháp"], []]]);
  });
});
