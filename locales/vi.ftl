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
tasks-heading = Nhiệm vụ của { $unit } ({ $count } nhiệm vụ)

## Kế hoạch
# The kind of document a plan came in, as its number says (src/domain/document-kind.ts).
document-kind-plan = Kế hoạch
document-kind-decision = Quyết định
document-kind-telegram = Công điện
document-kind-guidance = Hướng dẫn
document-kind-minutes = Biên bản
document-kind-notice = Thông báo
document-kind-directive = Chỉ thị
document-kind-report = Báo cáo
document-kind-invitation = Giấy mời
document-kind-scheme = Phương án
document-kind-programme = Chương trình
document-kind-conclusion = Kết luận
document-kind-letter = Công văn
document-kind-document = Văn bản
plan-heading = { $kind } số { $number } ngày { $date } — { $issuer }
plan-summary = { $tasks } nhiệm vụ; chỉ tiêu mẫu của { $quotas } đơn vị
plan-warnings = Cần xem lại ({ $count }):
plan-imported = Đã nhập kế hoạch (mã { $id }): { $tasks } nhiệm vụ, chỉ tiêu mẫu của { $quotas } đơn vị.
plan-updated = Đã cập nhật kế hoạch (mã { $id }): { $tasks } nhiệm vụ, chỉ tiêu mẫu của { $quotas } đơn vị.
plan-changes = Thay đổi so với lần nhập trước ({ $count }):
plan-unchanged = Không có thay đổi so với lần nhập trước.
plan-list-empty = Chưa có kế hoạch nào. Nhập kế hoạch bằng: dondoc plan import TỆP
plan-list-line = [{ $id }] { $province } — { $kind } số { $number } ngày { $date } — { $tasks } nhiệm vụ
plan-warning-unresolved-unit = Nhiệm vụ { $ref }: chưa xác định được đơn vị "{ $name }" trong danh mục; đã giữ nguyên tên để quản trị viên xử lý.
plan-warning-deadline-without-date = Nhiệm vụ { $ref }: thời hạn "{ $text }" không có ngày cụ thể.
plan-warning-invalid-deadline = Nhiệm vụ { $ref }: thời hạn "{ $text }" ghi ngày không tồn tại.
plan-warning-backward-deadline = Nhiệm vụ { $ref }: thời hạn "{ $text }" ghi ngược (phần đầu sau phần cuối), nên chưa tính được hạn; hãy sửa lại khoảng thời gian.
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
error-config = Cấu hình sai ở biến { $variable }: giá trị đúng { $problem }.
error-file-not-found = Không đọc được tệp { $path }.
error-not-a-plan = Tệp này không phải kế hoạch: hãy gửi tệp văn bản (.txt), Word (.docx), Excel (.xlsx) hoặc PDF của kế hoạch.
error-empty-file = Tệp rỗng.
error-unreadable-docx = Không đọc được tệp Word này; hãy lưu lại dưới dạng .docx rồi gửi lại.
error-unreadable-odt = Không đọc được tệp OpenDocument (.odt) này; hãy lưu lại dưới dạng .odt hoặc .docx rồi gửi lại.
error-unreadable-doc = Không đọc được tệp Word 97-2003 (.doc) này; hãy mở tệp, lưu lại dưới dạng .docx rồi gửi lại.
error-unreadable-rtf = Không đọc được tệp RTF này; hãy mở tệp, lưu lại dưới dạng .docx rồi gửi lại.
error-unreadable-web-page = Không đọc được trang web (.htm, .mht) này; hãy mở tệp bằng Word, lưu lại dưới dạng .docx rồi gửi lại.
error-archive-file = Đây là tệp nén (.zip, .rar, .7z) không chứa tệp kế hoạch nào dondoc đọc được. Hãy giải nén rồi gửi riêng tệp kế hoạch (Word, PDF hoặc Excel).
error-archive-several-files = Tệp nén này chứa nhiều tệp ({ $files }). Hãy giải nén rồi gửi riêng tệp kế hoạch.
error-office-file = Đây là tệp Office không phải văn bản Word hay bảng tính .xlsx (trình chiếu PowerPoint .pptx hoặc bảng tính Excel nhị phân .xlsb), chưa đọc được. Hãy mở tệp, lưu lại thành .docx (Word) hoặc .xlsx (Excel) rồi gửi lại.
error-unreadable-xlsx = Không đọc được tệp Excel này; hãy lưu lại dưới dạng .xlsx rồi gửi lại.
error-unreadable-xls = Không đọc được tệp Excel cũ (.xls) này (tệp bị hỏng, có mật khẩu hoặc của Excel 95); hãy mở tệp, lưu lại dưới dạng .xlsx rồi gửi lại.
error-unreadable-ods = Không đọc được bảng tính (.ods) này; hãy mở tệp, lưu lại dưới dạng .xlsx rồi gửi lại.
error-unknown-province = dondoc chưa có danh mục đơn vị của tỉnh "{ $province }".
error-province-not-detected = Không xác định được kế hoạch của tỉnh nào; hãy ghi rõ bằng --province "Tên tỉnh".
error-no-tasks = Không tìm thấy nhiệm vụ nào có thời hạn hoặc đơn vị thực hiện trong tệp này.
error-no-tasks-dated = Không đọc được nhiệm vụ nào trong tệp này, dù có { $count } dòng ghi thời hạn, như:
    { $lines }{ $more ->
        [0] {""}
       *[other] {"\u000A"}… và { $more } dòng nữa.
    }
    Có thể dondoc chưa đọc được cách trình bày của kế hoạch này (một bảng chép ra văn bản thuần thường mất cột). Hãy gửi bản Word (.docx) hoặc PDF của kế hoạch; nếu vẫn không đọc được, gửi tệp này cho người quản trị dondoc.
error-invalid-date = Ngày "{ $value }" không hợp lệ; ghi theo dạng NĂM-THÁNG-NGÀY, ví dụ 2019-11-25.
error-calendar-day-not-found = Ngày { $value } không có trong lịch bổ sung.
error-unknown-unit = Không tìm thấy đơn vị "{ $name }".
error-ambiguous-unit = Có đơn vị "{ $name }" ở nhiều tỉnh ({ $provinces }); hãy ghi rõ bằng --province.
error-invalid-plan-id = Mã kế hoạch "{ $value }" không hợp lệ: mã là một số nguyên dương (xem dondoc plan list).
error-nothing-changed = Chưa thay đổi gì.
error-empty-directory = Tệp danh mục không có đơn vị nào.
error-unexpected = Có lỗi ngoài dự kiến: { $message }

## Tệp kế hoạch PDF, và kế hoạch ở định dạng dondoc không đọc
error-scanned-pdf = Tệp PDF này là bản scan (chỉ có hình ảnh, không có chữ) nên không đọc được nội dung kế hoạch. Hãy gửi tệp Word (.docx) của kế hoạch, hoặc bản PDF xuất trực tiếp từ Word.
error-encrypted-pdf = Tệp PDF này được đặt mật khẩu nên không mở được. Hãy gửi bản không đặt mật khẩu, hoặc tệp Word (.docx) của kế hoạch.
error-unreadable-pdf = Tệp PDF này bị hỏng hoặc không đầy đủ nên không đọc được. Hãy xuất lại PDF từ Word, hoặc gửi tệp Word (.docx) của kế hoạch.
error-pdf-too-large = Tệp PDF quá lớn (tối đa { $max } MB). Hãy gửi tệp Word (.docx) của kế hoạch.
error-pdf-too-many-pages = Tệp PDF có { $pages } trang, nhiều hơn mức đọc được ({ $max } trang). Hãy gửi riêng phần kế hoạch, hoặc tệp Word (.docx).
error-pdf-too-complex = Tệp PDF này quá nặng để đọc (quá nhiều chữ hoặc nét vẽ trên một trang). Hãy gửi tệp Word (.docx) của kế hoạch.
error-legacy-office-file = Đây là tệp Office định dạng cũ (PowerPoint hoặc tệp Office 97-2003 khác, không phải văn bản Word hay bảng tính Excel), chưa đọc được. Hãy mở tệp, lưu lại thành .docx (Word) hoặc .xlsx (Excel) rồi gửi lại.
error-opendocument-file = Tệp OpenDocument này không phải văn bản hay bảng tính (.odp, .odg…), chưa đọc được. Hãy gửi kế hoạch dưới dạng văn bản (.odt hoặc .docx) hoặc bảng tính (.ods hoặc .xlsx).
error-image-file = Đây là ảnh (ảnh chụp hoặc bản scan) nên không đọc được chữ của kế hoạch. Hãy gửi tệp Word (.docx), hoặc bản PDF xuất trực tiếp từ Word.

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
cli-arg-plan-file = tệp kế hoạch (.txt, .docx, .pdf, .xlsx)
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
error-internal = Xin lỗi, dondoc gặp sự cố khi xử lý yêu cầu này, nên không chắc yêu cầu đã được thực hiện hay chưa. Hãy xem lại (ví dụ /tasks) trước khi gửi lại.
error-unavailable = Xin lỗi, dondoc tạm thời không truy cập được dữ liệu nên chưa thực hiện yêu cầu này; chưa có gì thay đổi. Vui lòng thử lại sau ít phút.
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
cli-invite = tạo mã mời một lần cho cán bộ đầu mối của từng đơn vị được nêu tên, của mọi đơn vị (--all), hoặc cho quản trị viên (--admin)
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
error-invite-target-missing = Hãy ghi tên một hay nhiều đơn vị (dondoc invite "Sở Xây dựng" "Sở Tư pháp"), hoặc --all cho mọi đơn vị của tỉnh, hoặc --admin; chỉ chọn một trong ba cách.

