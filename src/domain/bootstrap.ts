import { sql } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { bootstrapSteps } from "../db/schema.ts";
import { createProject } from "./projects.ts";
import { activeTokenCount, createAccessToken, ensureAdminToken } from "./tokens.ts";

/** Serialises start-up across gateway processes sharing one database. */
const BOOTSTRAP_LOCK_ID = 7_305_112_020;

export interface BootstrapResult {
  /** Set only when this start created the first admin token; shown once, never stored. */
  firstAdminSecret: string | null;
}

/**
 * First-start work: the default project, the ADMIN_TOKEN, and a first admin token when there is
 * no way in at all. Each step runs once per database even with several processes starting.
 */
export async function bootstrap(db: Db, adminToken: string | undefined): Promise<BootstrapResult> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${BOOTSTRAP_LOCK_ID})`);
    const [claimed] = await tx
      .insert(bootstrapSteps)
      .values({ step: "default-project" })
      .onConflictDoNothing()
      .returning();
    if (claimed) {
      await createProject(tx as unknown as Db, {
        key: "default",
        name: "Default",
        environments: [
          { key: "production", name: "Production" },
          { key: "test", name: "Test" },
        ],
      });
    }
    if (adminToken) await ensureAdminToken(tx as unknown as Db, adminToken);
    let firstAdminSecret: string | null = null;
    if ((await activeTokenCount(tx as unknown as Db)) === 0) {
      const created = await createAccessToken(
        tx as unknown as Db,
        { name: "first admin", role: "ADMIN" },
        null,
      );
      firstAdminSecret = created.secret;
    }
    return { firstAdminSecret };
  });
}
