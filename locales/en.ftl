## dondoc — English

## Roles and kinds of unit
role-lead = Lead
role-coordinator = Coordinating
unit-kind-department = Department
unit-kind-district = District level
unit-kind-commune = Commune level
unit-kind-other = Other
unit-unresolved = not in the directory

## Task table
task-deadline = Deadline: { $text } → last day { $date }
task-no-deadline = No set deadline
task-status-overdue = { $days } days overdue
task-status-due-today = due today
task-status-pending = { $days } days left
tasks-heading = Tasks of { $unit } ({ $count })

## Plans
# The kind of document a plan came in, as its number says (src/domain/document-kind.ts).
document-kind-plan = Plan
document-kind-decision = Decision
document-kind-telegram = Urgent dispatch
document-kind-guidance = Guidance
document-kind-minutes = Minutes
document-kind-notice = Notice
document-kind-directive = Directive
document-kind-report = Report
document-kind-invitation = Invitation
document-kind-scheme = Scheme
document-kind-programme = Programme
document-kind-conclusion = Conclusions
document-kind-letter = Letter
document-kind-document = Document
plan-heading = { $kind } no. { $number } of { $date } — { $issuer }
plan-summary = { $tasks } tasks; sample quotas for { $quotas } units
plan-warnings = To review ({ $count }):
plan-imported = Plan imported (id { $id }): { $tasks } tasks, sample quotas for { $quotas } units.
plan-updated = Plan updated (id { $id }): { $tasks } tasks, sample quotas for { $quotas } units.
plan-changes = Changes since the last import ({ $count }):
plan-unchanged = Nothing changed since the last import.
plan-list-empty = No plan yet. Import one with: dondoc plan import FILE
plan-list-line = [{ $id }] { $province } — { $kind } no. { $number } of { $date } — { $tasks } tasks
plan-warning-unresolved-unit = Task { $ref }: "{ $name }" matches no unit of the directory; kept as written for an admin to resolve.
plan-warning-deadline-without-date = Task { $ref }: the deadline "{ $text }" gives no date.
plan-warning-invalid-deadline = Task { $ref }: the deadline "{ $text }" names a day that does not exist.
plan-warning-backward-deadline = Task { $ref }: the deadline "{ $text }" runs backward (its first part comes after its last), so no due day was set; correct the span.
plan-warning-plan-number-missing = The plan's number was not found.
plan-warning-plan-date-missing = The plan's full date of issue was not found.
plan-warning-quota-cell-missing = Quota table: { $unit } leaves "{ $column }" empty; counted as 0.
plan-warning-unresolved-quota-unit = Quota table: "{ $name }" matches no unit of the directory.
plan-change-task-added = New task { $ref }: { $title }
plan-change-task-removed = Task { $ref } removed: { $title }
plan-change-title-changed = Task { $ref } now reads: { $to }
plan-change-deadline-changed = Task { $ref } deadline moved: { $from } → { $to }
plan-change-unit-added = Task { $ref }: { $unit } added ({ $role })
plan-change-unit-removed = Task { $ref }: { $unit } removed ({ $role })

## Unit directory
units-exported = Unit directory exported to { $file }.
units-imported = Directory imported: { $created } units added, { $updated } updated.
units-import-rejected = The directory file has { $count } problems; nothing was changed:
directory-sheet-name = Units
directory-unresolved-sheet-name = Unmatched names
directory-unresolved-note = These names appear in plans of { $province } but match no unit. Add them as another name of the right unit on the first sheet, then import the plan again.
directory-column-id = Id
directory-column-name = Unit name
directory-column-kind = Kind
directory-column-parent = Parent unit
directory-column-abbreviations = Abbreviations
directory-column-aliases = Other names
directory-finding-missing-cell = Row { $row }: "{ $column }" is empty.
directory-finding-invalid-kind = Row { $row }: kind "{ $value }" is not valid; choose Department / District level / Commune level / Other.
directory-finding-duplicate-name = Row { $row }: unit "{ $value }" appears twice.
directory-finding-unknown-parent = Row { $row }: parent unit "{ $value }" is not in the directory.
directory-finding-missing-column = The header row has no "{ $column }" column.
directory-finding-not-xlsx = The file is not an Excel workbook (.xlsx).

## Working calendar
calendar-working = make-up working day
calendar-off = day off
calendar-added-off = Day off added on { $date }: { $name }
calendar-added-working = Make-up working day added on { $date }: { $name }
calendar-removed = { $date } removed from the added days.

## Database
db-migrated = Database ({ $provider }) is up to date; { $count } migrations applied.
db-in-sync = The database structure matches the schema.
db-drift = The database structure does NOT match the schema. Statements needed to match:

## Errors
error-config = Bad configuration in { $variable }: the value { $problem }.
error-file-not-found = Cannot read the file { $path }.
error-not-a-plan = This file is not a plan: send the plan as text (.txt), Word (.docx), Excel (.xlsx) or PDF.
error-empty-file = The file is empty.
error-unreadable-docx = This Word file cannot be read; save it again as .docx and resend it.
error-unreadable-odt = This OpenDocument file (.odt) cannot be read; save it again as .odt or .docx and resend it.
error-unreadable-doc = This Word 97-2003 file (.doc) cannot be read; open it, save it as .docx and resend it.
error-unreadable-rtf = This RTF file cannot be read; open it, save it as .docx and resend it.
error-unreadable-web-page = This web page (.htm, .mht) cannot be read; open it in Word, save it as .docx and resend it.
error-archive-file = This is an archive (.zip, .rar, .7z) holding no plan file dondoc reads. Extract it and send the plan file itself (Word, PDF or Excel).
error-archive-several-files = This archive holds several files ({ $files }). Extract it and send the plan file itself.
error-office-file = This Office file is neither a Word document nor an .xlsx workbook (a PowerPoint .pptx or an Excel binary .xlsb workbook), which is not read. Open it, save it as .docx (Word) or .xlsx (Excel) and send it again.
error-unreadable-xlsx = This Excel file cannot be read; save it again as .xlsx and resend it.
error-unreadable-xls = This old Excel file (.xls) cannot be read (it is broken, password-protected or from Excel 95); open it, save it as .xlsx and resend it.
error-unreadable-ods = This spreadsheet (.ods) cannot be read; open it, save it as .xlsx and resend it.
error-unknown-province = dondoc has no unit directory for "{ $province }".
error-province-not-detected = Cannot tell which province the plan is for; name it with --province "Province".
error-no-tasks = No task with a deadline or responsible unit was found in this file.
error-no-tasks-dated = No task could be read from this file, though { $count ->
        [one] 1 line gives
       *[other] { $count } lines give
    } a deadline, such as:
    { $lines }{ $more ->
        [0] {""}
       *[other] {"\u000A"}… and { $more } more.
    }
    dondoc may not read this plan's layout yet (a table copied out as plain text often loses its columns). Please send the plan's Word (.docx) or PDF file; if it is still not read, send this file to dondoc's administrator.
error-invalid-date = "{ $value }" is not a valid date; write it YEAR-MONTH-DAY, e.g. 2019-11-25.
error-calendar-day-not-found = { $value } is not among the added days.
error-unknown-unit = No unit named "{ $name }".
error-ambiguous-unit = "{ $name }" exists in several provinces ({ $provinces }); name one with --province.
error-invalid-plan-id = "{ $value }" is not a plan id: an id is a positive whole number (see dondoc plan list).
error-nothing-changed = Nothing was changed.
error-empty-directory = The directory file lists no unit.
error-unexpected = Unexpected error: { $message }