## Nhận danh sách
annotation-column = Lỗi cần sửa (dondoc)
annotation-sheet = Danh sách lỗi
annotation-row = Dòng
annotation-col = Cột
annotation-value = Giá trị
annotation-message = Nội dung
section-official = chính thức
section-reserve = dự phòng
finding-missing-cell = Dòng { $row }, cột "{ $column }": còn để trống; hãy điền đầy đủ.
finding-invalid-name = Dòng { $row }, cột "{ $column }": "{ $value }" không phải họ tên hợp lệ; ghi đầy đủ họ và tên, không có chữ số.
finding-invalid-phone = Dòng { $row }, cột "{ $column }": "{ $value }" không phải số điện thoại Việt Nam hợp lệ.
finding-invalid-phone-retired = Dòng { $row }, cột "{ $column }": "{ $value }" là số 11 chữ số đã đổi từ năm 2018; số mới là { $suggestion }.
finding-duplicate-phone = Dòng { $row }, cột "{ $column }": số { $value } đã có ở dòng trên hoặc trong danh sách đã gửi trước; mỗi người một số.
finding-invalid-date = Dòng { $row }, cột "{ $column }": "{ $value }" không phải ngày hợp lệ; ghi theo dạng ngày/tháng/năm, ví dụ 25/11/2019.
finding-date-order = Dòng { $row }, cột "{ $column }": ngày trả kết quả { $value } trước ngày nhận hồ sơ { $received }.
finding-date-out-of-window = Dòng { $row }, cột "{ $column }": ngày { $value } nằm ngoài thời gian kế hoạch yêu cầu (từ { $from } đến { $to }).
finding-incomplete-address = Dòng { $row }, cột "{ $column }": địa chỉ "{ $value }" cần ghi rõ xã (phường, thị trấn) và huyện (thành phố, thị xã).
finding-gender-ambiguous = Dòng { $row }: đánh dấu giới tính vào đúng một cột Nam hoặc Nữ.
finding-legacy-encoding = Dòng { $row }, cột "{ $column }": chữ gõ bằng phông cũ { $encoding }, dondoc đã đổi sang Unicode: "{ $converted }".
finding-phone-leading-zero = Dòng { $row }, cột "{ $column }": Excel đã bỏ số 0 ở đầu; dondoc hiểu là { $phone }. Nên định dạng cột này là văn bản (Text).
finding-quota-short = Chỉ tiêu mẫu { $section }: mới có { $valid } dòng hợp lệ, cần { $required }.
finding-quota-over = Chỉ tiêu mẫu { $section }: có { $valid } dòng hợp lệ, nhiều hơn số được phân bổ ({ $allowed }).
code-missing-cell = thiếu thông tin
code-invalid-name = họ tên sai
code-invalid-phone = số điện thoại sai
code-duplicate-phone = số điện thoại trùng
code-invalid-date = ngày sai
code-date-order = ngày trả trước ngày nhận
code-date-out-of-window = ngày ngoài thời gian yêu cầu
code-incomplete-address = địa chỉ chưa đủ
code-gender-ambiguous = giới tính chưa rõ
code-legacy-encoding = phông chữ cũ (đã đổi)
code-phone-leading-zero = thiếu số 0 đầu (đã thêm)
code-quota-short = chưa đủ chỉ tiêu
code-quota-over = vượt chỉ tiêu
intake-received = Đã nhận danh sách Phụ lục { $template } ({ $title }) của { $unit }, tệp "{ $file }".
intake-counts = • { $total } dòng, { $valid } dòng hợp lệ (chính thức { $official }, dự phòng { $reserve }).
intake-quota-met = • Chỉ tiêu { $section }: { $valid }/{ $required } — đạt.
intake-quota-short = • Chỉ tiêu { $section }: { $valid }/{ $required } — còn thiếu.
intake-by-code = • Cần xem lại: { $list }.
intake-first-errors = Các lỗi cần sửa đầu tiên:
intake-more = … và { $count } lỗi khác: xem tệp đính kèm (cột "Lỗi cần sửa" và trang "Danh sách lỗi").
intake-complete = Danh sách đầy đủ, hợp lệ.
intake-incomplete = Danh sách chưa đầy đủ: sửa các lỗi trong tệp đính kèm rồi gửi lại cả tệp; bản mới sẽ thay bản này.
intake-task-done = Nhiệm vụ { $ref } đã được ghi nhận là hoàn thành.
intake-score = Điểm hiện tại của đơn vị: { $points }/{ $max }.
error-file-too-large = Tệp quá lớn: dondoc nhận tệp đến { $max } MB. Hãy bỏ bớt các trang không cần thiết rồi gửi lại.
error-file-too-complex = Tệp quá lớn hoặc quá phức tạp để đọc trong thời gian cho phép. Hãy chép danh sách sang một tệp Excel mới (chỉ giữ bảng danh sách) rồi gửi lại.
error-file-busy = dondoc đang bận đọc nhiều tệp cùng lúc nên chưa đọc xong tệp này (tệp không có lỗi). Hãy gửi lại tệp sau ít phút.
error-not-xlsx = Tệp này không phải bảng tính Excel .xlsx{ $kind ->
    [xls] {" "}(đây là tệp .xls cũ): mở bằng Excel, chọn Lưu thành (Save As) → Excel Workbook (.xlsx) rồi gửi lại.
    [xlsm] {" "}(tệp có macro .xlsm): chọn Lưu thành (Save As) → Excel Workbook (.xlsx) rồi gửi lại.
    [docx] {" "}(đây là tệp Word): hãy nhập danh sách vào mẫu Excel (gõ /mau để nhận mẫu) rồi gửi lại.
    [pdf] {" "}(đây là tệp PDF): hãy gửi chính tệp Excel .xlsx của danh sách, hoặc tệp .csv.
    [image] {" "}(đây là ảnh): dondoc không đọc danh sách từ ảnh chụp; hãy gửi tệp Excel .xlsx hoặc .csv.
    [empty] {" "}(tệp rỗng): hãy gửi tệp Excel .xlsx của danh sách.
    [text] {" "}và cũng không phải bảng CSV: các dòng đầu không chia thành cùng số cột (từ 3 cột) bằng dấu phẩy, chấm phẩy hay tab. Hãy gửi danh sách bằng tệp Excel .xlsx (gõ /mau để nhận mẫu), hoặc lưu từ Excel thành CSV.
   *[other] . Hãy gửi danh sách bằng tệp Excel .xlsx (gõ /mau để nhận mẫu) hoặc tệp .csv.
}
error-corrupt-file = Tệp bị hỏng hoặc tải lên chưa hết nên không mở được. Hãy mở lại bằng Excel, lưu lại rồi gửi lại.
error-encrypted-file = Tệp đang đặt mật khẩu nên dondoc không đọc được. Hãy mở tệp, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc hoặc Bảo vệ tài liệu → Mã hóa bằng mật khẩu, xóa mật khẩu rồi lưu) rồi gửi lại.
error-too-many-rows = Tệp có { $rows } dòng, vượt giới hạn { $max } dòng. Hãy kiểm tra lại (có thể có nhiều dòng trống đã định dạng) rồi gửi lại.
error-unknown-template = Không nhận ra mẫu danh sách trong tệp: không tìm thấy dòng tiêu đề với các cột như "Họ và tên", "Số điện thoại". Gõ /mau để nhận đúng mẫu.
error-missing-column = Tệp thiếu cột: { $columns }. Gõ /mau để nhận đúng mẫu.
error-template-not-asked = Kế hoạch không yêu cầu { $unit } gửi danh sách Phụ lục { $template }; đơn vị cần gửi: Phụ lục { $expected }. Chưa lưu gì.
error-no-list-asked = Kế hoạch hiện hành không yêu cầu { $unit } gửi danh sách nào. Chưa lưu gì.
error-file-other-unit = Tệp này ghi tên { $other }, không phải { $unit }. Có thể anh/chị gửi nhầm tệp; chưa lưu gì.
error-no-plan = Chưa có kế hoạch nào cho tỉnh của đơn vị.
mau-none = Kế hoạch hiện hành không yêu cầu { $unit } gửi danh sách nào.
mau-sent = Mẫu danh sách Phụ lục { $template }: điền vào tệp đính kèm rồi gửi lại tệp cho dondoc.
template-window = Danh sách tổ chức, cá nhân được trả kết quả từ ngày { $from } đến hết ngày { $to }.
template-quota = Số mẫu phải lập: chính thức { $official }, dự phòng { $reserve } (được phân bổ: chính thức { $allocatedOfficial }, dự phòng { $allocatedReserve }). Ghi "Dự phòng" ở cột Ghi chú, hoặc đặt các dòng dự phòng dưới dòng "II. Danh sách dự phòng".
template-author = Người lập
template-phone = Điện thoại
score-none = { $unit } chưa có nhiệm vụ nào được tính điểm trong kế hoạch hiện hành.
score-heading = Điểm của { $unit }: { $points }/{ $max }
score-line = • { $ref } (hạn { $due }): { $status } — { $points }/{ $max }
command-mau = nhận mẫu danh sách đơn vị phải gửi
command-score = xem điểm hiện tại của đơn vị
cli-check = kiểm tra một danh sách (.xlsx, .csv) mà không lưu
cli-arg-list-file = tệp danh sách
cli-opt-template = mẫu: I, III, IV hoặc V (mặc định: tự nhận ra)
cli-opt-check-plan = kế hoạch (tệp hoặc mã số) để lấy thời gian và chỉ tiêu
cli-opt-out = lưu bản đã đánh dấu lỗi vào tệp này
check-summary = Phụ lục { $template }: { $total } dòng, { $valid } hợp lệ (chính thức { $official }, dự phòng { $reserve }).
check-score = Điểm của danh sách này nếu gửi hôm nay: { $points }/{ $max }.

