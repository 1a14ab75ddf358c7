// A list longer than one slice of storing (1,000 rows, one transaction each, a turn of the
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
    for (const [i, unit] of ["Sở Y tế", "Sở Tư pháp", "Sở Tài chính"].entries()) {
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
      select: { excelRow: true, phone: true, data: true },
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
        expect(JSON.parse(rows[ROWS - 1]!.data)).toMatchObject({ name: `Nguyễn Văn An ${ROWS}` });
      }
    },
    HEAVY,
  );

  it.skipIf(engine !== "sqlite")(
    "stores nothing of a list whose storing fails in its second slice, and keeps the unit's earlier list",
    async () => {
      expect(await send(senders[2]!, staff(5, 3))).toMatch(/^Đã nhận danh sách Phụ lục I/);
      // The database refuses one row of the second slice, as a full disk would.
      await world.db.client.$executeRawUnsafe(
        `CREATE TRIGGER refuse_row BEFORE INSERT ON "SubmissionRow" WHEN NEW.phone = '0930001500'
         BEGIN SELECT RAISE(ABORT, 'disk full'); END`,
      );
      try {
        const answer = await send(senders[2]!, staff(ROWS, 3));
        expect(answer).not.toMatch(/^Đã nhận/);
      } finally {
        await world.db.client.$executeRawUnsafe("DROP TRIGGER refuse_row");
      }
      expect((await currentRows("Sở Tài chính")).map((r) => r.phone)).toEqual(staff(5, 3).map((r) => r[5]));
      const unit = { name: "Sở Tài chính" };
      expect(await world.db.client.submission.count({ where: { unit } })).toBe(1);
      expect(await world.db.client.submissionRow.count({ where: { submission: { unit } } })).toBe(5);
    },
    HEAVY,
  );
});
