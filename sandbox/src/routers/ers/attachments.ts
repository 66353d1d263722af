import { randomUUID } from 'node:crypto';
import type { SandboxHandler } from '../../http.js';
import { header } from '../../http.js';
import { forbidden, r4Outcome } from './outcomes.js';
import type { ErsRecords, SeededAttachment, SeededReferral } from './records.js';

/** The e-RS error code system a042's 422 table names (PENDING, THREATS_FOUND, VALIDATION_FAILED). */
const ERS_ERROR_CODES_SYSTEM = 'https://fhir.nhs.uk/CodeSystem/ers-error-codes';
/** a042's Binary ids: the legacy `att-…` form or a UUID (pathParameters/BinaryId.yaml). */
const BINARY_ID = /^(att-[A-Za-z0-9-]{1,60}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/**
 * A PDF of exactly `size` bytes (the size A005 advertises for the attachment): a header, a body of spaces, the
 * trailer. Synthetic: it names no patient.
 */
export function syntheticPdf(size: number): Buffer {
  const head = Buffer.from('%PDF-1.4\n% e-RS stand-in attachment\n');
  const tail = Buffer.from('\n%%EOF\n');
  return Buffer.concat([head, Buffer.alloc(Math.max(0, size - head.length - tail.length), ' '), tail]);
}

/** The public sandbox answers every other id with one example PDF (not vendored: SOURCE.md); this one stands for it. */
const EXAMPLE_PDF_BYTES = 1024;

/** The size A005 gives the seeded attachment at `index` (resources.ts documentReference). */
export const seededAttachmentSize = (index: number): number => 2048 + index;

/**
 * A042 `GET /R4/Binary/{id}`: 307 to the file's temporary location in the platform's object store (used once). A seeded
 * attachment must be AVAILABLE (422 PENDING otherwise, a042's table) and the caller's organisation the referrer or
 * the provider (403). Any other well-formed id gets the same example PDF, as the public sandbox answers.
 */
export function attachmentHandler(records: ErsRecords, store: Map<string, { contentType: string; bytes: Buffer }>, origin: () => string): SandboxHandler {
  let index: Map<string, [SeededReferral, SeededAttachment, number]> | undefined;
  const find = (binaryId: string) => {
    index ??= new Map(
      [...records.referrals.values()].flatMap((r) =>
        r.attachments.map((a, i) => [`att-${a.id}`, [r, a, i]] as [string, [SeededReferral, SeededAttachment, number]]),
      ),
    );
    return index.get(binaryId);
  };
  return (req) => {
    const id = req.params.id ?? '';
    if (!BINARY_ID.test(id)) return r4Outcome(400, 'REC_BAD_REQUEST', 'invalid', 'The Binary id is not a valid format');
    const seeded = find(id);
    let bytes = syntheticPdf(EXAMPLE_PDF_BYTES);
    if (seeded) {
      const [referral, attachment, i] = seeded;
      const org = (header(req, 'nhsd-end-user-organisation-ods') ?? '').toUpperCase();
      if (org && org !== referral.referrerOdsCode && org !== referral.service.providerOdsCode)
        return forbidden(req.path, 'The user does not have a legitimate relationship with the request.');
      if (attachment.availability !== 'AVAILABLE')
        return r4Outcome(422, attachment.availability, 'invalid', 'The file is being scanned and cannot be retrieved.', ERS_ERROR_CODES_SYSTEM);
      bytes = syntheticPdf(seededAttachmentSize(i));
    }
    const key = randomUUID();
    store.set(key, { contentType: 'application/pdf', bytes });
    return { status: 307, body: undefined, headers: { location: `${origin()}/_object-store/${key}` } };
  };
}