## Nhắc việc
digest-heading = ⏰ Nhắc việc ngày { $date } — { $unit }
digest-late = (Nhắc bù: lời nhắc dự kiến gửi ngày { $date } bị chậm vì dondoc tạm dừng.)
digest-role-lead = Nhiệm vụ chủ trì:
digest-role-coordinator = Nhiệm vụ phối hợp:
digest-footer = Gửi danh sách theo mẫu (gõ /mau để nhận mẫu). Xong việc thì bấm nút dưới đây hoặc gõ /done MÃ_NHIỆM_VỤ.
choice-done = ✓ Đã xong { $ref }
summary-heading = Tổng hợp ngày { $date }: { $tasks } nhiệm vụ chủ trì quá hạn của { $units } đơn vị:
notice-unreachable = dondoc không gửi được tin cho cán bộ đầu mối của { $unit } trên { $channel } (có thể họ đã chặn bot). Hãy liên hệ đơn vị và mời lại nếu cần.
done-usage = Cách dùng: /done MÃ_NHIỆM_VỤ, ví dụ /done II.2.1
done-marked = Đã ghi nhận nhiệm vụ { $ref } hoàn thành. dondoc sẽ thôi nhắc nhiệm vụ này.
done-already = Nhiệm vụ { $ref } đã được ghi nhận hoàn thành trước đó.
confirm-usage = Cách dùng: /confirm TÊN_ĐƠN_VỊ MÃ_NHIỆM_VỤ
undo-usage = Cách dùng: /undo TÊN_ĐƠN_VỊ MÃ_NHIỆM_VỤ
confirm-done = Đã xác nhận { $unit } hoàn thành nhiệm vụ { $ref }.
undo-reopened = Đã bỏ ghi nhận hoàn thành nhiệm vụ { $ref } của { $unit }; dondoc sẽ nhắc lại theo lịch.
undo-document-waiting = Tài liệu { $file } của { $unit } (nhiệm vụ { $ref }) trở lại chờ xác nhận. Đơn vị đã nộp tài liệu nên dondoc không nhắc nhiệm vụ này; gõ /confirm hoặc /return khi đã xem.
undo-still-finished = Đã bỏ ghi nhận của quản trị viên, nhưng nhiệm vụ { $ref } của { $unit } vẫn hoàn thành theo danh sách đơn vị đã gửi, nên dondoc không nhắc nhiệm vụ này.
undo-nothing = Nhiệm vụ { $ref } của { $unit } chưa được ghi nhận hoàn thành; không có gì để bỏ.
error-unknown-task = { $unit } không có nhiệm vụ "{ $ref }" trong kế hoạch hiện hành. Gõ /tasks để xem mã nhiệm vụ.
command-done = báo đã xong một nhiệm vụ (/done MÃ)
command-confirm = xác nhận đơn vị đã xong một nhiệm vụ
command-undo = bỏ ghi nhận hoàn thành một nhiệm vụ
cli-remind = lập lời nhắc cho một thời điểm và in những gì được đưa vào hàng đợi
cli-opt-at = thời điểm, dạng "NĂM-THÁNG-NGÀY GIỜ:PHÚT" (giờ Việt Nam)
cli-opt-dry-run = chỉ in, không đưa vào hàng đợi
remind-queued = Ngày { $date }: đã đưa { $count } tin vào hàng đợi.
remind-would-queue = Ngày { $date }: sẽ đưa { $count } tin vào hàng đợi.
remind-skipped-not-working-day = Ngày { $date } là ngày nghỉ: không nhắc.
remind-skipped-outside-hours = Ngoài giờ nhắc việc (8:00–20:00): không nhắc.
remind-skipped-already-ran = Đã lập lời nhắc cho ngày { $date } rồi.
error-invalid-time = Thời điểm "{ $value }" không hợp lệ; ghi dạng "2019-11-25 08:00".
cli-plan-settings = xem và đổi cách nhắc việc của một kế hoạch (cách chấm điểm: dondoc rules)
cli-opt-remind-before = nhắc trước hạn bao nhiêu ngày làm việc, ví dụ 7,3,1
cli-opt-remind-every = khi quá hạn, nhắc lại sau mỗi bao nhiêu ngày
plan-settings = Nhắc trước hạn { $before } ngày làm việc, quá hạn nhắc lại mỗi { $every } ngày.
error-invalid-settings = Giá trị không hợp lệ: ngày nhắc là số nguyên 1–60.

## Cấu hình: dạng đúng của từng biến
config-database-url = phải bắt đầu bằng file: (SQLite, ví dụ file:./data/dondoc.db) hoặc postgresql:// (PostgreSQL)
config-province = là tên tỉnh, ví dụ Thái Nguyên
config-default-lang = là vi hoặc en
config-log-level = là debug, info, warn, error hoặc silent
config-invitation-days = là số ngày từ 1 đến 90
config-admin-telegram-ids = là các mã số người dùng Telegram, cách nhau bằng dấu phẩy
config-telegram-bot-token = có dạng 123456:ABC-DEF… (lấy từ @BotFather)
config-telegram-api-root = là một địa chỉ URL, ví dụ https://api.telegram.org
config-telegram-bot-username = là tên bot (5–32 chữ, số hoặc _), không có @
config-telegram-webhook-url = là một địa chỉ https://
config-telegram-webhook-secret = là 16–256 chữ, số, _ hoặc -, và bắt buộc khi có TELEGRAM_WEBHOOK_URL
config-http-port = là số cổng từ 1 đến 65535
cli-unknown-command = dondoc không có lệnh "{ $what }".
cli-unknown-option = Lệnh này không có tùy chọn "{ $what }".
cli-missing-argument = Lệnh còn thiếu tham số <{ $what }>.
cli-missing-option = Cần ghi tùy chọn { $what }.
cli-option-value-missing = Tùy chọn { $what } cần có giá trị.
cli-too-many-arguments = Lệnh có thừa tham số.

# Quản trị: thay đổi kế hoạch, thông báo, tiến độ, tổng hợp, nhật ký
command-progress = xem tiến độ, đơn vị quá hạn, xếp hạng điểm và biểu đồ
command-broadcast = gửi thông báo tới mọi đơn vị, một nhóm hoặc các đơn vị được nêu tên
command-deadline = đổi thời hạn một nhiệm vụ (/deadline MÃ NGÀY)
command-assign = giao, đổi vai trò hoặc bỏ đơn vị của một nhiệm vụ
command-task = thêm hoặc bỏ một nhiệm vụ của kế hoạch
command-history = xem lịch sử thay đổi kế hoạch
command-export = tải bảng tổng hợp tiến độ, điểm và danh sách mẫu
command-audit = xem nhật ký thao tác của quản trị viên
list-more = … và { $count } mục khác.
choice-apply = Áp dụng và thông báo
choice-send = Gửi
choice-report = Xem báo cáo gửi
deadline-usage = Cách dùng: /deadline MÃ_NHIỆM_VỤ NGÀY, ví dụ /deadline II.2.1 20/12/2019; lý do (không bắt buộc) ghi sau dấu ";".
assign-usage = Cách dùng: /assign MÃ_NHIỆM_VỤ TÊN_ĐƠN_VỊ chủ trì|phối hợp|bỏ, ví dụ /assign II.2.1 Sở Y tế phối hợp; lý do (không bắt buộc) ghi sau dấu ";".
task-usage = Cách dùng: /task add MÃ NỘI DUNG | THỜI HẠN (thêm nhiệm vụ) hoặc /task remove MÃ (bỏ nhiệm vụ); lý do (không bắt buộc) ghi sau dấu ";".
plan-preview-heading = Xem trước thay đổi kế hoạch { $plan }: { $count } thay đổi.
plan-preview-new = Kế hoạch mới { $plan }: { $count } nhiệm vụ.
plan-preview-units = Sẽ thông báo cho { $units } đơn vị, mỗi đơn vị chỉ nhận thay đổi liên quan đến mình:
plan-preview-chats = ({ $chats } cuộc trò chuyện)
plan-preview-no-chat = (chưa có cán bộ đầu mối, sẽ không nhận được)
plan-preview-confirm = Kế hoạch chưa thay đổi. Bấm "Áp dụng và thông báo" để áp dụng, hoặc "Hủy".
plan-applied = Đã áp dụng { $changes } thay đổi. Đã xếp lịch gửi { $messages } thông báo cho { $units } đơn vị; nhắc hạn từ nay theo kế hoạch mới.
plan-cancelled = Đã hủy; kế hoạch giữ nguyên.
notice-plan-changed = Kế hoạch { $plan } có thay đổi liên quan đến { $unit }:
notice-plan-reason = Lý do: { $reason }
notice-plan-footer = Gõ /tasks để xem nhiệm vụ của đơn vị theo kế hoạch mới.
history-empty = Chưa có thay đổi kế hoạch nào được áp dụng.
history-heading = Các thay đổi kế hoạch gần nhất:
history-entry = { $when } — { $by } — { $count } thay đổi — lý do: { $reason }
error-plan-no-change = Không có gì thay đổi so với kế hoạch đang áp dụng.
error-revision-decided = Thay đổi này đã được áp dụng hoặc đã hủy trước đó.
error-invalid-deadline = Không đọc được thời hạn "{ $text }": hãy ghi ngày dạng dd/mm/yyyy, ví dụ 20/12/2019.
error-plan-unknown-task = Kế hoạch không có nhiệm vụ "{ $ref }".
error-task-exists = Kế hoạch đã có nhiệm vụ "{ $ref }": hãy chọn mã khác.
error-assignment-unchanged = { $unit } đã có đúng vai trò đó ở nhiệm vụ { $ref }.
broadcast-message = 📢 Thông báo của Sở Nội vụ:
    { $text }
