import { randomUUID } from 'node:crypto';
import { loadFixture } from '../../sandbox/src/fixtures.js';

/** The contract's booking-request example (bars process_message POST-body.json) with a fresh Bundle id. */
export function barsBooking(): Record<string, any> {
  return { ...loadFixture<Record<string, any>>('bars/specification/examples1.1.0/process_message/POST-body.json'), id: randomUUID() };
}

/** A minimal referral message: a MessageHeader (servicerequest-request) focused on a ServiceRequest for one patient. */
export function barsReferral(nhsNumber: string): Record<string, any> {
  return {
    resourceType: 'Bundle',
    id: randomUUID(),
    type: 'message',
    entry: [
      {
        fullUrl: 'urn:uuid:1c5a3a3e-9d3e-4c1e-8a43-1f0e4b1d2a01',
        resource: {
          resourceType: 'MessageHeader',
          eventCoding: { system: 'https://fhir.nhs.uk/CodeSystem/message-events-bars', code: 'servicerequest-request' },
          reason: { coding: [{ system: 'https://fhir.nhs.uk/CodeSystem/message-reason-bars', code: 'new' }] },
          source: { endpoint: 'https://fhir.nhs.uk/Id/dos-service-id|2000000001' },
          focus: [{ reference: 'urn:uuid:5b1f0a55-64a6-4c77-8f62-3f2c1f6b8d02' }],
        },
      },
      {
        fullUrl: 'urn:uuid:5b1f0a55-64a6-4c77-8f62-3f2c1f6b8d02',
        resource: {
          resourceType: 'ServiceRequest',
          id: randomUUID(),
          status: 'active',
          intent: 'plan',
          category: [{ coding: [{ system: 'https://fhir.nhs.uk/CodeSystem/message-category-servicerequest', code: 'referral' }] }],
          subject: { identifier: { system: 'https://fhir.nhs.uk/Id/nhs-number', value: nhsNumber } },
          authoredOn: '2026-11-25T09:00:00+00:00',
        },
      },
    ],
  };
}
