/**
 * Progress of long benchmark steps. On a terminal one status line is redrawn every second; when
 * stdout is a file or a pipe (CI, `| tee`), plain lines are printed: one when a step starts,
 * one every 30 seconds while it runs, and one when it ends, so a log never fills with
 * carriage returns.
 */

/** A step being shown. */
export interface ProgressStep {
  /** Latest status detail (e.g. memory), shown with the elapsed time. */
  update(detail: string): void;
  /** Ends the step with a one-line result. */
  done(result: string): void;
}

const PLAIN_EVERY_MS = 30_000;

/** Starts showing a step called `label`. */
export function startStep(label: string, out: NodeJS.WriteStream = process.stdout): ProgressStep {
  const started = performance.now();
  const tty = out.isTTY === true;
  let detail = '';
  let lastPlain = started;
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
  const draw = () => {
    if (tty) out.write(`\r\x1b[2K… ${label}: ${elapsed()}${detail ? `, ${detail}` : ''}`);
    else if (performance.now() - lastPlain >= PLAIN_EVERY_MS) {
      lastPlain = performance.now();
      out.write(`… ${label}: ${elapsed()}${detail ? `, ${detail}` : ''}\n`);
    }
  };
  if (!tty) out.write(`… ${label}\n`);
  const timer = setInterval(draw, 1000);
  timer.unref();
  return {
    update(d: string) {
      detail = d;
    },
    done(result: string) {
      clearInterval(timer);
      out.write(`${tty ? '\r\x1b[2K' : ''}✓ ${label}: ${result}\n`);
    },
  };
}

/** Bytes as MB with one decimal (1 MB = 2^20 bytes, as `du -m` and most tools count). */
export const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
