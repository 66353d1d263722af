import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '../../../src/errors.js';
import { loadFixture } from '../../../sandbox/src/fixtures.js';
import { base64Json, barsHeaders, checkTarget } from '../../../src/sources/bars/headers.js';
import { checkMessage } from '../../../src/sources/bars/message.js';
import { mapMessageResult, resourcesOf } from '../../../src/sources/bars/mapper.js';
import type { BarsBundle } from '../../../src/sources/bars/wire.js';

const EX = 'bars/specification/examples1.1.0/';
const booking = (): Record<string, any> => ({ ...loadFixture<Record<string, any>>(`${EX}process_message/POST-body.json`), id: randomUUID() });

function reasonOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof BadUserInputError ? (error.extensions.reason as string) : 'other';
  }
  return undefined;
}

describe('checkMessage', () => {
  it("accepts the contract's booking example and builds use-context from the use case, category, event and reason", () => {
    const m = booking();
    expect(checkMessage('booking', m, 'a1t1')).toMatchObject({
      id: m.id,
      event: 'booking-request',
      reason: 'new',
      useContext: 'a1t1|booking|booking-request|new',
    });
    expect(checkMessage('booking', m, undefined).useContext).toBe('|booking|booking-request|new');
  });

  it.each([
    ['a string', () => 'bundle'],
    ['a Bundle of another type', () => ({ ...booking(), type: 'collection' })],
    ['no id', () => ({ ...booking(), id: undefined })],
    ['no MessageHeader first', () => ({ ...booking(), entry: booking().entry.slice(1) })],
    [
      'no reason',
      () => {
        const m = booking();
        delete m.entry[0].resource.reason;
        return m;
      },
    ],
  ])('refuses %s', (_, build) => {
    expect(reasonOf(() => checkMessage('booking', build(), undefined))).toBe('INVALID_BARS_MESSAGE');
  });

  it('refuses a booking sent as a referral', () => {
    expect(reasonOf(() => checkMessage('referral', booking(), undefined))).toBe('INVALID_BARS_MESSAGE');
  });
});

describe('BaRS headers', () => {
  it('encodes the target, the sending organisation and the software as base64 JSON', () => {
    const h = barsHeaders({ system: 'https://fhir.nhs.uk/Id/dos-service-id', value: '2000072489' }, { endUser: { organisationOds: 'a83008' } });
    expect(h['nhsd-target-identifier']).toBe(base64Json({ system: 'https://fhir.nhs.uk/Id/dos-service-id', value: '2000072489' }));
    expect(JSON.parse(Buffer.from(h['nhsd-end-user-organisation']!, 'base64').toString())).toEqual({
      resourceType: 'Organization',
      identifier: [{ system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: 'A83008' }],
    });
  });

  it('refuses an empty or spaced target and a missing organisation', () => {
    expect(reasonOf(() => checkTarget({ system: '', value: '1' }))).toBe('INVALID_BARS_TARGET');
    expect(reasonOf(() => checkTarget({ system: 'a b', value: '1' }))).toBe('INVALID_BARS_TARGET');
    expect(reasonOf(() => barsHeaders({ system: 'tests', value: 'NHS1' }, undefined))).toBe('BARS_ORGANISATION_REQUIRED');
    expect(reasonOf(() => barsHeaders({ system: 'tests', value: 'NHS1' }, { user: { kind: 'citizen' } }))).toBe('BARS_ORGANISATION_REQUIRED');
  });

  it("sends a signed-in worker's own organisation when none is declared, and names them as the requesting practitioner", () => {
    const ctx = {
      staff: { roleProfileId: '555000000100', jobRoleCode: 'R8000', orgCode: 'y12345' },
      user: { kind: 'staff' as const, userId: 'u', sdsUserId: '555000000101', familyName: 'Clinician', givenNames: ['Casey'] },
    };
    const h = barsHeaders({ system: 'tests', value: 'NHS1' }, ctx);
    const decode = (v: string | undefined) => JSON.parse(Buffer.from(v!, 'base64').toString());
    expect(decode(h['nhsd-end-user-organisation']).identifier[0].value).toBe('Y12345');
    expect(decode(h['nhsd-requesting-practitioner'])).toEqual({
      resourceType: 'PractitionerRole',
      identifier: [{ system: 'https://fhir.nhs.uk/Id/sds-role-profile-id', value: '555000000100' }],
      practitioner: { identifier: { system: 'https://fhir.nhs.uk/Id/sds-user-id', value: '555000000101' } },
      organization: { identifier: { system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: 'Y12345' } },
      code: [{ coding: [{ system: 'https://fhir.nhs.uk/CodeSystem/NHSDigital-SDS-JobRoleCode', code: 'R8000' }] }],
    });
    // A declared organisation wins; no name travels in the header.
    expect(
      decode(barsHeaders({ system: 'tests', value: 'NHS1' }, { ...ctx, endUser: { organisationOds: 'RR8' } })['nhsd-end-user-organisation']).identifier[0]
        .value,
    ).toBe('RR8');
    expect(h['nhsd-requesting-practitioner']).toBeDefined();
    expect(Buffer.from(h['nhsd-requesting-practitioner']!, 'base64').toString()).not.toContain('Clinician');
  });
});

describe('BaRS mapper', () => {
  it('reads resources whether entries wrap them or are them (the contract ServiceRequest search example)', () => {
    const bundle = loadFixture<BarsBundle>(`${EX}service_request/GET-success.json`);
    expect(resourcesOf(bundle, 'ServiceRequest').map((r) => r.id)).toEqual(['71d2b38e-b81c-4894-a522-6a65265b1d58']);
  });

  it("reads the contract's booking reply: its response code and the Appointment", () => {
    const reply = loadFixture<BarsBundle>(`${EX}process_message/POST-success.json`);
    const result = mapMessageResult('m-1', 'booking-request', reply);
    expect(result.appointment?.status).toBe('BOOKED');
    expect(result.reply).toBe(reply);
  });
});
