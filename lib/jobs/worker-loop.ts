/**
 * The loop of `npm run worker`: a sweep, then a pause of `intervalMs`, until
 * `signal` aborts. An abort during a sweep lets that sweep finish (its jobs
 * commit or roll back as a whole, and the lock is released); an abort during
 * the pause ends it at once. A failed sweep is logged and the loop goes on.
 * No I/O of its own, so it is tested with a fake sweep.
 */
export async function runWorkerLoop(options: {
  sweep: () => Promise<boolean>;
  intervalMs: number;
  signal: AbortSignal;
  log?: (message: string, error?: unknown) => void;
}): Promise<{ sweeps: number }> {
  const { sweep, intervalMs, signal, log = () => {} } = options;
  let sweeps = 0;
  while (!signal.aborted) {
    try {
      const ran = await sweep();
      sweeps += 1;
      if (!ran) log("another instance holds the sweep: skipped");
    } catch (error) {
      log("sweep failed", error);
    }
    await pause(intervalMs, signal);
  }
  return { sweeps };
}

/** Resolves after `ms`, or as soon as `signal` aborts. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
  });
}
