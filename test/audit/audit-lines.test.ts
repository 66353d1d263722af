import { describe, expect, it } from 'vitest';
import { instanceSuffix, stamped, stampedLines } from '../../src/audit/sink.js';
import { AuditTrail, type AuditRecord } from '../../src/audit/trail.js';

const INSTANCE = 'graph-1:4242';
const expected = (records: AuditRecord[]) => records.map((r) => `${JSON.stringify(stamped(r, INSTANCE))}\n`).join('');

describe('the audit file lines', () => {
  it("are JSON.stringify's bytes for a request's records, which share their time, ids and actor", () => {
    const trail = new AuditTrail();
    for (let i = 0; i < 50; i++) trail.touched(`99900027${String(i).padStart(2, '0')}`, 'Patient.nhsNumber', 'pds');
    trail.failed('9990002703', 'Patient.registeredGp', 'UPSTREAM_TIMEOUT', 'ods');
    trail.denied(null, 'Query.patients', 'pds');
    trail.touched('9990002711', 'Mutation.updatePatient', 'pds', true);
    const actor = { kind: 'staff', issuer: 'https://cis2.example/ö', subject: '555000000101', role: { orgCode: 'Y12345', note: 'quote " and \\ slash' } };
    const records = trail.records({ requestId: 'r-1', correlationId: 'c-"1"', actor, time: new Date('2026-12-06T09:00:00Z') });
    expect(records.map((r) => r.action)).toContain('write');
    expect(stampedLines(records, instanceSuffix(INSTANCE)).toString('utf8')).toBe(expected(records));
  });

  it('are the same bytes for records of other shapes and of several requests in one batch', () => {
    const actorA = { kind: 'citizen', identityLevel: 'P9' };
    const base = { action: 'read' as const, nhsNumber: '9000000009', sources: ['pds'], fields: ['Query.patient'], outcome: 'success' as const, errorCodes: [] };
    const records: AuditRecord[] = [
      { time: 't1', requestId: 'a', correlationId: 'a', ...base, actor: actorA },
      { time: 't1', requestId: 'a', correlationId: 'a', ...base, actor: actorA, nhsNumber: '9000000017' },
      // A write's intent record (AuditTrail.beforeWrite): the actor comes before the action.
      { time: 't2', requestId: 'b', correlationId: 'b', actor: actorA, ...base, action: 'write', outcome: 'intended' },
      // Another request, the same actor object: its head is its own.
      { time: 't3', requestId: 'c', correlationId: 'c', ...base, actor: actorA },
      // Already stamped by another replica, and one with an undefined key (which JSON leaves out).
      { time: 't4', requestId: 'd', correlationId: 'd', ...base, actor: actorA, instance: 'other:1' },
      { time: 't5', requestId: 'e', correlationId: 'e', ...base, actor: actorA, errorCodes: undefined as unknown as string[] },
      // One request's run in record order (AuditTrail.records), each record differing from the one before in one part of
      // its tail only, at the same lengths.
      ...[
        {},
        { nhsNumber: null },
        { fields: ['Query.patients'] },
        { sources: ['ods'] },
        { sources: ['ods'], outcome: 'error' as const, errorCodes: ['UPSTREAM_TIMEOUT'] },
        { sources: ['ods'], outcome: 'error' as const, errorCodes: ['UPSTREAM_ERROR'] },
        { sources: ['ods'], outcome: 'denied' as const, errorCodes: ['UPSTREAM_ERROR'] },
        { sources: ['ods', 'pds'], fields: ['Query.patient', 'Query.patients'] },
      ].map((change) => {
        const { nhsNumber, sources, fields, outcome, errorCodes } = { ...base, ...change };
        return { time: 't6', requestId: 'f', correlationId: 'f', action: 'read' as const, actor: actorA, nhsNumber, sources, fields, outcome, errorCodes };
      }),
    ];
    const lines = stampedLines(records, instanceSuffix(INSTANCE)).toString('utf8');
    expect(lines).toBe(expected(records));
    expect(
      lines
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l).requestId),
    ).toEqual(['a', 'a', 'b', 'c', 'd', 'e', ...Array(8).fill('f')]);
  });
});

describe("a request's trail", () => {
  it("lists each patient's sources, fields and error codes once each, in code-unit order, whatever order they came in", () => {
    const trail = new AuditTrail();
    const fields = ['Patient.name', 'Query.patients', 'Patient.Zeta', 'Patient.name', 'Patient.birthDate', 'Patient.name', 'Patient.address', 'Query.patients'];
    const sources = ['pds', 'ods', 'pds', 'gp-connect', 'ods'];
    fields.forEach((field, i) => trail.touched('9000000009', field, sources[i % sources.length]));
    for (const code of ['UPSTREAM_TIMEOUT', 'FORBIDDEN', 'UPSTREAM_TIMEOUT', 'BAD_USER_INPUT'])
      trail.failed('9000000009', 'Patient.gpRecord', code, 'gp-connect');
    const [record] = trail.records({ requestId: 'r', correlationId: 'r', actor: {}, time: new Date(0) });
    expect(record?.fields).toEqual([...new Set([...fields, 'Patient.gpRecord'])].sort());
    expect(record?.sources).toEqual([...new Set(sources)].sort());
    expect(record?.errorCodes).toEqual(['BAD_USER_INPUT', 'FORBIDDEN', 'UPSTREAM_TIMEOUT']);
    expect(record?.outcome).toBe('error');
  });
});

describe("a request's records", () => {
  it('keep what they said when the trail goes on after them, and share nothing that a later record could change', () => {
    const trail = new AuditTrail();
    const meta = { requestId: 'r', correlationId: 'r', actor: {}, time: new Date(0) };
    for (const n of ['9000000009', '9000000017']) {
      trail.touched(n, 'Query.patients', 'pds');
      trail.touched(n, 'Patient.nhsNumber');
    }
    const before = trail.records(meta);
    trail.touched('9000000009', 'Patient.name', 'ods');
    trail.failed('9000000017', 'Patient.registeredGp', 'UPSTREAM_TIMEOUT', 'ods');
    const after = trail.records(meta);
    expect(before.map((r) => [r.fields, r.sources, r.errorCodes, r.outcome])).toEqual([
      [['Patient.nhsNumber', 'Query.patients'], ['pds'], [], 'success'],
      [['Patient.nhsNumber', 'Query.patients'], ['pds'], [], 'success'],
    ]);
    expect(after.map((r) => [r.fields, r.sources, r.errorCodes, r.outcome])).toEqual([
      [['Patient.name', 'Patient.nhsNumber', 'Query.patients'], ['ods', 'pds'], [], 'success'],
      [['Patient.nhsNumber', 'Patient.registeredGp', 'Query.patients'], ['ods', 'pds'], ['UPSTREAM_TIMEOUT'], 'error'],
    ]);
    expect(() => (after[0]?.fields as string[]).push('Patient.address')).toThrow(TypeError);
    expect(after[1]?.fields).not.toContain('Patient.address');
  });
});
