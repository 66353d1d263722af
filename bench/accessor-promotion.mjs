/**
 * The V8 behaviour behind releaseContext (src/context.ts), on its own: each "request" builds about 200 KB of objects
 * reachable from one context, and an object literal whose `get` / `set` accessors close over that context (as Apollo
 * Server's gateway request context does), then drops everything. One request at a time, nothing kept. V8 allocates the
 * accessor pair in the old generation, so the dead pair keeps the context alive through every young-generation
 * collection until the next full one. Run both ways under V8's collection trace and compared:
 *
 *   node bench/accessor-promotion.mjs      (FLOOR_QUICK=1: fewer iterations; docs/performance.md, "Fourth pass")
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ITERATIONS = process.env.FLOOR_QUICK === '1' ? 2_000 : 20_000;

if (process.argv[2] === 'run') {
  const accessors = process.argv[3] === 'accessors';
  let seen = 0;
  for (let i = 0; i < ITERATIONS; i++) {
    const context = { data: Array.from({ length: 2_000 }, (_, n) => ({ n, text: `item ${n}` })) };
    const http = accessors
      ? {
          get status() {
            return context.data.length;
          },
          set status(value) {
            context.status = value;
          },
        }
      : { status: context.data.length };
    seen += http.status;
  }
  if (seen !== ITERATIONS * 2_000) throw new Error('unexpected');
  process.exit(0);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
console.log('| object literal | scavenges | promoted per scavenge (median) | pause (median) | full collections |');
console.log('|---|---|---|---|---|');
for (const way of ['plain', 'accessors']) {
  const { stdout, status } = spawnSync(process.execPath, ['--trace-gc-nvp', fileURLToPath(import.meta.url), 'run', way], { encoding: 'utf8' });
  if (status !== 0) throw new Error(`the ${way} run exited with ${status}`);
  const scavenges = stdout
    .split('\n')
    .filter((line) => line.includes(' gc=s '))
    .map((line) => Object.fromEntries([...line.matchAll(/(\S+)=(\S+)/g)].map((m) => [m[1], m[2]])));
  const full = stdout.split('\n').filter((line) => line.includes(' gc=mc ')).length;
  const promoted = median(scavenges.map((s) => Number(s.promoted))) / 1024;
  const pause = median(scavenges.map((s) => Number(s.pause)));
  const literal = way === 'plain' ? '`{ status }`' : '`{ get status(), set status() }`';
  console.log(`| ${literal} | ${scavenges.length} | ${Math.round(promoted)} KB | ${pause.toFixed(1)} ms | ${full} |`);
}
console.log(`\n${ITERATIONS} iterations one at a time, each about 200 KB reachable from its context; --trace-gc-nvp.`);
