/**
 * The FHIR identifier systems and code systems the graph's sources read and write, in one place, so that one system is
 * spelt once. Each API's own profile and extension URLs (StructureDefinition/...) describe that API's wire format and
 * stay in its wire.ts beside the types they describe.
 */

/** Identifier systems (`Identifier.system`). */
export const NHS_NUMBER_SYSTEM = 'https://fhir.nhs.uk/Id/nhs-number';
/** e-RS STU3 still names NHS numbers by the old system as well. */
export const LEGACY_NHS_NUMBER_SYSTEM = 'http://fhir.nhs.net/Id/nhs-number';
export const ODS_CODE_SYSTEM = 'https://fhir.nhs.uk/Id/ods-organization-code';
export const ODS_SITE_CODE_SYSTEM = 'https://fhir.nhs.uk/Id/ods-site-code';
export const SDS_USER_ID_SYSTEM = 'https://fhir.nhs.uk/Id/sds-user-id';
/** e-RS STU3 names the clinician of a slot's schedule by the old SDS user id system (A015's SlotClinicianSearch). */
export const LEGACY_SDS_USER_ID_SYSTEM = 'http://fhir.nhs.net/Id/sds-user-id';
export const SDS_ROLE_PROFILE_ID_SYSTEM = 'https://fhir.nhs.uk/Id/sds-role-profile-id';
export const UBRN_SYSTEM = 'https://fhir.nhs.uk/Id/UBRN';
export const ERS_REQUEST_ID_SYSTEM = 'https://fhir.nhs.uk/Id/ers-request-id';
export const ERS_SERVICE_SYSTEM = 'http://fhir.nhs.net/Id/ers-service';
export const DOS_SERVICE_ID_SYSTEM = 'https://fhir.nhs.uk/Id/dos-service-id';
export const PRESCRIPTION_ID_SYSTEM = 'https://fhir.nhs.uk/Id/prescription-order-number';
export const PRESCRIPTION_ITEM_ID_SYSTEM = 'https://fhir.nhs.uk/Id/prescription-order-item-number';
export const ASID_SYSTEM = 'https://fhir.nhs.uk/Id/nhsSpineASID';
export const PARTY_KEY_SYSTEM = 'https://fhir.nhs.uk/Id/nhsMhsPartyKey';
export const INTERACTION_ID_SYSTEM = 'https://fhir.nhs.uk/Id/nhsServiceInteractionId';
export const MHS_FQDN_SYSTEM = 'https://fhir.nhs.uk/Id/nhsMhsFQDN';
export const MHS_CPA_ID_SYSTEM = 'https://fhir.nhs.uk/Id/nhsMhsCPAId';
export const MHS_ID_SYSTEM = 'https://fhir.nhs.uk/Id/nhsMHSId';
/** The BaRS sender's device identifier (MessageHeader.source). */
export const BARS_DEVICE_SYSTEM = 'https://fhir.nhs.uk/Id/nhs-graph-device';