broadcast-preview = Thông báo sẽ gửi tới { $units } đơn vị ({ $chats } cuộc trò chuyện). Nội dung:
broadcast-unreached = { $count } đơn vị chưa có cán bộ đầu mối nên sẽ không nhận được: { $list }
broadcast-queued = Đã xếp lịch gửi thông báo số { $id }: { $messages } tin nhắn. dondoc sẽ báo kết quả khi gửi xong.
broadcast-cancelled = Đã hủy thông báo; không tin nhắn nào được gửi.
broadcast-none = Chưa có thông báo nào được gửi.
broadcast-report = Thông báo số { $id } đang gửi: đã tới { $delivered }, đang chờ { $pending }, lỗi { $failed }, không liên lạc được { $unreachable }.
broadcast-report-finished = Thông báo số { $id } đã gửi xong: đã tới { $delivered }, lỗi { $failed }, không liên lạc được { $unreachable }.
error-broadcast-usage = Cách dùng: /broadcast NGƯỜI_NHẬN rồi xuống dòng (hoặc sau dấu ":") ghi nội dung, ví dụ /broadcast cấp huyện: Họp lúc 14 giờ. Người nhận: "tất cả", một nhóm ("các sở, ban, ngành", "cấp huyện", "cấp xã") hoặc tên đơn vị cách nhau bởi dấu phẩy. Xem kết quả gửi: /broadcast report.
error-broadcast-no-units = Không xác định được đơn vị nhận thông báo.
error-broadcast-decided = Thông báo này đã được gửi hoặc đã hủy trước đó.
error-broadcast-not-sent = Không có thông báo số { $id } đã gửi.
progress-heading = Tiến độ kế hoạch { $plan } đến ngày { $date } (số đơn vị chủ trì):
progress-task = • { $ref } (hạn { $due }): xong { $done }, quá hạn { $overdue }, chưa đến hạn { $pending } — { $title }
progress-overdue = Đơn vị có nhiệm vụ quá hạn: { $count }
progress-ranking = Xếp hạng điểm:
progress-chart-title = Tỉ lệ hoàn thành nhiệm vụ theo nhóm đơn vị
group-department = Sở, ban, ngành
group-district = UBND cấp huyện
group-commune = UBND cấp xã
group-other = Đơn vị khác
state-done = Đã xong
state-overdue = Quá hạn
state-pending = Chưa đến hạn
role-short-lead = CT
role-short-coordinator = PH
export-ready = Bảng tổng hợp: trang Tiến độ (đơn vị × nhiệm vụ), trang Điểm, và danh sách mẫu của mọi đơn vị theo từng phụ lục. Tệp có dữ liệu cá nhân: chỉ chuyển cho người có trách nhiệm.
export-sheet-status = Tiến độ
export-sheet-scores = Điểm
export-sheet-list = Phụ lục { $template }
export-unit = Đơn vị
export-deadline = Hạn cuối
export-rank = Hạng
export-points = Điểm
export-max = Tối đa
export-percent = Tỉ lệ
export-stt = STT
export-section = Loại mẫu
audit-empty = Nhật ký chưa có thao tác nào.
audit-heading = Thao tác quản trị gần nhất:
cli-opt-notify = gửi cho từng đơn vị bị ảnh hưởng thay đổi liên quan đến đơn vị đó
cli-opt-reason = lý do thay đổi, ghi vào lịch sử và thông báo
cli-plan-history = xem lịch sử thay đổi kế hoạch: ai, khi nào, lý do, thay đổi gì
plan-notified = Đã xếp lịch gửi { $messages } thông báo cho { $units } đơn vị.
cli-export = xuất bảng tổng hợp (.xlsx): tiến độ, điểm, danh sách mẫu của mọi đơn vị
cli-arg-export-file = tệp .xlsx sẽ ghi ra
cli-exported = Đã ghi bảng tổng hợp vào { $file }.
cli-audit = xem nhật ký thao tác của quản trị viên (trò chuyện và dòng lệnh)
cli-opt-limit = số dòng tối đa
export-section-official = Chính thức
export-section-reserve = Dự phòng

# Zalo và trang gửi tệp
command-nop = gửi danh sách mẫu của đơn vị, hoặc tài liệu kiểm chứng của một nhiệm vụ báo cáo (/nop MÃ); trên Zalo: nhận đường dẫn gửi tệp
command-link = nhận mã để nhắc việc cả trên Telegram và Zalo
submit-chat = Gửi tệp danh sách (.xlsx hoặc .csv) vào cuộc trò chuyện này; dondoc sẽ kiểm tra và trả lời ngay.
submit-console = Gửi tệp danh sách bằng lệnh /send ĐƯỜNG_DẪN, ví dụ /send ./danh-sach.xlsx
submit-no-web = Máy chủ dondoc chưa bật trang gửi tệp. Hãy báo Sở Nội vụ.
submit-link = Gửi danh sách của { $unit } tại: { $url }
    Đường dẫn dùng một lần, chỉ cho anh/chị, trong { $hours } giờ. Mở bằng điện thoại hoặc máy tính, chọn tệp .xlsx rồi bấm "Gửi danh sách".
zalo-unsupported = dondoc chưa đọc được ảnh hay nhãn dán trên Zalo. Để gửi danh sách, dùng đường dẫn dưới đây.
zalo-file-link = Tải tệp { $name } (một lần, trong 24 giờ): { $url }
link-created = Mã liên kết của { $unit }: { $code } (hết hạn ngày { $expires }). Mở dondoc trên Zalo hoặc Telegram rồi gửi /start { $code } để nhận nhắc việc ở cả hai nơi.
upload-download-chat = Tải bản đã đánh dấu lỗi (một lần, trong 24 giờ): { $url }
page-lang = vi
page-link-title = Đường dẫn không dùng được
page-link-unknown = Đường dẫn này không đúng. Hãy gửi /nop cho dondoc trên Zalo để nhận đường dẫn mới.
page-link-expired = Đường dẫn này đã hết hạn (chỉ dùng trong 24 giờ). Hãy gửi /nop cho dondoc trên Zalo để nhận đường dẫn mới.
page-link-used = Đường dẫn này đã được dùng. Mỗi đường dẫn chỉ dùng một lần: hãy gửi /nop cho dondoc trên Zalo để nhận đường dẫn mới.
page-upload-title = Gửi danh sách mẫu
page-upload-intro = Danh sách của { $unit }. Chọn tệp Excel (.xlsx) hoặc .csv theo mẫu phụ lục rồi bấm "Gửi danh sách".
page-upload-label = Tệp danh sách
page-upload-button = Gửi danh sách
page-upload-note = Dữ liệu cá nhân trong danh sách chỉ đơn vị và Sở Nội vụ xem được.
page-result-title = Kết quả kiểm tra
page-download = Tải bản đã đánh dấu lỗi
page-result-chat = Kết quả này cũng đã được gửi vào Zalo của anh/chị.
error-upload-no-file = Chưa chọn tệp nào. Hãy chọn tệp .xlsx rồi bấm "Gửi danh sách".
config-zalo-bot-token = có dạng 1234567890:AbC… (lấy từ Zalo Bot Creator)
config-zalo-api-root = là một địa chỉ URL, ví dụ https://bot-api.zaloplatforms.com
config-zalo-webhook-url = là một địa chỉ https://
config-zalo-webhook-secret = là 8–256 chữ, số, _ hoặc -, bắt buộc khi có ZALO_WEBHOOK_URL
config-admin-zalo-ids = là các mã người dùng Zalo, cách nhau bằng dấu phẩy
config-public-url = là địa chỉ người dùng mở được tới máy chủ dondoc, ví dụ https://dondoc.snv.example.vn

## Đọc kế hoạch Word, Excel và văn bản: giới hạn
error-plan-too-large = Tệp kế hoạch quá lớn để đọc (tối đa 20 MB, kể cả khi giải nén). Hãy bỏ bớt hình ảnh và phụ lục không cần thiết rồi gửi lại.
error-plan-too-complex = Tệp kế hoạch có quá nhiều đoạn văn, dòng, cột hoặc bảng lồng nhau để đọc. Hãy gửi riêng phần kế hoạch và biểu phân công nhiệm vụ.
error-plan-busy = dondoc đang bận đọc nhiều tệp cùng lúc nên chưa đọc xong kế hoạch này (tệp không có lỗi). Hãy gửi lại tệp sau ít phút.

