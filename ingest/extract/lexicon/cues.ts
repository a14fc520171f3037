/**
 * Cue tables (data/dictionary/verbs.json, titles.json) compiled into token-keyed indexes: verb cues
 * keyed by every inflected form of their first word, noun cues by their first word.
 */
import { readFileSync } from 'node:fs';
import type { EntityType, RelationType } from '../../../core/vocabulary.js';
import { verbForms } from './inflect.js';

export interface VerbCue {
  type: RelationType;
  rule: string;
  base: string;
  /** Further words of a multi-word cue ("talks" in "hold talks"), lower case. */
  rest: string[];
  obj: string[];
  topic: RelationType | null;
  passive: boolean;
  targets: EntityType[] | null;
  /** A reciprocal act ("clashed with", "exchanged fire"): coded in both directions. */
  mutual: boolean;
}

export interface NounCue {
  type: RelationType;
  rule: string;
  words: string[];
  obj: string[];
  agent: string[];
  topic: RelationType | null;
  pairOnly: boolean;
  /** Only targets of these types ("appeal for" takes a topic, not a person). */
  targets: EntityType[] | null;
}

/** A cue with its target between the verb and the rest: "hold X responsible", "put X on notice". */
export interface SlottedCue {
  type: RelationType;
  rule: string;
  base: string;
  /** The words after the target, lower case. */
  tail: string[];
  targets: EntityType[] | null;
}

interface SlottedRow {
  type: RelationType;
  rule: string;
  verb: string;
  tail: string;
  targets?: EntityType[];
}

interface RoleRow {
  type: RelationType;
  rule: string;
  nouns: string[];
}

interface VerbRow {
  type: RelationType;
  rule: string;
  verb: string;
  obj: string[];
  topic?: RelationType;
  passive?: boolean;
  targets?: EntityType[];
  mutual?: boolean;
}
interface NounRow {
  type: RelationType;
  rule: string;
  nouns: string[];
  obj: string[];
  agent: string[];
  topic?: RelationType;
  pairOnly?: string[];
  targets?: EntityType[];
}
interface VerbFile {
  verbs: VerbRow[];
  nouns: NounRow[];
  slotted?: SlottedRow[];
  roles?: RoleRow[];
  speech: string[];
  refuse: string[];
  threatenTo: string[];
  keepTo: string[];
  pledgeTo: string[];
  purposeVia: string[];
  compoundHeads: string[];
  blame: string[];
  evaluativeNegative: string[];
}
interface TitleFile {
  heads: string[];
  modifiers: string[];
  domains: string[];
  groups: string[];
  nonStateGroups: string[];
  individuals: string[];
  leaderHeads: string[];
}

const DATA = new URL('../../../data/dictionary/', import.meta.url);
const load = <T>(file: string): T => JSON.parse(readFileSync(new URL(file, DATA), 'utf8')) as T;

/** Map every inflected form of the first word of each phrase to [base, rest words]. */
function formIndex(phrases: string[]): Map<string, string[][]> {
  const m = new Map<string, string[][]>();
  for (const p of phrases) {
    const [head = '', ...rest] = p.split(' ');
    for (const f of verbForms(head)) {
      const l = m.get(f) ?? [];
      l.push([head, ...rest]);
      m.set(f, l);
    }
  }
  return m;
}

