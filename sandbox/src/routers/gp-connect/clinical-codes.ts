/**
 * The small clinical vocabulary the synthetic GP records draw from: SNOMED CT concepts as the contracts' examples use
 * them, plus a few common ones. Illustrative synthetic data, not clinical reference.
 */
export type Concept = readonly [code: string, display: string];

export const SNOMED = 'http://snomed.info/sct';

export const DRUGS: readonly (readonly [code: string, display: string, dose: string, quantity: string])[] = [
  ['323509004', 'Amoxicillin 250mg capsules', 'One capsule three times a day', '21 capsule'],
  ['319773006', 'Aspirin 75mg dispersible tablets', 'One tablet once a day', '28 tablet'],
  ['322236009', 'Paracetamol 500mg tablets', 'One or two tablets up to four times a day', '32 tablet'],
  ['320029008', 'Atorvastatin 20mg tablets', 'One tablet at night', '28 tablet'],
  ['320176004', 'Salbutamol 100micrograms/dose inhaler', 'Two puffs when required', '1 inhaler'],
  ['325278007', 'Metformin 500mg tablets', 'One tablet twice a day with food', '56 tablet'],
];

export const ALLERGENS: readonly (readonly [code: string, display: string, category: string])[] = [
  ['256349002', 'Peanut - dietary', 'food'],
  ['91936005', 'Allergy to penicillin', 'medication'],
  ['111088007', 'Latex', 'environment'],
  ['323509004', 'Amoxicillin 250mg capsules', 'medication'],
];

export const REACTIONS: readonly Concept[] = [
  ['422400008', 'Vomiting'],
  ['304386008', 'O/E - itchy rash'],
  ['241933001', 'Peanut-induced anaphylaxis'],
  ['271807003', 'Eruption of skin'],
];

export const PROBLEMS: readonly Concept[] = [
  ['38341003', 'Hypertensive disorder'],
  ['195967001', 'Asthma'],
  ['44054006', 'Type 2 diabetes mellitus'],
  ['35489007', 'Depressive disorder'],
  ['69896004', 'Rheumatoid arthritis'],
];

export const VACCINATIONS: readonly Concept[] = [
  ['170378007', 'First hepatitis A vaccination'],
  ['822851000000102', 'Seasonal influenza vaccination'],
  ['12866006', 'Pneumococcal vaccination'],
  ['127786006', 'Tetanus vaccination'],
];

export const CONSULTATION_TYPES: readonly string[] = ['GP surgery consultation', 'Telephone consultation', 'Home visit', 'Nurse clinic'];

export const REFERRAL_REASONS: readonly Concept[] = [
  ['308447003', 'Referral to physiotherapist'],
  ['308448008', 'Referral to counselor'],
  ['306206005', 'Referral to service'],
];

export const INVESTIGATIONS: readonly (readonly [
  code: string,
  display: string,
  observations: readonly (readonly [string, string, number, number, string])[],
])[] = [
  [
    '26604007',
    'Full blood count',
    [
      ['271026005', 'Haemoglobin concentration', 115, 170, 'g/L'],
      ['767002', 'White blood cell count', 4, 11, '10*9/L'],
    ],
  ],
  ['43396009', 'Haemoglobin A1c measurement', [['43396009', 'HbA1c level', 30, 60, 'mmol/mol']]],
  [
    '252167001',
    'Urea and electrolytes',
    [
      ['312468003', 'Serum sodium level', 133, 146, 'mmol/L'],
      ['312469006', 'Serum potassium level', 3.5, 5.3, 'mmol/L'],
    ],
  ],
];

export const GP_NAMES: readonly (readonly [prefix: string, given: string, family: string])[] = [
  ['Dr', 'Sarah', 'Black'],
  ['Dr', 'Amir', 'Rahman'],
  ['Dr', 'Helen', 'Okoro'],
  ['Dr', 'Tom', 'Fletcher'],
  ['Nurse', 'Jane', 'Price'],
  ['Nurse', 'Priya', 'Shah'],
];

export function coded(concept: readonly [string, string, ...unknown[]], text?: string): Record<string, unknown> {
  return { coding: [{ system: SNOMED, code: concept[0], display: concept[1] }], ...(text ? { text } : {}) };
}
