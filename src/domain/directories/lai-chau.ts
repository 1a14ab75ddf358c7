// Lai Châu before the 2025 reorganisation.
import type { Directory } from "../units.ts";
import { COMMON_DEPARTMENTS, DEPARTMENTS, district, other, provincialBodies } from "./departments.ts";

export const LAI_CHAU: Directory = {
  province: "Lai Châu",
  units: [
    ...COMMON_DEPARTMENTS,
    DEPARTMENTS.ngoaiVu,
    DEPARTMENTS.khuCongNghiep,
    district("UBND thành phố Lai Châu"),
    district("UBND huyện Tam Đường"),
    district("UBND huyện Phong Thổ"),
    district("UBND huyện Sìn Hồ"),
    district("UBND huyện Mường Tè"),
    district("UBND huyện Than Uyên"),
    district("UBND huyện Tân Uyên"),
    district("UBND huyện Nậm Nhùn"),
    ...provincialBodies("Lai Châu"),
    other("Báo Lai Châu"),
  ],
};
