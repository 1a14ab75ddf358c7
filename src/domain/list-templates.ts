// The sample-list templates of the plans' appendices, as data. A column is found in a
// file when its (folded) header text matches one of its patterns; two-row headers are
// read as "upper lower" ("gioi tinh nam").
export type TemplateId = "I" | "III" | "IV" | "V";
export const TEMPLATE_IDS: readonly TemplateId[] = ["I", "III", "IV", "V"];

export type ColumnKey =
  | "stt"
  | "name"
  | "position"
  | "agency"
  | "associationRole"
  | "workplace"
  | "address"
  | "procedure"
  | "received"
  | "returned"
  | "gender"
  | "male"
  | "female"
  | "phone"
  | "note";

export type ValueRule = "text" | "person-name" | "party-name" | "phone" | "date" | "address" | "mark";

export interface ColumnSpec {
  key: ColumnKey;
  /** The header as the appendix writes it. */
  header: string;
  patterns: RegExp[];
  required: boolean;
  rule: ValueRule;
}

export interface ListTemplate {
  id: TemplateId;
  title: string;
  columns: ColumnSpec[];
  /** Gender as two marked columns (Nam / Nữ) or one "Giới tính" column. */
  gender: boolean;
}

export interface DateWindow {
  from: string;
  to: string;
}

const col = (key: ColumnKey, header: string, patterns: RegExp[], required: boolean, rule: ValueRule): ColumnSpec => ({
  key,
  header,
  patterns,
  required,
  rule,
});

const STT = col("stt", "Số TT", [/^(so )?s?tt$/, /^so thu tu$/], false, "text");
const NAME = col("name", "Họ và Tên", [/^ho (va )?ten$/, /^ho ten$/], true, "person-name");
const POSITION = col("position", "Chức vụ", [/^chuc vu$/, /^chuc danh$/], true, "text");
const PHONE = col("phone", "Số điện thoại", [/dien thoai/, /^sdt$/, /^dt$/], true, "phone");
const NOTE = col("note", "Ghi chú", [/^ghi chu$/], false, "text");
const MALE = col("male", "Nam", [/^gioi tinh nam$/, /^nam$/], false, "mark");
const FEMALE = col("female", "Nữ", [/^gioi tinh nu$/, /^nu$/], false, "mark");
const GENDER = col("gender", "Giới tính", [/^gioi tinh$/], false, "text");

export const TEMPLATES: Record<TemplateId, ListTemplate> = {
  I: {
    id: "I",
    title: "Danh sách cán bộ, công chức đang công tác tại sở",
    gender: true,
    columns: [STT, NAME, POSITION, GENDER, MALE, FEMALE, PHONE, NOTE],
  },
  III: {
    id: "III",
    title: "Danh sách tổ chức, cá nhân đã có yêu cầu giải quyết TTHC và đã được trả kết quả",
    gender: false,
    columns: [
      STT,
      col(
        "name",
        "Họ và tên cá nhân, tổ chức đã giải quyết TTHC và đã trả kết quả",
        [/^ho (va )?ten ca nhan/, /^ten (ca nhan|to chuc)/, /^ho (va )?ten$/],
        true,
        "party-name",
      ),
      col("address", "Địa chỉ liên hệ", [/^dia chi/], true, "address"),
      col("procedure", "Tên lĩnh vực/thủ tục yêu cầu giải quyết", [/linh vuc|thu tuc/], true, "text"),
      col("received", "Ngày nhận hồ sơ", [/^ngay nhan/], true, "date"),
      col("returned", "Ngày trả kết quả thực tế", [/^ngay tra/], true, "date"),
      col("phone", "Số điện thoại (ghi cụ thể)", [/dien thoai/, /^sdt$/], true, "phone"),
      NOTE,
    ],
  },
  IV: {
    id: "IV",
    title: "Danh sách Thường trực HĐND tỉnh và đại biểu HĐND tỉnh",
    gender: true,
    columns: [
      STT,
      NAME,
      POSITION,
      col("agency", "Cơ quan công tác", [/^co quan cong tac$/, /^co quan$/, /^don vi cong tac$/], true, "text"),
      GENDER,
      MALE,
      FEMALE,
      PHONE,
      NOTE,
    ],
  },
  V: {
    id: "V",
    title: "Danh sách đại diện Hiệp hội Doanh nghiệp tỉnh",
    gender: true,
    columns: [
      STT,
      NAME,
      col("associationRole", "Chức vụ trong Hiệp hội", [/^chuc vu trong hiep hoi$/], true, "text"),
      col("workplace", "Chức vụ, địa chỉ cơ quan công tác", [/^chuc vu dia chi/, /dia chi co quan/], true, "text"),
      GENDER,
      MALE,
      FEMALE,
      PHONE,
      NOTE,
    ],
  },
};

/** The appendix numerals a sentence cites ("theo phụ lục số I, III, VI" → I, III, VI). */
export function citedAppendices(text: string): string[] {
  const found = text.match(/phụ lục(?: số)?\s+((?:[IVX]+)(?:\s*(?:,|và)\s*[IVX]+)*)/iu);
  return found ? found[1]!.split(/\s*(?:,|và)\s*/u).map((s) => s.trim().toUpperCase()) : [];
}

export function isTemplateId(value: string): value is TemplateId {
  return (TEMPLATE_IDS as readonly string[]).includes(value);
}
