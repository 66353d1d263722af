import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentsPatientId, mapBinary, mapDocumentSearch, mapPractitioner } from '../../../src/sources/gp-connect/documents-mapper.js';
import { DOCUMENT_SIZE_LIMIT_BYTES, type StuBundle, type StuPractitioner } from '../../../src/sources/gp-connect/wire.js';

/** The published Access Document examples (sandbox/contracts/nhs/gpc-documents/examples), as the mapper receives them. */
const example = <T>(file: string): T =>
  JSON.parse(readFileSync(new URL(`../../../sandbox/contracts/nhs/gpc-documents/examples/${file}`, import.meta.url), 'utf8')) as T;

describe('mapDocumentSearch', () => {
  it("maps the spec's document search example: metadata, the Binary id from the attachment URL, and the _include'd author", () => {
    const bundle = example<StuBundle>('documents_response.json');
    const [doc, ...rest] = mapDocumentSearch(bundle, '9690937286');
    expect(rest).toEqual([]);
    expect(doc).toMatchObject({
      id: '27863182736',
      nhsNumber: '9690937286',
      binaryId: '07a6483f-732b-461e-86b6-edb665c45510',
      status: 'current',
      description: 'Discharge Summary',
      created: '2019-06-24T09:35:00+11:00',
      indexed: '2019-07-02T09:43:41+11:00',
      // The author reference resolves to the bundle's Organization, whose ODS code is O001.
      authorOdsCode: 'O001',
      contentType: 'application/msword',
      size: 3654,
      available: true,
      unavailableReason: null,
    });
    expect(doc?.type).toEqual({
      text: null,
      display: 'Inpatient final discharge letter',
      codings: [{ system: 'http://snomed.info/sct', code: '824331000000106', display: 'Inpatient final discharge letter' }],
    });
    expect(doc?.resource).toBe(bundle.entry?.find((e) => e.resource?.resourceType === 'DocumentReference')?.resource);
  });

  it('says why a document cannot be downloaded when its attachment has a title and no URL, and gives no Binary id', () => {
    const bundle = example<StuBundle>('documents_response.json');
    const reference = bundle.entry?.find((e) => e.resource?.resourceType === 'DocumentReference')?.resource as unknown as { content: { attachment: object }[] };
    reference.content[0]!.attachment = { title: 'The document is too large to be transferred' };
    const [doc] = mapDocumentSearch(bundle, '9690937286');
    expect(doc).toMatchObject({ available: false, binaryId: null, unavailableReason: 'The document is too large to be transferred', size: null });
  });

  it("reads the documents server's patient id from the Find Patient searchset, and null from an empty one", () => {
    expect(documentsPatientId(example<StuBundle>('documents_response.json'))).toBe('04603d77-1a4e-4d63-b246-d7504f8bd833');
    expect(documentsPatientId({ resourceType: 'Bundle', type: 'searchset', entry: [] } as StuBundle)).toBeNull();
  });
});

describe('mapPractitioner', () => {
  it("names the spec's example practitioner with prefix, given and family names and their SDS user id", () => {
    const bundle = example<StuBundle>('documents_response.json');
    const practitioner = bundle.entry?.find((e) => e.resource?.resourceType === 'Practitioner')?.resource as StuPractitioner;
    expect(mapPractitioner(practitioner)).toEqual({ id: '6c41ebfd-57c3-4162-9d7b-208c171a2fd7', sdsUserId: 'G13579135', name: 'Miss Nichole Gilbert' });
  });
});

describe('mapBinary', () => {
  it('decodes the size from the base64 content', () => {
    const content = Buffer.from('a letter').toString('base64');
    expect(mapBinary({ resourceType: 'Binary', contentType: 'text/plain', content })).toEqual({ contentType: 'text/plain', size: 8, base64: content });
  });

  it('refuses a file over the 5 MB limit as UPSTREAM_ERROR rather than passing it on truncated or whole', () => {
    const content = Buffer.alloc(DOCUMENT_SIZE_LIMIT_BYTES + 1).toString('base64');
    expect(() => mapBinary({ resourceType: 'Binary', contentType: 'application/pdf', content })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'UPSTREAM_ERROR' }) }),
    );
  });
});
