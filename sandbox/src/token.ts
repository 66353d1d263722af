import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair } from 'jose';
import { request } from 'undici';
import { TEST_STAFF } from './identity/cis2.js';
import { signIn } from './identity/sign-in.js';

const USAGE = `Prints a bearer token for a test user of the running graph's embedded sandbox (NHS_ENV=embedded).

  npm run token -- staff <user>                       CIS2 healthcare worker: ${TEST_STAFF.map((u) => u.id).join(', ')}
  npm run token -- citizen <NHS number> [--level P9|P5]  NHS login citizen (P9 unless said)
  npm run token -- citizen --level P0                 NHS login P0 user (no NHS number)
  npm run token -- --list                             the test users

Options: --graph <url> (default http://127.0.0.1:$PORT, PORT 4000), --role <role profile id> (CIS2 users with several roles).
Use it as: curl -H "authorization: Bearer $(npm run -s token -- citizen 9000000009)" ...`;

interface EmbeddedIdentity {
  nhsLogin: { issuer: string; clientId: string; redirectUri: string };
  cis2: { issuer: string; clientId: string; redirectUri: string };
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
}

/**
 * Signs a test user in through the embedded NHS login or CIS2 stand-in with the authorization-code flow, as the graph's
 * front end would: it registers a fresh key of its own for the graph's client (a sandbox-only endpoint), then runs
 * authorize, the test sign-in form and the token request with a private_key_jwt assertion. Prints the ID token.
 */
async function main(argv: string[]): Promise<void> {
  const args = [...argv];
  const graph = (option(args, '--graph') ?? process.env.GRAPH_URL ?? `http://127.0.0.1:${process.env.PORT ?? 4000}`).replace(/\/$/, '');
  const level = option(args, '--level') ?? 'P9';
  const role = option(args, '--role');
  const [kind, who] = args;
  if (kind === '--list') return list();
  if (kind !== 'staff' && kind !== 'citizen') throw new Error(USAGE);
  if (!['P0', 'P5', 'P9'].includes(level)) throw new Error('--level must be P0, P5 or P9');

  const res = await request(`${graph}/embedded/identity`).catch(() => {
    throw new Error(`No graph answers at ${graph}: start it with \`npm start\` (NHS_ENV=embedded), or pass --graph`);
  });
  if (res.statusCode !== 200) {
    await res.body.dump();
    throw new Error(`${graph} has no embedded sandbox (GET /embedded/identity answered ${res.statusCode}): tokens come from NHS login or CIS2 there`);
  }
  const identity = (await res.body.json()) as EmbeddedIdentity;
  const provider = kind === 'staff' ? identity.cis2 : identity.nhsLogin;

  const { publicKey, privateKey } = await generateKeyPair('RS512', { modulusLength: 2048 });
  const keyId = `npm-run-token-${randomUUID()}`;
  const registered = await request(`${provider.issuer}/_sandbox/client-keys`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ client_id: provider.clientId, jwk: { ...(await exportJWK(publicKey)), kid: keyId, alg: 'RS512', use: 'sig' } }),
  });
  await registered.body.dump();
  if (registered.statusCode !== 201) throw new Error(`The embedded sandbox refused the key registration (HTTP ${registered.statusCode})`);

  const client = { clientId: provider.clientId, redirectUri: provider.redirectUri, keyId, privateKey };
  let userId: string;
  let signedIn;
  if (kind === 'staff') {
    if (!who) throw new Error(`Which staff user? ${TEST_STAFF.map((u) => u.id).join(', ')}`);
    userId = who;
    signedIn = await signIn(provider.issuer, client, userId, { scope: 'openid profile nationalrbacaccess selectedrole', ...(role ? { role } : {}) });
  } else {
    if (level !== 'P0' && !who) throw new Error('Which citizen? Give an NHS number the embedded PDS knows, e.g. 9000000009');
    userId = level === 'P0' ? `P0:${who && /^[1-3]$/.test(who) ? who : '1'}` : `${level}:${who}`;
    signedIn = await signIn(provider.issuer, client, userId, { scope: 'openid profile', vtr: [`${level}.Cp.Cd`] });
  }
  process.stdout.write(`${signedIn.idToken}\n`);
}

function list(): void {
  const lines = [
    'CIS2 stand-in (npm run token -- staff <id>):',
    ...TEST_STAFF.map((u) => `  ${u.id.padEnd(12)} ${u.label}`),
    '',
    'NHS login (npm run token -- citizen <NHS number> [--level P9|P5]):',
    '  any NHS number the embedded PDS knows: the public sandbox records 9000000009 (Jane Smith), 9000000025 (restricted),',
    '  9000000033 (minimal), 9693632109 ... and every synthetic patient from 9990000018 up; P0 users: --level P0 [1-3].',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