# Chạy như một dịch vụ: nhiều phiên bản, sự cố, sao lưu, xóa dữ liệu cũ
error-reply-failed = dondoc đã xử lý yêu cầu của anh/chị nhưng chưa gửi được câu trả lời. Gửi lại lệnh để xem kết quả (ví dụ /tasks).
error-plan-changed-since = Kế hoạch đã được thay đổi sau khi xem trước thay đổi này (lúc { $when }, bởi { $by }), nên dondoc không áp dụng nó: áp dụng sẽ xóa mất thay đổi kia. Dưới đây là bản xem trước mới, tính trên kế hoạch hiện hành.
cli-db-backup = sao lưu cơ sở dữ liệu SQLite vào một tệp (PostgreSQL: dùng pg_dump)
db-backup-done = Đã sao lưu cơ sở dữ liệu vào { $file } ({ $size }).
db-backup-postgres = Cơ sở dữ liệu là PostgreSQL: hãy sao lưu bằng pg_dump, ví dụ: pg_dump --format=custom --file={ $file } "$DATABASE_URL"
db-backup-exists = Tệp { $file } đã có; hãy chọn tên khác để không ghi đè bản sao lưu cũ.
cli-purge = xóa dữ liệu cá nhân của các kế hoạch đã kết thúc quá thời gian lưu giữ
cli-purge-days = số ngày lưu giữ sau hạn cuối cùng của kế hoạch (mặc định PURGE_AFTER_DAYS)
cli-purge-dry-run = chỉ cho biết sẽ xóa gì, không xóa
purge-none = Không có kế hoạch nào kết thúc quá { $days } ngày: không xóa gì.
purge-plan = Kế hoạch { $plan } (kết thúc { $ended }): { $rows } dòng danh sách, { $lists } danh sách, { $documents } tài liệu kiểm chứng.
purge-links = Đường dẫn tải lên, tải xuống và tệp lưu tạm tạo trước { $before }: { $links }.
purge-done = Đã xóa dữ liệu cá nhân như trên.
purge-dry-run = Chạy thử: chưa xóa gì.
config-quiet-hours = là hai giờ HH-HH (ví dụ 21-07) hoặc off
config-purge-after-days = là số ngày từ 30 đến 3650

## prose
plan-warning-duplicate-ref = Số thứ tự { $ref } được ghi hai lần trong kế hoạch; nhiệm vụ ghi sau được đánh số { $renamed }, hãy kiểm tra lại số thứ tự.
## units
plan-warning-unit-succeeded = Nhiệm vụ { $ref }: "{ $name }" không còn từ sau sắp xếp tổ chức bộ máy; đã giao cho đơn vị kế thừa "{ $successor }".
directory-column-validFrom = Hiệu lực từ
directory-column-validUntil = Hiệu lực đến
directory-column-successor = Đơn vị kế thừa
directory-finding-unknown-successor = Dòng { $row }: đơn vị kế thừa "{ $value }" không có trong danh mục.
directory-finding-invalid-date = Dòng { $row }: "{ $value }" ở cột "{ $column }" không phải ngày (ghi dd/mm/yyyy).
cli-units-alias = lưu một tên gọi khác của đơn vị: các kế hoạch, danh sách và lệnh sau này hiểu tên đó
cli-arg-unit = tên đơn vị trong danh mục
cli-arg-alias = tên gọi khác
units-alias-saved = Đã lưu: "{ $alias }" là tên gọi khác của { $unit }.
error-alias-empty = Tên gọi khác đang trống.
error-alias-taken = "{ $alias }" đã là tên của { $unit }.
## import
import-summary = Kế hoạch { $plan } (tỉnh { $province }): { $tasks } nhiệm vụ (không kể đề mục), { $deadline } có thời hạn ({ $inherited } lấy thời hạn của mục), { $lead } có đơn vị chủ trì; số mẫu của { $quotas } đơn vị.
import-foreign = ⚠ Đây là kế hoạch của tỉnh { $province }, không phải tỉnh { $serving }. Chỉ đơn vị của tỉnh { $province } đã có cán bộ đầu mối mới được thông báo, và cần xác nhận riêng để nhập.
import-all-resolved = Không còn tên đơn vị nào cần hỏi.
import-unplaced = { $count } dòng có ghi thời hạn nhưng chưa đọc được thành nhiệm vụ nào. Đề nghị xem lại các dòng này trong văn bản; dòng nào là nhiệm vụ thì sau khi nhập thêm bằng /task add MÃ NỘI DUNG | THỜI HẠN:
import-unplaced-more = … và { $count } dòng nữa.
import-unresolved = { $count } tên đơn vị chưa nhận ra:
import-ref-quota = bảng số mẫu
import-question = "{ $name }" ({ $refs }) là đơn vị nào? Chọn đơn vị đúng, tạo đơn vị mới, hoặc bỏ qua tên này (giữ nguyên, không gắn với đơn vị nào).
import-question-none = Không có đơn vị nào có tên gần giống trong danh mục.
import-kind-question = Đơn vị mới "{ $name }" thuộc loại nào?
import-answer-alias = Đã ghi: "{ $name }" là { $unit }; các kế hoạch sau sẽ tự nhận ra tên này.
import-answer-create = Sẽ tạo đơn vị mới "{ $name }" ({ $kind }) khi nhập kế hoạch.
import-answer-ignore = Đã bỏ qua "{ $name }".
choice-import-create = Tạo đơn vị mới
choice-import-ignore = Bỏ qua tên này
choice-import-cancel = Hủy nhập kế hoạch
choice-apply-foreign = Nhập kế hoạch của tỉnh { $province }
error-import-name-answered = Tên này đã được trả lời, hoặc lần nhập này đã kết thúc.
error-import-names-pending = Còn { $count } tên đơn vị chưa được trả lời: hãy trả lời từng tên trước khi nhập.
error-plan-foreign-unconfirmed = Đây là kế hoạch của tỉnh { $province }: hãy bấm "Nhập kế hoạch của tỉnh { $province }" để xác nhận.
error-import-unresolved = Chưa nhập: còn { $count } tên đơn vị chưa nhận ra ({ $names }). Với mỗi tên, thêm --alias "TÊN=ĐƠN VỊ"; hoặc thêm --accept-unresolved để nhập mà để các tên đó chưa gắn đơn vị.
error-import-foreign = Chưa nhập: đây là kế hoạch của tỉnh { $province }, không phải tỉnh { $serving } (PROVINCE). Nếu đúng là muốn nhập, ghi rõ --province "{ $province }".
error-invalid-alias = --alias cần dạng "TÊN=ĐƠN VỊ", ví dụ --alias "Sở TT-TT=Sở Thông tin và Truyền thông"; nhận được: { $value }
error-alias-unit-unknown = Không có đơn vị "{ $unit }" trong danh mục tỉnh { $province }.
cli-opt-accept-unresolved = nhập cả khi còn tên đơn vị chưa nhận ra (các tên đó chưa gắn với đơn vị nào)
cli-opt-alias = "TÊN=ĐƠN VỊ": tên trong kế hoạch là tên khác của đơn vị này (lưu lại cho các kế hoạch sau; lặp lại được)
import-kept = { $count } tên giữ nguyên như đã viết, không gắn với đơn vị nào (đã bỏ qua, hoặc chỉ nhóm chung):
## state
tstate-nothing-lists = chưa gửi { $lists }
tstate-nothing-document = chưa gửi báo cáo, tài liệu
tstate-nothing-none = chưa báo xong
tstate-started = đã nhận { $received }; còn thiếu: { $missing }
tstate-incomplete = đã gửi nhưng chưa đầy đủ: { $why }
tstate-complete-on-time = đã xong, đúng hạn (gửi đủ ngày { $date })
tstate-complete-late = đã xong nhưng muộn (gửi đủ ngày { $date })
tstate-corrected = ; bản sửa ngày { $date }
tstate-corrected-keep-on-time = ; bản sửa ngày { $date } không làm giảm điểm đúng hạn
tstate-corrected-score-correction = ; bản sửa ngày { $date } được chấm như bản nộp muộn
tstate-declared = đơn vị báo đã gửi ngày { $date }, chờ Sở Nội vụ xác nhận
tstate-confirmed-lists = Sở Nội vụ đã xác nhận hoàn thành (ngày { $date })
tstate-confirmed-document = Sở Nội vụ đã xác nhận hoàn thành (đơn vị báo gửi ngày { $date })
tstate-confirmed-none = đã xong (ngày { $date })
tstate-not-applicable = không áp dụng: chỉ tiêu mẫu của đơn vị là 0, không phải lập { $lists }
tstate-not-scored = không tính điểm
tstate-missing-lists = { $lists }
tstate-why-quota-official = Phụ lục { $template } mới có { $have }/{ $need } mẫu chính thức hợp lệ
tstate-why-quota-reserve = Phụ lục { $template } mới có { $have }/{ $need } mẫu dự phòng hợp lệ
tstate-why-errors = Phụ lục { $template } có { $have } dòng lỗi (tối đa được { $need })
tstate-why-empty = Phụ lục { $template } không có dòng nào
tstate-stake = → Hoàn thành đủ trước hết ngày { $date }: { $points } điểm; sau ngày đó tối đa { $late } điểm.
tstate-stake-late = → Hoàn thành đủ bây giờ: { $points } điểm.
tstate-short-not-due = Chưa đến hạn
tstate-short-started = Đang làm
tstate-short-incomplete = Chưa đầy đủ
tstate-short-complete-on-time = Xong đúng hạn
tstate-short-complete-late = Xong muộn
tstate-short-overdue = Quá hạn
tstate-short-declared = Chờ xác nhận
tstate-short-confirmed = Đã xác nhận
tstate-short-not-applicable = Không áp dụng
score-projected = Nếu mọi nhiệm vụ đến hạn hôm nay: { $points }/{ $max }
progress-nothing-due = Chưa có nhiệm vụ đến hạn
done-needs-lists = Nhiệm vụ { $ref } hoàn thành khi Sở Nội vụ nhận đủ danh sách; còn thiếu: { $missing }. Gửi tệp danh sách vào cuộc trò chuyện này, dondoc tự ghi nhận khi đủ.
intake-incomplete-quota = Danh sách chưa đủ chỉ tiêu mẫu: bổ sung người vào danh sách rồi gửi lại cả tệp; bản mới sẽ thay bản này.
intake-incomplete-errors-and-quota = Danh sách chưa đầy đủ: sửa các lỗi trong tệp đính kèm và bổ sung cho đủ chỉ tiêu mẫu, rồi gửi lại cả tệp; bản mới sẽ thay bản này.
intake-incomplete-empty = Tệp không có dòng danh sách nào: điền danh sách rồi gửi lại.
intake-task-state = Nhiệm vụ { $ref }: { $state }.
cli-opt-check-today = chấm điểm danh sách như nhận vào ngày này (NĂM-THÁNG-NGÀY), thay cho hôm nay
progress-rank = { $rank }. { $unit } — { $points }/{ $max }
progress-rank-nothing-due = { $rank }. { $unit } — chưa có nhiệm vụ đến hạn
## hostile
finding-value-too-long = Dòng { $row }, cột "{ $column }": giá trị dài { $length } ký tự, quá dài cho một ô (bắt đầu bằng "{ $value }"); hãy kiểm tra lại ô này.
code-value-too-long = giá trị quá dài
error-message-too-long = Tin nhắn quá dài: dondoc đọc tin đến { $max } ký tự. Hãy gửi ngắn gọn hơn.
reply-cut = (Câu trả lời quá dài nên đã được rút gọn; chi tiết đầy đủ có trong tệp đã kiểm tra hoặc trang web của dondoc.)
intake-queued = Đã nhận danh sách. Đang có nhiều danh sách được kiểm tra cùng lúc: danh sách của bạn đứng thứ { $place } trong hàng đợi, dondoc sẽ trả lời ngay khi kiểm tra xong.
error-intake-chat-rate = Cuộc trò chuyện này đã gửi { $max } danh sách trong một phút, mức tối đa cho một cuộc trò chuyện. Danh sách này chưa được kiểm tra, chưa lưu gì: hãy gửi lại sau { $seconds } giây.
error-intake-unit-rate = Đơn vị đã gửi { $max } danh sách trong một phút, mức tối đa cho một đơn vị. Danh sách này chưa được kiểm tra, chưa lưu gì: hãy gửi lại sau { $seconds } giây.
error-intake-unit-busy = dondoc đang kiểm tra { $max } danh sách của đơn vị, mức tối đa cùng lúc cho một đơn vị. Danh sách này chưa được kiểm tra, chưa lưu gì: hãy gửi lại khi nhận được kết quả của các danh sách trước (thường trong vòng một phút).
config-list-workers = là số danh sách được kiểm tra cùng lúc, từ 1 đến 64
page-link-revoked = Đường dẫn này không còn dùng được vì người nhận không còn là đầu mối của đơn vị. Đầu mối hiện tại hãy gửi /nop cho dondoc trên Zalo để nhận đường dẫn mới.
error-link-private-only = Chỉ đầu mối của đơn vị mới tạo được mã liên kết, và chỉ trong cuộc trò chuyện riêng với dondoc (không trong nhóm).
error-link-rate-limited = Bạn đã tạo { $max } mã liên kết trong 24 giờ qua. Hãy dùng các mã đã có hoặc thử lại vào ngày mai.
error-invalid-days = "{ $value }" không phải là một số ngày: ghi một số nguyên từ 0 trở lên, ví dụ 365.

