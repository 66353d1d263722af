import type { CallContext } from '../../upstream/types.js';
import type { ContentClient } from '../content/client.js';
import { lookupHealthContentPath } from '../content/find-path.js';
import type { GpCodeModel } from './stu3.js';
import { SNOMED_CT } from '../fhir-systems.js';

const SNOMED = SNOMED_CT;

/**
 * The nhs.uk page path for a problem (conditions A–Z) or a medication (medicines A–Z), matched on its SNOMED CT code
 * and its name; null when the record's entry has no name or nothing in the listing matches. The listing is public and
 * cached across requests (src/sources/content/cache.ts), so a record's entries cost at most one call per letter.
 */
export function healthContentPathFor(
  content: ContentClient,
  kind: 'problem' | 'medication',
  code: GpCodeModel | null,
  ctx: CallContext,
): Promise<string | null> {
  if (!code) return Promise.resolve(null);
  const snomed = code.codings.find((c) => c.system === SNOMED && c.code)?.code ?? null;
  return lookupHealthContentPath(content, kind, { name: code.display, code: snomed }, ctx);
}
