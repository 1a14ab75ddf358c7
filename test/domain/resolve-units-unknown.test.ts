import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { createResolver } from "../../src/domain/resolve-units.ts";
import { narrowedGroups } from "../support/large-inputs.ts";

// Where a name the directory lacks ends, in a list of units.
const thaiNguyen = createResolver(THAI_NGUYEN);
const resolved = (list: { name: string; resolved: boolean }[]) => list.map((u) => (u.resolved ? u.name : `?${u.name}`));

describe("resolveList, names it cannot resolve", () => {
  it("ends an unknown body named after its province, or closed by 'tỉnh', where what it does begins", () => {
    expect(resolved(thaiNguyen.resolveList("Viễn thông Thái Nguyên phủ sóng di động 4G đến các thôn"))).toEqual([
      "?Viễn thông Thái Nguyên",
    ]);
    expect(resolved(thaiNguyen.resolveList("Ban Quản lý dự án tỉnh tổ chức nghiệm thu"))).toEqual([
      "?Ban Quản lý dự án tỉnh",
    ]);
    expect(resolved(thaiNguyen.resolveList("Hội Doanh nhân trẻ tỉnh nhà"))).toEqual(["?Hội Doanh nhân trẻ tỉnh nhà"]);
    expect(resolved(thaiNguyen.resolveList("Ban Tổ chức Tỉnh ủy, Ban Dân vận tỉnh ủy"))).toEqual([
      "?Ban Tổ chức Tỉnh ủy",
      "?Ban Dân vận tỉnh ủy",
    ]);
    expect(resolved(thaiNguyen.resolveList("Trung tâm Bảo trợ xã hội tỉnh Thái Nguyên"))).toEqual([
      "?Trung tâm Bảo trợ xã hội tỉnh Thái Nguyên",
    ]);
  });

  it("ends a name it cannot resolve at 'và' before a known unit or group", () => {
    expect(resolved(thaiNguyen.resolveList("Ngân hàng Nhà nước Khu vực 5 và Văn phòng UBND tỉnh"))).toEqual([
      "?Ngân hàng Nhà nước Khu vực 5",
      "Văn phòng UBND tỉnh",
    ]);
  });

  it("reads two unknown bodies, each opening with an office word, joined by 'và' as two names", () => {
    // Not fields after "và" ("Tổ chức" opens like a body), nor an office named by the bodies it serves.
    const one = "Phòng Văn hóa và Thông tin; Ban Thi đua và Tổ chức cán bộ; Văn phòng Hội đồng và UBND khu";
    expect(resolved(thaiNguyen.resolveList("Ban Chỉ đạo 389 và Ban Chỉ đạo 138; Phòng A và Trung tâm B"))).toEqual([
      "?Ban Chỉ đạo 389",
      "?Ban Chỉ đạo 138",
      "?Phòng A",
      "?Trung tâm B",
    ]);
    expect(resolved(thaiNguyen.resolveList(one))).toEqual(one.split("; ").map((n) => `?${n}`));
  });
});

describe("a plural after 'và' in a name the directory lacks", () => {
  it("is told by the word as written: 'Môi trường' and 'mới' fold as 'mọi' does but open no plural", () => {
    const whole = "Phòng Tài nguyên và Môi trường huyện; Tổ Văn hóa và mới thành lập";
    expect(resolved(thaiNguyen.resolveList(whole))).toEqual(whole.split("; ").map((n) => `?${n}`));
    expect(resolved(thaiNguyen.resolveList("Tổ công tác và mọi thành viên"))).toEqual([
      "?Tổ công tác",
      "?mọi thành viên",
    ]);
    // A plan typed without marks is read by the fold, as before.
    expect(resolved(thaiNguyen.resolveList("To cong tac va cac thon"))).toEqual(["?To cong tac", "?cac thon"]);
  });
});

describe("an unknown name closed by its level, a known unit or group written after it", () => {
  it("is two names, as a cell's lines joined with no mark between them are", () => {
    expect(resolved(thaiNguyen.resolveList("Trung tâm Điều hành đô thị thông minh tỉnh UBND các xã, phường"))).toEqual([
      "?Trung tâm Điều hành đô thị thông minh tỉnh",
      "?UBND cấp xã",
    ]);
    expect(resolved(thaiNguyen.resolveList("Trung tâm Điều hành đô thị thông minh tỉnh Sở Y tế"))).toEqual([
      "?Trung tâm Điều hành đô thị thông minh tỉnh",
      "Sở Y tế",
    ]);
    expect(resolved(thaiNguyen.resolveList("Văn phòng HĐND và UBND xã"))).toEqual(["?Văn phòng HĐND và UBND xã"]);
  });
});

