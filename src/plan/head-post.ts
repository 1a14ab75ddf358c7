// A letter addresses a body through the post of its head: "Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND các
// huyện", "Giám đốc Sở Y tế chỉ đạo …", "Chánh Văn phòng UBND tỉnh". The head answers for the body, so the task is
// the body's: the post is dropped before the name is resolved. A steering committee names its members so too, as
// comrades, their rank and name written or not: "Đồng chí Giám đốc Sở Nội vụ", "Đồng chí Nguyễn Văn A, Giám đốc Sở
// Tư pháp", "Đồng chí Đại tá Trần Văn B, Phó Giám đốc Công an tỉnh", "phối hợp với các đồng chí Chủ tịch UBND các
// huyện": the member's task is the body's they head.

import { VILLAGE_KINDS } from "../domain/unit-tokens.ts";

// A newspaper's head is its editor-in-chief ("Tổng Biên tập Báo X"); a body's head may be titled by its kind, the
// word before "trưởng" ("Cục trưởng Cục Thuế", "Chi cục trưởng Chi cục X", "Viện trưởng Viện Y", "Hiệu trưởng").
// Spelt case by case, not with the flag "i", which would let a lower case word pass for a name.
const KIND_HEAD = String.raw`(?:[Tt]ổng\s+)?(?:[Cc]hi\s+)?[Cc]ục trưởng|[Vv]ụ trưởng|[Vv]iện trưởng|[Hh]iệu trưởng`;
// "Người đứng đầu" is the law's word for any body's head ("Người đứng đầu Sở Y tế, Sở Giáo dục và Đào tạo chỉ đạo …").
const POST = String.raw`(?:[Pp]hó\s+)?(?:[Nn]gười đứng đầu|[Tt]hủ trưởng|[Tt]ổng [Bb]iên tập|[Gg]iám đốc|[Cc]hủ tịch|[Cc]hánh|[Tt]rưởng|[Cc]hỉ huy trưởng|${KIND_HEAD})`;
const RANK = String.raw`(?:[Đđ]ại|[Tt]hượng|[Tt]rung|[Tt]hiếu)\s+(?:tá|úy)`;
// "Đồng chí", "Các đồng chí", "Đ/c", then a rank, then a person's name (capitalised words) and its comma.
const COMRADE = String.raw`(?:[Cc]ác\s+)?(?:[Đđ]ồng chí|[Đđ]\/c)\s+(?:${RANK}\s+)?(?:(?:\p{Lu}\p{Ll}*\s+){1,4}\p{Lu}\p{Ll}*\s*,\s*)?`;
// A village's head ("Trưởng các bản", "Trưởng Thôn Nà Pài") is the post a commune's plan gives the task to: a
// village is no body of a directory, so the post stays in the name. Its kind may be capitalised, as a name is.
const anyCase = (kinds: string) =>
  kinds
    .split("|")
    .map((kind) => `[${kind[0]}${kind[0]!.toUpperCase()}]${kind.slice(1)}`)
    .join("|");
const VILLAGE = String.raw`(?:[Cc]ác\s+)?(?:${anyCase(VILLAGE_KINDS)})(?![\p{L}\p{M}])`;
// A post stands before a body's name: a capitalised one, or a group ("các sở, ban, ngành").
const HEAD_POST = new RegExp(String.raw`(^|[;,]\s*)(?:${COMRADE})?${POST}\s+(?!${VILLAGE})(?=các\s|\p{Lu})`, "gu");
const MEMBER = new RegExp(String.raw`^\s*${COMRADE}${POST}\s+(?=các\s|\p{Lu})`, "u");

/** The names with the posts of their heads left out: "Chủ tịch UBND các huyện" → "UBND các huyện". */
export const withoutHeadPosts = (text: string): string => text.replace(HEAD_POST, "$1");

/** Whether a text opens by naming a member by the post they hold ("Đồng chí …, Giám đốc Sở X"). */
export const opensWithMember = (text: string): boolean => MEMBER.test(text);
