import { request } from 'undici';
import { TEST_STAFF } from './identity/cis2.js';

const USAGE = `Prints a bearer token (an ID token) for a test user of the running NHS stand-in (\`npm start\` starts one).

  npm run token -- staff <user>                       CIS2 healthcare worker: ${TEST_STAFF.map((u) => u.id).join(', ')}
  npm run token -- citizen <NHS number> [--level P9|P5]  NHS login citizen (P9 unless said)
  npm run token -- citizen --level P0                 NHS login P0 user (no NHS number)
  npm run token -- --list                             the test users

Options: --sandbox <url> (default http://127.0.0.1:$EMBEDDED_SANDBOX_PORT, 4001), --role <role profile id> (CIS2 users with several roles).
Use it as: curl -H "authorization: Bearer $(npm run -s token -- citizen 9000000009)" ...`;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
}

/**
 * Asks the stand-in to sign a test user in for the graph's registered relying party (POST /_sandbox/sign-in: the
 * authorization-code flow with a private_key_jwt assertion, run by the stand-in, which holds that client's test key).
 * Prints the ID token, which the graph accepts as it accepts NHS login's and CIS2's.
 */
async function main(argv: string[]): Promise<void> {
  const args = [...argv];
  const sandbox = (option(args, '--sandbox') ?? process.env.SANDBOX_URL ?? `http://127.0.0.1:${process.env.EMBEDDED_SANDBOX_PORT || 4001}`).replace(/\/$/, '');
  const level = option(args, '--level') ?? 'P9';
  const role = option(args, '--role');
  const [kind, who] = args;
  if (kind === '--list') return list();
  if (kind !== 'staff' && kind !== 'citizen') throw new Error(USAGE);
  if (!['P0', 'P5', 'P9'].includes(level)) throw new Error('--level must be P0, P5 or P9');
  let user: Record<string, string>;
  if (kind === 'staff') {
    if (!who) throw new Error(`Which staff user? ${TEST_STAFF.map((u) => u.id).join(', ')}`);
    user = { staff: who, ...(role ? { role } : {}) };
  } else {
    if (level !== 'P0' && !who) throw new Error("Which citizen? Give an NHS number the stand-in's PDS knows, e.g. 9000000009");
    user = level === 'P0' ? { level, citizen: who && /^[1-3]$/.test(who) ? who : '1' } : { level, citizen: who! };
  }
  const res = await request(`${sandbox}/_sandbox/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(user),
  }).catch(() => {
    throw new Error(`No NHS stand-in answers at ${sandbox}: start one with \`npm start\`, or pass --sandbox`);
  });
  const body = (await res.body.json().catch(() => ({}))) as { idToken?: string; error?: string };
  if (res.statusCode !== 200 || !body.idToken)
    throw new Error(`The stand-in at ${sandbox} refused the sign-in (HTTP ${res.statusCode}): ${body.error ?? 'no token'}`);
  process.stdout.write(`${body.idToken}\n`);
}

function list(): void {
  const lines = [
    'CIS2 stand-in (npm run token -- staff <id>):',
    ...TEST_STAFF.map((u) => `  ${u.id.padEnd(12)} ${u.label}`),
    '',
    'NHS login (npm run token -- citizen <NHS number> [--level P9|P5]):',
    "  any NHS number the stand-in's PDS knows: the public sandbox records 9000000009 (Jane Smith), 9000000025 (restricted),",
    '  9000000033 (minimal), 9693632109 ... and every synthetic patient from 9990000018 up; P0 users: --level P0 [1-3].',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
