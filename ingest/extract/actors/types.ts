import type { Cues } from '../lexicon/cues.js';
import type { Dictionary } from '../lexicon/dictionary.js';
import type { Token } from '../text/tokens.js';
import type { ArticleActor, Registry } from './registry.js';

export type MentionKind =
  | 'name'
  | 'title'
  | 'demonym'
  | 'metonym'
  | 'place'
  | 'ministry'
  | 'surname'
  | 'unknown'
  | 'pronoun'
  | 'we'
  | 'description';

/**
 * An actor mention: tokens [i, j) of a sentence. Plural pronouns may stand for several actors.
 * Every mention is created with all fields (plural and head undefined when not set): one object
 * shape keeps the hot property accesses monomorphic.
 */
export interface Mention {
  i: number;
  j: number;
  actors: ArticleActor[];
  kind: MentionKind;
  /** Possessive: "China's", "his", "its". */
  poss: boolean;
  /** Resolved by coreference (pronoun, description, lone surname). */
  coref: boolean;
  /** A plural group phrase ("Russian officials"): what "they" can stand for. */
  plural?: boolean;
  /** Topic noun phrases (relations/topics.ts): the token index of the head noun. */
  head?: number;
}

/** What the recogniser needs: the article registry, the lexicons, and the coreference memory. */
export interface Ctx {
  reg: Registry;
  dict: Dictionary;
  cues: Cues;
  /** First person mentioned (subject) of the latest sentence that had one: "he" in the next sentence. */
  topicPerson: ArticleActor | null;
  /** Sentences since topicPerson was last mentioned: "he" looks back at most two sentences. */
  topicPersonAge: number;
  /** Coordinated subjects of the latest sentence that had two or more: "they". */
  topicGroup: ArticleActor[];
  /** Latest country/organization subject: "it", "its". */
  topicThing: ArticleActor | null;
  /** Latest doer per act type ("the decision", "the drills": actors/acts.ts). */
  acts?: Map<import('../../../core/vocabulary.js').RelationType, import('./acts.js').ActMemory>;
  actSeq?: number;
  /** Latest Topic per head noun ("resolution"): what a later "the resolution" stands for. */
  topicHeads?: Map<string, ArticleActor>;
  /** The latest sentence's subject when it is a plural group phrase ("Mexican diplomats"): "they". */
  topicPlural: ArticleActor[] | null;
  /** The country of the article's dateline city ("TOKYO —"): what a bare "the government" is. */
  home: import('../lexicon/dictionary.js').DictActor | null;
  /** Subject of the latest sentence's first verb cue: whose "the move" / "the decision" it is, failing an act. */
  lastDoer: ArticleActor | null;
  /** Participants of the meeting in focus, with their paragraph (relations/attendance.ts). */
  attendees: { actor: ArticleActor; para: number }[];
  /** Index of the current paragraph. */
  para: number;
  /** Accurate mode: the parser's named-entity tag per token of the current sentence ("O" for none), else null. */
  ner: string[] | null;
}

export interface Sentence {
  toks: Token[];
  start: number;
  end: number;
  paragraph: number;
}
