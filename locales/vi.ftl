## dondoc — tiếng Việt (ngôn ngữ mặc định)

## Vai trò và loại đơn vị
role-lead = Chủ trì
role-coordinator = Phối hợp
unit-kind-department = Sở, ban, ngành
unit-kind-district = Cấp huyện
unit-kind-commune = Cấp xã
unit-kind-other = Khác
unit-unresolved = chưa khớp danh mục

## Bảng nhiệm vụ
task-deadline = Thời hạn: { $text } → hạn cuối { $date }
task-no-deadline = Không có thời hạn cụ thể
task-status-overdue = quá hạn { $days } ngày
task-status-due-today = hạn cuối là hôm nay
task-status-pending = còn { $days } ngày
task-status-no-deadline = không có thời hạn
tasks-heading = Nhiệm vụ của { $unit } ({ $count } nhiệm vụ)

## Kế hoạch
plan-heading = Kế hoạch số { $number } ngày { $date } — { $issuer }
plan-summary = { $tasks } nhiệm vụ; chỉ tiêu mẫu của { $quotas } đơn vị
plan-warnings = Cần xem lại ({ $count }):
plan-imported = Đã nhập kế hoạch (mã { $id }): { $tasks } nhiệm vụ, chỉ tiêu mẫu của { $quotas } đơn vị.
plan-updated = Đã cập nhật kế hoạch (mã { $id }): { $tasks } nhiệm vụ, chỉ tiêu mẫu của { $quotas } đơn vị.
plan-changes = Thay đổi so với lần nhập trước ({ $count }):
plan-unchanged = Không có thay đổi so với lần nhập trước.
plan-list-empty = Chưa có kế hoạch nào. Nhập kế hoạch bằng: dondoc plan import TỆP
plan-list-line = [{ $id }] { $province } — Kế hoạch số { $number } ngày { $date } — { $tasks } nhiệm vụ
plan-warning-unresolved-unit = Nhiệm vụ { $ref }: chưa xác định được đơn vị "{ $name }" trong danh mục; đã giữ nguyên tên để quản trị viên xử lý.
plan-warning-deadline-without-date = Nhiệm vụ { $ref }: thời hạn "{ $text }" không có ngày cụ thể.
plan-warning-invalid-deadline = Nhiệm vụ { $ref }: thời hạn "{ $text }" ghi ngày không tồn tại.
plan-warning-plan-number-missing = Không tìm thấy số của kế hoạch.
plan-warning-plan-date-missing = Không tìm thấy đủ ngày, tháng, năm ban hành kế hoạch.
plan-warning-quota-cell-missing = Phụ lục chỉ tiêu mẫu: { $unit } để trống ô "{ $column }", tạm tính là 0.
plan-warning-unresolved-quota-unit = Phụ lục chỉ tiêu mẫu: chưa xác định được đơn vị "{ $name }" trong danh mục.
plan-change-task-added = Thêm nhiệm vụ { $ref }: { $title }
plan-change-task-removed = Bỏ nhiệm vụ { $ref }: { $title }
plan-change-title-changed = Nhiệm vụ { $ref } đổi nội dung thành: { $to }
plan-change-deadline-changed = Nhiệm vụ { $ref } đổi thời hạn: { $from } → { $to }
plan-change-unit-added = Nhiệm vụ { $ref }: thêm { $unit } ({ $role })
plan-change-unit-removed = Nhiệm vụ { $ref }: bỏ { $unit } ({ $role })

## Danh mục đơn vị
units-exported = Đã xuất danh mục đơn vị ra { $file }.
units-imported = Đã nhập danh mục: thêm { $created } đơn vị, cập nhật { $updated } đơn vị.
units-import-rejected = Tệp danh mục có { $count } lỗi; chưa thay đổi gì:
directory-sheet-name = Danh mục đơn vị
directory-unresolved-sheet-name = Tên chưa khớp
directory-unresolved-note = Các tên dưới đây xuất hiện trong kế hoạch của tỉnh { $province } nhưng chưa khớp đơn vị nào. Thêm tên gọi khác cho đơn vị đúng ở trang đầu rồi nhập lại kế hoạch.
directory-column-id = Mã
directory-column-name = Tên đơn vị
directory-column-kind = Loại
directory-column-parent = Đơn vị cấp trên
directory-column-abbreviations = Tên viết tắt
directory-column-aliases = Tên gọi khác
directory-finding-missing-cell = Dòng { $row }: cột "{ $column }" còn trống.
directory-finding-invalid-kind = Dòng { $row }: loại "{ $value }" không hợp lệ; chọn Sở, ban, ngành / Cấp huyện / Cấp xã / Khác.
directory-finding-duplicate-name = Dòng { $row }: đơn vị "{ $value }" bị lặp.
directory-finding-unknown-parent = Dòng { $row }: đơn vị cấp trên "{ $value }" không có trong danh mục.
directory-finding-missing-column = Thiếu cột "{ $column }" ở dòng tiêu đề.
directory-finding-not-xlsx = Tệp không phải bảng tính Excel (.xlsx).

