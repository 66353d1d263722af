/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/**
 * A receiving service in the Booking and Referral Standard's Endpoint Catalogue, e.g. system
 * https://fhir.nhs.uk/Id/dos-service-id and value 2000072489. Sent base64-encoded in NHSD-Target-Identifier.
 */
export type BarsTargetInput = {
  /** The identifier system of the receiving service (e.g. https://fhir.nhs.uk/Id/dos-service-id). */
  system: string;
  /** The receiving service's identifier in that system. */
  value: string;
};

/** A section of nhs.uk that healthContentSearch searches. */
export type HealthContentSearchSection =
  /** Health A to Z: conditions (/conditions/). */
  | 'CONDITIONS'
  /** Live well (/live-well/), from its hub page. */
  | 'LIVE_WELL'
  /** Medicines A to Z (/medicines/). */
  | 'MEDICINES';

/** A medicine, by its NHS Dictionary of Medicines and Devices (dm+d) code and name. */
export type MedicationInput = {
  /**
   * The dm+d code: a SNOMED CT concept id (6 to 18 digits, no leading zero, a valid Verhoeff check digit, partition 00
   * or 10), e.g. 39732311000001104. Anything else is refused before any call (INVALID_MEDICATION_CODE).
   */
  code: string;
  /** The dm+d name, e.g. Amoxicillin 250mg capsules (what the dispenser reads). */
  name: string;
};

/** The NHS environment the graph's sources point at (NHS_ENV). */
export type NhsEnvironment =
  /** The embedded stand-in for the NHS API platform (local, synthetic data). */
  | 'EMBEDDED'
  /** NHS's integration environment (int.api.service.nhs.uk). */
  | 'INT'
  /** NHS production (api.service.nhs.uk). */
  | 'PROD'
  /** NHS's public sandboxes (sandbox.api.service.nhs.uk). */
  | 'SANDBOX';

/** Why preparePrescription was refused in a way the caller can correct or must accept. */
export type PreparePrescriptionErrorCode =
  /** EPS refused the request as invalid (its code in `message`). */
  | 'INVALID_INPUT'
  /** No items, or more than four. */
  | 'INVALID_ITEMS'
  /** A medication code is not a dm+d (SNOMED CT concept) id. */
  | 'INVALID_MEDICATION_CODE'
  /** `prescriptionType` is not a four-digit prescription-type code. */
  | 'INVALID_PRESCRIPTION_TYPE'
  /** A quantity is 0 or less, or a supply duration less than 1 day. */
  | 'INVALID_QUANTITY'
  /** A medication name, unit or dosage is empty. */
  | 'MISSING_VALUE'
  /** `nominatedPharmacy` is not the patient's nominated pharmacy in PDS. */
  | 'NOMINATED_PHARMACY_MISMATCH'
  /** The patient has no nominated pharmacy in PDS: this mutation sends prescriptions to the nominated pharmacy only. */
  | 'NO_NOMINATED_PHARMACY';

/** Who prescribes, and where: the user is the signed-in CIS2 prescriber (their role profile, SDS user id and job role). */
export type PrescriberInput = {
  /** The prescribing organisation (the GP practice): its ODS code, read from ODS for its name, address and telephone. */
  organisation: string;
  /** The prescriber's professional registration number (GMC), when the prescription type needs it. */
  professionalCode?: string | null | undefined;
};

/** One medicine on a prescription. */
export type PrescriptionItemInput = {
  /** The dosage instructions as text, e.g. 2 times a day for 10 days. */
  dosage: string;
  /** The medicine. */
  medication: MedicationInput;
  /** The quantity to supply, in `unit`: more than 0. */
  quantity: number;
  /** How many days the supply should last, when given (1 or more). */
  supplyDays?: number | null | undefined;
  /** The unit of `quantity` (dm+d unit of measure, e.g. tablet, capsule, ml). */
  unit: string;
  /** The SNOMED CT code of `unit` (e.g. 428673006 for tablet), when known. */
  unitCode?: string | null | undefined;
};

/** An acute prescription to prepare, sent to the patient's nominated pharmacy. */
export type PrescriptionOrderInput = {
  /** The medicines: one to four items (an EPS prescription holds at most four). */
  items: Array<PrescriptionItemInput>;
  /**
   * The pharmacy to send it to: the patient's nominated pharmacy in PDS. When absent, PDS's nomination is used; when
   * given, it must be the same (NOMINATED_PHARMACY_MISMATCH otherwise), so the app confirms where it goes.
   */
  nominatedPharmacy?: string | null | undefined;
  /** The patient's NHS number. */
  patient: string;
  /** The prescriber's organisation and registration. */
  prescriber: PrescriberInput;
  /** prescription-type code (four digits), e.g. 0101 Primary Care Prescriber - Medical Prescriber (the default). */
  prescriptionType?: string | null | undefined;
};

