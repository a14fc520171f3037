/** What the benchmark ran on: cores, memory, Neo4j memory settings, size, date, git commit. */
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';

export interface MachineInfo {
  cores: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  neo4jHeap: string | null;
  neo4jPagecache: string | null;
  gitCommit: string | null;
  date: string;
}

function gitCommit(): string | null {
  try {
    const sha = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== '';
    return dirty ? `${sha}+dirty` : sha;
  } catch {
    return null;
  }
}

export function machineInfo(neo4j: { heap: string | null; pagecache: string | null }): MachineInfo {
  return {
    cores: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    neo4jHeap: neo4j.heap,
    neo4jPagecache: neo4j.pagecache,
    gitCommit: gitCommit(),
    date: new Date().toISOString(),
  };
}
