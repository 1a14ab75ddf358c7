// A paragraph of the body that says where the tasks are listed ("Danh mục nhiệm vụ tại Phụ lục kèm theo,
// trích xuất từ Hệ thống ngày …", "Các nhiệm vụ cụ thể theo Phụ lục đính kèm") assigns nothing itself: the
// appendix's rows are the tasks, and a day it names tells when the list was made, not when anything is due.
import { fold } from "../domain/text.ts";

const POINTER = /^(danh muc|danh sach|cac)? ?(cac )?nhiem vu( cu the)?( duoc giao)? (tai|theo) phu luc\b/;

/** Whether a paragraph only points to the appendix that lists the tasks. */
export const pointsToAppendix = (text: string): boolean => POINTER.test(fold(text));