## Lịch làm việc
calendar-working = ngày làm bù
calendar-off = ngày nghỉ
calendar-added-off = Đã thêm ngày nghỉ { $date }: { $name }
calendar-added-working = Đã thêm ngày làm việc bù { $date }: { $name }
calendar-removed = Đã xóa ngày { $date } khỏi lịch bổ sung.

## Cơ sở dữ liệu
db-migrated = Cơ sở dữ liệu ({ $provider }) đã cập nhật cấu trúc; áp dụng { $count } bản chuyển đổi.
db-in-sync = Cấu trúc cơ sở dữ liệu khớp với lược đồ.
db-drift = Cấu trúc cơ sở dữ liệu KHÔNG khớp với lược đồ. Câu lệnh cần để khớp:

## Lỗi
error-config = Cấu hình sai ở biến { $variable }: { $problem }
error-file-not-found = Không đọc được tệp { $path }.
error-not-a-plan = Tệp này không phải kế hoạch: hãy gửi tệp văn bản (.txt), Word (.docx) hoặc Excel (.xlsx) của kế hoạch.
error-empty-file = Tệp rỗng.
error-unreadable-docx = Không đọc được tệp Word này; hãy lưu lại dưới dạng .docx rồi gửi lại.
error-unreadable-xlsx = Không đọc được tệp Excel này; hãy lưu lại dưới dạng .xlsx rồi gửi lại.
error-unknown-province = dondoc chưa có danh mục đơn vị của tỉnh "{ $province }".
error-province-not-detected = Không xác định được kế hoạch của tỉnh nào; hãy ghi rõ bằng --province "Tên tỉnh".
error-no-tasks = Không tìm thấy nhiệm vụ nào có thời hạn hoặc đơn vị thực hiện trong tệp này.
error-invalid-date = Ngày "{ $value }" không hợp lệ; ghi theo dạng NĂM-THÁNG-NGÀY, ví dụ 2019-11-25.
error-calendar-day-not-found = Ngày { $value } không có trong lịch bổ sung.
error-unknown-unit = Không tìm thấy đơn vị "{ $name }".
error-ambiguous-unit = Có đơn vị "{ $name }" ở nhiều tỉnh ({ $provinces }); hãy ghi rõ bằng --province.
error-invalid-plan-id = Mã kế hoạch "{ $value }" không hợp lệ.
error-nothing-changed = Chưa thay đổi gì.
error-empty-directory = Tệp danh mục không có đơn vị nào.
error-unexpected = Có lỗi ngoài dự kiến: { $message }

## Dòng lệnh
cli-description = dondoc — theo dõi, đôn đốc thực hiện kế hoạch của tỉnh
cli-opt-lang = ngôn ngữ hiển thị: vi hoặc en
cli-opt-help = xem hướng dẫn
cli-opt-json = in kết quả dạng JSON
cli-opt-province = tên tỉnh, ví dụ "Thái Nguyên"
cli-opt-unit = tên đơn vị, ví dụ "Sở Xây dựng"
cli-opt-plan = mã kế hoạch (xem dondoc plan list)
cli-opt-today = tính số ngày còn lại từ ngày này (NĂM-THÁNG-NGÀY)
cli-opt-year = chỉ in năm này
cli-opt-day-name = tên ngày nghỉ, ví dụ "Nghỉ bù Quốc khánh"
cli-opt-working = ngày làm việc bù (thứ Bảy đi làm) thay vì ngày nghỉ
cli-arg-plan-file = tệp kế hoạch (.txt, .docx, .xlsx)
cli-arg-xlsx-out = tệp .xlsx sẽ ghi ra
cli-arg-xlsx-in = tệp .xlsx đã chỉnh sửa
cli-arg-date = ngày, dạng NĂM-THÁNG-NGÀY
cli-plan = đọc và nhập kế hoạch
cli-plan-parse = đọc kế hoạch và in nhiệm vụ, không ghi vào cơ sở dữ liệu
cli-plan-import = nhập kế hoạch; nhập lại cùng kế hoạch sẽ cập nhật và in thay đổi
cli-plan-list = liệt kê các kế hoạch đã nhập
cli-tasks = in bảng nhiệm vụ của một đơn vị
cli-units = danh mục đơn vị của tỉnh
cli-units-list = liệt kê đơn vị
cli-units-export = xuất danh mục ra tệp Excel để chỉnh sửa
cli-units-import = nhập danh mục đã chỉnh sửa từ tệp Excel
cli-calendar = lịch ngày nghỉ, ngày làm bù
cli-calendar-list = liệt kê ngày nghỉ và ngày làm bù
cli-calendar-add = thêm ngày nghỉ (hoặc ngày làm bù với --working)
cli-calendar-remove = xóa một ngày đã thêm
cli-db = cơ sở dữ liệu
cli-db-migrate = cập nhật cấu trúc cơ sở dữ liệu
cli-db-check = kiểm tra cấu trúc cơ sở dữ liệu có khớp lược đồ

