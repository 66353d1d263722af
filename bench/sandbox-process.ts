/**
 * The benchmark's upstream: the embedded NHS sandbox in a process of its own, so the graph under test (and each
 * alternative) is measured without the sandbox's CPU and memory in its figures. Rate limits are off (a benchmark is not
 * a rate-limit test). It registers one application whose private key it hands to the processes under test (they call
 * the sandbox through the platform's signed-JWT flow, as against NHS int), and serves a small control API on a second
 * loopback port: request counts, latency, caller tokens. Prints one JSON line when ready.
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, exportPKCS8, generateKeyPair } from 'jose';
import { signInAs, startEmbeddedPlatform, type TestUser } from '../sandbox/src/embedded.js';
import { API_IDS } from '../src/upstream/apis.js';

const embedded = await startEmbeddedPlatform({
  latencyMs: Number(process.env.BENCH_LATENCY_MS ?? 0),
  rateLimits: Object.fromEntries(API_IDS.map((id) => [id, null])),
});
const { sandbox } = embedded;

// The application the processes under test are: its key is extractable so it can be handed to them as PEM.
const app = await generateKeyPair('RS512', { modulusLength: 2048, extractable: true });
const keyId = `bench-${randomUUID()}`;
const apiKey = randomUUID().replace(/-/g, '');
sandbox.registerApp({ apiKey, publicJwk: { ...(await exportJWK(app.publicKey)), kid: keyId, alg: 'RS512', use: 'sig' } });
const privateKeyPem = await exportPKCS8(app.privateKey);

/** Tokens of test users, signed in once each (CIS2 ID tokens live an hour; a run takes minutes). */
const tokens = new Map<string, Promise<string>>();

const control = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://control');
  const reply = (status: number, body: unknown) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }).end(text);
  };
  switch (url.pathname) {
    case '/counts':
      reply(200, sandbox.counts());
      return;
    case '/reset':
      sandbox.resetCounts();
      reply(200, {});
      return;
    case '/latency': {
      const ms = Number(url.searchParams.get('ms') ?? '0');
      sandbox.setAllLatency(ms);
      reply(200, { ms });
      return;
    }
    case '/token': {
      const staff = url.searchParams.get('staff');
      const citizen = url.searchParams.get('citizen');
      const user: TestUser = staff ? { staff } : { citizen: citizen ?? '9000000009', level: 'P9' };
      const key = JSON.stringify(user);
      let token = tokens.get(key);
      if (!token) {
        token = signInAs(embedded, user);
        tokens.set(key, token);
      }
      token.then(
        (idToken) => reply(200, { idToken }),
        (error: Error) => {
          tokens.delete(key);
          reply(500, { error: error.message });
        },
      );
      return;
    }
    case '/population': {
      // NHS numbers of synthetic patients with a GP practice and a nominated pharmacy, for scenario (a).
      const n = Number(url.searchParams.get('n') ?? '200');
      const patients = sandbox.population.patients.filter((p) => !p.restricted && p.gpOdsCode && p.pharmacyOdsCode).slice(100, 100 + n);
      reply(
        200,
        patients.map((p) => p.nhsNumber),
      );
      return;
    }
    default:
      reply(404, { error: 'no such control route' });
  }
});
await new Promise<void>((resolve) => control.listen(0, '127.0.0.1', resolve));

process.stdout.write(
  `bench-ready ${JSON.stringify({
    origin: sandbox.origin,
    control: `http://127.0.0.1:${(control.address() as AddressInfo).port}`,
    app: { apiKey, keyId, privateKeyPem },
    issuers: embedded.issuers,
  })}\n`,
);

const stop = async () => {
  control.close();
  await sandbox.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
