import { parseArgs } from 'node:util';
import { readRegistration } from './registration.js';
import { startSandbox } from './server.js';

const USAGE = `The NHS platform stand-in: every NHS API the graph reads, NHS login and a CIS2 stand-in, on one loopback port.

  npm start -w @nhs-graph/sandbox [-- --port 4001] [--registration <file>] [--latency-ms 0] [--host 127.0.0.1]

--port            default EMBEDDED_SANDBOX_PORT, else 4001 (0: a free port)
--registration    a registration file (src/registration.ts): the app, identity keys and relying party to register at start
--latency-ms      added before every API answer (EMBEDDED_SANDBOX_LATENCY_MS)
--bars-respond-to the sender's BaRS $process-message URL (EMBEDDED_BARS_RESPOND_TO): the stand-in's BaRS receivers answer
                  each new referral there (needs --registration)`;

/** Starts the stand-in, prints its URLs and one "ready" line, and stops cleanly on SIGINT or SIGTERM. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      registration: { type: 'string' },
      'latency-ms': { type: 'string' },
      'bars-respond-to': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const number = (raw: string | undefined, fallback: number, name: string): number => {
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0 || value > 65_535) throw new Error(`${name} must be a whole number from 0 to 65535 (got "${raw}")`);
    return value;
  };
  const port = number(values.port ?? process.env.EMBEDDED_SANDBOX_PORT, 4001, '--port');
  const latencyMs = number(values['latency-ms'] ?? process.env.EMBEDDED_SANDBOX_LATENCY_MS, 0, '--latency-ms');
  const registration = values.registration ? readRegistration(values.registration) : undefined;
  const sandbox = await startSandbox({ port, latencyMs, ...(values.host ? { host: values.host } : {}) });
  if (registration) await sandbox.useRegistration(registration);
  const respondTo = values['bars-respond-to'] ?? process.env.EMBEDDED_BARS_RESPOND_TO;
  if (respondTo) sandbox.respondToBarsSenders(new URL(respondTo).href);

  process.stdout.write(
    [
      `NHS stand-in ready: ${sandbox.origin}`,
      `  NHS login:  ${sandbox.nhsLogin.issuer}`,
      `  CIS2:       ${sandbox.cis2.issuer}`,
      registration ? `  test users: ${sandbox.origin}/_sandbox/personas` : '  no registration: register an app with --registration <file>',
      '',
    ].join('\n'),
  );
  let stopping = false;
  const stop = (): void => {
    if (stopping) process.exit(1);
    stopping = true;
    void sandbox.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`the NHS stand-in failed to start: ${(error as Error).message}\n`);
  process.exit(1);
});
