/**
 * The EPS short-form prescription id (eps/CONTRACT.md, "Identifiers"): `XXXXXX-PPPPPP-XXXXXC`, six hex digits, the
 * prescriber's ODS code left-padded with 0 to six characters, five hex digits and a check character computed with
 * the ISO 7064 MOD 37-2 variant over the 17 characters without hyphens. `+` is a valid check character, so the id
 * must be percent-encoded in URLs (`encodePrescriptionId`).
 */
const FORMAT = /^[A-F0-9]{6}-[A-Z0-9]{6}-[A-F0-9]{5}[A-Z0-9+]$/;
const CHECK_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ+';

export type PrescriptionIdProblem = 'FORMAT' | 'CHECKSUM';

/** Upper case, surrounding spaces removed: the tracker upper-cases ids itself, so `b57fe1-…` is the same id. */
export function normalisePrescriptionId(value: string): string {
  return value.trim().toUpperCase();
}

/** The check character for the 17 characters of an id without hyphens (and without its own check character). */
export function prescriptionCheckCharacter(body17: string): string {
  let total = 0;
  for (let i = 0; i < body17.length; i++) total += parseInt(body17[i] as string, 36) * 2 ** (body17.length - i);
  return CHECK_ALPHABET[(38 - (total % 37)) % 37] as string;
}

/** Why a (normalised) id is not a valid short-form prescription id, or undefined when it is. */
export function prescriptionIdProblem(id: string): PrescriptionIdProblem | undefined {
  if (!FORMAT.test(id)) return 'FORMAT';
  const chars = id.replace(/-/g, '');
  return prescriptionCheckCharacter(chars.slice(0, 17)) === chars[17] ? undefined : 'CHECKSUM';
}

export function isValidPrescriptionId(id: string): boolean {
  return prescriptionIdProblem(id) === undefined;
}

/** Builds a valid id from its parts: 6 hex, the prescriber's ODS code (padded to 6 with 0) and 5 hex. */
export function makePrescriptionId(hex6: string, prescriberOdsCode: string, hex5: string): string {
  const middle = prescriberOdsCode.toUpperCase().padStart(6, '0');
  const body = `${hex6}${middle}${hex5}`.toUpperCase();
  return `${body.slice(0, 6)}-${body.slice(6, 12)}-${body.slice(12)}${prescriptionCheckCharacter(body)}`;
}

/** For a path segment or a query value: `+` becomes %2B (as a literal it would arrive as a space). */
export function encodePrescriptionId(id: string): string {
  return encodeURIComponent(id);
}
