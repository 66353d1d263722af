import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AuditSink } from '../../src/audit/sink.js';
import { AuditTrail, type AuditRecord } from '../../src/audit/trail.js';
import { createContext, releaseContext, type Context, type ContextSettings } from '../../src/context.js';
import type { PatientModel } from '../../src/sources/pds/mapper.js';
import type { Sources } from '../../src/sources/index.js';
import { testLogger } from '../support/log-capture.js';
import { startTestGraph, type TestGraph } from '../support/harness.js';

/**
 * What a request gathered (its loaders and their cached answers, its audit entries, its access marks) is let go once
 * its answer is sent. Apollo Server leaves each request an old-generation object whose closures reach the request's
 * context (src/context.ts, releaseContext): whatever the context still reaches survives young-generation collections
 * until the next full one.
 */
describe('releaseContext', () => {
  const noCall = async (): Promise<never> => {
    throw new Error('no upstream call in this test');
  };
  const settings = {
    sources: { pds: { getPatient: noCall, getRelatedPeople: noCall, searchPatients: noCall, patchPatient: noCall } } as unknown as Sources,
    logger: testLogger(),
    environment: 'embedded',
    loaders: { batching: true },
    verifier: { authenticate: async () => ({ principal: { kind: 'anonymous' } }) },
    access: { staffSources: {} },
    barsResponses: {},
  } as unknown as ContextSettings;
  const meta = { req: { headers: {}, socket: {} }, requestId: 'r', correlationId: 'c', signal: new AbortController().signal } as never;

  it("drops the loaders with their cached answers, the audit entries and the access marks, for Apollo's copy too", async () => {
    const ctx = await createContext(settings, meta);
    // Apollo executes each operation with a copy of the context (Object.assign onto the same prototype).
    const copy = Object.assign(Object.create(Object.getPrototypeOf(ctx) as object) as Context, ctx);
    const loaders = ctx.nhs.pds;
    loaders.patient.prime('9000000009', { nhsNumber: '9000000009' } as PatientModel);
    ctx.audit.touched('9000000009', 'Patient.name', 'pds');
    const model = {};
    ctx.access.owners.set(model, ['9000000009']);
    ctx.access.origins.set(model, []);

    releaseContext(ctx);

    for (const c of [ctx, copy]) {
      expect(c.audit.size).toBe(0);
      expect(c.access.owners.has(model)).toBe(false);
      expect(c.access.origins.has(model)).toBe(false);
      // Reached for again, a road is built afresh: nothing of the request's answers is cached in it.
      expect(c.nhs.pds).not.toBe(loaders);
      await expect(c.nhs.pds.patient.load('9000000009')).rejects.toThrow('no upstream call in this test');
    }
  });
});

describe('a request through the HTTP handler', () => {
  const events: string[] = [];
  const written: AuditRecord[][] = [];
  let t: TestGraph;
  const sink: AuditSink = {
    write: async (records) => {
      events.push('audit written');
      written.push([...records]);
    },
    flush: async () => {},
    check: async () => ({ ok: true }),
    close: async () => {},
  };
  const original = AuditTrail.prototype.release;
  const release = vi.spyOn(AuditTrail.prototype, 'release').mockImplementation(function (this: AuditTrail) {
    events.push(`released with ${this.size} entries`);
    original.call(this);
  });
  beforeAll(async () => {
    t = await startTestGraph({ audit: sink });
  });
  afterAll(async () => {
    release.mockRestore();
    await t.close();
  });

  it('is released once, after its audit records are written and its answer sent', async () => {
    release.mockClear();
    events.length = 0;
    written.length = 0;
    const r = await t.run('{ patient(nhsNumber: "9000000009") { nhsNumber name { family } registeredGp { name } } }');
    expect(r.errors).toBeUndefined();
    expect(r.data).toMatchObject({ patient: { nhsNumber: '9000000009' } });
    await vi.waitFor(() => expect(release).toHaveBeenCalledTimes(1));
    expect(events).toEqual(['audit written', 'released with 1 entries']);
    expect(written[0]?.map((rec) => rec.nhsNumber)).toEqual(['9000000009']);
  });

  it('is released when the operation is refused before it runs', async () => {
    release.mockClear();
    events.length = 0;
    const r = await t.run('{ patient(nhsNumber: "9000000009") { nhsNumber } }', undefined, { principal: null });
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await vi.waitFor(() => expect(release).toHaveBeenCalledTimes(1));
  });
});
