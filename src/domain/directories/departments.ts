// Provincial departments as they were named before the 2025 mergers, with the
// abbreviations plans use for them. Each province lists which of them it had.
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

/** Bodies every provincial plan may name: leaders, councils, the public. */
export function provincialBodies(province: string): UnitEntry[] {
  return [
    other("UBND tỉnh", [`UBND tỉnh ${province}`]),
    other("Văn phòng HĐND tỉnh", ["Văn phòng Đoàn ĐBQH và HĐND tỉnh", "VP HĐND tỉnh"]),
    other("Thường trực HĐND tỉnh", ["TT HĐND tỉnh", "TT. HĐND tỉnh"]),
    other("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", [
      "Ủy ban MTTQ Việt Nam tỉnh",
      "Ủy ban Mặt trận Tổ quốc tỉnh",
      "UBMTTQ tỉnh",
    ]),
    other("Hội Cựu chiến binh tỉnh"),
    other("Hiệp hội Doanh nghiệp tỉnh", ["Hiệp Hội doanh nghiệp tỉnh"]),
    other("Cục Thống kê tỉnh"),
    other("Đài Phát thanh - Truyền hình tỉnh", ["Đài PTTH tỉnh"]),
    other("Hội đồng thẩm định", ["Hội đồng thẩm định Chỉ số CCHC"]),
    other("Tổ thẩm định", ["Tổ thẩm định Chỉ số CCHC"]),
    other("Đơn vị độc lập được lựa chọn", ["Đơn vị độc lập"]),
    other("Người dân", ["người dân"]),
    other("Doanh nghiệp", ["doanh nghiệp"]),
  ];
}
