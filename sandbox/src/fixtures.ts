import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The vendored NHS contracts (specs and example payloads) at the repository root. */
export const CONTRACTS_DIR = fileURLToPath(new URL('../contracts/nhs/', import.meta.url));

/** Reads one example payload from contracts/nhs/<api>/..., parsed. Throws if the file is missing: a sandbox bug. */
export function loadFixture<T = unknown>(relativePath: string): T {
  return JSON.parse(readFileSync(CONTRACTS_DIR + relativePath, 'utf8')) as T;
}

/** A deep copy, so a route can change what it serves without touching the shared fixture. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}
