import type { ResolvableRecord } from '@tidewatch/domain';

/**
 * A generated set of entity records with known truth (ENT-5): several records per real person, company, vessel
 * and container, written the ways reports really differ (accents lost, a second surname dropped, a Cyrillic
 * name romanised, a typo, a day and month swapped, a passport on one record only), and hard negatives: other
 * people with the same common names, related companies, sister vessels. Seeded, so every run measures one set.
 */

export interface LabelledRecord extends ResolvableRecord {
  /** The real thing the record describes; two records are a true match when these agree. */
  truth: string;
}

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN = [
  'José',
  'María',
  'Juan',
  'Ana',
  'Luis',
  'Carmen',
  'Andrés',
  'Lucía',
  'Jesús',
  'Sofía',
  'Ramón',
  'Inés',
  'Héctor',
  'Marlon',
  'Delroy',
  'Shanice',
  'Omar',
  'Kemar',
  'Tatiana',
  'Ángel',
  'Fernando',
  'Beatriz',
  'Rafael',
  'Yolanda',
  'Winston',
  'Tamika',
  'Desmond',
  'Keisha',
  'Rohan',
  'Gabriela',
  'Esteban',
  'Marisol',
  'Dwayne',
  'Nadine',
  'Julián',
  'Rocío',
];
const SURNAMES = [
  'García',
  'Rodríguez',
  'Martínez',
  'Hernández',
  'López',
  'González',
  'Pérez',
  'Sánchez',
  'Ramírez',
  'Núñez',
  'Muñoz',
  'Castañeda',
  'Brown',
  'Campbell',
  'Williams',
  'Thompson',
  'Ordóñez',
  'Peña',
  'Ibáñez',
  'Gutiérrez',
  'Valdés',
  'Acuña',
  'Morales',
  'Herrera',
  'Medina',
  'Vargas',
  'Reyes',
  'Cortés',
  'Salazar',
  'Fuentes',
  'Espinoza',
  'Montoya',
  'Clarke',
  'Bailey',
  'Grant',
  'Reid',
  'Francis',
  'Henry',
  'Lewis',
  'Walker',
];
/** Cyrillic names with two romanisations seen in reports of one person. */
const CYRILLIC: readonly [string, string, string][] = [
  ['Дмитрий Иванов', 'Dmitriy Ivanov', 'Dmitry Ivanov'],
  ['Сергей Кузнецов', 'Sergei Kuznetsov', 'Sergey Kuznetsov'],
  ['Алексей Смирнов', 'Aleksei Smirnov', 'Alexey Smirnov'],
  ['Юрий Попов', 'Yuri Popov', 'Yuriy Popov'],
  ['Николай Соколов', 'Nikolai Sokolov', 'Nikolay Sokolov'],
  ['Андрей Волков', 'Andrei Volkov', 'Andrey Volkov'],
  ['Михаил Лебедев', 'Mikhail Lebedev', 'Mihail Lebedev'],
  ['Евгений Морозов', 'Yevgeniy Morozov', 'Evgeny Morozov'],
  ['Григорий Новиков', 'Grigoriy Novikov', 'Grigory Novikov'],
  ['Василий Федоров', 'Vasiliy Fedorov', 'Vasily Fyodorov'],
];
const ORG_WORDS = [
  'Caribe',
  'Atlántico',
  'Blue',
  'Harbour',
  'Island',
  'Golden',
  'Pacific',
  'Kingston',
  'Coral',
  'Sunrise',
  'Ocean',
  'Northern',
  'Palm',
  'Trident',
  'Marlin',
];
const ORG_TAILS = ['Shipping', 'Trading', 'Logistics', 'Freight', 'Imports', 'Holdings', 'Marine', 'Exports'];
const LEGAL = ['Ltd', 'S.A.', 'LLC', 'S.A. de C.V.', 'Inc.', 'Limited', ''];
const VESSEL_WORDS = ['Star', 'Queen', 'Spirit', 'Dawn', 'Wind', 'Pride', 'Glory', 'Breeze', 'Trader', 'Venture'];

function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

export function imoWithCheckDigit(six: number): string {
  const digits = String(six).padStart(6, '0');
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += Number(digits[i]) * (7 - i);
  return `${digits}${sum % 10}`;
}

export function containerWithCheckDigit(owner: string, serial: number): string {
  const values: Record<string, number> = {};
  let value = 10;
  for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
    if (value % 11 === 0) value++;
    values[letter] = value++;
  }
  const body = `${owner}U${String(serial).padStart(6, '0')}`;
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (i < 4 ? (values[body.charAt(i)] ?? 0) : Number(body.charAt(i))) * 2 ** i;
  return `${body}${(sum % 11) % 10}`;
}

