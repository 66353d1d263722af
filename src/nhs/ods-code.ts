/**
 * ODS codes are opaque upper-case alphanumerics: trusts have 3 characters, sites 5, GP practices a letter and 5 digits,
 * pharmacies 5 starting F, PCNs U + 5 digits (ods/CONTRACT.md). We accept 3 to 10 alphanumerics, case-insensitively,
 * and normalise to upper case so loaders and caches see one key per organisation.
 */
const ODS_CODE = /^[A-Z0-9]{3,10}$/;

/** An ODS code that has been through {@link parseOdsCode}: trimmed, upper case, 3 to 10 letters and digits. */
export type OdsCode = string & { readonly __odsCode: true };

/** The one way to an {@link OdsCode}: normalised and checked; undefined when the value is not an ODS code. */
export function parseOdsCode(value: string): OdsCode | undefined {
  const code = normaliseOdsCode(value);
  return ODS_CODE.test(code) ? (code as OdsCode) : undefined;
}

/** Trimmed and upper-cased, not checked: for a configured default that is checked later with the other settings. */
export function normaliseOdsCode(value: string): string {
  return value.trim().toUpperCase();
}

export function isValidOdsCode(value: string): boolean {
  return parseOdsCode(value) !== undefined;
}