## Khởi động
start-demo-imported = Lần chạy đầu: đã nhập kế hoạch mẫu (Thái Nguyên 2019, { $tasks } nhiệm vụ).
start-unit-line = { $unit }: { $tasks } nhiệm vụ, { $overdue } quá hạn
start-hint = Xem bảng nhiệm vụ của một đơn vị: npm run cli -- tasks --unit "Sở Xây dựng"

## Trò chuyện
console-welcome = dondoc — trò chuyện ngay trong cửa sổ dòng lệnh. Gõ /help để xem các lệnh, /quit để thoát. Chọn phương án bằng cách gõ số của nó; gửi tệp bằng /send ĐƯỜNG_DẪN.
console-hint = Bạn chưa gắn với đơn vị nào. Thử: npm start -- --as "Sở Xây dựng" (cán bộ đầu mối) hoặc npm start -- --admin (quản trị viên).
start-welcome = Chào anh/chị! dondoc giúp theo dõi, đôn đốc các nhiệm vụ của kế hoạch. Để nhận nhiệm vụ của đơn vị mình, hãy xin Sở Nội vụ một mã mời rồi gửi: /start MÃ_MỜI
start-member = Chào anh/chị! Cuộc trò chuyện này đang theo dõi nhiệm vụ của { $unit }. Gõ /tasks để xem nhiệm vụ, /help để xem các lệnh.
start-admin = Chào quản trị viên! Gõ /help để xem các lệnh; /invite TÊN_ĐƠN_VỊ để mời cán bộ đầu mối.
joined-unit = Đã gắn cuộc trò chuyện này với { $unit }. Từ nay dondoc sẽ nhắc các thời hạn của đơn vị tại đây. Gõ /tasks để xem nhiệm vụ.
joined-admin = Anh/chị đã được cấp quyền quản trị dondoc. Gõ /help để xem các lệnh quản trị.
error-join-wrong-code = Mã mời không đúng. Kiểm tra lại mã (12 ký tự) hoặc xin Sở Nội vụ mã mới.
error-join-used-code = Mã mời này đã được dùng. Mỗi mã chỉ dùng được một lần; hãy xin Sở Nội vụ mã mới.
error-join-expired-code = Mã mời này đã hết hạn. Hãy xin Sở Nội vụ mã mới.
error-join-revoked-code = Mã mời này đã bị thu hồi. Hãy liên hệ Sở Nội vụ.
error-join-locked = Anh/chị đã nhập sai mã quá nhiều lần. Vui lòng thử lại sau { $minutes } phút.
not-a-member = Cuộc trò chuyện này chưa gắn với đơn vị nào nên chưa xem được nhiệm vụ. Hãy xin Sở Nội vụ mã mời rồi gửi: /start MÃ_MỜI
admin-only = Lệnh này chỉ dành cho quản trị viên của Sở Nội vụ.
error-internal = Xin lỗi, dondoc gặp sự cố khi xử lý yêu cầu này. Dữ liệu của anh/chị không bị thay đổi; vui lòng thử lại sau ít phút.
tasks-none = { $unit } không có nhiệm vụ nào trong kế hoạch hiện hành.
tasks-page-heading = Nhiệm vụ của { $unit }: { $count } nhiệm vụ, { $overdue } quá hạn (trang { $page }/{ $pages })
choice-previous = ‹ Trang trước
choice-next = Trang sau ›
help-member = dondoc đang theo dõi nhiệm vụ của { $unit } trong cuộc trò chuyện này. Các lệnh:
help-stranger = Để dùng dondoc, hãy xin Sở Nội vụ mã mời rồi gửi /start MÃ_MỜI. Các lệnh:
command-tasks = xem nhiệm vụ và thời hạn của đơn vị
command-help = xem hướng dẫn
command-lang = đổi ngôn ngữ (Tiếng Việt / English)
command-leave = thôi nhận nhiệm vụ của đơn vị tại đây
command-invite = tạo mã mời cho cán bộ đầu mối (/invite TÊN_ĐƠN_VỊ) hoặc quản trị viên (/invite admin)
command-units = xem đơn vị nào đã có, chưa có cán bộ đầu mối
command-whois = xem cuộc trò chuyện thuộc đơn vị nào
command-remove = gỡ cán bộ đầu mối của một đơn vị
lang-name = Tiếng Việt
lang-choose = Chọn ngôn ngữ:
lang-set = Đã chuyển sang tiếng Việt.
choice-leave-confirm = Đồng ý rời
choice-cancel = Hủy
leave-confirm = Cuộc trò chuyện này sẽ thôi nhận nhiệm vụ và lời nhắc của { $unit }. Anh/chị chắc chắn chứ?
leave-cancelled = Đã hủy; cuộc trò chuyện vẫn gắn với đơn vị.
left-unit = Đã gỡ cuộc trò chuyện này khỏi { $unit }. Muốn gắn lại, hãy xin Sở Nội vụ mã mời mới.
invite-usage = Cách dùng: /invite TÊN_ĐƠN_VỊ (ví dụ /invite Sở Xây dựng) hoặc /invite admin
invite-created = Mã mời cho { $unit }: { $code } (dùng một lần, hết hạn ngày { $expires }). Gửi cho cán bộ đầu mối để họ nhắn cho dondoc: /start { $code }
invite-created-link = Mã mời cho { $unit }: { $code } (dùng một lần, hết hạn ngày { $expires }). Gửi cho cán bộ đầu mối đường dẫn { $link } hoặc để họ nhắn cho dondoc: /start { $code }
invite-admin-created = Mã mời quản trị viên: { $code } (dùng một lần, hết hạn ngày { $expires }). Người nhận nhắn cho dondoc: /start { $code }
invite-admin-created-link = Mã mời quản trị viên: { $code } (dùng một lần, hết hạn ngày { $expires }). Người nhận mở { $link } hoặc nhắn cho dondoc: /start { $code }
units-linked = Đơn vị đã có cán bộ đầu mối ({ $count }):
units-missing = Đơn vị chưa có cán bộ đầu mối ({ $count }):
whois-none = Cuộc trò chuyện { $chat } chưa gắn với đơn vị nào.
whois-unit = Cuộc trò chuyện { $chat } thuộc { $unit } (gắn bởi { $name } ngày { $date }).
remove-usage = Cách dùng: /remove TÊN_ĐƠN_VỊ
remove-none = { $unit } chưa có cán bộ đầu mối nào.
remove-pick = Chọn cán bộ đầu mối cần gỡ khỏi { $unit }:
remove-done = Đã gỡ một cán bộ đầu mối khỏi { $unit }.
remove-gone = Cán bộ đầu mối này đã được gỡ trước đó.
file-not-expected = Đã nhận tệp "{ $name }", nhưng hiện dondoc chưa xử lý tệp gửi qua trò chuyện.
unknown-command = dondoc không có lệnh /{ $command }. Gõ /help để xem các lệnh.
fallback-member = dondoc hiểu các lệnh bắt đầu bằng dấu /. Gõ /tasks để xem nhiệm vụ, /help để xem tất cả các lệnh.
fallback-stranger = Chào anh/chị! Để dùng dondoc, hãy xin Sở Nội vụ mã mời rồi gửi: /start MÃ_MỜI. Gõ /help để xem hướng dẫn.

## Lời mời (dòng lệnh)
cli-invite = tạo mã mời một lần cho cán bộ đầu mối của đơn vị (hoặc quản trị viên với --admin)
cli-opt-invite-admin = mời một quản trị viên thay vì cán bộ đầu mối
cli-invitations = các lời mời đã tạo
cli-invitations-list = liệt kê lời mời còn dùng được
cli-invitations-revoke = thu hồi một lời mời chưa dùng
cli-arg-invitation-id = mã số lời mời (xem dondoc invitations list)
invitations-none = Không có lời mời nào còn dùng được.
invitations-line = [{ $id }] { $target } — hết hạn { $expires } — tạo bởi { $by }
invitation-admin = quản trị viên
invitation-revoked = Đã thu hồi lời mời { $id }.
error-invitation-not-active = Lời mời { $id } không tồn tại, đã dùng hoặc đã thu hồi.
error-invite-target-missing = Hãy ghi tên đơn vị (dondoc invite "Sở Xây dựng") hoặc --admin.
