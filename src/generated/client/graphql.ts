/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AboutQueryVariables = Exact<{ [key: string]: never; }>;


export type AboutQuery = { about: { version: string, environment: string } };

export type OrganisationQueryVariables = Exact<{
  odsCode: string;
}>;


export type OrganisationQuery = { organisation: { odsCode: string, name: string | null, active: boolean | null, primaryRole: { code: string, display: string | null } | null } | null };

export type PatientWithGpQueryVariables = Exact<{
  nhsNumber: string;
}>;


export type PatientWithGpQuery = { patient: { nhsNumber: string, birthDate: string | null, name: { given: Array<string>, family: string | null } | null, registeredGp: { odsCode: string, name: string | null } | null } | null };

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