import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";

export interface GatewayProcess {
  child: ChildProcess;
  url: string;
  /** Every stdout/stderr line so far, for assertions and failure reports. */
  output: string[];
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Starts `src/main.ts` as a real separate process and waits until it listens. `cpuProfileDir`
 * makes it write a V8 CPU profile there when it exits (for the benchmarks).
 */
export async function startGatewayProcess(
  env: Record<string, string>,
  timeoutMs = 30_000,
  cpuProfileDir?: string,
): Promise<GatewayProcess> {
  const profile = cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${cpuProfileDir}`] : [];
  const child = spawn(process.execPath, [...profile, "--import", "tsx", "src/main.ts"], {
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`gateway did not start:\n${output.join("\n")}`)),
      timeoutMs,
    );
    const onLine = (line: string) => {
      output.push(line);
      const match = /"url":"([^"]+)"/.exec(line);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    createInterface({ input: child.stdout! }).on("line", onLine);
    createInterface({ input: child.stderr! }).on("line", onLine);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`gateway exited with ${code}:\n${output.join("\n")}`));
    });
  });
  return {
    child,
    url,
    output,
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill(signal);
      const [code] = await once(child, "exit");
      return code as number | null;
    },
  };
}
