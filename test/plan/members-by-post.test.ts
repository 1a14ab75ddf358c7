// A steering committee's plan gives tasks to its members by the posts they hold: a heading "Các Ủy viên là Thủ trưởng
// các sở, ban, ngành tỉnh" over a) b) names the members who head the departments, and the tasks under it are the
// departments', as "Thủ trưởng các sở, ban, ngành tỉnh" alone would make them.
import { describe, expect, it } from "vitest";
import { postsOfMembers } from "../../src/plan/members-by-post.ts";
import { parse, tasks } from "../support/text-plans.ts";

const plan = (heading: string) =>
  tasks(
    parse(
      [
        "III. NHIỆM VỤ CỦA CÁC THÀNH VIÊN BAN CHỈ ĐẠO",
        `1. ${heading}`,
        "a) Ban hành kế hoạch cải cách hành chính của cơ quan, đơn vị mình chậm nhất ngày 10/02/2024.",
        "b) Báo cáo kết quả 6 tháng đầu năm về Thường trực Ban Chỉ đạo chậm nhất ngày 15/6/2024.",
      ].join("\n"),
    ),
  );

describe("a heading naming the committee's members by the posts they hold", () => {
  it("gives the tasks under it to the bodies the posts head", () => {
    const read = plan("Các Ủy viên là Thủ trưởng các sở, ban, ngành tỉnh");
    expect(read.map(([ref, due]) => [ref, due])).toEqual([
      ["III.1.a", "2024-02-10"],
      ["III.1.b", "2024-06-15"],
    ]);
    expect(read[0]![2]).toEqual(expect.arrayContaining(["Sở Nội vụ", "Sở Tư pháp", "Sở Y tế"]));
  });

  it("reads the members named one by one, the committee named or not", () => {
    const read = plan("Các thành viên Ban Chỉ đạo là Giám đốc Sở Tư pháp, Giám đốc Sở Tài chính:");
    expect(read[0]![2]).toEqual(["Sở Tư pháp", "Sở Tài chính"]);
    expect(plan("Ủy viên là Chánh Văn phòng UBND tỉnh")[1]![2]).toEqual(["Văn phòng UBND tỉnh"]);
  });

  it("reads a heading of 20,000 posts, and one of 20,000 words saying no post", () => {
    const posts = Array.from({ length: 20_000 }, () => "Giám đốc Sở Tư pháp").join(", ");
    expect(postsOfMembers(`Các Ủy viên là ${posts}`)).toBe(posts);
    expect(postsOfMembers(`Các thành viên ${"họp định kỳ ".repeat(10_000)}`)).toBeNull();
  });
});
