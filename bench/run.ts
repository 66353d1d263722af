/**
 * npm run bench [-- --quick] [--render] [--targets=graph,rest] [--scenarios=a,b,n] [--latencies=0,20] [--out=bench]
 *   [--growth-sizes=1,10,50,200] [--duration=5] [--rounds=2]
 * Runs the benchmark (docs/bench.md) and writes <out>/results.json and <out>/results.md.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ALL_TARGETS, defaultOptions, runBench, type BenchResult } from './bench.js';
import { ROOT } from './processes.js';
import { summariseProfiles } from './profile-summary.js';
import { markdown, summary } from './report.js';
import type { ScenarioId } from './scenarios.js';

const args = process.argv.slice(2);
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const quick = args.includes('--quick');
const options = defaultOptions(quick);
const list = (name: string) =>
  flag(name)
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
options.targets = list('targets') ?? ALL_TARGETS;
options.scenarios = (list('scenarios') as ScenarioId[] | undefined) ?? options.scenarios;
options.latencies = list('latencies')?.map(Number) ?? options.latencies;
if (flag('duration')) options.durationSeconds = Number(flag('duration'));
options.concurrency = list('concurrency')?.map(Number) ?? options.concurrency;
if (flag('samples')) options.samples = Number(flag('samples'));
if (flag('rounds')) options.rounds = Number(flag('rounds'));
if (!Number.isInteger(options.rounds) || options.rounds < 1) throw new Error(`--rounds takes a whole number of at least 1, not ${flag('rounds')}`);
options.growthSizes = list('growth-sizes')?.map(Number) ?? options.growthSizes;
if (args.includes('--profile')) options.profileDir = resolve(ROOT, flag('out') ?? 'bench', 'profiles');
options.log = (line) => process.stderr.write(`[bench] ${line}\n`);
const out = resolve(ROOT, flag('out') ?? 'bench');
const command = `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`;

const startedAt = performance.now();
// --render: rewrite results.md (and the README's table) from an existing results.json, without measuring.
const rendered = args.includes('--render') ? (JSON.parse(await readFile(join(out, 'results.json'), 'utf8')) as BenchResult & { command: string }) : undefined;
const result = rendered ?? (await runBench(options));
const shownCommand = rendered?.command ?? command;
await mkdir(out, { recursive: true });
if (!rendered) await writeFile(join(out, 'results.json'), `${JSON.stringify({ command, ...result }, null, 2)}\n`);
let md = markdown(result, shownCommand);
if (options.profileDir) md += `\n\n## Profile\n\n${await summariseProfiles(options.profileDir)}\n`;
await writeFile(join(out, 'results.md'), `${md}\n`);
// A full run into bench/ is what the README quotes; quick runs and other directories leave it alone.
if ((rendered ? !rendered.meta.quick : !quick) && !flag('out') && !options.profileDir) {
  const readme = join(ROOT, 'README.md');
  const text = await readFile(readme, 'utf8');
  const updated = text.replace(
    /<!-- bench:table -->[\s\S]*?<!-- \/bench:table -->/,
    () => `<!-- bench:table -->\n${summary(result, shownCommand)}\n<!-- /bench:table -->`,
  );
  if (updated !== text) await writeFile(readme, updated);
}
process.stdout.write(`${md}\n\nwritten to ${out}/results.{json,md} in ${((performance.now() - startedAt) / 1000).toFixed(0)} s\n`);
