// Words a sentence, heading or office's name cannot end with.
import { describe, expect, it } from "vitest";
import { endsOpen } from "../../src/domain/open-end.ts";

describe("endsOpen", () => {
  it("holds for a conjunction, a preposition, a determiner and an office's head", () => {
    for (const text of [
      "báo cáo Sở Y tế và",
      "phối hợp với",
      "tổng hợp gửi các",
      "trình HĐND",
      "gửi Ủy ban",
      "trình Sở",
    ])
      expect(endsOpen(text), text).toBe(true);
  });
  it("fails for a word that may end a phrase, a title of a person, punctuation and a full name", () => {
    for (const text of [
      "như sau",
      "nêu trên",
      "kèm theo",
      "ý kiến Giám đốc Sở",
      "Chủ tịch UBND",
      "với:",
      "Sở Y tế",
      "",
    ])
      expect(endsOpen(text), text).toBe(false);
  });
});
