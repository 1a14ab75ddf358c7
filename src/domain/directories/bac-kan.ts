// Bắc Kạn before the 2025 reorganisation (plan of 2023); merged into Thái Nguyên on 1 July 2025.
import type { Directory } from "../units.ts";
import { COMMON_DEPARTMENTS, district, pressBodies, provincialBodies } from "./departments.ts";
import { untilReorganisation } from "./reorganisation.ts";

export const BAC_KAN: Directory = {
  ...untilReorganisation({
    province: "Bắc Kạn",
    units: [
      ...COMMON_DEPARTMENTS,
      district("UBND thành phố Bắc Kạn"),
      district("UBND huyện Ba Bể"),
      district("UBND huyện Bạch Thông"),
      district("UBND huyện Chợ Đồn"),
      district("UBND huyện Chợ Mới"),
      district("UBND huyện Na Rì"),
      district("UBND huyện Ngân Sơn"),
      district("UBND huyện Pác Nặm"),
      ...provincialBodies("Bắc Kạn"),
      ...pressBodies("Bắc Kạn"),
    ],
  }),
  mergedInto: "Thái Nguyên",
};
