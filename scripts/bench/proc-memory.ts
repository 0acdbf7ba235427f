/**
 * Resident memory of a process tree, read from Linux's /proc. Used to stop a build before it
 * exhausts a shared machine's memory, and as the peak-memory figure where GNU time is missing.
 */
import { readFile, readdir } from 'node:fs/promises';

/** Memory of one process tree at one instant, in bytes. */
export interface TreeMemory {
  /** Sum of the tree's resident set sizes (what the machine is paying). */
  total: number;
  /** The largest single process. */
  largest: number;
}

const PAGE = 4096;

/** Reads every process's parent and RSS; processes that vanish meanwhile are skipped. */
async function processTable(): Promise<Map<number, { ppid: number; rss: number }>> {
  const table = new Map<number, { ppid: number; rss: number }>();
  const pids = (await readdir('/proc')).filter((n) => /^\d+$/u.test(n));
  await Promise.all(
    pids.map(async (pid) => {
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
      // The command name may hold spaces and parentheses: fields start after the last `)`.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      const rssPages = Number(fields[21]);
      if (Number.isFinite(ppid) && Number.isFinite(rssPages))
        table.set(Number(pid), { ppid, rss: rssPages * PAGE });
    }),
  );
  return table;
}

/** Memory of `root` and all its descendants; zero when /proc cannot be read. */
export async function treeMemory(root: number): Promise<TreeMemory> {
  const table = await processTable().catch(() => new Map<number, { ppid: number; rss: number }>());
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const result: TreeMemory = { total: 0, largest: 0 };
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    const rss = table.get(pid)?.rss ?? 0;
    result.total += rss;
    result.largest = Math.max(result.largest, rss);
    stack.push(...(children.get(pid) ?? []));
  }
  return result;
}
