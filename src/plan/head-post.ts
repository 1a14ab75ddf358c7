// A letter addresses a body through the post of its head: "Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND các
// huyện", "Giám đốc Sở Y tế chỉ đạo …", "Chánh Văn phòng UBND tỉnh". The head answers for the body, so the task is
// the body's: the post is dropped before the name is resolved.

// Spelt case by case, not with the flag "i", which would let a lower case word pass for a name.
const POST = String.raw`(?:[Pp]hó\s+)?(?:[Tt]hủ trưởng|[Gg]iám đốc|[Cc]hủ tịch|[Cc]hánh|[Tt]rưởng)`;
// A post stands before a body's name: a capitalised one, or a group ("các sở, ban, ngành").
const HEAD_POST = new RegExp(String.raw`(^|[;,]\s*)${POST}\s+(?=các\s|\p{Lu})`, "gu");

/** The names with the posts of their heads left out: "Chủ tịch UBND các huyện" → "UBND các huyện". */
export const withoutHeadPosts = (text: string): string => text.replace(HEAD_POST, "$1");
