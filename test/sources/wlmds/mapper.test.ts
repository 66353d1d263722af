import { describe, expect, it } from 'vitest';
import { extractWaitingListEntries, mapWaitingListEntry } from '../../../src/sources/wlmds/mapper.js';

const EXAMPLE = {
  PATIENT_PATHWAY_IDENTIFIER: 'EBY23435667509',
  ACTIVITY_TREATMENT_FUNCTION_CODE: 314,
  REFERRAL_TO_TREATMENT_PERIOD_START_DATE: '2020-04-04T00:00:00',
  ReportingOrganisation: 'RXE',
  derWeekEnding: '2023-03-05T00:00:00',
};

describe('WLMDS mapper', () => {
  it.each([
    ['an envelope with data', { result: 'success', data: [EXAMPLE] }],
    ['a bare array', [EXAMPLE]],
    ['a single entry', EXAMPLE],
    ['any envelope key', { result: 'success', waitingList: [EXAMPLE, { unrelated: true }] }],
  ])('reads the entries of %s', (_, body) => {
    expect(extractWaitingListEntries(body)).toEqual([EXAMPLE]);
  });

  it('reads nothing from a body without entries', () => {
    expect(extractWaitingListEntries({ result: 'success' })).toEqual([]);
    expect(extractWaitingListEntries(undefined)).toEqual([]);
  });

  it('tolerates other key casing, string codes and a lower-case provider', () => {
    const model = mapWaitingListEntry({
      patient_pathway_identifier: 'X1',
      activityTreatmentFunctionCode: '110',
      referral_to_treatment_period_start_date: '2026-01-04T00:00:00',
      reportingorganisation: 'rr8',
      DER_WEEK_ENDING: '2026-02-01T00:00:00',
    });
    expect(model).toMatchObject({
      pathwayId: 'X1',
      treatmentFunction: { code: '110', name: 'Trauma and Orthopaedics' },
      clockStart: '2026-01-04',
      weekEnding: '2026-02-01',
      weeksWaitingAtCensus: 4,
      providerOdsCode: 'RR8',
    });
  });

  it('leaves unknown codes unnamed and unreadable dates null', () => {
    const model = mapWaitingListEntry({
      PATIENT_PATHWAY_IDENTIFIER: 'X2',
      ACTIVITY_TREATMENT_FUNCTION_CODE: 999,
      REFERRAL_TO_TREATMENT_PERIOD_START_DATE: 'soon',
    });
    expect(model).toMatchObject({
      treatmentFunction: { code: '999', name: null },
      clockStart: null,
      weekEnding: null,
      weeksWaitingAtCensus: null,
      providerOdsCode: null,
    });
  });
});
