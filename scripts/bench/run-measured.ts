/**
 * Runs one build command as a child process and measures it: wall time, CPU time and peak
 * memory. Peak memory is the maximum RSS of the largest process of the tree, from GNU time
 * (`/usr/bin/time -v`, which takes it from the kernel's rusage and so misses no short spike);
 * without GNU time it is sampled from /proc every second. The tree's total RSS is also watched,
 * and the build is stopped when it passes `maxRssBytes`, so a benchmark can never push a shared
 * machine into the out-of-memory killer. The command's output goes to a log file, not the terminal.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { mb, startStep } from './progress';
import { treeMemory } from './proc-memory';

const GNU_TIME = '/usr/bin/time';

/** What to run. */
export interface RunSpec {
  /** Shown in progress lines. */
  label: string;
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Where stdout and stderr are written. */
  log: string;
  /** Stop the run when the whole tree holds more than this many bytes (default 16 GiB). */
  maxRssBytes?: number;
}

/** How a run went. */
export interface RunResult {
  exitCode: number;
  wallMs: number;
  /** User + system CPU time of the tree (NaN without GNU time); less disturbed by other jobs. */
  cpuMs: number;
  /** Maximum RSS of the largest process, in bytes. */
  peakRss: number;
  /** Where the peak figure came from. */
  peakSource: 'gnu-time' | 'proc-sampling';
  /** Set when the run was stopped for using too much memory. */
  stoppedForMemory?: number;
  /** stdout + stderr (also in the log file). */
  output: string;
}

function parseGnuTime(report: string): { cpuMs: number; peakKb: number } | undefined {
  const num = (re: RegExp) => Number(re.exec(report)?.[1] ?? Number.NaN);
  const user = num(/User time \(seconds\): ([\d.]+)/u);
  const system = num(/System time \(seconds\): ([\d.]+)/u);
  const peakKb = num(/Maximum resident set size \(kbytes\): (\d+)/u);
  if ([user, system, peakKb].some((n) => Number.isNaN(n))) return undefined;
  return { cpuMs: (user + system) * 1000, peakKb };
}

/** Runs `spec` to completion (never rejects for a failing command: see `exitCode`). */
export async function runMeasured(spec: RunSpec): Promise<RunResult> {
  await mkdir(dirname(spec.log), { recursive: true });
  const timeReport = `${spec.log}.time`;
  await rm(timeReport, { force: true });
  const gnuTime = existsSync(GNU_TIME);
  const [command, args] = gnuTime
    ? [GNU_TIME, ['-v', '-o', timeReport, spec.command, ...spec.args]]
    : [spec.command, spec.args];
  const limit = spec.maxRssBytes ?? 16 * 2 ** 30;
  const log = createWriteStream(spec.log);
  const chunks: Buffer[] = [];
  const step = startStep(spec.label);
  const started = performance.now();
  // Its own process group, so a runaway build can be stopped with all its children.
  const child = spawn(command, args, { cwd: spec.cwd, env: spec.env, detached: true, stdio: 'pipe' });
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      log.write(chunk);
    });
  }
  let sampledPeak = 0;
  let stoppedForMemory: number | undefined;
  const sampler = setInterval(() => {
    if (child.pid === undefined) return;
    void treeMemory(child.pid).then((m) => {
      sampledPeak = Math.max(sampledPeak, m.largest);
      step.update(`RSS ${mb(m.total)}`);
      if (m.total > limit && stoppedForMemory === undefined && child.pid !== undefined) {
        stoppedForMemory = m.total;
        process.kill(-child.pid, 'SIGKILL');
      }
    });
  }, 1000);
  const exitCode = await new Promise<number>((resolve) => {
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
    child.on('error', () => resolve(127));
  });
  clearInterval(sampler);
  const wallMs = performance.now() - started;
  await new Promise<void>((resolve) => log.end(resolve));
  const output = Buffer.concat(chunks).toString('utf8');
  const timed = gnuTime ? parseGnuTime(await readFile(timeReport, 'utf8').catch(() => '')) : undefined;
  // Node cannot read its children's rusage, so without GNU time the CPU time is unknown.
  const cpuMs = timed?.cpuMs ?? Number.NaN;
  const result: RunResult = {
    exitCode,
    wallMs,
    cpuMs,
    peakRss: timed ? timed.peakKb * 1024 : sampledPeak,
    peakSource: timed ? 'gnu-time' : 'proc-sampling',
    output,
    ...(stoppedForMemory !== undefined ? { stoppedForMemory } : {}),
  };
  const summary = `${(wallMs / 1000).toFixed(1)} s, CPU ${(cpuMs / 1000).toFixed(1)} s, peak ${mb(result.peakRss)}`;
  step.done(
    exitCode === 0
      ? summary
      : `FAILED (exit ${exitCode}${stoppedForMemory ? `, stopped at ${mb(stoppedForMemory)}` : ''}); see ${spec.log}`,
  );
  return result;
}