export function generateIdentities(seed = 17, people = 220): LabelledRecord[] {
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const records: LabelledRecord[] = [];
  let next = 0;
  const add = (truth: string, record: Omit<LabelledRecord, 'id' | 'truth'>) =>
    records.push({ id: `r${next++}`, truth, ...record });

  const typo = (word: string): string => {
    if (word.length < 5) return word;
    const at = 1 + Math.floor(random() * (word.length - 2));
    return `${word.slice(0, at)}${word.charAt(at + 1)}${word.charAt(at)}${word.slice(at + 2)}`;
  };

  const unusedCyrillic = [...CYRILLIC];
  for (let p = 0; p < people; p++) {
    const truth = `person${p}`;
    const year = 1960 + Math.floor(random() * 40);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const dob = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const passport = `P${Math.floor(random() * 1e8)}`;
    // Each romanised person is a different one: the set has no two real people of one Cyrillic name.
    const cyrillic = random() < 0.12 ? unusedCyrillic.pop() : undefined;
    const given = pick(GIVEN);
    const first = pick(SURNAMES);
    const second = pick(SURNAMES);
    const full = cyrillic ? cyrillic[0] : `${given} ${first} ${second}`;
    const variants = 1 + Math.floor(random() * 3);
    for (let v = 0; v < variants; v++) {
      let name = full;
      const change = random();
      if (cyrillic) name = cyrillic[v % 3] ?? full;
      else if (change < 0.3) name = stripAccents(`${given} ${first}`);
      else if (change < 0.5) name = stripAccents(full).toUpperCase();
      else if (change < 0.65) name = `${given} ${typo(stripAccents(first))} ${second}`;
      else if (change < 0.75) name = `${first} ${second}, ${given}`;
      const knownDob = random() < 0.75;
      let dateOfBirth = knownDob ? dob : null;
      if (knownDob && day <= 12 && random() < 0.1)
        dateOfBirth = `${year}-${String(day).padStart(2, '0')}-${String(month).padStart(2, '0')}`;
      const identifiers = random() < 0.35 ? [{ type: 'passport' as const, normalised: passport }] : [];
      add(truth, { kind: 'person', names: [name], dateOfBirth, identifiers });
    }
  }

  // Company names are distinct too (as a register requires), and never one name's words in another order.
  const orgNames = ORG_WORDS.flatMap((w, i) =>
    ORG_WORDS.slice(i + 1).flatMap((x) => ORG_TAILS.map((t) => `${w} ${x} ${t}`)),
  )
    .map((name) => ({ name, order: random() }))
    .sort((x, y) => x.order - y.order)
    .map((o) => o.name);
  for (let o = 0; o < 90; o++) {
    const truth = `org${o}`;
    const base = orgNames[o] ?? `Company ${o}`;
    const registration = `REG${Math.floor(random() * 1e6)}`;
    const variants = 1 + Math.floor(random() * 3);
    for (let v = 0; v < variants; v++) {
      const name =
        v === 0
          ? `${base} ${pick(LEGAL)}`
          : random() < 0.5
            ? stripAccents(base).toUpperCase()
            : `The ${base} ${pick(LEGAL)}`;
      const identifiers = random() < 0.3 ? [{ type: 'company_registration' as const, normalised: registration }] : [];
      add(truth, { kind: 'organisation', names: [name.trim()], dateOfBirth: null, identifiers });
    }
  }

  // Vessel names are drawn without replacement: a region's picture rarely holds two ships of one name.
  const vesselNames = ORG_WORDS.flatMap((w) => VESSEL_WORDS.map((v) => `${w} ${v}`))
    .map((name) => ({ name, order: random() }))
    .sort((x, y) => x.order - y.order)
    .map((v) => v.name);
  for (let s = 0; s < 80; s++) {
    const truth = `vessel${s}`;
    const name = vesselNames[s] ?? `Vessel ${s}`;
    const imo = imoWithCheckDigit(900000 + s * 37);
    const variants = 1 + Math.floor(random() * 3);
    for (let v = 0; v < variants; v++) {
      // A renamed vessel keeps its IMO number; some reports carry only the name.
      const renamed = random() < 0.15 ? `${pick(ORG_WORDS)} ${pick(VESSEL_WORDS)}` : name;
      const identifiers = random() < 0.8 ? [{ type: 'imo' as const, normalised: imo }] : [];
      add(truth, {
        kind: 'vessel',
        names: [random() < 0.5 ? `MV ${renamed}` : renamed.toUpperCase()],
        dateOfBirth: null,
        identifiers,
      });
    }
  }

  for (let c = 0; c < 80; c++) {
    const truth = `container${c}`;
    const number = containerWithCheckDigit(pick(['MSC', 'MAE', 'CMA', 'HLX', 'ZIM']), 100000 + c * 7919);
    const variants = 1 + Math.floor(random() * 2);
    for (let v = 0; v < variants; v++)
      add(truth, {
        kind: 'container',
        names: [number],
        dateOfBirth: null,
        identifiers: [{ type: 'container_number', normalised: number }],
      });
  }
  return records;
}