## cli
error-invalid-year = Năm "{ $value }" không hợp lệ: ghi 4 chữ số từ 2000 đến 2100, ví dụ 2019.
error-invalid-invitation-id = Mã số lời mời "{ $value }" không hợp lệ: là một số nguyên dương (xem dondoc invitations list).
error-invalid-limit = "{ $value }" không phải số dòng hợp lệ: ghi một số nguyên từ 1 đến 10000.
error-unknown-lang = dondoc không có ngôn ngữ "{ $value }"; chọn một trong: { $known }.
error-invalid-template = Không có mẫu "{ $value }"; các mẫu danh sách là: { $known }.
error-province-not-known = dondoc chưa có danh mục đơn vị của tỉnh "{ $province }". Các tỉnh đã có: { $known }. Tỉnh khác: nhập danh mục bằng dondoc units import --province "Tên tỉnh" TỆP.xlsx.
error-folder-not-found = Không ghi được { $file }: chưa có thư mục { $folder }. Hãy tạo thư mục đó hoặc chọn nơi ghi khác.
error-path-is-folder = Không ghi được { $file }: đó là một thư mục; hãy ghi tên tệp, ví dụ { $file }/tong-hop.xlsx.
error-file-not-writable = Không ghi được { $file }: không có quyền ghi vào đó. Hãy chọn nơi ghi khác.
cli-error-unknown-template = Không nhận ra mẫu danh sách trong tệp: không tìm thấy dòng tiêu đề với các cột như "Họ và tên", "Số điện thoại". Hãy dùng mẫu Phụ lục I, III, IV hoặc V của kế hoạch, hoặc ghi rõ mẫu bằng --template.
cli-error-missing-column = Tệp thiếu cột: { $columns }. Hãy dùng đúng mẫu danh sách của kế hoạch, hoặc ghi rõ mẫu bằng --template.
cli-help-usage = Cách dùng:
cli-help-options = Tùy chọn:
cli-help-commands = Lệnh:
cli-help-arguments = Tham số:
cli-help-options-word = [tùy chọn]
cli-help-command-word = [lệnh]
cli-opt-province-default = tên tỉnh (mặc định: tỉnh trong biến PROVINCE)
cli-arg-backup-file = tệp sao lưu sẽ ghi ra (chưa tồn tại)
check-skipped-plan = Chưa kiểm tra ngày có nằm trong thời gian kế hoạch quy định và thời hạn nộp: hãy ghi --unit "Tên đơn vị" (khi kế hoạch đã nhập) hoặc --plan TỆP.
check-skipped-quota = Chưa đối chiếu chỉ tiêu mẫu của đơn vị: hãy ghi --unit "Tên đơn vị"; điểm dưới đây chưa tính chỉ tiêu.
cli-checking = Đang kiểm tra { $file }… { $seconds } giây
cli-arg-invite-units = tên các đơn vị, ví dụ "Sở Xây dựng" "Sở Tư pháp"
cli-opt-invite-all = mời mọi đơn vị của tỉnh (mỗi đơn vị một mã)
cli-opt-invite-out = ghi các mã mời vào tệp .xlsx này
invitations-written = Đã ghi { $count } mã mời vào { $file }.
invitation-sheet-name = Mã mời
invitation-column-unit = Đơn vị
invitation-column-province = Tỉnh
invitation-column-code = Mã mời
invitation-column-expires = Hết hạn
invitation-column-link = Đường dẫn
start-usage =
    Cách dùng: npm start -- [tùy chọn]
    Không có TELEGRAM_BOT_TOKEN hay ZALO_BOT_TOKEN: trò chuyện với dondoc ngay trong cửa sổ dòng lệnh.
    Tùy chọn:
      --as "Tên đơn vị"   vào với tư cách cán bộ đầu mối của đơn vị, ví dụ --as "Sở Xây dựng"
      --admin             vào với tư cách quản trị viên
      --today NGÀY        coi hôm nay là NGÀY (NĂM-THÁNG-NGÀY), ví dụ --today 2019-11-25
      --lang vi|en        ngôn ngữ của các dòng khi khởi động
      -h, --help          xem hướng dẫn này
error-start-unknown-option = npm start không có tùy chọn "{ $what }".
error-start-option-value-missing = Tùy chọn { $what } cần có giá trị.
error-start-unexpected-word = Không hiểu "{ $what }": tên đơn vị đi sau --as, ví dụ --as "Sở Xây dựng".
error-compressed-too-much = Tệp này được nén bất thường: giải nén ra sẽ chiếm { $inflated } MB, không danh sách người nào cần đến vậy. Đây không phải danh sách bình thường; hãy mở bằng Excel, lưu lại rồi gửi lại.
console-send-usage = Gõ /send rồi đường dẫn của tệp, ví dụ /send ./danh-sach.xlsx
console-send-missing = Không có tệp { $path }. Kiểm tra lại đường dẫn (ví dụ /send ./danh-sach.xlsx).
console-send-not-file = { $path } là một thư mục, không phải tệp. Hãy ghi đường dẫn tới tệp danh sách .xlsx hoặc .csv.
console-checking = Đang đọc tệp… dondoc sẽ trả lời ngay khi xong.
## hygiene
help-admin = Anh/chị là quản trị viên của dondoc: mời cán bộ đầu mối, theo dõi tiến độ, sửa kế hoạch. Các lệnh:
fallback-admin = dondoc hiểu các lệnh bắt đầu bằng dấu /. Gõ /units để xem các đơn vị, /progress để xem tiến độ, /help để xem tất cả các lệnh.
choice-expired = Lựa chọn này không còn hiệu lực (đã được trả lời, hoặc dondoc đã khởi động lại). Hãy gửi lại lệnh để có lựa chọn mới; gõ /help để xem các lệnh.
admin-no-unit = Lệnh này dành cho cán bộ đầu mối của một đơn vị; cuộc trò chuyện quản trị này chưa gắn với đơn vị nào. Gõ /help để xem các lệnh quản trị.
units-valid-from = hiệu lực từ { $date }
units-valid-until = hiệu lực đến { $date }
units-successor = kế thừa: { $name }
mau-not-in-plan = Kế hoạch yêu cầu { $unit } lập danh sách theo phụ lục số { $appendices } (nhiệm vụ { $refs }), nhưng kế hoạch không kèm mẫu danh sách của các phụ lục này nên dondoc chưa có mẫu để gửi. Hãy hỏi Sở Nội vụ mẫu; khi nộp, báo bằng /done { $refs } để Sở Nội vụ xác nhận.
tstate-moved-weekend = { $due } là { $day }: hạn { $back ->
    [yes] lùi về
   *[no] chuyển sang
} { $toDay } { $to }
tstate-moved-day-off = { $due } là ngày nghỉ: hạn { $back ->
    [yes] lùi về
   *[no] chuyển sang
} { $toDay } { $to }
tstate-moved-holiday = { $due } là ngày nghỉ { $holiday }: hạn { $back ->
    [yes] lùi về
   *[no] chuyển sang
} { $toDay } { $to }
weekday-1 = thứ Hai
weekday-2 = thứ Ba
weekday-3 = thứ Tư
weekday-4 = thứ Năm
weekday-5 = thứ Sáu
weekday-6 = thứ Bảy
weekday-7 = Chủ nhật

