import { freeze, label, type Localized } from './localized';

/**
 * The five-step framework of the OECD Due Diligence Guidance for Responsible
 * Supply Chains of Minerals from Conflict-Affected and High-Risk Areas.
 */
export type OecdStepNumber = 1 | 2 | 3 | 4 | 5;

export interface OecdStep {
  number: OecdStepNumber;
  title: Localized;
}

export const OECD_STEPS: readonly OecdStep[] = freeze([
  {
    number: 1,
    title: {
      en: 'Establish strong company management systems',
      fr: "Établir des systèmes de gestion solides au sein de l'entreprise",
      es: 'Establecer sistemas sólidos de gestión empresarial',
    },
  },
  {
    number: 2,
    title: {
      en: 'Identify and assess risks in the supply chain',
      fr: "Identifier et évaluer les risques dans la chaîne d'approvisionnement",
      es: 'Identificar y evaluar los riesgos en la cadena de suministro',
    },
  },
  {
    number: 3,
    title: {
      en: 'Design and implement a strategy to respond to identified risks',
      fr: 'Concevoir et mettre en œuvre une stratégie pour répondre aux risques identifiés',
      es: 'Diseñar y aplicar una estrategia para responder a los riesgos identificados',
    },
  },
  {
    number: 4,
    title: {
      en: 'Carry out independent third-party audit of supply chain due diligence at identified points in the supply chain',
      fr: "Effectuer un audit indépendant, par une tierce partie, du devoir de diligence à des points déterminés de la chaîne d'approvisionnement",
      es: 'Realizar una auditoría independiente, por terceros, de la debida diligencia en puntos identificados de la cadena de suministro',
    },
  },
  {
    number: 5,
    title: {
      en: 'Report annually on supply chain due diligence',
      fr: "Rendre compte chaque année du devoir de diligence dans la chaîne d'approvisionnement",
      es: 'Informar anualmente sobre la debida diligencia en la cadena de suministro',
    },
  },
] satisfies OecdStep[]);

export function isOecdStep(value: unknown): value is OecdStepNumber {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

/** The step's title in `lang` (falls back to English); undefined for anything but 1 to 5. */
export function oecdStepTitle(step: number, lang?: string | null): string | undefined {
  const found = OECD_STEPS.find((s) => s.number === step);
  return found && label(found.title, lang);
}
