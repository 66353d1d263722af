import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGraph, type TestGraph } from '../support/harness.js';

/**
 * Clinical fields by value: every field of a prescription, a referral and a GP appointment, against a literal taken
 * from the published examples (eps-tracker/specification/examples/clinicalView, ers .../retrieveReferralRequest) or a
 * seeded record of the stand-in written out here, never only by id or count.
 */
let t: TestGraph;
beforeAll(async () => {
  t = await startTestGraph();
});
afterAll(() => t.close());

const CODING = 'system code display';
const coding = (system: string | null, code: string, display: string | null) => ({ system, code, display });
const BUSINESS = 'https://fhir.nhs.uk/CodeSystem/EPS-task-business-status';
const DISPENSE_TYPE = 'https://fhir.nhs.uk/CodeSystem/medicationdispense-type';
const PRESCRIPTION = `query($id: PrescriptionId!) { prescription(id: $id) {
  id issueNumber status statusCoding { ${CODING} } intent authoredOn repeatsIssued repeatsAllowed pendingCancellation prescriptionType { ${CODING} }
  lineItems { id medication quantity unit dosage courseOfTherapy status { ${CODING} } statusReason { ${CODING} } pendingCancellation
    dispenses { medication quantity unit type { ${CODING} } dispenserOdsCode } }
  statusHistory { title at status statusCoding { ${CODING} } organisationOdsCode }
  prescriberOdsCode dispenserOdsCode nominatedPharmacyOdsCode } }`;

const fully = coding(DISPENSE_TYPE, '0001', 'Item fully dispensed');
const owing = coding(DISPENSE_TYPE, '0004', 'Item not dispensed - owing');
const dispense = (medication: string, quantity: number, type: ReturnType<typeof coding>) => ({
  medication,
  quantity,
  unit: 'tablet',
  type,
  dispenserOdsCode: 'FA565',
});
const item = (id: string, medication: string, quantity: number, dosage: string, status: ReturnType<typeof coding>, rest: Record<string, unknown>) => ({
  id,
  medication,
  quantity,
  unit: 'tablet',
  dosage,
  courseOfTherapy: 'ACUTE',
  status,
  statusReason: null,
  pendingCancellation: false,
  ...rest,
});