## PDF plan files, and plans in formats dondoc does not read
error-scanned-pdf = This PDF is a scan (pictures only, no text), so the plan cannot be read from it. Send the plan's Word file (.docx), or a PDF exported from Word.
error-encrypted-pdf = This PDF is password-protected and cannot be opened. Send a copy without a password, or the plan's Word file (.docx).
error-unreadable-pdf = This PDF is damaged or incomplete and cannot be read. Export the PDF from Word again, or send the plan's Word file (.docx).
error-pdf-too-large = This PDF is too large (at most { $max } MB). Send the plan's Word file (.docx).
error-pdf-too-many-pages = This PDF has { $pages } pages, more than can be read ({ $max }). Send the plan on its own, or its Word file (.docx).
error-pdf-too-complex = This PDF is too heavy to read (too much text or drawing on a page). Send the plan's Word file (.docx).
error-legacy-office-file = This is an old-format Office file (a PowerPoint or another Office 97-2003 file that is neither a Word document nor an Excel workbook), which is not read. Open it, save it as .docx (Word) or .xlsx (Excel) and send it again.
error-opendocument-file = This OpenDocument file is neither a text document nor a spreadsheet (.odp, .odg…), which is not read. Send the plan as a text document (.odt or .docx) or as a spreadsheet (.ods or .xlsx).
error-image-file = This is a picture (a photo or a scan), so the plan's text cannot be read. Send the plan's Word file (.docx), or a PDF exported from Word.

## Command line
cli-description = dondoc — follow up the deadlines of a province's plans
cli-opt-lang = display language: vi or en
cli-opt-help = show help
cli-opt-json = print the result as JSON
cli-opt-province = province name, e.g. "Thái Nguyên"
cli-opt-unit = unit name, e.g. "Sở Xây dựng"
cli-opt-plan = plan id (see dondoc plan list)
cli-opt-today = count days left from this day (YEAR-MONTH-DAY)
cli-opt-year = only this year
cli-opt-day-name = name of the day off, e.g. "National Day bridge"
cli-opt-working = a make-up working day (a Saturday worked) instead of a day off
cli-arg-plan-file = plan file (.txt, .docx, .pdf, .xlsx)
cli-arg-xlsx-out = .xlsx file to write
cli-arg-xlsx-in = edited .xlsx file
cli-arg-date = date, YEAR-MONTH-DAY
cli-plan = read and import plans
cli-plan-parse = read a plan and print its tasks without touching the database
cli-plan-import = import a plan; importing the same plan again updates it and prints the changes
cli-plan-list = list imported plans
cli-tasks = print a unit's task table
cli-units = the province's unit directory
cli-units-list = list units
cli-units-export = export the directory to an Excel file for editing
cli-units-import = import an edited directory from an Excel file
cli-calendar = days off and make-up working days
cli-calendar-list = list days off and make-up working days
cli-calendar-add = add a day off (or a make-up working day with --working)
cli-calendar-remove = remove an added day
cli-db = database
cli-db-migrate = bring the database structure up to date
cli-db-check = check that the database structure matches the schema

## Start
start-demo-imported = First run: the demo plan was imported (Thái Nguyên 2019, { $tasks } tasks).
start-unit-line = { $unit }: { $tasks } tasks, { $overdue } overdue
start-hint = See a unit's task table: npm run cli -- tasks --unit "Sở Xây dựng"

## Chat
console-welcome = dondoc — a chat right in your terminal. Type /help for the commands, /quit to leave. Pick an option by typing its number; send a file with /send PATH.
console-hint = You are not linked to a unit. Try: npm start -- --as "Sở Xây dựng" (a focal point) or npm start -- --admin (an admin).
start-welcome = Hello! dondoc follows up the tasks of the province's plan. To get your unit's tasks, ask the Department of Home Affairs for an invitation code and send: /start CODE
start-member = Hello! This chat follows the tasks of { $unit }. Type /tasks to see them, /help for all commands.
start-admin = Hello, admin! Type /help for the commands; /invite UNIT NAME invites a focal point.
joined-unit = This chat is now linked to { $unit }. dondoc will remind you of the unit's deadlines here. Type /tasks to see the tasks.
joined-admin = You are now a dondoc admin. Type /help for the admin commands.
error-join-wrong-code = That invitation code is not right. Check the code (12 characters) or ask the Department of Home Affairs for a new one.
error-join-used-code = That invitation code has already been used. Each code works once; ask the Department of Home Affairs for a new one.
error-join-expired-code = That invitation code has expired. Ask the Department of Home Affairs for a new one.
error-join-revoked-code = That invitation code was revoked. Please contact the Department of Home Affairs.
error-join-locked = Too many wrong codes. Please try again in { $minutes } minutes.
not-a-member = This chat is not linked to a unit, so there are no tasks to show. Ask the Department of Home Affairs for an invitation code and send: /start CODE
admin-only = This command is for the Department of Home Affairs' admins only.
error-internal = Sorry, dondoc ran into a problem while handling this request, so it cannot tell whether the request was carried out. Check (for example with /tasks) before sending it again.
error-unavailable = Sorry, dondoc cannot reach its data right now, so it did not carry out this request; nothing has changed. Please try again in a few minutes.
tasks-none = { $unit } has no task in the plan in force.
tasks-page-heading = Tasks of { $unit }: { $count } tasks, { $overdue } overdue (page { $page }/{ $pages })
choice-previous = ‹ Previous
choice-next = Next ›
help-member = dondoc follows the tasks of { $unit } in this chat. Commands:
help-stranger = To use dondoc, ask the Department of Home Affairs for an invitation code and send /start CODE. Commands:
command-tasks = see the unit's tasks and deadlines
command-help = show help
command-lang = change language (Tiếng Việt / English)
command-leave = stop following the unit's tasks here
command-invite = create an invitation for a focal point (/invite UNIT) or an admin (/invite admin)
command-units = see which units have a focal point and which do not
command-whois = see which unit a chat belongs to
command-remove = remove a unit's focal point
lang-name = English
lang-choose = Choose a language:
lang-set = Switched to English.
choice-leave-confirm = Yes, leave
choice-cancel = Cancel
leave-confirm = This chat will stop receiving the tasks and reminders of { $unit }. Are you sure?
leave-cancelled = Cancelled; the chat stays linked to the unit.
left-unit = This chat is no longer linked to { $unit }. To link it again, ask the Department of Home Affairs for a new invitation.
invite-usage = Usage: /invite UNIT NAME (e.g. /invite Sở Xây dựng) or /invite admin
invite-created = Invitation for { $unit }: { $code } (works once, expires on { $expires }). Give it to the focal point, who sends dondoc: /start { $code }
invite-created-link = Invitation for { $unit }: { $code } (works once, expires on { $expires }). Give the focal point the link { $link } or have them send dondoc: /start { $code }
invite-admin-created = Admin invitation: { $code } (works once, expires on { $expires }). The new admin sends dondoc: /start { $code }
invite-admin-created-link = Admin invitation: { $code } (works once, expires on { $expires }). The new admin opens { $link } or sends dondoc: /start { $code }
units-linked = Units with a focal point ({ $count }):
units-missing = Units without a focal point ({ $count }):
whois-none = Chat { $chat } is not linked to a unit.
whois-unit = Chat { $chat } belongs to { $unit } (linked by { $name } on { $date }).
remove-usage = Usage: /remove UNIT NAME
remove-none = { $unit } has no focal point.
remove-pick = Pick the focal point to remove from { $unit }:
remove-done = A focal point was removed from { $unit }.
remove-gone = That focal point was already removed.
file-not-expected = File "{ $name }" received, but dondoc does not process files sent in chat yet.
unknown-command = dondoc has no /{ $command } command. Type /help for the commands.
fallback-member = dondoc understands commands starting with /. Type /tasks for your tasks, /help for all commands.
fallback-stranger = Hello! To use dondoc, ask the Department of Home Affairs for an invitation code and send: /start CODE. Type /help for help.

