import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../sandbox/src/fixtures.js';
import { mapErsAppointment, mapErsReferral, mapHealthcareService, mapWorklistForPatient, providerOfSite } from '../../../src/sources/ers/mapper.js';
import type { ErsAppointment, ErsHealthcareService, ErsReferralRequest, ErsServiceList, ErsWorklist } from '../../../src/sources/ers/wire.js';
import { mapServiceList } from '../../../src/sources/ers/referring.js';

const STU3 = 'ers/specification/components/stu3/examples/';
const referral = (name: string) => loadFixture<ErsReferralRequest>(`${STU3}retrieveReferralRequest/responses/${name}.json`);

describe('mapErsReferral', () => {
  it('reads an unbooked referral: no appointment, its shortlist, its state', () => {
    const m = mapErsReferral(referral('Unbooked'));
    expect(m).toMatchObject({ ubrn: '000000070000', complete: true, appointment: null, state: { code: 'NOT_BOOKED' } });
    expect(m.service).toEqual(m.shortlist[0] ?? null);
  });

  it('prefers the embedded appointment, with its e-RS id from the appointment reference extension, and names the booked service', () => {
    const m = mapErsReferral(referral('BookedDBS'));
    expect(m.appointment).toMatchObject({ id: '70009', status: 'booked', slotId: '11002001', serviceId: '11002' });
    expect(m.appointmentId).toBe('70009');
    expect(m.service).toEqual({ id: '11002', name: 'Good Cardiology Business Service' });
  });

  it('keeps the availability of attachments that cannot be downloaded yet', () => {
    const m = mapErsReferral(referral('WithUnavailableAttachments'));
    expect(m.attachments.length).toBeGreaterThan(0);
    expect(m.attachments.some((a) => a.availability !== 'AVAILABLE')).toBe(true);
  });

  it("reads the state's comment from its `comments` part (Extension-eRS-ReferralState), as e-RS's cancelled and rejected referrals carry it", () => {
    // A036 answers Parameters holding the updated ReferralRequest.
    const answer = loadFixture<{ parameter: { resource: ErsReferralRequest }[] }>(`${STU3}cancelReferral/responses/CancelledReferralRaisedInError.json`);
    const cancelled = answer.parameter[0]!.resource;
    expect(mapErsReferral(cancelled).state).toMatchObject({ code: 'CANCELLED_REFERRAL', comment: 'This is a cancellation reason comment' });
    const rejected = loadFixture<ErsReferralRequest>(`${STU3}rejectReferral/responses/ExampleResponseDbs.json`);
    expect(mapErsReferral(rejected).state?.comment).toEqual(expect.any(String));
    expect(mapErsReferral(referral('Unbooked')).state?.comment).toBeNull();
  });

  it('keeps the upstream resource verbatim', () => {
    const wire = referral('DeferredToProvider');
    expect(mapErsReferral(wire).resource).toBe(wire);
  });
});

describe('mapServiceList (A010)', () => {
  it("reads a coded indicative wait (eRS-IWT-1) and every supported request flow, as the spec's service list gives them", () => {
    const list = loadFixture<ErsServiceList>(`${STU3}patientServiceSearch/responses/FetchServiceListWithMultipleServices.json`);
    const services = mapServiceList(list);
    expect(services).toHaveLength(6);
    // Every service of the example publishes LIMITED_AVAILABILITY instead of a number of days.
    expect(services.map((s) => [s.indicativeAppointmentWaitDays, s.indicativeAppointmentWaitCode])).toEqual(Array(6).fill([null, 'LIMITED_AVAILABILITY']));
    const both = services.find((s) => s.id === '11010')!;
    expect(both.requestFlowTypes).toEqual(['APPOINTMENT_REQUEST', 'ADVICE_AND_GUIDANCE_REQUEST']);
    expect(both.requestFlowType).toBe('APPOINTMENT_REQUEST');
    expect(services.filter((s) => s.id !== '11010').every((s) => s.requestFlowTypes.length === 1)).toBe(true);
  });
});

describe('mapErsAppointment', () => {
  it('accepts participant.type as an object or an array (e-RS known issue)', () => {
    const a = loadFixture<ErsAppointment>(`${STU3}retrieveAppointment/responses/BookedIBS.json`);
    const asArray = { ...a, participant: a.participant?.map((p) => ({ ...p, type: p.type ? [p.type].flat() : undefined })) };
    expect(mapErsAppointment(a)).toEqual({ ...mapErsAppointment(asArray), resource: a });
    expect(mapErsAppointment(a).id).toBe('70001');
  });
});

describe('mapWorklistForPatient', () => {
  it('finds a patient named inline (referrer lists) and normalises APP_CANCELLED_ to APPT_CANCELLED_', () => {
    const list = loadFixture<ErsWorklist>(`${STU3}retrieveWorklist/responses/AwaitingBooking.json`);
    const item = list.entry![0]!.extension![0]!.extension!.find((e) => e.url === 'status')!;
    item.valueCodeableConcept!.coding![0]!.code = 'APP_CANCELLED_BY_PATIENT';
    const mine = mapWorklistForPatient(list, '9462979626');
    expect(mine[0]).toMatchObject({ ubrn: '000000070001', complete: false, state: { code: 'APPT_CANCELLED_BY_PATIENT' }, priority: { code: 'ROUTINE' } });
    expect(mapWorklistForPatient(list, '9000000009')).toEqual([]);
  });

  it('finds a patient through a contained Patient (Referrals for Review) and reads the service and version', () => {
    const list = loadFixture<ErsWorklist>(`${STU3}retrieveWorklist/responses/ReferralsForReview.json`);
    const mine = mapWorklistForPatient(list, '9462979626');
    expect(mine.length).toBeGreaterThan(0);
    expect(mine[0]).toMatchObject({ service: { id: '11012' }, version: '7', specialty: { code: 'CARDIOLOGY' } });
  });
});

describe('mapHealthcareService', () => {
  it("derives the provider trust from the service's site code", () => {
    const s = loadFixture<ErsHealthcareService>('ers/specification/components/r4/examples/getService/responses/sampleServiceWithFullAttributes.json');
    expect(mapHealthcareService(s)).toMatchObject({ id: '2', name: 'Direct SVC 1', siteOdsCode: 'R6901', providerOdsCode: 'R69' });
  });

  it.each([
    ['RR801', 'RR8'],
    ['R6901', 'R69'],
    ['A83008', 'A83008'],
    ['NLO10', 'NLO10'],
  ])('site %s is provided by %s', (site, trust) => {
    expect(providerOfSite(site)).toBe(trust);
  });
});
