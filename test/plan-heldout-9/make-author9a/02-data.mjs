// 02's task table: [group, [[task, lead, partners, weeks marked, note]]]. Weeks are written "month.week", a span
// "3.2-4.1" runs from week 2 of March to week 1 of April; several spans are separated by commas.
export const GROUPS = [
  [
    "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH",
    [
      ["Ban hành Kế hoạch khắc phục tồn tại, hạn chế, nâng cao Chỉ số CCHC năm 2025 của cơ quan, đơn vị",
        "Các sở, ban, ngành; UBND các huyện, thành phố", "Sở Nội vụ", "3.2-3.3", ""],
      ["Tổ chức Hội nghị phân tích kết quả Chỉ số PAR INDEX, SIPAS năm 2024 của tỉnh", "Sở Nội vụ",
        "VP UBND tỉnh", "3.4", ""],
      ["Rà soát, cập nhật bộ tài liệu kiểm chứng các tiêu chí, tiêu chí thành phần Chỉ số CCHC", "Sở Nội vụ",
        "Các sở, ban, ngành", "4.1", ""],
      ["Kiểm tra công tác CCHC đợt 1 tại 05 sở, ngành và 03 huyện", "Sở Nội vụ", "VP UBND tỉnh; Sở Tư pháp",
        "5.2-5.4", ""],
      ["Tuyên truyền về CCHC, các mô hình, sáng kiến trên Báo Lai Châu, Đài PT-TH tỉnh", "Báo Lai Châu; Đài PT-TH tỉnh",
        "Sở Nội vụ, Sở TT&TT", "4.3, 6.3", "02 đợt"],
    ],
  ],
  [
    "CẢI CÁCH THỂ CHẾ",
    [
      ["Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành", "Sở Tư pháp",
        "Các sở, ban, ngành", "3.3-4.2", ""],
      ["Kiểm tra văn bản quy phạm pháp luật sau ban hành tại cấp huyện", "Sở Tư pháp",
        "UBND các huyện, thành phố", "5.3", ""],
      ["Theo dõi tình hình thi hành pháp luật trong lĩnh vực xử lý vi phạm hành chính", "Sở Tư pháp", "Công an tỉnh",
        "6.2", ""],
    ],
  ],
  [
    "CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
    [
      ["Trình Chủ tịch UBND tỉnh công bố danh mục TTHC được chuẩn hóa năm 2025", "VP UBND tỉnh",
        "Các sở, ban, ngành", "4.4", "Trước ngày 25/4/2025"],
      ["Rà soát, đơn giản hóa thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước", "VP UBND tỉnh",
        "Sở Nội vụ; Sở Tư pháp", "5.1-5.2", ""],
      ["Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực", "Sở TT&TT",
        "VP UBND tỉnh; UBND các huyện, thành phố", "4.1-6.4", ""],
      ["Khảo sát ý kiến người dân tại Trung tâm Phục vụ hành chính công tỉnh", "Sở Nội vụ",
        "Trung tâm Phục vụ hành chính công tỉnh", "6.1", ""],
    ],
  ],
  [
    "CẢI CÁCH TỔ CHỨC BỘ MÁY; CẢI CÁCH CHẾ ĐỘ CÔNG VỤ",
    [
      ["Rà soát, điều chỉnh vị trí việc làm, cơ cấu ngạch công chức", "Sở Nội vụ",
        "Các sở, ban, ngành; UBND các huyện, thành phố", "3.4-4.2", ""],
      ["Kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính", "Sở Nội vụ", "Thanh tra tỉnh", "", "Đột xuất"],
      ["Tổ chức thi tuyển công chức năm 2025", "Sở Nội vụ", "Các sở, ban, ngành", "5.3-5.4", ""],
    ],
  ],
  [
    "CẢI CÁCH TÀI CHÍNH CÔNG",
    [
      ["Công khai dự toán ngân sách địa phương năm 2025 theo quy định", "Sở Tài chính", "", "3.1", ""],
      ["Đôn đốc giải ngân vốn đầu tư công quý I/2025", "Sở KH&ĐT", "Sở Tài chính; Kho bạc Nhà nước tỉnh", "3.4", ""],
      ["Báo cáo tình hình thực hiện cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập", "Sở Tài chính",
        "Sở Nội vụ", "6.3", "Trước ngày 18/6/2025"],
    ],
  ],
  [
    "XÂY DỰNG, PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ",
    [
      ["Nâng cấp Hệ thống thông tin giải quyết TTHC tỉnh, kết nối Cổng Dịch vụ công quốc gia", "Sở TT&TT",
        "VP UBND tỉnh", "4.2-5.1", ""],
      ["Triển khai 02 nhóm dịch vụ công liên thông theo Đề án 06", "Công an tỉnh",
        "Sở Tư pháp; BHXH tỉnh; Sở TT&TT", "5.4-6.2", ""],
      ["Bảo đảm an toàn, an ninh thông tin mạng", "Sở TT&TT", "Các sở, ban, ngành", "", "Thường xuyên"],
      ["Phổ cập kỹ năng số cho người dân qua Tổ công nghệ số cộng đồng", "UBND các huyện, thành phố",
        "Sở TT&TT; Tỉnh đoàn", "4.3-5.1", ""],
    ],
  ],
  [
    "CHỈ SỐ PAR INDEX, SIPAS",
    [
      ["Lập danh sách cán bộ, công chức, người dân tham gia điều tra xã hội học, gửi Sở Nội vụ",
        "Các sở, ban, ngành; UBND các huyện, thành phố", "", "3.2", "Trước ngày 12/3/2025"],
      ["Tự đánh giá, chấm điểm Chỉ số CCHC năm 2024 của tỉnh trên Phần mềm của Bộ Nội vụ", "Sở Nội vụ",
        "Các sở, ban, ngành", "3.1-3.2", ""],
      ["Điều tra xã hội học Chỉ số CCHC năm 2024 của các sở, ngành, huyện", "Sở Nội vụ", "Bưu điện tỉnh",
        "5.1-5.3", ""],
      ["Công bố kết quả Chỉ số CCHC năm 2024 của các sở, ban, ngành, UBND các huyện, thành phố", "Sở Nội vụ",
        "Báo Lai Châu; Đài PT-TH tỉnh", "4.2", ""],
    ],
  ],
];

/** Week indices 0..15 (March week 1 .. June week 4) marked by a spec such as "3.2-4.1, 6.3". */
export function weeks(spec) {
  const out = new Set();
  const idx = (mw) => {
    const [m, w] = mw.split(".").map(Number);
    return (m - 3) * 4 + (w - 1);
  };
  for (const part of spec.split(",").map((s) => s.trim()).filter(Boolean)) {
    const [a, b] = part.split("-");
    for (let i = idx(a); i <= idx(b ?? a); i++) out.add(i);
  }
  return out;
}