## Invitations (command line)
cli-invite = create one-time invitations for the focal points of the units named, of every unit (--all), or for an admin (--admin)
cli-opt-invite-admin = invite an admin instead of a focal point
cli-invitations = invitations created
cli-invitations-list = list the invitations that can still be used
cli-invitations-revoke = revoke an unused invitation
cli-arg-invitation-id = invitation number (see dondoc invitations list)
invitations-none = No invitation can still be used.
invitations-line = [{ $id }] { $target } — expires { $expires } — created by { $by }
invitation-admin = admin
invitation-revoked = Invitation { $id } revoked.
error-invitation-not-active = Invitation { $id } does not exist, was used or was revoked.
error-invite-target-missing = Name one or more units (dondoc invite "Sở Xây dựng" "Sở Tư pháp"), or --all for every unit of the province, or --admin; only one of the three.

## List intake
annotation-column = To fix (dondoc)
annotation-sheet = Findings
annotation-row = Row
annotation-col = Column
annotation-value = Value
annotation-message = Message
section-official = official
section-reserve = reserve
finding-missing-cell = Row { $row }, column "{ $column }": empty; please fill it in.
finding-invalid-name = Row { $row }, column "{ $column }": "{ $value }" is not a valid full name; write family and given names, no digits.
finding-invalid-phone = Row { $row }, column "{ $column }": "{ $value }" is not a valid Vietnamese phone number.
finding-invalid-phone-retired = Row { $row }, column "{ $column }": "{ $value }" is an 11-digit number retired in 2018; the new number is { $suggestion }.
finding-duplicate-phone = Row { $row }, column "{ $column }": { $value } already appears above or in a list sent before; one number per person.
finding-invalid-date = Row { $row }, column "{ $column }": "{ $value }" is not a valid date; write day/month/year, e.g. 25/11/2019.
finding-date-order = Row { $row }, column "{ $column }": returned on { $value }, before the file was received on { $received }.
finding-date-out-of-window = Row { $row }, column "{ $column }": { $value } is outside the period the plan asks for ({ $from } to { $to }).
finding-incomplete-address = Row { $row }, column "{ $column }": the address "{ $value }" needs its commune (ward, town) and district (city).
finding-gender-ambiguous = Row { $row }: mark exactly one of the Male (Nam) or Female (Nữ) columns.
finding-legacy-encoding = Row { $row }, column "{ $column }": typed in the old { $encoding } font encoding; dondoc converted it to Unicode: "{ $converted }".
finding-phone-leading-zero = Row { $row }, column "{ $column }": Excel dropped the leading 0; dondoc reads it as { $phone }. Format this column as Text.
finding-quota-short = { $section } samples: { $valid } valid rows, { $required } required.
finding-quota-over = { $section } samples: { $valid } valid rows, more than the { $allowed } allocated.
code-missing-cell = missing data
code-invalid-name = invalid name
code-invalid-phone = invalid phone
code-duplicate-phone = duplicate phone
code-invalid-date = invalid date
code-date-order = returned before received
code-date-out-of-window = date outside the period
code-incomplete-address = incomplete address
code-gender-ambiguous = unclear gender
code-legacy-encoding = old font encoding (converted)
code-phone-leading-zero = leading 0 missing (added)
code-quota-short = quota not met
code-quota-over = over quota
intake-received = Received the Appendix { $template } list ({ $title }) of { $unit }, file "{ $file }".
intake-counts = • { $total } rows, { $valid } valid (official { $official }, reserve { $reserve }).
intake-quota-met = • { $section } quota: { $valid }/{ $required } — met.
intake-quota-short = • { $section } quota: { $valid }/{ $required } — short.
intake-by-code = • To review: { $list }.
intake-first-errors = First errors to fix:
intake-more = … and { $count } more: see the attached file (column "To fix" and the "Findings" sheet).
intake-complete = The list is complete and valid.
intake-incomplete = The list is not complete yet: fix the errors in the attached file and send the whole file again; the new one replaces this one.
intake-task-done = Task { $ref } is recorded as done.
intake-score = The unit's current score: { $points }/{ $max }.
error-file-too-large = The file is too large: dondoc takes files up to { $max } MB. Remove the sheets you do not need and send it again.
error-file-too-complex = The file is too large or complex to read in the time allowed. Copy the list into a new Excel file (the list only) and send it again.
error-file-busy = dondoc is busy reading many files at once and could not finish this one (nothing is wrong with it). Send it again in a few minutes.
error-not-xlsx = This file is not an .xlsx workbook{ $kind ->
    [xls] {" "}(it is an old .xls file): open it in Excel, Save As → Excel Workbook (.xlsx), and send it again.
    [xlsm] {" "}(it has macros, .xlsm): Save As → Excel Workbook (.xlsx), and send it again.
    [docx] {" "}(it is a Word file): put the list in the Excel template (send /mau to get it) and send it again.
    [pdf] {" "}(it is a PDF): send the list's own .xlsx workbook, or a .csv file.
    [image] {" "}(it is a picture): dondoc does not read lists from photos; send an .xlsx or .csv file.
    [empty] {" "}(the file is empty): send the list's .xlsx workbook.
    [text] {" "}nor a CSV table: its first lines do not split into the same number of columns (3 or more) by comma, semicolon or tab. Send the list as an .xlsx workbook (send /mau for the template), or save it from Excel as CSV.
   *[other] . Send the list as an .xlsx workbook (send /mau for the template) or a .csv file.
}
error-corrupt-file = The file is damaged or was not fully uploaded. Open it in Excel, save it again and resend it.
error-encrypted-file = The file is password-protected, so dondoc cannot read it. Open it, remove the password (File → Info → Protect Workbook or Protect Document → Encrypt with Password, clear it and save) and send it again.
error-too-many-rows = The file has { $rows } rows, over the limit of { $max }. Check it (there may be many formatted empty rows) and send it again.
error-unknown-template = No list template found in the file: there is no header row with columns such as "Họ và tên" and "Số điện thoại". Send /mau for the right template.
error-missing-column = The file lacks the columns: { $columns }. Send /mau for the right template.
error-template-not-asked = The plan does not ask { $unit } for an Appendix { $template } list; the unit must send: Appendix { $expected }. Nothing was saved.
error-no-list-asked = The plan in force asks { $unit } for no list. Nothing was saved.
error-file-other-unit = This file names { $other }, not { $unit }. It may have been sent by mistake; nothing was saved.
error-no-plan = There is no plan yet for the unit's province.
mau-none = The plan in force asks { $unit } for no list.
mau-sent = Appendix { $template } list template: fill in the attached file and send it back to dondoc.
template-window = Organisations and citizens whose results were returned from { $from } to { $to } inclusive.
template-quota = Samples to prepare: official { $official }, reserve { $reserve } (allocated: official { $allocatedOfficial }, reserve { $allocatedReserve }). Write "Dự phòng" in the notes column, or put reserve rows below a "II. Danh sách dự phòng" row.
template-author = Prepared by
template-phone = Phone
score-none = { $unit } has no scored task in the plan in force yet.
score-heading = Score of { $unit }: { $points }/{ $max }
score-line = • { $ref } (due { $due }): { $status } — { $points }/{ $max }
command-mau = get the list templates the unit must send
command-score = see the unit's current score
cli-check = check a list (.xlsx, .csv) without storing it
cli-arg-list-file = the list file
cli-opt-template = template: I, III, IV or V (default: recognised)
cli-opt-check-plan = the plan (file or id) giving the period and the quota
cli-opt-out = save the annotated copy to this file
check-summary = Appendix { $template }: { $total } rows, { $valid } valid (official { $official }, reserve { $reserve }).
check-score = This list would score { $points }/{ $max } if sent today.

