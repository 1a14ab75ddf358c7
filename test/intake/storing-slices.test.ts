// A list longer than one batch of storing (500 rows, one statement each, a turn of the
// event loop between slices; issue 18) is stored whole and in order, also when two units'
// lists are stored at once; a failure midway stores nothing, and the unit's earlier list
// stays its current one.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Sender } from "../../src/services/chat/types.ts";
import { chatWorld, type ChatWorld, focalSender } from "../support/chat.ts";
import { describeEngines } from "../support/databases.ts";
import { appendixI, xlsx, type Row } from "../support/lists.ts";

// Workers start cold and this machine may be shared: a generous bound, not a timing goal.
const HEAVY = 180_000;
// More than two slices, the last one short.
const ROWS = 2_600;

const staff = (count: number, unit: number): Row[] =>
  Array.from({ length: count }, (_, i) => [
    i + 1,
    `Nguyễn Văn An ${i + 1}`,
    "Chuyên viên",
    "x",
    null,
    `09${unit}${String(i).padStart(7, "0")}`,
  ]);

describeEngines("on %s", (engine) => {
  let world: ChatWorld;
  const senders: Sender[] = [];

  beforeAll(async () => {
    world = await chatWorld({ engine, today: "2019-11-26" });
    for (const [i, unit] of ["Sở Y tế", "Sở Tư pháp", "Sở Tài chính", "Sở Xây dựng"].entries()) {
      senders.push(focalSender(String(7300 + i)));
      await world.core.handle({ from: senders[i]!, text: `/start ${await world.invite(unit)}` });
    }
  }, HEAVY);
  afterAll(async () => world.db.drop());

  async function send(from: Sender, rows: Row[]): Promise<string> {
    const content = await xlsx(appendixI(rows, { titleRows: false }));
    const response = await world.core.handle({
      from,
      file: { name: "ds.xlsx", size: content.length, read: async () => content },
    });
    return response.replies[0]?.text ?? "";
  }

  /** The rows of the unit's current list, in the order they were stored. */
  async function currentRows(unit: string) {
    const current = await world.db.client.submission.findMany({
      where: { unit: { name: unit }, supersededAt: null },
      select: { id: true },
    });
    expect(current).toHaveLength(1);
    return world.db.client.submissionRow.findMany({
      where: { submissionId: current[0]!.id },
      orderBy: { id: "asc" },
      select: { excelRow: true, phone: true, valid: true, section: true, data: true },
    });
  }

  it(
    "stores two lists longer than a slice, sent at once by two units, each whole and in order",
    async () => {
      const answers = await Promise.all([send(senders[0]!, staff(ROWS, 1)), send(senders[1]!, staff(ROWS, 2))]);
      for (const answer of answers) expect(answer).toMatch(/^Đã nhận danh sách Phụ lục I/);
      for (const [unit, digit] of [
        ["Sở Y tế", 1],
        ["Sở Tư pháp", 2],
      ] as const) {
        const rows = await currentRows(unit);
        expect(rows).toHaveLength(ROWS);
        expect(rows.map((r) => r.phone)).toEqual(staff(ROWS, digit).map((r) => r[5]));
        expect(rows.map((r) => r.excelRow)).toEqual([...rows.map((r) => r.excelRow)].sort((a, b) => a - b));
        // Each row's flags as checked: as many valid as the list counted, all of them official.
        const list = await world.db.client.submission.findFirst({
          where: { unit: { name: unit }, supersededAt: null },
        });
        expect(rows.filter((r) => r.valid)).toHaveLength(list!.rowsValid);
        expect(new Set(rows.map((r) => r.section))).toEqual(new Set(["official"]));
        expect(JSON.parse(rows[ROWS - 1]!.data)).toMatchObject({ name: `Nguyễn Văn An ${ROWS}` });
      }
    },
    HEAVY,
  );

  it(
    "stores every finding of a list with an error on each row, in one array in the rows' order",
    async () => {
      // More findings than two slices of them, each row's phone too short.
      const rows = staff(ROWS, 4).map((row): Row => [...row.slice(0, 5), "12345"]);
      expect(await send(senders[3]!, rows)).toMatch(/^Đã nhận danh sách Phụ lục I/);
      const list = await world.db.client.submission.findFirst({
        where: { unit: { name: "Sở Xây dựng" }, supersededAt: null },
      });
      const findings = JSON.parse(list!.findings) as { row: number | null; value: string }[];
      const phones = findings.filter((f) => f.value === "12345");
      expect(phones).toHaveLength(ROWS);
      expect(phones.map((f) => f.row)).toEqual((await currentRows("Sở Xây dựng")).map((r) => r.excelRow));
      expect(list!.rowsValid).toBe(0);
    },
    HEAVY,
  );

  /** Makes the database refuse one row, as a full disk would; returns how to undo it. */
  async function refuseRow(phone: string): Promise<() => Promise<unknown>> {
    const db = world.db.client;
    if (engine === "sqlite") {
      await db.$executeRawUnsafe(
        `CREATE TRIGGER refuse_row BEFORE INSERT ON "SubmissionRow" WHEN NEW.phone = '${phone}'
         BEGIN SELECT RAISE(ABORT, 'disk full'); END`,
      );
      return () => db.$executeRawUnsafe("DROP TRIGGER refuse_row");
    }
    await db.$executeRawUnsafe(
      `CREATE FUNCTION refuse_row() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN IF NEW.phone = '${phone}' THEN RAISE EXCEPTION 'disk full'; END IF; RETURN NEW; END $$`,
    );
    await db.$executeRawUnsafe(
      `CREATE TRIGGER refuse_row BEFORE INSERT ON "SubmissionRow" FOR EACH ROW EXECUTE FUNCTION refuse_row()`,
    );
    return () => db.$executeRawUnsafe("DROP FUNCTION refuse_row() CASCADE");
  }

  it(
    "stores nothing of a list whose storing fails in its second slice, and keeps the unit's earlier list",
    async () => {
      expect(await send(senders[2]!, staff(5, 3))).toMatch(/^Đã nhận danh sách Phụ lục I/);
      // The database refuses one row of the second slice.
      const undo = await refuseRow("0930001500");
      try {
        const answer = await send(senders[2]!, staff(ROWS, 3));
        expect(answer).not.toMatch(/^Đã nhận/);
      } finally {
        await undo();
      }
      expect((await currentRows("Sở Tài chính")).map((r) => r.phone)).toEqual(staff(5, 3).map((r) => r[5]));
      const unit = { name: "Sở Tài chính" };
      expect(await world.db.client.submission.count({ where: { unit } })).toBe(1);
      expect(await world.db.client.submissionRow.count({ where: { submission: { unit } } })).toBe(5);
    },
    HEAVY,
  );
});
