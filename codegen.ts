import type { CodegenConfig } from '@graphql-codegen/cli';

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
        scalars: {
          NhsNumber: 'string',
          OdsCode: 'string',
          Date: 'string',
          DateTime: 'string',
          JSON: 'unknown',
          InteractionId: 'string',
          Ubrn: 'string',
        },
        mappers: {
          Patient: '../sources/pds/mapper.js#PatientModel',
          Organisation: '../sources/ods/mapper.js#OrganisationModel',
          SpineEndpoint: '../sources/sds/mapper.js#SpineEndpointModel',
          HealthContent: '../sources/content/mapper.js#HealthContentModel',
          HealthContentSummary: '../sources/content/mapper.js#HealthContentSummaryModel',
          WaitingListEntry: '../sources/wlmds/mapper.js#WaitingListEntryModel',
          Referral: '../sources/ers/mapper.js#ReferralModel',
          ReferralService: '../sources/ers/mapper.js#ReferralServiceModel',
          ReferralAppointment: '../sources/ers/mapper.js#ReferralAppointmentModel',
          ReferralAttachment: '../sources/ers/mapper.js#ReferralAttachmentModel',
          BarsServiceRequest: '../sources/bars/mapper.js#BarsServiceRequestModel',
          BarsAppointment: '../sources/bars/mapper.js#BarsAppointmentModel',
          BarsSlot: '../sources/bars/mapper.js#BarsSlotModel',
          BarsMessageResult: '../sources/bars/mapper.js#BarsMessageResultModel',
        },
      },
    },
  },
};

export default config;
