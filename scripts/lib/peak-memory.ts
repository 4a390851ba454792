import { existsSync, readdirSync, readFileSync } from 'node:fs';

/**
 * Resident memory of a process and all its descendants at once, in KiB, from Linux's /proc (0
 * elsewhere). A build's peak is more than its largest process: Pagefind's indexer runs beside
 * Astro's process, which keeps its memory meanwhile.
 */
export function processTreeKiB(root: number): number {
  if (!existsSync('/proc/self/status')) return 0;
  const children = new Map<number, number[]>();
  const resident = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let status: string;
    try {
      status = readFileSync(`/proc/${entry}/status`, 'utf8');
    } catch {
      continue; // the process ended meanwhile
    }
    const pid = Number(entry);
    const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
    children.set(parent, [...(children.get(parent) ?? []), pid]);
    resident.set(pid, Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0));
  }
  const sum = (pid: number): number => (resident.get(pid) ?? 0) + (children.get(pid) ?? []).reduce((total, child) => total + sum(child), 0);
  return sum(root);
}
