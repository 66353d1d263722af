/**
 * The REST baseline's scenario c: one patient's full picture (the README's FullPicture query), orchestrated by hand.
 * Every independent chain starts at once; each answer that names organisations reads ODS for them, through one per-request map of
 * in-flight ODS reads so a code is read once (what a careful hand-written client does, and the model's minimum).
 *
 *   GET /patients/{nhsNumber}/full-picture?from=YYYY-MM-DD&to=YYYY-MM-DD (the bench sends today to 60 days on)
 */
import { selectArea, mapStructuredRecord } from '../src/sources/gp-connect/structured-record.js';
import { buildStructuredRecordParameters, type RecordAreas } from '../src/sources/gp-connect/structured-request.js';
import { documentsPatientId, mapDocumentSearch } from '../src/sources/gp-connect/documents-mapper.js';
import { mapAppointmentBundle } from '../src/sources/gp-connect/appointments-mapper.js';
import { healthContentPathFor } from '../src/sources/gp-connect/health-content-link.js';
import { mapContentPage } from '../src/sources/content/mapper.js';
import { mapClinicalView, mapPrescriptionSearch } from '../src/sources/eps-tracker/mapper.js';
import { statusName } from '../src/sources/eps-tracker/statuses.js';
import { mapErsReferral, mapHealthcareService, mapWorklistForPatient } from '../src/sources/ers/mapper.js';
import { extractWaitingListEntries, mapWaitingListEntry } from '../src/sources/wlmds/mapper.js';
import { mapOdsOrganisation, type OrganisationModel } from '../src/sources/ods/mapper.js';
import type { Sources } from '../src/sources/index.js';
import { createGpConnectAddresser } from '../src/sources/gp-connect/addressing.js';
import { gpConnectForRequest } from '../src/sources/gp-connect/index.js';
import { createPdsLoaders } from '../src/sources/pds/loaders.js';
import { createSdsLoaders } from '../src/sources/sds/loaders.js';
import type { CallContext } from '../src/upstream/types.js';

/** ODS reads of one request: each call fetches the codes not already asked for, in one `_id=A,B` search. */
class OdsReads {
  private readonly reads = new Map<string, Promise<OrganisationModel | null>>();
  constructor(
    private readonly sources: Sources,
    private readonly ctx: CallContext,
  ) {}

  async many(codes: (string | null | undefined)[]): Promise<Map<string, { odsCode: string; name: string | null } | null>> {
    const wanted = [...new Set(codes.filter((c): c is string => Boolean(c)).map((c) => c.toUpperCase()))];
    const fresh = wanted.filter((c) => !this.reads.has(c));
    if (fresh.length > 0) {
      const batch = this.sources.ods.getOrganisations(fresh, this.ctx).then((orgs) => new Map(orgs.map((o) => [o.id.toUpperCase(), mapOdsOrganisation(o)])));
      for (const code of fresh)
        this.reads.set(
          code,
          batch.then((m) => m.get(code) ?? null),
        );
    }
    const out = new Map<string, { odsCode: string; name: string | null } | null>();
    for (const code of wanted) {
      const org = await this.reads.get(code)!;
      out.set(code, org ? { odsCode: org.odsCode, name: org.name } : null);
    }
    return out;
  }
}

const pick = (orgs: Map<string, { odsCode: string; name: string | null } | null>, code: string | null | undefined) =>
  code ? (orgs.get(code.toUpperCase()) ?? null) : null;

