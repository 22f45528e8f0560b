/**
 * `npm run screenshot`: checks GraphiQL end to end in a real browser and saves `docs/graphiql.png`.
 *
 * Starts the gateway on a temporary embedded database, creates a cohort sync through the API, opens
 * GraphiQL in headless Chromium (Debian's `chromium`, or the binary in CHROMIUM) with the admin token
 * in the Headers tab and a `syncEvents` subscription in the editor, runs it, queues a sync run, and
 * takes the screenshot once the run's completion shows in the result pane. Exits non-zero when it
 * does not, after saving the screenshot anyway so the failure can be seen.
 *
 * Chromium is driven over the DevTools protocol with the `ws` package, so no browser-automation
 * dependency is needed.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import WebSocket from "ws";
import { type App, startApp } from "../src/app.ts";
import { loadConfig } from "../src/config.ts";

const { values: flags } = parseArgs({
  options: { out: { type: "string", default: "docs/graphiql.png" } },
});
const CHROMIUM = process.env.CHROMIUM ?? "chromium";
const TIMEOUT_MS = 60_000;

let app: App;
let adminToken: string;

async function main(): Promise<void> {
  const workDir = await mkdtemp(join(tmpdir(), "graphiql-screenshot-"));
  const { DATABASE_URL: _notUsed, ADMIN_TOKEN: _notUsedEither, ...env } = process.env;
  app = await startApp(
    loadConfig({
      ...env,
      DATA_DIR: join(workDir, "data"),
      HOST: "127.0.0.1",
      PORT: "0",
      GRAPHIQL: "true",
      LOG_LEVEL: env.LOG_LEVEL ?? "warn",
      SYNC_BATCH_SIZE: "1000",
    }),
  );
  adminToken = app.firstAdminSecret!;
  let browser: ChildProcess | undefined;

  try {
    const { syncId, cohortId } = await createCohortSync();
    const launched = await launchChromium(join(workDir, "profile"));
    browser = launched.child;
    const page = await Cdp.connect(await pageTarget(launched.port));
    await page.send("Page.enable");
    await page.send("Emulation.setDeviceMetricsOverride", {
      width: 1440,
      height: 900,
      deviceScaleFactor: 1,
      mobile: false,
    });
    // GraphiQL takes its first tab's headers from its storage; its URL only carries the query.
    await page.send("Page.addScriptToEvaluateOnNewDocument", {
      source: `localStorage.setItem("graphiql:headers", ${JSON.stringify(
        JSON.stringify({ Authorization: `Bearer ${adminToken}` }, null, 2),
      )});`,
    });
    const loaded = page.waitFor("Page.loadEventFired");
    await page.send("Page.navigate", { url: `${app.url}?query=${encodeURIComponent(liveSync(syncId))}` });
    await loaded;

    await until("GraphiQL to render", () =>
      page.evaluate("!!document.querySelector('.graphiql-execute-button')"),
    );
    await page.evaluate("document.querySelector('.graphiql-execute-button').click()");
    const result = () =>
      page.evaluate<string>("document.querySelector('.graphiql-response')?.innerText ?? ''");

    // New members, so the run GraphiQL shows has something to add.
    await addMembers(cohortId, 20_001, 1_000);
    // The subscription starts asynchronously; queue runs until one shows up in the result pane.
    let shown = false;
    for (let attempt = 0; attempt < 5 && !shown; attempt++) {
      await sleep(1500);
      await graphql(`mutation ShotRun($id: ID!) { runCohortSync(id: $id) { __typename } }`, { id: syncId });
      shown = await until(
        "the run's completion in GraphiQL",
        async () => /SyncRunCompleted/.test(await result()),
        8000,
      )
        .then(() => true)
        .catch(() => false);
    }
    await sleep(500);
    const shot = await page.send<{ data: string }>("Page.captureScreenshot", { format: "png" });
    await mkdir(dirname(flags.out), { recursive: true });
    await writeFile(flags.out, Buffer.from(shot.data, "base64"));
    process.stdout.write(`Saved ${flags.out}\nResult pane:\n${await result()}\n`);
    page.close();
    if (!shown) throw new Error("GraphiQL did not show the sync run's events; see the screenshot");
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  } finally {
    browser?.kill();
    if (browser && browser.exitCode === null) await once(browser, "exit");
    await app.stop();
    await rm(workDir, { recursive: true, force: true });
  }
}

/** The operation shown: GraphiQL opens with it from its `query` URL parameter. */
function liveSync(syncId: string): string {
  return `# Live events of one cohort sync (token: Headers tab)
subscription LiveSync {
  syncEvents(cohortSyncId: "${syncId}") {
    __typename
    status
    phase
    processed
    total
    added
    skippedMissingKey
    at
  }
}
`;
}

// ---------------------------------------------------------------------------------------------------
// Data for the screenshot, made through the API.

async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(app.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${adminToken}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`GraphQL request failed: ${JSON.stringify(body)}`);
  return body.data;
}