describe('a prescription, as the tracker example 200_AcuteWithMultipleItems_MultipleDispenses.json has it', () => {
  it('gives every field of the prescription, its line items, their dispenses and its status history', async () => {
    const r = await t.run<any>(PRESCRIPTION, { id: '4599E0-A83008-109C2U' });
    expect(r.errors).toBeUndefined();
    expect(r.data.prescription).toEqual({
      id: '4599E0-A83008-109C2U',
      issueNumber: null,
      status: 'DISPENSED',
      statusCoding: coding(BUSINESS, '0006', 'Dispensed'),
      intent: 'ORDER',
      authoredOn: '2026-02-27T00:00:00.000Z',
      repeatsIssued: null,
      repeatsAllowed: null,
      pendingCancellation: false,
      prescriptionType: coding('https://fhir.nhs.uk/CodeSystem/prescription-type', '0101', 'Primary Care Prescriber - Medical Prescriber'),
      lineItems: [
        item('FFCEFF86-1B86-4C1F-A21C-517C50B9FC8E', 'Amoxicillin 250mg capsules', 20, '2 times a day for 10 days', fully, {
          dispenses: [dispense('Amoxicillin 250mg capsules', 20, fully), dispense('Amoxicillin 250mg capsules', 0, fully)],
        }),
        item('4237663C-6A63-45B3-95B3-D28074902C4E', 'Co-codamol 30mg/500mg tablets', 20, '2 times a day for 10 days', fully, {
          dispenses: [dispense('Co-codamol 30mg/500mg tablets', 20, fully), dispense('Co-codamol 30mg/500mg tablets', 0, fully)],
        }),
        item('74525AAE-20D2-46BA-A754-C3B19804CE5B', 'Pseudoephedrine hydrochloride 60mg tablets', 30, '3 times a day for 10 days', fully, {
          dispenses: [dispense('Pseudoephedrine hydrochloride 60mg tablets', 0, owing), dispense('Pseudoephedrine hydrochloride 60mg tablets', 30, fully)],
        }),
        item('E4A66C4E-FD29-4F07-9222-3FA8B137F509', 'Azithromycin 250mg capsules', 30, '3 times a day for 10 days', fully, {
          dispenses: [dispense('Azithromycin 250mg capsules', 0, owing), dispense('Azithromycin 250mg capsules', 30, fully)],
        }),
      ],
      statusHistory: [
        {
          title: 'Prescription upload successful',
          at: '2026-02-27T15:47:29.000Z',
          status: 'TO_BE_DISPENSED',
          statusCoding: coding(BUSINESS, '0001', 'To be Dispensed'),
          organisationOdsCode: 'A83008',
        },
        {
          title: 'Release Request successful',
          at: '2026-02-27T15:47:34.000Z',
          status: 'WITH_DISPENSER',
          statusCoding: coding(BUSINESS, '0002', 'With Dispenser'),
          organisationOdsCode: 'VNFKT',
        },
        {
          title: 'Dispense notification successful',
          at: '2026-02-27T15:47:47.000Z',
          status: 'WITH_DISPENSER_ACTIVE',
          statusCoding: coding(BUSINESS, '0003', 'With Dispenser - Active'),
          organisationOdsCode: 'FA565',
        },
        {
          title: 'Dispense notification successful',
          at: '2026-02-27T15:47:57.000Z',
          status: 'DISPENSED',
          statusCoding: coding(BUSINESS, '0006', 'Dispensed'),
          organisationOdsCode: 'FA565',
        },
      ],
      prescriberOdsCode: 'A83008',
      dispenserOdsCode: 'FA565',
      nominatedPharmacyOdsCode: 'FA565',
    });
  });

  it("gives a line item's pending cancellation and its reason with the example's code system (…ItemPendingCancellationWithReason.json)", async () => {
    const r = await t.run<any>(
      `query($id: PrescriptionId!) { prescription(id: $id) { status pendingCancellation dispenserOdsCode
      lineItems { id status { ${CODING} } statusReason { ${CODING} } pendingCancellation dispenses { quantity } } } }`,
      { id: '881A3D-A83008-B2BF3B' },
    );
    expect(r.errors).toBeUndefined();
    const withDispenser = coding(DISPENSE_TYPE, '0008', 'Item with dispenser');
    const plain = (id: string) => ({ id, status: withDispenser, statusReason: null, pendingCancellation: false, dispenses: [] });
    expect(r.data.prescription).toEqual({
      status: 'WITH_DISPENSER',
      pendingCancellation: false,
      dispenserOdsCode: 'VNFKT',
      lineItems: [
        {
          id: 'BB07C188-3D3C-45ED-9E69-3DE282624C74',
          status: withDispenser,
          statusReason: coding('https://fhir.nhs.uk/CodeSystem/medicationrequest-status-reason', '0001', 'Prescribing Error'),
          pendingCancellation: true,
          dispenses: [],
        },
        plain('07DCA30D-229D-408E-AC7D-9154C0DEA26E'),
        plain('8D015962-BBAC-4AED-A69F-7FD56C785DD8'),
        plain('07568461-5E26-4F0D-9275-5A2327BBE34C'),
      ],
    });
  });
});

describe("a referral, as e-RS's example Unbooked.json (UBRN 000000070000) has it", () => {
  it('gives every field of the referral, its service, shortlist and attachment', async () => {
    const r = await t.run<any>(
      `query($u: Ubrn!) { referral(ubrn: $u) { ubrn version state { code display reason { ${CODING} } comment } priority { ${CODING} } specialty { ${CODING} }
        pathwayStart
        patientNhsNumber service { id name } shortlist { id name } referrerOdsCode
        attachments { id title contentType size url createdOn availability type attachedByOdsCode } appointment { id } } }`,
      { u: '000000070000' },
      { headers: { 'NHSD-eRS-Business-Function': 'REFERRING_CLINICIAN', 'NHSD-End-User-Organisation-ODS': 'R69' } },
    );
    expect(r.errors).toBeUndefined();
    // (The service's site is read from e-RS's HealthcareService, which the example's service 11002 is not: the seeded
    // referrals' sites are covered by test/graph/referrals.test.ts.)
    const service = { id: '11002', name: 'Good Cardiology Business Service' };
    expect(r.data.referral).toEqual({
      ubrn: '000000070000',
      version: '5',
      state: { code: 'NOT_BOOKED', display: 'Not Booked', reason: null, comment: null },
      priority: coding('https://fhir.nhs.uk/STU3/CodeSystem/eRS-Priority-1', 'ROUTINE', 'Routine'),
      // The example's ReferralRequest has no specialty or pathway start of its own (the specialty searched for is in
      // the shortlist's contained search criteria).
      specialty: null,
      pathwayStart: null,
      patientNhsNumber: '9912003888',
      service,
      shortlist: [service],
      referrerOdsCode: 'R69',
      attachments: [
        {
          id: '80000',
          title: 'referralletter.pdf',
          contentType: 'application/pdf',
          size: 6,
          url: 'Binary/19eb7224-dff3-4730-a5cb-67eac811f1a5',
          createdOn: '2021-06-11',
          availability: 'AVAILABLE',
          type: 'REFERRER',
          attachedByOdsCode: 'R69',
        },
      ],
      appointment: null,
    });
  });
});

