import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ukDate } from '../../src/nhs/uk-time.js';
import { loadFixture } from '../../sandbox/src/fixtures.js';
import { documentsFor, synthesiseContent, type SyntheticDocument } from '../../sandbox/src/routers/gp-connect/documents.js';
import { GpcWorld, practiceSwitchedOff } from '../../sandbox/src/routers/gp-connect/world.js';
import { codes, startTestGraph, type TestGraph } from '../support/harness.js';
import { withoutGpConnect } from '../../sandbox/src/routers/sds/records.js';

/** The contract's size limit for a retrieved file (gpc-documents CONTRACT.md: 5 MB). */
const FIVE_MB = 5 * 1024 * 1024;

let t: TestGraph;
let world: GpcWorld;
beforeAll(async () => {
  t = await startTestGraph();
  world = new GpcWorld(t.sandbox.population);
});
afterAll(() => t.close());
beforeEach(() => t.resetCalls());
afterEach(() => t.sandbox.setFault('gpc-access-record', undefined));

const DOCS =
  `query($n: NhsNumber!) { patient(nhsNumber: $n) { nhsNumber documents { id description size ` +
  `available unavailableReason content { size contentType base64 } } } }`;

/** A synthetic patient GP Connect answers for, at a practice sharing documents, whose documents satisfy `test`. */
function patientWith(test: (docs: SyntheticDocument[]) => boolean): { nhsNumber: string; docs: SyntheticDocument[] } {
  for (const p of t.sandbox.population.patients) {
    if (p.restricted || world.patient(p.nhsNumber).status !== 'normal' || practiceSwitchedOff(p.gpOdsCode, 'documents') || withoutGpConnect(p.gpOdsCode))
      continue;
    const docs = documentsFor(p.nhsNumber, p.gpOdsCode, ukDate(new Date()));
    if (test(docs)) return { nhsNumber: p.nhsNumber, docs };
  }
  throw new Error('no such synthetic patient');
}

