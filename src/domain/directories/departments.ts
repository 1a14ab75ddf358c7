// Provincial departments and bodies, with the abbreviations plans use for them beyond
// what the resolver's general reading of initials already covers ("Sở KH&ĐT",
// "Sở Nông nghiệp và PTNT"). Each province lists which of them it had.
import type { UnitEntry } from "../units.ts";

function dept(name: string, abbreviations: string[] = [], aliases: string[] = []): UnitEntry {
  return { name, kind: "department", abbreviations, aliases };
}

export const DEPARTMENTS = {
  noiVu: dept("Sở Nội vụ", ["SNV"]),
  tuPhap: dept("Sở Tư pháp", ["STP"]),
  keHoach: dept("Sở Kế hoạch và Đầu tư", ["KH&ĐT", "KHĐT", "KH-ĐT"]),
  taiChinh: dept("Sở Tài chính", ["STC"]),
  congThuong: dept("Sở Công Thương", ["SCT"]),
  nongNghiep: dept("Sở Nông nghiệp và Phát triển nông thôn", ["NN&PTNT", "NNPTNT", "NN và PTNT"]),
  giaoThong: dept("Sở Giao thông vận tải", ["GTVT", "GT-VT"]),
  xayDung: dept("Sở Xây dựng", ["SXD"]),
  taiNguyen: dept("Sở Tài nguyên và Môi trường", ["TN&MT", "TNMT", "TN-MT"]),
  thongTin: dept("Sở Thông tin và Truyền thông", ["TT&TT", "TTTT", "TT-TT"]),
  laoDong: dept("Sở Lao động - Thương binh và Xã hội", ["LĐ-TBXH", "LĐTBXH", "LĐ,TB&XH", "LĐTB&XH"]),
  vanHoa: dept("Sở Văn hóa, Thể thao và Du lịch", ["VH,TT&DL", "VHTTDL", "VH-TT-DL", "VHTT&DL"]),
  khoaHoc: dept("Sở Khoa học và Công nghệ", ["KH&CN", "KHCN", "KH-CN"]),
  giaoDuc: dept("Sở Giáo dục và Đào tạo", ["GD&ĐT", "GDĐT", "GD-ĐT"]),
  yTe: dept("Sở Y tế", ["SYT"]),
  ngoaiVu: dept("Sở Ngoại vụ", ["SNgV"]),
  thanhTra: dept("Thanh tra tỉnh", [], ["Thanh tra"]),
  vanPhong: dept("Văn phòng UBND tỉnh", ["VP UBND tỉnh", "VPUBND tỉnh", "VP.UBND tỉnh"], ["Văn phòng UBND"]),
  danToc: dept("Ban Dân tộc tỉnh", [], ["Ban Dân tộc"]),
  khuCongNghiep: dept(
    "Ban Quản lý các khu công nghiệp tỉnh",
    ["BQL các KCN", "Ban QL các KCN"],
    ["Ban Quản lý các khu công nghiệp", "Ban Quản lý các KCN tỉnh"],
  ),
  // Set up on 1 July 2025.
  nongNghiepMoiTruong: dept("Sở Nông nghiệp và Môi trường", ["NN&MT", "NNMT", "NN-MT"]),
  danTocTonGiao: dept("Sở Dân tộc và Tôn giáo", ["DT&TG", "DTTG"]),
} satisfies Record<string, UnitEntry>;

/** The departments every province of the seed plans had. */
export const COMMON_DEPARTMENTS: UnitEntry[] = [
  DEPARTMENTS.noiVu,
  DEPARTMENTS.tuPhap,
  DEPARTMENTS.keHoach,
  DEPARTMENTS.taiChinh,
  DEPARTMENTS.congThuong,
  DEPARTMENTS.nongNghiep,
  DEPARTMENTS.giaoThong,
  DEPARTMENTS.xayDung,
  DEPARTMENTS.taiNguyen,
  DEPARTMENTS.thongTin,
  DEPARTMENTS.laoDong,
  DEPARTMENTS.vanHoa,
  DEPARTMENTS.khoaHoc,
  DEPARTMENTS.giaoDuc,
  DEPARTMENTS.yTe,
  DEPARTMENTS.thanhTra,
  DEPARTMENTS.vanPhong,
  DEPARTMENTS.danToc,
];

