import { UpstreamError } from '../../errors.js';
import { idOf, mapCode, odsCodeOf, ResourceIndex, type GpCodeModel } from './stu3.js';
import {
  DOCUMENT_SIZE_LIMIT_BYTES,
  SDS_USER_ID_SYSTEM,
  type StuBinary,
  type StuBundle,
  type StuDocumentReference,
  type StuOrganization,
  type StuPatient,
  type StuPractitioner,
} from './wire.js';

export interface GpPractitionerModel {
  id: string | null;
  sdsUserId: string | null;
  name: string | null;
}

/** A document held in the GP record (metadata only: the file is `content`, fetched when asked for). */
export interface ClinicalDocumentModel {
  id: string;
  /** The patient it belongs to: Access Document's Binary read needs the NHS number. */
  nhsNumber: string;
  /** The Binary's id (the end of the attachment URL); null when only a placeholder exists. */
  binaryId: string | null;
  status: string | null;
  type: GpCodeModel | null;
  description: string | null;
  created: string | null;
  indexed: string | null;
  custodianOdsCode: string | null;
  authorOdsCode: string | null;
  authorPractitioner: GpPractitionerModel | null;
  contentType: string | null;
  size: number | null;
  available: boolean;
  /** Why the file is not available (the attachment's title when it carries no URL). */
  unavailableReason: string | null;
  resource: StuDocumentReference;
}

export interface DocumentContentModel {
  contentType: string | null;
  size: number;
  base64: string;
}

/** The documents server's logical id of the patient from a Find Patient searchset; null when it found none. */
export function documentsPatientId(bundle: StuBundle): string | null {
  return new ResourceIndex(bundle).ofType<StuPatient>('Patient')[0]?.id ?? null;
}

/** Maps a DocumentReference searchset (with its _include'd organisations and practitioners) to the graph. Pure. */
export function mapDocumentSearch(bundle: StuBundle, nhsNumber: string): ClinicalDocumentModel[] {
  const index = new ResourceIndex(bundle);
  return index.ofType<StuDocumentReference>('DocumentReference').map((d) => mapDocument(d, index, nhsNumber));
}

function mapDocument(d: StuDocumentReference, index: ResourceIndex, nhsNumber: string): ClinicalDocumentModel {
  const attachment = d.content?.[0]?.attachment;
  const authors = d.author ?? [];
  const authorOrg = authors.map((a) => index.resolve<StuOrganization>(a, 'Organization')).find(Boolean);
  const authorPractitioner = authors.map((a) => index.resolve<StuPractitioner>(a, 'Practitioner')).find(Boolean);
  const custodian = index.resolve<StuOrganization>(d.custodian, 'Organization');
  const available = Boolean(attachment?.url);
  return {
    id: d.id ?? '',
    nhsNumber,
    binaryId: available ? idOf(attachment?.url) : null,
    status: d.status ?? null,
    type: mapCode(d.type),
    description: d.description ?? null,
    created: d.created ?? null,
    indexed: d.indexed ?? null,
    custodianOdsCode: odsCodeOf(custodian),
    authorOdsCode: odsCodeOf(authorOrg),
    authorPractitioner: authorPractitioner ? mapPractitioner(authorPractitioner) : null,
    contentType: attachment?.contentType ?? null,
    size: attachment?.size ?? null,
    available,
    unavailableReason: available ? null : (attachment?.title ?? null),
    resource: d,
  };
}

export function mapPractitioner(p: StuPractitioner): GpPractitionerModel {
  const name = p.name?.[0];
  const text = name ? [...(name.prefix ?? []), ...(name.given ?? []), name.family].filter(Boolean).join(' ') : '';
  return { id: p.id ?? null, sdsUserId: p.identifier?.find((i) => i.system === SDS_USER_ID_SYSTEM)?.value ?? null, name: text || null };
}

/**
 * A retrieved Binary. A file over the contract's 5 MB limit is an error, never a truncated file: the provider should
 * have refused it (404 NO_RECORD_FOUND), so one that arrives anyway is UPSTREAM_ERROR.
 */
export function mapBinary(binary: StuBinary): DocumentContentModel {
  const base64 = binary.content ?? '';
  const size = Buffer.byteLength(base64, 'base64');
  if (size > DOCUMENT_SIZE_LIMIT_BYTES) {
    throw new UpstreamError(`GP Connect sent a document of ${size} bytes, over the ${DOCUMENT_SIZE_LIMIT_BYTES}-byte limit`, {
      upstream: { api: 'gpc-access-record' },
    });
  }
  return { contentType: binary.contentType ?? null, size, base64 };
}
