/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query About {\n  about {\n    version\n    environment\n  }\n}": typeof types.AboutDocument,
    "query BarsSlots($target: BarsTargetInput!) {\n  barsSlots(target: $target) {\n    id\n    status\n    start\n  }\n}": typeof types.BarsSlotsDocument,
    "query FreeSlots($odsCode: OdsCode!, $from: Date!, $to: Date!) {\n  organisation(odsCode: $odsCode) {\n    odsCode\n    freeSlots(from: $from, to: $to) {\n      id\n      start\n      end\n    }\n  }\n}": typeof types.FreeSlotsDocument,
    "query GpRecord($nhsNumber: NhsNumber!) {\n  patient(nhsNumber: $nhsNumber) {\n    nhsNumber\n    gpRecord {\n      allergies {\n        id\n        clinicalStatus\n      }\n      medications {\n        id\n        code {\n          display\n        }\n      }\n    }\n  }\n}": typeof types.GpRecordDocument,
    "query HealthContentSearch($section: HealthContentSearchSection!, $text: String!) {\n  healthContentSearch(section: $section, text: $text, first: 5) {\n    nodes {\n      name\n      path\n      description\n    }\n    complete\n  }\n}": typeof types.HealthContentSearchDocument,
    "query Organisation($odsCode: OdsCode!) {\n  organisation(odsCode: $odsCode) {\n    odsCode\n    name\n    active\n    primaryRole {\n      code\n      display\n    }\n  }\n}": typeof types.OrganisationDocument,
    "query PatientWithGp($nhsNumber: NhsNumber!) {\n  patient(nhsNumber: $nhsNumber) {\n    nhsNumber\n    name {\n      given\n      family\n    }\n    birthDate\n    registeredGp {\n      odsCode\n      name\n    }\n  }\n}": typeof types.PatientWithGpDocument,
    "mutation PreparePrescription($input: PrescriptionOrderInput!) {\n  preparePrescription(input: $input) {\n    preparedPrescription {\n      preparedId\n      prescriptionId\n      digest\n      algorithm\n      timestamp\n      expiresAt\n    }\n    userErrors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.PreparePrescriptionDocument,
    "query Prescriptions($nhsNumber: NhsNumber!) {\n  patient(nhsNumber: $nhsNumber) {\n    nhsNumber\n    prescriptions(first: 5) {\n      totalCount\n      nodes {\n        id\n        status\n      }\n    }\n  }\n}": typeof types.PrescriptionsDocument,
    "query Referral($ubrn: Ubrn!) {\n  referral(ubrn: $ubrn) {\n    ubrn\n    state {\n      code\n      display\n    }\n    priority {\n      code\n    }\n  }\n}": typeof types.ReferralDocument,
    "mutation ReleasePrescriptions($input: ReleasePrescriptionInput!) {\n  releasePrescription(input: $input) {\n    release {\n      requestId\n      released {\n        prescriptionId\n        lineItems {\n          medication\n          quantity\n        }\n      }\n      failed {\n        code\n      }\n    }\n    userErrors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.ReleasePrescriptionsDocument,
    "query SpineEndpoints($odsCode: OdsCode!, $interaction: InteractionId!) {\n  organisation(odsCode: $odsCode) {\n    odsCode\n    spineEndpoints(interaction: $interaction) {\n      address\n      partyKey\n    }\n  }\n}": typeof types.SpineEndpointsDocument,
    "query WaitingList($nhsNumber: NhsNumber!) {\n  patient(nhsNumber: $nhsNumber) {\n    nhsNumber\n    waitingList {\n      pathwayId\n    }\n  }\n}": typeof types.WaitingListDocument,
};
const documents: Documents = {
    "query About {\n  about {\n    version\n    environment\n  }\n}": types.AboutDocument,
    "query BarsSlots($target: BarsTargetInput!) {\n  barsSlots(target: $target) {\n    id\n    status\n    start\n  }\n}": types.BarsSlotsDocument,
    "query FreeSlots($odsCode: OdsCode!, $from: Date!, $to: Date!) {\n  organisation(odsCode: $odsCode) {\n    odsCode\n    freeSlots(from: $from, to: $to) {\n      id\n      start\n      end\n    }\n  }\n}": types.FreeSlotsDocument,
    "query GpRecord($nhsNumber: NhsNumber!) {\n  patient(nhsNumber: $nhsNumber) {\n    nhsNumber\n    gpRecord {\n      allergies {\n        id\n        clinicalStatus\n      }\n      medications {\n        id\n        code {\n          display\n        }\n      }\n    }\n  }\n}": types.GpRecordDocument,
    "query HealthContentSearch($section: HealthContentSearchSection!, $text: String!) {\n  healthContentSearch(section: $section, text: $text, first: 5) {\n    nodes {\n      name\n      path\n      description\n    }\n    complete\n  }\n}": types.HealthContentSearchDocument,
    "query Organisation($odsCode: OdsCode!) {\n  organisation(odsCode: $odsCode) {\n    odsCode\n    name\n    active\n    primaryRole {\n      code\n      display\n    }\n  }\n}": types.OrganisationDocument,
    "query PatientWithGp($nhsNumber: NhsNumber!) {\n  patient(nhsNumber: $nhsNumber) {\n    nhsNumber\n    name {\n      given\n      family\n    }\n    birthDate\n    registeredGp {\n      odsCode\n      name\n    }\n  }\n}": types.PatientWithGpDocument,
    "mutation PreparePrescription($input: PrescriptionOrderInput!) {\n  preparePrescription(input: $input) {\n    preparedPrescription {\n      preparedId\n      prescriptionId\n      digest\n      algorithm\n      timestamp\n      expiresAt\n    }\n    userErrors {\n      code\n      message\n      field\n    }\n  }\n}": types.PreparePrescriptionDocument,
    "query Prescriptions($nhsNumber: NhsNumber!) {\n  patient(nhsNumber: $nhsNumber) {\n    nhsNumber\n    prescriptions(first: 5) {\n      totalCount\n      nodes {\n        id\n        status\n      }\n    }\n  }\n}": types.PrescriptionsDocument,
    "query Referral($ubrn: Ubrn!) {\n  referral(ubrn: $ubrn) {\n    ubrn\n    state {\n      code\n      display\n    }\n    priority {\n      code\n    }\n  }\n}": types.ReferralDocument,
    "mutation ReleasePrescriptions($input: ReleasePrescriptionInput!) {\n  releasePrescription(input: $input) {\n    release {\n      requestId\n      released {\n        prescriptionId\n        lineItems {\n          medication\n          quantity\n        }\n      }\n      failed {\n        code\n      }\n    }\n    userErrors {\n      code\n      message\n      field\n    }\n  }\n}": types.ReleasePrescriptionsDocument,
    "query SpineEndpoints($odsCode: OdsCode!, $interaction: InteractionId!) {\n  organisation(odsCode: $odsCode) {\n    odsCode\n    spineEndpoints(interaction: $interaction) {\n      address\n      partyKey\n    }\n  }\n}": types.SpineEndpointsDocument,
    "query WaitingList($nhsNumber: NhsNumber!) {\n  patient(nhsNumber: $nhsNumber) {\n    nhsNumber\n    waitingList {\n      pathwayId\n    }\n  }\n}": types.WaitingListDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query About {\n  about {\n    version\n    environment\n  }\n}"): typeof import('./graphql.js').AboutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BarsSlots($target: BarsTargetInput!) {\n  barsSlots(target: $target) {\n    id\n    status\n    start\n  }\n}"): typeof import('./graphql.js').BarsSlotsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FreeSlots($odsCode: OdsCode!, $from: Date!, $to: Date!) {\n  organisation(odsCode: $odsCode) {\n    odsCode\n    freeSlots(from: $from, to: $to) {\n      id\n      start\n      end\n    }\n  }\n}"): typeof import('./graphql.js').FreeSlotsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GpRecord($nhsNumber: NhsNumber!) {\n  patient(nhsNumber: $nhsNumber) {\n    nhsNumber\n    gpRecord {\n      allergies {\n        id\n        clinicalStatus\n      }\n      medications {\n        id\n        code {\n          display\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').GpRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HealthContentSearch($section: HealthContentSearchSection!, $text: String!) {\n  healthContentSearch(section: $section, text: $text, first: 5) {\n    nodes {\n      name\n      path\n      description\n    }\n    complete\n  }\n}"): typeof import('./graphql.js').HealthContentSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Organisation($odsCode: OdsCode!) {\n  organisation(odsCode: $odsCode) {\n    odsCode\n    name\n    active\n    primaryRole {\n      code\n      display\n    }\n  }\n}"): typeof import('./graphql.js').OrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PatientWithGp($nhsNumber: NhsNumber!) {\n  patient(nhsNumber: $nhsNumber) {\n    nhsNumber\n    name {\n      given\n      family\n    }\n    birthDate\n    registeredGp {\n      odsCode\n      name\n    }\n  }\n}"): typeof import('./graphql.js').PatientWithGpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PreparePrescription($input: PrescriptionOrderInput!) {\n  preparePrescription(input: $input) {\n    preparedPrescription {\n      preparedId\n      prescriptionId\n      digest\n      algorithm\n      timestamp\n      expiresAt\n    }\n    userErrors {\n      code\n      message\n      field\n    }\n  }\n}"): typeof import('./graphql.js').PreparePrescriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Prescriptions($nhsNumber: NhsNumber!) {\n  patient(nhsNumber: $nhsNumber) {\n    nhsNumber\n    prescriptions(first: 5) {\n      totalCount\n      nodes {\n        id\n        status\n      }\n    }\n  }\n}"): typeof import('./graphql.js').PrescriptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Referral($ubrn: Ubrn!) {\n  referral(ubrn: $ubrn) {\n    ubrn\n    state {\n      code\n      display\n    }\n    priority {\n      code\n    }\n  }\n}"): typeof import('./graphql.js').ReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReleasePrescriptions($input: ReleasePrescriptionInput!) {\n  releasePrescription(input: $input) {\n    release {\n      requestId\n      released {\n        prescriptionId\n        lineItems {\n          medication\n          quantity\n        }\n      }\n      failed {\n        code\n      }\n    }\n    userErrors {\n      code\n      message\n      field\n    }\n  }\n}"): typeof import('./graphql.js').ReleasePrescriptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SpineEndpoints($odsCode: OdsCode!, $interaction: InteractionId!) {\n  organisation(odsCode: $odsCode) {\n    odsCode\n    spineEndpoints(interaction: $interaction) {\n      address\n      partyKey\n    }\n  }\n}"): typeof import('./graphql.js').SpineEndpointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WaitingList($nhsNumber: NhsNumber!) {\n  patient(nhsNumber: $nhsNumber) {\n    nhsNumber\n    waitingList {\n      pathwayId\n    }\n  }\n}"): typeof import('./graphql.js').WaitingListDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