export class Cues {
  readonly verbs = new Map<string, VerbCue[]>();
  readonly nouns = new Map<string, NounCue[]>();
  /** Slotted cues by every inflected form of their verb. */
  readonly slotted = new Map<string, SlottedCue[]>();
  /** Role nouns ("critic", "ally") by word: the relation and rule they state. */
  readonly roles = new Map<string, { type: RelationType; rule: string }>();
  readonly speech: Map<string, string[][]>;
  readonly refuse: Map<string, string[][]>;
  readonly threatenTo: Map<string, string[][]>;
  readonly keepTo: Map<string, string[][]>;
  readonly pledgeTo: Map<string, string[][]>;
  readonly purposeVia: Map<string, string[][]>;
  readonly compoundHeads: Set<string>;
  readonly evaluative = new Map<string, string[][]>();
  readonly blame = new Map<string, string[][]>();
  readonly titleHeads: Set<string>;
  readonly titleMods: Set<string>;
  readonly titleDomains: Set<string>;
  readonly groups: Set<string>;
  readonly nonStateGroups: Set<string>;
  readonly individuals: Set<string>;
  readonly leaderHeads: Set<string>;
  /** Head nouns of topic noun phrases ("the resolution", "weapons inspections"), topics.json. */
  readonly topicHeads: Set<string>;

  constructor() {
    const v = load<VerbFile>('verbs.json');
    this.topicHeads = new Set(load<{ phraseHeads: string[] }>('topics.json').phraseHeads);
    for (const row of v.verbs) {
      const [head = '', ...rest] = row.verb.split(' ');
      const cue: VerbCue = {
        type: row.type,
        rule: row.rule,
        base: head,
        rest,
        obj: row.obj,
        topic: row.topic ?? null,
        passive: row.passive !== false,
        targets: row.targets ?? null,
        mutual: row.mutual === true,
      };
      for (const f of verbForms(head)) {
        const l = this.verbs.get(f) ?? [];
        l.push(cue);
        l.sort((a, b) => b.rest.length - a.rest.length);
        this.verbs.set(f, l);
      }
    }
    for (const row of v.nouns) {
      for (const n of row.nouns) {
        const words = n.split(' ');
        const cue: NounCue = {
          type: row.type,
          rule: row.rule,
          words,
          obj: row.obj,
          agent: row.agent,
          topic: row.topic ?? null,
          pairOnly: (row.pairOnly ?? []).includes(n),
          targets: row.targets ?? null,
        };
        const l = this.nouns.get(words[0] as string) ?? [];
        l.push(cue);
        l.sort((a, b) => b.words.length - a.words.length);
        this.nouns.set(words[0] as string, l);
      }
    }
    for (const row of v.slotted ?? []) {
      const cue: SlottedCue = { type: row.type, rule: row.rule, base: row.verb, tail: row.tail.split(' '), targets: row.targets ?? null };
      for (const f of verbForms(row.verb)) this.slotted.set(f, [...(this.slotted.get(f) ?? []), cue]);
    }
    for (const row of v.roles ?? []) for (const n of row.nouns) this.roles.set(n, { type: row.type, rule: row.rule });
    this.speech = formIndex(v.speech);
    this.refuse = formIndex(v.refuse);
    this.threatenTo = formIndex(v.threatenTo);
    this.keepTo = formIndex(v.keepTo);
    this.pledgeTo = formIndex(v.pledgeTo);
    this.purposeVia = formIndex(v.purposeVia);
    this.compoundHeads = new Set(v.compoundHeads);
    for (const e of v.blame) {
      const words = e.split(' ');
      const l = this.blame.get(words[0] as string) ?? [];
      l.push(words);
      this.blame.set(words[0] as string, l);
    }
    for (const e of v.evaluativeNegative) {
      const words = e.split(' ');
      const l = this.evaluative.get(words[0] as string) ?? [];
      l.push(words);
      this.evaluative.set(words[0] as string, l);
    }
    const t = load<TitleFile>('titles.json');
    this.titleHeads = new Set(t.heads);
    this.titleMods = new Set(t.modifiers);
    this.titleDomains = new Set(t.domains);
    this.groups = new Set(t.groups);
    this.nonStateGroups = new Set(t.nonStateGroups);
    this.individuals = new Set(t.individuals);
    this.leaderHeads = new Set(t.leaderHeads);
  }
}

let cached: Cues | null = null;

export function cues(): Cues {
  if (!cached) cached = new Cues();
  return cached;
}
