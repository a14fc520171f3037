/** The relation vocabulary of DESIGN.md, aligned with the PLOVER event ontology. */

export const POLARITIES = ['cooperative', 'neutral', 'hostile'] as const;
export type Polarity = (typeof POLARITIES)[number];

export const ENTITY_TYPES = ['Person', 'Country', 'Organization', 'Group', 'Topic'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

interface RelationSpec {
  polarity: Polarity;
  plover: string;
  symmetric: boolean;
}

export const RELATIONS = {
  MET_WITH: { polarity: 'neutral', plover: 'CONSULT', symmetric: true },
  VISITED: { polarity: 'neutral', plover: 'CONSULT', symmetric: false },
  DISCUSSED: { polarity: 'neutral', plover: 'DISCUSS', symmetric: false },
  URGED: { polarity: 'neutral', plover: 'REQUEST', symmetric: false },
  AGREED_WITH: { polarity: 'cooperative', plover: 'AGREE', symmetric: false },
  PRAISED: { polarity: 'cooperative', plover: 'SUPPORT', symmetric: false },
  SUPPORTS: { polarity: 'cooperative', plover: 'SUPPORT', symmetric: false },
  COOPERATES_WITH: { polarity: 'cooperative', plover: 'COOPERATE', symmetric: true },
  AIDED: { polarity: 'cooperative', plover: 'AID', symmetric: false },
  CONCEDED: { polarity: 'cooperative', plover: 'CONCEDE', symmetric: false },
  CRITICIZED: { polarity: 'hostile', plover: 'ACCUSE', symmetric: false },
  ACCUSED: { polarity: 'hostile', plover: 'ACCUSE', symmetric: false },
  OPPOSES: { polarity: 'hostile', plover: 'REJECT', symmetric: false },
  THREATENED: { polarity: 'hostile', plover: 'THREATEN', symmetric: false },
  SANCTIONED: { polarity: 'hostile', plover: 'SANCTION', symmetric: false },
  MOBILIZED_AGAINST: { polarity: 'hostile', plover: 'MOBILIZE', symmetric: false },
  COERCED: { polarity: 'hostile', plover: 'COERCE', symmetric: false },
  ATTACKED: { polarity: 'hostile', plover: 'ASSAULT', symmetric: false },
  PROTESTED: { polarity: 'hostile', plover: 'PROTEST', symmetric: false },
} as const satisfies Record<string, RelationSpec>;

export type RelationType = keyof typeof RELATIONS;
export const RELATION_TYPES = Object.keys(RELATIONS) as RelationType[];

export function isRelationType(value: string): value is RelationType {
  return Object.hasOwn(RELATIONS, value);
}

export function polarityOf(type: RelationType): Polarity {
  return RELATIONS[type].polarity;
}

export function isSymmetric(type: RelationType): boolean {
  return RELATIONS[type].symmetric;
}
