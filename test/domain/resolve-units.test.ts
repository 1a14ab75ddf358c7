import { describe, expect, it } from "vitest";
import { BAC_KAN } from "../../src/domain/directories/bac-kan.ts";
import { pressBodies } from "../../src/domain/directories/departments.ts";
import { SHIPPED_DIRECTORIES, SHIPPED_PROVINCES, shippedDirectory } from "../../src/domain/directories/index.ts";
import { LAI_CHAU, LAI_CHAU_2025 } from "../../src/domain/directories/lai-chau.ts";
import { afterReorganisation } from "../../src/domain/directories/reorganisation.ts";
import { THAI_NGUYEN, THAI_NGUYEN_2025 } from "../../src/domain/directories/thai-nguyen.ts";
import { createResolver } from "../../src/domain/resolve-units.ts";
import { suggestUnits } from "../../src/domain/unit-suggestions.ts";
import type { Directory } from "../../src/domain/units.ts";

const thaiNguyen = createResolver(THAI_NGUYEN);
const bacKan = createResolver(BAC_KAN);
const names = (directory: Directory, kind: string) => directory.units.filter((u) => u.kind === kind).map((u) => u.name);
const resolved = (list: { name: string; resolved: boolean }[]) => list.map((u) => (u.resolved ? u.name : `?${u.name}`));

