// Real `npm start` instances on a fresh database, sending through a local Bot API server
// that enforces Telegram's limits (30 messages a second, 1 a second per chat): the
// delivery tests and the delivery bench run their scenarios in it.
import type { PrismaClient } from "../../src/store/database.ts";
import { freshDatabase, type EngineName } from "./databases.ts";
import { startInstance, type Instance } from "./instances.ts";
import { FakeTelegram } from "./telegram-api.ts";

export interface DeliveryScenario {
  db: PrismaClient;
  telegram: FakeTelegram;
  /** Starts one more instance and waits until it answers /healthz. */
  start(): Promise<Instance>;
}

/** Runs `run`, then kills every instance it started and drops the database, whatever happened. */
export async function deliveryScenario(
  engine: EngineName,
  run: (scenario: DeliveryScenario) => Promise<void>,
  env: Record<string, string> = {},
): Promise<void> {
  const telegram = new FakeTelegram();
  telegram.limits = { perSecond: 30, perChatMs: 1000 };
  await telegram.start();
  const db = await freshDatabase(engine);
  const instances: Instance[] = [];
  const instanceEnv = {
    DATABASE_URL: db.url,
    TELEGRAM_BOT_TOKEN: telegram.token,
    TELEGRAM_API_ROOT: telegram.url,
    ...env,
  };
  try {
    await run({
      db: db.client,
      telegram,
      async start() {
        const instance = await startInstance(instanceEnv);
        instances.push(instance);
        await instance.ready(60_000);
        return instance;
      },
    });
  } finally {
    for (const instance of instances) await instance.kill("SIGKILL");
    await telegram.close();
    await db.drop();
  }
}