describe("a GP appointment, as the stand-in seeds 9990000832's first at P80310", () => {
  it('gives every field of the appointment; its dates are seeded around today, so they are checked against each other', async () => {
    const r = await t.run<any>(
      `query($id: ID!) { appointment(id: $id) { id version status start end minutesDuration created description comment cancellationReason
        deliveryChannel serviceType
        serviceCategory practitionerRole { text display codings { ${CODING} } } slotIds bookingOrganisation { odsCode name } nhsNumber practiceOdsCode } }`,
      { id: 'P80310:P80310-1' },
    );
    expect(r.errors).toBeUndefined();
    const { start, end, created, slotIds, ...rest } = r.data.appointment;
    expect(rest).toEqual({
      id: 'P80310:P80310-1',
      version: '2',
      status: 'CANCELLED',
      minutesDuration: 10,
      description: 'Asthma review',
      comment: null,
      cancellationReason: 'Patient request',
      deliveryChannel: 'TELEPHONE',
      serviceType: 'Telephone consultation',
      serviceCategory: 'General GP Appointments',
      practitionerRole: {
        text: null,
        display: 'General Medical Practitioner',
        codings: [coding('https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1', 'R0260', 'General Medical Practitioner')],
      },
      bookingOrganisation: { odsCode: 'P80310', name: 'QUEENS ROAD SURGERY LEICESTER' },
      nhsNumber: '9990000832',
      practiceOdsCode: 'P80310',
    });
    // 16:00 to 16:10 UK time on the seeded day, in the one slot named after that day and time, booked days before.
    expect(start).toMatch(/^\d{4}-\d{2}-\d{2}T16:00:00\+00:00$/);
    expect(Date.parse(end) - Date.parse(start)).toBe(10 * 60_000);
    expect(slotIds).toEqual([`P80310-${start.slice(0, 10).replace(/-/g, '')}-2-1600`]);
    expect(Date.parse(created)).toBeLessThan(Date.parse(start));
  });

  it("names its location and practitioner in the patient's appointment search on route B (the search includes them)", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const day = (n: number) => new Date(Date.parse(today) + n * 86_400_000).toISOString().slice(0, 10);
    const r = await t.run<any>(
      `query($n: NhsNumber!, $f: Date!, $t: Date!) { patient(nhsNumber: $n) { appointments(from: ` +
        `$f, to: $t) { id location { id name } practitioner { id name } } } }`,
      {
        n: '9990000832',
        f: day(-30),
        t: day(28),
        // Route B (the patient, through the platform) includes each appointment's Location and Practitioner; route A (a
        // worker, through the Spine Secure Proxy) takes the start bounds only, so its appointments name neither.
      },
      { principal: { citizen: '9990000832', level: 'P9' } },
    );
    expect(r.errors).toBeUndefined();
    const first = r.data.patient.appointments.find((a: { id: string }) => a.id === 'P80310:P80310-1');
    expect(first).toEqual({
      id: 'P80310:P80310-1',
      location: { id: 'P80310-L1', name: 'QUEENS ROAD SURGERY LEICESTER' },
      practitioner: { id: 'P80310-P2', name: 'Dr Helen Okoro' },
    });
  });
});