export async function fullPicture(sources: Sources, nhsNumber: string, query: URLSearchParams, ctx: CallContext) {
  const from = query.get('from') ?? '2026-11-01';
  const to = query.get('to') ?? '2026-12-31';
  const ods = new OdsReads(sources, ctx);
  // GP Connect calls are addressed to the patient's practice through SDS (GPC_PROVIDER_ADDRESSING=sds) with the
  // project's addressing helper; its PDS and SDS look-ups are keyed per request, so the patient is read from PDS once.
  const keyed = { batching: true };
  const pds = createPdsLoaders(sources.pds, ctx, keyed);
  const gpc = gpConnectForRequest(sources.gpc, createGpConnectAddresser({ pds, sds: createSdsLoaders(sources.sds, ctx, keyed) }, ctx));
  const areas: RecordAreas = { allergies: { includeResolved: false }, medications: { includeIssues: true }, problems: {} };

  // Each answer that names organisations reads the new ones from ODS as soon as it arrives.
  const patientP = pds.patient.load(nhsNumber).then(async (p) => ({ p, orgs: await ods.many([p.registeredGpOdsCode, p.nominatedPharmacyOdsCode]) }));
  const waitingP = sources.wlmds.getWaitingList(nhsNumber, ctx).then(async (b) => {
    const entries = extractWaitingListEntries(b).map(mapWaitingListEntry);
    const orgs = await ods.many(entries.map((w) => w.providerOdsCode));
    return entries.map((w) => ({ pathwayId: w.pathwayId, treatmentFunction: w.treatmentFunction, provider: pick(orgs, w.providerOdsCode) }));
  });
  const appointmentsP = gpc.appointments.patientAppointments(nhsNumber, from, to, ctx).then(async ({ bundle: b }) => {
    const appointments = mapAppointmentBundle(b, null);
    const orgs = await ods.many(appointments.map((a) => a.practiceOdsCode));
    return appointments.map((a) => ({ id: a.id, status: a.status, start: a.start, practice: pick(orgs, a.practiceOdsCode) }));
  });

  const recordP = gpc.accessRecord.getStructuredRecord(buildStructuredRecordParameters(nhsNumber, areas), ctx).then(async (bundle) => {
    const record = mapStructuredRecord(bundle);
    const medications = await Promise.all(
      record.medications.map(async (m) => {
        const path = await healthContentPathFor(sources.content, 'medication', m.code, ctx);
        const page = path ? mapContentPage(await sources.content.getPage(path, ctx), path) : null;
        return { code: m.code && { display: m.code.display }, healthContent: page && { name: page.name, webpageUrl: page.webpageUrl } };
      }),
    );
    return {
      allergies: (selectArea(record, 'allergies', areas.allergies) as typeof record.allergies).map((a) => ({ code: a.code && { display: a.code.display } })),
      medications,
      problems: (selectArea(record, 'problems', areas.problems) as typeof record.problems).map((p) => ({ code: p.code && { display: p.code.display } })),
    };
  });

  const documentsP = gpc.accessRecord.findDocumentsPatient(nhsNumber, ctx).then(async (bundle) => {
    const patientId = documentsPatientId(bundle);
    if (!patientId) return [];
    return mapDocumentSearch(await gpc.accessRecord.searchDocuments(patientId, nhsNumber, {}, ctx), nhsNumber).map((d) => ({
      id: d.id,
      type: d.type && { display: d.type.display },
    }));
  });

  const prescriptionsP = sources.epsTracker.searchByNhsNumber(nhsNumber, {}, ctx).then(async (bundle) => {
    const summaries = mapPrescriptionSearch(bundle)
      .sort((a, b) => (b.authoredOn ?? '').localeCompare(a.authoredOn ?? ''))
      .slice(0, 20);
    const details = await Promise.all(
      summaries.map(async (s) => (s.detailed ? s : (mapClinicalView(await sources.epsTracker.getPrescription(s.id, s.issueNumber ?? undefined, ctx)) ?? s))),
    );
    const orgs = await ods.many(details.flatMap((d) => [d.dispenserOdsCode, d.prescriberOdsCode]));
    return details.map((d) => ({
      id: d.id,
      status: statusName(d.status?.code),
      dispenser: pick(orgs, d.dispenserOdsCode),
      prescriber: pick(orgs, d.prescriberOdsCode),
      lineItems: d.lineItems.map((l) => ({ medication: l.medication, quantity: l.quantity, unit: l.unit })),
    }));
  });

  const referralsP = sources.ers.fetchWorklist('AWAITING_BOOKING', ctx).then(async (list) => {
    const items = mapWorklistForPatient(list, nhsNumber);
    const referrals = await Promise.all(items.map(async (r) => (r.complete || r.service ? r : mapErsReferral(await sources.ers.getReferral(r.ubrn, ctx)))));
    const serviceIds = [...new Set(referrals.map((r) => r.service?.id).filter((id): id is string => Boolean(id)))];
    const services = serviceIds.length
      ? new Map((await sources.ers.getHealthcareServices(serviceIds, ctx)).map((s) => [s.id, mapHealthcareService(s)]))
      : new Map();
    const orgs = await ods.many(referrals.map((r) => (r.service ? services.get(r.service.id)?.providerOdsCode : null)));
    return referrals.map((r) => ({
      ubrn: r.ubrn,
      state: r.state && { code: r.state.code, display: r.state.display },
      providerOrganisation: pick(orgs, r.service ? services.get(r.service.id)?.providerOdsCode : null),
    }));
  });

  const [{ p: patient, orgs }, appointments, waitingList, gpRecord, documents, prescriptions, referrals] = await Promise.all([
    patientP,
    appointmentsP,
    waitingP,
    recordP,
    documentsP,
    prescriptionsP,
    referralsP,
  ]);
  return {
    patient: {
      name: patient.name && { given: patient.name.given, family: patient.name.family },
      registeredGp: pick(orgs, patient.registeredGpOdsCode),
      nominatedPharmacy: pick(orgs, patient.nominatedPharmacyOdsCode),
      gpRecord,
      documents,
      appointments,
      prescriptions,
      referrals,
      waitingList,
    },
  };
}
