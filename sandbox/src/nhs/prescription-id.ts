/**
 * The EPS short-form prescription id as the stand-in checks it (eps/CONTRACT.md, "Identifiers"):
 * `XXXXXX-PPPPPP-XXXXXC`: six hex digits, the prescriber's ODS code padded with leading 0s to six characters, five hex
 * digits, and a check character (ISO 7064 MOD 37-2 over the 17 characters without hyphens; `+` stands for 36).
 * The stand-in's own implementation: it judges the client's ids by the contract, not by the graph's code.
 */
const SHAPE = /^[0-9A-F]{6}-[0-9A-Z]{6}-[0-9A-F]{5}[0-9A-Z+]$/;
const MOD37_2 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ+';

/** Upper case without surrounding spaces: EPS treats `b57fe1-…` as the same id. */
export function normalisePrescriptionId(value: string): string {
  return value.trim().toUpperCase();
}

/** ISO 7064 MOD 37-2: the character that makes the weighted sum of the 18 characters ≡ 1 (mod 37). */
function checkCharacter(body: string): string {
  let p = 0;
  for (const c of body) p = ((p + MOD37_2.indexOf(c)) * 2) % 37;
  return MOD37_2.charAt((38 - p) % 37);
}

/** Why a (normalised) id is not a valid short-form id ('FORMAT' or 'CHECKSUM'), or undefined when it is. */
export function prescriptionIdProblem(id: string): 'FORMAT' | 'CHECKSUM' | undefined {
  if (!SHAPE.test(id)) return 'FORMAT';
  const chars = id.replaceAll('-', '');
  return checkCharacter(chars.slice(0, 17)) === chars.charAt(17) ? undefined : 'CHECKSUM';
}

/** A valid id from its parts, for the seeded population: 6 hex, the prescriber's ODS code, 5 hex. */
export function makePrescriptionId(hex6: string, prescriberOdsCode: string, hex5: string): string {
  const body = `${hex6}${prescriberOdsCode.padStart(6, '0')}${hex5}`.toUpperCase();
  return `${body.slice(0, 6)}-${body.slice(6, 12)}-${body.slice(12)}${checkCharacter(body)}`;
}
