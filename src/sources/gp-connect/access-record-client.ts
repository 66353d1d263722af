import type { UpstreamInfo } from '../../errors.js';
import type { UpstreamClient } from '../../upstream/client.js';
import type { CallContext } from '../../upstream/types.js';
import { NHS_NUMBER_SYSTEM, ODS_CODE_SYSTEM } from '../fhir.js';
import { addressOf, type GpConnectAddresser, type GpConnectTarget } from './addressing.js';
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
          headers: { ...gpcHeaders(INTERACTIONS.getStructuredRecord) },
          accept: GPC_MEDIA_TYPE,
          contentType: GPC_MEDIA_TYPE,
          body: parameters,
          idempotent: true,
          resourceType: 'Bundle',
          ...addressOf(address),
        },
        ctx,
      );
      checkStructuredRecord(res.body, nhsNumber, { api: this.http.endpoint.api, status: res.status, requestId: res.requestId });
      return res.body;
    });
  }

  /**
   * Find Patient on the documents server: a searchset with zero or one Patient (zero is not an error). Route A (through
   * the SSP) searches `/Patient?identifier=`; route B reads `/documents/Patient/{nhsNumber}`.
   */
  async findDocumentsPatient(nhsNumber: string, ctx: CallContext): Promise<StuBundle> {
    const check = (b: unknown, info: UpstreamInfo) => checkSearchset(b as StuBundle, nhsNumber, info);
    return this.get(
      INTERACTIONS.findDocumentsPatient,
      { nhsNumber },
      ctx,
      'Bundle',
      (viaSsp) =>
        viaSsp
          ? { route: 'GET /Patient?identifier', path: '/Patient', query: { identifier: `${NHS_NUMBER_SYSTEM}|${nhsNumber}` } }
          : { route: 'GET /documents/Patient/{nhsNumber}', path: `/documents/Patient/${nhsNumber}`, query: {} },
      check,
    );
  }

  /**
   * DocumentReferences of a patient (by the documents server's id), with their authors and custodians included. Route B
   * also names the patient by `patientNHSNumber`, which it requires; route A has no such parameter.
   */
  async searchDocuments(patientId: string, nhsNumber: string, filters: DocumentSearchFilters, ctx: CallContext): Promise<StuBundle> {
    const created = [filters.createdFrom && `ge${filters.createdFrom}`, filters.createdTo && `le${filters.createdTo}`].filter((c): c is string => Boolean(c));
    const query = {
      _include: DOCUMENT_INCLUDES,
      '_revinclude:recurse': 'PractitionerRole:practitioner',
      created: created.length > 0 ? created : undefined,
      author: filters.author ? `${ODS_CODE_SYSTEM}|${filters.author}` : undefined,
      description: filters.description,
    };
    const path = `/Patient/${encodeURIComponent(patientId)}/DocumentReference`;
    return this.get(
      INTERACTIONS.searchDocuments,
      { nhsNumber },
      ctx,
      'Bundle',
      (viaSsp) => ({
        route: 'GET /Patient/{id}/DocumentReference',
        path,
        query: viaSsp ? query : { patientNHSNumber: nhsNumber, ...query },
      }),
      (b, info) => checkSearchset(b as StuBundle, nhsNumber, info),
    );
  }

  /** One document's file as a Binary (base64 content): route A `/Binary/{id}`, route B `/documents/Binary/{id}?patientNHSNumber=`. */
  async getBinary(binaryId: string, nhsNumber: string, ctx: CallContext): Promise<StuBinary> {
    const id = encodeURIComponent(binaryId);
    return this.get(INTERACTIONS.readBinary, { nhsNumber }, ctx, 'Binary', (viaSsp) =>
      viaSsp
        ? { route: 'GET /Binary/{id}', path: `/Binary/${id}`, query: {} }
        : { route: 'GET /documents/Binary/{id}', path: `/documents/Binary/${id}`, query: { patientNHSNumber: nhsNumber } },
    );
  }

  private async get<T>(
    interaction: (typeof INTERACTIONS)[keyof typeof INTERACTIONS],
    target: GpConnectTarget,
    ctx: CallContext,
    resourceType: string,
    at: (viaSsp: boolean) => { route: string; path: string; query: Record<string, string | string[] | undefined> },
    check?: (body: unknown, upstream: UpstreamInfo) => void,
  ): Promise<T> {
    // Every Access Document call goes to the practice's documents service root.
    const address = await this.addresser?.('documents', target);
    const { route, path, query } = at(Boolean(address?.baseUrl));
    return gpcCall('read', async () => {
      const headers = { ...gpcHeaders(interaction) };
      const res = await this.http.request<T>(
        route,
        { method: 'GET', path, query, headers, accept: GPC_MEDIA_TYPE, idempotent: true, resourceType, ...addressOf(address) },
        ctx,
      );
      check?.(res.body, { api: this.http.endpoint.api, status: res.status, requestId: res.requestId });
      return res.body;
    });
  }
}

/** The NHS number a $gpc.getstructuredrecord request is for (its mandatory `patientNHSNumber`). */
function patientOf(parameters: StuParameters): string {
  return parameters.parameter.find((p) => p.name === 'patientNHSNumber')?.valueIdentifier?.value ?? '';
}
