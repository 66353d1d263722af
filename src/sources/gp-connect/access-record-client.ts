import type { UpstreamInfo } from '../../errors.js';
import type { UpstreamClient } from '../../upstream/client.js';
import type { CallContext } from '../../upstream/types.js';
import { ODS_CODE_SYSTEM } from '../fhir.js';
import { addressHeaders, type GpConnectAddresser, type GpConnectTarget } from './addressing.js';
import { checkSearchset, checkStructuredRecord } from './answer-checks.js';
import { gpcCall } from './errors.js';
import { GPC_MEDIA_TYPE, gpcHeaders, INTERACTIONS } from './interactions.js';
import type { StuBinary, StuBundle, StuParameters } from './wire.js';

export interface DocumentSearchFilters {
  createdFrom?: string;
  createdTo?: string;
  /** ODS code of the authoring organisation (searching by practitioner is not supported). */
  author?: string;
  description?: string;
}

/** The `_include`s Access Document makes mandatory on a DocumentReference search (gpc-documents/CONTRACT.md). */
const DOCUMENT_INCLUDES = [
  'DocumentReference:subject:Patient',
  'DocumentReference:custodian:Organization',
  'DocumentReference:author:Organization',
  'DocumentReference:author:Practitioner',
];

/**
 * Typed calls to GP Connect (Patient Facing) Access Record on the API platform: the structured record
 * (gpc-structured/CONTRACT.md) and Access Document (gpc-documents/CONTRACT.md), which share one base path. Each call
 * carries its own interaction id; failures are refined by refineGpConnectError. With an addresser (per request), a
 * worker's call is first addressed to the patient's practice through SDS (addressing.ts): structured and documents
 * calls each look up their own capability's service root.
 */
export class AccessRecordClient {
  constructor(
    private readonly http: UpstreamClient,
    private readonly addresser?: GpConnectAddresser,
  ) {}

  /** The same client, addressing each call through `addresser` (one per graph request). */
  withAddresser(addresser: GpConnectAddresser): AccessRecordClient {
    return new AccessRecordClient(this.http, addresser);
  }

  /**
   * $gpc.getstructuredrecord: one Bundle (type collection) with every area asked for. No paging. An answer that is not
   * a collection about the patient asked for is UPSTREAM_ERROR (answer-checks.ts).
   */
  async getStructuredRecord(parameters: StuParameters, ctx: CallContext): Promise<StuBundle> {
    const nhsNumber = patientOf(parameters);
    const address = await this.addresser?.('structured', { nhsNumber });
    return gpcCall('read', async () => {
      const res = await this.http.request<StuBundle>(
        'POST /Patient/$gpc.getstructuredrecord',
        {
          method: 'POST',
          path: '/Patient/$gpc.getstructuredrecord',
          headers: { ...gpcHeaders(INTERACTIONS.getStructuredRecord), ...addressHeaders(address) },
          accept: GPC_MEDIA_TYPE,
          contentType: GPC_MEDIA_TYPE,
          body: parameters,
          idempotent: true,
          resourceType: 'Bundle',
        },
        ctx,
      );
      checkStructuredRecord(res.body, nhsNumber, { api: this.http.endpoint.api, status: res.status, requestId: res.requestId });
      return res.body;
    });
  }

  /** Find Patient on the documents server: a searchset with zero or one Patient (zero is not an error). */
  async findDocumentsPatient(nhsNumber: string, ctx: CallContext): Promise<StuBundle> {
    return this.get('GET /documents/Patient/{nhsNumber}', `/documents/Patient/${nhsNumber}`, INTERACTIONS.findDocumentsPatient, {}, { nhsNumber }, ctx, 'Bundle', (b, info) => checkSearchset(b as StuBundle, nhsNumber, info));
  }

  /** DocumentReferences of a patient (by the documents server's id), with their authors and custodians included. */
  async searchDocuments(patientId: string, nhsNumber: string, filters: DocumentSearchFilters, ctx: CallContext): Promise<StuBundle> {
    const created = [filters.createdFrom && `ge${filters.createdFrom}`, filters.createdTo && `le${filters.createdTo}`].filter((c): c is string => Boolean(c));
    return this.get('GET /Patient/{id}/DocumentReference', `/Patient/${encodeURIComponent(patientId)}/DocumentReference`, INTERACTIONS.searchDocuments, {
      patientNHSNumber: nhsNumber,
      _include: DOCUMENT_INCLUDES,
      '_revinclude:recurse': 'PractitionerRole:practitioner',
      created: created.length > 0 ? created : undefined,
      author: filters.author ? `${ODS_CODE_SYSTEM}|${filters.author}` : undefined,
      description: filters.description,
    }, { nhsNumber }, ctx, 'Bundle', (b, info) => checkSearchset(b as StuBundle, nhsNumber, info));
  }

  /** One document's file as a Binary (base64 content). */
  async getBinary(binaryId: string, nhsNumber: string, ctx: CallContext): Promise<StuBinary> {
    return this.get('GET /documents/Binary/{id}', `/documents/Binary/${encodeURIComponent(binaryId)}`, INTERACTIONS.readBinary, { patientNHSNumber: nhsNumber }, { nhsNumber }, ctx, 'Binary');
  }

  private async get<T>(
    route: string,
    path: string,
    interaction: (typeof INTERACTIONS)[keyof typeof INTERACTIONS],
    query: Record<string, string | string[] | undefined>,
    target: GpConnectTarget,
    ctx: CallContext,
    resourceType: string,
    check?: (body: unknown, upstream: UpstreamInfo) => void,
  ): Promise<T> {
    // Every Access Document call goes to the practice's documents service root.
    const address = await this.addresser?.('documents', target);
    return gpcCall('read', async () => {
      const headers = { ...gpcHeaders(interaction), ...addressHeaders(address) };
      const res = await this.http.request<T>(route, { method: 'GET', path, query, headers, accept: GPC_MEDIA_TYPE, idempotent: true, resourceType }, ctx);
      check?.(res.body, { api: this.http.endpoint.api, status: res.status, requestId: res.requestId });
      return res.body;
    });
  }
}

/** The NHS number a $gpc.getstructuredrecord request is for (its mandatory `patientNHSNumber`). */
function patientOf(parameters: StuParameters): string {
  return parameters.parameter.find((p) => p.name === 'patientNHSNumber')?.valueIdentifier?.value ?? '';
}
