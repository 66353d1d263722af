/**
 * ODS codes are opaque upper-case alphanumerics: trusts have 3 characters, sites 5, GP practices a letter and 5 digits,
 * pharmacies 5 starting F, PCNs U + 5 digits (ods/CONTRACT.md). We accept 3 to 10 alphanumerics, case-insensitively,
 * and normalise to upper case so loaders and caches see one key per organisation.
 */
const ODS_CODE = /^[A-Z0-9]{3,10}$/;

export function normaliseOdsCode(value: string): string {
  return value.trim().toUpperCase();
}

export function isValidOdsCode(value: string): boolean {
  return ODS_CODE.test(normaliseOdsCode(value));
}
