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
task-status-no-deadline = no deadline
tasks-heading = Tasks of { $unit } ({ $count })

## Plans
plan-heading = Plan no. { $number } of { $date } — { $issuer }
plan-summary = { $tasks } tasks; sample quotas for { $quotas } units
plan-warnings = To review ({ $count }):
plan-imported = Plan imported (id { $id }): { $tasks } tasks, sample quotas for { $quotas } units.
plan-updated = Plan updated (id { $id }): { $tasks } tasks, sample quotas for { $quotas } units.
plan-changes = Changes since the last import ({ $count }):
plan-unchanged = Nothing changed since the last import.
plan-list-empty = No plan yet. Import one with: dondoc plan import FILE
plan-list-line = [{ $id }] { $province } — Plan no. { $number } of { $date } — { $tasks } tasks
plan-warning-unresolved-unit = Task { $ref }: "{ $name }" matches no unit of the directory; kept as written for an admin to resolve.
plan-warning-deadline-without-date = Task { $ref }: the deadline "{ $text }" gives no date.
plan-warning-invalid-deadline = Task { $ref }: the deadline "{ $text }" names a day that does not exist.
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
error-config = Bad configuration in { $variable }: { $problem }
error-file-not-found = Cannot read the file { $path }.
error-not-a-plan = This file is not a plan: send the plan as text (.txt), Word (.docx) or Excel (.xlsx).
error-empty-file = The file is empty.
error-unreadable-docx = This Word file cannot be read; save it again as .docx and resend it.
error-unreadable-xlsx = This Excel file cannot be read; save it again as .xlsx and resend it.
error-unknown-province = dondoc has no unit directory for "{ $province }".
error-province-not-detected = Cannot tell which province the plan is for; name it with --province "Province".
error-no-tasks = No task with a deadline or responsible unit was found in this file.
error-invalid-date = "{ $value }" is not a valid date; write it YEAR-MONTH-DAY, e.g. 2019-11-25.
error-calendar-day-not-found = { $value } is not among the added days.
error-unknown-unit = No unit named "{ $name }".
error-ambiguous-unit = "{ $name }" exists in several provinces ({ $provinces }); name one with --province.
error-invalid-plan-id = "{ $value }" is not a plan id.
error-nothing-changed = Nothing was changed.
error-empty-directory = The directory file lists no unit.
error-unexpected = Unexpected error: { $message }

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
cli-arg-plan-file = plan file (.txt, .docx, .xlsx)
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
error-internal = Sorry, dondoc ran into a problem with this request. Nothing of yours was changed; please try again in a few minutes.
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
cli-invite = create a one-time invitation for a unit's focal point (or an admin with --admin)
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
error-invite-target-missing = Name a unit (dondoc invite "Sở Xây dựng") or use --admin.