describe("resolveList", () => {
  it.each([
    ["Sở Nội vụ", ["Sở Nội vụ"]],
    ["SỞ NỘI VỤ", ["Sở Nội vụ"]],
    ["so noi vu", ["Sở Nội vụ"]],
    ["Sở Nội vụ".normalize("NFD"), ["Sở Nội vụ"]],
    // names that contain commas and "và" stay whole
    ["Sở Văn hóa, Thể thao và Du lịch; Sở Y tế", ["Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế"]],
    ["Sở Văn hóa Thể thao và Du lịch", ["Sở Văn hóa, Thể thao và Du lịch"]],
    ["Sở Lao động Thương binh và Xã hội", ["Sở Lao động - Thương binh và Xã hội"]],
    // abbreviations
    [
      "Sở TT&TT, LĐ-TBXH và Sở KH&ĐT",
      ["Sở Thông tin và Truyền thông", "Sở Lao động - Thương binh và Xã hội", "Sở Kế hoạch và Đầu tư"],
    ],
    ["VP UBND tỉnh", ["Văn phòng UBND tỉnh"]],
    ["VP.UBND tỉnh", ["Văn phòng UBND tỉnh"]],
    ["Văn phòng Ủy ban nhân dân tỉnh", ["Văn phòng UBND tỉnh"]],
    ["Sở GD&ĐT; Sở TN&MT", ["Sở Giáo dục và Đào tạo", "Sở Tài nguyên và Môi trường"]],
    // shared-prefix lists
    [
      "Văn phòng UBND tỉnh; các Sở: Nội vụ, Tư pháp, Tài chính, Thông tin và Truyền thông",
      ["Văn phòng UBND tỉnh", "Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Thông tin và Truyền thông"],
    ],
    [
      "Các sở, ngành: Văn phòng UBND tỉnh; Tư pháp; Thông tin và Truyền thông; Tài chính; Khoa học và Công nghệ",
      ["Văn phòng UBND tỉnh", "Sở Tư pháp", "Sở Thông tin và Truyền thông", "Sở Tài chính", "Sở Khoa học và Công nghệ"],
    ],
    // district names, old and new
    ["UBND thị xã Phổ Yên", ["UBND thành phố Phổ Yên"]],
    ["huyện Đại Từ và huyện Võ Nhai", ["UBND huyện Đại Từ", "UBND huyện Võ Nhai"]],
    // parenthetical notes are not units
    ["Sở Nội vụ (cơ quan thường trực)", ["Sở Nội vụ"]],
    ["-", []],
    ["", []],
  ])("%s", (text, expected) => {
    expect(resolved(thaiNguyen.resolveList(text))).toEqual(expected);
  });

  it("expands groups to their members", () => {
    expect(resolved(thaiNguyen.resolveList("Các sở, ban, ngành"))).toEqual(names(THAI_NGUYEN, "department"));
    expect(resolved(thaiNguyen.resolveList("UBND các huyện, thành phố, thị xã"))).toEqual(
      names(THAI_NGUYEN, "district"),
    );
    expect(resolved(thaiNguyen.resolveList("Ủy ban nhân dân các huyện, thành phố, thị xã"))).toEqual(
      names(THAI_NGUYEN, "district"),
    );
    expect(resolved(thaiNguyen.resolveList("Các sở, ban, ngành, địa phương"))).toEqual([
      ...names(THAI_NGUYEN, "department"),
      ...names(THAI_NGUYEN, "district"),
    ]);
    expect(resolved(thaiNguyen.resolveList("các cơ quan, đơn vị, địa phương"))).toEqual([
      ...names(THAI_NGUYEN, "department"),
      ...names(THAI_NGUYEN, "district"),
    ]);
  });

  it("reads 'cấp xã' after 'UBND cấp huyện' as the commune level, and keeps an empty level unresolved", () => {
    expect(resolved(bacKan.resolveList("UBND cấp huyện, cấp xã"))).toEqual([
      ...names(BAC_KAN, "district"),
      "?UBND cấp xã",
    ]);
  });

  it("finds communes when the directory has them", () => {
    const withCommunes: Directory = {
      ...BAC_KAN,
      units: [
        ...BAC_KAN.units,
        { name: "UBND xã Hà Hiệu", kind: "commune", parent: "UBND huyện Ba Bể", abbreviations: [], aliases: [] },
      ],
    };
    expect(resolved(createResolver(withCommunes).resolveList("UBND cấp xã"))).toEqual(["UBND xã Hà Hiệu"]);
  });

  it("reads a list opened by 'UBND các phường:' as the wards it names, written without 'UBND phường'", () => {
    const commune = (name: string) => ({ name, kind: "commune" as const, abbreviations: [], aliases: [] });
    const local = createResolver({
      ...THAI_NGUYEN_2025,
      units: [
        ...THAI_NGUYEN_2025.units,
        commune("UBND phường Gia Sàng"),
        commune("UBND phường Bắc Kạn"),
        commune("UBND xã Đại Từ"),
      ],
    });
    expect(resolved(local.resolveList("UBND các phường: Gia Sàng, Bắc Kạn; Sở Y tế"))).toEqual([
      "UBND phường Gia Sàng",
      "UBND phường Bắc Kạn",
      "Sở Y tế",
    ]);
    expect(resolved(local.resolveList("UBND các xã, phường: Đại Từ, Gia Sàng"))).toEqual([
      "UBND xã Đại Từ",
      "UBND phường Gia Sàng",
    ]);
    // Without names after it, the same words are the group of every commune.
    expect(resolved(local.resolveList("UBND các xã, phường"))).toEqual([
      "UBND phường Gia Sàng",
      "UBND phường Bắc Kạn",
      "UBND xã Đại Từ",
    ]);
  });

  it("reads a body named after its province when 'tỉnh' is written in the province's place, comma and all", () => {
    const laiChau = createResolver(shippedDirectory("Lai Châu", "2026-01-20")!);
    expect(resolved(laiChau.resolveList("Báo và Phát thanh, Truyền hình tỉnh; Sở Y tế"))).toEqual([
      "Báo và Phát thanh, Truyền hình Lai Châu",
      "Sở Y tế",
    ]);
  });

  it("keeps names it cannot resolve, as written, and goes on", () => {
    const result = thaiNguyen.resolveList("Sở Ma thuật, Sở Y tế; Ban Chỉ đạo 389 tỉnh");
    expect(result).toEqual([
      { name: "Sở Ma thuật", kind: "department", resolved: false },
      { name: "Sở Y tế", kind: "department", resolved: true },
      { name: "Ban Chỉ đạo 389 tỉnh", kind: "other", resolved: false },
    ]);
  });

  it("keeps 'the relevant ones' unresolved rather than guessing", () => {
    expect(thaiNguyen.resolveList("Các sở, ngành liên quan")).toEqual([
      { name: "Các sở, ngành liên quan", kind: "other", resolved: false },
    ]);
  });

  it("reads a bare 'tỉnh' after a name as whose unit it is, never as a name of its own", () => {
    expect(resolved(thaiNguyen.resolveList("Sở TT-TT tỉnh; Sở Tư pháp tỉnh và Công an tỉnh"))).toEqual([
      "Sở Thông tin và Truyền thông",
      "Sở Tư pháp",
      "Công an tỉnh",
    ]);
  });

  it("keeps a group narrowed by what is done to it ('được kiểm tra') as written, never the whole group", () => {
    expect(resolved(thaiNguyen.resolveList("Các cơ quan, đơn vị được kiểm tra; Sở Nội vụ"))).toEqual([
      "?Các cơ quan, đơn vị được kiểm tra",
      "Sở Nội vụ",
    ]);
  });

  it("lists each unit once", () => {
    expect(
      resolved(thaiNguyen.resolveList("Sở Nội vụ; các sở, ban, ngành")).filter((n) => n === "Sở Nội vụ"),
    ).toHaveLength(1);
  });
});

