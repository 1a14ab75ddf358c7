// A letter addresses a body through the post of its head: "Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND các
// huyện", "Giám đốc Sở Y tế chỉ đạo …", "Chánh Văn phòng UBND tỉnh". The head answers for the body, so the task is
// the body's: the post is dropped before the name is resolved. A steering committee names its members so too, as
// comrades, their rank and name written or not: "Đồng chí Giám đốc Sở Nội vụ", "Đồng chí Nguyễn Văn A, Giám đốc Sở
// Tư pháp", "Đồng chí Đại tá Trần Văn B, Phó Giám đốc Công an tỉnh", "phối hợp với các đồng chí Chủ tịch UBND các
// huyện": the member's task is the body's they head.

// A newspaper's head is its editor-in-chief ("Tổng Biên tập Báo X").
// Spelt case by case, not with the flag "i", which would let a lower case word pass for a name.
const POST = String.raw`(?:[Pp]hó\s+)?(?:[Tt]hủ trưởng|[Tt]ổng [Bb]iên tập|[Gg]iám đốc|[Cc]hủ tịch|[Cc]hánh|[Tt]rưởng|[Cc]hỉ huy trưởng)`;
const RANK = String.raw`(?:[Đđ]ại|[Tt]hượng|[Tt]rung|[Tt]hiếu)\s+(?:tá|úy)`;
// "Đồng chí", "Các đồng chí", "Đ/c", then a rank, then a person's name (capitalised words) and its comma.
const COMRADE = String.raw`(?:[Cc]ác\s+)?(?:[Đđ]ồng chí|[Đđ]\/c)\s+(?:${RANK}\s+)?(?:(?:\p{Lu}\p{Ll}*\s+){1,4}\p{Lu}\p{Ll}*\s*,\s*)?`;
// A post stands before a body's name: a capitalised one, or a group ("các sở, ban, ngành").
const HEAD_POST = new RegExp(String.raw`(^|[;,]\s*)(?:${COMRADE})?${POST}\s+(?=các\s|\p{Lu})`, "gu");
const MEMBER = new RegExp(String.raw`^\s*${COMRADE}${POST}\s+(?=các\s|\p{Lu})`, "u");

/** The names with the posts of their heads left out: "Chủ tịch UBND các huyện" → "UBND các huyện". */
export const withoutHeadPosts = (text: string): string => text.replace(HEAD_POST, "$1");

/** Whether a text opens by naming a member by the post they hold ("Đồng chí …, Giám đốc Sở X"). */
export const opensWithMember = (text: string): boolean => MEMBER.test(text);
