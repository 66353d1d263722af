import { describe, expect, it } from 'vitest';
import {
  encodePrescriptionId,
  isValidPrescriptionId,
  makePrescriptionId,
  normalisePrescriptionId,
  prescriptionCheckCharacter,
  prescriptionIdProblem,
} from '../../src/nhs/prescription-id.js';

// Every short-form id the EPS and tracker contracts' examples use (eps/CONTRACT.md, eps-tracker/CONTRACT.md).
const CONTRACT_IDS = [
  '24F5DA-A83008-7EFE6Z',
  'B57FE1-A83008-196009',
  '52A873-A83008-A538E4',
  '7B7EF0-A83008-3220F7',
  '689CD8-A83008-EBBE3S',
  '592847-A83008-F3BD6I',
  '9BD1F0-A83008-D1BF3X',
  '4F30E7-A83008-160FB1',
  '8F61A1-A83008-A9C01R',
  'F84D8F-A83008-CBB2AG',
  '881A3D-A83008-B2BF3B',
  '4599E0-A83008-109C2U',
  'FF9932-A83008-3F91DH',
  '622F04-A83008-A691D5',
  '65C4B1-A83008-AA9C1I',
  'C0C3E6-A83008-93D8FL',
  'D7AC09-A99968-4BA59C',
  '2D35F7-ZA0448-11E88Z',
];

describe('prescription id (MOD 37-2)', () => {
  it.each(CONTRACT_IDS)('accepts the contract id %s', (id) => {
    expect(prescriptionIdProblem(id)).toBeUndefined();
    expect(isValidPrescriptionId(id)).toBe(true);
  });

  it("refuses the EPS sandbox's ABC5F7-ZA0448-77E88X, whose check character should be 6", () => {
    expect(prescriptionIdProblem('ABC5F7-ZA0448-77E88X')).toBe('CHECKSUM');
    expect(prescriptionCheckCharacter('ABC5F7ZA044877E88')).toBe('6');
  });

  it.each([
    ['B57FE1-A83008-196008', 'CHECKSUM'],
    ['B57FE1-A83008-19600', 'FORMAT'],
    ['B57FE1A83008196009', 'FORMAT'],
    ['G57FE1-A83008-196009', 'FORMAT'],
    ['B57FE1-A8300!-196009', 'FORMAT'],
    ['', 'FORMAT'],
  ])('%s is a %s problem', (id, problem) => {
    expect(prescriptionIdProblem(id)).toBe(problem);
  });

  it('normalises case and spaces, as the tracker upper-cases ids', () => {
    expect(normalisePrescriptionId(' b57fe1-a83008-196009 ')).toBe('B57FE1-A83008-196009');
  });

  it('computes the check character as the contract defines it, including + for a remainder of 36', () => {
    // total mod 37 = 2 gives (38 - 2) mod 37 = 36, the 37th character: '+'.
    let plus: string | undefined;
    for (let n = 0; n < 5000 && !plus; n++) {
      const id = makePrescriptionId(n.toString(16).toUpperCase().padStart(6, '0'), 'A83008', '00000');
      if (id.endsWith('+')) plus = id;
    }
    expect(plus).toBeDefined();
    expect(prescriptionIdProblem(plus as string)).toBeUndefined();
    expect(encodePrescriptionId(plus as string)).toBe(`${(plus as string).slice(0, -1)}%2B`);
  });

  it('builds ids from parts, padding the prescriber ODS code to six characters', () => {
    const id = makePrescriptionId('24F5DA', 'A83008', '7EFE6');
    expect(id).toBe('24F5DA-A83008-7EFE6Z');
    expect(makePrescriptionId('ABCDEF', 'FA565', '12345')).toMatch(/^ABCDEF-0FA565-12345[A-Z0-9+]$/);
    expect(isValidPrescriptionId(makePrescriptionId('ABCDEF', 'FA565', '12345'))).toBe(true);
  });
});