describe("leadingUnits", () => {
  it.each([
    ["Giao Sở Nội vụ chủ trì:", ["Sở Nội vụ"]],
    ["Các Sở, Ban, ngành:", names(THAI_NGUYEN, "department")],
    ["Đề nghị Văn phòng HĐND tỉnh cung cấp danh sách Thường trực HĐND tỉnh", ["Văn phòng HĐND tỉnh"]],
    ["Mục đích", []],
  ])("%s", (text, expected) => {
    expect(resolved(thaiNguyen.leadingUnits(text))).toEqual(expected);
  });
});

describe("find", () => {
  it.each([
    ["Sở Giao thông Vận tải", "Sở Giao thông vận tải"],
    ["Ban Quản lý các khu Công nghiệp tỉnh", "Ban Quản lý các khu công nghiệp tỉnh"],
    ["sở tttt", "Sở Thông tin và Truyền thông"],
    ["Sở Ma thuật", null],
    ["TT&TT", "Sở Thông tin và Truyền thông"],
    ["Các sở, ban, ngành", null],
  ])("%s → %s", (name, expected) => {
    expect(thaiNguyen.find(name)?.name ?? null).toBe(expected);
  });
});

describe("names that mix full words and abbreviations", () => {
  it.each([
    ["Sở Nông nghiệp và PTNT", "Sở Nông nghiệp và Phát triển nông thôn"],
    ["Sở NN&PTNT", "Sở Nông nghiệp và Phát triển nông thôn"],
    ["Sở Tài nguyên và MT", "Sở Tài nguyên và Môi trường"],
    ["Sở TN và MT", "Sở Tài nguyên và Môi trường"],
    ["Sở Giao thông, Vận tải", "Sở Giao thông vận tải"],
    ["Sở Giao thông và Vận tải", "Sở Giao thông vận tải"],
    ["Sở Lao động - TBXH", "Sở Lao động - Thương binh và Xã hội"],
    ["Sở LĐTB&XH", "Sở Lao động - Thương binh và Xã hội"],
    ["Sở Lao động, Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội"],
    ["Sở VH,TT&DL", "Sở Văn hóa, Thể thao và Du lịch"],
    ["Sở Văn hóa, TT và DL", "Sở Văn hóa, Thể thao và Du lịch"],
    ["Sở KH và ĐT", "Sở Kế hoạch và Đầu tư"],
    ["Sở Kế hoạch - Đầu tư", "Sở Kế hoạch và Đầu tư"],
    ["Sở Thông tin - TT", "Sở Thông tin và Truyền thông"],
    ["Sở GD-ĐT", "Sở Giáo dục và Đào tạo"],
    ["Sở KH-CN", "Sở Khoa học và Công nghệ"],
    ["Ban QL các khu công nghiệp tỉnh", "Ban Quản lý các khu công nghiệp tỉnh"],
    ["Văn phòng Đoàn ĐBQH và HĐND tỉnh", "Văn phòng HĐND tỉnh"],
    ["Sở Nội vụ tỉnh Thái Nguyên", "Sở Nội vụ"],
  ])("%s", (text, expected) => {
    expect(resolved(thaiNguyen.resolveList(text))).toEqual([expected]);
    expect(thaiNguyen.find(text)?.name).toBe(expected);
  });

  it("reads abbreviations after a shared prefix, and goes past an unknown name to the end", () => {
    expect(
      resolved(
        thaiNguyen.resolveList(
          "Các Sở, ngành: Tài nguyên và Môi trường; Lao động - TBXH; Tư pháp; Phòng chống thiên tai; NN&PTNT; Thanh tra tỉnh, Công an tỉnh, Tòa án nhân dân tỉnh",
        ),
      ),
    ).toEqual([
      "Sở Tài nguyên và Môi trường",
      "Sở Lao động - Thương binh và Xã hội",
      "Sở Tư pháp",
      "?Phòng chống thiên tai",
      "Sở Nông nghiệp và Phát triển nông thôn",
      "Thanh tra tỉnh",
      "Công an tỉnh",
      "Tòa án nhân dân tỉnh",
    ]);
  });

  it("does not take a short run of capitals or a word in capitals for a unit", () => {
    expect(resolved(thaiNguyen.resolveList("TT"))).toEqual(["?TT"]);
    expect(resolved(thaiNguyen.resolveList("SỞ Y TẾ"))).toEqual(["Sở Y tế"]);
    expect(thaiNguyen.find("DN")).toBeNull();
  });
});

