import { freeze, label, type Localized } from './localized';

/** Mineral identifiers of the API: lowercase English names. Add a mineral here (and in MINERALS). */
export const MINERAL_IDS = ['tin', 'tantalum', 'tungsten', 'gold', 'cobalt', 'copper', 'graphite', 'lithium', 'mica', 'nickel'] as const;
export type MineralId = (typeof MINERAL_IDS)[number];

/** 3TG: the conflict minerals (tin, tantalum, tungsten, gold); EXTENDED: the others (EMRT scope). */
export type MineralGroup = '3TG' | 'EXTENDED';

/** The smelter registry's `Metal` GraphQL enum (upper case). */
export const METALS = ['TANTALUM', 'TIN', 'TUNGSTEN', 'GOLD', 'COBALT', 'COPPER', 'GRAPHITE', 'LITHIUM', 'MICA', 'NICKEL', 'OTHER'] as const;
export type Metal = (typeof METALS)[number];

export interface Mineral {
  id: MineralId;
  name: Localized;
  group: MineralGroup;
  metal: Metal;
}

export const MINERALS: readonly Mineral[] = freeze([
  { id: 'tin', name: { en: 'Tin', fr: 'Étain', es: 'Estaño' }, group: '3TG', metal: 'TIN' },
  { id: 'tantalum', name: { en: 'Tantalum', fr: 'Tantale', es: 'Tantalio' }, group: '3TG', metal: 'TANTALUM' },
  { id: 'tungsten', name: { en: 'Tungsten', fr: 'Tungstène', es: 'Tungsteno' }, group: '3TG', metal: 'TUNGSTEN' },
  { id: 'gold', name: { en: 'Gold', fr: 'Or', es: 'Oro' }, group: '3TG', metal: 'GOLD' },
  { id: 'cobalt', name: { en: 'Cobalt', fr: 'Cobalt', es: 'Cobalto' }, group: 'EXTENDED', metal: 'COBALT' },
  { id: 'copper', name: { en: 'Copper', fr: 'Cuivre', es: 'Cobre' }, group: 'EXTENDED', metal: 'COPPER' },
  { id: 'graphite', name: { en: 'Graphite', fr: 'Graphite', es: 'Grafito' }, group: 'EXTENDED', metal: 'GRAPHITE' },
  { id: 'lithium', name: { en: 'Lithium', fr: 'Lithium', es: 'Litio' }, group: 'EXTENDED', metal: 'LITHIUM' },
  { id: 'mica', name: { en: 'Mica', fr: 'Mica', es: 'Mica' }, group: 'EXTENDED', metal: 'MICA' },
  { id: 'nickel', name: { en: 'Nickel', fr: 'Nickel', es: 'Níquel' }, group: 'EXTENDED', metal: 'NICKEL' },
] satisfies Mineral[]);

const mineralById: ReadonlyMap<string, Mineral> = new Map(MINERALS.map((m) => [m.id, m]));
const mineralByMetal: ReadonlyMap<string, Mineral> = new Map(MINERALS.map((m) => [m.metal, m]));
const metals: ReadonlySet<string> = new Set(METALS);

export function isMineral(id: unknown): id is MineralId {
  return typeof id === 'string' && mineralById.has(id);
}

export function getMineral(id: string): Mineral | undefined {
  return mineralById.get(id);
}

export function mineralsOfGroup(group: MineralGroup): Mineral[] {
  return MINERALS.filter((m) => m.group === group);
}

/** The mineral's name in `lang` (falls back to English); undefined for an unknown id. */
export function mineralName(id: string, lang?: string | null): string | undefined {
  const mineral = mineralById.get(id);
  return mineral && label(mineral.name, lang);
}

export function isMetal(value: unknown): value is Metal {
  return typeof value === 'string' && metals.has(value);
}

/** `tin` -> `TIN`; undefined for an unknown id. */
export function mineralToMetal(id: string): Metal | undefined {
  return mineralById.get(id)?.metal;
}

/** `TIN` -> `tin`; undefined for `OTHER` and unknown values. */
export function metalToMineral(metal: string): MineralId | undefined {
  return mineralByMetal.get(metal)?.id;
}
