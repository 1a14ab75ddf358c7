// Units of a province and the groups plans use to name many at once.
export type UnitKind = "department" | "district" | "commune" | "other";
export const UNIT_KINDS: readonly UnitKind[] = ["department", "district", "commune", "other"];

export interface UnitEntry {
  name: string;
  kind: UnitKind;
  /** Name of the unit above it (a commune's district), if any. */
  parent?: string | null;
  abbreviations: string[];
  aliases: string[];
  /** Set on units a database holds: its row id, stable across directory versions. */
  id?: number;
}

/** A unit of an earlier directory whose work another unit took over (the 2025 mergers). */
export interface SucceededUnit extends UnitEntry {
  /** Name of the unit of this directory that took it over. */
  successor: string;
}

/** When a unit is in force, and who took over its work after (the database keeps every version's units). */
export interface UnitValidity {
  validFrom?: string | null;
  validUntil?: string | null;
  /** Name of the unit (same province) that took over its work after `validUntil`. */
  successor?: string | null;
}

/** A unit as the database keeps it: a directory entry with its id. */
export interface StoredUnit extends UnitEntry, UnitValidity {
  id: number;
  /** false for a name a plan used that matched no unit of the directory. */
  resolved: boolean;
}

/** A unit to create or update from an edited directory sheet. */
export interface UnitWrite extends Omit<UnitEntry, "id">, UnitValidity {
  /** Set when an edited row refers to an existing unit, so it can be renamed. */
  id?: number | null;
}

/** A province's units as they are in force between two dates (YYYY-MM-DD, both included). */
export interface Directory {
  province: string;
  units: UnitEntry[];
  /** First day in force; none: since always. */
  validFrom?: string | null;
  /** Last day in force; none: still in force. */
  validUntil?: string | null;
  /** Province this one was merged into after `validUntil` (Bắc Kạn into Thái Nguyên). */
  mergedInto?: string | null;
  /** Units of earlier directories: their names still resolve, to their successors, with a warning. */
  succeeded?: SucceededUnit[];
}

/** Whether a directory is in force on a date (YYYY-MM-DD). */
export function inForce(directory: Pick<Directory, "validFrom" | "validUntil">, date: string): boolean {
  return (
    (!directory.validFrom || directory.validFrom <= date) && (!directory.validUntil || date <= directory.validUntil)
  );
}

export interface GroupDef {
  /** Canonical wording, used when the group has no members to expand to. */
  name: string;
  kind: UnitKind;
  members: readonly UnitKind[];
  phrases: readonly string[];
}

/** Groups of units, by the wording plans use. `members: []` means "cannot be resolved". */
export const GROUPS: readonly GroupDef[] = [
  {
    name: "Các sở, ban, ngành",
    kind: "department",
    members: ["department"],
    phrases: [
      "các sở, ban, ngành",
      "sở, ban, ngành",
      "các sở, ngành",
      "sở, ngành",
      "các sở",
      "cấp sở",
      "các đơn vị cấp sở",
      "các sở, ban, ngành thuộc tỉnh",
      "các sở, ban, ngành tỉnh",
      "các cơ quan chuyên môn thuộc UBND tỉnh",
      "các cơ quan chuyên môn",
    ],
  },
  {
    name: "UBND cấp huyện",
    kind: "district",
    members: ["district"],
    phrases: [
      "UBND cấp huyện",
      "cấp huyện",
      "UBND các huyện, thành phố, thị xã",
      "UBND các huyện, thành phố",
      "UBND các huyện, thị xã, thành phố",
      "UBND huyện, thành phố",
      "UBND các huyện, thị xã",
      // One level named for all ("phối hợp với UBND các huyện"), as "UBND các xã" names the communes.
      "UBND các huyện",
      // The level alone, as a subject or a unit cell writes it ("Các huyện báo cáo …"); narrowed ("các huyện nghèo",
      // "các huyện có …") it names some of them, which the resolver keeps for the admin.
      "các huyện",
      "các huyện, thành phố, thị xã",
      "các huyện, thành phố",
      "các đơn vị cấp huyện",
      "địa phương",
      "các địa phương",
    ],
  },
  {
    name: "UBND cấp xã",
    kind: "commune",
    members: ["commune"],
    phrases: [
      "UBND cấp xã",
      "cấp xã",
      "UBND các xã, phường, thị trấn",
      "các xã, phường, thị trấn",
      "UBND các xã, phường",
      "UBND các phường, xã",
      // One level named for both ("phối hợp với UBND các xã; …"), when no commune's name follows it.
      "UBND các xã",
      "UBND các phường",
      // A district's communes and towns.
      "UBND các xã, thị trấn",
      "các xã, thị trấn",
    ],
  },
  {
    name: "Các cơ quan, đơn vị, địa phương",
    kind: "other",
    members: ["department", "district", "commune"],
    phrases: ["các cơ quan, đơn vị, địa phương", "cơ quan, đơn vị, địa phương", "các cơ quan, đơn vị"],
  },
  {
    // "The relevant ones" names nobody in particular: kept, unresolved, for an admin to read.
    name: "Các cơ quan liên quan",
    kind: "other",
    members: [],
    phrases: [
      "các sở, ngành liên quan",
      "các sở, ban, ngành liên quan",
      "các cơ quan liên quan",
      "cơ quan liên quan",
      "các cơ quan, đơn vị liên quan",
      "các cơ quan, đơn vị có liên quan",
      "các đơn vị liên quan",
      "các cơ quan có liên quan",
    ],
  },
];
