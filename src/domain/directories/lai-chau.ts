// Lai Châu before the 2025 reorganisation, and after it (kept as a province, no districts).
import type { Directory } from "../units.ts";
import { COMMON_DEPARTMENTS, DEPARTMENTS, district, pressBodies, provincialBodies } from "./departments.ts";
import { afterReorganisation, untilReorganisation } from "./reorganisation.ts";

export const LAI_CHAU: Directory = untilReorganisation({
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
    ...pressBodies("Lai Châu"),
  ],
});

export const LAI_CHAU_2025: Directory = afterReorganisation(LAI_CHAU);
