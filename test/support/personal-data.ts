import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isValidNhsNumber } from '../../src/nhs/nhs-number.js';
import { CONTRACTS_DIR } from '../../sandbox/src/fixtures.js';
import { generatePopulation } from '../../sandbox/src/population.js';

/** Personal data the embedded sandbox serves, and secrets the test graphs held: what must never reach a log. */
export interface KnownPersonalData {
  names: Set<string>;
  birthDates: Set<string>;
  addressLines: Set<string>;
  postcodes: Set<string>;
  /** Phone numbers and email addresses. */
  contacts: Set<string>;
  /** Secrets the test graphs held (API keys, opaque access and refresh tokens). */
  secrets: string[];
}

export interface Finding {
  kind: 'nhs-number' | 'name' | 'birth-date' | 'address' | 'contact' | 'token';
  /** The offending text with its middle masked, enough to find it without repeating it in full. */
  sample: string;
}

interface FhirPatientLike {
  resourceType?: string;
  name?: { family?: string; given?: string[] }[];
  birthDate?: string;
  address?: { line?: string[]; postalCode?: string }[];
  telecom?: { value?: string }[];
}

/**
 * The names, dates of birth, addresses and contact details of the seeded population, and of every Patient resource in
 * the vendored contracts (the public sandboxes' test patients, which the embedded sandbox serves).
 */
export function knownPersonalData(secrets: string[] = []): KnownPersonalData {
  const known: KnownPersonalData = { names: new Set(), birthDates: new Set(), addressLines: new Set(), postcodes: new Set(), contacts: new Set(), secrets };
  for (const p of generatePopulation().patients) {
    for (const n of [p.family, ...p.given]) known.names.add(n);
    known.birthDates.add(p.birthDate);
    for (const l of p.lines) known.addressLines.add(l);
    known.postcodes.add(p.postcode);
    known.contacts.add(p.phone);
    known.contacts.add(p.email);
  }
  for (const patient of contractPatients()) {
    for (const n of patient.name ?? []) for (const part of [n.family, ...(n.given ?? [])]) if (part && part.length > 2) known.names.add(part);
    if (patient.birthDate) known.birthDates.add(patient.birthDate);
    for (const a of patient.address ?? []) {
      // A street line (a number or several words), not a lone town or county name, which also names organisations.
      for (const l of a.line ?? []) if (l.length > 6 && /\d|\s/.test(l)) known.addressLines.add(l);
      if (a.postalCode) known.postcodes.add(a.postalCode);
    }
    for (const t of patient.telecom ?? []) if (t.value && t.value.length > 6) known.contacts.add(t.value);
  }
  return known;
}

/** Every Patient resource, however nested (bundles, contained, parameters), in the contracts' JSON examples. */
function contractPatients(): FhirPatientLike[] {
  const found: FhirPatientLike[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== 'object') return;
    if ((value as FhirPatientLike).resourceType === 'Patient') found.push(value as FhirPatientLike);
    Object.values(value).forEach(visit);
  };
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.json')) {
        try {
          visit(JSON.parse(readFileSync(path, 'utf8')));
        } catch {
          // not JSON after all (a pointer, a template)
        }
      }
    }
  };
  walk(CONTRACTS_DIR);
  return found;
}

const NHS_NUMBER = /(?<![\dA-Za-z])\d{3}[ -]?\d{3}[ -]?\d{4}(?![\dA-Za-z])/g;
const JWT = /eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g;
const BEARER = /\bBearer\s+[A-Za-z0-9._~+/=-]{16,}/gi;
const PRIVATE_KEY = /PRIVATE KEY|"d":"[A-Za-z0-9_-]{20,}/g;
const WORD = /\b[A-Za-z][A-Za-z'-]+\b/g;
const DATE = /\b\d{4}-\d{2}-\d{2}\b/g;
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/g;

const mask = (s: string) => (s.length <= 4 ? '*'.repeat(s.length) : `${s.slice(0, 2)}${'*'.repeat(s.length - 4)}${s.slice(-2)}`);

/**
 * Everything in `text` (a log line, an error returned to a client) that is personal data or a credential: valid NHS
 * numbers (Modulus 11, spaced or not), JWTs, bearer values, private key material, recorded secrets, and the known
 * names, dates of birth, address lines, postcodes, phone numbers and email addresses.
 */
export function findPersonalData(text: string, known: KnownPersonalData): Finding[] {
  const found: Finding[] = [];
  text = withoutMachineFields(text);
  const add = (kind: Finding['kind'], s: string) => found.push({ kind, sample: mask(s) });
  for (const m of text.matchAll(NHS_NUMBER)) if (isValidNhsNumber(m[0].replace(/[ -]/g, ''))) add('nhs-number', m[0]);
  for (const re of [JWT, BEARER, PRIVATE_KEY]) for (const m of text.matchAll(re)) add('token', m[0]);
  for (const s of known.secrets) if (text.includes(s)) add('token', s);
  for (const m of text.matchAll(WORD)) if (known.names.has(m[0])) add('name', m[0]);
  for (const m of text.matchAll(DATE)) if (known.birthDates.has(m[0])) add('birth-date', m[0]);
  for (const m of text.matchAll(POSTCODE)) if (known.postcodes.has(m[0])) add('address', m[0]);
  for (const m of text.matchAll(TOKEN)) {
    for (const line of phrasesStartingWith(known.addressLines, m[0])) if (text.startsWith(line, m.index)) add('address', line);
    for (const contact of phrasesStartingWith(known.contacts, m[0])) if (text.startsWith(contact, m.index)) add('contact', contact);
  }
  return found;
}

/** Where a phrase (an address line, a phone number, an email address) may start: at a run of letters or digits. */
const TOKEN = /(?<![A-Za-z0-9])[A-Za-z0-9]+/g;
const byFirstToken = new WeakMap<Set<string>, Map<string, string[]>>();

/** The phrases of `set` whose first token is `token`: a look-up instead of a search for each of thousands of phrases. */
function phrasesStartingWith(set: Set<string>, token: string): string[] {
  let index = byFirstToken.get(set);
  if (!index) {
    index = new Map();
    for (const phrase of set) {
      const first = /^[A-Za-z0-9]+/.exec(phrase)?.[0];
      if (first === undefined) continue;
      index.set(first, [...(index.get(first) ?? []), phrase]);
    }
    byFirstToken.set(set, index);
  }
  return index.get(token) ?? [];
}

/** A JSON log line without pino's own fields (the machine's host name, pid, time), which say nothing of a patient. */
function withoutMachineFields(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      try {
        const { hostname: _h, pid: _p, time: _t, ...rest } = JSON.parse(line) as Record<string, unknown>;
        return JSON.stringify(rest);
      } catch {
        return line;
      }
    })
    .join('\n');
}
