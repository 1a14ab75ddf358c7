// A lettered heading saying the work, over one paragraph saying only who and when: the task keeps the heading's words.
import { describe, expect, it } from "vitest";
import { parse } from "../support/text-plans.ts";

const plan = (heading: string, paragraph: string) =>
  parse(["II. NHIỆM VỤ", "1. Cải cách tổ chức bộ máy", heading, "", paragraph].join("\n\n"));

describe("a heading saying the work over a paragraph saying who and when", () => {
  it("keeps a heading saying the work over 'tham mưu, trình'", () => {
    const read = plan(
      "a) Xây dựng Đề án vị trí việc làm của các sở",
      "Sở Nội vụ tham mưu, trình UBND tỉnh trước ngày 30/6/2025.",
    );
    expect(read.tasks.find((t) => t.ref === "II.1.a")?.title).toBe("Xây dựng Đề án vị trí việc làm của các sở");
  });

  it("keeps a heading over 'thực hiện'", () => {
    const read = plan(
      "b) Quy chế phối hợp giữa các sở",
      "Các sở thực hiện theo hướng dẫn của Sở Tư pháp, hoàn thành trước ngày 30/6/2025.",
    );
    expect(read.tasks.find((t) => t.ref === "II.1.b")?.title).toBe("Quy chế phối hợp giữa các sở");
  });
});
