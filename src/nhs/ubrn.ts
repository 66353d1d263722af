/**
 * UBRN (Unique Booking Reference Number): the e-Referral Service's id of a referral, 12 digits with leading zeros
 * (ers/CONTRACT.md: "000000070000; keep it a string"). e-RS prints it in three groups of four ("0000 0007 0000"), so
 * that form is accepted on input too; nothing else is.
 */
const UBRN = /^\d{12}$/;
const GROUPED = /^\d{4}[ -]\d{4}[ -]\d{4}$/;

/** The bare 12 digits of a UBRN typed with or without its group separators; other input comes back unchanged. */
export function normaliseUbrn(value: string): string {
  const trimmed = value.trim();
  return GROUPED.test(trimmed) ? trimmed.replace(/[ -]/g, '') : trimmed;
}

/** True for exactly 12 digits (after normaliseUbrn). A number would lose its leading zeros: only strings qualify. */
export function isValidUbrn(value: string): boolean {
  return UBRN.test(value);
}