describe("unknown names closed by their level, joined by 'và'", () => {
  it("are two bodies when a body's opening word follows 'và'", () => {
    expect(resolved(thaiNguyen.resolveList("Trạm Y tế xã và Trưởng các thôn"))).toEqual([
      "?Trạm Y tế xã",
      "?Trưởng các thôn",
    ]);
    expect(resolved(thaiNguyen.resolveList("Ủy ban Mặt trận Tổ quốc xã và Đoàn Thanh niên xã"))).toEqual([
      "?Ủy ban Mặt trận Tổ quốc xã",
      "?Đoàn Thanh niên xã",
    ]);
    // An office named by the bodies it serves keeps its "và"; so does a name listing its fields.
    expect(resolved(thaiNguyen.resolveList("Văn phòng Đảng ủy và UBND phường"))).toEqual([
      "?Văn phòng Đảng ủy và UBND phường",
    ]);
  });
});

describe("an office named by its fields, without 'và'", () => {
  it("keeps 'Phòng A, B' whole when B is one field: two or three words, only the first capitalised", () => {
    expect(resolved(thaiNguyen.resolveList("Phòng Báo chí, Xuất bản; Phòng Bưu chính, Viễn thông"))).toEqual([
      "?Phòng Báo chí, Xuất bản",
      "?Phòng Bưu chính, Viễn thông",
    ]);
    expect(resolved(thaiNguyen.resolveList("Phòng Quản lý, Quy hoạch, Kiến trúc"))).toEqual([
      "?Phòng Quản lý, Quy hoạch, Kiến trúc",
    ]);
  });

  it("still splits a body, a proper name or a one-word name after the comma", () => {
    expect(
      resolved(thaiNguyen.resolveList("Phòng Văn hóa xã hội, Thanh tra huyện, Viettel Bắc Ninh, Mobifone")),
    ).toEqual(["?Phòng Văn hóa xã hội", "?Thanh tra huyện", "?Viettel Bắc Ninh", "?Mobifone"]);
    expect(resolved(thaiNguyen.resolveList("Phòng Kinh tế, Trạm y tế xã"))).toEqual([
      "?Phòng Kinh tế",
      "?Trạm y tế xã",
    ]);
  });
});

describe("a body of a department, and villages", () => {
  it("reads 'Thanh tra Sở', 'Văn phòng UBND huyện' as the department's or district's own body, not the province's", () => {
    expect(resolved(thaiNguyen.resolveList("Thanh tra Sở; Thanh tra tỉnh, Thanh tra"))).toEqual([
      "?Thanh tra Sở",
      "Thanh tra tỉnh",
    ]);
    expect(resolved(thaiNguyen.resolveList("Văn phòng UBND huyện và Ban Dân tộc xã"))).toEqual([
      "?Văn phòng UBND huyện",
      "?Ban Dân tộc xã",
    ]);
    expect(resolved(thaiNguyen.resolveList("Thanh tra Sở Y tế"))).toEqual(["Thanh tra tỉnh", "Sở Y tế"]);
  });

  it("reads a provincial body's short name before the plural of local levels as their bodies of its kind", () => {
    expect(resolved(thaiNguyen.resolveList("Hội Nông dân các huyện, thành phố; Sở Y tế"))).toEqual([
      "?Hội Nông dân các huyện, thành phố",
      "Sở Y tế",
    ]);
    expect(resolved(thaiNguyen.resolveList("Hội Nông dân tỉnh, UBND các huyện, thành phố"))).toContain(
      "UBND huyện Đại Từ",
    );
  });

  it("reads 'thôn A, thôn B, bản C' as three names, each a village's", () => {
    expect(resolved(thaiNguyen.resolveList("thôn Nà Lạn, thôn Khuổi Tát, bản Pò Đon"))).toEqual([
      "?thôn Nà Lạn",
      "?thôn Khuổi Tát",
      "?bản Pò Đon",
    ]);
  });
});

describe("party bodies and groups named by kind", () => {
  it("ends a body's name at the party committee that owns it, before what the body does", () => {
    const read = resolved(thaiNguyen.resolveList("Ủy ban Kiểm tra Huyện ủy giám sát việc thực hiện"));
    expect(read[0]).toBe("?Ủy ban Kiểm tra Huyện ủy");
    expect(resolved(thaiNguyen.resolveList("Ban Dân vận Thành ủy Sông Công"))).toEqual([
      "?Ban Dân vận Thành ủy Sông Công",
    ]);
  });

  it("keeps a party committee of a known body whole, never that body", () => {
    expect(resolved(thaiNguyen.resolveList("Đảng ủy Sở Y tế, Đảng ủy Ủy ban nhân dân tỉnh"))).toEqual([
      "?Đảng ủy Sở Y tế",
      "?Đảng ủy Ủy ban nhân dân tỉnh",
    ]);
  });

  it("reads a plural over a list of kinds of bodies ('Các Huyện đoàn, Thị đoàn') as one group", () => {
    expect(resolved(thaiNguyen.resolveList("Các Huyện đoàn, Thị đoàn"))).toEqual(["?Các Huyện đoàn, Thị đoàn"]);
    expect(resolved(thaiNguyen.resolveList("Huyện đoàn Phú Lương, Thị đoàn Phổ Yên"))).toEqual([
      "?Huyện đoàn Phú Lương",
      "?Thị đoàn Phổ Yên",
    ]);
    expect(resolved(thaiNguyen.resolveList("Các Trung tâm Y tế, Sở Tư pháp"))).toEqual([
      "?Các Trung tâm Y tế",
      "Sở Tư pháp",
    ]);
  });
});