/** The prescription (Task business) status, EPS-task-business-status (the code in each value's description). */
export type PrescriptionStatus =
  /** 0000 */
  | 'AWAITING_RELEASE_READY'
  /** 0005 */
  | 'CANCELLED'
  /** 9005 */
  | 'CANCELLED_FUTURE_INSTANCE'
  /** 0008 */
  | 'CLAIMED'
  /** 0006 */
  | 'DISPENSED'
  /** 0004 */
  | 'EXPIRED'
  /** 9001 */
  | 'FUTURE_INSTANCE'
  /** 0007 */
  | 'NOT_DISPENSED'
  /** 0009 */
  | 'NO_CLAIMED'
  /** 9000 */
  | 'REPEAT_DISPENSING_FUTURE_INSTANCE'
  /** 0001 */
  | 'TO_BE_DISPENSED'
  /** 0002 */
  | 'WITH_DISPENSER'
  /** 0003 */
  | 'WITH_DISPENSER_ACTIVE';

/** Why releasePrescription was refused in a way the caller can correct or must accept. */
export type ReleasePrescriptionErrorCode =
  /** The prescription's state forbids the change (its EPS code in `message`). */
  | 'CONFLICT'
  /** EPS refused the request as invalid (its code in `message`, e.g. R-5000, R-5888). */
  | 'INVALID_INPUT'
  /** `requestId` is not a UUID. */
  | 'INVALID_REQUEST_ID'
  /** Another pharmacy holds the prescription (its ODS code in `message`). */
  | 'PRESCRIPTION_WITH_ANOTHER_DISPENSER';

/** What releasePrescription asks EPS for. */
export type ReleasePrescriptionInput = {
  /** The releasing pharmacy. */
  pharmacy: string;
  /** One prescription; without it, the pharmacy's nominated download (up to 25). */
  prescriptionId?: string | null | undefined;
  /** A UUID: pass the same one again only to retry the identical request. */
  requestId?: string | number | null | undefined;
};

/** The status of a slot (FHIR slotstatus). */
export type SlotStatus =
  /** Booked. */
  | 'BUSY'
  /** Held, not confirmed. */
  | 'BUSY_TENTATIVE'
  /** Not available to book (blocked). */
  | 'BUSY_UNAVAILABLE'
  /** Recorded in error. */
  | 'ENTERED_IN_ERROR'
  /** Free to book. */
  | 'FREE'
  /** A status outside the value set (the raw code is in `resource`). */
  | 'OTHER';

export type AboutQueryVariables = Exact<{ [key: string]: never; }>;


export type AboutQuery = { about: { version: string, environment: NhsEnvironment } };

export type BarsSlotsQueryVariables = Exact<{
  target: BarsTargetInput;
}>;


export type BarsSlotsQuery = { barsSlots: Array<{ id: string | null, status: SlotStatus | null, start: string | null }> | null };

export type FreeSlotsQueryVariables = Exact<{
  odsCode: string;
  from: string;
  to: string;
}>;


export type FreeSlotsQuery = { organisation: { odsCode: string, freeSlots: Array<{ id: string, start: string, end: string }> | null } | null };

export type GpRecordQueryVariables = Exact<{
  nhsNumber: string;
}>;


export type GpRecordQuery = { patient: { nhsNumber: string, gpRecord: { allergies: Array<{ id: string | null, clinicalStatus: string | null }>, medications: Array<{ id: string | null, code: { display: string | null } | null }> } | null } | null };

export type HealthContentSearchQueryVariables = Exact<{
  section: HealthContentSearchSection;
  text: string;
}>;


export type HealthContentSearchQuery = { healthContentSearch: { complete: boolean, nodes: Array<{ name: string, path: string, description: string | null }> } | null };

export type OrganisationQueryVariables = Exact<{
  odsCode: string;
}>;


export type OrganisationQuery = { organisation: { odsCode: string, name: string | null, active: boolean | null, primaryRole: { code: string, display: string | null } | null } | null };

export type PatientWithGpQueryVariables = Exact<{
  nhsNumber: string;
}>;


