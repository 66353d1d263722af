import type { FhirResource, MessageBundle } from './wire.js';

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** True when the value is non-empty standard base64 (line breaks and spaces ignored). */
export function isBase64(value: string): boolean {
  const compact = value.replace(/\s/g, '');
  return compact.length > 0 && compact.length % 4 === 0 && BASE64.test(compact);
}

/**
 * The XML-DSig `<Signature>` EPS expects in the Provenance (eps/CONTRACT.md, "Signing is out of band"): the SignedInfo
 * $prepare returned as the digest, the prescriber's smartcard signature of it (SignatureValue) and their certificate
 * (X509Certificate), base64 as a whole. The app signs; the graph only assembles what EPS carries to Spine.
 */
export function xmlSignature(digest: string, signatureValue: string, certificate: string): string {
  const signedInfo = Buffer.from(digest, 'base64').toString('utf8').replace(' xmlns="http://www.w3.org/2000/09/xmldsig#"', '');
  const xml =
    `<Signature xmlns="http://www.w3.org/2000/09/xmldsig#">${signedInfo}` +
    `<SignatureValue>${signatureValue.replace(/\s/g, '')}</SignatureValue>` +
    `<KeyInfo><X509Data><X509Certificate>${certificate.replace(/\s/g, '')}</X509Certificate></X509Data></KeyInfo></Signature>`;
  return Buffer.from(xml, 'utf8').toString('base64');
}

/**
 * The prepared message with its Provenance: the signature over the MedicationRequests, made by the prescriber's
 * PractitionerRole, at the timestamp $prepare put in the SignedInfo (the create example of fhir-prescribing.yaml).
 * "The only difference between the prepare requests and create request should be the inclusion of the provenance".
 */
export function signedOrder(unsigned: MessageBundle, timestamp: string, signatureData: string, provenanceId: string): MessageBundle {
  const entries = unsigned.entry ?? [];
  const targets = entries.filter((e) => e.resource?.resourceType === 'MedicationRequest').map((e) => ({ reference: e.fullUrl }));
  const role = entries.find((e) => e.resource?.resourceType === 'PractitionerRole')?.fullUrl;
  const provenance: FhirResource = {
    resourceType: 'Provenance',
    id: provenanceId,
    target: targets,
    recorded: timestamp,
    agent: [{ who: { reference: role } }],
    signature: [
      {
        type: [{ system: 'urn:iso-astm:E1762-95:2013', code: '1.2.840.10065.1.12.1.1' }],
        when: timestamp,
        who: { reference: role },
        data: signatureData,
      },
    ],
  };
  return { ...unsigned, entry: [...entries, { fullUrl: `urn:uuid:${provenanceId}`, resource: provenance }] };
}
