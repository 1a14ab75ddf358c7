// "Đoàn kiểm tra liên ngành (Sở A chủ trì, Sở B và Sở C phối hợp): kiểm tra …", "Tổ công tác (Sở A chủ trì, các sở
// liên quan phối hợp) tổ chức …": a team opens the sentence and the bracket right after its name says which units
// make it up and which of them leads. A team is no unit that answers for a task: the unit its bracket says chairs it
// does, and those it says take part coordinate. The bracket is read only when it says roles (clause.ts checks that
// and that the team is no directory unit), so "Sở A (cơ quan thường trực): …" keeps Sở A.

/** A name, its bracket, then a colon or the work: the name, the bracket's words and what follows; null otherwise. */
const OPENING = /^([^():;,.]{1,120}?)\s*\(([^()]{1,400})\)(?=[:\s])(.*)$/su;

export interface TeamBracket {
  /** The team's name as written ("Đoàn kiểm tra liên ngành"). */
  team: string;
  /** What the bracket says ("Sở A chủ trì, Sở B phối hợp"). */
  roles: string;
  /** The sentence after the bracket (": kiểm tra …"). */
  rest: string;
}

/** The name opening `sentence` with a bracket right after it, or null when the sentence opens otherwise. */
export function teamBracket(sentence: string): TeamBracket | null {
  const m = OPENING.exec(sentence.trim());
  return m ? { team: m[1]!.trim(), roles: m[2]!, rest: m[3]! } : null;
}
