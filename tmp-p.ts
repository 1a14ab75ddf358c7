import { THAI_NGUYEN } from "./src/domain/directories/thai-nguyen.ts";
import { createResolver } from "./src/domain/resolve-units.ts";
import { readClause } from "./src/plan/clause.ts";
const r = createResolver(THAI_NGUYEN);
for (const s of ["Văn phòng UBND tỉnh, Sở Tư pháp, Thanh tra tỉnh, Công an tỉnh và các cơ quan liên quan","Văn phòng UBND tỉnh, Sở Tư pháp, Thanh tra tỉnh, Công an tỉnh và các cơ quan liên quan cử công chức tham gia Đoàn kiểm tra", "Sở Tư pháp và các cơ quan liên quan cử công chức", "Các cơ quan liên quan cử công chức"]) {
 console.log(JSON.stringify(r.resolveList(s).map(x=>x.name)), JSON.stringify(readClause(r, s)));
}
