import pino from "pino";
import { env } from "@/lib/env";

const holder = globalThis as unknown as { __mercatoLogger?: pino.Logger };

/**
 * The structured (JSON, one object a line) logger: request lines, errors with
 * their digest and request id, shutdown. LOG_LEVEL sets the threshold (info).
 */
export function logger(): pino.Logger {
  holder.__mercatoLogger ??= pino({
    level: env().LOG_LEVEL,
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
  return holder.__mercatoLogger;
}
