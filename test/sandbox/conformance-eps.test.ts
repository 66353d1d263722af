import { randomUUID } from 'node:crypto';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPlatform } from '../../sandbox/src/embedded.js';
import { loadFixture } from '../../sandbox/src/fixtures.js';
import { epsState } from '../../sandbox/src/routers/eps/store.js';
import type { Sandbox } from '../../sandbox/src/server.js';
import type { EpsSession } from '../../src/sources/eps-tracker/session.js';
import { mapOdsOrganisation } from '../../src/sources/ods/mapper.js';
import { toFhirOrganization } from '../../sandbox/src/routers/ods/records.js';
import { releaseParameters, returnTask } from '../../src/sources/eps/requests.js';
import { createPlatform, type Platform } from '../../src/upstream/platform.js';
import { cancellation, dispenseNotification, newPrescriptionId, signedOrder, unsignedOrder } from '../support/eps-messages.js';
import { nonConforming } from '../support/contracts/opt-out.js';
import { exampleShapeErrors, OpenApiSpec } from '../support/openapi.js';

/**
 * The embedded EPS Prescribing and Dispensing answers validated against the published OpenAPI specs' schemas (the
 * graph's own request bodies too), and the tracker's answers against the shapes of the spec's example files (its
 * spec's schemas are generated at build time and not published).
 */
let sandbox: Sandbox;
let platform: Platform;
let prescribing: OpenApiSpec;
let dispensing: OpenApiSpec;
let token: string;

beforeAll(async () => {
  const embedded = await startEmbeddedPlatform();
  sandbox = embedded.sandbox;
  platform = createPlatform({ origin: sandbox.origin, credentials: embedded.credentials, timeoutMs: { default: 5_000 } });
  token = await platform.appAuth!.token();
  [prescribing, dispensing] = await Promise.all([
    OpenApiSpec.load('eps/specification/fhir-prescribing.yaml'),
    OpenApiSpec.load('eps/specification/fhir-dispensing.yaml'),
  ]);
});
afterAll(async () => {
  await platform.close();
  await sandbox.close();
});

/** A dispenser's CIS2 session, with the identifiers of the spec's examples (fhir-dispensing.yaml release and return). */
const DISPENSER: EpsSession = {
  roleProfileId: '555086415105',
  organisationId: '555254240100',
  jobRole: 'S0030:G0100:R0620',
  jobRoleCode: 'R0620',
  userId: '3415870201',
  userName: 'Jackie Clark',
};

const SESSION = { 'nhsd-session-urid': '555254240100', 'nhsd-organization-uuid': '555254240100', 'nhsd-session-jobrole': 'S0030:G0100:R0570' };