/** Code systems (`Coding.system`). */
export const SNOMED_CT = 'http://snomed.info/sct';
export const HL7_TASK_CODE = 'http://hl7.org/fhir/CodeSystem/task-code';
export const SDS_JOB_ROLE_CODE = 'https://fhir.nhs.uk/CodeSystem/NHSDigital-SDS-JobRoleCode';
export const ORGANISATION_ROLE = 'https://fhir.nhs.uk/CodeSystem/organisation-role';
export const PRESCRIPTION_TYPE = 'https://fhir.nhs.uk/CodeSystem/prescription-type';
export const MEDICATION_DISPENSE_TYPE = 'https://fhir.nhs.uk/CodeSystem/medicationdispense-type';
export const MEDICATION_REQUEST_STATUS_REASON = 'https://fhir.nhs.uk/CodeSystem/medicationrequest-status-reason';
export const MEDICATION_REQUEST_STATUS_HISTORY = 'https://fhir.nhs.uk/CodeSystem/medicationrequest-status-history';
export const EPS_MESSAGE_EVENT = 'https://fhir.nhs.uk/CodeSystem/message-event';
export const EPS_RETURN_REASON = 'https://fhir.nhs.uk/CodeSystem/EPS-task-dispense-return-status-reason';
export const EPS_TASK_BUSINESS_STATUS = 'https://fhir.nhs.uk/CodeSystem/EPS-task-business-status';
export const BARS_MESSAGE_EVENT = 'https://fhir.nhs.uk/CodeSystem/message-events-bars';
export const BARS_MESSAGE_REASON = 'https://fhir.nhs.uk/CodeSystem/message-reason-bars';
export const ERS_LIST_SELECTOR = 'https://fhir.nhs.uk/STU3/CodeSystem/eRS-ReferralListSelector-1';
export const ERS_PRIORITY = 'https://fhir.nhs.uk/STU3/CodeSystem/eRS-Priority-1';
export const ERS_CLINIC_TYPE = 'https://fhir.nhs.uk/STU3/CodeSystem/eRS-ClinicType-1';
export const ERS_REQUEST_TYPE = 'https://fhir.nhs.uk/STU3/CodeSystem/eRS-RequestType-1';
export const ERS_SORT_BY = 'https://fhir.nhs.uk/STU3/CodeSystem/eRS-SortBy-1';
export const ERS_REFERRAL_LETTER_INTENTION = 'https://fhir.nhs.uk/STU3/CodeSystem/eRS-ReferralLetterIntention-1';
export const ERS_REVIEW_REASON = 'https://fhir.nhs.uk/STU3/CodeSystem/eRS-ReviewReason-1';
export const GPC_ORGANISATION_TYPE = 'https://fhir.nhs.uk/STU3/CodeSystem/GPConnect-OrganisationType-1';
export const ODS_RECORD_CLASS = 'https://digital.nhs.uk/services/organisation-data-service/CodeSystem/ODSRecordClass';
export const ODS_RECORD_USE = 'https://fhir.nhs.uk/England/CodeSystem/England-ODSRecordUseType';
export const ODS_ORGANISATION_ROLE = 'https://digital.nhs.uk/services/organisation-data-service/CodeSystem/ODSOrganisationRole';
/** UK Core code systems of PDS's contact preferences and communication needs (pds/specification schemas/extensions). */
export const UKCORE_PREFERRED_CONTACT_METHOD = 'https://fhir.hl7.org.uk/CodeSystem/UKCore-PreferredContactMethod';
export const UKCORE_PREFERRED_WRITTEN_FORMAT = 'https://fhir.hl7.org.uk/CodeSystem/UKCore-PreferredWrittenCommunicationFormat';
export const UKCORE_HUMAN_LANGUAGE = 'https://fhir.hl7.org.uk/CodeSystem/UKCore-HumanLanguage';
/** EPS typed writes (prescription-order, dispense-notification, Claim, withdraw Task). */
export const MEDICATION_DISPENSE_STATUS_REASON = 'https://fhir.nhs.uk/CodeSystem/medicationdispense-status-reason';
export const PRESCRIPTION_DISPENSE_ITEM_NUMBER_SYSTEM = 'https://fhir.nhs.uk/Id/prescription-dispense-item-number';
export const EPS_MESSAGE_REASON = 'https://fhir.nhs.uk/CodeSystem/message-reason-prescription';
export const PRESCRIPTION_CHARGE_EXEMPTION = 'https://fhir.nhs.uk/CodeSystem/prescription-charge-exemption';
export const DM_EXEMPTION_EVIDENCE = 'https://fhir.nhs.uk/CodeSystem/DM-exemption-evidence';
export const CLAIM_SEQUENCE_ID_SYSTEM = 'https://fhir.nhs.uk/Id/claim-sequence-identifier';
export const DM_PRESCRIPTION_CHARGE = 'https://fhir.nhs.uk/CodeSystem/DM-prescription-charge';
export const MEDICATION_DISPENSE_ENDORSEMENT = 'https://fhir.nhs.uk/CodeSystem/medicationdispense-endorsement';
export const GMC_NUMBER_SYSTEM = 'https://fhir.hl7.org.uk/Id/gmc-number';
export const PRESCRIPTION_LONG_ID_SYSTEM = 'https://fhir.nhs.uk/Id/prescription';
export const DISPENSING_SITE_PREFERENCE = 'https://fhir.nhs.uk/CodeSystem/dispensing-site-preference';
export const EPS_WITHDRAW_REASON = 'https://fhir.nhs.uk/CodeSystem/EPS-task-dispense-withdraw-reason';