describe('Patient.documents', () => {
  it('lists the documents in two calls (find patient, search) when no file is asked for', async () => {
    const { nhsNumber, docs } = patientWith((d) => d.length >= 2);
    const r = await t.run<any>(`query($n: NhsNumber!) { patient(nhsNumber: $n) { documents { id description created author { odsCode } } } }`, {
      n: nhsNumber,
    });
    expect(r.errors).toBeUndefined();
    expect(r.data.patient.documents.map((d: any) => d.id).sort()).toEqual(docs.map((d) => d.id).sort());
    // SDS: the practice's documents endpoint and accredited system, once for both calls.
    expect(t.calls()).toEqual({ pds: 1, sds: 2, 'gpc-access-record': 2, ods: 1 });
    // A worker's calls take route A through the Spine Secure Proxy, at the practice's documents service root.
    const [find, search] = t.sandbox.receivedRequests('gpc-access-record');
    const practice = t.sandbox.population.patients.find((p) => p.nhsNumber === nhsNumber)!.gpOdsCode;
    const root = `/spine-secure-proxy/https://[^/]+/${practice}/STU3/1/gpconnect/documents`;
    expect(find!.path).toMatch(new RegExp(`^${root}/Patient$`));
    expect(new URLSearchParams(find!.search).get('identifier')).toBe(`https://fhir.nhs.uk/Id/nhs-number|${nhsNumber}`);
    expect(search!.path).toMatch(new RegExp(`^${root}/Patient/[0-9a-f-]{36}/DocumentReference$`));
    expect(new URLSearchParams(search!.search).get('patientNHSNumber')).toBeNull();
  });

  it('retrieves each available file whole, one Binary call per file asked for', async () => {
    const { nhsNumber, docs } = patientWith((d) => d.filter((x) => !x.oversize && !x.placeholder).length >= 2 && d.every((x) => !x.oversize && !x.placeholder));
    const r = await t.run<any>(DOCS, { n: nhsNumber });
    expect(r.errors).toBeUndefined();
    expect(r.data.patient.documents).toHaveLength(docs.length);
    for (const doc of r.data.patient.documents) {
      const index = docs.findIndex((d) => d.id === doc.id);
      const bytes = synthesiseContent(nhsNumber, index, docs[index]!.description);
      expect(doc.content).toEqual({ size: bytes.length, contentType: 'text/plain', base64: bytes.toString('base64') });
    }
    expect(t.calls()['gpc-access-record']).toBe(2 + docs.length);
  });

  it('refuses a file over the 5 MB limit with NOT_FOUND (DOCUMENT_TOO_LARGE) and never a truncated file, without a Binary call', async () => {
    const { nhsNumber, docs } = patientWith((d) => d.some((x) => x.oversize));
    const r = await t.run<any>(DOCS, { n: nhsNumber });
    const big = docs.find((d) => d.oversize)!;
    const got = r.data.patient.documents.find((d: any) => d.id === big.id);
    expect(got.size).toBeGreaterThan(FIVE_MB);
    expect(got.content).toBeNull();
    const error = r.errors!.find((e) => e.extensions!.reason === 'DOCUMENT_TOO_LARGE')!;
    expect(error.extensions!.code).toBe('NOT_FOUND');
    expect(error.path).toEqual(['patient', 'documents', r.data.patient.documents.indexOf(got), 'content']);
    const fetchable = docs.filter((d) => !d.oversize && !d.placeholder).length;
    expect(t.calls()['gpc-access-record']).toBe(2 + fetchable);
  });

  it('says why a placeholder has no file: NOT_FOUND (DOCUMENT_UNAVAILABLE), no call', async () => {
    const { nhsNumber, docs } = patientWith((d) => d.some((x) => x.placeholder));
    const r = await t.run<any>(DOCS, { n: nhsNumber });
    const placeholder = docs.find((d) => d.placeholder)!;
    const got = r.data.patient.documents.find((d: any) => d.id === placeholder.id);
    expect(got).toMatchObject({ available: false, unavailableReason: placeholder.placeholder, content: null });
    expect(r.errors!.some((e) => e.extensions!.reason === 'DOCUMENT_UNAVAILABLE' && e.extensions!.code === 'NOT_FOUND')).toBe(true);
  });

  it("serves the platform sandbox's example document for 9000000009", async () => {
    const r = await t.run<any>(`{ patient(nhsNumber: "9000000009") { documents { id description content { contentType base64 } } } }`);
    expect(r.errors).toBeUndefined();
    const binary = loadFixture<any>('gpc-documents/examples/documents_response2.json');
    expect(r.data.patient.documents).toHaveLength(1);
    expect(r.data.patient.documents[0].content).toEqual({ contentType: binary.contentType, base64: binary.content });
  });

  it('is FORBIDDEN where the practice has switched Access Document off', async () => {
    const p = t.sandbox.population.patients.find(
      (x) => !x.restricted && world.patient(x.nhsNumber).status === 'normal' && practiceSwitchedOff(x.gpOdsCode, 'documents') && !withoutGpConnect(x.gpOdsCode),
    )!;
    const r = await t.run<any>(DOCS, { n: p.nhsNumber });
    expect(r.data.patient).toEqual({ nhsNumber: p.nhsNumber, documents: null });
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect(r.errors![0]!.extensions!.upstream).toMatchObject({ status: 403, issueCode: 'ACCESS DENIED' });
  });

  it('makes no GP Connect call for a restricted patient: NOT_FOUND', async () => {
    const restricted = t.sandbox.population.patients.find((p) => p.restricted)!;
    const r = await t.run<any>(DOCS, { n: restricted.nhsNumber });
    expect(r.data.patient.documents).toBeNull();
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(t.calls()['gpc-access-record']).toBeUndefined();
  });

  it('refuses an inverted created window before any call', async () => {
    const r = await t.run<any>(`{ patient(nhsNumber: "9000000009") { documents(createdFrom: "2024-02-01", createdTo: "2024-01-01") { id } } }`);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(t.calls()['gpc-access-record']).toBeUndefined();
  });

  it('passes the author and created filters to the Access Document search', async () => {
    const { nhsNumber, docs } = patientWith((d) => d.length >= 2 && new Set(d.map((x) => x.authorOds)).size > 1);
    const author = docs[0]!.authorOds;
    const r = await t.run<any>(`query($n: NhsNumber!, $a: OdsCode!) { patient(nhsNumber: $n) { documents(author: $a, createdFrom: "2000-01-01") { id } } }`, {
      n: nhsNumber,
      a: author,
    });
    expect(r.data.patient.documents.map((d: any) => d.id).sort()).toEqual(
      docs
        .filter((d) => d.authorOds === author)
        .map((d) => d.id)
        .sort(),
    );
    // The embedded provider filters on author and created and refuses a search without the mandatory _includes.
    expect(t.calls()['gpc-access-record']).toBe(2);
  });
});