/** A writer token, a destination on default/production, a cohort of 20,000 and an hourly sync. */
async function createCohortSync(): Promise<{ syncId: string; cohortId: string }> {
  type Created = { data?: { id?: string; secret?: string }; message?: string };
  const need = <T>(result: Created, pick: (d: NonNullable<Created["data"]>) => T | undefined): T => {
    const value = result.data ? pick(result.data) : undefined;
    if (value === undefined) throw new Error(`setup failed: ${JSON.stringify(result)}`);
    return value;
  };
  const onError = "... on Error { message }";
  const env = await graphql<{ project: { environments: Array<{ key: string; clientSideId: string }> } }>(
    `{ project(key: "default") { environments { key clientSideId } } }`,
  );
  const clientSideId = env.project.environments.find((e) => e.key === "production")!.clientSideId;
  const token = await graphql<{ createAccessToken: Created }>(`mutation {
    createAccessToken(input: { name: "screenshot writer", role: WRITER }) {
      ... on MutationCreateAccessTokenSuccess { data { secret } } ${onError} } }`);
  const destination = await graphql<{ createDestination: Created }>(
    `mutation ($input: CreateDestinationInput!) {
      createDestination(input: $input) { ... on MutationCreateDestinationSuccess { data { id } } ${onError} } }`,
    {
      input: {
        name: "Production",
        clientSideId,
        accessToken: need(token.createAccessToken, (d) => d.secret),
      },
    },
  );
  const cohort = await graphql<{ createCohort: Created }>(`mutation {
    createCohort(input: { name: "Churned users" }) { ... on MutationCreateCohortSuccess { data { id } } ${onError} } }`);
  const cohortId = need(cohort.createCohort, (d) => d.id);
  await addMembers(cohortId, 1, 20_000);
  const sync = await graphql<{ createCohortSync: Created }>(
    `mutation ($input: CreateCohortSyncInput!) {
      createCohortSync(input: $input) { ... on MutationCreateCohortSyncSuccess { data { id } } ${onError} } }`,
    {
      input: {
        cohortId,
        destinationId: need(destination.createDestination, (d) => d.id),
        frequency: "HOURLY",
      },
    },
  );
  const syncId = need(sync.createCohortSync, (d) => d.id);
  // Let the first run finish, so the one queued from the screenshot is the one GraphiQL shows.
  await until("the first run to finish", async () => {
    const state = await graphql<{ cohortSync: { activeRun: { id: string } | null } }>(
      `query ($id: ID!) { cohortSync(id: $id) { activeRun { id } } }`,
      { id: syncId },
    );
    return state.cohortSync.activeRun === null;
  });
  return { syncId, cohortId };
}

/** Members `first`, `first + 1`, ...; every 33rd has no user_id, so the sync skips it. */
async function addMembers(cohortId: string, first: number, count: number): Promise<void> {
  for (let offset = 0; offset < count; offset += 5_000) {
    const members = Array.from({ length: Math.min(5_000, count - offset) }, (_, i) => {
      const n = first + offset + i;
      return n % 33 === 0 ? { amplitudeId: String(n) } : { amplitudeId: String(n), userId: `user-${n}` };
    });
    await graphql(
      `mutation ($id: ID!, $members: [CohortMemberInput!]!) {
        addCohortMembers(cohortId: $id, members: $members) { __typename } }`,
      { id: cohortId, members },
    );
  }
}

// ---------------------------------------------------------------------------------------------------
// Chromium over the DevTools protocol.

async function launchChromium(profileDir: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(
    CHROMIUM,
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--hide-scrollbars",
      `--user-data-dir=${profileDir}`,
      "--remote-debugging-port=0",
      "about:blank",
    ],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  const lines = createInterface({ input: child.stderr! });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("Chromium did not open its DevTools port")), TIMEOUT_MS);
    lines.on("line", (line) => {
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited with ${code}`));
    });
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(new Error(`cannot start ${CHROMIUM} (${error.message}); try: apt-get install -y chromium`));
    });
  });
  return { child, port };
}

async function pageTarget(port: number): Promise<string> {
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as Array<{
    type: string;
    webSocketDebuggerUrl: string;
  }>;
  const page = targets.find((t) => t.type === "page");
  if (!page) throw new Error("Chromium has no page open");
  return page.webSocketDebuggerUrl;
}

/** Just enough of the DevTools protocol: commands with replies, and waiting for one event. */
class Cdp {
  private nextId = 1;
  private readonly replies = new Map<number, (message: CdpMessage) => void>();
  private readonly waiters = new Map<string, Array<() => void>>();

  private constructor(private readonly socket: WebSocket) {
    socket.on("message", (raw) => {
      const message = JSON.parse(raw.toString()) as CdpMessage;
      if (message.id !== undefined) this.replies.get(message.id)?.(message);
      if (message.method) for (const wake of this.waiters.get(message.method)?.splice(0) ?? []) wake();
    });
  }

  static async connect(url: string): Promise<Cdp> {
    const socket = new WebSocket(url, { perMessageDeflate: false });
    await once(socket, "open");
    return new Cdp(socket);
  }

  send<T = unknown>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.replies.set(id, (message) => {
        this.replies.delete(id);
        if (message.error) reject(new Error(`${method}: ${message.error.message}`));
        else resolve(message.result as T);
      });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  waitFor(method: string): Promise<void> {
    return new Promise((resolve) => this.waiters.set(method, [...(this.waiters.get(method) ?? []), resolve]));
  }

  async evaluate<T = boolean>(expression: string): Promise<T> {
    const reply = await this.send<{ result: { value: T }; exceptionDetails?: { text: string } }>(
      "Runtime.evaluate",
      { expression, returnByValue: true },
    );
    if (reply.exceptionDetails) throw new Error(`page script failed: ${reply.exceptionDetails.text}`);
    return reply.result.value;
  }

  close(): void {
    this.socket.close();
  }
}

interface CdpMessage {
  id?: number;
  method?: string;
  result?: unknown;
  error?: { message: string };
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs = TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

await main();