describe("bodies every province has", () => {
  it.each([
    ["Công an tỉnh", "Công an tỉnh"],
    ["Công an tỉnh Thái Nguyên", "Công an tỉnh"],
    ["CA tỉnh", "Công an tỉnh"],
    ["Tòa án nhân dân tỉnh", "Tòa án nhân dân tỉnh"],
    ["TAND tỉnh", "Tòa án nhân dân tỉnh"],
    ["Tòa án tỉnh", "Tòa án nhân dân tỉnh"],
    ["Viện kiểm sát nhân dân tỉnh", "Viện kiểm sát nhân dân tỉnh"],
    ["VKSND tỉnh", "Viện kiểm sát nhân dân tỉnh"],
    ["Viện KSND tỉnh", "Viện kiểm sát nhân dân tỉnh"],
    ["Bảo hiểm xã hội tỉnh", "Bảo hiểm xã hội tỉnh"],
    ["BHXH tỉnh", "Bảo hiểm xã hội tỉnh"],
    ["Thuế tỉnh", "Thuế tỉnh"],
    ["Cục Thuế tỉnh", "Thuế tỉnh"],
    ["Cục Thuế", "Thuế tỉnh"],
    ["Kho bạc Nhà nước tỉnh", "Kho bạc Nhà nước tỉnh"],
    ["KBNN tỉnh", "Kho bạc Nhà nước tỉnh"],
    ["Kho bạc Nhà nước", "Kho bạc Nhà nước tỉnh"],
    ["Công ty Điện lực Thái Nguyên", "Công ty Điện lực Thái Nguyên"],
    ["Điện lực tỉnh", "Công ty Điện lực Thái Nguyên"],
    ["Bưu điện tỉnh", "Bưu điện tỉnh"],
    ["Bưu điện tỉnh Thái Nguyên", "Bưu điện tỉnh"],
    ["Liên đoàn Lao động tỉnh", "Liên đoàn Lao động tỉnh"],
    ["LĐLĐ tỉnh", "Liên đoàn Lao động tỉnh"],
    ["Tỉnh đoàn", "Tỉnh đoàn"],
    ["Tỉnh Đoàn Thái Nguyên", "Tỉnh đoàn"],
    ["Đoàn TNCS Hồ Chí Minh tỉnh", "Tỉnh đoàn"],
    ["Hội Nông dân tỉnh", "Hội Nông dân tỉnh"],
    ["Hội ND tỉnh", "Hội Nông dân tỉnh"],
    ["Hội Liên hiệp Phụ nữ tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"],
    ["Hội LHPN tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"],
    ["Báo Thái Nguyên", "Báo Thái Nguyên"],
    ["Đài Phát thanh - Truyền hình tỉnh", "Đài Phát thanh - Truyền hình tỉnh"],
    ["Đài PT-TH tỉnh", "Đài Phát thanh - Truyền hình tỉnh"],
    ["Đài PTTH tỉnh", "Đài Phát thanh - Truyền hình tỉnh"],
    ["Ủy ban MTTQ Việt Nam tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"],
    ["UBMTTQ tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"],
    ["Thanh tra tỉnh", "Thanh tra tỉnh"],
    ["Văn phòng Đoàn ĐBQH và HĐND tỉnh", "Văn phòng HĐND tỉnh"],
    ["Hội Cựu chiến binh tỉnh", "Hội Cựu chiến binh tỉnh"],
    ["Hội CCB tỉnh", "Hội Cựu chiến binh tỉnh"],
  ])("%s → %s", (text, expected) => {
    expect(resolved(thaiNguyen.resolveList(text))).toEqual([expected]);
  });

  it("are in every province's directory, named for it, of kind other", () => {
    for (const directory of SHIPPED_DIRECTORIES) {
      const resolver = createResolver(directory);
      const police = resolver.find("Công an tỉnh");
      expect(police?.kind).toBe("other");
      expect(resolver.find(`Điện lực ${directory.province}`)?.name).toBe(`Công ty Điện lực ${directory.province}`);
    }
  });
});