## Reminders
digest-heading = ⏰ Reminders for { $date } — { $unit }
digest-late = (Sent late: these reminders were due on { $date } while dondoc was stopped.)
digest-role-lead = Tasks you lead:
digest-role-coordinator = Tasks you coordinate:
digest-footer = Send lists on the template (/mau). When a task is done, press its button below or send /done REF.
choice-done = ✓ { $ref } done
summary-heading = Summary for { $date }: { $tasks } overdue lead tasks in { $units } units:
notice-unreachable = dondoc cannot reach the focal point of { $unit } on { $channel } (they may have blocked the bot). Contact the unit and invite again if needed.
done-usage = Usage: /done TASK_REF, e.g. /done II.2.1
done-marked = Task { $ref } is recorded as done. dondoc stops reminding it.
done-already = Task { $ref } was already recorded as done.
confirm-usage = Usage: /confirm UNIT NAME TASK_REF
undo-usage = Usage: /undo UNIT NAME TASK_REF
confirm-done = Confirmed that { $unit } has done task { $ref }.
undo-reopened = Task { $ref } of { $unit } is no longer recorded as done; dondoc will remind it again.
undo-document-waiting = The document { $file } of { $unit } (task { $ref }) is back among those waiting for confirmation. The unit has sent it, so dondoc does not remind this task; use /confirm or /return once you have read it.
undo-still-finished = The admin's mark is removed, but task { $ref } of { $unit } is still done by the lists the unit sent, so dondoc does not remind it.
undo-nothing = Task { $ref } of { $unit } is not recorded as done; there is nothing to undo.
error-unknown-task = { $unit } has no task "{ $ref }" in the plan in force. Send /tasks to see the refs.
command-done = report a task done (/done REF)
command-confirm = confirm that a unit has done a task
command-undo = take back a task's done mark
cli-remind = plan reminders for a moment and print what is queued
cli-opt-at = the moment, "YEAR-MONTH-DAY HH:MM" (Vietnam time)
cli-opt-dry-run = only print, queue nothing
remind-queued = { $date }: { $count } messages queued.
remind-would-queue = { $date }: { $count } messages would be queued.
remind-skipped-not-working-day = { $date } is a day off: no reminders.
remind-skipped-outside-hours = Outside reminder hours (8:00–20:00): no reminders.
remind-skipped-already-ran = Reminders for { $date } were already planned.
error-invalid-time = "{ $value }" is not a valid time; write "2019-11-25 08:00".
cli-plan-settings = see and change a plan's reminders (scoring: dondoc rules)
cli-opt-remind-before = working days before the deadline to remind, e.g. 7,3,1
cli-opt-remind-every = once overdue, remind again every this many days
plan-settings = Reminders { $before } working days before the deadline, then every { $every } days while overdue.
error-invalid-settings = Invalid value: reminder days are whole numbers 1–60.

## Configuration: the form each variable takes
config-database-url = must start with file: (SQLite, e.g. file:./data/dondoc.db) or postgresql:// (PostgreSQL)
config-province = is a province name, e.g. Thái Nguyên
config-default-lang = is vi or en
config-log-level = is debug, info, warn, error or silent
config-invitation-days = is a number of days from 1 to 90
config-admin-telegram-ids = is Telegram user ids separated by commas
config-telegram-bot-token = looks like 123456:ABC-DEF… (from @BotFather)
config-telegram-api-root = is a URL, e.g. https://api.telegram.org
config-telegram-bot-username = is the bot's name (5–32 letters, digits or _), without @
config-telegram-webhook-url = is an https:// address
config-telegram-webhook-secret = is 16–256 letters, digits, _ or -, and is required with TELEGRAM_WEBHOOK_URL
config-http-port = is a port number from 1 to 65535
cli-unknown-command = dondoc has no command "{ $what }".
cli-unknown-option = This command has no option "{ $what }".
cli-missing-argument = The command lacks its argument <{ $what }>.
cli-missing-option = The option { $what } is required.
cli-option-value-missing = The option { $what } needs a value.
cli-too-many-arguments = The command has too many arguments.

# Admins: plan changes, broadcasts, progress, export, audit log
command-progress = progress, overdue units, score ranking and a chart
command-broadcast = send a message to every unit, a group or named units
command-deadline = move a task's deadline (/deadline REF DATE)
command-assign = assign a unit to a task, change its role or remove it
command-task = add or remove a task of the plan
command-history = see the history of plan changes
command-export = download the consolidated workbook: progress, scores, sample lists
command-audit = see the log of admin actions
list-more = … and { $count } more.
choice-apply = Apply and notify
choice-send = Send
choice-report = Delivery report
deadline-usage = Usage: /deadline TASK_REF DATE, e.g. /deadline II.2.1 20/12/2019; an optional reason goes after ";".
assign-usage = Usage: /assign TASK_REF UNIT_NAME lead|coordinator|none, e.g. /assign II.2.1 Sở Y tế coordinator; an optional reason goes after ";".
task-usage = Usage: /task add REF TITLE | DEADLINE (add a task) or /task remove REF (remove one); an optional reason goes after ";".
plan-preview-heading = Preview of changes to plan { $plan }: { $count } changes.
plan-preview-new = New plan { $plan }: { $count } tasks.
plan-preview-units = { $units } units will be told, each only of the changes that concern it:
plan-preview-chats = ({ $chats } chats)
plan-preview-no-chat = (no focal point yet: will not be told)
plan-preview-confirm = The plan has not changed yet. Press "Apply and notify" to apply, or "Cancel".
plan-applied = Applied { $changes } changes. { $messages } notices to { $units } units are queued; reminders follow the new plan from now on.
plan-cancelled = Cancelled; the plan stays as it was.
notice-plan-changed = Plan { $plan } has changed for { $unit }:
notice-plan-reason = Reason: { $reason }
notice-plan-footer = Send /tasks to see the unit's tasks under the new plan.
history-empty = No plan change has been applied yet.
history-heading = Latest plan changes:
history-entry = { $when } — { $by } — { $count } changes — reason: { $reason }
error-plan-no-change = Nothing differs from the plan in force.
error-revision-decided = This change was already applied or cancelled.
error-invalid-deadline = Cannot read the deadline "{ $text }": write the day as dd/mm/yyyy, e.g. 20/12/2019.
error-plan-unknown-task = The plan has no task "{ $ref }".
error-task-exists = The plan already has a task "{ $ref }": pick another ref.
error-assignment-unchanged = { $unit } already has that role in task { $ref }.
broadcast-message = 📢 From the Department of Home Affairs:
    { $text }
broadcast-preview = This message will go to { $units } units ({ $chats } chats). Text:
broadcast-unreached = { $count } units have no focal point yet and will not receive it: { $list }
broadcast-queued = Broadcast { $id } is queued: { $messages } messages. dondoc will report when it is finished.
broadcast-cancelled = Broadcast cancelled; nothing was sent.
broadcast-none = No broadcast has been sent yet.
broadcast-report = Broadcast { $id } is on its way: delivered { $delivered }, pending { $pending }, failed { $failed }, unreachable { $unreachable }.
broadcast-report-finished = Broadcast { $id } is finished: delivered { $delivered }, failed { $failed }, unreachable { $unreachable }.
error-broadcast-usage = Usage: /broadcast RECIPIENTS, then the text on the next line (or after ":"), e.g. /broadcast cấp huyện: Meeting at 2 pm. Recipients: "all", a group ("các sở, ban, ngành", "cấp huyện", "cấp xã") or unit names separated by commas. Delivery: /broadcast report.
error-broadcast-no-units = No recipient unit found.
error-broadcast-not-sent = There is no sent broadcast { $id }.
error-broadcast-decided = This broadcast was already sent or cancelled.
progress-heading = Progress of plan { $plan } as of { $date } (lead units):
progress-task = • { $ref } (due { $due }): done { $done }, overdue { $overdue }, pending { $pending } — { $title }
progress-overdue = Units with overdue tasks: { $count }
progress-ranking = Score ranking:
progress-chart-title = Task completion by unit group
group-department = Departments
group-district = District people's committees
group-commune = Commune people's committees
group-other = Other units
state-done = Done
state-overdue = Overdue
state-pending = Pending
role-short-lead = L
role-short-coordinator = C
export-ready = The consolidated workbook: a Progress sheet (units × tasks), a Scores sheet, and every unit's sample list by appendix. It holds personal data: pass it only to those responsible.
export-sheet-status = Progress
export-sheet-scores = Scores
export-sheet-list = Appendix { $template }
export-unit = Unit
export-deadline = Last day
export-rank = Rank
export-points = Points
export-max = Max
export-percent = Share
export-stt = No.
export-section = Sample
audit-empty = The log has no admin action yet.
audit-heading = Latest admin actions:
cli-opt-notify = tell each affected unit the changes that concern it
cli-opt-reason = why the plan changes, kept in the history and told to units
cli-plan-history = the history of plan changes: who, when, why, what
plan-notified = { $messages } notices to { $units } units are queued.
cli-export = write the consolidated workbook (.xlsx): progress, scores, every unit's sample list
cli-arg-export-file = the .xlsx file to write
cli-exported = The consolidated workbook is in { $file }.
cli-audit = the log of admin actions (chat and command line)
cli-opt-limit = how many lines at most
export-section-official = Official
export-section-reserve = Reserve

