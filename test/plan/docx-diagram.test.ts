// A SmartArt diagram in a Word body (a roadmap drawn as boxes joined by arrows) holds its words in the diagram's data
// part, not in the body: each box is read where the diagram stands, in the order the diagram shows the boxes, and once,
// though the cached drawing of the diagram holds the same words again.
import { describe, expect, it } from "vitest";
import { readDocxPlan } from "../../src/plan/read-docx.ts";
import { blocksOf, escapeXml, paragraph, rawDocx, run } from "../support/ooxml.ts";

const DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The w:drawing paragraph pointing to the diagram's parts. */
const drawing = `<w:p><w:r><w:drawing><wp:inline><wp:extent cx="5000000" cy="3000000"/><wp:docPr id="1" name="Diagram 1"/><a:graphic><a:graphicData uri="${DGM}"><dgm:relIds xmlns:dgm="${DGM}" r:dm="rId7" r:lo="rId8" r:qs="rId9" r:cs="rId10"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;

/** A box: its point, its paragraphs' runs. */
const box = (id: string, ...lines: string[]) =>
  `<dgm:pt modelId="${id}"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/>${lines
    .map((l) => `<a:p><a:r><a:rPr lang="vi-VN"/><a:t>${escapeXml(l)}</a:t></a:r></a:p>`)
    .join("")}</dgm:t></dgm:pt>`;
const empty = (id: string, type: string) =>
  `<dgm:pt modelId="${id}" type="${type}"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:p><a:endParaRPr/></a:p></dgm:t></dgm:pt>`;

/** A diagram's data part: the boxes as listed, and the order the connections give them under the root. */
function dataPart(points: string[], order: string[]): string {
  const links = order.map((id, i) => `<dgm:cxn modelId="c${i}" srcId="doc" destId="${id}" srcOrd="${i}" destOrd="0"/>`);
  return `<dgm:dataModel xmlns:dgm="${DGM}" xmlns:a="${A}"><dgm:ptLst>${empty("doc", "doc")}${points.join("")}${empty(
    "t1",
    "sibTrans",
  )}</dgm:ptLst><dgm:cxnLst>${links.join("")}</dgm:cxnLst><dgm:bg/><dgm:whole/></dgm:dataModel>`;
}

async function docWith(data: string): Promise<Buffer> {
  return rawDocx({
    body: `${paragraph(run("Việc triển khai theo các bước:"))}${drawing}${paragraph(run("III. TỔ CHỨC THỰC HIỆN"))}`,
    related: {
      rId7: { type: `${REL}/diagramData`, target: "diagrams/data1.xml", content: data },
      rId11: {
        type: "http://schemas.microsoft.com/office/2007/relationships/diagramDrawing",
        target: "diagrams/drawing1.xml",
        content: `<dsp:drawing xmlns:dsp="http://schemas.microsoft.com/office/drawing/2008/diagram" xmlns:a="${A}"><dsp:spTree><dsp:sp><dsp:txBody><a:p><a:r><a:t>Bước 1 – Sở Y tế lập danh sách.</a:t></a:r></a:p></dsp:txBody></dsp:sp></dsp:spTree></dsp:drawing>`,
      },
    },
  });
}

describe("a SmartArt diagram in a Word body", () => {
  it("is read as its boxes' paragraphs, where it stands, in the diagram's order, each once", async () => {
    const data = dataPart(
      [
        box("b2", "Bước 2 (quý II/2025) – Các huyện tổ chức tiêm bổ sung."),
        box("b1", "Bước 1 – Sở Y tế lập danh sách.", "Xong trong tháng 3/2025."),
        box("b3", "Bước 3: Sở Y tế tổng kết, báo cáo."),
      ],
      ["b1", "b2", "b3"],
    );
    expect(blocksOf(readDocxPlan(await docWith(data)))).toEqual([
      "Việc triển khai theo các bước:",
      "Bước 1 – Sở Y tế lập danh sách.",
      "Xong trong tháng 3/2025.",
      "Bước 2 (quý II/2025) – Các huyện tổ chức tiêm bổ sung.",
      "Bước 3: Sở Y tế tổng kết, báo cáo.",
      "III. TỔ CHỨC THỰC HIỆN",
    ]);
  });

  it("parts a box's words at a line break inside its paragraph", async () => {
    const broken = `<dgm:pt modelId="b1"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:p><a:r><a:t>Giai đoạn 1</a:t></a:r><a:br/><a:r><a:t>Tháng 3/2025</a:t></a:r></a:p></dgm:t></dgm:pt>`;
    expect(blocksOf(readDocxPlan(await docWith(dataPart([broken], ["b1"]))))[1]).toBe("Giai đoạn 1 Tháng 3/2025");
  });

  it("of thousands of boxes reads each of them, in order", async () => {
    const ids = Array.from({ length: 3000 }, (_, i) => `n${i}`);
    const data = dataPart(ids.map((id, i) => box(id, `Bước ${i + 1} – đơn vị ${i + 1} thực hiện.`)).reverse(), ids);
    const blocks = blocksOf(readDocxPlan(await docWith(data)));
    expect(blocks).toHaveLength(3002);
    expect(blocks[1]).toBe("Bước 1 – đơn vị 1 thực hiện.");
    expect(blocks[3000]).toBe("Bước 3000 – đơn vị 3000 thực hiện.");
  });
});
