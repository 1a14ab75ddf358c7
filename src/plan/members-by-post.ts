// A steering committee's plan gives tasks to its members by the posts they hold: "9. Các Ủy viên là Thủ trưởng các sở,
// ban, ngành tỉnh", "Các thành viên Ban Chỉ đạo là Giám đốc Sở Tư pháp, Giám đốc Sở Tài chính" over a) b) name the
// members who head those bodies, and the tasks under the heading are the bodies' (head-post.ts), as the posts alone
// would make them. The words naming the members, up to "là", say only that they sit on the committee.

// "(Các) Ủy viên / thành viên (Ban Chỉ đạo …) là": the committee's name, if written, holds no punctuation.
const MEMBERS_WHO_ARE = /^\s*(?:[Cc]ác\s+)?(?:[ỦủUu][ỷy] viên|[Tt]hành viên)(?:\s+[^\s,;:.]+){0,8}?\s+là\s+/u;

/** The posts a heading says the committee's members hold ("Thủ trưởng các sở, …"), or null when it says none so. */
export function postsOfMembers(heading: string): string | null {
  const members = MEMBERS_WHO_ARE.exec(heading);
  return members ? heading.slice(members[0].length) : null;
}
