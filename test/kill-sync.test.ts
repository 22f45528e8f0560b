import { describe, expect, it } from "vitest";
import { type KillPhase, runKillScenario } from "../scripts/kill-sync.ts";
import { TEST_DATABASE_URL } from "./support/database.ts";

// A gateway process killed with SIGKILL mid-sync (a re-sync while applying, a first sync while
// staging): another process completes the run, the segment ends equal to the cohort, and a reader
// polling the segment throughout sees the old membership or the new one, never a mix. scripts/kill-sync.ts runs the same at 1M members (docs/reliability.md).

// Worker processes can share only a real PostgreSQL server.
describe.skipIf(!TEST_DATABASE_URL)("SIGKILL during a sync", () => {
  const cases: Array<[KillPhase, number, number]> = [
    ["APPLYING", 200_000, 50_000],
    ["STAGING", 100_000, 500],
  ];
  it.each(cases)(
    "while %s %i members: another process finishes, readers never see a mix",
    async (phase, members, victimBatchSize) => {
      const result = await runKillScenario({
        serverUrl: TEST_DATABASE_URL!,
        members,
        phase,
        victimBatchSize,
      });
      expect(result.killedAt.phase).toBe(phase);
      expect(result.run).toMatchObject({ status: "SUCCEEDED", attempt: 2, processed: result.members.after });
      expect(result.segment).toEqual({ missing: 0, extra: 0, includedCount: result.members.after });
      expect(result.reads).toMatchObject({ mixed: 0, backToOld: 0, samples: [] });
      // The reader really read through the run: the old membership before, the new one after.
      expect(result.reads.old).toBeGreaterThan(0);
      expect(result.reads.new).toBeGreaterThan(0);
    },
  );
});
