// The one logger of a process (pino), built by buildApp or the CLI and handed to every part that logs.
// JSON lines by default (`level`, `time`, `msg`, …); human-readable on a terminal or with LOG_FORMAT=pretty.
import { isatty } from "node:tty";
import { type Logger, pino } from "pino";
import pretty from "pino-pretty";
import { expectedErrorCode } from "../masking.js";

export type { Logger };
export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";
export type LogFormat = "json" | "pretty";

export interface LoggerOptions {
  level: LogLevel;
  /** Unset: pretty when the destination is a terminal, else JSON. */
  format?: LogFormat;
  /** File descriptor: 1 (stdout, the server) or 2 (stderr, the CLI, whose stdout is its result). */
  fd?: 1 | 2;
}

export function createLogger({ level, format, fd = 1 }: LoggerOptions): Logger {
  const human = (format ?? (isatty(fd) ? "pretty" : "json")) === "pretty";
  // Synchronous writes: a line logged just before exit (a fatal start-up error, the shutdown) is never lost.
  const stream = human
    ? pretty({
        destination: fd,
        sync: true,
        colorize: isatty(fd),
        translateTime: "SYS:HH:MM:ss.l",
        ignore: "pid,hostname",
      })
    : pino.destination({ dest: fd, sync: true });
  return pino(
    {
      level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    stream,
  );
}

/** A logger that writes nothing (tests and tools that build parts without an app). */
export function silentLogger(): Logger {
  return pino({ level: "silent" });
}

/**
 * Logs an error once, by kind: what a client caused (a DomainError, a refused key, a malformed query, a rate
 * limit) at info with its code and no stack; anything else at error with its stack.
 */
export function logError(
  log: Logger,
  error: unknown,
  msg: string,
  fields: Record<string, unknown> = {},
): void {
  const code = expectedErrorCode(error);
  if (code) {
    const message = error instanceof Error ? error.message : String(error);
    log.info({ ...fields, code, error: message }, msg);
  } else log.error({ ...fields, err: error }, msg);
}

type YogaLogArgs = unknown[];

function text(args: YogaLogArgs): string {
  return args.map((arg) => (typeof arg === "string" ? arg : JSON.stringify(arg))).join(" ");
}

/** Yoga's logger interface over pino; the errors yoga logs (each masked one) are classified as above. */
export function yogaLogger(log: Logger) {
  const yoga = log.child({ component: "yoga" });
  return {
    debug: (...args: YogaLogArgs) => yoga.debug(text(args)),
    info: (...args: YogaLogArgs) => yoga.info(text(args)),
    warn: (...args: YogaLogArgs) => yoga.warn(text(args)),
    error: (...args: YogaLogArgs) => {
      const error = args.find((arg) => arg instanceof Error);
      if (error) logError(yoga, error, "request failed");
      else yoga.error(text(args));
    },
  };
}
