// Shared declaration fixtures for the tests: real RMI templates filled by
// fillDeclarationTemplate, in a non-English display language.
import type { DeclarationSpec } from '../template-writer';

export const CMRT_SPEC: DeclarationSpec = {
  companyName: 'Fournisseur Exemple SAS',
  scope: 'B',
  contact: { name: 'Ana Contact', email: 'ana@example.com', phone: '+33 1 23 45 67 89' },
  authorizer: { name: 'Bo Authorizer', title: 'CEO', email: 'bo@example.com' },
  effectiveDate: '2025-06-30',
  answers: { Q1: { GOLD: { answer: 'Yes', comment: 'plating' } }, H: { answer: 'No', comment: 'not listed' } },
  smelters: [
    { metal: 'GOLD', cid: 'CID002030', lookupName: 'AGR Mathey' },
    { metal: 'TIN', cid: 'CID001070', viaInputColumn: true },
    { metal: 'TIN', notListed: { name: 'Bangka Timah Smelting', country: 'INDONESIA' } },
    { metal: 'TUNGSTEN', notYetIdentified: true },
    { metal: 'TANTALUM', cid: 'CID002030', lookupName: 'AGR Mathey' },
    { metal: 'GOLD', cid: 'CID999999', lookupName: 'Some Refinery' },
    { metal: 'GOLD', cid: 'CID002030', lookupName: 'AGR Mathey' },
  ],
  products: [{ number: 'P-1', name: 'Widget' }],
};

export const EMRT_SPEC: DeclarationSpec = {
  companyName: 'Beispiel Lieferant GmbH',
  metals: ['COBALT', 'MICA', 'LITHIUM'],
  smelters: [
    { metal: 'COBALT', cid: 'CID003264' },
    { metal: 'MICA', notListed: { name: 'Jharkhand Mica Processing', country: 'INDIA' } },
    { metal: 'LITHIUM', notYetIdentified: true },
  ],
};
