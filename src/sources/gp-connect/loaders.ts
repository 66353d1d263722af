import type DataLoader from 'dataloader';
import { NotFoundError } from '../../errors.js';
import { ukDate } from '../../nhs/uk-time.js';
import type { CallContext } from '../../upstream/types.js';
import { createLoader, eachKey, type LoaderSettings } from '../loader-options.js';
import type { GpConnectSources } from './index.js';
import { parseAppointmentId } from './appointment-id.js';
import { mapAppointment, mapAppointmentBundle, mapSlotBundle, type AppointmentModel, type SlotModel } from './appointments-mapper.js';
import { documentsPatientId, mapBinary, mapDocumentSearch, type ClinicalDocumentModel, type DocumentContentModel } from './documents-mapper.js';
import { buildStructuredRecordParameters, validateRecordAreas, type RecordArea, type RecordAreas } from './structured-request.js';
import { mapStructuredRecord, type StructuredRecordModel } from './structured-record.js';
import type { DocumentSearchFilters } from './access-record-client.js';

export interface GpConnectLoaders {
  /**
   * One area of a patient's structured record, keyed by recordAreaKey. Every area asked for a patient in the same tick
   * (the sibling fields of one `gpRecord`) is one $gpc.getstructuredrecord call; the value is the whole mapped record.
   */
  recordArea: DataLoader<string, StructuredRecordModel>;
  /** The documents server's id of a patient (Find Patient); NOT_FOUND when it has none. */
  documentsPatient: DataLoader<string, string>;
  /** A patient's documents for one set of filters, keyed by documentsKey. */
  documents: DataLoader<string, ClinicalDocumentModel[]>;
  /** One document's file, keyed `${nhsNumber}|${binaryId}`: fetched only when `content` is asked for. */
  documentContent: DataLoader<string, DocumentContentModel>;
  /** A practice's free slots in a window, keyed `${odsCode}|${from}|${to}`: one call per practice and window. */
  freeSlots: DataLoader<string, SlotModel[]>;
  patientAppointments: DataLoader<string, AppointmentModel[]>;
  practiceAppointments: DataLoader<string, AppointmentModel[]>;
  appointment: DataLoader<string, AppointmentModel>;
  /** The NHS number of a patient a practice's GP system names by its own id (route A), keyed `${practice}|${id}`. */
  providerPatient: DataLoader<string, string | null>;
}

export function recordAreaKey<A extends RecordArea>(nhsNumber: string, area: A, options: RecordAreas[A]): string {
  return `${nhsNumber}|${area}|${JSON.stringify(options ?? {})}`;
}

/** The key of what every record carries whatever the areas (the patient's practice): it joins any call for the patient. */
export function recordKey(nhsNumber: string): string {
  return `${nhsNumber}|record|{}`;
}

export function documentsKey(nhsNumber: string, filters: DocumentSearchFilters): string {
  return `${nhsNumber}|${JSON.stringify(filters)}`;
}

export function windowKey(id: string, from: string, to: string): string {
  return `${id}|${from}|${to}`;
}

function split(key: string, parts: number): string[] {
  const fields = key.split('|');
  return [...fields.slice(0, parts - 1), fields.slice(parts - 1).join('|')];
}

/** The key of the record's lists (warnings, empty reasons): it joins every call made for the patient. */
export function listsKey(nhsNumber: string): string {
  return `${nhsNumber}|lists|{}`;
}

/** Keys that ask for no area of their own: `record` joins the patient's first call, `lists` every call. */
const JOINERS = new Set(['record', 'lists']);

export interface PlannedRecordCall {
  nhsNumber: string;
  areas: RecordAreas;
  keys: string[];
}

/**
 * Groups area keys into calls: one per patient, unless the same area is asked twice with different options (two
 * aliases), which needs a second call. A record key joins the patient's first call and a lists key every call of the
 * patient; alone, they ask for active allergies, the lightest area (GP Connect refuses a request that names none). A
 * key may so belong to several calls. Pure.
 */
