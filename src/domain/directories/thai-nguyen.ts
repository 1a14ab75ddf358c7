// Thái Nguyên before the 2025 reorganisation (plans of 2019 and 2024).
import type { Directory } from "../units.ts";
import { COMMON_DEPARTMENTS, DEPARTMENTS, district, other, provincialBodies } from "./departments.ts";

export const THAI_NGUYEN: Directory = {
  province: "Thái Nguyên",
  units: [
    ...COMMON_DEPARTMENTS,
    DEPARTMENTS.ngoaiVu,
    DEPARTMENTS.khuCongNghiep,
    district("UBND thành phố Thái Nguyên"),
    district("UBND thành phố Sông Công"),
    district("UBND thành phố Phổ Yên", ["UBND thị xã Phổ Yên", "thị xã Phổ Yên"]),
    district("UBND huyện Đại Từ"),
    district("UBND huyện Định Hóa"),
    district("UBND huyện Đồng Hỷ"),
    district("UBND huyện Phú Bình"),
    district("UBND huyện Phú Lương"),
    district("UBND huyện Võ Nhai"),
    ...provincialBodies("Thái Nguyên"),
    other("Báo Thái Nguyên"),
    other("Trung tâm Thông tin tỉnh"),
  ],
};