export function district(name: string, aliases: string[] = []): UnitEntry {
  // "UBND huyện Đại Từ" is also written "huyện Đại Từ".
  const short = name.replace(/^UBND\s+/, "");
  return { name, kind: "district", abbreviations: [], aliases: [short, ...aliases] };
}

export function other(name: string, aliases: string[] = [], abbreviations: string[] = []): UnitEntry {
  return { name, kind: "other", abbreviations, aliases };
}

/**
 * Bodies every province has that plans assign work to or send work to: leaders,
 * councils, the judiciary and police, central agencies' provincial offices, mass
 * organisations, public services, the public. Initials ("TAND tỉnh", "BHXH tỉnh",
 * "Hội LHPN tỉnh") are read by the resolver; the names below are what it cannot guess.
 */
export function provincialBodies(province: string): UnitEntry[] {
  return [
    other("UBND tỉnh", [`UBND tỉnh ${province}`]),
    other("Văn phòng HĐND tỉnh", ["Văn phòng Đoàn ĐBQH và HĐND tỉnh", "VP HĐND tỉnh"]),
    other("Thường trực HĐND tỉnh", ["TT HĐND tỉnh", "TT. HĐND tỉnh"]),
    // Between its sessions the Front's committee acts through its standing board, which signs its plans and is
    // what a plan asks of it: "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh" is the committee.
    other("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", [
      "Ủy ban MTTQ Việt Nam tỉnh",
      "Ủy ban Mặt trận Tổ quốc tỉnh",
      "Mặt trận Tổ quốc tỉnh",
      "UBMTTQ tỉnh",
      "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh",
      "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
      "Ban Thường trực Ủy ban MTTQ tỉnh",
    ]),
    other("Công an tỉnh", [`Công an tỉnh ${province}`], ["CA tỉnh"]),
    other("Tòa án nhân dân tỉnh", ["Tòa án tỉnh", "Tòa án nhân dân cấp tỉnh"]),
    other("Viện kiểm sát nhân dân tỉnh", ["Viện kiểm sát tỉnh", "Viện Kiểm sát nhân dân cấp tỉnh"]),
    other("Bảo hiểm xã hội tỉnh", ["Bảo hiểm xã hội", "Bảo hiểm xã hội khu vực"]),
    other("Thuế tỉnh", ["Cục Thuế tỉnh", "Cục Thuế", `Thuế tỉnh ${province}`, "Cơ quan Thuế"]),
    other("Kho bạc Nhà nước tỉnh", ["Kho bạc Nhà nước", "Kho bạc Nhà nước khu vực", "Kho bạc tỉnh"]),
    other(`Công ty Điện lực ${province}`, ["Điện lực tỉnh", `Điện lực ${province}`, "Công ty Điện lực"], ["PC"]),
    other("Bưu điện tỉnh", [`Bưu điện tỉnh ${province}`, `Bưu điện ${province}`]),
    other("Liên đoàn Lao động tỉnh", ["Liên đoàn Lao động"]),
    other("Tỉnh đoàn", ["Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", "Đoàn TNCS Hồ Chí Minh tỉnh", "Tỉnh Đoàn"]),
    other("Hội Nông dân tỉnh", ["Hội Nông dân"]),
    other("Hội Liên hiệp Phụ nữ tỉnh", ["Hội Phụ nữ tỉnh", "Hội Liên hiệp Phụ nữ"]),
    other("Hội Cựu chiến binh tỉnh"),
    other("Hiệp hội Doanh nghiệp tỉnh", ["Hiệp Hội doanh nghiệp tỉnh"]),
    other("Cục Thống kê tỉnh", ["Thống kê tỉnh", "Chi cục Thống kê tỉnh"]),
    other("Hội đồng thẩm định", ["Hội đồng thẩm định Chỉ số CCHC"]),
    other("Tổ thẩm định", ["Tổ thẩm định Chỉ số CCHC"]),
    other("Đơn vị độc lập được lựa chọn", ["Đơn vị độc lập"]),
    other("Người dân", ["người dân"]),
    other("Doanh nghiệp", ["doanh nghiệp"]),
  ];
}

/** The province's newspaper and its radio-television station, separate until 2025. */
export function pressBodies(province: string): UnitEntry[] {
  return [
    other(`Báo ${province}`, [`Báo ${province} điện tử`]),
    other("Đài Phát thanh - Truyền hình tỉnh", ["Đài PTTH tỉnh", `Đài Phát thanh - Truyền hình ${province}`]),
  ];
}
