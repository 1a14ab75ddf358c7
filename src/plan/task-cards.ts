// Task cards ("Phiếu nhiệm vụ"): each task a table of its own, two columns, label | content, under a row
// that numbers it (or a paragraph above the table):
//   Nhiệm vụ 1.2        |
//   Tên nhiệm vụ        | Chuyển đổi hệ thống …
//   Cơ quan chủ trì     | Văn phòng UBND tỉnh
//   Cơ quan phối hợp    | Sở Khoa học và Công nghệ; UBND cấp xã
//   Thời gian bắt đầu   | 01/10/2025
//   Thời hạn hoàn thành | 31/12/2025
// A card is a task table turned on its side: its labels are the header's, its contents one task row. It is
// read so by the task table reader (`src/plan/task-table.ts`), each card a table alone, so a card that leaves
// a row out takes nothing from the card before it.
// An office's task form ("PHIẾU GIAO VIỆC", one to a sheet or a page) numbers itself as a letter does, "Số: 01/PGV",
// and writes its labels with a colon ("Nội dung công việc:" | …): the same card, its number the form's as written.
// Its print (a PDF) may give the label column's lines first, then the value column's: the labels alone, in order,
// then as many values, the first value the first label's.
import type { Block } from "./document.ts";
import { opensTaskTable } from "./table-header.ts";
import { append } from "../domain/collections.ts";

// "Nhiệm vụ 1.2", "Phiếu nhiệm vụ số 3", "Nội dung 4: Tập huấn …": the card's number, and its title when
// the card writes it there rather than in a row of its own.
const HEAD =
  /^(?:phiếu\s+)?(?:nhiệm vụ|nội dung|công việc)(?:\s+số)?\s+(\d{1,4}(?:\.\d{1,4})*)\.?(?:\s*[:.–-]\s*(\S.*|))?$/iu;

// A form's number as a letter writes it: "Số: 01/PGV", "Số 15/PGNV-VP" (a figure, a slash, the form's code), alone or
// after the form's title on its line ("PHIẾU GIAO VIỆC Số: 01/PGV", as a print keeping the page's heading gives it).
const FORM_NUMBER =
  /^(?:phiếu(?:\s+\p{L}+){1,5}\s+)?số(?:\s*:)?\s*(\d{1,4}\/[\p{L}\d.-]{1,20}(?:\/[\p{L}\d.-]{1,20})?)$/iu;

// A field's label: a few words, no figure, perhaps a colon ("Tên nhiệm vụ", "Thời hạn hoàn thành:").
const LABEL = /^(\p{L}+(?:[\s,/]+\p{L}+){0,7})\s*:?$/u;

interface Card {
  ref: string;
  title: string;
  labels: string[];
  contents: string[];
}

/**
 * The card a block opens: a row whose first cell numbers it, its title in that cell or the one beside it and no
 * other cell filled, or a paragraph above the card's table that numbers it so; or null.
 */
function cardHead(block: Block): Card | null {
  const [first, beside = "", ...others] = block.type === "row" ? block.cells : [block.text];
  const head = HEAD.exec(first?.trim() ?? "");
  const form = FORM_NUMBER.exec(first?.trim() ?? "");
  if (others.some((c) => c.trim())) return null;
  if (form && !beside.trim()) return { ref: form[1]!, title: "", labels: [], contents: [] };
  return head && { ref: head[1]!, title: (head[2] || beside).trim(), labels: [], contents: [] };
}

/** A line that is a label alone, its colon ending it ("Đơn vị chủ trì:"): its value stands in the column beside. */
const LABEL_ALONE = /^(\p{L}+(?:[\s,/]+\p{L}+){0,7})\s*:$/u;

/** A row of a card: a label and its content, any further cell empty; or null. */
function field(block: Block): { label: string; content: string } | null {
  if (block.type !== "row" || block.cells.slice(2).some((c) => c.trim())) return null;
  const label = LABEL.exec(block.cells[0]?.trim() ?? "");
  return label ? { label: label[1]!, content: block.cells[1]?.trim() ?? "" } : null;
}

/**
 * A document's cards, each as a task table, and its other blocks: a card's rows are no other table's rows,
 * nor read as one ("Tên nhiệm vụ | Rút ngắn thời gian …" is no header whose rows are the fields below it).
 * What only looks like a card, its fields naming no task or no one and no time ("Nội dung 1" over a table of
 * units and figures), stays where it is.
 */
export function separateCards(blocks: Block[]): { cards: Block[][]; rest: Block[] } {
  const cards: Block[][] = [];
  const rest: Block[] = [];
  let open: { card: Card; blocks: Block[] } | null = null;
  const close = () => {
    const table = open && asTable(open.card);
    if (table && opensTaskTable(table)) cards.push(table);
    else if (open) append(rest, open.blocks);
    open = null;
  };
  for (const block of blocks) {
    const head = cardHead(block);
    if (open && !head && takes(open.card, block)) {
      open.blocks.push(block);
      continue;
    }
    close();
    if (head) open = { card: head, blocks: [block] };
    else rest.push(block);
  }
  close();
  return { cards, rest };
}

/**
 * Whether `block` is the card's: a field's row, or (a printed column read apart) a label alone before any value, or
 * a line that is the value of the first label still waiting for one.
 */
function takes(card: Card, block: Block): boolean {
  const waiting = card.labels.length - card.contents.length;
  const row = field(block);
  if (row && waiting === 0) {
    card.labels.push(row.label);
    card.contents.push(row.content);
    return true;
  }
  if (block.type !== "text") return false;
  const alone = LABEL_ALONE.exec(block.text.trim());
  if (alone && card.contents.length === 0) card.labels.push(alone[1]!);
  else if (!alone && waiting > 0) card.contents.push(block.text.trim());
  else return false;
  return true;
}

/** A card as a task table: its labels the header, its contents the row; a title in its head is the task's cell. */
function asTable(card: Card): Block[] {
  const titled = card.title ? [{ label: "Nhiệm vụ", content: card.title }] : [];
  const labels = ["TT", ...titled.map((t) => t.label), ...card.labels];
  const contents = [card.ref, ...titled.map((t) => t.content), ...card.contents];
  return [
    { type: "row", cells: labels },
    { type: "row", cells: contents },
  ];
}
