/**
 * Bounded load test (npm run test:load): 500 concurrent signed-in clients for 30 s on loopback against a graph whose PDS
 * fails half its requests with 503 (drive.ts says what passes). Prints the figures; exits 1 when it failed. LOAD_CLIENTS,
 * LOAD_SECONDS, LOAD_MAX_REQUESTS, LOAD_FAILING_API, LOAD_FAIL_RATE and LOAD_CITIZENS change its size.
 */
import { runLoad } from './drive.js';

const report = await runLoad({
  clients: Number(process.env.LOAD_CLIENTS ?? 500),
  durationMs: Number(process.env.LOAD_SECONDS ?? 30) * 1000,
  ...(process.env.LOAD_MAX_REQUESTS ? { maxRequests: Number(process.env.LOAD_MAX_REQUESTS) } : {}),
  failing: { api: process.env.LOAD_FAILING_API ?? 'pds', rate: Number(process.env.LOAD_FAIL_RATE ?? 0.5), status: 503 },
  citizens: Number(process.env.LOAD_CITIZENS ?? 10),
});
process.stdout.write(`${report.lines.join('\n')}\n`);
process.exit(report.problems.length ? 1 : 0);
