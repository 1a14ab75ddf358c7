// `dondoc plan import` as an admin uses it on the server: the same summary as in chat; names
// not understood stop the import (exit 2) unless each is given as another name of a unit
// (--alias, kept for later plans) or the admin accepts them as they are; a plan of another
// province needs --province; --json prints {summary, changes}.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { PLANS, planText } from "../support/fixtures.ts";
import { dondoc, sqliteEnv } from "../support/cli.ts";

const dir = mkdtempSync(join(tmpdir(), "dondoc-import-cli-"));

/** The 2024 plan renumbered, naming units the directory does not know. */
function planFile(
  number: string,
  names = ["Sở Thông tin Truyền thanh", "Trung tâm Phục vụ hành chính công tỉnh"],
): string {
  const file = join(dir, `ke-hoach-${number}.txt`);
  writeFileSync(
    file,
    planText(PLANS.thaiNguyen2024)
      .replace("Số: 98 /KH-UBND", `Số: ${number} /KH-UBND`)
      .replace(
        "1.7\tCông bố kết quả (cùng Chỉ số CCHC)\tQuý I/2025\tSở Nội vụ\tVăn phòng UBND tỉnh",
        `1.7\tCông bố kết quả (cùng Chỉ số CCHC)\tQuý I/2025\tSở Nội vụ\t${names[0]}`,
      )
      .replace(
        "2.9\tCông bố kết quả\tQuý I/2025\tSở Nội vụ\tVăn phòng UBND tỉnh",
        `2.9\tCông bố kết quả\tQuý I/2025\t${names[1]}\t${names[0]}`,
      ),
  );
  return file;
}

describe("dondoc plan import with names not understood", () => {
  // A database of its own for each test: the names one test saves must not answer another's.
  let env: NodeJS.ProcessEnv;
  beforeEach(() => {
    env = sqliteEnv();
  });

  it("prints the summary and refuses, with what to do, in text and in JSON", async () => {
    const run = await dondoc(["plan", "import", planFile("99")], env);
    expect(run.code).toBe(2);
    expect(run.out.split("\n")).toEqual([
      "Kế hoạch 99/KH-UBND (tỉnh Thái Nguyên): 17 nhiệm vụ (không kể đề mục), 17 có thời hạn (0 lấy thời hạn của mục), 17 có đơn vị chủ trì; số mẫu của 0 đơn vị.",
      "3 tên giữ nguyên như đã viết, không gắn với đơn vị nào (đã bỏ qua, hoặc chỉ nhóm chung):",
      "• UBND cấp xã (1.3, 2.4)",
      "• Các sở, ngành liên quan (1.5, 1.6, 2.1)",
      "• Các sở, ban, ngành liên quan (2.8)",
      "2 tên đơn vị chưa nhận ra:",
      "• Sở Thông tin Truyền thanh (1.7, 2.9)",
      "• Trung tâm Phục vụ hành chính công tỉnh (2.9)",
    ]);
    expect(run.err).toBe(
      'Chưa nhập: còn 2 tên đơn vị chưa nhận ra (Sở Thông tin Truyền thanh; Trung tâm Phục vụ hành chính công tỉnh). Với mỗi tên, thêm --alias "TÊN=ĐƠN VỊ"; hoặc thêm --accept-unresolved để nhập mà để các tên đó chưa gắn đơn vị.',
    );
    const json = await dondoc(["plan", "import", planFile("99"), "--json", "--lang", "en"], env);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.out)).toMatchObject({
      summary: {
        province: "Thái Nguyên",
        foreign: false,
        tasks: 17,
        unresolved: [
          { name: "Sở Thông tin Truyền thanh", refs: ["1.7", "2.9"] },
          { name: "Trung tâm Phục vụ hành chính công tỉnh", refs: ["2.9"] },
        ],
      },
      changes: [],
      error: { code: "import-unresolved", message: expect.stringMatching(/^Not imported: 2 unit names/) },
    });
    expect((await dondoc(["plan", "list", "--json"], env)).out).toBe("[]");
  });

  it("imports with an alias for each name, and the next plan resolves them by itself", async () => {
    const run = await dondoc(
      [
        "plan",
        "import",
        planFile("99"),
        "--alias",
        "Sở Thông tin Truyền thanh=Sở Thông tin và Truyền thông",
        "--alias",
        "Trung tâm Phục vụ hành chính công tỉnh=VP UBND tỉnh",
      ],
      env,
    );
    expect(run.code).toBe(0);
    expect(run.out).toContain("Không còn tên đơn vị nào cần hỏi.");
    expect(run.out).toContain("Đã nhập kế hoạch (mã 1): 17 nhiệm vụ");
    const next = await dondoc(["plan", "import", planFile("100"), "--json"], env);
    expect(next.code).toBe(0);
    const imported = JSON.parse(next.out);
    expect(imported.summary.unresolved).toEqual([]);
    expect(imported.tasks.find((t: { ref: string }) => t.ref === "2.9")).toMatchObject({
      lead: [{ name: "Văn phòng UBND tỉnh", resolved: true }],
      coordinators: [{ name: "Sở Thông tin và Truyền thông", resolved: true }],
    });
    expect(imported).toMatchObject({ created: true, changes: [] });
  });

  it("imports names as they are with --accept-unresolved, and does not ask about them again", async () => {
    const file = planFile("101", ["Phòng Văn thư tỉnh nhà", "Trung tâm Phục vụ hành chính công tỉnh"]);
    expect((await dondoc(["plan", "import", file], env)).code).toBe(2);
    const run = await dondoc(["plan", "import", file, "--accept-unresolved"], env);
    expect(run.code).toBe(0);
    const again = await dondoc(["plan", "import", file], env);
    expect(again.code).toBe(0);
    expect(again.out).toContain("• Phòng Văn thư tỉnh nhà (1.7, 2.9)");
    expect(again.out).toContain("Không có thay đổi so với lần nhập trước.");
  });

  it("says what is wrong with an alias", async () => {
    expect(await dondoc(["plan", "import", planFile("102"), "--alias", "Sở TT"], env)).toMatchObject({
      code: 2,
      err: '--alias cần dạng "TÊN=ĐƠN VỊ", ví dụ --alias "Sở TT-TT=Sở Thông tin và Truyền thông"; nhận được: Sở TT',
    });
    expect(await dondoc(["plan", "import", planFile("102"), "--alias", "Sở TT=Sở Phép thuật"], env)).toMatchObject({
      code: 2,
      err: 'Không có đơn vị "Sở Phép thuật" trong danh mục tỉnh Thái Nguyên.',
    });
  });
});

