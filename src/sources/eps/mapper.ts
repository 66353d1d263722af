import { NHS_NUMBER_SYSTEM } from '../fhir.js';
import { PRESCRIPTION_ID_SYSTEM } from '../eps-tracker/wire.js';
import { PRESCRIPTION_ITEM_ID_SYSTEM, SNOMED_CT } from '../fhir-systems.js';
import { outcomeCode } from '../../upstream/operation-outcome.js';
import {
  STATUS_HISTORY_EXTENSION,
  type EpsOperationOutcome,
  type FhirResource,
  type MedicationRequestLike,
  type MessageBundle,
  type ParametersResource,
} from './wire.js';

export interface PreparedModel {
  /** Base64 of the XML SignedInfo to sign with the prescriber's smartcard. */
  digest: string;
  timestamp: string | null;
  algorithm: string | null;
  requestId: string;
  resource: ParametersResource;
}

export interface ReleasedItemModel {
  /** prescription-order-item-number: what a dispense notification or claim names the item by. */
  id: string | null;
  medication: string | null;
  /** The dm+d code. */
  medicationCode: string | null;
  quantity: number | null;
  unit: string | null;
  dosage: string | null;
}

export interface ReleasedPrescriptionModel {
  prescriptionId: string;
  nhsNumber: string | null;
  lineItems: ReleasedItemModel[];
  resource: MessageBundle;
}

export interface FailedReleaseModel {
  prescriptionId: string | null;
  code: string | null;
  display: string | null;
}

export interface ReleaseModel {
  released: ReleasedPrescriptionModel[];
  failed: FailedReleaseModel[];
  /** The release response's own id (Parameters.id): what a return names as its `focus`. */
  responseId: string | null;
  requestId: string;
  resource: ParametersResource;
}

export interface CancellationModel {
  prescriptionId: string | null;
  /** medicationrequest-status-history: R-0001 cancelled, R-0002 / R-0003 with the dispenser, marked for cancellation. */
  code: string;
  display: string | null;
  cancelled: boolean;
  requestId: string;
  resource: MessageBundle;
}

export interface WriteOutcomeModel {
  accepted: boolean;
  /** The X-Request-ID the write went with: quote it to NHS support, or pass it again to retry safely. */
  requestId: string;
  resource: EpsOperationOutcome | undefined;
}

const param = (p: ParametersResource, name: string) => p.parameter?.find((x) => x.name === name);

/** The $prepare answer. Pure. */
export function mapPrepared(p: ParametersResource, requestId: string): PreparedModel {
  return {
    digest: param(p, 'digest')?.valueString ?? '',
    timestamp: param(p, 'timestamp')?.valueString ?? null,
    algorithm: param(p, 'algorithm')?.valueString ?? null,
    requestId,
    resource: p,
  };
}

/** The Task/$release answer: passed prescription Bundles, and failed ones with their OperationOutcome. Pure. */
export function mapRelease(p: ParametersResource, requestId: string): ReleaseModel {
  const passed = entriesOf(param(p, 'passedPrescriptions')?.resource);
  const failed = entriesOf(param(p, 'failedPrescriptions')?.resource);
  const outcomes = failed.filter((r) => r.resourceType === 'OperationOutcome');
  const failedBundles = failed.filter((r) => r.resourceType === 'Bundle') as MessageBundle[];
  return {
    released: (passed.filter((r) => r.resourceType === 'Bundle') as MessageBundle[]).map(mapReleasedPrescription),
    failed: outcomes.map((o, i) => {
      const coding = (o as EpsOperationOutcome).issue?.[0]?.details?.coding?.[0];
      const bundle = failedBundles[i];
      return { prescriptionId: bundle ? prescriptionIdOf(bundle) : null, code: coding?.code ?? outcomeCode(o) ?? null, display: coding?.display ?? null };
    }),
    responseId: p.id ?? null,
    requestId,
    resource: p,
  };
}

function entriesOf(resource: FhirResource | undefined): FhirResource[] {
  const entry = (resource?.entry as { resource?: FhirResource }[] | undefined) ?? [];
  return entry.map((e) => e.resource).filter((r): r is FhirResource => r !== undefined);
}

function requestsOf(bundle: MessageBundle): MedicationRequestLike[] {
  return (bundle.entry ?? []).map((e) => e.resource).filter((r) => r?.resourceType === 'MedicationRequest') as MedicationRequestLike[];
}

function prescriptionIdOf(bundle: MessageBundle): string | null {
  return requestsOf(bundle).find((r) => r.groupIdentifier?.system === PRESCRIPTION_ID_SYSTEM)?.groupIdentifier?.value ?? null;
}

function mapReleasedPrescription(bundle: MessageBundle): ReleasedPrescriptionModel {
  const patient = (bundle.entry ?? []).map((e) => e.resource).find((r) => r?.resourceType === 'Patient');
  const ids = (patient?.identifier as { system?: string; value?: string }[] | undefined) ?? [];
  return {
    prescriptionId: prescriptionIdOf(bundle) ?? '',
    nhsNumber: ids.find((i) => i.system === NHS_NUMBER_SYSTEM)?.value ?? null,
    lineItems: requestsOf(bundle).map((r) => ({
      id: (r.identifier as { system?: string; value?: string }[] | undefined)?.find((i) => i.system === PRESCRIPTION_ITEM_ID_SYSTEM)?.value ?? null,
      medicationCode: r.medicationCodeableConcept?.coding?.find((c) => c.system === SNOMED_CT)?.code ?? null,
      medication: r.medicationCodeableConcept?.text ?? r.medicationCodeableConcept?.coding?.[0]?.display ?? null,
      quantity: r.dispenseRequest?.quantity?.value ?? null,
      unit: r.dispenseRequest?.quantity?.unit ?? null,
      dosage:
        r.dosageInstruction
          ?.map((d) => d.text)
          .filter(Boolean)
          .join('; ') || null,
    })),
    resource: bundle,
  };
}

/** The cancel response Bundle: the status-history code on its MedicationRequest. Pure. */
export function mapCancellation(bundle: MessageBundle, requestId: string): CancellationModel {
  const request = requestsOf(bundle)[0];
  const history = request?.extension?.find((e) => e.url === STATUS_HISTORY_EXTENSION);
  const coding = history?.extension?.find((e) => e.url === 'status')?.valueCoding;
  const code = coding?.code ?? '';
  return {
    prescriptionId: request?.groupIdentifier?.value ?? null,
    code,
    display: coding?.display ?? null,
    cancelled: code === 'R-0001',
    requestId,
    resource: bundle,
  };
}
