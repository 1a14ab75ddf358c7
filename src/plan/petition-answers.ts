// A letter answering petitions ("trả lời kiến nghị của cử tri") numbers each petition as it was sent ("1. Cử tri xã
// Pa Tần kiến nghị: tuyến đường … bị sạt lở sau mưa lũ tháng 9/2025 …") and answers it in the paragraph after,
// labelled "Trả lời:". The petition is what was asked, its dates those of the complaint; what the letter gives to
// whom and by when is in the answer. A reader takes the item's number for the answer and leaves the petition.
import type { Block } from "./document.ts";

// "1. Cử tri xã X kiến nghị:", "b) Đại biểu Y chất vấn:": a number, who sent it, and the word for what they asked.
const PETITION =
  /^((?:\d{1,3}|[a-zđ])[.)])\s+(?:Cử tri|Đại biểu|Nhân dân|Người dân|Công dân|Doanh nghiệp|Hộ gia đình)\b[^:]{0,160}?\b(?:kiến nghị|phản ánh|chất vấn|hỏi|đề xuất|đề nghị)\s*:/u;
const ANSWER = /^(?:Trả lời|Ý kiến trả lời|Nội dung trả lời|Kết quả giải quyết)\s*:\s*/iu;

/** The blocks with each numbered petition followed by its answer read as the answer under the petition's number. */
export function withPetitionAnswers(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const next = blocks[i + 1];
    const petition = block.type === "text" ? PETITION.exec(block.text.trim()) : null;
    if (petition && next?.type === "text" && ANSWER.test(next.text.trim())) {
      out.push({ ...next, text: `${petition[1]} ${next.text.trim().replace(ANSWER, "")}` });
      i++;
    } else out.push(block);
  }
  return out;
}