describe("dondoc plan import of a plan with a dated line no task was read from", () => {
  it("lists the line in the summary, in text and in JSON, so that the admin checks it before trusting the reading", async () => {
    const env = sqliteEnv();
    const file = join(dir, "ke-hoach-102.txt");
    // A deadline counted from an event the plan does not date: no day to be due on, so no task is read from it.
    const line = "7. Văn phòng UBND tỉnh tổ chức hội nghị sơ kết chậm nhất 05 ngày làm việc sau khi công bố kết quả.";
    writeFileSync(
      file,
      readFileSync(planFile("102", ["Sở Nội vụ", "Sở Nội vụ"]), "utf8").replace(
        "IV. KINH PHÍ",
        `${line}\n\nIV. KINH PHÍ`,
      ),
    );
    const run = await dondoc(["plan", "import", file], env);
    expect(run.code).toBe(0);
    const lines = run.out.split("\n");
    const at = lines.indexOf(
      "1 dòng có ghi thời hạn nhưng chưa đọc được thành nhiệm vụ nào. Đề nghị xem lại các dòng này trong văn bản; dòng nào là nhiệm vụ thì sau khi nhập thêm bằng /task add MÃ NỘI DUNG | THỜI HẠN:",
    );
    expect(lines[at + 1]).toBe(`• ${line}`);
    const json = JSON.parse((await dondoc(["plan", "parse", file, "--json"], env)).out);
    expect(json.unplaced).toEqual({ count: 1, lines: [line] });
  });
});

describe("dondoc plan import of another province's plan", () => {
  it("is refused unless the province is named, and then imported in that province", async () => {
    const env = { ...sqliteEnv(), PROVINCE: "Thái Nguyên" };
    const file = join(import.meta.dirname, "../plan-corpus/14-lai-chau-2022-par-prose/plan.txt");
    const refused = await dondoc(["plan", "import", file], env);
    expect(refused.code).toBe(2);
    expect(refused.out).toContain(
      "⚠ Đây là kế hoạch của tỉnh Lai Châu, không phải tỉnh Thái Nguyên. Chỉ đơn vị của tỉnh Lai Châu đã có cán bộ đầu mối mới được thông báo, và cần xác nhận riêng để nhập.",
    );
    expect(refused.err).toBe(
      'Chưa nhập: đây là kế hoạch của tỉnh Lai Châu, không phải tỉnh Thái Nguyên (PROVINCE). Nếu đúng là muốn nhập, ghi rõ --province "Lai Châu".',
    );
    const run = await dondoc(["plan", "import", file, "--province", "Lai Châu", "--json"], env);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toMatchObject({ province: "Lai Châu", summary: { foreign: true, unresolved: [] } });
    expect(readFileSync(file).length).toBeGreaterThan(0);
  });
});