export type PatientWithGpQuery = { patient: { nhsNumber: string, birthDate: string | null, name: { given: Array<string>, family: string | null } | null, registeredGp: { odsCode: string, name: string | null } | null } | null };

export type PreparePrescriptionMutationVariables = Exact<{
  input: PrescriptionOrderInput;
}>;


export type PreparePrescriptionMutation = { preparePrescription: { preparedPrescription: { preparedId: string, prescriptionId: string, digest: string, algorithm: string | null, timestamp: string, expiresAt: string } | null, userErrors: Array<{ code: PreparePrescriptionErrorCode, message: string, field: Array<string> | null }> } };

export type PrescriptionsQueryVariables = Exact<{
  nhsNumber: string;
}>;


export type PrescriptionsQuery = { patient: { nhsNumber: string, prescriptions: { totalCount: number, nodes: Array<{ id: string, status: PrescriptionStatus | null }> } | null } | null };

export type ReferralQueryVariables = Exact<{
  ubrn: string;
}>;


export type ReferralQuery = { referral: { ubrn: string, state: { code: string, display: string | null } | null, priority: { code: string | null } | null } | null };

export type ReleasePrescriptionsMutationVariables = Exact<{
  input: ReleasePrescriptionInput;
}>;


export type ReleasePrescriptionsMutation = { releasePrescription: { release: { requestId: string, released: Array<{ prescriptionId: string, lineItems: Array<{ medication: string | null, quantity: number | null }> }>, failed: Array<{ code: string | null }> } | null, userErrors: Array<{ code: ReleasePrescriptionErrorCode, message: string, field: Array<string> | null }> } };

export type SpineEndpointsQueryVariables = Exact<{
  odsCode: string;
  interaction: string;
}>;


export type SpineEndpointsQuery = { organisation: { odsCode: string, spineEndpoints: Array<{ address: string | null, partyKey: string | null }> | null } | null };

export type WaitingListQueryVariables = Exact<{
  nhsNumber: string;
}>;


