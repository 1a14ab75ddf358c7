// Subjects no directory lists: a department's own offices, its hospitals and schools, groups of bodies named
// by what they are. Each is kept as the lead, unresolved and reported, never dropped or run into the predicate.
import { describe, expect, it } from "vitest";
import { parse, tasks, unresolvedNames } from "../support/text-plans.ts";

describe("a subject the directory does not know", () => {
  it("ends at 'kiểm tra', 'giám sát' in lower case, but not after a team's kind ('Đoàn kiểm tra')", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Phòng Thanh tra nội bộ giám sát việc tiếp công dân tại các xã trong tháng 9/2024.",
        "2. Đoàn kiểm tra liên ngành kiểm tra 05 doanh nghiệp trong tháng 10/2024.",
        "3. Sở Y tế chủ trì, phối hợp với Trung tâm Kiểm soát bệnh tật kiểm tra các phòng khám tư nhân trong tháng 11/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2024-09-30", ["?Phòng Thanh tra nội bộ"], []],
      ["II.2", "2024-10-31", ["?Đoàn kiểm tra liên ngành"], []],
      ["II.3", "2024-11-30", ["Sở Y tế"], ["?Trung tâm Kiểm soát bệnh tật"]],
    ]);
  });

  it("ends at the copula 'là', at 'đăng ký', and runs on past 'công lập'", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Phòng Quản lý hành nghề là cơ quan thường trực, theo dõi việc cấp chứng chỉ, báo cáo trước ngày 15/6/2024.",
        "2. Bệnh viện Y học cổ truyền tỉnh, Bệnh viện Phổi tỉnh đăng ký danh mục kỹ thuật trước ngày 30/7/2024.",
        "3. Các trường cao đẳng y tế công lập rà soát chương trình đào tạo trong Quý III/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2024-06-14", ["?Phòng Quản lý hành nghề"], []],
      ["II.2", "2024-07-29", ["?Bệnh viện Y học cổ truyền tỉnh", "?Bệnh viện Phổi tỉnh"], []],
      ["II.3", "2024-09-30", ["?Các trường cao đẳng y tế công lập"], []],
    ]);
    expect(unresolvedNames(plan)).toContain("Bệnh viện Phổi tỉnh");
  });

  it("runs on past 'Đăng ký' capitalised in a body's name, and still ends at 'ký' in lower case", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Văn phòng Đăng ký đất đai tỉnh chủ trì cập nhật cơ sở dữ liệu đất đai trước ngày 30/11/2024.",
        "2. Trung tâm Phục vụ hành chính công ký kết quy chế tiếp nhận hồ sơ trực tuyến trong tháng 9/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2024-11-29", ["?Văn phòng Đăng ký đất đai tỉnh"], []],
      ["II.2", "2024-09-30", ["?Trung tâm Phục vụ hành chính công"], []],
    ]);
  });

  it("a plural of bodies ('Các Chi cục thuộc Sở', 'các đơn vị sự nghiệp') leads; a plural of things does not", () => {
    const plan = parse(
      [
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Các Chi cục thuộc Sở tự kiểm tra, gửi kết quả về Sở Nông nghiệp và Phát triển nông thôn trước ngày 10/11/2024.",
        "2. Các đơn vị sự nghiệp trực thuộc Sở xây dựng phương án tự chủ trong tháng 10/2024.",
        "3. Các cơ sở dữ liệu chuyên ngành được cập nhật đầy đủ trong tháng 12/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["III.1", "2024-11-09", ["?Các Chi cục thuộc Sở"], []],
      ["III.2", "2024-10-31", ["?Các đơn vị sự nghiệp trực thuộc Sở"], []],
      ["III.3", "2024-12-31", [], []],
    ]);
  });

  it("kinds of bodies listed with commas ('Các phòng, trung tâm thuộc Sở') name a group that leads", () => {
    const plan = parse(
      [
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Các phòng, trung tâm thuộc Sở rà soát quy trình nội bộ, gửi Văn phòng Sở trước ngày 25/9/2024.",
        "2. Những đơn vị, chi cục trực thuộc tự đánh giá kết quả trong tháng 11/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["III.1", "2024-09-24", ["?Các phòng, trung tâm thuộc Sở"], []],
      ["III.2", "2024-11-30", ["?Những đơn vị, chi cục trực thuộc"], []],
    ]);
  });
});

describe("a heading naming a steering committee's member by post", () => {
  it("gives the items under it without a subject the member's unit; an item's own sentence keeps its dates", () => {
    const plan = parse(
      [
        "II. PHÂN CÔNG THÀNH VIÊN",
        "1. Đồng chí Giám đốc Sở Y tế - Ủy viên",
        "a) Kiểm tra an toàn thực phẩm; báo cáo trước ngày 15 tháng 6 năm 2024.",
        "b) Sở Tư pháp chủ trì rà soát văn bản, hoàn thành trước ngày 30 tháng 7 năm 2024.",
        "2. Đồng chí Giám đốc Sở Xây dựng - Ủy viên: rà soát quy hoạch từ ngày 01 tháng 01 năm 2020 đến ngày " +
          "31 tháng 12 năm 2023. Sở Xây dựng chủ trì, báo cáo trước ngày 15 tháng 4 năm 2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1.a", "2024-06-14", ["Sở Y tế"], []],
      ["II.1.b", "2024-07-29", ["Sở Tư pháp"], []],
      ["II.2", "2024-04-14", ["Sở Xây dựng"], []],
    ]);
  });
});

describe("a department's own office, and a commune's villages", () => {
  it("'Thanh tra Sở: …' leads its item as the department's inspectorate, unresolved, not Thanh tra tỉnh", () => {
    const plan = parse(
      "III. TỔ CHỨC THỰC HIỆN\n2. Thanh tra Sở: kiểm tra công vụ tại các phòng, xong trước 20/9/2024.",
    );
    expect(tasks(plan)).toEqual([["III.2", "2024-09-19", ["?Thanh tra Sở"], []]]);
    expect(unresolvedNames(plan)).toContain("Thanh tra Sở");
  });

  it("villages named 'thôn A, bản B' lead, each a name of its own, reported for the admin", () => {
    const plan = parse(
      "II. NHIỆM VỤ\n1. Làm đường bê tông nội đồng. Giao thôn Nà Mè, bản Khau Cưởm chủ trì; xong trước 15/10/2024.",
    );
    expect(tasks(plan)).toEqual([["II.1", "2024-10-14", ["?thôn Nà Mè", "?bản Khau Cưởm"], []]]);
    expect(unresolvedNames(plan)).toEqual(expect.arrayContaining(["thôn Nà Mè", "bản Khau Cưởm"]));
  });
});
