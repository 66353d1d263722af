import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../sandbox/src/fixtures.js';
import { mapClinicalView, mapPrescriptionSearch } from '../../../src/sources/eps-tracker/mapper.js';
import type { TrackerBundle } from '../../../src/sources/eps-tracker/wire.js';

const example = (path: string) => loadFixture<TrackerBundle>(`eps-tracker/specification/examples/${path}.json`);

describe('mapPrescriptionSearch', () => {
  it('maps the single-acute example to one summary for its patient, keeping the RequestGroup verbatim', () => {
    const bundle = example('prescriptionSearch/200_WithSingleAcute');
    const [p, ...rest] = mapPrescriptionSearch(bundle);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({
      id: 'B57FE1-A83008-196009',
      nhsNumber: '5839945242',
      status: { code: '0001', display: 'To be Dispensed' },
      intent: 'ORDER',
      authoredOn: '2026-02-27T00:00:00.000Z',
      pendingCancellation: false,
      detailed: false,
      lineItems: [],
    });
    expect(p!.resource).toBe(bundle.entry![1]!.resource);
  });

  it('reads the repeat information of an eRD instance', () => {
    const [p] = mapPrescriptionSearch(example('prescriptionSearch/200_With7InstanceErd'));
    expect(p).toMatchObject({ id: '7B7EF0-A83008-3220F7', intent: 'REFLEX_ORDER', repeatsIssued: 1, repeatsAllowed: 7, issueNumber: 1 });
  });

  it('is empty for the no-results example', () => {
    expect(mapPrescriptionSearch(example('prescriptionSearch/200_NoResults'))).toEqual([]);
  });
});

describe('mapClinicalView', () => {
  it('maps a dispensed acute prescription: items, dispenses, history, prescriber, dispenser and nominated pharmacy', () => {
    const p = mapClinicalView(example('clinicalView/200_AcuteWithSingleItem_Dispensed'))!;
    expect(p).toMatchObject({
      id: '689CD8-A83008-EBBE3S',
      detailed: true,
      status: { code: '0006', display: 'Dispensed' },
      prescriptionType: { code: '1001' },
      prescriberOdsCode: 'A99968',
      dispenserOdsCode: 'FA565',
      nominatedPharmacyOdsCode: 'X25',
    });
    expect(p.lineItems).toHaveLength(1);
    expect(p.lineItems[0]).toMatchObject({
      id: 'BB61EF23-705E-4A59-BCD7-D04DAD742237',
      medication: 'Methotrexate 10mg/0.2ml solution for injection pre-filled syringes',
      quantity: 1,
      courseOfTherapy: 'ACUTE',
      status: { code: '0001', display: 'Item fully dispensed' },
      dispenses: [{ quantity: 1, dispenserOdsCode: 'FA565', type: { code: '0001' } }],
    });
    expect(p.statusHistory.map((t) => [t.status?.code, t.organisationOdsCode])).toEqual([
      ['0001', 'A99968'],
      ['0002', 'VNFKT'],
      ['0006', 'FA565'],
    ]);
  });

  it('keeps an item cancelled with its reason, and has no dispenser before release', () => {
    const p = mapClinicalView(example('clinicalView/200_AcuteWithMultipleItems_ItemCancelledWithReason'))!;
    const cancelled = p.lineItems.find((i) => i.status?.code === '0005')!;
    expect(cancelled.statusReason).toEqual({ code: '0001', display: 'Prescribing Error' });
    expect(p.status?.code).toBe('0001');
    expect(p.dispenserOdsCode).toBeNull();
  });

  it('names the holding pharmacy of a prescription with the dispenser but not yet dispensed', () => {
    const p = mapClinicalView(example('clinicalView/200_AcuteWithMultipleItems_ItemNotDispensedWithReason'))!;
    expect(p.status?.code).toBe('0003');
    expect(p.dispenserOdsCode).toBe('FA565');
    expect(p.lineItems.some((i) => i.status?.code === '0002')).toBe(true);
  });

  it('orders line items as the RequestGroup lists them', () => {
    const bundle = example('clinicalView/200_AcuteWithMultipleItems_Created');
    const p = mapClinicalView(bundle)!;
    const group = bundle.entry!.find((e) => e.resource.resourceType === 'RequestGroup')!.resource as {
      action: { action: { resource: { reference: string } }[] }[];
    };
    const refs = group.action[0]!.action.map((a) => a.resource.reference);
    const ids = refs.map((r) => (bundle.entry!.find((e) => e.fullUrl === r)!.resource as { id: string }).id);
    expect(p.lineItems.map((i) => i.resource.id)).toEqual(ids);
    expect(p.lineItems.length).toBeGreaterThan(1);
  });

  it('is null for a Bundle without a RequestGroup', () => {
    expect(mapClinicalView({ resourceType: 'Bundle', entry: [] })).toBeNull();
  });
});
