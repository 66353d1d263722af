import type { CodegenConfig } from '@graphql-codegen/cli';
// One scalar map for the graph's own code and for every app: the SDK's (sdk/index.js).
import { scalars } from './sdk/index.js';

/**
 * schema/*.graphql -> src/generated/. The generated files are checked in and a test fails when they
 * drift from schema/ (test/generated.test.ts), so `npm run codegen` after every SDL change.
 */

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        contextType: '../context.js#Context',
        enumsAsTypes: true,
        scalars,
        mappers: {
          Patient: '../sources/pds/mapper.js#PatientModel',
          Organisation: '../sources/ods/mapper.js#OrganisationRef',
          OrganisationRole: '../sources/ods/mapper.js#OrganisationRoleModel',
          OrganisationRelationship: '../sources/ods/terminology.js#OrganisationRelationshipModel',
          Citizen: '../auth/principal.js#CitizenPrincipal',
          GpRecord: '../sources/gp-connect/structured-record.js#GpRecordRef',
          GpCode: '../sources/gp-connect/stu3.js#GpCodeModel',
          GpAllergy: '../sources/gp-connect/record-mapper.js#GpAllergyModel',
          GpMedication: '../sources/gp-connect/record-mapper.js#GpMedicationModel',
          GpMedicationIssue: '../sources/gp-connect/record-mapper.js#GpMedicationIssueModel',
          GpMedicationStatement: '../sources/gp-connect/record-mapper.js#GpMedicationStatementModel',
          GpProblem: '../sources/gp-connect/record-mapper.js#GpProblemModel',
          GpImmunisation: '../sources/gp-connect/record-mapper.js#GpImmunisationModel',
          GpConsultation: '../sources/gp-connect/structured-record.js#GpConsultationModel',
          GpReferral: '../sources/gp-connect/structured-record.js#GpReferralModel',
          GpInvestigation: '../sources/gp-connect/structured-record.js#GpInvestigationModel',
          GpObservation: '../sources/gp-connect/structured-record.js#GpObservationModel',
          GpRecordList: '../sources/gp-connect/record-lists.js#GpRecordListModel',
          ClinicalDocument: '../sources/gp-connect/documents-mapper.js#ClinicalDocumentModel',
          DocumentContent: '../sources/gp-connect/documents-mapper.js#DocumentContentModel',
          GpPractitioner: '../sources/gp-connect/documents-mapper.js#GpPractitionerModel',
          Slot: '../sources/gp-connect/appointments-mapper.js#SlotModel',
          Appointment: '../sources/gp-connect/appointments-mapper.js#AppointmentModel',
          GpLocation: '../sources/gp-connect/appointments-mapper.js#GpLocationModel',
          SpineEndpoint: '../sources/sds/mapper.js#SpineEndpointModel',
          HealthContent: '../sources/content/mapper.js#HealthContentModel',
          HealthContentSummary: '../sources/content/mapper.js#HealthContentSummaryModel',
          WaitingListEntry: '../sources/wlmds/mapper.js#WaitingListEntryModel',
          Prescription: '../sources/eps-tracker/mapper.js#PrescriptionModel',
          PrescriptionLineItem: '../sources/eps-tracker/mapper.js#LineItemModel',
          PrescriptionDispense: '../sources/eps-tracker/mapper.js#DispenseModel',
          PrescriptionStatusTransition: '../sources/eps-tracker/mapper.js#StatusTransitionModel',
          PreparedPrescription: '../sources/eps/mapper.js#PreparedModel',
          EpsWriteResult: '../sources/eps/mapper.js#WriteOutcomeModel',
          PrescriptionCancellation: '../sources/eps/mapper.js#CancellationModel',
          PrescriptionRelease: '../sources/eps/mapper.js#ReleaseModel',
          ReleasedPrescription: '../sources/eps/mapper.js#ReleasedPrescriptionModel',
          Referral: '../sources/ers/mapper.js#ReferralModel',
          ReferralService: '../sources/ers/mapper.js#ReferralServiceModel',
          ReferralAppointment: '../sources/ers/mapper.js#ReferralAppointmentModel',
          ReferralAttachment: '../sources/ers/mapper.js#ReferralAttachmentModel',
          BarsServiceRequest: '../sources/bars/mapper.js#BarsServiceRequestModel',
          BarsAppointment: '../sources/bars/mapper.js#BarsAppointmentModel',
          BarsSlot: '../sources/bars/mapper.js#BarsSlotModel',
          BarsMessageResult: '../sources/bars/mapper.js#BarsMessageResultModel',
          BarsResponse: '../sources/bars/mapper.js#BarsResponseModel',
        },
      },
    },
    // Typed documents for the operations in src/client/operations/ (the typed client and the playground's examples),
    // and persisted-documents.json: the manifest a production graph loads to accept only these operations.
    'src/generated/client/': {
      documents: 'src/client/operations/*.graphql',
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' },
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        documentMode: 'string',
        emitLegacyCommonJSImports: false,
        scalars,
      },
    },
  },
};

export default config;
