// Turns the loose way plans name units ("Văn phòng UBND tỉnh; các Sở: Tư pháp, Tài
// chính, Thông tin và Truyền thông", "Các sở, ban, ngành, UBND cấp huyện") into units
// of a directory. Matching is by words, longest phrase first, so official names that
// contain commas or "và" ("Sở Văn hóa, Thể thao và Du lịch") stay whole. A word written
// in capitals stands for the initials of as many words ("Sở Nông nghiệp và PTNT",
// "LĐTB&XH", "VH,TT&DL"), so no spelling needs listing. A name that matches nothing is
// kept, unresolved, never dropped. Phrases sit in a word trie: resolving costs the same
// with 30 units or 10,000, and a resolver is built once per directory object.
import { clean, fold } from "./text.ts";
import { placeLevel, sameBodyOfPlaces } from "./place-list.ts";
import { tokenMarks, type TokenMarks } from "./token-marks.ts";
import { unitExceptions } from "./unit-exceptions.ts";
import { unitPartEnd } from "./unit-parts.ts";
import {
  BODY_HEAD,
  capitalised,
  delimiterFrom,
  FIELDS_OWNER,
  reach,
  foldedFrom,
  pluralListGoesOn,
  partyOwnerAt,
  levelOpenerAt,
  NAMED_BY_OWNERS,
  narrowsAt,
  numeralAt,
  ofOtherLevel,
  OTHER_BODY_HEAD,
  phraseWords,
  placesListEnd,
  PLACE_UNIT,
  isPlural,
  joinedBodyAt,
  reorganisedAt,
  sharedHeads,
  namedAfterHead,
  guessKind,
  slice,
  tokenize,
  type Token,
} from "./unit-tokens.ts";
import type { Directory, GroupDef, UnitEntry } from "./units.ts";
import { asWritten, dedupe, type ResolvedName } from "./resolved-names.ts";

export type { ResolvedName };
import { buildTrie, longestAt, trieDepth, unitTexts, type Match, type Target } from "./unit-trie.ts";

/** The folded words that close a body's name with its level ("… tỉnh", "… xã"). */
const LEVEL_WORDS = new Set(["tinh", "huyen", "xa", "phuong"]);
// "Các huyện đoàn", "các huyện ủy", "các xã đội": a level's word right before "đoàn", "ủy" or "đội" names that level's
// youth unions, party committees or military commands, not the level's UBND the group phrase ("các huyện") stands for.
// A unit's name is no such group ("Công an tỉnh - Ủy viên" is the post its head holds).
const LEVELS_OWN_BODY = new Set(["doan", "uy", "doi"]);
const levelsOwnBodyAt = (source: string, tokens: Token[], at: number): boolean =>
  LEVEL_WORDS.has(tokens[at - 1]?.word ?? "") &&
  LEVELS_OWN_BODY.has(tokens[at]?.word ?? "") &&
  /^\s+$/u.test(source.slice(tokens[at - 1]!.end, tokens[at]!.start));

export { guessKind, phraseWords, PLACE_UNIT, unitTexts };

export interface UnitResolver {
  /** Every unit named in a list ("A, B; các Sở: C, D"); unknown names come back unresolved. */
  resolveList(text: string): ResolvedName[];
  /** The units a sentence starts with ("Giao Sở Nội vụ chủ trì: …"), up to the first other word. */
  leadingUnits(text: string): ResolvedName[];
  /** The directory unit a single name refers to (an old unit's successor), or null. */
  find(name: string): UnitEntry | null;
  /** The directory it was built from. */
  readonly directory: Directory;
}

const cache = new WeakMap<Directory, UnitResolver>();

/** The resolver of a directory, built on first use and kept while the directory object lives. */
export function createResolver(directory: Directory): UnitResolver {
  let resolver = cache.get(directory);
  if (!resolver) {
    resolver = buildResolver(directory);
    cache.set(directory, resolver);
  }
  return resolver;
}

