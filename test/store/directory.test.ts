// The unit directory on a real database, both engines: every version's units kept with
// their days and successors, plans resolved against the directory of their own date,
// a few hundred communes imported in one file, aliases saved by an admin.
import ExcelJS from "exceljs";
import { afterEach, beforeEach, expect, it } from "vitest";
import { createResolver } from "../../src/domain/resolve-units.ts";
import type { StoredUnit } from "../../src/domain/units.ts";
import { databaseDirectories, importPlan, parsePlanBuffer, shippedCalendar } from "../../src/services/plan-service.ts";
import {
  importDirectory,
  provinceResolver,
  provinceUnits,
  saveUnitAlias,
  suggestProvinceUnits,
} from "../../src/services/units-service.ts";
import { ensureProvince, loadDirectory } from "../../src/store/directory-store.ts";
import { describeEngines, freshDatabase, type TestDatabase } from "../support/databases.ts";

/** A plan of the province on `date` (dd/mm/yyyy) that gives one task to each of `units`. */
function plan(number: number, date: string, units: string[], province = "Thái Nguyên"): Buffer {
  const [day, month, year] = date.split("/");
  const tasks = units.map(
    (unit, i) => `**${i + 1}. Giao ${unit}:**\n\n- Rà soát, báo cáo kết quả thực hiện trước ngày 20/10/${year}.\n`,
  );
  return Buffer.from(
    [
      `**ỦY BAN NHÂN DÂN TỈNH ${province.toUpperCase()}**`,
      `Số: ${number}/KH-UBND`,
      `*${province}, ngày ${day} tháng ${month} năm ${year}*`,
      "## KẾ HOẠCH",
      "### Triển khai nhiệm vụ cải cách hành chính",
      "**I. NHIỆM VỤ**",
      ...tasks,
    ].join("\n\n"),
  );
}