describe("directories in force on a plan's date", () => {
  it("gives each province the directory of the date, Bắc Kạn merged into Thái Nguyên", () => {
    expect(shippedDirectory("Thái Nguyên", "2024-05-01")).toBe(THAI_NGUYEN);
    expect(shippedDirectory("Thái Nguyên", "2025-06-30")).toBe(THAI_NGUYEN);
    expect(shippedDirectory("Thái Nguyên", "2025-07-01")).toBe(THAI_NGUYEN_2025);
    expect(shippedDirectory("tỉnh Thái Nguyên", "2026-03-02")).toBe(THAI_NGUYEN_2025);
    expect(shippedDirectory("Bắc Kạn", "2023-02-10")).toBe(BAC_KAN);
    expect(shippedDirectory("Bắc Kạn", "2026-03-02")).toBe(THAI_NGUYEN_2025);
    expect(shippedDirectory("Lai Châu", "2026-03-02")).toBe(LAI_CHAU_2025);
    expect(shippedDirectory("Lai Châu")).toBe(LAI_CHAU);
    expect(SHIPPED_PROVINCES).toEqual(["Thái Nguyên", "Bắc Kạn", "Lai Châu"]);
  });

  it("has the merged departments and no districts after 1 July 2025", () => {
    for (const directory of [THAI_NGUYEN_2025, LAI_CHAU_2025]) {
      const departments = names(directory, "department");
      expect(departments).toEqual(expect.arrayContaining(["Sở Nông nghiệp và Môi trường", "Sở Dân tộc và Tôn giáo"]));
      for (const gone of ["Sở Kế hoạch và Đầu tư", "Sở Thông tin và Truyền thông", "Sở Giao thông vận tải"])
        expect(departments).not.toContain(gone);
      expect(names(directory, "district")).toEqual([]);
      expect(directory.validFrom).toBe("2025-07-01");
    }
    expect(THAI_NGUYEN.validUntil).toBe("2025-06-30");
    expect(BAC_KAN.validUntil).toBe("2025-06-30");
  });

  it.each([
    ["Sở Kế hoạch và Đầu tư", "Sở Tài chính"],
    ["Sở KH&ĐT", "Sở Tài chính"],
    ["Sở Thông tin và Truyền thông", "Sở Khoa học và Công nghệ"],
    ["Sở Giao thông vận tải", "Sở Xây dựng"],
    ["Sở Tài nguyên và MT", "Sở Nông nghiệp và Môi trường"],
    ["Sở Nông nghiệp và PTNT", "Sở Nông nghiệp và Môi trường"],
    ["Sở Lao động - TBXH", "Sở Nội vụ"],
    ["Ban Dân tộc tỉnh", "Sở Dân tộc và Tôn giáo"],
    ["Báo Thái Nguyên", "Báo và Phát thanh, Truyền hình Thái Nguyên"],
    ["Báo Bắc Kạn", "Báo và Phát thanh, Truyền hình Thái Nguyên"],
  ])("a 2026 plan naming %s means %s, and says so", (old, successor) => {
    const plan2026 = createResolver(shippedDirectory("Thái Nguyên", "2026-03-02")!);
    expect(plan2026.resolveList(old)).toEqual([
      { name: successor, kind: expect.any(String), resolved: true, succeededFrom: expect.any(String) },
    ]);
    expect(plan2026.find(old)?.name).toBe(successor);
  });

  it("reads an absorbed province's body by its own province's name though both share a standard name", () => {
    const province = (name: string): Directory => ({ province: name, units: pressBodies(name) });
    const merged = createResolver(afterReorganisation(province("Cao Bằng"), [province("Hà Giang")]));
    const press = { name: "Báo và Phát thanh, Truyền hình Cao Bằng", kind: "other", resolved: true };
    expect(merged.resolveList("Đài Phát thanh - Truyền hình Hà Giang")).toEqual([
      { ...press, succeededFrom: "Đài Phát thanh - Truyền hình Hà Giang" },
    ]);
    expect(merged.resolveList("Đài PTTH tỉnh")).toEqual([
      { ...press, succeededFrom: "Đài PTTH tỉnh (Đài Phát thanh - Truyền hình tỉnh)" },
    ]);
    expect(merged.resolveList("Báo Hà Giang và Đài Phát thanh - Truyền hình Hà Giang")).toEqual([
      { ...press, succeededFrom: "Báo Hà Giang; Đài Phát thanh - Truyền hình Hà Giang" },
    ]);
  });

  it("resolves the same name to the unit of the day in a 2024 plan and to its successor in a 2026 plan", () => {
    const text = "Sở Kế hoạch và Đầu tư";
    expect(createResolver(shippedDirectory("Thái Nguyên", "2024-01-05")!).resolveList(text)).toEqual([
      { name: "Sở Kế hoạch và Đầu tư", kind: "department", resolved: true },
    ]);
    expect(createResolver(shippedDirectory("Thái Nguyên", "2026-01-05")!).resolveList(text)).toEqual([
      { name: "Sở Tài chính", kind: "department", resolved: true, succeededFrom: "Sở Kế hoạch và Đầu tư" },
    ]);
  });

  it("lists a successor once when a plan names it and the units it took over", () => {
    const plan2026 = createResolver(THAI_NGUYEN_2025);
    expect(resolved(plan2026.resolveList("Sở Tài nguyên và Môi trường, Sở Nông nghiệp và PTNT"))).toEqual([
      "Sở Nông nghiệp và Môi trường",
    ]);
    expect(resolved(plan2026.resolveList("UBND huyện Đại Từ"))).toEqual(["?UBND huyện Đại Từ"]);
    expect(plan2026.resolveList("Các sở, ban, ngành").map((u) => u.name)).toEqual(
      names(THAI_NGUYEN_2025, "department"),
    );
  });
});

