/**
 * Summarises V8 CPU profiles (node --cpu-prof) of the graph under load: self time by package or src/ area, and the
 * hottest functions. `npm run bench -- --profile` writes them to bench/profiles/ and prints this.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Where a frame's code lives: an npm package, an area of src/, node's internals, or V8 (GC, idle, program). */
function areaOf(url: string, name: string): string {
  if (!url) return `(${name || 'native'})`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const src = /\/src\/([^/]+)(?:\/([^/]+))?/.exec(url);
  if (src) return `src/${src[1]}${src[2] && !src[2].includes('.') ? `/${src[2]}` : ''}`;
  if (url.startsWith('node:')) return url.replace(/^node:internal\/([^/]+).*/, 'node:$1');
  return url.replace(/^.*\/(test\/[^/]+).*/, '$1');
}

export async function summariseProfiles(dir: string, top = 25): Promise<string> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile'));
  const byArea = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let totalUs = 0;
  let busyUs = 0;
  for (const file of files) {
    const profile = JSON.parse(await readFile(join(dir, file), 'utf8')) as CpuProfile;
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const node = nodes.get(id);
      if (!node) return;
      const us = profile.timeDeltas[i] ?? 0;
      totalUs += us;
      const { functionName, url, lineNumber } = node.callFrame;
      const area = areaOf(url, functionName);
      byArea.set(area, (byArea.get(area) ?? 0) + us);
      const key = `${functionName || '(anonymous)'} ${url ? `${url.replace(/^.*?(node_modules\/|src\/|node:)/, '$1')}:${lineNumber + 1}` : ''}`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + us);
      if (!['(idle)', '(program)'].includes(functionName)) busyUs += us;
    });
    // Inclusive time: each node's own samples plus its descendants', counted once per function on a path.
    const self = new Map<number, number>();
    profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
    const walk = (id: number, onPath: Set<string>): number => {
      const node = nodes.get(id)!;
      const key = `${node.callFrame.functionName || '(anonymous)'} ${areaOf(node.callFrame.url, node.callFrame.functionName)}`;
      const fresh = !onPath.has(key);
      if (fresh) onPath.add(key);
      let sum = self.get(id) ?? 0;
      for (const child of node.children ?? []) sum += walk(child, onPath);
      if (fresh) {
        onPath.delete(key);
        inclusive.set(key, (inclusive.get(key) ?? 0) + sum);
      }
      return sum;
    };
    walk(profile.nodes[0]!.id, new Set());
  }
  const pct = (us: number) => `${((100 * us) / totalUs).toFixed(1)}%`;
  const rows = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  const busy = (us: number) => `${((100 * us) / busyUs).toFixed(1)}%`;
  const interesting = [...inclusive]
    .filter(([k]) => !/^\((root|program|idle)\)/.test(k))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top);
  return [
    `CPU profile of the graph process (${files.length} file(s), ${(totalUs / 1e6).toFixed(1)} s sampled, ${(busyUs / 1e6).toFixed(1)} s busy)`,
    '',
    '| self time | where |',
    '|---|---|',
    ...rows(byArea).map(([k, v]) => `| ${pct(v)} | ${k} |`),
    '',
    '| self time | function |',
    '|---|---|',
    ...rows(byFunction).map(([k, v]) => `| ${pct(v)} | \`${k.trim()}\` |`),
    '',
    'Inclusive time (the function and what it calls), as a share of busy time:',
    '',
    '| inclusive | function (where) |',
    '|---|---|',
    ...interesting.map(([k, v]) => `| ${busy(v)} | \`${k}\` |`),
  ].join('\n');
}

if (process.argv[1]?.endsWith('profile-summary.ts')) {
  process.stdout.write(`${await summariseProfiles(process.argv[2] ?? 'bench/profiles')}\n`);
}