# Scoring rule sets (rules-service.ts, rules-sheet.ts, /rules)
command-rules = xem quy định chấm điểm đang áp dụng
rules-source-default = Điểm theo dõi của dondoc (mặc định), không phải Chỉ số CCHC của tỉnh: tỉnh chưa nạp quy định chấm điểm của mình.
rules-source = Theo: { $name } (áp dụng từ { $date })
rules-figures = Cách tính: mỗi nhiệm vụ nộp danh sách { $points } điểm, nộp báo cáo, tài liệu { $document } điểm khi gửi đủ, đúng hạn; đủ nhưng muộn { $late }; đúng hạn nhưng chưa đủ { $incomplete }; muộn và chưa đủ { $both }; quá hạn chưa gửi { $missing }. { $correction } Danh sách đủ khi dòng lỗi không quá { $tolerance }%. Nhiệm vụ chưa đến hạn chưa tính.
rules-late-flat = { $points }
rules-late-tier = đến { $days } ngày làm việc { $points }
rules-late-beyond = hơn nữa { $points }
rules-correction-says-keep-on-time = Sửa lại sau hạn không làm giảm điểm đã đạt đúng hạn.
rules-correction-says-score-correction = Bản sửa sau hạn được chấm lại như bản nộp muộn.
rules-admin-hint = Quản trị viên: /rules export để tải bảng quy định, điền theo quyết định mới của tỉnh rồi nạp bằng dondoc rules import.
rules-exported-chat = Bảng quy định chấm điểm đang áp dụng. Sửa cột "Giá trị" theo quyết định của tỉnh rồi nạp bằng dondoc rules import.
rules-default-name = Điểm theo dõi của dondoc (mặc định)
rules-sheet-name = Quy định chấm điểm
rules-sheet-explanation = Điền theo quyết định chấm điểm của tỉnh: sửa cột "Giá trị" (tỷ lệ ghi theo phần trăm, 75 là 75%; ngày ghi dd/mm/yyyy). Mỗi mức muộn một dòng, số ngày làm việc ở cột "Ngày làm việc muộn". Đổi tên quyết định và ngày áp dụng khi nạp bộ quy định mới.
rules-column-item = Mục
rules-column-days = Ngày làm việc muộn
rules-column-value = Giá trị
rules-column-note = Giải thích
rules-item-name = Tên quyết định
rules-item-effectiveFrom = Áp dụng từ ngày
rules-item-pointsLists = Điểm nhiệm vụ nộp danh sách
rules-item-pointsDocument = Điểm nhiệm vụ nộp báo cáo, tài liệu
rules-item-lateTier = Đủ nhưng muộn, đến số ngày làm việc (%)
rules-item-lateBeyond = Đủ nhưng muộn hơn các mức trên (%)
rules-item-incomplete = Đúng hạn nhưng chưa đủ (%)
rules-item-lateIncomplete = Muộn và chưa đủ (%)
rules-item-missing = Quá hạn chưa gửi (%)
rules-item-correction = Bản sửa sau hạn
rules-item-errorTolerance = Tỷ lệ dòng lỗi tối đa của danh sách đủ (%)
rules-note-name = Số, ngày và trích yếu của quyết định, ví dụ "Quyết định số 1234/QĐ-UBND ngày 05/01/2026 …"
rules-note-effectiveFrom = Ngày bộ quy định bắt đầu áp dụng (dd/mm/yyyy)
rules-note-pointsLists = Điểm tối đa của nhiệm vụ nộp danh sách mẫu
rules-note-pointsDocument = Điểm tối đa của nhiệm vụ nộp báo cáo, tài liệu kiểm chứng
rules-note-lateTier = Tỷ lệ điểm khi gửi đủ muộn không quá số ngày làm việc ở cột B
rules-note-lateBeyond = Tỷ lệ điểm khi gửi đủ muộn hơn mọi mức trên
rules-note-incomplete = Tỷ lệ điểm khi gửi đúng hạn nhưng chưa đủ
rules-note-lateIncomplete = Phải thấp hơn cả "chưa đủ" và mọi mức muộn
rules-note-missing = Thường là 0
rules-note-correction = "giữ điểm đúng hạn" hoặc "chấm theo bản sửa"
rules-note-errorTolerance = Danh sách có tỷ lệ dòng lỗi không quá mức này vẫn là đủ
rules-correction-keep-on-time = giữ điểm đúng hạn
rules-correction-score-correction = chấm theo bản sửa
rules-finding-not-xlsx = Trang "{ $sheet }": tệp không phải bảng tính Excel (.xlsx).
rules-finding-missing-item = Trang "{ $sheet }": thiếu dòng "{ $value }".
rules-finding-unknown-item = Trang "{ $sheet }", ô { $cell }: "{ $value }" không phải mục của bảng quy định.
rules-finding-invalid-text = Trang "{ $sheet }", ô { $cell }: tên quyết định phải có, không quá 500 ký tự.
rules-finding-invalid-date = Trang "{ $sheet }", ô { $cell }: "{ $value }" không phải ngày (ghi dd/mm/yyyy).
rules-finding-invalid-points = Trang "{ $sheet }", ô { $cell }: "{ $value }" không phải số điểm (lớn hơn 0, không quá 1000).
rules-finding-invalid-share = Trang "{ $sheet }", ô { $cell }: "{ $value }" không phải tỷ lệ phần trăm từ 0 đến 100.
rules-finding-invalid-days = Trang "{ $sheet }", ô { $cell }: "{ $value }" không phải số ngày làm việc (số nguyên từ 1).
rules-finding-invalid-correction = Trang "{ $sheet }", ô { $cell }: "{ $value }" không hợp lệ; ghi "giữ điểm đúng hạn" hoặc "chấm theo bản sửa".
rules-finding-tiers-order = Trang "{ $sheet }", ô { $cell }: các mức muộn phải có số ngày tăng dần và tỷ lệ không tăng.
rules-finding-late-incomplete-not-below = Trang "{ $sheet }", ô { $cell }: "muộn và chưa đủ" ({ $value }%) phải thấp hơn cả "chưa đủ" và mọi mức muộn.
rules-finding-missing-above = Trang "{ $sheet }", ô { $cell }: "quá hạn chưa gửi" không được cao hơn "muộn và chưa đủ".
error-invalid-rules = Bảng quy định có { $count } ô sai, chưa lưu gì:
    { $findings }
error-scoring-in-rules = Cách chấm điểm không còn đặt theo kế hoạch mà theo quy định của tỉnh: dondoc rules export TỆP.xlsx, điền theo quyết định của tỉnh, rồi dondoc rules import TỆP.xlsx.
cli-opt-scoring-moved = (đã chuyển sang dondoc rules import)
cli-rules = quy định chấm điểm của tỉnh, theo từng quyết định
cli-rules-list = các bộ quy định đã nạp và bộ đang áp dụng
cli-rules-export = xuất bộ quy định đang áp dụng ra tệp Excel để điền
cli-rules-import = nạp bộ quy định từ tệp Excel (áp dụng từ ngày ghi trong tệp)
cli-opt-rules-dry-run = chỉ kiểm tra tệp, không lưu
rules-list-empty = { $province } chưa nạp quy định chấm điểm nào.
rules-list-line = Từ { $date }: { $name } (nạp bởi { $by } lúc { $when })
rules-list-in-force = Đang áp dụng hôm nay: { $source }
rules-exported = Đã xuất quy định chấm điểm ra { $file }.
rules-imported = Đã nạp quy định chấm điểm của { $province }: { $name }, áp dụng từ { $date }.
rules-import-dry-run = Tệp hợp lệ (chưa lưu): { $name }, áp dụng từ { $date }.
rules-preview = Bảng quy định chấm điểm của { $province } đọc được (chưa lưu):
choice-rules-apply = Áp dụng quy định này
rules-already-decided = Bảng quy định này đã được áp dụng hoặc hủy trước đó.
rules-cancelled = Đã hủy, không lưu bảng quy định.
rules-applied-chat = Đã nạp quy định chấm điểm của { $province }. Đang áp dụng hôm nay:
rules-finding-not-rules = Trang "{ $sheet }": không có mục nào của bảng quy định chấm điểm (xuất mẫu bằng dondoc rules export).
# Tài liệu kiểm chứng của nhiệm vụ báo cáo
command-evidence = xem tài liệu kiểm chứng các đơn vị đã gửi, chờ xác nhận
command-return = trả lại tài liệu kiểm chứng cho đơn vị, kèm lý do
evidence-ask-telegram = Gửi tệp báo cáo, tài liệu kiểm chứng của nhiệm vụ { $ref } vào cuộc trò chuyện này trong { $minutes } phút tới (PDF, Word, Excel hoặc ảnh, đến 10 MB). Sở Nội vụ sẽ xem và xác nhận.
evidence-ask-console = Gửi tệp báo cáo, tài liệu kiểm chứng của nhiệm vụ { $ref } bằng lệnh /send ĐƯỜNG_DẪN trong { $minutes } phút tới, ví dụ /send ./bao-cao.pdf
evidence-link = Gửi báo cáo, tài liệu kiểm chứng của { $unit } cho nhiệm vụ { $ref } tại: { $url }
    Đường dẫn dùng một lần, chỉ cho anh/chị, trong { $hours } giờ. Nhận PDF, Word, Excel hoặc ảnh, đến 10 MB.
