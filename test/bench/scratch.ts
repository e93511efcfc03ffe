/**
 * Where the benchmark keeps the local stack's state: the scratch D1
 * databases and the Cache API's stored copies, which `wrangler dev` persists
 * as files.
 *
 * In memory (a tmpfs such as /dev/shm) when the machine has one with room.
 * On Cloudflare neither D1 nor the Cache API writes to the Worker's
 * machine; locally, workerd, the process that runs the Worker, flushes to
 * this machine's disk: every D1 query fsyncs its database's write-ahead
 * log, and every Cache API put fsyncs the cache's log and writes the answer
 * to a new file. That cost is the local stack's, not the Worker's; what it
 * did to the figures is in docs/performance.md.
 *
 * BENCH_SCRATCH=<directory> chooses another place (e.g. the system's temporary
 * directory, to measure on disk).
 */
import { mkdtemp, stat, statfs } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** statfs's type for tmpfs (Linux's TMPFS_MAGIC). */
const TMPFS_MAGIC = 0x01021994;
/** Room the 100k dataset needs with its indexes, WAL and stored copies, with a margin. */
const ROOM_BYTES = 4 * 2 ** 30;
const MEMORY_DIR = "/dev/shm";

export interface Scratch {
  dir: string;
  /** How the report names the place: "in memory (tmpfs …)" or "on disk (…)". */
  where: string;
}

/** Whether `dir` is on a tmpfs, and whether that has room for the 100k dataset. */
async function memoryBacked(dir: string): Promise<{ tmpfs: boolean; room: boolean }> {
  try {
    const fs = await statfs(dir);
    return { tmpfs: fs.type === TMPFS_MAGIC, room: fs.bavail * fs.bsize >= ROOM_BYTES };
  } catch {
    return { tmpfs: false, room: false };
  }
}

/** A new scratch directory for this run, in memory when the machine allows. */
export async function benchScratch(prefix: string): Promise<Scratch> {
  const chosen = process.env.BENCH_SCRATCH;
  if (chosen && !(await stat(chosen).catch(() => null))?.isDirectory())
    throw new Error(`BENCH_SCRATCH=${chosen}: no such directory (it names where the scratch state goes)`);
  const memory = await memoryBacked(MEMORY_DIR);
  const parent = chosen || (memory.tmpfs && memory.room ? MEMORY_DIR : tmpdir());
  const dir = await mkdtemp(join(parent, prefix));
  const { tmpfs } = await memoryBacked(parent);
  return { dir, where: `${tmpfs ? "in memory (tmpfs " : "on disk ("}${parent})` };
}
