// A plan's Roman sections number their rows anew ("I" 1, 2; "II" 1) and its last section goes on in a table of its
// own, under an appendix's title or on a second sheet ("VI" 1, 2): its rows are cited by their section as the first
// table's are, "VI.1", not read as the first table's numbers written again.
import { describe, expect, it } from "vitest";
import { withSectionRefs } from "../../src/plan/section-refs.ts";
import type { TaskDraft } from "../../src/plan/parsed-plan.ts";
import { parse, tasks } from "../support/text-plans.ts";

const HEADER = ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn"].join("\t");
const row = (n: string, title: string, due = "") => [n, title, due ? "Sở Nội vụ" : "", "", due].join("\t");

const firstTable = [
  "Phụ lục I: Nhiệm vụ về tổ chức, cán bộ",
  HEADER,
  row("I", "CÔNG TÁC TỔ CHỨC"),
  row("1", "Kiện toàn tổ chức bộ máy", "30/4/2024"),
  row("2", "Rà soát vị trí việc làm", "30/6/2024"),
  row("II", "CÔNG TÁC CÁN BỘ"),
  row("1", "Đánh giá cán bộ năm 2024", "15/12/2024"),
];

describe("sections going on in a table of their own", () => {
  it("cites the later table's rows by their section when the sections number anew", () => {
    const plan = parse(
      [
        ...firstTable,
        "Phụ lục II: Nhiệm vụ về thi đua, khen thưởng",
        HEADER,
        row("III", "CÔNG TÁC THI ĐUA"),
        row("1", "Sơ kết thi đua", "10/7/2024"),
        row("2", "Tổng kết thi đua", "20/12/2024"),
      ].join("\n"),
    );
    expect(tasks(plan).map((t) => t[0])).toEqual(["I.1", "I.2", "II.1", "III.1", "III.2"]);
  });

  it("keeps the later table's numbers when they go on from the first table's", () => {
    const plan = parse(
      [
        ...firstTable,
        "Phụ lục II: Nhiệm vụ về thi đua, khen thưởng",
        HEADER,
        row("III", "CÔNG TÁC THI ĐUA"),
        row("3", "Sơ kết thi đua", "10/7/2024"),
      ].join("\n"),
    );
    expect(tasks(plan).map((t) => t[0])).toEqual(["I.1", "I.2", "II.1", "3"]);
  });

  it("reads a later table of 20,000 rows", () => {
    const draft = (ref: string): TaskDraft => ({
      ref,
      parentRef: null,
      title: ref,
      deadline: null,
      lead: [],
      coordinators: [],
    });
    const first = ["I", "1", "2"].map(draft);
    const later = ["II", ...Array.from({ length: 20_000 }, (_, k) => String(k + 1))].map(draft);
    const refs = withSectionRefs([...first, ...later], [0, first.length]).map((t) => t.ref);
    expect(refs).toHaveLength(20_004);
    expect([refs[1], refs[3], refs[4], refs.at(-1)]).toEqual(["1", "II", "II.1", "II.20000"]);
  });
});
