// A task cited by its name in quotes ('nhiệm vụ "…"', or a point that is only the quoted name and its time) is
// titled by that name; a quote naming something else stays inside the title it stands in.
import { describe, expect, it } from "vitest";
import { parse } from "../support/text-plans.ts";

const titles = (body: string[]) =>
  parse(body.join("\n"))
    .tasks.filter((t) => t.kind === "task")
    .map((t) => [t.ref, t.title]);

describe("a task named in quotes", () => {
  it("is titled by the name after 'nhiệm vụ', in any quotation marks", () => {
    const body = [
      "1. Giao Sở Nội vụ chủ trì thực hiện nhiệm vụ «Xây dựng bộ tiêu chí đánh giá chỉ số cải cách hành chính cấp xã», trình UBND tỉnh trước ngày 30/6/2024.",
      '2. Đề nghị Sở Tư pháp hoàn thành trong tháng 8/2024 nhiệm vụ: "Rà soát văn bản quy phạm pháp luật về đất đai".',
    ];
    expect(titles(body)).toEqual([
      ["1", "Xây dựng bộ tiêu chí đánh giá chỉ số cải cách hành chính cấp xã"],
      ["2", "Rà soát văn bản quy phạm pháp luật về đất đai"],
    ]);
  });

  it("is titled without its quotes when the point is the name and its time", () => {
    const body = ["1. Sở Y tế:", "a) “Công khai thủ tục hành chính lĩnh vực dược”: hoàn thành trong tháng 7/2024."];
    expect(titles(body)).toEqual([["1.a", "Công khai thủ tục hành chính lĩnh vực dược"]]);
  });

  it("keeps a quoted name of a contest, or a short quote, inside its title", () => {
    const body = [
      '1. Sở Tư pháp tổ chức Hội thi "Tìm hiểu pháp luật về cải cách hành chính", hoàn thành trong quý III/2024.',
      '2. Sở Nội vụ triển khai nhiệm vụ "Một cửa" tại cấp xã, xong trong tháng 9/2024.',
    ];
    expect(titles(body)).toEqual([
      ["1", 'Sở Tư pháp tổ chức Hội thi "Tìm hiểu pháp luật về cải cách hành chính"'],
      ["2", 'Sở Nội vụ triển khai nhiệm vụ "Một cửa" tại cấp xã'],
    ]);
  });

  it("reads thousands of such points", () => {
    const body = ["1. Sở Y tế:"];
    for (let i = 0; i < 2000; i++)
      body.push("- “Công khai thủ tục hành chính lĩnh vực dược”: xong trong tháng 7/2024.");
    const read = titles(body);
    expect(read).toHaveLength(2000);
    expect(read.every(([, title]) => title === "Công khai thủ tục hành chính lĩnh vực dược")).toBe(true);
  });
});