function buildResolver(directory: Directory): UnitResolver {
  const root = buildTrie(directory);
  const depth = trieDepth(root);
  const provinceWords = phraseWords(directory.province);
  // A group ("UBND cấp xã") expands to the same thousands of units every time: listed once.
  const groupMembers = new Map<GroupDef, readonly ResolvedName[]>();
  const membersOf = (group: GroupDef): readonly ResolvedName[] => {
    let members = groupMembers.get(group);
    if (!members) {
      members = directory.units
        .filter((u) => group.members.includes(u.kind))
        .map((u) => ({ name: u.name, kind: u.kind, resolved: true }));
      groupMembers.set(group, members);
    }
    return members;
  };

  function expand(target: Target, tokens: Token[], from: number, to: number, source: string): readonly ResolvedName[] {
    if ("unit" in target) {
      const { name, kind } = target.unit;
      return [
        target.succeededFrom
          ? {
              name,
              kind,
              resolved: true,
              succeededFrom: asWritten(target.succeededFrom, slice(source, tokens, from, to)),
            }
          : { name, kind, resolved: true },
      ];
    }
    const members = membersOf(target.group);
    if (members.length > 0) return members;
    const written = target.group.members.length === 0 ? slice(source, tokens, from, to) : target.group.name;
    return [{ name: written, kind: target.group.kind, resolved: false }];
  }

  /** "tỉnh Thái Nguyên", "Thái Nguyên" or a bare "tỉnh" after a name only says whose unit it is. */
  function provinceAt(tokens: Token[], at: number): number {
    const from = tokens[at]?.word === "tinh" ? at + 1 : at;
    if (provinceWords.every((w, k) => tokens[from + k]?.word === w)) return from - at + provinceWords.length;
    const next = tokens[from];
    return from > at && (!next || next.punct || next.word === "va") ? 1 : 0;
  }

  /** "thuộc" naming a body other than the province ("thuộc UBND huyện", not "thuộc UBND tỉnh Lai Châu"). */
  const ownedBelow = (tokens: Token[], at: number) =>
    tokens[at]?.word === "thuoc" && !provinceAt(tokens, at + (tokens[at + 1]?.word === "ubnd" ? 2 : 1));

  /** "các Sở:", "các sở, ngành:" open a list whose names leave out "Sở". */
  function prefixOpenerAt(tokens: Token[], at: number): number {
    let j = at;
    let sawSo = false;
    while (tokens[j] && (tokens[j]!.punct === "," || ["cac", "so", "ban", "nganh"].includes(tokens[j]!.word ?? ""))) {
      if (tokens[j]!.word === "so") sawSo = true;
      j++;
    }
    if (!sawSo || tokens[j]?.punct !== ":") return 0;
    // Only when names follow: "Các Sở, Ban, ngành:" alone is the group itself. Asked from every word of a list, so
    // it looks no further than the next word (a copy of the rest made each time made long lists quadratic).
    let next = j + 1;
    while (tokens[next] && !tokens[next]!.word) next++;
    return next < tokens.length ? j + 1 - at : 0;
  }

  /** The unit at `at` in a list opened by "UBND các phường:", whose names leave out "UBND phường". */
  const levelHitAt = (tokens: Token[], at: number, levels: Token[][]): Match | null =>
    headHitAt(
      tokens,
      at,
      levels.map((level) => [{ ...tokens[at]!, word: "ubnd" }, ...level]),
    );

  /** The unit at `at` in a list whose names leave out the words of one of `heads` ("UBND phường", "Sở"). */
  function headHitAt(tokens: Token[], at: number, heads: Token[][]): Match | null {
    for (const head of heads) {
      const implied = head.map((t) => ({ ...t, abbr: null }));
      const hit = longestAt(root, [...implied, ...tokens.slice(at, reach(tokens, at, depth))], 0, false);
      if (hit && "unit" in hit.phrase.target && hit.length > implied.length)
        return { ...hit, length: hit.length - implied.length };
    }
    return null;
  }

  /**
   * Whether names follow an opener "UBND các xã, phường:": a unit of those levels, or words written as a name
   * ("Tân Lập"). A sentence after the colon ("UBND các huyện: Rà soát …") is said of the group itself.
   */
  function namesListedAt(tokens: Token[], at: number, levels: Token[][], source: string): boolean {
    if (levelHitAt(tokens, at, levels)) return true;
    const words = tokens.slice(at, delimiterFrom(tokens, at)).filter((t) => t.word);
    return words.every((t) => /^[\p{Lu}\d]/u.test(source.slice(t.start, t.end)));
  }

  /**
   * How many words after a provincial body (not a Sở, none of a place's) name a district or commune of the directory
   * by its level ("huyện Chợ Đồn", "xã Tân Lập"); else 0. By name, not kind: the province's own UBND is of kind
   * "other" as "Hội Nông dân" is, yet "UBND tỉnh huyện Ba Bể" is a cell's two lines joined, two units.
   */
  function placeAfter(tokens: Token[], at: number, unit: UnitEntry): number {
    const local = unit.kind === "district" || unit.kind === "commune" || /^(?:sở|ubnd|ủy ban)\s/iu.test(unit.name);
    if (local || !/^(?:huyen|xa|phuong|thanh|thi|tp|tx)$/.test(tokens[at]?.word ?? "")) return 0;
    const place = longestAt(root, tokens, at, false);
    const target = place?.phrase.target;
    return target && "unit" in target && ["district", "commune"].includes(target.unit.kind) ? place!.length : 0;
  }

  function scan(text: string, stopAtUnknown: boolean): ResolvedName[] {
    const source = clean(text).replace(/\([^)]*\)/g, " ");
    const tokens = tokenize(source);
    const marks = tokenMarks(tokens);
    const found: ResolvedName[] = [];
    let prefixMode = false;
    let levels: Token[][] = [];
    // The heads the unit just read was written with ("UBND huyện Ba Bể", "Sở Tư pháp"), while its list goes on.
    let heads: Token[][] | null = null;
    for (let i = 0; i < tokens.length;) {
      const token = tokens[i]!;
      if (token.punct || token.word === "va" || token.word === "voi") {
        if (token.punct !== "," && token.word !== "va") heads = null;
        i++;
        continue;
      }
      // "UBND huyện Ba Bể, Pác Nặm và Ngân Sơn", "Sở Tư pháp, Tài chính": names after the first leave out its head.
      const chained: Match | null = heads && namedAfterHead(source, token) ? headHitAt(tokens, i, heads) : null;
      const shared: Token[][] | null = chained ? heads : null;
      heads = null;
      const opener = prefixOpenerAt(tokens, i);
      if (opener) {
        prefixMode = true;
        i += opener;
        continue;
      }
      const level = levelOpenerAt(tokens, i);
      // Without a colon, only a known unit of that level after it makes a list: "UBND các xã có …" opens with the
      // group (narrowed below).
      const listed = level?.bare
        ? levelHitAt(tokens, i + level.length, level.levels)
        : level && namesListedAt(tokens, i + level.length, level.levels, source);
      if (level && listed) {
        levels = level.levels;
        i += level.length;
        continue;
      }
      const read: Match | null =
        (levels.length > 0 ? levelHitAt(tokens, i, levels) : null) ?? chained ?? longestAt(root, tokens, i, prefixMode);
      const levelsOwn: boolean =
        !!read && "group" in read.phrase.target && levelsOwnBodyAt(source, tokens, i + read.length);
      const hit: Match | null = levelsOwn ? null : read;
      const group = hit && "group" in hit.phrase.target ? hit.phrase.target.group : null;
      const narrowed = group && narrowsAt(source, tokens, i + hit!.length);
      if (group && (narrowed || ownedBelow(tokens, i + hit!.length))) {
        // "Các cơ quan, đơn vị được kiểm tra", "UBND các xã có sản phẩm đạt 3 sao": a group narrowed by what is
        // done to it or what its members hold names some of its members, not all; "các cơ quan chuyên môn thuộc
        // UBND huyện" are the offices of a body below the province, none of the directory's. Kept as written, for
        // the admin to answer.
        const end = narrowed
          ? marks.delimiterFrom(i + hit!.length)
          : unknownEnd(source, tokens, i + hit!.length, marks);
        const name = slice(source, tokens, i, end);
        found.push({ name, kind: narrowed ? group.kind : "other", resolved: false, ...(narrowed ? { narrowed } : {}) });
        i = end;
        continue;
      }
      const own = hit && "unit" in hit.phrase.target ? ofOtherLevel(tokens, i + hit.length, hit.phrase.target.unit) : 0;
      if (hit && own > 0) {
        // "Thanh tra Sở", "Văn phòng UBND huyện", "Thanh tra xã": a provincial body's short name followed by
        // "Sở" or a local level alone is that department's or that level's own body, not the province's; so is
        // one followed by the plural of local levels ("Liên đoàn Lao động các huyện, thành phố"): their bodies
        // of its kind, none of the directory's. Kept as written, for the admin to name.
        const end = placesListEnd(source, tokens, i + hit.length + own);
        const name = slice(source, tokens, i, end);
        found.push({ name, kind: guessKind(name), resolved: false });
        i = end;
        continue;
      }
      const place = hit && "unit" in hit.phrase.target ? placeAfter(tokens, i + hit.length, hit.phrase.target.unit) : 0;
      if (place > 0) {
        // "Hội Nông dân huyện Chợ Đồn": a provincial body's short name before a district or commune of the directory is
        // that place's own body of its kind, neither the province's nor the place's UBND. Kept as written.
        const name = slice(source, tokens, i, i + hit!.length + place);
        found.push({ name, kind: guessKind(name), resolved: false });
        i += hit!.length + place;
        continue;
      }
      if (hit) {
        found.push(...expand(hit.phrase.target, tokens, i, i + hit.length, source));
        if ("unit" in hit.phrase.target)
          heads = shared ?? sharedHeads(tokens, i, i + hit.length, hit.phrase.target.unit);
        i += hit.length;
        if ("unit" in hit.phrase.target) {
          i += provinceAt(tokens, i) + numeralAt(source, tokens, i);
          // "- Sở Tư pháp: lĩnh vực …;": the unit's own part of the work names no one (`unit-parts.ts`).
          i = unitPartEnd(source, tokens, i, (at) => longestAt(root, tokens, at, false) !== null);
        } else i += reorganisedAt(tokens, i);
        continue;
      }
      if (stopAtUnknown) break;
      const end = unknownEnd(source, tokens, i, marks);
      const known = (at: number) => longestAt(root, tokens, at, false) !== null;
      const places = sameBodyOfPlaces(source, tokens, i, end, known);
      for (const name of [slice(source, tokens, i, end), ...places.names])
        found.push({ name, kind: guessKind(name), resolved: false });
      // What the body does, after its name, names no one; a body joined to it does the same work.
      const joined = joinedBodyAt(source, tokens, places.end, known);
      const closed = closedByPlace(source, tokens, i, places.end);
      i = !closed ? places.end : joined >= 0 ? joined : marks.delimiterFrom(places.end);
    }
    return dedupe(found);
  }

  /**
   * "Viễn thông Thái Nguyên phủ sóng …", "Ban Dân tộc tỉnh chủ trì …", "UBND xã Tân Lập hoàn tất …": a body named
   * after its province, closed by "tỉnh", or closed by a place after its level written in lower case, ends there
   * when words in lower case follow, what the body does (a capital goes on: "tỉnh Lai Châu").
   */
  function closedByPlace(source: string, tokens: Token[], from: number, at: number): boolean {
    const next = tokens[at];
    if (!next?.word || capitalised(source, next) || next.word === "va") return false;
    const before = at - provinceWords.length;
    const named = before > from && provinceWords.every((w, k) => tokens[before + k]?.word === w);
    // "tỉnh" in lower case is the level; "Tỉnh ủy", "Tỉnh đoàn", "Tỉnh đội" are bodies of their own, "tỉnh nhà" the
    // province itself.
    const level = at - 1 > from && tokens[at - 1]!.word === "tinh" && !capitalised(source, tokens[at - 1]);
    const place = placeLevel(source, tokens, from, at);
    const placed = place >= 0 && !capitalised(source, tokens[place]);
    return named || placed || (level && !["uy", "doan", "doi", "nha"].includes(next.word));
  }

  /**
   * Where a name the directory lacks ends: at a comma or semicolon, or at "và" before a known unit or
   * group, before a plural ("và các tổ dân phố" names others), or, when the name opens with an office word,
   * before another office word: "Phòng A và Phòng B" are two bodies (not so an office named by the bodies
   * it serves, "Văn phòng HĐND và UBND"). A body's name may list its fields with a
   * comma ("Ban chỉ đạo phòng, chống thiên tai"): a comma followed by lower-case words that name nothing
   * ("các sở", "cấp xã" do) goes on with the same name, and so does an office's list of capitalised fields and a
   * plural's list of kinds ("Các Huyện đoàn, Thành đoàn"). A party committee owning the body closes its name.
   *
   * The name's words are read once, from its opening to where it ends: a comma is looked past only when the reading
   * gets there, and `marks` finds the next comma and colon at once. Asked again after each "và" of a long name, a look
   * to the end of its list from each made it quadratic.
   */
  function unknownEnd(source: string, tokens: Token[], from: number, marks: TokenMarks): number {
    const first = marks.delimiterFrom(from);
    const colon = marks.colonFrom(from);
    if (colon < first && placesListEnd(source, tokens, colon) > first) return placesListEnd(source, tokens, colon);
    const known = (at: number) => longestAt(root, tokens, at, false) !== null;
    const goesOn = (at: number) =>
      continuesName(source, tokens, at) ||
      listsFields(source, tokens, from, at) ||
      pluralListGoesOn(source, tokens, from, at, known);
    // Where the name ends as far as read (`end`), and whether that is sure: past its last comma, or at its owner.
    let end = first;
    let settled = false;
    const readPast = (at: number) => {
      while (!settled && end <= at) {
        if (tokens[end]?.punct === "," && goesOn(end + 1)) end = marks.delimiterFrom(end + 1);
        else settled = true;
      }
    };
    const opensBody = (at: number) =>
      BODY_HEAD.test(foldedFrom(tokens, at)) && !/^to chuc\b/.test(foldedFrom(tokens, at));
    for (let j = from + 1; ; j++) {
      readPast(j + 2);
      if (j >= end) break;
      // Read past `j` + 2, `end` is beyond it unless settled: the first owner before it closes the name.
      if (j + 2 < end && partyOwnerAt(source, tokens, j)) {
        end = j + 2;
        settled = true;
      }
      if (closedByPlace(source, tokens, from, j)) return j;
      if (j === end - 1) break;
      // "Trung tâm … tỉnh UBND các xã": a name closed by its level, then a known unit or group written in capitals
      // (a cell's lines joined with no mark between them) is two names.
      if (
        LEVEL_WORDS.has(tokens[j - 1]!.word ?? "") &&
        capitalised(source, tokens[j]) &&
        longestAt(root, tokens, j, false)
      )
        return j;
      if (tokens[j]!.word !== "va") continue;
      if (
        isPlural(source, tokens[j + 1]) ||
        (longestAt(root, tokens, j + 1, false) && !sharesLevel(source, tokens, j + 1))
      )
        return j;
      // "Ủy ban MTTQ Việt Nam phường và Tổ trưởng tổ dân phố": a name closed by its level, then a body's opening word.
      const closed = LEVEL_WORDS.has(tokens[j - 1]!.word ?? "") && !capitalised(source, tokens[j - 1]);
      const next = foldedFrom(tokens, j + 1);
      if (
        closed &&
        !NAMED_BY_OWNERS.test(foldedFrom(tokens, from)) &&
        (BODY_HEAD.test(next) || OTHER_BODY_HEAD.test(next))
      )
        return j;
      if (opensBody(from) && !NAMED_BY_OWNERS.test(foldedFrom(tokens, from)) && opensBody(j + 1)) return j;
    }
    return end;
  }

  /**
   * "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh", "Ban Quản lý các khu công nghiệp và khu kinh tế tỉnh": after "và",
   * a known unit's words in lower case ("doanh nghiệp") then the level in lower case closing the name are the kinds
   * the body serves, one name with it; a unit after "và" is written as a name (a capital, "các …").
   */
  function sharesLevel(source: string, tokens: Token[], at: number): boolean {
    const hit = longestAt(root, tokens, at, false);
    const level = hit ? tokens[at + hit.length] : undefined;
    return !capitalised(source, tokens[at]) && LEVEL_WORDS.has(level?.word ?? "") && !capitalised(source, level);
  }

  /**
   * "Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Thông tin, Báo chí, Xuất bản": an office or department named by
   * its fields lists them, each opening with a capital, the last after "và" or after a comma. The part after the
   * comma at `at` is such a list when it opens no body's name and either holds "và" before a capital or is one
   * field: two or three words, only the first capitalised (a proper name, "Viettel Bắc Kạn", "Báo Lao Động",
   * capitalises its place or title too, and one word alone, "Viettel", is a name). "Viễn thông" folds as "Viện"
   * (an institute) does, but is a field.
   */
  function listsFields(source: string, tokens: Token[], from: number, at: number): boolean {
    const words = tokens.slice(at, delimiterFrom(tokens, at));
    const folded = (list: Token[]) => list.map((t) => t.word).join(" ");
    const oneField = () =>
      words.length >= 2 && words.length <= 3 && words.every((t, i) => t.word && capitalised(source, t) === (i === 0));
    return (
      FIELDS_OWNER.test(folded(tokens.slice(from, from + 2))) &&
      // Fields come before the office's place: after "… huyện A," more places follow (`place-list.ts`).
      placeLevel(source, tokens, from, at - 1) < 0 &&
      capitalised(source, words[0]) &&
      (words.slice(1, -1).some((t, i) => t.word === "va" && capitalised(source, words[i + 2])) || oneField()) &&
      !(BODY_HEAD.test(folded(words)) && !/^viễn$/iu.test(source.slice(words[0]!.start, words[0]!.end))) &&
      !OTHER_BODY_HEAD.test(folded(words)) &&
      !longestAt(root, tokens, at, false)
    );
  }

  /** A list's units less those it leaves out ("UBND các huyện (trừ huyện A)"): `unit-exceptions.ts`. */
  function lessExceptions(text: string): ResolvedName[] {
    const { kept, left } = unitExceptions(text);
    if (left.length === 0) return scan(text, false);
    const out = new Set(
      left.flatMap((part) =>
        scan(part, false)
          .filter((u) => u.resolved)
          .map((u) => u.name),
      ),
    );
    return scan(kept, false).filter((u) => !u.resolved || !out.has(u.name));
  }

  function continuesName(source: string, tokens: Token[], at: number): boolean {
    const token = tokens[at];
    if (!token?.word || isPlural(source, token) || longestAt(root, tokens, at, false)) return false;
    return /^\p{Ll}/u.test(source.slice(token.start, token.end)) && !PLACE_UNIT.test(source.slice(token.start));
  }

  return {
    directory,
    resolveList: (text) => (NONE.test(fold(clean(text))) ? [] : lessExceptions(text)),
    leadingUnits: (text) => scan(clean(text).replace(/^(giao|đề nghị|yêu cầu)\s+/iu, ""), true),
    find(name) {
      const tokens = tokenize(clean(name));
      const hit = longestAt(root, tokens, 0, false);
      if (!hit || !("unit" in hit.phrase.target)) return null;
      const rest = tokens.slice(hit.length + provinceAt(tokens, hit.length));
      return rest.every((t) => t.punct) ? hit.phrase.target.unit : null;
    },
  };
}

/** A units cell or label saying there are none ("Không", "Không có"): no unit, not a name left unresolved. */
const NONE = /^khong( co)?[.]?$/;