# Zalo and the upload page
command-nop = send the unit's sample list, or a report task's evidence document (/nop REF); on Zalo: get an upload link
command-link = get a code to receive reminders on both Telegram and Zalo
submit-chat = Send the list file (.xlsx or .csv) in this chat; dondoc checks it and answers at once.
submit-console = Send the list file with /send PATH, e.g. /send ./danh-sach.xlsx
submit-no-web = dondoc's server has no upload page switched on. Please tell the Department of Home Affairs.
submit-link = Send { $unit }'s list at: { $url }
    The link works once, for you only, for { $hours } hours. Open it on a phone or computer, pick the .xlsx file and press "Send the list".
zalo-unsupported = dondoc cannot read pictures or stickers on Zalo. To send a list, use the link below.
zalo-file-link = Download { $name } (once, within 24 hours): { $url }
link-created = Link code for { $unit }: { $code } (expires { $expires }). Open dondoc on Zalo or Telegram and send /start { $code } to get reminders in both places.
upload-download-chat = Download the annotated copy (once, within 24 hours): { $url }
page-lang = en
page-link-title = This link cannot be used
page-link-unknown = This link is not valid. Send /nop to dondoc on Zalo for a new one.
page-link-expired = This link has expired (links last 24 hours). Send /nop to dondoc on Zalo for a new one.
page-link-used = This link has been used. Each link works once: send /nop to dondoc on Zalo for a new one.
page-upload-title = Send the sample list
page-upload-intro = The list of { $unit }. Pick the Excel (.xlsx) or .csv file laid out as the appendix, then press "Send the list".
page-upload-label = List file
page-upload-button = Send the list
page-upload-note = Personal data in the list is seen only by the unit and the Department of Home Affairs.
page-result-title = Check result
page-download = Download the annotated copy
page-result-chat = This result was also sent to your Zalo chat.
error-upload-no-file = No file was picked. Pick the .xlsx file, then press "Send the list".
config-zalo-bot-token = looks like 1234567890:AbC… (from Zalo Bot Creator)
config-zalo-api-root = is a URL, e.g. https://bot-api.zaloplatforms.com
config-zalo-webhook-url = is an https:// address
config-zalo-webhook-secret = is 8–256 letters, digits, _ or -, required with ZALO_WEBHOOK_URL
config-admin-zalo-ids = are Zalo user ids, separated by commas
config-public-url = is the address users reach dondoc's server at, e.g. https://dondoc.snv.example.vn

## Reading Word, Excel and text plans: limits
error-plan-too-large = The plan file is too large to read (20 MB at most, unpacked content included). Remove pictures and appendices that are not needed and send it again.
error-plan-too-complex = The plan file has too many paragraphs, rows, columns or nested tables to read. Send the plan and its task table only.
error-plan-busy = dondoc is busy reading many files at once and could not finish this plan (nothing is wrong with the file). Send it again in a few minutes.

# Running as a service: several instances, faults, backups, purging old data
error-reply-failed = dondoc handled your request but could not send its answer. Send the command again to see the result (for example /tasks).
error-plan-changed-since = The plan was changed after this change was previewed ({ $when }, by { $by }), so dondoc did not apply it: applying it would undo that change. Here is a fresh preview against the plan in force.
cli-db-backup = back the SQLite database up into a file (PostgreSQL: use pg_dump)
db-backup-done = The database was backed up into { $file } ({ $size }).
db-backup-postgres = The database is PostgreSQL: back it up with pg_dump, for example: pg_dump --format=custom --file={ $file } "$DATABASE_URL"
db-backup-exists = { $file } exists already; choose another name so that no earlier backup is overwritten.
cli-purge = delete the personal data of plans that ended longer ago than the retention period
cli-purge-days = days kept after a plan's last deadline (default PURGE_AFTER_DAYS)
cli-purge-dry-run = only say what would be deleted
purge-none = No plan ended more than { $days } days ago: nothing deleted.
purge-plan = Plan { $plan } (ended { $ended }): { $rows } list rows, { $lists } lists, { $documents } evidence documents.
purge-links = Upload and download links and stored files created before { $before }: { $links }.
purge-done = The personal data above was deleted.
purge-dry-run = Dry run: nothing deleted.
config-quiet-hours = is two hours HH-HH (for example 21-07) or off
config-purge-after-days = is a number of days from 30 to 3650