export type WaitingListQuery = { patient: { nhsNumber: string, waitingList: Array<{ pathwayId: string | null }> | null } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const AboutDocument = new TypedDocumentString(`
    query About {
  about {
    version
    environment
  }
}
    `, {"hash":"sha256:3e6fa7bf014717f77f39b46c1e06efa03b53a56762a94892de5120937650cc36"}) as unknown as TypedDocumentString<AboutQuery, AboutQueryVariables>;
export const BarsSlotsDocument = new TypedDocumentString(`
    query BarsSlots($target: BarsTargetInput!) {
  barsSlots(target: $target) {
    id
    status
    start
  }
}
    `, {"hash":"sha256:94c1f75b01a6ca74214aa1c4965bb2322da9bcfe0169bc75e186ad8e85bdff5c"}) as unknown as TypedDocumentString<BarsSlotsQuery, BarsSlotsQueryVariables>;
export const FreeSlotsDocument = new TypedDocumentString(`
    query FreeSlots($odsCode: OdsCode!, $from: Date!, $to: Date!) {
  organisation(odsCode: $odsCode) {
    odsCode
    freeSlots(from: $from, to: $to) {
      id
      start
      end
    }
  }
}
    `, {"hash":"sha256:69852034e5276e30d6db9fc5f0c079c98625d2ec2e6b65faca3d8bc5f2b3dc25"}) as unknown as TypedDocumentString<FreeSlotsQuery, FreeSlotsQueryVariables>;
export const GpRecordDocument = new TypedDocumentString(`
    query GpRecord($nhsNumber: NhsNumber!) {
  patient(nhsNumber: $nhsNumber) {
    nhsNumber
    gpRecord {
      allergies {
        id
        clinicalStatus
      }
      medications {
        id
        code {
          display
        }
      }
    }
  }
}
    `, {"hash":"sha256:bd9fabd658f4c63f4a982791a12e7d81dffe1009ce9586f10783c013f3109047"}) as unknown as TypedDocumentString<GpRecordQuery, GpRecordQueryVariables>;
export const HealthContentSearchDocument = new TypedDocumentString(`
    query HealthContentSearch($section: HealthContentSearchSection!, $text: String!) {
  healthContentSearch(section: $section, text: $text, first: 5) {
    nodes {
      name
      path
      description
    }
    complete
  }
}
    `, {"hash":"sha256:0fdee11372be13038f74e7973dfff492f57743292ccbcc784e871d88e3388bbb"}) as unknown as TypedDocumentString<HealthContentSearchQuery, HealthContentSearchQueryVariables>;
export const OrganisationDocument = new TypedDocumentString(`
    query Organisation($odsCode: OdsCode!) {
  organisation(odsCode: $odsCode) {
    odsCode
    name
    active
    primaryRole {
      code
      display
    }
  }
}
    `, {"hash":"sha256:95ac7d32791e4c40eb6395a49c8ae76129ba2210493f1ea8c60df37fde914521"}) as unknown as TypedDocumentString<OrganisationQuery, OrganisationQueryVariables>;
export const PatientWithGpDocument = new TypedDocumentString(`
    query PatientWithGp($nhsNumber: NhsNumber!) {
  patient(nhsNumber: $nhsNumber) {
    nhsNumber
    name {
      given
      family
    }
    birthDate
    registeredGp {
      odsCode
      name
    }
  }
}
    `, {"hash":"sha256:1abd840f05d34e1a6ea1ff481d0dafc249c5f108f5527defc1d2dfdf8828c950"}) as unknown as TypedDocumentString<PatientWithGpQuery, PatientWithGpQueryVariables>;
export const PreparePrescriptionDocument = new TypedDocumentString(`
    mutation PreparePrescription($input: PrescriptionOrderInput!) {
  preparePrescription(input: $input) {
    preparedPrescription {
      preparedId
      prescriptionId
      digest
      algorithm
      timestamp
      expiresAt
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `, {"hash":"sha256:347505551fe7d1f84c79b76fb151a327045f245ec12f61566c409761800333c2"}) as unknown as TypedDocumentString<PreparePrescriptionMutation, PreparePrescriptionMutationVariables>;
export const PrescriptionsDocument = new TypedDocumentString(`
    query Prescriptions($nhsNumber: NhsNumber!) {
  patient(nhsNumber: $nhsNumber) {
    nhsNumber
    prescriptions(first: 5) {
      totalCount
      nodes {
        id
        status
      }
    }
  }
}
    `, {"hash":"sha256:e91971bb5d2edc5537b1a0071a89c2a73c57ca7691127dfe36adfafe334ea151"}) as unknown as TypedDocumentString<PrescriptionsQuery, PrescriptionsQueryVariables>;
export const ReferralDocument = new TypedDocumentString(`
    query Referral($ubrn: Ubrn!) {
  referral(ubrn: $ubrn) {
    ubrn
    state {
      code
      display
    }
    priority {
      code
    }
  }
}
    `, {"hash":"sha256:03eaa35899485d40e5e8eb9833cfd2a90482bd0cc519ac69ef1527535b459ac1"}) as unknown as TypedDocumentString<ReferralQuery, ReferralQueryVariables>;
export const ReleasePrescriptionsDocument = new TypedDocumentString(`
    mutation ReleasePrescriptions($input: ReleasePrescriptionInput!) {
  releasePrescription(input: $input) {
    release {
      requestId
      released {
        prescriptionId
        lineItems {
          medication
          quantity
        }
      }
      failed {
        code
      }
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `, {"hash":"sha256:f11a92ee4a2295df9f6c27f746f9ee61254204b4af36004788b13b0220ffa684"}) as unknown as TypedDocumentString<ReleasePrescriptionsMutation, ReleasePrescriptionsMutationVariables>;
export const SpineEndpointsDocument = new TypedDocumentString(`
    query SpineEndpoints($odsCode: OdsCode!, $interaction: InteractionId!) {
  organisation(odsCode: $odsCode) {
    odsCode
    spineEndpoints(interaction: $interaction) {
      address
      partyKey
    }
  }
}
    `, {"hash":"sha256:5e16318f066f32f20d42a3d6b8e3b7558b3c05236711fb31d12e9d2dc52cf5ae"}) as unknown as TypedDocumentString<SpineEndpointsQuery, SpineEndpointsQueryVariables>;
export const WaitingListDocument = new TypedDocumentString(`
    query WaitingList($nhsNumber: NhsNumber!) {
  patient(nhsNumber: $nhsNumber) {
    nhsNumber
    waitingList {
      pathwayId
    }
  }
}
    `, {"hash":"sha256:76d0a70dec6da09264ba67a60d6d5ed48f811cdb84f414ea20ce4b894ed46351"}) as unknown as TypedDocumentString<WaitingListQuery, WaitingListQueryVariables>;