evidence-received = Đã nhận tài liệu { $file } cho nhiệm vụ { $ref }.
    Nhiệm vụ { $ref }: { $state }.
error-evidence-too-large = Tệp quá lớn: dondoc nhận tài liệu kiểm chứng đến { $max } MB. Hãy nén ảnh hoặc lưu thành PDF nhỏ hơn rồi gửi lại.
error-evidence-empty = Tệp trống, không có gì để lưu. Hãy gửi lại tệp tài liệu.
error-evidence-kind = dondoc chỉ nhận tài liệu kiểm chứng dạng PDF, Word (.docx, .doc), Excel (.xlsx, .xls) hoặc ảnh (.png, .jpg); nội dung tệp này không thuộc các dạng đó (dondoc xem nội dung tệp, không xem tên). Hãy lưu thành PDF rồi gửi lại. Chưa có gì thay đổi.
error-evidence-not-document = Nhiệm vụ { $ref } không cần gửi tài liệu kiểm chứng. Gõ /tasks để xem nhiệm vụ cần gì.
error-evidence-none = { $unit } chưa gửi tài liệu nào cho nhiệm vụ { $ref }.
error-evidence-already-returned = Tài liệu của { $unit } cho nhiệm vụ { $ref } đã được trả lại trước đó; đơn vị cần gửi tài liệu mới.
error-evidence-unknown = Không có tài liệu số { $id }. Gõ /evidence để xem danh sách.
error-evidence-purged = Tài liệu số { $id } đã được xoá theo thời hạn lưu dữ liệu.
done-needs-document = Nhiệm vụ { $ref } hoàn thành khi Sở Nội vụ nhận báo cáo và tài liệu kiểm chứng. Gửi tài liệu kiểm chứng: /nop { $ref } rồi gửi tệp.
evidence-none-waiting = Không có tài liệu kiểm chứng nào chờ xác nhận.
evidence-heading = Tài liệu kiểm chứng chờ xác nhận ({ $count }):
evidence-line = { $n }. { $unit } — { $ref } — { $file } (gửi { $at })
evidence-more = … và { $more } tài liệu khác: /evidence TÊN_ĐƠN_VỊ để xem theo đơn vị.
evidence-how = Chọn số để tải tệp. Xác nhận: /confirm TÊN_ĐƠN_VỊ MÃ; trả lại: /return TÊN_ĐƠN_VỊ MÃ LÝ_DO.
evidence-file = Tài liệu của { $unit } cho nhiệm vụ { $ref }: { $file }
return-usage = Cách dùng: /return TÊN_ĐƠN_VỊ MÃ_NHIỆM_VỤ LÝ_DO, ví dụ /return Sở Xây dựng II.2.2 thiếu chữ ký
return-done = Đã trả lại tài liệu { $file } của { $unit } (nhiệm vụ { $ref }), lý do: { $reason }. dondoc đã báo đơn vị gửi tài liệu mới.
evidence-confirmed-notice = Sở Nội vụ đã xác nhận tài liệu { $file } của nhiệm vụ { $ref }: nhiệm vụ đã hoàn thành.
evidence-returned-notice = Sở Nội vụ trả lại tài liệu { $file } của nhiệm vụ { $ref }, lý do: { $reason }.
    Hãy gửi tài liệu mới: /nop { $ref } rồi gửi tệp.
tstate-evidence-sent = đã gửi tài liệu { $file } ngày { $date }, chờ Sở Nội vụ xác nhận
tstate-evidence-confirmed = Sở Nội vụ đã xác nhận tài liệu { $file } (gửi ngày { $date })
tstate-evidence-returned = tài liệu { $file } (gửi ngày { $date }) bị trả lại: { $reason }; cần gửi tài liệu mới
export-evidence = tài liệu { $file }{ $status ->
    [returned] {" "}(bị trả lại)
   *[other] {""}
}
page-evidence-intro = Gửi báo cáo, tài liệu kiểm chứng của { $unit } cho nhiệm vụ { $ref }: PDF, Word, Excel hoặc ảnh, đến 10 MB.
cli-evidence = tài liệu kiểm chứng các đơn vị gửi cho nhiệm vụ báo cáo
cli-evidence-list = liệt kê tài liệu chờ xác nhận của kế hoạch hiện hành
cli-evidence-get = ghi một tài liệu ra tệp
cli-arg-evidence-id = số của tài liệu (xem dondoc evidence list)
cli-opt-evidence-out = tệp sẽ ghi ra
cli-evidence-written = Đã ghi { $name } ({ $unit }, nhiệm vụ { $ref }) vào { $file }.
error-invalid-evidence-id = Số tài liệu "{ $value }" không hợp lệ: là một số nguyên dương (xem dondoc evidence list).
page-evidence-button = Gửi tài liệu
## Day-off rule, deadline previews, quotas lifted, staff counts
day-off-rule-next = hạn rơi vào ngày nghỉ thì chuyển sang ngày làm việc kế tiếp
day-off-rule-civil-code = hạn rơi vào ngày nghỉ thì kết thúc vào cuối ngày làm việc tiếp theo ngày nghỉ đó (Bộ luật Dân sự 2015, Điều 148 khoản 5)
day-off-rule-previous = hạn rơi vào ngày nghỉ thì lùi về ngày làm việc liền trước
calendar-rule-shown = Quy tắc ngày nghỉ của { $province }: { $rule }.
calendar-rule-set = Đã đặt quy tắc ngày nghỉ của { $province }: { $rule }. { $moved } nhiệm vụ đổi ngày đến hạn.
cli-calendar-rule = xem hoặc đặt quy tắc hạn rơi vào ngày nghỉ: next (ngày làm việc kế tiếp), civil-code (Bộ luật Dân sự), previous (ngày làm việc liền trước)
cli-arg-day-off-rule = next, civil-code hoặc previous; bỏ trống để xem quy tắc đang dùng
error-invalid-day-off-rule = Không có quy tắc ngày nghỉ "{ $value }"; chọn một trong: { $known }.
deadline-preview = Thời hạn "{ $text }": ngày ghi { $due } ({ $dueDay }), đến hạn thực tế { $to } ({ $toDay }).
deadline-preview-why = Lý do: { $why }.
deadline-preview-before-plan = Lưu ý: ngày { $due } trước ngày ban hành kế hoạch ({ $plan }); hãy kiểm tra lại nếu gõ nhầm.
error-deadline-day-not-in-month = Không có ngày { $written }: tháng { $month }/{ $year } chỉ có { $days } ngày.
error-deadline-no-such-month = Không có ngày { $written }: tháng ghi từ 1 đến 12, không có tháng { $month }.
error-deadline-backward-span = "{ $written }" ghi ngược (phần đầu sau phần cuối): hãy ghi đúng khoảng thời gian kế hoạch định, ví dụ tháng 7-8/2025.
error-task-is-heading = { $ref } là đề mục nhóm các nhiệm vụ, không phải một nhiệm vụ nên không có thời hạn riêng; hãy đặt hạn cho từng nhiệm vụ bên dưới, mã bắt đầu bằng { $ref }.
tstate-why-staff-unknown = chưa rõ số cán bộ: gõ /bienche N (N là số cán bộ của đơn vị) để biết Phụ lục { $template } cần bao nhiêu dòng
tstate-why-staff-short = Phụ lục { $template } mới có { $have }/{ $need } cán bộ hợp lệ
staff-usage = Cách dùng: /bienche N, N là số cán bộ của đơn vị (Phụ lục I phải liệt kê đủ từng người), ví dụ /bienche 45.
staff-usage-admin = Cách dùng: /bienche TÊN_ĐƠN_VỊ N, ví dụ /bienche Sở Xây dựng 45.
staff-set = Đã ghi số cán bộ của { $unit }: { $count } người. Phụ lục I đầy đủ khi có { $count } dòng hợp lệ.
command-staff = báo số cán bộ của đơn vị (số dòng Phụ lục I phải có)
cli-units-staff = đặt số cán bộ của một đơn vị (số dòng Phụ lục I phải có)
cli-arg-staff-count = số cán bộ, từ 1 đến 100000
error-invalid-staff-count = Số cán bộ "{ $value }" không hợp lệ: ghi một số nguyên từ 1 đến 100000.
notice-quota-set = Sở Nội vụ đã giao chỉ tiêu mẫu cho { $unit }: { $official } mẫu chính thức, { $reserve } mẫu dự phòng. Đơn vị cần lập Phụ lục III; gõ /mau để nhận mẫu.
quota-set = Đã giao chỉ tiêu Phụ lục III cho { $unit }: { $official } mẫu chính thức, { $reserve } mẫu dự phòng. Đã báo { $told } cuộc trò chuyện của đơn vị.
quota-usage = Cách dùng: /chitieu TÊN_ĐƠN_VỊ III SỐ_MẪU [dự phòng SỐ_MẪU], ví dụ /chitieu Sở Y tế III 20 dự phòng 10.
command-quota = giao chỉ tiêu mẫu Phụ lục III cho một đơn vị (khi hết mẫu dự phòng)
cli-quota = chỉ tiêu mẫu của các đơn vị
cli-quota-set = giao số mẫu Phụ lục III một đơn vị phải lập, và báo cho đơn vị
cli-opt-official = số mẫu chính thức
cli-opt-reserve = số mẫu dự phòng
error-invalid-sample-count = Số mẫu "{ $value }" không hợp lệ: ghi một số nguyên từ 0 đến 100000.