## prose
plan-warning-duplicate-ref = Number { $ref } is written twice in the plan; the later task is numbered { $renamed }. Check the numbering.
## units
plan-warning-unit-succeeded = Task { $ref }: "{ $name }" no longer exists since the 2025 reorganisation; assigned to its successor "{ $successor }".
directory-column-validFrom = In force from
directory-column-validUntil = In force until
directory-column-successor = Successor
directory-finding-unknown-successor = Row { $row }: successor "{ $value }" is not in the directory.
directory-finding-invalid-date = Row { $row }: "{ $value }" in "{ $column }" is not a date (write dd/mm/yyyy).
cli-units-alias = save another name of a unit: later plans, lists and commands understand it
cli-arg-unit = the unit's name in the directory
cli-arg-alias = the other name
units-alias-saved = Saved: "{ $alias }" is another name of { $unit }.
error-alias-empty = The other name is empty.
error-alias-taken = "{ $alias }" is already a name of { $unit }.
## import
import-summary = Plan { $plan } ({ $province } province): { $tasks } tasks (headings not counted), { $deadline } with a deadline ({ $inherited } taking their section's), { $lead } with a lead unit; sample quotas for { $quotas } units.
import-foreign = ⚠ This plan is of { $province } province, not { $serving }. Only units of { $province } that have focal points will be told, and importing it needs its own confirmation.
import-all-resolved = No unit name is left to ask about.
import-unresolved = { $count } unit names not understood:
import-unplaced = { $count ->
    [one] 1 line gives a deadline but no task was read from it.
   *[other] { $count } lines give a deadline but no task was read from them.
} Please check them in the document; add any that is a task after the import with /task add REF TITLE | DEADLINE:
import-unplaced-more = … and { $count } more.
import-ref-quota = quota table
import-question = Which unit is "{ $name }" ({ $refs })? Pick the right unit, create a new unit, or ignore this name (kept as written, linked to no unit).
import-question-none = No unit of the directory has a similar name.
import-kind-question = What kind of unit is the new "{ $name }"?
import-answer-alias = Noted: "{ $name }" is { $unit }; later plans will understand this name.
import-answer-create = A new unit "{ $name }" ({ $kind }) will be created when the plan is imported.
import-answer-ignore = "{ $name }" ignored.
choice-import-create = Create a new unit
choice-import-ignore = Ignore this name
choice-import-cancel = Cancel the import
choice-apply-foreign = Import the plan of { $province }
error-import-name-answered = This name was already answered, or this import is over.
error-import-names-pending = { $count } unit names are still to answer: answer each one before importing.
error-plan-foreign-unconfirmed = This plan is of { $province } province: press "Import the plan of { $province }" to confirm.
error-import-unresolved = Not imported: { $count } unit names were not understood ({ $names }). For each, add --alias "NAME=UNIT"; or add --accept-unresolved to import with those names linked to no unit.
error-import-foreign = Not imported: this plan is of { $province } province, not { $serving } (PROVINCE). To import it all the same, add --province "{ $province }".
error-invalid-alias = --alias takes "NAME=UNIT", e.g. --alias "Sở TT-TT=Sở Thông tin và Truyền thông"; got: { $value }
error-alias-unit-unknown = { $province } province has no unit "{ $unit }".
cli-opt-accept-unresolved = import even with unit names not understood (those names are linked to no unit)
cli-opt-alias = "NAME=UNIT": the plan's name is another name of this unit (kept for later plans; repeatable)
import-kept = { $count } names kept as written, linked to no unit (ignored, or naming nobody in particular):
## state
tstate-nothing-lists = { $lists } not sent
tstate-nothing-document = report and documents not sent
tstate-nothing-none = not reported done
tstate-started = received { $received }; still missing: { $missing }
tstate-incomplete = sent but not complete: { $why }
tstate-complete-on-time = done, on time (complete on { $date })
tstate-complete-late = done but late (complete on { $date })
tstate-corrected = ; corrected on { $date }
tstate-corrected-keep-on-time = ; the correction of { $date } does not lower the on-time score
tstate-corrected-score-correction = ; the correction of { $date } is scored as a late submission
tstate-declared = the unit reported it sent on { $date }, waiting for the Department's confirmation
tstate-confirmed-lists = confirmed done by the Department (on { $date })
tstate-confirmed-document = confirmed done by the Department (reported sent on { $date })
tstate-confirmed-none = done (on { $date })
tstate-not-applicable = not applicable: the unit's sample quota is 0, it prepares no { $lists }
tstate-not-scored = not scored
tstate-missing-lists = { $lists }
tstate-why-quota-official = Phụ lục { $template } has { $have }/{ $need } valid official samples
tstate-why-quota-reserve = Phụ lục { $template } has { $have }/{ $need } valid reserve samples
tstate-why-errors = Phụ lục { $template } has { $have } rows in error (at most { $need } allowed)
tstate-why-empty = Phụ lục { $template } has no rows
tstate-stake = → Complete by the end of { $date }: { $points } points; after that day at most { $late }.
tstate-stake-late = → Complete now: { $points } points.
tstate-short-not-due = Not due
tstate-short-started = In progress
tstate-short-incomplete = Incomplete
tstate-short-complete-on-time = Done on time
tstate-short-complete-late = Done late
tstate-short-overdue = Overdue
tstate-short-declared = Awaiting confirmation
tstate-short-confirmed = Confirmed
tstate-short-not-applicable = Not applicable
score-projected = If every task were due today: { $points }/{ $max }
progress-nothing-due = Nothing due yet
done-needs-lists = Task { $ref } is done when the Department has all its lists; still missing: { $missing }. Send the list files in this chat; dondoc records the task once they are complete.
intake-incomplete-quota = The list does not meet the sample quota yet: add people and send the whole file again; the new one replaces this one.
intake-incomplete-errors-and-quota = The list is not complete yet: fix the errors in the attached file and add people to meet the sample quota, then send the whole file again; the new one replaces this one.
intake-incomplete-empty = The file has no list rows: fill in the list and send it again.
intake-task-state = Task { $ref }: { $state }.
cli-opt-check-today = score the list as if received on this day (YEAR-MONTH-DAY) instead of today
progress-rank = { $rank }. { $unit } — { $points }/{ $max }
progress-rank-nothing-due = { $rank }. { $unit } — nothing due yet
## hostile
finding-value-too-long = Row { $row }, column "{ $column }": the value is { $length } characters long, too long for one cell (it begins "{ $value }"); please check this cell.
code-value-too-long = value too long
error-message-too-long = The message is too long: dondoc reads messages of up to { $max } characters. Please send a shorter one.
reply-cut = (The answer was too long and has been shortened; the full detail is in the checked file or on dondoc's web page.)
intake-queued = List received. Several lists are being checked at once: yours is number { $place } in the queue, and dondoc will answer as soon as it is checked.
error-intake-chat-rate = This chat has sent { $max } lists within a minute, the most one chat may send. This list was not checked and nothing was saved: send it again in { $seconds } seconds.
error-intake-unit-rate = The unit has sent { $max } lists within a minute, the most one unit may send. This list was not checked and nothing was saved: send it again in { $seconds } seconds.
error-intake-unit-busy = dondoc is checking { $max } lists of the unit, the most one unit may have checked at once. This list was not checked and nothing was saved: send it again once the earlier lists are answered (usually within a minute).
config-list-workers = is how many lists are checked at once, from 1 to 64
page-link-revoked = This link no longer works: the person it was made for is no longer the unit's focal point. The current focal point can send /nop to dondoc on Zalo for a new link.
error-link-private-only = Only the unit's focal point can make a link code, and only in a private chat with dondoc (not in a group).
error-link-rate-limited = You have made { $max } link codes in the last 24 hours. Use the ones you have or try again tomorrow.
error-invalid-days = "{ $value }" is not a number of days: write a whole number from 0 up, e.g. 365.

## cli
error-invalid-year = "{ $value }" is not a valid year: write 4 digits from 2000 to 2100, e.g. 2019.
error-invalid-invitation-id = "{ $value }" is not an invitation id: an id is a positive whole number (see dondoc invitations list).
error-invalid-limit = "{ $value }" is not a valid number of lines: write a whole number from 1 to 10000.
error-unknown-lang = dondoc has no language "{ $value }"; choose one of: { $known }.
error-invalid-template = There is no template "{ $value }"; the list templates are: { $known }.
error-province-not-known = dondoc has no unit directory for the province "{ $province }". Provinces it has: { $known }. For another province, import its directory with dondoc units import --province "Name" FILE.xlsx.
error-folder-not-found = Cannot write { $file }: the folder { $folder } does not exist. Create it or choose another place.
error-path-is-folder = Cannot write { $file }: it is a folder; give a file name, e.g. { $file }/summary.xlsx.
error-file-not-writable = Cannot write { $file }: no permission to write there. Choose another place.
cli-error-unknown-template = No list template found in the file: there is no header row with columns such as "Họ và tên" and "Số điện thoại". Use the plan's Appendix I, III, IV or V template, or name the template with --template.
cli-error-missing-column = The file lacks the columns: { $columns }. Use the plan's list template, or name the template with --template.
cli-help-usage = Usage:
cli-help-options = Options:
cli-help-commands = Commands:
cli-help-arguments = Arguments:
cli-help-options-word = [options]
cli-help-command-word = [command]
cli-opt-province-default = province name (default: the PROVINCE variable)
cli-arg-backup-file = backup file to write (must not exist yet)
check-skipped-plan = Not checked whether dates fall in the plan's period and the deadline: give --unit "Unit name" (once the plan is imported) or --plan FILE.
check-skipped-quota = Not compared with the unit's sample quota: give --unit "Unit name"; the score below leaves the quota out.
cli-checking = Checking { $file }… { $seconds } s
cli-arg-invite-units = unit names, e.g. "Sở Xây dựng" "Sở Tư pháp"
cli-opt-invite-all = invite every unit of the province (one code each)
cli-opt-invite-out = write the invitation codes to this .xlsx file
invitations-written = Wrote { $count } invitation codes to { $file }.
invitation-sheet-name = Invitations
invitation-column-unit = Unit
invitation-column-province = Province
invitation-column-code = Code
invitation-column-expires = Expires
invitation-column-link = Link
start-usage =
    Usage: npm start -- [options]
    Without TELEGRAM_BOT_TOKEN or ZALO_BOT_TOKEN: chat with dondoc right in this terminal.
    Options:
      --as "Unit name"    join as the focal point of a unit, e.g. --as "Sở Xây dựng"
      --admin             join as an admin
      --today DATE        take DATE (YEAR-MONTH-DAY) as today, e.g. --today 2019-11-25
      --lang vi|en        language of the start-up lines
      -h, --help          show this help
error-start-unknown-option = npm start has no option "{ $what }".
error-start-option-value-missing = The option { $what } needs a value.
error-start-unexpected-word = "{ $what }" is not understood: a unit name goes after --as, e.g. --as "Sở Xây dựng".
error-compressed-too-much = This file is compressed abnormally: unpacked it would take { $inflated } MB, which no list of people needs. It is not an ordinary list; open it in Excel, save it again and resend it.
console-send-usage = Type /send and the path of a file, e.g. /send ./danh-sach.xlsx
console-send-missing = There is no file { $path }. Check the path (e.g. /send ./danh-sach.xlsx).
console-send-not-file = { $path } is a folder, not a file. Give the path of an .xlsx or .csv list.
console-checking = Reading the file… dondoc answers as soon as it is done.
## hygiene
help-admin = You are a dondoc admin: invite focal points, watch progress, change the plan. Commands:
fallback-admin = dondoc understands commands starting with /. Type /units for the units, /progress for progress, /help for all commands.
choice-expired = That choice is no longer open (it was answered, or dondoc restarted). Send the command again for new choices; type /help for the commands.
admin-no-unit = This command is for a unit's focal point; this admin chat is not linked to any unit. Type /help for the admin commands.
units-valid-from = in force from { $date }
units-valid-until = in force until { $date }
units-successor = succeeded by { $name }
mau-not-in-plan = The plan asks { $unit } for lists on appendix { $appendices } (task { $refs }), but it does not carry those appendices' list templates, so dondoc has none to send. Ask the Department for the template; once sent, report it with /done { $refs } for the Department to confirm.
tstate-moved-weekend = { $due } is a { $day }: the deadline moves { $back ->
    [yes] back to
   *[no] to
} { $toDay } { $to }
tstate-moved-day-off = { $due } is a day off: the deadline moves { $back ->
    [yes] back to
   *[no] to
} { $toDay } { $to }
tstate-moved-holiday = { $due } is a day off ({ $holiday }): the deadline moves { $back ->
    [yes] back to
   *[no] to
} { $toDay } { $to }
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday

# Scoring rule sets (rules-service.ts, rules-sheet.ts, /rules)
command-rules = see the scoring rules in force
rules-source-default = dondoc's own follow-up score (default), not the province's PAR index: the province has not loaded its scoring rules.
rules-source = Under: { $name } (in force from { $date })
rules-figures = How it is scored: a task asking for lists earns { $points } points, a report or document { $document } points, when complete and on time; complete but late { $late }; on time but incomplete { $incomplete }; late and incomplete { $both }; overdue with nothing sent { $missing }. { $correction } A list is complete with at most { $tolerance }% rows in error. Tasks not yet due are not counted.
rules-late-flat = { $points }
rules-late-tier = up to { $days } working days { $points }
rules-late-beyond = later still { $points }
rules-correction-says-keep-on-time = A correction after the deadline does not lower a score earned on time.
rules-correction-says-score-correction = A correction after the deadline is scored again as a late submission.
rules-admin-hint = Admins: /rules export for the rules workbook; fill it in from the province's new decision and load it with dondoc rules import.
rules-exported-chat = The scoring rules in force. Change the "Value" column as the province's decision says and load it with dondoc rules import.
rules-default-name = dondoc's own follow-up score (default)
rules-sheet-name = Scoring rules
rules-sheet-explanation = Fill in from the province's scoring decision: change the "Value" column (shares in percent, 75 is 75%; days dd/mm/yyyy). One row per lateness tier, its working days in the "Working days late" column. Change the decision's name and date for a new set.
rules-column-item = Item
rules-column-days = Working days late
rules-column-value = Value
rules-column-note = Note
rules-item-name = Decision
rules-item-effectiveFrom = In force from
rules-item-pointsLists = Points of a task asking for lists
rules-item-pointsDocument = Points of a task asking for a report or document
rules-item-lateTier = Complete but late, up to working days (%)
rules-item-lateBeyond = Complete but later than every tier (%)
rules-item-incomplete = On time but incomplete (%)
rules-item-lateIncomplete = Late and incomplete (%)
rules-item-missing = Overdue with nothing sent (%)
rules-item-correction = Correction after the deadline
rules-item-errorTolerance = Most rows in error a complete list may have (%)
rules-note-name = Number, date and title of the decision, e.g. "Decision 1234/QĐ-UBND of 05/01/2026 …"
rules-note-effectiveFrom = Day the set takes effect (dd/mm/yyyy)
rules-note-pointsLists = Most points of a task asking for sample lists
rules-note-pointsDocument = Most points of a task asking for a report or evidence
rules-note-lateTier = Share earned when complete no more than column B's working days late
rules-note-lateBeyond = Share earned when complete later than every tier
rules-note-incomplete = Share earned when sent on time but incomplete
rules-note-lateIncomplete = Must be below both "incomplete" and every lateness tier
rules-note-missing = Usually 0
rules-note-correction = "keep the on-time score" or "score the correction"
rules-note-errorTolerance = A list with no more rows in error than this is complete
rules-correction-keep-on-time = keep the on-time score
rules-correction-score-correction = score the correction
rules-finding-not-xlsx = Sheet "{ $sheet }": the file is not an Excel workbook (.xlsx).
rules-finding-missing-item = Sheet "{ $sheet }": the row "{ $value }" is missing.
rules-finding-unknown-item = Sheet "{ $sheet }", cell { $cell }: "{ $value }" is not an item of the rules sheet.
rules-finding-invalid-text = Sheet "{ $sheet }", cell { $cell }: the decision's name is needed, at most 500 characters.
rules-finding-invalid-date = Sheet "{ $sheet }", cell { $cell }: "{ $value }" is not a day (write dd/mm/yyyy).
rules-finding-invalid-points = Sheet "{ $sheet }", cell { $cell }: "{ $value }" is not a number of points (above 0, at most 1000).
rules-finding-invalid-share = Sheet "{ $sheet }", cell { $cell }: "{ $value }" is not a percentage from 0 to 100.
rules-finding-invalid-days = Sheet "{ $sheet }", cell { $cell }: "{ $value }" is not a number of working days (a whole number from 1).
rules-finding-invalid-correction = Sheet "{ $sheet }", cell { $cell }: "{ $value }" is not valid; write "keep the on-time score" or "score the correction".
rules-finding-tiers-order = Sheet "{ $sheet }", cell { $cell }: lateness tiers must have growing days and shares that do not grow.
rules-finding-late-incomplete-not-below = Sheet "{ $sheet }", cell { $cell }: "late and incomplete" ({ $value }%) must be below both "incomplete" and every lateness tier.
rules-finding-missing-above = Sheet "{ $sheet }", cell { $cell }: "overdue with nothing sent" may not be above "late and incomplete".
error-invalid-rules = The rules sheet has { $count ->
        [one] { $count } wrong cell
       *[other] { $count } wrong cells
    }; nothing was stored:
    { $findings }
error-scoring-in-rules = Scoring is no longer set per plan but by the province's rules: dondoc rules export FILE.xlsx, fill it in from the province's decision, then dondoc rules import FILE.xlsx.
cli-opt-scoring-moved = (moved to dondoc rules import)
cli-rules = the province's scoring rules, decision by decision
cli-rules-list = the rule sets loaded and the one in force
cli-rules-export = write the rules in force to an Excel file to fill in
cli-rules-import = load a rule set from an Excel file (in force from the day it gives)
cli-opt-rules-dry-run = only check the file, store nothing
rules-list-empty = { $province } has loaded no scoring rules.
rules-list-line = From { $date }: { $name } (loaded by { $by } at { $when })
rules-list-in-force = In force today: { $source }
rules-exported = Wrote the scoring rules to { $file }.
rules-imported = Loaded the scoring rules of { $province }: { $name }, in force from { $date }.
rules-import-dry-run = The file is valid (nothing stored): { $name }, in force from { $date }.
rules-preview = The scoring rules of { $province } as read (nothing stored yet):
choice-rules-apply = Apply these rules
rules-already-decided = This rules sheet was applied or cancelled already.
rules-cancelled = Cancelled; the rules sheet was not stored.
rules-applied-chat = Loaded the scoring rules of { $province }. In force today:
rules-finding-not-rules = Sheet "{ $sheet }": none of the items of a rules sheet (get one with dondoc rules export).
# Evidence documents of report tasks
command-evidence = see the evidence documents units sent, waiting for confirmation
command-return = return a unit's evidence document, with the reason
evidence-ask-telegram = Send the report or evidence document of task { $ref } to this chat within { $minutes } minutes (PDF, Word, Excel or an image, up to 10 MB). The Department will review and confirm it.
evidence-ask-console = Send the report or evidence document of task { $ref } with /send PATH within { $minutes } minutes, e.g. /send ./bao-cao.pdf
evidence-link = Send { $unit }'s report or evidence document for task { $ref } at: { $url }
    The link works once, for you only, for { $hours } hours. PDF, Word, Excel or an image, up to 10 MB.
evidence-received = Received { $file } for task { $ref }.
    Task { $ref }: { $state }.
error-evidence-too-large = File too large: dondoc takes evidence documents up to { $max } MB. Compress the images or save a smaller PDF, then send it again.
error-evidence-empty = The file is empty: nothing to keep. Send the document again.
error-evidence-kind = dondoc takes evidence documents as PDF, Word (.docx, .doc), Excel (.xlsx, .xls) or images (.png, .jpg); this file's content is none of these (dondoc looks at the content, not the name). Save it as PDF and send it again. Nothing was changed.
error-evidence-not-document = Task { $ref } takes no evidence document. Type /tasks to see what it needs.
error-evidence-none = { $unit } has sent no document for task { $ref }.
error-evidence-already-returned = { $unit }'s document for task { $ref } was already returned; the unit has to send a new one.
error-evidence-unknown = There is no document number { $id }. Type /evidence for the list.
error-evidence-purged = Document number { $id } was erased under the data retention period.
done-needs-document = Task { $ref } is done once the Department has the report and its evidence. Send the evidence: /nop { $ref }, then the file.
evidence-none-waiting = No evidence document is waiting for confirmation.
evidence-heading = Evidence documents waiting for confirmation ({ $count }):
evidence-line = { $n }. { $unit } — { $ref } — { $file } (sent { $at })
evidence-more = … and { $more } more: /evidence UNIT_NAME lists one unit's.
evidence-how = Pick a number to get the file. Confirm: /confirm UNIT_NAME REF; return: /return UNIT_NAME REF REASON.
evidence-file = { $unit }'s document for task { $ref }: { $file }
return-usage = Usage: /return UNIT_NAME TASK_REF REASON, e.g. /return Sở Xây dựng II.2.2 not signed
return-done = Returned { $unit }'s document { $file } (task { $ref }), reason: { $reason }. dondoc told the unit to send a new one.
evidence-confirmed-notice = The Department confirmed the document { $file } of task { $ref }: the task is done.
evidence-returned-notice = The Department returned the document { $file } of task { $ref }, reason: { $reason }.
    Send a new one: /nop { $ref }, then the file.
tstate-evidence-sent = sent { $file } on { $date }, waiting for the Department's confirmation
tstate-evidence-confirmed = the Department confirmed { $file } (sent on { $date })
tstate-evidence-returned = { $file } (sent on { $date }) was returned: { $reason }; a new document is needed
export-evidence = document { $file }{ $status ->
    [returned] {" "}(returned)
   *[other] {""}
}
page-evidence-intro = Send { $unit }'s report or evidence document for task { $ref }: PDF, Word, Excel or an image, up to 10 MB.
cli-evidence = evidence documents units sent for report tasks
cli-evidence-list = list the documents of the plan in force waiting for confirmation
cli-evidence-get = write one document to a file
cli-arg-evidence-id = the document's number (see dondoc evidence list)
cli-opt-evidence-out = file to write
cli-evidence-written = Wrote { $name } ({ $unit }, task { $ref }) to { $file }.
error-invalid-evidence-id = Document number "{ $value }" is not valid: it is a positive whole number (see dondoc evidence list).
page-evidence-button = Send the document
## Day-off rule, deadline previews, quotas lifted, staff counts
day-off-rule-next = a deadline on a day off moves to the next working day
day-off-rule-civil-code = a deadline on a day off ends at the end of the working day after it (Civil Code 2015, art. 148(5))
day-off-rule-previous = a deadline on a day off moves back to the previous working day
calendar-rule-shown = Day-off rule of { $province }: { $rule }.
calendar-rule-set = Day-off rule of { $province } set: { $rule }. { $moved } tasks changed their due day.
cli-calendar-rule = show or set what a deadline on a day off becomes: next (next working day), civil-code (Civil Code), previous (previous working day)
cli-arg-day-off-rule = next, civil-code or previous; leave out to show the rule in use
error-invalid-day-off-rule = There is no day-off rule "{ $value }"; choose one of: { $known }.
deadline-preview = Deadline "{ $text }": written day { $due } ({ $dueDay }), really due { $to } ({ $toDay }).
deadline-preview-why = Why: { $why }.
deadline-preview-before-plan = Note: { $due } is before the plan's own date ({ $plan }); check it was not mistyped.
error-deadline-day-not-in-month = There is no { $written }: { $month }/{ $year } has only { $days } days.
error-deadline-no-such-month = There is no { $written }: months run from 1 to 12, there is no month { $month }.
error-deadline-backward-span = "{ $written }" runs backward (its first part comes after its last): write the span as the plan means it, e.g. tháng 7-8/2025.
error-task-is-heading = { $ref } is a heading grouping tasks, not a task, so it has no deadline of its own; set the deadline of each task under it, whose refs begin with { $ref }.
tstate-why-staff-unknown = staff count not known: type /bienche N (N the unit's number of staff) so that Phụ lục { $template } has a known number of rows
tstate-why-staff-short = Phụ lục { $template } has { $have }/{ $need } valid staff rows
staff-usage = Usage: /staff N, N the unit's number of staff (Phụ lục I lists each of them), e.g. /staff 45.
staff-usage-admin = Usage: /staff UNIT_NAME N, e.g. /staff Sở Xây dựng 45.
staff-set = Staff count of { $unit } recorded: { $count } people. Phụ lục I is complete with { $count } valid rows.
command-staff = tell the unit's number of staff (the rows Phụ lục I must have)
cli-units-staff = set a unit's number of staff (the rows Phụ lục I must have)
cli-arg-staff-count = the number of staff, 1 to 100000
error-invalid-staff-count = "{ $value }" is not a valid staff count: write a whole number from 1 to 100000.
notice-quota-set = Sở Nội vụ has given { $unit } a sample quota: { $official } official samples, { $reserve } reserve. The unit is now asked for Phụ lục III; type /mau for the template.
quota-set = Phụ lục III quota of { $unit } set: { $official } official samples, { $reserve } reserve. { $told } of the unit's chats told.
quota-usage = Usage: /quota UNIT_NAME III COUNT [reserve COUNT], e.g. /quota Sở Y tế III 20 reserve 10.
command-quota = give a unit a Phụ lục III sample quota (when the reserve runs out)
cli-quota = the units' sample quotas
cli-quota-set = set the Phụ lục III samples a unit must prepare, and tell the unit
cli-opt-official = official samples
cli-opt-reserve = reserve samples
error-invalid-sample-count = "{ $value }" is not a valid number of samples: write a whole number from 0 to 100000.