describe("a body's plural naming its places after a colon", () => {
  it("keeps the bodies of places listed after 'các huyện:' as one name, kept as written", () => {
    expect(
      resolved(thaiNguyen.resolveList("Trung tâm Y tế các huyện: Phú Lương, Đồng Hỷ và Phú Bình; Sở Y tế")),
    ).toEqual(["?Trung tâm Y tế các huyện: Phú Lương, Đồng Hỷ và Phú Bình", "Sở Y tế"]);
    expect(resolved(thaiNguyen.resolveList("Hội Nông dân các huyện: Phú Lương, Đồng Hỷ"))).toEqual([
      "?Hội Nông dân các huyện: Phú Lương, Đồng Hỷ",
    ]);
  });
});

describe("resolveList, a group narrowed to some of its members", () => {
  it("keeps a group narrowed by what its members hold ('có …') as written; 'có' as the group's verb narrows nothing", () => {
    expect(resolved(thaiNguyen.resolveList("UBND các huyện có làng nghề truyền thống; Sở Công Thương"))).toEqual([
      "?UBND các huyện có làng nghề truyền thống",
      "Sở Công Thương",
    ]);
    expect(resolved(thaiNguyen.resolveList("UBND các xã, phường có chợ đầu mối"))).toEqual([
      "?UBND các xã, phường có chợ đầu mối",
    ]);
    for (const verb of ["có trách nhiệm", "có văn bản", "có thể"])
      expect(resolved(thaiNguyen.resolveList(`UBND các huyện ${verb}`)).slice(0, 1), verb).toEqual([
        resolved(thaiNguyen.resolveList("UBND các huyện"))[0],
      ]);
  });

  it("keeps a group narrowed to the members in a region ('vùng …', 'khu vực …') as written", () => {
    expect(resolved(thaiNguyen.resolveList("UBND các xã vùng đồng bào dân tộc thiểu số; Sở Nội vụ"))).toEqual([
      "?UBND các xã vùng đồng bào dân tộc thiểu số",
      "Sở Nội vụ",
    ]);
    expect(resolved(thaiNguyen.resolveList("UBND các xã khu vực III"))).toEqual(["?UBND các xã khu vực III"]);
    // A region's word without its marks ("vững") narrows nothing.
    expect(resolved(thaiNguyen.resolveList("UBND các xã vững mạnh"))[0]).not.toMatch(/vững/);
  });

  it("keeps a group narrowed to the members owning something ('chủ quản …', 'là chủ đầu tư') as written", () => {
    expect(resolved(thaiNguyen.resolveList("Các sở, ngành chủ quản chương trình; Sở Tài chính"))).toEqual([
      "?Các sở, ngành chủ quản chương trình",
      "Sở Tài chính",
    ]);
    expect(resolved(thaiNguyen.resolveList("các đơn vị là chủ đầu tư, Sở Xây dựng"))).toEqual([
      "?các đơn vị là chủ đầu tư",
      "Sở Xây dựng",
    ]);
  });

  it("narrows groups in a long list each on its own", () => {
    expect(thaiNguyen.resolveList(narrowedGroups(2000))).toHaveLength(2000);
  });
});

describe("resolveList, a hostile cell", () => {
  it("answers a cell naming the same bodies 100,000 times with each body once", () => {
    // Each word of a list used to copy the rest of the list to look for names after "các Sở:": a cell this long took
    // minutes. (Speed itself is measured by `npm run bench`, the unit resolver's long-list ratio.)
    const names = ["Hội Nông dân tỉnh", "Sở Tư pháp", "Ban Quản lý dự án ABC"];
    const cell = Array.from({ length: 100_000 }, (_, i) => names[i % 3]).join(", ");
    expect(resolved(thaiNguyen.resolveList(cell))).toEqual([
      "Hội Nông dân tỉnh",
      "Sở Tư pháp",
      "?Ban Quản lý dự án ABC",
    ]);
  });
});
