import { describe, expect, it } from 'vitest';
import { parseRecordRequest } from '../../sandbox/src/routers/gp-connect/structured-params.js';

/**
 * The embedded GP system reads a $gpc.getstructuredrecord Parameters body as the specification has it: the
 * OperationDefinition's parameter names, and a 422 INVALID_PARAMETER for the not permitted parameter combinations.
 */
const body = (...parameter: object[]) => ({
  resourceType: 'Parameters',
  parameter: [{ name: 'patientNHSNumber', valueIdentifier: { system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9690937286' } }, ...parameter],
});
const period = { start: '2020-01-01', end: '2021-01-01' };
const outcome = (result: ReturnType<typeof parseRecordRequest>) =>
  'status' in result ? `${result.status} ${(result.body as any).issue[0].details.coding[0].code}` : 'ok';

describe('the embedded provider: structured record parameters', () => {
  it('takes referralSearchPeriod and refuses the misspelt referralsSearchPeriod', () => {
    expect(outcome(parseRecordRequest(body({ name: 'includeReferrals', part: [{ name: 'referralSearchPeriod', valuePeriod: period }] }), '2026-06-01'))).toBe(
      'ok',
    );
    expect(outcome(parseRecordRequest(body({ name: 'includeReferrals', part: [{ name: 'referralsSearchPeriod', valuePeriod: period }] }), '2026-06-01'))).toBe(
      '422 INVALID_PARAMETER',
    );
  });

  it.each([
    [
      'includeNotGiven with consultations',
      [{ name: 'includeConsultations' }, { name: 'includeImmunisations', part: [{ name: 'includeNotGiven', valueBoolean: false }] }],
    ],
    ['filterStatus with consultations', [{ name: 'includeConsultations' }, { name: 'includeProblems', part: [{ name: 'filterStatus', valueCode: 'active' }] }]],
    ['includeNotGiven with problems', [{ name: 'includeProblems' }, { name: 'includeImmunisations', part: [{ name: 'includeNotGiven', valueBoolean: true }] }]],
    [
      'referralSearchPeriod with problems',
      [{ name: 'includeProblems' }, { name: 'includeReferrals', part: [{ name: 'referralSearchPeriod', valuePeriod: period }] }],
    ],
  ])('refuses %s with 422 INVALID_PARAMETER', (_, parameters) => {
    expect(outcome(parseRecordRequest(body(...parameters), '2026-06-01'))).toBe('422 INVALID_PARAMETER');
  });

  it.each([
    [
      'investigationSearchPeriod with consultations',
      [{ name: 'includeConsultations' }, { name: 'includeInvestigations', part: [{ name: 'investigationSearchPeriod', valuePeriod: period }] }],
    ],
    ['filterStatus with problems', [{ name: 'includeProblems', part: [{ name: 'filterStatus', valueCode: 'active' }] }, { name: 'includeImmunisations' }]],
  ])('permits %s', (_, parameters) => {
    expect(outcome(parseRecordRequest(body(...parameters), '2026-06-01'))).toBe('ok');
  });
});
