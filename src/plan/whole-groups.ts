// Every unit of a kind: "các sở, ban, ngành", "UBND các xã, phường", "Thủ trưởng các cơ quan, đơn vị"; not a list after
// a colon ("các Sở: Tư pháp, Tài chính"), which names some, nor a group narrowed to some ("các cơ quan được kiểm
// tra"). Whole kinds parted by a semicolon ("các sở, ban, ngành; UBND các xã, phường") are the kinds of units a
// plan addresses, each doing the work for itself: none of a whole kind helps another whole kind, so all lead.
import type { ResolvedName } from "../domain/resolve-units.ts";
import { fold } from "../domain/text.ts";

const WHOLE_GROUP = /^(?:(?:ubnd|uy ban nhan dan|chu tich ubnd|thu truong)\s+)?cac\s[^:]*$/;

/** Whether a piece of names (its words and the units read from it) names whole groups only, none narrowed. */
export const wholeGroups = (piece: string, names: readonly ResolvedName[]): boolean =>
  WHOLE_GROUP.test(fold(piece.trim())) && !names.some((n) => n.narrowed);
