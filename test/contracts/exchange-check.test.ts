import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { SandboxExchange } from '../../sandbox/src/exchange.js';
import { loadFixture } from '../../sandbox/src/fixtures.js';
import { checkExchange } from '../support/contracts/check.js';
import { structuredRecordViolations } from '../support/contracts/fhir-operations.js';
import { searchRuleViolations } from '../support/contracts/search-rules.js';
import { ROUTE_A } from '../support/contracts/specs.js';

/**
 * The judge of every exchange with the sandbox (test/support/contracts/) can fail: a conforming exchange built from the
 * specs' own examples passes, and each way of breaking it is caught.
 */
const PDS = '/personal-demographics/FHIR/R4';
const patient = loadFixture<Record<string, unknown>>('pds/specification/components/examples/Patient.json');

function pdsRead(overrides: Partial<SandboxExchange> = {}): SandboxExchange {
  return {
    api: 'pds',
    method: 'GET',
    path: `${PDS}/Patient/9000000009`,
    search: '',
    headers: { 'x-request-id': randomUUID(), authorization: 'Bearer token' },
    rawBody: '',
    status: 200,
    responseHeaders: { 'content-type': 'application/fhir+json' },
    body: patient,
    ...overrides,
  };
}

describe('the exchange checker', () => {
  it('passes a PDS read shaped like the spec example', async () => {
    const verdict = await checkExchange(pdsRead());
    expect(verdict).toMatchObject({ operation: 'GET /Patient/{id}', violations: [] });
  });

  it.each([
    ['a path the spec does not have', { path: `${PDS}/Patients/9000000009` }, /no operation GET \/Patients/],
    ['a method the spec does not have', { method: 'DELETE' }, /no operation DELETE/],
    ['an X-Request-ID that is not a UUID', { headers: { 'x-request-id': 'abc', authorization: 'Bearer token' } }, /x-request-id must match/],
    ['no X-Request-ID', { headers: { authorization: 'Bearer token' } }, /must have required property 'x-request-id'/],
    ['an undeclared query parameter', { search: '?colour=blue' }, /must NOT have additional properties \(colour\)/],
    ['a status the operation does not list', { status: 302 }, /status 302 is not in the operation's status table/],
    ['a body the schema refuses', { body: { ...patient, gender: 'purple' } }, /response: \/gender must be equal to one of the allowed values/],
    ['no body where the spec declares one', { body: undefined }, /declares a JSON body; got none/],
    ['a body that is not JSON', { body: '{ statusCode: 401 }' }, /got text that is not JSON/],
    ['a content type the spec does not declare', { responseHeaders: { 'content-type': 'text/html' } }, /content type text\/html is not one the spec declares/],
  ])('refuses %s', async (_, overrides, expected) => {
    const verdict = await checkExchange(pdsRead(overrides as Partial<SandboxExchange>));
    expect(verdict.violations.join('\n')).toMatch(expected);
  });

  it('refuses a request without the bearer token an operation requires (e-RS bearerAuth)', async () => {
    const verdict = await checkExchange({
      ...pdsRead(),
      api: 'ers',
      path: '/referrals/FHIR/STU3/CodeSystem/SPECIALTY',
      headers: { 'x-request-id': randomUUID() },
      status: 401,
      body: undefined,
    });
    expect(verdict.violations.join('\n')).toMatch(/security: the request meets none of the operation's requirements \(bearerAuth\)/);
  });

  it('judges an injected fault by its request only', async () => {
    const verdict = await checkExchange(pdsRead({ status: 200, body: '{"resourceType": "Patient", "id": ', fault: 'malformed' }));
    expect(verdict.violations).toEqual([]);
  });
});

describe('the $gpc.getstructuredrecord OperationDefinition check', () => {
  const nhs = { name: 'patientNHSNumber', valueIdentifier: { system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9000000009' } };
  const params = (...parameter: unknown[]) => ({ resourceType: 'Parameters', parameter: [nhs, ...parameter] });

  it("passes the spec's own request examples, except the referrals one, which misspells its part", () => {
    for (const file of ['allergies_request1', 'immunizations_request1', 'meds_request', 'problems_request1']) {
      expect([file, structuredRecordViolations(loadFixture(`gpc-structured/examples/${file}.json`))]).toEqual([file, []]);
    }
    expect(structuredRecordViolations(loadFixture('gpc-structured/examples/referrals_request1.json'))).toEqual([
      'fhir: includeReferrals.referralsSearchPeriod is not a parameter of the operation',
    ]);
  });

  it.each([
    ['no patientNHSNumber', { resourceType: 'Parameters', parameter: [{ name: 'includeProblems' }] }, 'fhir: patientNHSNumber is required'],
    ['allergies without includeResolvedAllergies', params({ name: 'includeAllergies' }), 'fhir: includeAllergies.includeResolvedAllergies is required'],
    ['an unknown area', params({ name: 'includeEverything' }), 'fhir: includeEverything is not a parameter of the operation'],
    [
      'a part of the wrong type',
      params({ name: 'includeMedication', part: [{ name: 'includePrescriptionIssues', valueString: 'yes' }] }),
      'fhir: includeMedication.includePrescriptionIssues must have valueBoolean (has valueString)',
    ],
    [
      'a date with a time',
      params({ name: 'includeMedication', part: [{ name: 'medicationSearchFromDate', valueDate: '2020-01-01T10:00:00Z' }] }),
      'fhir: includeMedication.medicationSearchFromDate must be a whole date (yyyy-mm-dd)',
    ],
    [
      'both consultation filters',
      params({
        name: 'includeConsultations',
        part: [
          { name: 'consultationSearchPeriod', valuePeriod: { start: '2020-01-01' } },
          { name: 'includeNumberOfMostRecent', valuePositiveInt: 3 },
        ],
      }),
      'fhir: consultationSearchPeriod and includeNumberOfMostRecent are both populated',
    ],
    [
      'a filter on another area with consultations',
      params({ name: 'includeConsultations' }, { name: 'includeImmunisations', part: [{ name: 'includeNotGiven', valueBoolean: false }] }),
      'fhir: includeImmunisations.includeNotGiven is not permitted with includeConsultations',
    ],
    [
      'filterStatus with consultations',
      params({ name: 'includeConsultations' }, { name: 'includeProblems', part: [{ name: 'filterStatus', valueCode: 'active' }] }),
      'fhir: includeProblems.filterStatus is not permitted with includeConsultations',
    ],
    [
      'a medication date filter with problems',
      params({ name: 'includeProblems' }, { name: 'includeMedication', part: [{ name: 'medicationSearchFromDate', valueDate: '2020-01-01' }] }),
      'fhir: includeMedication.medicationSearchFromDate is not permitted with includeProblems',
    ],
  ])('refuses %s', (_, body, violation) => {
    expect(structuredRecordViolations(body)).toContain(violation);
  });

  it('allows what only chooses content alongside consultations: resolved allergies, prescription issues', () => {
    expect(
      structuredRecordViolations(
        params(
          { name: 'includeConsultations' },
          { name: 'includeAllergies', part: [{ name: 'includeResolvedAllergies', valueBoolean: true }] },
          { name: 'includeMedication', part: [{ name: 'includePrescriptionIssues', valueBoolean: false }] },
        ),
      ),
    ).toEqual([]);
  });
});

describe("route A's patient appointment search rule (gpc-appointments/CONTRACT.md)", () => {
  const TODAY = '2026-12-06';
  const judge = (search: string, spec: string = ROUTE_A.appointments) => searchRuleViolations(spec, 'GET /Patient/{id}/Appointment', search, TODAY);

  it('passes a window from today, and route B (the platform spec) with a past start', () => {
    expect(judge('?start=ge2026-12-06&start=le2026-12-20')).toEqual([]);
    expect(judge('?start=ge2026-11-06&start=le2026-12-20', 'gpc-appointments')).toEqual([]);
  });

  it.each([
    ['a start in the past', '?start=ge2026-12-05&start=le2026-12-20', /ge2026-12-05 is in the past/],
    ['one bound only', '?start=ge2026-12-06', /exactly twice/],
    ['a time on a bound', '?start=ge2026-12-06T09:00:00%2B00:00&start=le2026-12-20', /dates only/],
  ])('catches %s', (_, search, message) => {
    expect(judge(search).join('; ')).toMatch(message);
  });
});