async function call(method: 'GET' | 'POST', path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await request(sandbox.origin + path, {
    method,
    headers: { authorization: `Bearer ${token}`, 'x-request-id': randomUUID(), 'content-type': 'application/fhir+json', ...SESSION, ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.body.text();
  return { status: res.statusCode, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

const EX = 'eps/specification/examples';

/**
 * Several EPS schemas reject the spec's own examples (their oneOf branches overlap, and some enums predate the
 * examples), so an answer is held to this: no schema violation that the spec's own example for that operation does
 * not also have (indices aside), and the example's shape.
 */
function conformance(spec: OpenApiSpec, method: string, path: string, status: number | 'request', body: unknown, example: string) {
  const check = (b: unknown) => (status === 'request' ? spec.validateRequest(method, path, b) : spec.validate(method, path, status, b));
  const reference = loadFixture(`${EX}/${example}.json`);
  const normalise = (errors: string[]) => new Set(errors.map((e) => e.replace(/\/\d+(?=\/|\s)/g, '/n')));
  const allowed = normalise(check(reference));
  // The example-shape check is lenient about heterogeneous arrays; it too allows only what the example itself shows.
  const ownShape = new Set(exampleShapeErrors(reference, reference));
  return { extra: [...normalise(check(body))].filter((e) => !allowed.has(e)), shape: exampleShapeErrors(reference, body).filter((e) => !ownShape.has(e)) };
}
const CONFORMS = { extra: [], shape: [] };

const P = '/fhir-prescribing/FHIR/R4';
const D = '/fhir-dispensing/FHIR/R4';
const T = '/clinical-prescription-tracker';

describe('EPS Prescribing sandbox conforms to fhir-prescribing.yaml', () => {
  it('$prepare answers a Parameters digest', async () => {
    const r = await call('POST', `${P}/$prepare`, unsignedOrder());
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toContain('application/fhir+json');
    expect(prescribing.validate('POST', '/FHIR/R4/$prepare', 200, r.body)).toEqual([]);
  });

  it('$process-message with a signed order answers an informational OperationOutcome', async () => {
    const r = await call('POST', `${P}/$process-message`, signedOrder());
    expect(r.status).toBe(200);
    expect(
      conformance(
        prescribing,
        'POST',
        '/FHIR/R4/$process-message#prescription-order',
        200,
        r.body,
        'spec/prescribing/prescription-order/eRD-primary-example-res',
      ),
    ).toEqual(CONFORMS);
  });

  it.each([
    ['0001', 200, 'R-0001', 'spec/prescribing/prescription-order-update/repeat-primary-example-res'],
    ['0002', 400, 'R-0002', 'spec/errors/prescription-order-update/R-0002-Cancellation'],
    ['0003', 400, 'R-0003', 'spec/errors/prescription-order-update/R-0003-Cancellation'],
    ['0006', 400, 'R-0004', 'spec/errors/prescription-order-update/R-0004-Cancellation'],
    ['0004', 400, 'R-0005', 'spec/errors/prescription-order-update/R-0005-Cancellation'],
    ['0005', 400, 'R-0006', 'spec/errors/prescription-order-update/R-0006-Cancellation'],
    ['0007', 400, 'R-0010', 'spec/errors/prescription-order-update/R-0010-Cancellation'],
  ] as const)(
    'a cancellation of a prescription in status %s answers HTTP %i with the %s cancel response Bundle, as the spec',
    async (status, http, code, example) => {
      const p = [...epsState(sandbox).prescriptions.values()].find((x) => x.status === status && !x.pendingCancellation && x.id !== '24F5DA-A83008-7EFE6Z')!;
      const r = await call('POST', `${P}/$process-message`, cancellation(p.id, p.patient.nhsNumber));
      expect(r.status).toBe(http);
      expect(r.body.resourceType).toBe('Bundle');
      const request = r.body.entry.find((e: any) => e.resource.resourceType === 'MedicationRequest').resource;
      expect(request.groupIdentifier.value).toBe(p.id);
      const history = request.extension.find((e: any) => e.url === 'https://fhir.nhs.uk/StructureDefinition/Extension-DM-PrescriptionStatusHistory');
      expect(history.extension.find((e: any) => e.url === 'status').valueCoding.code).toBe(code);
      expect(conformance(prescribing, 'POST', '/FHIR/R4/$process-message#prescription-order-update', http, r.body, example)).toEqual(CONFORMS);
    },
  );

  it('a second cancellation of a prescription marked for cancellation answers 400 with the R-0007 Bundle', async () => {
    const p = [...epsState(sandbox).prescriptions.values()].find((x) => x.status === '0002' && !x.pendingCancellation)!;
    await call('POST', `${P}/$process-message`, cancellation(p.id, p.patient.nhsNumber));
    const r = await call('POST', `${P}/$process-message`, cancellation(p.id, p.patient.nhsNumber));
    expect(r.status).toBe(400);
    expect(
      conformance(
        prescribing,
        'POST',
        '/FHIR/R4/$process-message#prescription-order-update',
        400,
        r.body,
        'spec/errors/prescription-order-update/R-0007-Cancellation',
      ),
    ).toEqual(CONFORMS);
  });

  it.each([
    ['R-0008', 'an unknown prescription', () => cancellation(newPrescriptionId(), '9449304130')],
    [
      'R-5000',
      'another patient’s NHS number',
      () =>
        cancellation([...epsState(sandbox).prescriptions.values()].find((x) => x.status === '0001' && x.patient.nhsNumber !== '9449304130')!.id, '9449304130'),
    ],
  ])('a cancellation refused with %s (%s) answers the spec example’s 400 OperationOutcome', async (code, _, body) => {
    const r = await call('POST', `${P}/$process-message`, body());
    expect(r.status).toBe(400);
    expect(r.body).toEqual(loadFixture(`${EX}/spec/errors/prescription-order-update/${code}-Cancellation.json`));
  });

  it.each([
    ['DUPLICATE_PRESCRIPTION_ID', 'a duplicate id', () => signedOrder('24F5DA-A83008-7EFE6Z')],
    ['FAILURE_TO_PROCESS_MESSAGE', 'a wrong check character', () => signedOrder('24F5DA-A83008-7EFE6A')],
    ['R-0008', 'an unknown prescription to cancel', () => cancellation(newPrescriptionId(), '9449304130')],
    ['INVALID_VALUE', 'not a Bundle', () => ({ resourceType: 'Parameters' })],
  ])('refuses with a 400 OperationOutcome coded %s: %s', async (code, _, body) => {
    const message = body() as { resourceType: string };
    const r = await call('POST', `${P}/$process-message`, message, message.resourceType === 'Bundle' ? {} : nonConforming('not a Bundle'));
    expect(r.status).toBe(400);
    expect(r.body.issue[0].details.coding[0].code).toBe(code);
    expect(
      conformance(prescribing, 'POST', '/FHIR/R4/$process-message#prescription-order', 400, r.body, 'errors/1-Process-Response-Send-400_INVALID_CHECKSUM')
        .extra,
    ).toEqual([]);
  });

  it('refuses a request without a bearer token (401 ACCESS_DENIED) or without a UUID X-Request-ID (400)', async () => {
    const unauthorised = await call('POST', `${P}/$prepare`, unsignedOrder(), { authorization: '', ...nonConforming('no bearer token') });
    expect(unauthorised.status).toBe(401);
    expect(unauthorised.body.issue[0].details.coding[0].code).toBe('ACCESS_DENIED');
    const noId = await call('POST', `${P}/$prepare`, unsignedOrder(), { 'x-request-id': 'not-a-uuid', ...nonConforming('an X-Request-ID that is not a UUID') });
    expect(noId.status).toBe(400);
  });

  it('mirrors X-Request-ID and X-Correlation-ID', async () => {
    const id = randomUUID();
    const r = await call('POST', `${P}/$prepare`, unsignedOrder(), { 'x-request-id': id, 'x-correlation-id': 'c-1' });
    expect(r.headers['x-request-id']).toBe(id);
    expect(r.headers['x-correlation-id']).toBe('c-1');
  });

  it('serves the deprecated /electronic-prescriptions base path as an alias', async () => {
    const r = await call('POST', '/electronic-prescriptions/FHIR/R4/$prepare', unsignedOrder());
    expect(r.status).toBe(200);
    expect(prescribing.validate('POST', '/FHIR/R4/$prepare', 200, r.body)).toEqual([]);
  });
});

describe('EPS Dispensing sandbox conforms to fhir-dispensing.yaml', () => {
  /** A pharmacy as the graph reads it from ODS. */
  const pharmacy = (odsCode = 'VNE51') => {
    const i = sandbox.population.organisations.findIndex((o) => o.odsCode === odsCode);
    return mapOdsOrganisation(toFhirOrganization(sandbox.population.organisations[i]!, i) as never);
  };
  /** A seeded prescription still to be dispensed (status 0001), released to no pharmacy. */
  const toBeDispensed = () => [...epsState(sandbox).prescriptions.values()].find((x) => x.status === '0001' && x.id !== '24F5DA-A83008-7EFE6Z')!;
  /** VNE51's return of a prescription, naming a release response. */
  const returnOf = (prescriptionId: string) =>
    returnTask(
      randomUUID(),
      {
        prescriptionId,
        nhsNumber: '9449304130',
        reasonCode: '0003',
        reasonDisplay: 'Patient requested release',
        authoredOn: new Date().toISOString(),
        releaseResponseId: randomUUID(),
      },
      pharmacy('VNE51'),
      DISPENSER,
    );

  it("the graph's release Parameters and return Task conform to the spec's request schemas", () => {
    const org = pharmacy('VNE51');
    expect(dispensing.validateRequest('POST', '/FHIR/R4/Task/$release', releaseParameters(randomUUID(), org, '24F5DA-A83008-7EFE6Z', DISPENSER))).toEqual([]);
    const task = returnTask(
      randomUUID(),
      {
        prescriptionId: '24F5DA-A83008-7EFE6Z',
        nhsNumber: '9449304130',
        reasonCode: '0003',
        reasonDisplay: 'Patient requested release',
        authoredOn: new Date().toISOString(),
        releaseResponseId: randomUUID(),
      },
      org,
      DISPENSER,
    );
    expect(conformance(dispensing, 'POST', '/FHIR/R4/Task#return', 'request', task, 'spec/dispensing/return/acute-primary-example-req')).toEqual(CONFORMS);
  });

  it('release, dispense notification and return answer as the spec says', async () => {
    const state = epsState(sandbox);
    const p = [...state.prescriptions.values()].find((x) => x.status === '0001' && x.nominatedPharmacyOds && x.id !== '24F5DA-A83008-7EFE6Z')!;
    const owner = sandbox.population.organisations.find((o) => o.odsCode === p.nominatedPharmacyOds)!;
    const org = pharmacy(owner.odsCode);
    const releaseId = randomUUID();
    const released = await call('POST', `${D}/Task/$release`, releaseParameters(releaseId, org, p.id, DISPENSER));
    expect(released.status).toBe(200);
    expect(conformance(dispensing, 'POST', '/FHIR/R4/Task/$release', 200, released.body, 'spec/dispensing/release/acute-primary-example-res').extra).toEqual(
      [],
    );
    expect(released.body.parameter[0].resource.entry[0].resource.entry.filter((e: any) => e.resource.resourceType === 'MedicationRequest')).toHaveLength(
      p.items.length,
    );

    const other = await call('POST', `${D}/Task/$release`, releaseParameters(randomUUID(), pharmacy('FA565'), p.id, DISPENSER));
    expect(other.status).toBe(400);
    expect(other.body.contained[0].identifier[0].value).toBe(owner.odsCode);
    expect(other.body.contained[0].name).toBe(owner.name);
    expect(conformance(dispensing, 'POST', '/FHIR/R4/Task/$release', 400, other.body, 'spec/errors/release/with-another-dispenser-error')).toEqual(CONFORMS);

    expect(released.body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(released.body.id).not.toBe(releaseId);
    const returnOf = (releaseResponseId: string) =>
      returnTask(
        randomUUID(),
        {
          prescriptionId: p.id,
          nhsNumber: p.patient.nhsNumber,
          reasonCode: '0003',
          reasonDisplay: 'Patient requested release',
          authoredOn: new Date().toISOString(),
          releaseResponseId,
        },
        org,
        DISPENSER,
      );
    const { focus: _focus, ...withoutFocus } = returnOf(released.body.id) as Record<string, unknown>;
    const unfocused = await call('POST', `${D}/Task`, withoutFocus);
    expect(unfocused.status).toBe(400);
    const returned = await call('POST', `${D}/Task`, returnOf(released.body.id));
    expect(returned.status).toBe(200);
    expect(conformance(dispensing, 'POST', '/FHIR/R4/Task#return', 200, returned.body, 'spec/dispensing/return/acute-primary-example-res')).toEqual(CONFORMS);

    await call('POST', `${D}/Task/$release`, releaseParameters(randomUUID(), org, p.id, DISPENSER));
    const dispensed = await call('POST', `${D}/$process-message`, dispenseNotification(p.id, owner.odsCode));
    expect(dispensed.status).toBe(200);
    expect(
      conformance(
        dispensing,
        'POST',
        '/FHIR/R4/$process-message#dispense-notification',
        200,
        dispensed.body,
        'spec/dispensing/dispense-notification/acute-primary-example-res',
      ),
    ).toEqual(CONFORMS);
    expect(state.prescriptions.get(p.id)!.status).toBe('0006');
  });

  it("refuses a dispense notification naming no reimbursement authority, or none by ODS code, as fhir-dispensing.yaml's 400 table says", async () => {
    const p = [...epsState(sandbox).prescriptions.values()].find((x) => x.status === '0001' && x.nominatedPharmacyOds && x.id !== '24F5DA-A83008-7EFE6Z')!;
    await call('POST', `${D}/Task/$release`, releaseParameters(randomUUID(), pharmacy(p.nominatedPharmacyOds!), p.id, DISPENSER));
    const organisationOf = (bundle: any) => bundle.entry.find((e: any) => e.resource.resourceType === 'Organization').resource;
    const without = dispenseNotification(p.id, p.nominatedPharmacyOds!) as any;
    delete organisationOf(without).extension;
    const noAuthority = await call('POST', `${D}/$process-message`, without);
    expect(noAuthority.status).toBe(400);
    expect(noAuthority.body.issue[0]).toMatchObject({
      code: 'invalid',
      diagnostics: 'The dispense notification is missing the reimbursement authority and it should be provided.',
    });
    expect(dispensing.validate('POST', '/FHIR/R4/$process-message#dispense-notification', 400, noAuthority.body)).toEqual([]);
    const codeless = dispenseNotification(p.id, p.nominatedPharmacyOds!) as any;
    delete organisationOf(codeless).extension[0].extension[0].valueIdentifier.value;
    const noCode = await call('POST', `${D}/$process-message`, codeless);
    expect(noCode.status).toBe(400);
    expect(noCode.body.issue[0].diagnostics).toBe(
      'The dispense notification is missing the ODS code for the reimbursement authority and it should be provided.',
    );
    // Nothing was applied: the prescription is still with the dispenser (0002), not dispensed.
    expect(epsState(sandbox).prescriptions.get(p.id)!.status).toBe('0002');
  });

  it('refuses a release whose agent names no user (a reference instead of an identifier and display), as its validation table says', async () => {
    const parameters = releaseParameters(randomUUID(), pharmacy('VNE51'), '24F5DA-A83008-7EFE6Z', DISPENSER) as any;
    parameters.parameter.find((p: any) => p.name === 'agent').resource.practitioner = { reference: 'Practitioner/1' };
    const r = await call('POST', `${D}/Task/$release`, parameters);
    expect(r.status).toBe(400);
    expect(r.body.issue[0]).toMatchObject({
      code: 'invalid',
      diagnostics: 'Parameters.parameter("agent").resource.practitioner populated incorrectly. Please populate with Identifier and Display.',
    });
  });

  /**
   * fhir-prescribing.yaml and fhir-dispensing.yaml type every `details.coding` of an OperationOutcome as codes.yaml's
   * SpineErrorOrWarningCode, whose `system` enum is this one URL (the error tables' "EPS Issue Code" codes included).
   */
  const R4_SPINE_SYSTEM = 'https://fhir.nhs.uk/R4/CodeSystem/Spine-ErrorOrWarningCode';

  it.each([
    [
      'prescription-order',
      'FAILURE_TO_PROCESS_MESSAGE',
      'a wrong check character',
      () => ({ path: `${P}/$process-message`, body: signedOrder('24F5DA-A83008-7EFE6A') }),
    ],
    ['prescription-order', 'DUPLICATE_PRESCRIPTION_ID', 'a duplicate id', () => ({ path: `${P}/$process-message`, body: signedOrder('24F5DA-A83008-7EFE6Z') })],
    [
      'prescription-order-update',
      'FAILURE_TO_PROCESS_MESSAGE',
      'a wrong check character',
      () => ({ path: `${P}/$process-message`, body: cancellation('24F5DA-A83008-7EFE6A', '9449304130') }),
    ],
    [
      'dispense-notification',
      'PRESCRIPTION_NOT_FOUND',
      'an unknown prescription',
      () => ({ path: `${D}/$process-message`, body: dispenseNotification(newPrescriptionId(), 'VNE51') }),
    ],
    [
      'dispense-notification',
      'PRESCRIPTION_INVALID_STATE_TRANSITION',
      'a prescription not released to the pharmacy',
      () => ({ path: `${D}/$process-message`, body: dispenseNotification(toBeDispensed().id, 'VNE51') }),
    ],
    ['return', 'PRESCRIPTION_NOT_FOUND', 'an unknown prescription', () => ({ path: `${D}/Task`, body: returnOf(newPrescriptionId()) })],
    [
      'return',
      'PRESCRIPTION_INVALID_STATE_TRANSITION',
      'a prescription not released to the pharmacy',
      () => ({ path: `${D}/Task`, body: returnOf(toBeDispensed().id) }),
    ],
  ] as const)(
    '%s: a refusal coded %s (%s) is coded in the R4 Spine-ErrorOrWarningCode system, the only one its spec allows',
    async (operation, code, _, send) => {
      const { path, body } = send();
      const r = await call('POST', path, body);
      expect(r.status).toBe(400);
      expect(r.body.issue[0].details.coding).toEqual([expect.objectContaining({ system: R4_SPINE_SYSTEM, code })]);
      const [spec, specPath] =
        operation === 'return'
          ? [dispensing, '/FHIR/R4/Task#return']
          : [operation === 'dispense-notification' ? dispensing : prescribing, `/FHIR/R4/$process-message#${operation}`];
      expect(spec.validate('POST', specPath, 400, r.body)).toEqual([]);
    },
  );

  it('an unknown prescription is 400 RESOURCE_NOT_FOUND, as the spec example', async () => {
    const r = await call('POST', `${D}/Task/$release`, releaseParameters(randomUUID(), pharmacy('VNE51'), newPrescriptionId(), DISPENSER));
    expect(r.status).toBe(400);
    expect(r.body).toEqual(loadFixture('eps/specification/examples/spec/errors/release/not-found-error.json'));
  });
});

describe('Clinical Prescription Tracker sandbox matches the spec examples', () => {
  const example = (path: string) => loadFixture(`eps-tracker/specification/examples/${path}.json`);

  it('serves the example searches by NHS number verbatim', async () => {
    const r = await call('GET', `${T}/RequestGroup?nhsNumber=5839945242`);
    expect(r.status).toBe(200);
    expect(r.body).toEqual(example('prescriptionSearch/200_WithSingleAcute'));
  });

  it("answers a seeded patient's search and a seeded prescription's clinical view in the examples' shapes", async () => {
    const p = [...epsState(sandbox).prescriptions.values()].find((x) => x.status === '0006')!;
    const search = await call('GET', `${T}/RequestGroup?nhsNumber=${p.patient.nhsNumber}`);
    expect(exampleShapeErrors(example('prescriptionSearch/200_WithSingleRepeat'), search.body)).toEqual([]);
    expect(exampleShapeErrors(example('prescriptionSearch/200_WithSingleAcute'), search.body)).toEqual([]);
    const view = await call('GET', `${T}/RequestGroup/${encodeURIComponent(p.id)}`);
    expect(view.status).toBe(200);
    expect(exampleShapeErrors(example('clinicalView/200_AcuteWithSingleItem_Dispensed'), view.body)).toEqual([]);
    expect(exampleShapeErrors(example('clinicalView/200_AcuteWithMultipleItems_ItemCancelledWithReason'), view.body)).toEqual([]);
  });

  it("the tracker's shape checks reject a broken answer: {}, a Bundle without its type, a RequestGroup without its status", async () => {
    const p = [...epsState(sandbox).prescriptions.values()].find((x) => x.status === '0006')!;
    const search = (await call('GET', `${T}/RequestGroup?nhsNumber=${p.patient.nhsNumber}`)).body;
    const view = (await call('GET', `${T}/RequestGroup/${encodeURIComponent(p.id)}`)).body;
    const searchShape = example('prescriptionSearch/200_WithSingleAcute');
    expect(exampleShapeErrors(searchShape, {})).not.toEqual([]);
    const { type: _, ...typeless } = search;
    expect(exampleShapeErrors(searchShape, typeless)).toContain("/ must have required property 'type'");
    const at = view.entry.findIndex((e: any) => e.resource.resourceType === 'RequestGroup');
    const { status: __, ...statusless } = view.entry[at].resource;
    const broken = { ...view, entry: view.entry.map((e: any, i: number) => (i === at ? { ...e, resource: statusless } : e)) };
    expect(exampleShapeErrors(example('clinicalView/200_AcuteWithSingleItem_Dispensed'), broken)).toContain(
      `/entry/${at}/resource must have required property 'status'`,
    );
  });

  it('searches by prescription id, and an id with an unencoded + arrives as a space and fails the checksum', async () => {
    const byId = await call('GET', `${T}/RequestGroup?prescriptionId=689CD8-A83008-EBBE3S`);
    expect(byId.body.total).toBe(1);
    expect(exampleShapeErrors(example('prescriptionSearch/200_WithSingleAcute'), byId.body)).toEqual([]);
    const plus = [...epsState(sandbox).prescriptions.values()].find((x) => x.id.endsWith('+'))!;
    expect((await call('GET', `${T}/RequestGroup?prescriptionId=${encodeURIComponent(plus.id)}`)).body.total).toBe(1);
    const raw = await call('GET', `${T}/RequestGroup?prescriptionId=${plus.id}`);
    expect(raw.status).toBe(400);
    expect(exampleShapeErrors(example('errors/400_BadRequest'), raw.body)).toEqual([]);
  });

  it('bounds a search by creation date with lowDate / highDate (yyyyMMdd, inclusive)', async () => {
    const patient = sandbox.population.patients.find(
      (x) =>
        new Set(
          epsState(sandbox)
            .byPatient(x.nhsNumber)
            .map((p) => p.authoredOn.slice(0, 10)),
        ).size >= 2,
    )!;
    const list = epsState(sandbox).byPatient(patient.nhsNumber);
    const day = list[0]!.authoredOn.slice(0, 10).replace(/-/g, '');
    const r = await call('GET', `${T}/RequestGroup?nhsNumber=${patient.nhsNumber}&lowDate=${day}&highDate=${day}`);
    expect(r.status).toBe(200);
    const ids = r.body.entry.filter((e: any) => e.resource.resourceType === 'RequestGroup').map((e: any) => e.resource.identifier[0].value);
    expect(ids).toEqual(list.filter((p) => p.authoredOn.slice(0, 10).replace(/-/g, '') === day).map((p) => p.id));
    expect(r.body.total).toBe(ids.length);
    const all = await call('GET', `${T}/RequestGroup?nhsNumber=${patient.nhsNumber}`);
    expect(all.body.total).toBe(list.length);
  });

  it.each([
    ['both parameters', '?prescriptionId=689CD8-A83008-EBBE3S&nhsNumber=5839945242'],
    ['a lowDate that is not yyyyMMdd', '?nhsNumber=5839945242&lowDate=2026-01-01'],
    ['a highDate that does not exist', '?nhsNumber=5839945242&highDate=20260230'],
    ['neither parameter', ''],
    ['an invalid NHS number', '?nhsNumber=5839945243'],
    ['a bad checksum', '?prescriptionId=689CD8-A83008-EBBE3A'],
  ])('answers 400 BAD_REQUEST for %s', async (_, query) => {
    const r = await call('GET', `${T}/RequestGroup${query}`);
    expect(r.status).toBe(400);
    expect(r.body.issue[0].details.coding[0].code).toBe('BAD_REQUEST');
  });

  it('answers 404 NOT_FOUND for an unknown prescription and an empty searchset for a patient without any', async () => {
    const r = await call('GET', `${T}/RequestGroup/${newPrescriptionId()}`);
    expect(r.status).toBe(404);
    expect(exampleShapeErrors(example('errors/404_NotFound'), r.body)).toEqual([]);
    const none = sandbox.population.patients.find((x) => epsState(sandbox).byPatient(x.nhsNumber).length === 0)!;
    expect((await call('GET', `${T}/RequestGroup?nhsNumber=${none.nhsNumber}`)).body).toEqual(example('prescriptionSearch/200_NoResults'));
  });

  it('refuses a request missing the identity headers with one issue per header, and one without a token with 401', async () => {
    const r = await call('GET', `${T}/RequestGroup?nhsNumber=5839945242`, undefined, {
      'nhsd-session-urid': '',
      'nhsd-session-jobrole': '',
      ...nonConforming('empty identity headers'),
    });
    expect(r.status).toBe(400);
    expect(r.body.issue).toHaveLength(2);
    const unauthorised = await call('GET', `${T}/RequestGroup?nhsNumber=5839945242`, undefined, { authorization: '', ...nonConforming('no bearer token') });
    expect(unauthorised.status).toBe(401);
    expect(unauthorised.body).toEqual(example('errors/401_Unauthorized'));
  });
});
