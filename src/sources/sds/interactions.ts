/** Spine service interaction ids look like `urn:nhs:names:services:<service>:<interaction>`. */
export const INTERACTION_ID = /^urn:nhs:names:services:[A-Za-z0-9._:-]{3,150}$/;

/**
 * The interaction each GP Connect capability is looked up with in SDS. Each capability has its own service root
 * (gpc-structured, gpc-documents and gpc-appointments CONTRACT.md): never reuse one root for another capability.
 */
export const GP_CONNECT_INTERACTIONS = {
  structured: 'urn:nhs:names:services:gpconnect:fhir:operation:gpc.getstructuredrecord-1',
  documents: 'urn:nhs:names:services:gpconnect:documents:fhir:rest:search:documentreference-1',
  appointments: 'urn:nhs:names:services:gpconnect:fhir:rest:search:slot-1',
} as const;

export type GpConnectCapability = keyof typeof GP_CONNECT_INTERACTIONS;
