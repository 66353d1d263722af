import { describe, expect, it } from 'vitest';
import { planRecordCalls, type RecordAreaKey } from '../../../src/sources/gp-connect/record-plan.js';

describe('planRecordCalls', () => {
  const key = (nhsNumber: string, area: string, options: object) =>
    (area === 'record' || area === 'lists' ? { nhsNumber, area } : { nhsNumber, area, options }) as RecordAreaKey;

  it('asks for every area of one patient in one call', () => {
    const keys = [key('9690937286', 'allergies', { includeResolved: true }), key('9690937286', 'problems', {}), key('9690937286', 'record', {})];
    expect(planRecordCalls(keys)).toEqual([{ nhsNumber: '9690937286', areas: { allergies: { includeResolved: true }, problems: {} }, keys }]);
  });

  it('makes a second call for an area asked twice with different options, and one call per patient', () => {
    const a = key('9690937286', 'allergies', { includeResolved: true });
    const b = key('9690937286', 'allergies', { includeResolved: false });
    const c = key('9690937294', 'referrals', {});
    expect(planRecordCalls([a, b, c])).toEqual([
      { nhsNumber: '9690937286', areas: { allergies: { includeResolved: true } }, keys: [a] },
      { nhsNumber: '9690937286', areas: { allergies: { includeResolved: false } }, keys: [b] },
      { nhsNumber: '9690937294', areas: { referrals: {} }, keys: [c] },
    ]);
  });

  it('joins the record key to the first call and the lists key to every call of the patient', () => {
    const a = key('9690937286', 'allergies', { includeResolved: true });
    const b = key('9690937286', 'allergies', { includeResolved: false });
    const record = key('9690937286', 'record', {});
    const lists = key('9690937286', 'lists', {});
    expect(planRecordCalls([lists, record, a, b]).map((c) => c.keys)).toEqual([
      [a, lists, record],
      [b, lists],
    ]);
  });

  it('asks for active allergies when only the record or its lists are asked for', () => {
    expect(planRecordCalls([key('9690937286', 'lists', {})])).toEqual([
      { nhsNumber: '9690937286', areas: { allergies: { includeResolved: false } }, keys: [key('9690937286', 'lists', {})] },
    ]);
  });
});
