/**
 * The stand-in's own NHS number check, written from the NHS Data Dictionary (Modulus 11 over the first nine digits,
 * weights 10..2; a result of 11 is check digit 0, a result of 10 is never issued). It is not the graph's: the stand-in
 * judges what a client sends by the contract, so a bug in the graph's check cannot hide behind the same bug here.
 * Placeholders of ten identical digits pass the arithmetic but are never issued, so they are refused too.
 */
export function isValidNhsNumber(value: string): boolean {
  if (!/^[0-9]{10}$/.test(value)) return false;
  if (new Set(value).size === 1) return false;
  return nhsCheckDigit(value.slice(0, 9)) === Number(value.charAt(9));
}

/** The check digit of nine leading digits, or undefined when the nine can start no valid number. */
export function nhsCheckDigit(nineDigits: string): number | undefined {
  const weighted = [...nineDigits].reduce((sum, digit, i) => sum + Number(digit) * (10 - i), 0);
  const result = 11 - (weighted % 11);
  if (result === 10) return undefined;
  return result === 11 ? 0 : result;
}
