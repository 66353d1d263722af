import type DataLoader from 'dataloader';
import { NotFoundError } from '../../errors.js';
import { ukDate } from '../../nhs/uk-time.js';
import type { CallContext } from '../../upstream/types.js';
import { createLoader, eachKey, type LoaderSettings } from '../loader-options.js';
import type { GpConnectSources } from './index.js';
import { parseAppointmentId } from './appointment-id.js';
import { mapAppointment, mapAppointmentBundle, mapSlotBundle, type AppointmentModel, type SlotModel } from './appointments-mapper.js';
import { documentsPatientId, mapBinary, mapDocumentSearch, type ClinicalDocumentModel, type DocumentContentModel } from './documents-mapper.js';
import { buildStructuredRecordParameters, validateRecordAreas } from './structured-request.js';
import { mapStructuredRecord, type StructuredRecordModel } from './structured-record.js';
import type { DocumentSearchFilters } from './access-record-client.js';
import { planRecordCalls, recordCacheKey, type RecordAreaKey } from './record-plan.js';

/** A patient's documents for one set of filters. */
export interface DocumentsKey {
  nhsNumber: string;
  filters: DocumentSearchFilters;
}

/** One document's file: the patient's NHS number addresses the call to their practice. */
export interface DocumentContentKey {
  nhsNumber: string;
  binaryId: string;
}

/** A practice's (by ODS code) or a patient's (by NHS number) slots or appointments in a window of dates. */
export interface WindowKey {
  id: string;
  from: string;
  to: string;
}

/** A patient a practice's GP system names by its own id (route A). */
export interface ProviderPatientKey {
  practice: string;
  patientId: string;
}

const windowCacheKey = (k: WindowKey) => `${k.id}|${k.from}|${k.to}`;

export interface GpConnectLoaders {
  /**
   * One area of a patient's structured record (record-plan.ts). Every area asked for a patient in the same tick (the
   * sibling fields of one `gpRecord`) is one $gpc.getstructuredrecord call; the value is the whole mapped record.
   */
  recordArea: DataLoader<RecordAreaKey, StructuredRecordModel, string>;
  /** The documents server's id of a patient (Find Patient); NOT_FOUND when it has none. */
  documentsPatient: DataLoader<string, string>;
  /** A patient's documents for one set of filters. */
  documents: DataLoader<DocumentsKey, ClinicalDocumentModel[], string>;
  /** One document's file: fetched only when `content` is asked for. */
  documentContent: DataLoader<DocumentContentKey, DocumentContentModel, string>;
  /** A practice's free slots in a window: one call per practice and window. */
  freeSlots: DataLoader<WindowKey, SlotModel[], string>;
  patientAppointments: DataLoader<WindowKey, AppointmentModel[], string>;
  practiceAppointments: DataLoader<WindowKey, AppointmentModel[], string>;
  /** By the graph's appointment id, which names the practice (appointment-id.ts). */
  appointment: DataLoader<string, AppointmentModel>;
  /** The NHS number of a patient a practice's GP system names by its own id (route A). */
  providerPatient: DataLoader<ProviderPatientKey, string | null, string>;
}

/** The records of the calls a key joined, as one: the first call's, with every call's lists (once each). */
function joinRecords(records: StructuredRecordModel[]): StructuredRecordModel {
  const [first, ...rest] = records as [StructuredRecordModel, ...StructuredRecordModel[]];
  if (rest.length === 0) return first;
  const lists = new Map(records.flatMap((r) => r.lists).map((l) => [JSON.stringify(l), l]));
  return { ...first, lists: [...lists.values()] };
}

