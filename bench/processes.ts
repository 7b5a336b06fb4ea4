/** Child processes of the benchmark: commands, the server's health and memory. */
import { type ChildProcess, spawn } from "node:child_process";
import { openSync, readFileSync } from "node:fs";

export function run(cmd: string, argv: string[], env: Record<string, string> = {}) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(cmd, argv, { stdio: "inherit", env: { ...process.env, ...env } });
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${argv.join(" ")} exited ${code}`))));
  });
}

export async function waitForHealth(base: string, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("the server did not become healthy");
}

/** As in package.json "start" and the Dockerfile. */
export const SERVER_NODE_OPTIONS = "--max-old-space-size=192";

/**
 * The production server on 127.0.0.1:port, once nothing else answers there, logging to logFile, in its own
 * process group (so the whole server tree stops at the end): the build's standalone server, as `npm start` and
 * the Docker image run it, or `next start` (`nextStart`, to compare). Wait for it with waitForHealth.
 */
export async function startNextServer(
  port: number,
  logFile: string,
  env: Record<string, string>,
  { distDir, nextStart = false }: { distDir: string; nextStart?: boolean },
): Promise<ChildProcess> {
  const up = await fetch(`http://127.0.0.1:${port}/api/health`).then(
    () => true,
    () => false,
  );
  if (up) throw new Error(`Port ${port} is already serving: stop that server or pass --port`);
  const log = openSync(logFile, "w");
  // scripts/start.mjs is `npm start` (the standalone server: DATABASE_URL is always set here) without npm's shell.
  const [command, ...argv] = nextStart ? ["node_modules/.bin/next", "start"] : [process.execPath, "scripts/start.mjs"];
  return spawn(command, [...argv, "-p", String(port), "-H", "127.0.0.1"], {
    detached: true,
    stdio: ["ignore", log, log],
    // The same heap bound as package.json "start" (the memory budget is measured with it), and its drain on SIGTERM:
    // without it the server stops in the middle of its jobs, leaving them locked in the database the bench may reuse.
    env: {
      ...process.env,
      NEXT_MANUAL_SIG_HANDLE: "1",
      NEXT_DIST_DIR: distDir,
      ...env,
      NODE_OPTIONS: `${SERVER_NODE_OPTIONS} ${env.NODE_OPTIONS ?? process.env.NODE_OPTIONS ?? ""}`.trim(),
    },
  });
}

/**
 * Samples a process tree's resident memory every `everyMs` until stopped: the peak, in MB, and the
 * phase of the run it came in (`phase` names the one now running).
 */
export function trackPeakRss(pid: number | undefined, everyMs = 500) {
  let peak = rssMb(pid);
  let phase = "idle";
  let peakPhase = phase;
  const timer = setInterval(() => {
    const now = rssMb(pid);
    if (now > peak) [peak, peakPhase] = [now, phase];
  }, everyMs);
  timer.unref();
  return {
    phase: (name: string) => void (phase = name),
    peak: () => ({ mb: peak, phase: peakPhase }),
    stop: () => clearInterval(timer),
  };
}

/** Resident memory of a process and its descendants (`next start` runs its server in a child). */
export function rssMb(pid: number | undefined): number {
  if (!pid) return 0;
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) {
    try {
      const children = readFileSync(`/proc/${pids[i]}/task/${pids[i]}/children`, "utf8").trim().split(/\s+/).filter(Boolean);
      pids.push(...children.map(Number));
    } catch {
      /* gone */
    }
  }
  let kb = 0;
  for (const p of pids) {
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"));
      kb += Number(m?.[1] ?? 0);
    } catch {
      /* gone */
    }
  }
  return Math.round(kb / 1024);
}
