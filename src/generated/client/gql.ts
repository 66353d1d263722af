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
    "query Organisation($odsCode: OdsCode!) {\n  organisation(odsCode: $odsCode) {\n    odsCode\n    name\n    active\n    primaryRole {\n      code\n      display\n    }\n  }\n}": typeof types.OrganisationDocument,
    "query PatientWithGp($nhsNumber: NhsNumber!) {\n  patient(nhsNumber: $nhsNumber) {\n    nhsNumber\n    name {\n      given\n      family\n    }\n    birthDate\n    registeredGp {\n      odsCode\n      name\n    }\n  }\n}": typeof types.PatientWithGpDocument,
};
const documents: Documents = {
    "query About {\n  about {\n    version\n    environment\n  }\n}": types.AboutDocument,
    "query Organisation($odsCode: OdsCode!) {\n  organisation(odsCode: $odsCode) {\n    odsCode\n    name\n    active\n    primaryRole {\n      code\n      display\n    }\n  }\n}": types.OrganisationDocument,
    "query PatientWithGp($nhsNumber: NhsNumber!) {\n  patient(nhsNumber: $nhsNumber) {\n    nhsNumber\n    name {\n      given\n      family\n    }\n    birthDate\n    registeredGp {\n      odsCode\n      name\n    }\n  }\n}": types.PatientWithGpDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query About {\n  about {\n    version\n    environment\n  }\n}"): typeof import('./graphql.js').AboutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Organisation($odsCode: OdsCode!) {\n  organisation(odsCode: $odsCode) {\n    odsCode\n    name\n    active\n    primaryRole {\n      code\n      display\n    }\n  }\n}"): typeof import('./graphql.js').OrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PatientWithGp($nhsNumber: NhsNumber!) {\n  patient(nhsNumber: $nhsNumber) {\n    nhsNumber\n    name {\n      given\n      family\n    }\n    birthDate\n    registeredGp {\n      odsCode\n      name\n    }\n  }\n}"): typeof import('./graphql.js').PatientWithGpDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