export function planRecordCalls(keys: readonly string[]): PlannedRecordCall[] {
  const calls: (PlannedRecordCall & { options: Map<string, string> })[] = [];
  const joiners = keys.filter((k) => JOINERS.has(split(k, 3)[1] ?? ''));
  for (const key of keys.filter((k) => !joiners.includes(k))) {
    const [nhsNumber = '', area = '', options = '{}'] = split(key, 3);
    let call = calls.find((c) => c.nhsNumber === nhsNumber && (c.options.get(area) ?? options) === options);
    if (!call) {
      call = { nhsNumber, areas: {}, options: new Map(), keys: [] };
      calls.push(call);
    }
    call.options.set(area, options);
    (call.areas as Record<string, unknown>)[area] = JSON.parse(options);
    call.keys.push(key);
  }
  for (const key of joiners) {
    const [nhsNumber = '', joiner = ''] = split(key, 3);
    const mine = calls.filter((c) => c.nhsNumber === nhsNumber);
    if (mine.length === 0) {
      calls.push({ nhsNumber, areas: { allergies: { includeResolved: false } }, options: new Map([['allergies', JSON.stringify({ includeResolved: false })]]), keys: [key] });
    } else {
      for (const call of joiner === 'record' ? mine.slice(0, 1) : mine) call.keys.push(key);
    }
  }
  return calls.map(({ nhsNumber, areas, keys: k }) => ({ nhsNumber, areas, keys: k }));
}

/** The records of the calls a key joined, as one: the first call's, with every call's lists (once each). */
function joinRecords(records: StructuredRecordModel[]): StructuredRecordModel {
  const [first, ...rest] = records as [StructuredRecordModel, ...StructuredRecordModel[]];
  if (rest.length === 0) return first;
  const lists = new Map(records.flatMap((r) => r.lists).map((l) => [JSON.stringify(l), l]));
  return { ...first, lists: [...lists.values()] };
}

export function createGpConnectLoaders(gpc: GpConnectSources, ctx: CallContext, settings: LoaderSettings): GpConnectLoaders {
  const recordBatch = async (keys: readonly string[]): Promise<(StructuredRecordModel | Error)[]> => {
    const results = new Map<string, (StructuredRecordModel | Error)[]>();
    const settle = (key: string, value: StructuredRecordModel | Error) => results.set(key, [...(results.get(key) ?? []), value]);
    await Promise.all(
      planRecordCalls(keys).map(async (call) => {
        try {
          validateRecordAreas(call.areas, ukDate(new Date()));
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
    recordArea: createLoader(recordBatch, settings),
    documentsPatient,
    documents: createLoader(
      eachKey(async (key: string) => {
        const [nhsNumber = '', filters = '{}'] = split(key, 2);
        const patientId = await documentsPatient.load(nhsNumber);
        return mapDocumentSearch(await gpc.accessRecord.searchDocuments(patientId, nhsNumber, JSON.parse(filters) as DocumentSearchFilters, ctx), nhsNumber);
      }),
      settings,
    ),
    documentContent: createLoader(
      eachKey(async (key: string) => {
        const [nhsNumber = '', binaryId = ''] = split(key, 2);
        return mapBinary(await gpc.accessRecord.getBinary(binaryId, nhsNumber, ctx));
      }),
      settings,
    ),
    freeSlots: createLoader(
      eachKey(async (key: string) => {
        const [practice = '', from = '', to = ''] = split(key, 3);
        const consumer = { type: gpc.consumer?.organisation.type ?? 'gp-practice', odsCode: gpc.consumer?.organisation.odsCode ?? '' };
        return mapSlotBundle(await gpc.appointments.searchFreeSlots(practice, from, to, consumer, ctx), practice);
      }),
      settings,
    ),
    patientAppointments: createLoader(
      eachKey(async (key: string) => {
        const [nhsNumber = '', from = '', to = ''] = split(key, 3);
        // The practice is the one the call was addressed to (route A includes no Location to read it from).
        const { bundle, patientId, practice } = await gpc.appointments.patientAppointments(nhsNumber, from, to, ctx);
        return mapAppointmentBundle(bundle, practice, new Map([[patientId, nhsNumber]]));
      }),
      settings,
    ),
    practiceAppointments: createLoader(
      eachKey(async (key: string) => {
        const [practice = '', from = '', to = ''] = split(key, 3);
        return mapAppointmentBundle(await gpc.appointments.practiceAppointments(practice, from, to, ctx), practice);
      }),
      settings,
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
      eachKey(async (key: string) => {
        const [practice = '', id = ''] = split(key, 2);
        return gpc.appointments.patientNhsNumber(practice, id, ctx);
      }),
      settings,
    ),
  };
}
