import { BadUserInputError } from '../../errors.js';
import { conceptIdProblem } from '../../nhs/snomed-id.js';
import type { DispenseOutcome, DispensedItem } from './dispensing.js';
import type { OrderItem } from './order.js';

/**
 * The checks on typed EPS input made before any call (eps/CONTRACT.md: EPS would refuse these with a 400, or worse,
 * accept a prescription for the wrong medicine or amount). Each throws BAD_USER_INPUT with the reason the mutation's
 * user errors name; messages carry no patient data.
 */

/** An EPS prescription holds at most four items (one MedicationRequest each). */
export const MAX_PRESCRIPTION_ITEMS = 4;
const FOUR_DIGITS = /^\d{4}$/;
/** medicationdispense-status-reason: why an item was not dispensed (the dispense-notification examples use 0003, 0004). */
const NOT_DISPENSED_REASONS: Readonly<Record<string, string>> = {
  '0001': 'Not required as instructed by the patient',
  '0002': 'Clinically unsuitable',
  '0003': 'Owings note issued to patient',
  '0004': 'Prescription cancellation',
  '0005': 'Prescription cancellation due to death',
  '0006': 'Illegal NHS prescription',
  '0007': 'Prescribed out of scope item',
  '0008': 'Item or prescription expired',
  '0009': 'Not allowed on FP10',
  '0010': 'Patient did not collect medication',
  '0011': 'Patient purchased medication over the counter',
};

function medication(code: string, name: string, at: string): void {
  const problem = conceptIdProblem(code.trim());
  if (problem) {
    const why = { FORMAT: 'is not 6 to 18 digits', CHECK_DIGIT: 'fails its Verhoeff check digit', NOT_A_CONCEPT: 'is not a concept id (partition 00 or 10)' }[
      problem
    ];
    throw new BadUserInputError('INVALID_MEDICATION_CODE', `${at}: the dm+d code ${why}`);
  }
  if (!name.trim()) throw new BadUserInputError('MISSING_VALUE', `${at}: the medication name is empty`);
}

function positive(value: number | null | undefined, at: string): number {
  if (value === null || value === undefined || !Number.isFinite(value) || value <= 0) {
    throw new BadUserInputError('INVALID_QUANTITY', `${at}: the quantity must be more than 0`);
  }
  return value;
}

export interface OrderItemInput {
  medication: { code: string; name: string };
  quantity: number;
  unit: string;
  unitCode?: string | null;
  dosage: string;
  supplyDays?: number | null;
}

/** The order's items, checked and trimmed; the prescription type checked. */
export function checkedOrder(items: readonly OrderItemInput[], prescriptionType: string): OrderItem[] {
  if (items.length === 0 || items.length > MAX_PRESCRIPTION_ITEMS) {
    throw new BadUserInputError('INVALID_ITEMS', `A prescription has 1 to ${MAX_PRESCRIPTION_ITEMS} items`);
  }
  if (!FOUR_DIGITS.test(prescriptionType))
    throw new BadUserInputError('INVALID_PRESCRIPTION_TYPE', 'prescriptionType must be a four-digit prescription-type code');
  return items.map((item, i) => {
    const at = `items[${i}]`;
    medication(item.medication.code, item.medication.name, at);
    const quantity = positive(item.quantity, at);
    if (!item.unit.trim()) throw new BadUserInputError('MISSING_VALUE', `${at}: the unit is empty`);
    if (!item.dosage.trim()) throw new BadUserInputError('MISSING_VALUE', `${at}: the dosage is empty`);
    if (item.unitCode && conceptIdProblem(item.unitCode.trim())) throw new BadUserInputError('MISSING_VALUE', `${at}: unitCode is not a SNOMED CT concept id`);
    if (item.supplyDays !== null && item.supplyDays !== undefined && item.supplyDays < 1) {
      throw new BadUserInputError('INVALID_QUANTITY', `${at}: supplyDays must be 1 or more`);
    }
    return {
      medicationCode: item.medication.code.trim(),
      medicationName: item.medication.name.trim(),
      quantity,
      unit: item.unit.trim(),
      unitCode: item.unitCode?.trim() || null,
      dosage: item.dosage.trim(),
      supplyDays: item.supplyDays ?? null,
    };
  });
}

export interface DispensedItemInput {
  lineItemId: string;
  medication: { code: string; name: string };
  outcome: DispenseOutcome;
  quantity?: number | null;
  unit: string;
  notDispensedReason?: string | null;
}

/** A dispense's (or claim's) items, checked: a dispensed quantity above 0, a reason for an item not dispensed. */
export function checkedDispensedItems(items: readonly DispensedItemInput[], options = { reasonRequired: true }): DispensedItem[] {
  if (items.length === 0 || items.length > MAX_PRESCRIPTION_ITEMS) {
    throw new BadUserInputError('INVALID_ITEMS', `A prescription has 1 to ${MAX_PRESCRIPTION_ITEMS} items`);
  }
  return items.map((item, i) => {
    const at = `items[${i}]`;
    medication(item.medication.code, item.medication.name, at);
    if (!item.unit.trim()) throw new BadUserInputError('MISSING_VALUE', `${at}: the unit is empty`);
    if (!item.lineItemId.trim()) throw new BadUserInputError('MISSING_VALUE', `${at}: lineItemId is empty`);
    const notDispensed = item.outcome === 'NOT_DISPENSED';
    if (notDispensed && options.reasonRequired && !(item.notDispensedReason && item.notDispensedReason in NOT_DISPENSED_REASONS)) {
      throw new BadUserInputError('NOT_DISPENSED_REASON_REQUIRED', `${at}: an item not dispensed needs a medicationdispense-status-reason code (0001 to 0011)`);
    }
    return {
      lineItemId: item.lineItemId.trim(),
      medicationCode: item.medication.code.trim(),
      medicationName: item.medication.name.trim(),
      outcome: item.outcome,
      quantity: notDispensed ? 0 : positive(item.quantity, at),
      unit: item.unit.trim(),
      notDispensedReason:
        notDispensed && item.notDispensedReason
          ? { code: item.notDispensedReason as string, display: NOT_DISPENSED_REASONS[item.notDispensedReason as string] ?? item.notDispensedReason }
          : null,
    };
  });
}
