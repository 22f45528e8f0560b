import { describe, expect, it } from "vitest";
import { ProgressThrottle } from "../../src/domain/sync/progress.ts";
import { nextDueAfter } from "../../src/domain/sync/schedule.ts";
import { CoalescingQueue } from "../../src/domain/sync/stream.ts";
import type { SyncRunEvent, SyncRunEventKind } from "../../src/pubsub.ts";

function event(kind: SyncRunEventKind, sequence: number, runId = "run-1"): SyncRunEvent {
  return {
    kind,
    runId,
    cohortSyncId: "sync-1",
    cohortId: "cohort-1",
    sequence,
    status: kind === "COMPLETED" ? "SUCCEEDED" : "RUNNING",
    phase: "STAGING",
    attempt: 1,
    total: 100,
    processed: sequence,
    added: 0,
    removed: 0,
    skippedMissingKey: 0,
    error: null,
    at: new Date(0).toISOString(),
  };
}

describe("CoalescingQueue", () => {
  it("keeps only the newest of consecutive progress events and every other event", async () => {
    const queue = new CoalescingQueue();
    queue.push(event("STARTED", 1));
    for (let i = 2; i <= 1000; i++) queue.push(event("PROGRESS", i));
    queue.push(event("COMPLETED", 1001));
    queue.close();
    const seen: Array<[string, number]> = [];
    for await (const e of queue) seen.push([e.kind, e.sequence]);
    expect(seen).toEqual([
      ["STARTED", 1],
      ["PROGRESS", 1000],
      ["COMPLETED", 1001],
    ]);
  });

  it("does not merge progress of different runs, and stays bounded with many runs", () => {
    const queue = new CoalescingQueue();
    for (let i = 0; i < 5000; i++) queue.push(event("PROGRESS", i, `run-${i}`));
    expect(queue.size).toBeLessThanOrEqual(1000);
    queue.push(event("FAILED", 9999, "run-x"));
    expect(queue.size).toBeLessThanOrEqual(1001);
  });

  it("delivers events pushed while a reader waits", async () => {
    const queue = new CoalescingQueue();
    const reader = (async () => {
      const got: number[] = [];
      for await (const e of queue) got.push(e.sequence);
      return got;
    })();
    queue.push(event("STARTED", 1));
    await new Promise((r) => setTimeout(r, 5));
    queue.push(event("COMPLETED", 2));
    queue.close();
    expect(await reader).toEqual([1, 2]);
  });
});

describe("ProgressThrottle", () => {
  it("flushes at most about ten times a second and always flushes the last value", async () => {
    const flushed: number[] = [];
    const throttle = new ProgressThrottle<number>(
      async (v) => {
        flushed.push(v);
      },
      100,
      1000,
    );
    const started = Date.now();
    let i = 0;
    while (Date.now() - started < 550) {
      throttle.update(i++);
      await new Promise((r) => setTimeout(r, 1));
    }
    await throttle.close();
    expect(flushed.length).toBeGreaterThanOrEqual(4);
    expect(flushed.length).toBeLessThanOrEqual(8);
    expect(flushed.at(-1)).toBe(i - 1);
    expect([...flushed].sort((a, b) => a - b)).toEqual(flushed);
  });

  it("flushes at least once a second while values keep arriving slowly after a burst", async () => {
    const flushed: number[] = [];
    const throttle = new ProgressThrottle<number>(async (v) => void flushed.push(v), 10_000, 200);
    throttle.update(1);
    throttle.update(2);
    await new Promise((r) => setTimeout(r, 450));
    await throttle.close();
    expect(flushed).toEqual([1, 2]);
  });
});

describe("nextDueAfter", () => {
  it.each([
    ["ONE_TIME", null],
    ["HOURLY", "2026-01-01T01:00:00.000Z"],
    ["DAILY", "2026-01-02T00:00:00.000Z"],
  ] as const)("%s", (frequency, expected) => {
    expect(nextDueAfter(frequency, new Date("2026-01-01T00:00:00Z"))?.toISOString() ?? null).toBe(expected);
  });
});
