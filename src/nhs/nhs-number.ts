/**
 * NHS number: 10 digits whose tenth is the Modulus 11 check digit of the first nine (weights 10..2).
 * A remainder giving 11 means check digit 0; one giving 10 means no valid number has those nine digits.
 * Ten identical digits are refused too: every one of them passes the check (the weights sum to 54 and 54·d ≡ −d mod 11,
 * so the check digit of d…d is d itself), yet NHS treats them as invalid, placeholder numbers that are never issued
 * (0000000000 is what a form sends when the number is unknown).
 */
export function isValidNhsNumber(value: string): boolean {
  if (!/^\d{10}$/.test(value) || /^(\d)\1{9}$/.test(value)) return false;
  return nhsCheckDigit(value.slice(0, 9)) === Number(value[9]);
}

/** The check digit for nine leading digits, or undefined when none exists (remainder 10). */
export function nhsCheckDigit(nineDigits: string): number | undefined {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nineDigits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  if (check === 10) return undefined;
  return check;
}

/** Accepts the spaced form people type ("943 476 5919") and returns the bare 10 digits. */
export function normaliseNhsNumber(value: string): string {
  return value.replace(/[\s-]/g, '');
}
