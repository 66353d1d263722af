import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A persisted-documents manifest (codegen's client preset writes src/generated/client/persisted-documents.json):
 * `{ "sha256:<hex>": "<document>" }`. With `only`, the graph runs nothing else: the production posture in which a
 * client can send only operations that were reviewed and shipped with it.
 */
export interface TrustedDocuments {
  byHash: Map<string, string>;
  only: boolean;
}

export type TrustedOutcome = { ok: true; body: unknown } | { ok: false; reason: 'PERSISTED_DOCUMENT_NOT_FOUND' | 'OPERATION_NOT_TRUSTED'; message: string };

/**
 * Loads one or several manifests together (several apps, several released versions of each: sdk/README.md). A path
 * that is a folder stands for every `*.json` file under it. A sha256 id must be the hash of its document: two manifests
 * can then never give one id two documents, and an id copied into the wrong manifest is caught at start-up.
 */
export function loadTrustedDocuments(paths: string | readonly string[], only: boolean): TrustedDocuments {
  const byHash = new Map<string, string>();
  for (const file of manifestFiles(typeof paths === 'string' ? [paths] : paths)) {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    for (const [key, document] of Object.entries(manifest)) {
      if (typeof document !== 'string') throw new Error(`${file}: the entry ${key} is not a document`);
      const id = hashKey(key);
      if (id !== sha256(document)) throw new Error(`${file}: the entry ${key} is not the sha256 hash of its document`);
      byHash.set(id, document);
    }
  }
  return { byHash, only };
}

function manifestFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    if (!statSync(path).isDirectory()) {
      files.push(path);
      continue;
    }
    for (const entry of readdirSync(path, { recursive: true, encoding: 'utf8' }).sort()) {
      if (entry.endsWith('.json') && statSync(join(path, entry)).isFile()) files.push(join(path, entry));
    }
  }
  return files;
}

/** `sha256:<hex>` or a bare hex hash, lower case. */
function hashKey(id: string): string {
  const hex = id.toLowerCase().replace(/^sha256:/, '');
  return `sha256:${hex}`;
}

function sha256(text: string): string {
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}

/**
 * Resolves a request body (one operation, or a batch of them) against the manifest before Apollo sees it. A body naming a document — `documentId` (the
 * GraphQL-over-HTTP persisted-documents form) or Apollo's `extensions.persistedQuery.sha256Hash` — gets that document
 * as its `query`; an unknown id is refused. A body with its own `query` passes when the manifest is advisory, and in
 * `only` mode only when that exact text is in the manifest.
 */
export function resolveTrustedDocument(body: unknown, trusted: TrustedDocuments): TrustedOutcome {
  // A batch (a JSON array of operations) is checked operation by operation: one that is not trusted refuses the whole
  // request, so nothing in a batch runs that would be refused on its own.
  if (Array.isArray(body)) {
    const resolved: unknown[] = [];
    for (const operation of body) {
      const outcome = resolveOperation(operation, trusted);
      if (!outcome.ok) return outcome;
      resolved.push(outcome.body);
    }
    return { ok: true, body: resolved };
  }
  return resolveOperation(body, trusted);
}

function resolveOperation(body: unknown, trusted: TrustedDocuments): TrustedOutcome {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    // Not an operation at all: Apollo refuses it, unless only trusted documents may run, when it is refused here.
    return trusted.only
      ? { ok: false, reason: 'OPERATION_NOT_TRUSTED', message: 'This graph runs only persisted documents: send a documentId from its manifest' }
      : { ok: true, body };
  }
  const { documentId, extensions, query, ...rest } = body as { documentId?: unknown; extensions?: Record<string, unknown>; query?: unknown };
  const persisted = extensions?.persistedQuery as { sha256Hash?: unknown } | undefined;
  const id = typeof documentId === 'string' ? documentId : typeof persisted?.sha256Hash === 'string' ? persisted.sha256Hash : undefined;
  if (id !== undefined) {
    const document = trusted.byHash.get(hashKey(id));
    if (!document)
      return { ok: false, reason: 'PERSISTED_DOCUMENT_NOT_FOUND', message: 'No persisted document has this id: send one the graph was deployed with' };
    // The persistedQuery extension is consumed here, so Apollo's automatic persisted queries never see it.
    const { persistedQuery: _consumed, ...otherExtensions } = extensions ?? {};
    return { ok: true, body: { ...rest, query: document, ...(Object.keys(otherExtensions).length > 0 ? { extensions: otherExtensions } : {}) } };
  }
  if (trusted.only && !(typeof query === 'string' && trusted.byHash.has(sha256(query)))) {
    return { ok: false, reason: 'OPERATION_NOT_TRUSTED', message: 'This graph runs only persisted documents: send a documentId from its manifest' };
  }
  return { ok: true, body };
}
