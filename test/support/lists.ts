// Sample lists as people send them: real .xlsx files written with exceljs, with title
// rows, merged two-row headers, numbering rows, sections and signature blocks.
import ExcelJS from "exceljs";

export type Row = (string | number | Date | null)[];

export interface ListFile {
  title?: string[];
  header: Row[];
  rows: Row[];
  signature?: boolean;
  merges?: string[];
}

export async function xlsx(file: ListFile): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Danh sách");
  for (const line of file.title ?? []) sheet.addRow([line]);
  for (const row of file.header) sheet.addRow(row);
  for (const row of file.rows) sheet.addRow(row);
  if (file.signature !== false) {
    sheet.addRow([]);
    sheet.addRow([null, "NGƯỜI LẬP BIỂU", null, null, "THỦ TRƯỞNG CƠ QUAN"]);
  }
  for (const range of file.merges ?? []) sheet.mergeCells(range);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Phụ lục I as the appendix lays it out: Giới tính merged over Nam / Nữ. */
export function appendixI(rows: Row[], options: { titleRows?: boolean } = {}): ListFile {
  const title =
    options.titleRows === false
      ? []
      : [
          "SỞ XÂY DỰNG",
          "DANH SÁCH CÁN BỘ, CÔNG CHỨC ĐANG CÔNG TÁC TẠI SỞ",
          "Người lập: Nguyễn Văn A",
          "Điện thoại: 0912000111",
        ];
  const top = title.length + 1;
  return {
    title,
    header: [
      ["Số TT", "Họ và Tên", "Chức vụ", "Giới tính", null, "Số điện thoại", "Ghi chú"],
      [null, null, null, "Nam", "Nữ", null, null],
    ],
    rows,
    merges: [
      `D${top}:E${top}`,
      `A${top}:A${top + 1}`,
      `B${top}:B${top + 1}`,
      `C${top}:C${top + 1}`,
      `F${top}:F${top + 1}`,
      `G${top}:G${top + 1}`,
    ],
  };
}

/** Phụ lục III: citizens and organisations whose procedures were settled. */
export function appendixIII(rows: Row[]): ListFile {
  return {
    title: ["SỞ XÂY DỰNG", "DANH SÁCH TỔ CHỨC, CÁ NHÂN ĐÃ CÓ YÊU CẦU GIẢI QUYẾT TTHC VÀ ĐÃ ĐƯỢC TRẢ KẾT QUẢ"],
    header: [
      [
        "STT",
        "Họ và tên cá nhân, tổ chức đã giải quyết TTHC và đã trả kết quả",
        "Địa chỉ liên hệ",
        "Tên lĩnh vực/thủ tục yêu cầu giải quyết",
        "Ngày nhận hồ sơ",
        "Ngày trả kết quả thực tế",
        "Số điện thoại\n(ghi cụ thể)",
        "Ghi chú",
      ],
    ],
    rows,
  };
}

/** A valid Phụ lục III row: n gives a distinct phone number. */
export function citizen(
  n: number,
  overrides: Partial<Record<"name" | "address" | "received" | "returned" | "phone" | "note", Row[number]>> = {},
): Row {
  return [
    n,
    overrides.name ?? `Nguyễn Văn An ${String.fromCharCode(65 + (n % 26))}`,
    overrides.address ?? "Số 5, tổ 3, phường Tân Thịnh, thành phố Thái Nguyên",
    "Cấp giấy phép xây dựng",
    overrides.received ?? "02/10/2019",
    overrides.returned ?? "15/10/2019",
    overrides.phone ?? `09${String(12000000 + n).padStart(8, "0")}`,
    overrides.note ?? null,
  ];
}

/** A staff member of a unit's Phụ lục I: n gives a distinct name and phone number. */
export const staff = (n: number): Row => [
  n,
  `Trần Thị ${"ABCDEFGHIK"[n % 10]}`,
  "Chuyên viên",
  null,
  "x",
  `0913${100000 + n}`,
  null,
];

/** A unit's whole staff list of three people (the count its focal point gives with /bienche 3). */
export const staffOfThree = (): Promise<Buffer> =>
  xlsx(appendixI([staff(1), staff(2), staff(3)], { titleRows: false }));

/** Phụ lục III rows, `official` samples then `reserve` ones, phones unique from `base`. */
export function citizens(official: number, reserve: number, base: number): Row[] {
  const row = (n: number) => citizen(n, { phone: `098${String(base + n).padStart(7, "0")}` });
  return [
    ...Array.from({ length: official }, (_, i) => row(i + 1)),
    ["II. Danh sách dự phòng"],
    ...Array.from({ length: reserve }, (_, i) => row(official + i + 1)),
  ];
}
