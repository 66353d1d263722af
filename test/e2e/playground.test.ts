import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_IDS } from '../../src/upstream/apis.js';
import { startGraphProcess, type GraphProcess } from '../support/graph-process.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Chromium's own background services (updates, safe browsing, sync) would reach Google: the resolver rule makes every
// host but loopback unresolvable, so the test can see that the page itself asks for nothing outside our origin.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost',
];

describe('the playground in a real browser (headless Chromium)', () => {
  let graph: GraphProcess;
  let profile: string;
  let context: BrowserContext;
  let page: Page;
  const requested: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    // The playground workspace's own build (skipped when current; npm run test:e2e has just run it).
    execFileSync(process.execPath, ['build.js'], { cwd: fileURLToPath(new URL('../../playground/', import.meta.url)) });
    graph = await startGraphProcess({ LOG_LEVEL: 'warn' });
    profile = mkdtempSync(join(tmpdir(), 'nhs-graph-chromium-'));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS });
    context.on('request', (r) => requested.push(r.url()));
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
  });

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    if (graph) {
      graph.child.kill('SIGTERM');
      await graph.exited;
    }
  });

  it('opens GraphiQL with the example operations, runs one and shows the answer from the embedded NHS sandbox', async () => {
    await page.goto(`${graph.url}/`);
    await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
    // The first tab is the first example: an ODS organisation, which needs no token.
    await page.locator('.graphiql-query-editor').getByText('query Organisation').first().waitFor();
    const tabs = page.locator('.graphiql-tab');
    // One example per NHS API (src/upstream/apis.ts) and the graph's own `about`.
    expect(await tabs.count()).toBe(API_IDS.length + 1);

    // Its variables are preset too.
    await page.locator('.graphiql-editor-tool').getByText('Y12345').first().waitFor();

    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.result-window');
    await expect.poll(async () => (await response.innerText()).replace(/\s+/g, ' '), { timeout: 20_000 }).toContain('TEST GP PRACTICE Y12345');
    const text = (await response.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('"odsCode": "Y12345"');
    expect(text).not.toContain('"errors"');
    // What the answer cost is shown above the editor: three ODS calls, the organisation and a CodeSystem lookup of each
    // of its two role codes (its primary role comes from the ODSOrganisationRole CodeSystem, as the contract says).
    await expect.poll(async () => page.locator('.nhs-answer-report').innerText(), { timeout: 20_000 }).toMatch(/upstream calls: ods=3 · query cost: \d+/);
  });

  it('says on the page that the embedded stand-in serves synthetic patients, not NHS records', async () => {
    const banner = page.locator('.nhs-environment');
    await banner.waitFor({ timeout: 20_000 });
    expect(await banner.innerText()).toBe('Embedded NHS stand-in: every patient here is synthetic test data, not an NHS record');
  });

  it('switches to another example tab and runs it', async () => {
    await page.locator('.graphiql-tab', { hasText: 'About' }).click();
    await page.locator('.graphiql-query-editor').getByText('query About').first().waitFor();
    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.result-window');
    await expect.poll(async () => (await response.innerText()).replace(/\s+/g, ' '), { timeout: 20_000 }).toContain('"environment": "EMBEDDED"');
  });

  it('refuses patient data to an anonymous caller, and answers once a CIS2 persona is picked', async () => {
    await page.locator('.graphiql-tab', { hasText: 'PatientWithGp' }).click();
    await page.locator('.graphiql-query-editor').getByText('query PatientWithGp').first().waitFor();
    const response = page.locator('.result-window');
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(async () => (await response.innerText()).replace(/\s+/g, ' '), { timeout: 20_000 }).toContain('UNAUTHENTICATED');

    await page.locator('#nhs-persona').selectOption('staff:clinician');
    await page.locator('.nhs-persona-status', { hasText: 'signed in' }).waitFor({ timeout: 20_000 });
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(async () => (await response.innerText()).replace(/\s+/g, ' '), { timeout: 20_000 }).toContain('"nhsNumber": "9000000009"');
    expect((await response.innerText()).replace(/\s+/g, ' ')).not.toContain('"errors"');
  });

  it('keeps the headers typed for each persona, and gives them back when that persona is picked again', async () => {
    await page.locator('#nhs-persona').selectOption('staff:nurse');
    await page.locator('.nhs-persona-status', { hasText: 'signed in' }).waitFor({ timeout: 20_000 });
    const headersTab = page.locator('.graphiql-editor-tools button', { hasText: 'Headers' });
    await headersTab.click();
    const editor = page.locator('.graphiql-editor-tool .graphiql-editor').last();
    await editor.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('{"x-correlation-id": "nurse-shift-7"}');
    await page.locator('#nhs-persona').selectOption('staff:clinician');
    await page.locator('.nhs-persona-status', { hasText: 'signed in' }).waitFor({ timeout: 20_000 });
    await page.locator('.graphiql-editor-tools button', { hasText: 'Headers' }).click();
    expect((await page.locator('.graphiql-editor-tool').innerText()).replace(/\s+/g, ' ')).not.toContain('nurse-shift-7');
    await page.locator('#nhs-persona').selectOption('staff:nurse');
    await page.locator('.nhs-persona-status', { hasText: 'signed in' }).waitFor({ timeout: 20_000 });
    await page.locator('.graphiql-editor-tools button', { hasText: 'Headers' }).click();
    await expect
      .poll(async () => (await page.locator('.graphiql-editor-tool').innerText()).replace(/\s+/g, ' '), { timeout: 20_000 })
      .toContain('nurse-shift-7');
  });

  it('loads everything from its own origin: no request leaves the loopback origin', async () => {
    const origin = new URL(graph.url).origin;
    expect(requested.length).toBeGreaterThan(3);
    const elsewhere = requested.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(elsewhere).toEqual([]);
    // The GraphQL request went to the graph itself, and the editor's workers were ours too.
    expect(requested).toContain(`${origin}/graphql`);
    expect(requested.some((u) => /\/assets\/graphql\.worker-[\w-]+\.js$/.test(u))).toBe(true);
    expect(consoleErrors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
  });
});
