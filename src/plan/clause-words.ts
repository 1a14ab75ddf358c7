// The words a sentence's grammar is read by (clause.ts): the verbs that end a subject, and the words a body's name
// or a group of bodies starts with, so that a subject the directory does not know is still kept as a name.
import { VILLAGE_KINDS } from "../domain/unit-tokens.ts";

// Verbs that end a subject. Words that also name bodies ("thẩm định", "phát" in "Đài Phát thanh") are left
// out, and "kiểm tra" is one only where no team's kind stands before it ("Đoàn kiểm tra"): a subject is cut at a
// verb only.
const VERBS = [
  "chủ trì",
  "phối hợp",
  "tự",
  // "các tổ chức chính trị - xã hội", "những tổ chức …": after a group's word, the noun naming bodies; so before the
  // kind of body ("Phòng Tổ chức, biên chế và tổ chức phi chính phủ", "tổ chức tín dụng").
  "(?<!(?:[Cc]ác|[Nn]hững)\\s)tổ chức(?!\\s+(?:phi chính phủ|chính trị|xã hội(?!\\s+hóa)|tôn giáo|tín dụng|quốc tế))",
  "thực hiện",
  "triển khai",
  "tham mưu",
  // "Ban Quản lý dự án đầu tư xây dựng …": after "đầu tư", the kind of investment, part of a board's name.
  "(?<!(?:đầu tư|Quản lý)\\s)xây dựng",
  "tổng hợp",
  "biên soạn",
  "theo dõi",
  "đôn đốc",
  "cung cấp",
  // "công lập" (public), "độc lập" (independent) qualify a name.
  "(?<!(công|độc)\\s)lập",
  "rà soát",
  "gửi",
  // "Phòng Tuyên truyền - Hỗ trợ người nộp thuế": "người nộp …" (the one who pays) is a noun, part of a name.
  "(?<!người\\s)nộp",
  "kê khai",
  "phổ biến",
  "quán triệt",
  // "các công trình giao thông" (works, a noun) in a name or an object: never the verb "trình"; "giải trình" (to
  // account for) is a verb of its own, whose subject ends before "giải".
  "giải trình",
  "(?<!công\\s)trình",
  "báo cáo",
  "bố trí",
  "hướng dẫn",
  "chỉ đạo",
  // "Đảng ủy X lãnh đạo, chỉ đạo …": a party body leads the work it does not do itself.
  "lãnh đạo",
  "cập nhật",
  "chuẩn bị",
  "hoàn thiện",
  "hoàn thành",
  "chịu trách nhiệm",
  "có trách nhiệm",
  "công bố",
  "ban hành",
  "hỗ trợ",
  "nghiên cứu",
  "quyết định",
  "cử",
  "duy trì",
  "nâng",
  "bảo đảm",
  "đảm bảo",
  "xử lý",
  "giải quyết",
  // "… phối hợp với UBND các xã, phường có dự án đi qua đẩy nhanh giải phóng mặt bằng": lower case, what they do.
  "đẩy nhanh",
  // "tiếp nhận", "thu nhận", "xác nhận", "ghi nhận" (receiving, confirming): in lower case never inside a body's name,
  // so a name the directory lacks ends before them ("phối hợp với Phòng Tin học - Thống kê thu nhận báo cáo").
  "(?:tiếp|thu|xác|ghi) nhận",
  // "đưa chuyên mục … vào hoạt động", "đưa tin": lower case, never inside a body's name.
  "đưa",
  // "… phối hợp với Phòng Văn hóa - Xã hội làm sạch dữ liệu", "làm rõ", "làm thủ tục": lower case, what is done; "việc
  // làm" (employment) is a noun inside names ("Trung tâm Dịch vụ việc làm", "Cục Việc làm").
  "(?<![Vv]iệc\\s)làm",
  // "UBND huyện cam kết số hóa …": a body registering what it will do.
  "cam kết",
  "thí điểm",
  "lắp đặt",
  // "mở chuyên mục", "mở đợt cao điểm": lower case, never inside a body's name.
  "mở",
  "tuyên truyền",
  // "vận động Nhân dân …": lower case, never inside a body's name ("Ban Vận động …").
  "vận động",
  "đăng tải",
  "niêm yết",
  "thu thập",
  "tập huấn",
  // "… phối hợp với các doanh nghiệp viễn thông trên địa bàn kết nối mạng …": lower case, the work partners do.
  "kết nối",
  // "Văn phòng Đăng ký đất đai": "ký" after a capitalised "Đăng" is the second word of a name's "Đăng ký".
  "(?<!Đăng\\s)ký",
  "đăng ký",
  "được giao",
  "nghiêm túc",
  "khẩn trương",
  "tích cực",
  // "Tổ công tác trực tiếp xuống địa bàn …": an adverb opening what the subject does, as "khẩn trương" does.
  "trực tiếp",
  "căn cứ",
  // The copula: "Văn phòng Sở là đầu mối theo dõi …" names its subject before it.
  "là",
  // In lower case after a body's name, what it does ("Văn phòng Sở kiểm tra …", "Công an xã kiểm kê …", "Ban Tổ chức
  // Hội thi chấm …"); after a team's kind, its name ("Đoàn kiểm tra", "Tổ kiểm kê", "Hội đồng chấm thi", "Hội đồng
  // đánh giá, phân hạng sản phẩm OCOP huyện").
  "(?<!(?:[Đđ]oàn|[Tt]ổ|[Bb]an|[Đđ]ội|[Hh]ội đồng)\\s)(?:kiểm tra|giám sát|khảo sát|kiểm kê|chấm|đánh giá)",
];
// "UBND các xã có dự án đi qua tập trung vận động …", "… tập trung vào …": before a verb, "tập trung" (focus on) opens
// what the subject does, as "khẩn trương" does; after the nouns it qualifies in plans it is part of the name, whatever
// follows: a place's noun up to three words before it ("cụm công nghiệp tập trung", "vùng sản xuất tập trung", "khu
// tái định cư tập trung", "bãi rác tập trung"), or what is treated at one place ("xử lý nước thải tập trung"). The
// words looked back over are bounded (three, of up to eight letters each), so a long run of letters is not re-read.
const PLACE_NOUN = "(?:khu|cụm|vùng|điểm|bãi|trại|trạm|chợ|nghĩa trang|lò|công nghiệp|nước thải|chất thải|dân cư)";
const FOCUSES = `(?<!(?:^|[\\s(])${PLACE_NOUN}(?:\\s+[\\p{L}\\p{M}]{1,8}){0,3}\\s)tập trung(?=\\s+(?:vào|${VERBS.join("|")})(?=$|[\\s,;:.]))`;
// In lower case: inside a sentence a capitalised word belongs to a name ("Sở Xây dựng").
// "Thanh tra Ban thanh tra việc …": in lower case after a body's name, what it does, as "kiểm tra" is; never at the
// start ("Thanh tra tỉnh" is a body), nor after a team's kind ("Ban thanh tra nhân dân") unless that is the owner of
// an inspectorate ("Thanh tra Ban").
const INSPECTS = "(?<!(?:[Đđ]oàn|[Tt]ổ|(?<!Thanh tra )[Bb]an|[Đđ]ội|[Hh]ội đồng)\\s)thanh tra";
export const VERB_ANYWHERE = new RegExp(
  `(^|[\\s,;:])(${[...VERBS, FOCUSES, INSPECTS].join("|")})(?=$|[\\s,;:.])`,
  "gu",
);
export const STARTING_VERB = new RegExp(`^(${[...VERBS, FOCUSES].join("|")})(?=$|[\\s,;:.])`, "iu");
// Words a body's name starts with, so that a subject the directory does not know is still
// kept (as unresolved, for the admin) rather than taken for a verb phrase. Not "Thanh tra",
// "Kiểm tra": they open a task as often ("Thanh tra công vụ tại …"); "Thanh tra tỉnh" is known, and
// "Thanh tra" followed by its level or owner ("Thanh tra Sở", "Thanh tra huyện") is a body.
const BODY_WORDS = [
  "Thanh tra(?= (?:tỉnh|huyện|thành phố|thị xã|xã|phường|Sở|sở|Bộ)(?:[\\s,;:.]|$)| Ban(?:[,;:.]|\\s+\\p{Ll}|$))",
  "Tổ(?! chức)",
  "Đoàn",
  "Bệnh viện",
  // A province's cultural bodies: "Bảo tàng tỉnh chủ trì …", "Thư viện tỉnh tổ chức …".
  "Bảo tàng",
  "Thư viện",
  "Trạm",
  "Trường(?! hợp)",
  "Hội đồng",
  "Hội(?! nghị| thảo| thi| diễn)",
  "Ban(?! hành)",
  "Phòng(?! chống|,)",
  "Trung tâm",
  "Chi cục",
  "Cục",
  "Công ty",
  "Ủy ban",
  "UBND",
  // A steering committee's short form, as UBND is a people's committee's: "BCĐ tỉnh", "BCĐ cấp xã".
  "BCĐ",
  "Sở",
  "Văn phòng",
  "Viện",
  // The province's and a district's military commands ("Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh").
  "Bộ Chỉ huy",
  "Tòa án",
  "Công an",
  "Bảo hiểm",
  "BHXH",
  "Kho bạc",
  "Bưu điện",
  "Điện lực",
  // The telecom group's unit in a province, named by its place as Bưu điện and Điện lực are ("Viễn thông Lai Châu").
  "Viễn thông(?=\\s\\p{Lu})",
  "Báo(?! cáo)",
  "Đài",
  "Liên đoàn",
  // The youth union of a province, district, town or city ("Huyện đoàn Chợ Mới").
  "(?:Tỉnh|Huyện|Thành|Thị|Quận) đoàn",
  // Party bodies: "Đảng ủy Công an tỉnh", "Đảng đoàn HĐND tỉnh", "Chi bộ …" (a committee's boards open with "Ban").
  "Đảng ủy",
  "Đảng đoàn",
  "Chi bộ",
  "Ngân hàng",
  // A state fund named as the subject of its task ("Quỹ Phát triển đất tỉnh hoàn thành …") is a body with a director
  // and accounts; mid-sentence "Quỹ" more often names money ("trích Quỹ …"), never a subject's opening.
  "Quỹ(?=\\s\\p{Lu})",
  "Thuế",
  // A commune's plan gives its tasks to its officials by post: "Công chức Tư pháp - Hộ tịch", "Trưởng các thôn".
  "Công chức(?=\\s\\p{Lu})",
  `Trưởng(?=\\s(?:các\\s)?(?:${VILLAGE_KINDS})(?![\\p{L}\\p{M}]))`,
].join("|");
export const BODY_START = new RegExp(`^(${BODY_WORDS})(\\s|$)`, "u");
// "Các đơn vị trực thuộc Sở", "Các cơ sở khám bệnh, chữa bệnh", "Các Trung tâm Y tế khu vực", "Các Huyện đoàn, Thành
// đoàn": bodies named by what they are, a group no directory lists, kept as the subject for the admin to name. A
// group of youth unions is as often written in lower case ("Các huyện đoàn, thành đoàn, đoàn trực thuộc"), and so is
// a group of departments narrowed to some ("Các sở, ngành liên quan: đối chiếu …"). "Các chủ đầu tư", the bodies
// owning public works, are named by that role in every plan spending public money.
// The Front's member organisations, named as a group in every plan asking for their help: "các tổ chức chính trị - xã
// hội tỉnh", "các đoàn thể", "các hội, đoàn thể".
const MASS_BODIES = "tổ chức chính trị\\s*-\\s*xã hội|(?:hội,?\\s+)?đoàn thể|tổ chức hội";
export const BODY_GROUP = new RegExp(
  `^([Cc]ác|[Nn]hững)\\s+(đơn vị|cơ quan|cơ sở(?! dữ liệu)|sở|bệnh viện|trường|trạm|đảng ủy|chi bộ|chủ đầu tư|` +
    `(?:huyện|thành|thị|quận) đoàn|${MASS_BODIES}|${BODY_WORDS})[\\s,]`,
  "u",
);
// "Các phòng, đơn vị thuộc Sở", "Các phòng, ban chuyên môn": kinds of bodies listed with commas name a group too.
const BODY_KIND = "phòng|ban|đơn vị|cơ quan|trung tâm|chi cục";
export const BODY_KINDS = new RegExp(`^([Cc]ác|[Nn]hững)\\s+(${BODY_KIND})(\\s*,\\s*(${BODY_KIND}))+\\s`, "u");
