// Thái Nguyên before the 2025 reorganisation (plans of 2019 and 2024), and after it,
// with Bắc Kạn merged in.
import type { Directory } from "../units.ts";
import { BAC_KAN } from "./bac-kan.ts";
import { COMMON_DEPARTMENTS, DEPARTMENTS, district, other, pressBodies, provincialBodies } from "./departments.ts";
import { afterReorganisation, untilReorganisation } from "./reorganisation.ts";

export const THAI_NGUYEN: Directory = untilReorganisation({
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
    ...pressBodies("Thái Nguyên"),
    other("Trung tâm Thông tin tỉnh"),
  ],
});

export const THAI_NGUYEN_2025: Directory = afterReorganisation(THAI_NGUYEN, [BAC_KAN]);
