// node-cron drives the reminder planner every minute (Asia/Ho_Chi_Minh); the planner
// itself decides whether a run is due, so a minute missed, a restart or a slow start
// changes nothing: the day's run happens once, late runs catch up. The same tick tells
// admins when a broadcast of theirs has finished, and forgets expired one-time links and
// updates handled long ago.
import cron from "node-cron";
import { TIME_ZONE } from "../domain/dates.ts";
import type { Logger } from "../logger.ts";
import type { Access } from "../services/membership-service.ts";
import { reportFinishedBroadcasts } from "../services/broadcast-service.ts";
import { forgetExpiredLinks } from "../services/file-link-service.ts";
import { forgetOldUpdates } from "../services/inbox.ts";
import { planReminders } from "../services/reminder-service.ts";
import type { PrismaClient } from "../store/database.ts";

export function startScheduler(db: PrismaClient, access: Access, now: () => Date, log: Logger): { stop(): void } {
  let busy = false;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      const result = await planReminders(db, access, now());
      if (result.ran) log.info({ day: result.day, queued: result.queued }, "reminders planned");
      const reported = await reportFinishedBroadcasts(db, now());
      if (reported) log.info({ reported }, "broadcast reports queued");
      await forgetExpiredLinks(db, now());
      await forgetOldUpdates(db, new Date());
    } catch (error) {
      log.error({ err: error }, "reminder planning failed");
    } finally {
      busy = false;
    }
  };
  void tick();
  const task = cron.schedule("* * * * *", tick, { timezone: TIME_ZONE });
  return { stop: () => void task.stop() };
}