describe("suggestUnits", () => {
  it("offers the closest names first, with their ids when the directory has them", () => {
    const suggestions = suggestUnits(thaiNguyen, "Sở Tài nguyen Moi truong tỉnh", 3);
    expect(suggestions).toHaveLength(3);
    expect(suggestions[0]).toMatchObject({ name: "Sở Tài nguyên và Môi trường" });
    expect(suggestions[0]!.score).toBeGreaterThan(suggestions[1]!.score);
    expect(suggestions[0]).not.toHaveProperty("unitId");
    const stored: Directory = {
      province: "Thái Nguyên",
      units: [
        { id: 7, name: "UBND xã Hà Châu", kind: "commune", abbreviations: [], aliases: [] },
        { id: 8, name: "UBND xã Hà Thượng", kind: "commune", abbreviations: [], aliases: [] },
      ],
    };
    expect(suggestUnits(createResolver(stored), "xã Hà Thương", 1)).toEqual([
      { unitId: 8, name: "UBND xã Hà Thượng", score: expect.any(Number) },
    ]);
  });

  it("suggests a successor for an old name it was given", () => {
    expect(suggestUnits(createResolver(THAI_NGUYEN_2025), "Sở Ke hoach Dau tu", 1)[0]?.name).toBe("Sở Tài chính");
  });

  it("gives nothing when asked for nothing", () => {
    expect(suggestUnits(thaiNguyen, "Sở Y tế", 0)).toEqual([]);
  });
});

describe("createResolver", () => {
  it("builds a directory's resolver once and a changed directory's anew", () => {
    expect(createResolver(THAI_NGUYEN)).toBe(thaiNguyen);
    expect(createResolver({ ...THAI_NGUYEN })).not.toBe(thaiNguyen);
  });

  it("finds a commune among 10,000 by name, by short name and by an alias", () => {
    const communes = Array.from({ length: 10_000 }, (_, i) => ({
      name: `UBND xã Số ${i}`,
      kind: "commune" as const,
      abbreviations: [],
      aliases: [`xã Số ${i}`, ...(i === 4321 ? ["xã Bốn Ba Hai Mốt"] : [])],
    }));
    const resolver = createResolver({ ...THAI_NGUYEN, units: [...THAI_NGUYEN.units, ...communes] });
    expect(resolved(resolver.resolveList("UBND xã Số 9999, xã Số 17; xã Bốn Ba Hai Mốt"))).toEqual([
      "UBND xã Số 9999",
      "UBND xã Số 17",
      "UBND xã Số 4321",
    ]);
  });
});
