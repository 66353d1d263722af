/**
 * The FHIR identifier and code systems the stand-in's routers share, each spelled once. The graph has its own
 * (src/sources/fhir.ts): the two sides meet only over HTTP, so neither imports the other's.
 */

/** Identifier systems. */
export const NHS_NUMBER_SYSTEM = 'https://fhir.nhs.uk/Id/nhs-number';
export const ODS_CODE_SYSTEM = 'https://fhir.nhs.uk/Id/ods-organization-code';
export const SDS_USER_ID_SYSTEM = 'https://fhir.nhs.uk/Id/sds-user-id';
export const DOS_SERVICE_ID_SYSTEM = 'https://fhir.nhs.uk/Id/dos-service-id';
export const PRESCRIPTION_ORDER_NUMBER_SYSTEM = 'https://fhir.nhs.uk/Id/prescription-order-number';
export const PRESCRIPTION_ORDER_ITEM_NUMBER_SYSTEM = 'https://fhir.nhs.uk/Id/prescription-order-item-number';
export const SDS_PARTY_KEY_SYSTEM = 'https://fhir.nhs.uk/Id/nhsMhsPartyKey';
export const SDS_INTERACTION_ID_SYSTEM = 'https://fhir.nhs.uk/Id/nhsServiceInteractionId';

/** Code systems. */
export const GPC_ORGANISATION_TYPE_SYSTEM = 'https://fhir.nhs.uk/STU3/CodeSystem/GPConnect-OrganisationType-1';
export const EPS_BUSINESS_STATUS_SYSTEM = 'https://fhir.nhs.uk/CodeSystem/EPS-task-business-status';
export const MEDICATION_DISPENSE_TYPE_SYSTEM = 'https://fhir.nhs.uk/CodeSystem/medicationdispense-type';
export const SPECIALTY_SYSTEM = 'https://fhir.nhs.uk/STU3/CodeSystem/SPECIALTY';

/**
 * Error code systems, per API family: EPS's R4 OperationOutcome schema allows only the R4 Spine code system
 * (codes.yaml SpineErrorOrWarningCode); GP Connect codes in the STU3 one; SDS names the STU3 value set; e-RS's R4
 * NHSDigital-OperationOutcome allows http-error-codes, APIM's and its own; its STU3 endpoints code eRS-APIErrorCode-1.
 */
export const SPINE_ERROR_SYSTEM_R4 = 'https://fhir.nhs.uk/R4/CodeSystem/Spine-ErrorOrWarningCode';
export const SPINE_ERROR_SYSTEM_STU3 = 'https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1';
export const SPINE_ERROR_VALUESET_STU3 = 'https://fhir.nhs.uk/STU3/ValueSet/Spine-ErrorOrWarningCode-1';
export const HTTP_ERROR_CODES_SYSTEM = 'https://fhir.nhs.uk/CodeSystem/http-error-codes';
export const APIM_ERROR_CODES_SYSTEM = 'https://fhir.nhs.uk/CodeSystem/NHSD-API-ErrorOrWarningCode';
export const ERS_STU3_ERROR_SYSTEM = 'https://fhir.nhs.uk/STU3/CodeSystem/eRS-APIErrorCode-1';
