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
  system: string;
  value: string;
};

export type HealthContentSearchSection =
  | 'CONDITIONS'
  | 'LIVE_WELL'
  | 'MEDICINES';

/** The prescription (Task business) status, EPS-task-business-status. */
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

export type ReleasePrescriptionInput = {
  /** The releasing pharmacy. */
  pharmacy: string;
  /** One prescription; without it, the pharmacy's nominated download (up to 25). */
  prescriptionId?: string | null | undefined;
  /** A UUID: pass the same one again only to retry the identical request. */
  requestId?: string | number | null | undefined;
};

export type AboutQueryVariables = Exact<{ [key: string]: never; }>;


export type AboutQuery = { about: { version: string, environment: string } };

export type BarsSlotsQueryVariables = Exact<{
  target: BarsTargetInput;
}>;


export type BarsSlotsQuery = { barsSlots: Array<{ id: string | null, status: string | null, start: string | null }> | null };

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
  message: unknown;
}>;


export type PreparePrescriptionMutation = { preparePrescription: { digest: string, algorithm: string | null, timestamp: string | null, requestId: string } };

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


export type ReleasePrescriptionsMutation = { releasePrescription: { requestId: string, released: Array<{ prescriptionId: string, lineItems: Array<{ medication: string | null, quantity: number | null }> }>, failed: Array<{ code: string | null }> } };

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
    mutation PreparePrescription($message: JSON!) {
  preparePrescription(message: $message) {
    digest
    algorithm
    timestamp
    requestId
  }
}
    `, {"hash":"sha256:3c21112ff90a52f574b752f2163e0d7e5e044c96476b1d4853f744bd262fd9ec"}) as unknown as TypedDocumentString<PreparePrescriptionMutation, PreparePrescriptionMutationVariables>;
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
}
    `, {"hash":"sha256:e98672880bbb740b1bbc0667a6ae08bd515fc52122b28c8148042ac8916f8158"}) as unknown as TypedDocumentString<ReleasePrescriptionsMutation, ReleasePrescriptionsMutationVariables>;
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