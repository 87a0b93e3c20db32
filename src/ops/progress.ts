// Progress of long CLI work on stderr (stdout carries the command's result): a bar on a terminal, else one
// JSON line per PROGRESS_INTERVAL_MS (default 2000; 0: every update) and at each phase, then a summary line.
// Quiet with LOG_LEVEL=silent.

export interface ProgressOptions {
  /** What is being done, e.g. "enrich import". */
  task: string;
  /** The amount of work, when known (e.g. the file's size in bytes). */
  total?: number;
  unit?: string;
  intervalMs?: number;
  quiet?: boolean;
  stream?: NodeJS.WriteStream;
}

type Fields = Record<string, string | number | boolean>;

function formatAmount(value: number, unit: string | undefined): string {
  if (unit !== "bytes") return value.toLocaleString("en");
  if (value >= 1_048_576) return `${(value / 1_048_576).toFixed(1)} MB`;
  return `${(value / 1024).toFixed(1)} kB`;
}

export class Progress {
  private readonly started = performance.now();
  private readonly tty: boolean;
  private readonly stream: NodeJS.WriteStream;
  private lastWrite = Number.NEGATIVE_INFINITY;
  private phaseName = "start";
  private done = 0;
  private extra: Fields = {};
  private readonly heartbeat: NodeJS.Timeout | undefined;

  constructor(private readonly options: ProgressOptions) {
    this.stream = options.stream ?? process.stderr;
    this.tty = Boolean(this.stream.isTTY);
    // A phase with no updates (one long transaction) still shows it is alive.
    const every = options.intervalMs ?? 2000;
    if (!options.quiet && every > 0) this.heartbeat = setInterval(() => this.write(true), every).unref();
  }

  /** A new stage of the work (reading, parsing, storing…): always shown. */
  phase(name: string, fields: Fields = {}): void {
    this.phaseName = name;
    this.extra = { ...this.extra, ...fields };
    this.write(true);
  }

  /** How much is done; shown at most once per interval (on a terminal, at most every 100 ms). */
  update(done: number, fields: Fields = {}): void {
    this.done = done;
    this.extra = { ...this.extra, ...fields };
    this.write(false);
  }

  /** The summary line; stops the heartbeat. */
  finish(summary: Fields): void {
    clearInterval(this.heartbeat);
    if (this.options.quiet) return;
    const elapsedMs = Math.round(performance.now() - this.started);
    if (this.tty) {
      const parts = Object.entries(summary).map(([key, value]) => `${key} ${value}`);
      this.stream.write(
        `\r\x1b[2K${this.options.task}: done in ${(elapsedMs / 1000).toFixed(1)} s · ${parts.join(" · ")}\n`,
      );
    } else
      this.stream.write(
        `${JSON.stringify({ progress: this.options.task, finished: true, elapsedMs, ...summary })}\n`,
      );
  }

  private write(force: boolean): void {
    if (this.options.quiet) return;
    const now = performance.now();
    const interval = this.tty ? 100 : (this.options.intervalMs ?? 2000);
    if (!force && now - this.lastWrite < interval) return;
    this.lastWrite = now;
    const { task, total, unit } = this.options;
    const elapsedMs = Math.round(now - this.started);
    const percent = total ? Math.min(100, Math.round((this.done / total) * 1000) / 10) : undefined;
    if (!this.tty) {
      const line = {
        progress: task,
        phase: this.phaseName,
        done: this.done,
        total,
        unit,
        percent,
        elapsedMs,
      };
      this.stream.write(`${JSON.stringify({ ...line, ...this.extra })}\n`);
      return;
    }
    const width = 24;
    const filled = percent === undefined ? 0 : Math.round((percent / 100) * width);
    const bar =
      percent === undefined ? "" : `[${"█".repeat(filled)}${"░".repeat(width - filled)}] ${percent}% `;
    const amount = total ? `${formatAmount(this.done, unit)} / ${formatAmount(total, unit)}` : "";
    const extra = Object.entries(this.extra).map(([key, value]) => `${key} ${value}`);
    const text = [
      `${task} (${this.phaseName})`,
      `${bar}${amount}`,
      ...extra,
      `${(elapsedMs / 1000).toFixed(1)} s`,
    ];
    this.stream.write(`\r\x1b[2K${text.filter(Boolean).join(" · ")}`);
  }
}