async function communeSheet(count: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Danh mục");
  sheet.addRow(["Tên đơn vị", "Loại", "Tên gọi khác", "Hiệu lực từ"]);
  for (let i = 1; i <= count; i++)
    sheet.addRow([`UBND xã Thử Nghiệm ${i}`, "Cấp xã", `xã Thử Nghiệm ${i}`, "01/07/2025"]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describeEngines("the unit directory on %s", (engine) => {
  let db: TestDatabase;
  // A database of its own for each test: none reads the communes or units another imported.
  beforeEach(async () => {
    db = await freshDatabase(engine);
  });
  afterEach(async () => db.drop());

  it("keeps every version's units once, with their days and successors", async () => {
    const units = await provinceUnits(db.client, "Thái Nguyên");
    const unit = (name: string) => units.find((u) => u.name === name);
    expect(unit("Sở Nội vụ")).toMatchObject({ validFrom: null, validUntil: null, successor: null });
    expect(unit("Sở Kế hoạch và Đầu tư")).toMatchObject({ validUntil: "2025-06-30", successor: "Sở Tài chính" });
    expect(unit("Sở Nông nghiệp và Phát triển nông thôn")).toMatchObject({
      successor: "Sở Nông nghiệp và Môi trường",
    });
    expect(unit("Sở Nông nghiệp và Môi trường")).toMatchObject({ validFrom: "2025-07-01", validUntil: null });
    expect(unit("UBND huyện Đại Từ")).toMatchObject({ validUntil: "2025-06-30", successor: null });
    expect(new Set(units.map((u) => u.name)).size).toBe(units.length);
  });

  it("loads the directory of a date, the same object until the directory changes", async () => {
    const id = await ensureProvince(db.client, "Thái Nguyên");
    const before = await loadDirectory(db.client, id, "2024-03-01");
    const after = await loadDirectory(db.client, id, "2026-03-01");
    expect(before.units.map((u) => u.name)).toContain("Sở Kế hoạch và Đầu tư");
    expect(before.units.filter((u) => u.kind === "district")).toHaveLength(9);
    expect(after.units.map((u) => u.name)).not.toContain("Sở Kế hoạch và Đầu tư");
    expect(after.units.filter((u) => u.kind === "district")).toEqual([]);
    expect(after.succeeded?.find((u) => u.name === "Sở Kế hoạch và Đầu tư")?.successor).toBe("Sở Tài chính");
    expect(await loadDirectory(db.client, id, "2026-03-01")).toBe(after);
    expect(createResolver(await loadDirectory(db.client, id, "2026-03-01"))).toBe(createResolver(after));
  });

  it("reads a 2024 plan and a 2026 plan naming Sở Kế hoạch và Đầu tư against their own directories", async () => {
    const options = { directories: databaseDirectories(db.client), calendar: shippedCalendar };
    const names = ["Sở Kế hoạch và Đầu tư", "Sở Tài nguyên và MT"];
    const old = await parsePlanBuffer(plan(3, "05/01/2024", names), options);
    const recent = await parsePlanBuffer(plan(4, "05/01/2026", names), options);
    if (!old.ok || !recent.ok) throw new Error("plans not read");
    expect(old.value.tasks.flatMap((t) => t.lead.map((u) => u.name))).toEqual([
      "Sở Kế hoạch và Đầu tư",
      "Sở Tài nguyên và Môi trường",
    ]);
    expect(old.value.warnings.filter((w) => w.code === "unit-succeeded")).toEqual([]);
    expect(recent.value.tasks.flatMap((t) => t.lead.map((u) => u.name))).toEqual([
      "Sở Tài chính",
      "Sở Nông nghiệp và Môi trường",
    ]);
    expect(recent.value.warnings.filter((w) => w.code === "unit-succeeded")).toEqual([
      { code: "unit-succeeded", args: { ref: "I.1", name: "Sở Kế hoạch và Đầu tư", successor: "Sở Tài chính" } },
      {
        code: "unit-succeeded",
        args: {
          ref: "I.2",
          name: "Sở Tài nguyên và MT (Sở Tài nguyên và Môi trường)",
          successor: "Sở Nông nghiệp và Môi trường",
        },
      },
    ]);
  });

  it("imports 300 communes in one file, reads them in a plan, and imports the same file again without change", async () => {
    const buffer = await communeSheet(300);
    expect(await importDirectory(db.client, "Thái Nguyên", buffer)).toEqual({
      ok: true,
      value: { created: 300, updated: 0 },
    });
    expect(await importDirectory(db.client, "Thái Nguyên", buffer)).toEqual({
      ok: true,
      value: { created: 0, updated: 0 },
    });
    const resolver = await provinceResolver(db.client, "Thái Nguyên", "2026-01-05");
    expect(resolver.resolveList("UBND cấp xã").filter((u) => u.resolved)).toHaveLength(300);
    expect(resolver.resolveList("xã Thử Nghiệm 299; UBND xã Thử Nghiệm 7")).toEqual([
      { name: "UBND xã Thử Nghiệm 299", kind: "commune", resolved: true },
      { name: "UBND xã Thử Nghiệm 7", kind: "commune", resolved: true },
    ]);
    // Before they were in force, a plan does not know them.
    const old = await provinceResolver(db.client, "Thái Nguyên", "2024-01-05");
    expect(old.resolveList("UBND xã Thử Nghiệm 7")[0]?.resolved).toBe(false);
  });

  it("imports days in force and successors, and refuses a row with a bad day or an unknown successor", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Danh mục");
    sheet.addRow(["Tên đơn vị", "Loại", "Hiệu lực từ", "Hiệu lực đến", "Đơn vị kế thừa"]);
    sheet.addRow(["UBND xã Cũ Một", "Cấp xã", "", "30/06/2025", "UBND xã Mới Một"]);
    sheet.addRow(["UBND xã Mới Một", "Cấp xã", new Date(Date.UTC(2025, 6, 1)), "", ""]);
    const good = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await importDirectory(db.client, "Thái Nguyên", good)).toEqual({
      ok: true,
      value: { created: 2, updated: 0 },
    });
    const units = await provinceUnits(db.client, "Thái Nguyên");
    expect(units.find((u) => u.name === "UBND xã Cũ Một")).toMatchObject({
      validFrom: null,
      validUntil: "2025-06-30",
      successor: "UBND xã Mới Một",
    });
    expect(units.find((u) => u.name === "UBND xã Mới Một")?.validFrom).toBe("2025-07-01");
    expect((await provinceResolver(db.client, "Thái Nguyên", "2026-01-05")).resolveList("UBND xã Cũ Một")).toEqual([
      { name: "UBND xã Mới Một", kind: "commune", resolved: true, succeededFrom: "UBND xã Cũ Một" },
    ]);

    sheet.addRow(["UBND xã Hai", "Cấp xã", "31/02/2025", "", "UBND xã Không Có"]);
    const bad = await importDirectory(db.client, "Thái Nguyên", Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(bad).toMatchObject({
      ok: false,
      error: {
        code: "invalid-directory",
        findings: [
          { row: 4, code: "invalid-date", value: "31/02/2025" },
          { row: 4, code: "unknown-successor", value: "UBND xã Không Có" },
        ],
      },
    });
    expect((await provinceUnits(db.client, "Thái Nguyên")).some((u) => u.name === "UBND xã Hai")).toBe(false);
  });

  it("saves another name of a unit, which the next plan resolves, and refuses one another unit has", async () => {
    const before = await provinceResolver(db.client, "Thái Nguyên");
    expect(before.find("Trung tâm Phục vụ hành chính công tỉnh")).toBeNull();
    const [choice] = await suggestProvinceUnits(db.client, "Thái Nguyên", "Văn phòng Ủy ban tỉnh", 3);
    expect(choice).toMatchObject({ name: "Văn phòng UBND tỉnh", unitId: expect.any(Number) });
    const saved = await saveUnitAlias(
      db.client,
      "Thái Nguyên",
      choice!.unitId!,
      "Trung tâm Phục vụ hành chính công tỉnh",
    );
    expect(saved).toEqual({
      ok: true,
      value: { unit: "Văn phòng UBND tỉnh", alias: "Trung tâm Phục vụ hành chính công tỉnh" },
    });
    const after = await provinceResolver(db.client, "Thái Nguyên", "2026-01-05");
    expect((after.find("Trung tâm Phục vụ hành chính công tỉnh") as StoredUnit | null)?.id).toBe(choice!.unitId);
    const police = (await provinceUnits(db.client, "Thái Nguyên")).find((u) => u.name === "Công an tỉnh")!;
    expect(await saveUnitAlias(db.client, "Thái Nguyên", police.id, "Sở Y tế")).toEqual({
      ok: false,
      error: { code: "alias-taken", args: { alias: "Sở Y tế", unit: "Sở Y tế" } },
    });
  });

  it("keeps a unit's id and assignments when a plan of today names it by its old name", async () => {
    const first = await importPlan(db.client, plan(5, "05/01/2024", ["Sở Kế hoạch và Đầu tư"]), "old");
    const next = await importPlan(db.client, plan(6, "05/01/2026", ["Sở Kế hoạch và Đầu tư"]), "new");
    if (!first.ok || !next.ok) throw new Error("plans not imported");
    const units = await provinceUnits(db.client, "Thái Nguyên");
    const old = units.find((u) => u.name === "Sở Kế hoạch và Đầu tư")!;
    const successor = units.find((u) => u.name === "Sở Tài chính")!;
    const assigned = async (planId: number) =>
      (await db.client.assignment.findMany({ where: { task: { planId } }, select: { unitId: true } })).map(
        (a) => a.unitId,
      );
    expect(await assigned(first.value.saved.planId)).toEqual([old.id]);
    expect(await assigned(next.value.saved.planId)).toEqual([successor.id]);
  });

  it("adds a newer shipped version once to a province stored before it, keeping ids and an admin's days", async () => {
    const provinceId = await ensureProvince(db.client, "Lai Châu");
    await db.client.unit.updateMany({
      where: { provinceId },
      data: { validFrom: null, validUntil: null, successorId: null },
    });
    await db.client.unit.deleteMany({ where: { provinceId, validFrom: null, name: "Sở Dân tộc và Tôn giáo" } });
    await db.client.unit.updateMany({ where: { provinceId, name: "Sở Y tế" }, data: { validFrom: "2020-01-01" } });
    await db.client.province.update({ where: { id: provinceId }, data: { shippedThrough: null } });
    const rows = await db.client.unit.findMany({ where: { provinceId }, select: { id: true, name: true } });
    const ids = new Map(rows.map((u) => [u.name, u.id]));
    // The first plan read against the province adds the newer version before resolving.
    const read = await parsePlanBuffer(plan(7, "02/03/2026", ["Ban Dân tộc tỉnh"], "Lai Châu"), {
      directories: databaseDirectories(db.client),
      calendar: shippedCalendar,
    });
    expect(read.ok && read.value.tasks.flatMap((t) => t.lead)).toEqual([
      { name: "Sở Dân tộc và Tôn giáo", kind: "department", resolved: true, succeededFrom: "Ban Dân tộc tỉnh" },
    ]);
    const units = await provinceUnits(db.client, "Lai Châu");
    const unit = (name: string) => units.find((u) => u.name === name);
    expect(unit("Ban Dân tộc tỉnh")).toMatchObject({
      id: ids.get("Ban Dân tộc tỉnh"),
      successor: "Sở Dân tộc và Tôn giáo",
    });
    expect(unit("Sở Dân tộc và Tôn giáo")?.validFrom).toBe("2025-07-01");
    expect(unit("Sở Y tế")).toMatchObject({ validFrom: "2020-01-01", validUntil: null });
  });
});