export function createGpConnectLoaders(gpc: GpConnectSources, ctx: CallContext, settings: LoaderSettings): GpConnectLoaders {
  const recordBatch = async (keys: readonly RecordAreaKey[]): Promise<(StructuredRecordModel | Error)[]> => {
    const results = new Map<RecordAreaKey, (StructuredRecordModel | Error)[]>();
    const settle = (key: RecordAreaKey, value: StructuredRecordModel | Error) => results.set(key, [...(results.get(key) ?? []), value]);
    // Decided here, once: each key's own options first (a bad argument fails its own field, before any call and
    // without joining a call), then each joined call's areas together (the spec's not permitted combinations).
    const today = ukDate(new Date());
    const valid = keys.filter((key) => {
      try {
        if ('options' in key) validateRecordAreas({ [key.area]: key.options }, today);
        return true;
      } catch (error) {
        settle(key, error as Error);
        return false;
      }
    });
    await Promise.all(
      planRecordCalls(valid).map(async (call) => {
        try {
          validateRecordAreas(call.areas, today);
          const bundle = await gpc.accessRecord.getStructuredRecord(buildStructuredRecordParameters(call.nhsNumber, call.areas), ctx);
          const record = mapStructuredRecord(bundle);
          for (const key of call.keys) settle(key, record);
        } catch (error) {
          for (const key of call.keys) settle(key, error as Error);
        }
      }),
    );
    return keys.map((key) => {
      const settled = results.get(key) ?? [];
      return settled.find((r): r is Error => r instanceof Error) ?? joinRecords(settled as StructuredRecordModel[]);
    });
  };

  const documentsPatient = createLoader(
    eachKey(async (nhsNumber: string) => {
      const id = documentsPatientId(await gpc.accessRecord.findDocumentsPatient(nhsNumber, ctx));
      // Unknown and sensitive patients both come back as no match: one answer for both, by design.
      if (!id) throw new NotFoundError('GP Connect has no record of this patient', { upstream: { api: 'gpc-access-record', issueCode: 'PATIENT_NOT_FOUND' } });
      return id;
    }),
    settings,
  );

  return {
    recordArea: createLoader(recordBatch, settings, { cacheKeyFn: recordCacheKey }),
    documentsPatient,
    documents: createLoader(
      eachKey(async ({ nhsNumber, filters }: DocumentsKey) => {
        const patientId = await documentsPatient.load(nhsNumber);
        return mapDocumentSearch(await gpc.accessRecord.searchDocuments(patientId, nhsNumber, filters, ctx), nhsNumber);
      }),
      settings,
      { cacheKeyFn: (k) => `${k.nhsNumber}|${JSON.stringify(k.filters)}` },
    ),
    documentContent: createLoader(
      eachKey(async ({ nhsNumber, binaryId }: DocumentContentKey) => mapBinary(await gpc.accessRecord.getBinary(binaryId, nhsNumber, ctx))),
      settings,
      { cacheKeyFn: (k) => `${k.nhsNumber}|${k.binaryId}` },
    ),
    freeSlots: createLoader(
      eachKey(async ({ id: practice, from, to }: WindowKey) => {
        const consumer = { type: gpc.consumer?.organisation.type ?? 'gp-practice', odsCode: gpc.consumer?.organisation.odsCode ?? '' };
        return mapSlotBundle(await gpc.appointments.searchFreeSlots(practice, from, to, consumer, ctx), practice);
      }),
      settings,
      { cacheKeyFn: windowCacheKey },
    ),
    patientAppointments: createLoader(
      eachKey(async ({ id: nhsNumber, from, to }: WindowKey) => {
        // The practice is the one the call was addressed to (route A includes no Location to read it from).
        const { bundle, patientId, practice } = await gpc.appointments.patientAppointments(nhsNumber, from, to, ctx);
        return mapAppointmentBundle(bundle, practice, new Map([[patientId, nhsNumber]]));
      }),
      settings,
      { cacheKeyFn: windowCacheKey },
    ),
    practiceAppointments: createLoader(
      eachKey(async ({ id: practice, from, to }: WindowKey) =>
        mapAppointmentBundle(await gpc.appointments.practiceAppointments(practice, from, to, ctx), practice),
      ),
      settings,
      { cacheKeyFn: windowCacheKey },
    ),
    // Keyed by the graph's id, which names the practice (appointment-id.ts): the read is addressed to it. On route A the
    // appointment names its patient by the GP system's id: the NHS number is read too (Read Patient), so the answer, and
    // its audit record, name the patient.
    appointment: createLoader(
      eachKey(async (id: string) => {
        const model = mapAppointment(await gpc.appointments.readAppointment(id, ctx), undefined, parseAppointmentId(id).practice);
        if (model.nhsNumber || !model.providerPatientId || !model.practiceOdsCode) return model;
        return { ...model, nhsNumber: await gpc.appointments.patientNhsNumber(model.practiceOdsCode, model.providerPatientId, ctx) };
      }),
      settings,
    ),
    providerPatient: createLoader(
      eachKey(({ practice, patientId }: ProviderPatientKey) => gpc.appointments.patientNhsNumber(practice, patientId, ctx)),
      settings,
      { cacheKeyFn: (k) => `${k.practice}|${k.patientId}` },
    ),
  };
}
