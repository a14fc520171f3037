/**
 * stancegraph's rule-based event coder: raw news text -> Extraction JSON (actors and stances with
 * evidence). Pure, synchronous, deterministic. Pipeline: paragraphs and sentences (captions, bylines
 * and datelines skipped) -> tokens -> actor mentions with coreference -> cues -> clauses -> relations
 * (negation, refusals, hypotheticals, passive, reported speech) -> assembled, deduplicated output.
 */
import type { Extraction } from '../../core/extraction.js';
import { rememberAct } from './actors/acts.js';
import { findMentions, latePairMentions } from './actors/mentions.js';
import type { ArticleActor } from './actors/registry.js';
import { Registry } from './actors/registry.js';
import type { Ctx, Mention } from './actors/types.js';
import { type ArticleMeta, assemble, type PlacedRelation } from './assemble.js';
import { dictionary } from './lexicon/build.js';
import { cues } from './lexicon/cues.js';
import { tokenFlags } from './lexicon/word-flags.js';
import { inPP, subjects } from './relations/args.js';
import { cueObjects } from './relations/objects.js';
import { clauses } from './relations/clauses.js';
import { type Frame, mentionIndex } from './relations/frame.js';
import { scan } from './relations/scan.js';
import { type Attribution, attribution } from './relations/speech.js';
import { sentenceRelations } from './relations/sentence.js';
import { splitParagraphs } from './text/sentences.js';
import { tokenize } from './text/tokens.js';

export type ExtractInput = ArticleMeta;
export { articleId } from './assemble.js';

const DATE_RE = /^\uFEFF?[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]*(?:\r?\n|$)/i;

export function extractArticle(input: ExtractInput): Extraction {
  const text = input.text;
  const date = input.date ?? DATE_RE.exec(text)?.[1] ?? null;
  const ctx: Ctx = {
    reg: new Registry(date),
    dict: dictionary(),
    cues: cues(),
    topicPerson: null,
    topicPersonAge: 0,
    topicGroup: [],
    topicThing: null,
    // Set later by the rules; present from the start so that ctx keeps one object shape.
    acts: undefined,
    actSeq: undefined,
    topicHeads: undefined,
  };
  const raw: PlacedRelation[] = [];
  for (const p of splitParagraphs(text)) {
    const frames: Frame[] = [];
    for (const s of p.sentences) {
      const toks = tokenize(text, s.start, s.end);
      const flags = tokenFlags(toks);
      const mentions = findMentions(toks, ctx);
      const mentionAt = mentionIndex(toks.length, mentions);
      const sc = scan(toks, ctx.cues, mentionAt);
      // All fields from the start (the memos undefined): one object shape for every frame.
      const f: Frame = {
        toks,
        flags,
        mentions,
        mentionAt,
        sc,
        cl: clauses(toks, sc),
        topics: undefined,
        subjMemo: undefined,
        objMemo: undefined,
      };
      frames.push(f);
      const before = ctx.topicGroup;
      updateSalience(f, ctx);
      if (ctx.topicGroup !== before && latePairMentions(toks, mentions, f.mentionAt, ctx)) {
        f.mentionAt = mentionIndex(toks.length, mentions);
        f.subjMemo = undefined;
        f.objMemo = undefined;
      }
    }
    const atts = frames.map((f) => attribution(f));
    p.sentences.forEach((s, k) => {
      const f = frames[k] as Frame;
      // A sentence without its own attribution inherits the paragraph's speaker (quotes).
      const at = atts[k] ?? inherited(atts, k);
      if (at && resolveWe(f, at)) {
        f.subjMemo = undefined;
        f.objMemo = undefined;
      }
      for (const r of sentenceRelations(f, ctx, at)) {
        r.start = s.start;
        r.end = s.end;
        raw.push(r);
      }
    });
  }
  return assemble(input, date, ctx.reg, raw);
}

const ACT_MEMORY = new Set(['SANCTIONED', 'ATTACKED', 'MOBILIZED_AGAINST', 'COERCED', 'VISITED', 'AIDED', 'CONCEDED']);

function inherited(atts: (Attribution | null)[], k: number): Attribution | null {
  let near: Attribution | null = null;
  for (let n = k + 1; n < atts.length && !near; n++) near = atts[n] ?? null;
  for (let n = k - 1; n >= 0 && !near; n--) near = atts[n] ?? null;
  return near ? { ...near, contentStart: 0, contentEnd: Number.MAX_SAFE_INTEGER } : null;
}

/** The actors of mentions, in order (a loop: flatMap is slow on this hot path). */
function actorsOf(ms: Mention[]): ArticleActor[] {
  const out: ArticleActor[] = [];
  for (const m of ms) for (const a of m.actors) out.push(a);
  return out;
}

function resolveWe(f: Frame, at: Attribution): boolean {
  let changed = false;
  for (const m of f.mentions) {
    if (m.kind === 'we' && m.i >= at.contentStart && m.i < at.contentEnd) {
      m.actors = at.speaker;
      m.coref = true;
      changed = true;
    }
  }
  return changed;
}

function updateSalience(f: Frame, ctx: Ctx): void {
  // The first person and the first country/organisation not inside a prepositional phrase.
  let person: Mention | null = null;
  let thing: Mention | null = null;
  for (const m of f.mentions) {
    if (m.actors.length !== 1 || (person && thing)) continue;
    const type = m.actors[0]?.type;
    const isPerson = type === 'Person';
    const isThing = type === 'Country' || type === 'Organization';
    if (((isPerson && !person) || (isThing && !thing)) && !inPP(f, m)) {
      if (isPerson) person = m;
      else thing = m;
    }
  }
  ctx.topicPersonAge++;
  if (person) {
    ctx.topicPerson = person.actors[0] ?? null;
    ctx.topicPersonAge = 0;
  }
  if (thing) ctx.topicThing = thing.actors[0] ?? null;
  // The doers of acts, for "the decision", "the drills" in later sentences (actors/acts.ts).
  for (const hit of f.sc.verbs) {
    if (!ACT_MEMORY.has(hit.cue.type)) continue;
    const doer = subjects(f, hit.i);
    if (doer.length === 1 && doer[0]?.actors.length === 1) rememberAct(ctx, hit.cue.type, doer[0].actors[0] as ArticleActor);
  }
  const first = f.sc.verbs[0] ?? f.sc.speech[0];
  if (first) {
    const subj = actorsOf(subjects(f, first.i));
    if (subj.length > 1) ctx.topicGroup = subj;
    else if (subj.length === 1 && 'cue' in first) {
      // "X met Y", "X held talks with Y": the pair in focus for "the two sides", "both countries".
      const pair = subj[0]?.type === 'Topic' ? [] : [subj[0] as ArticleActor];
      for (const m of cueObjects(f, first.j, first.cue.obj)) for (const a of m.actors) if (a.type !== 'Topic') pair.push(a);
      if (pair.length === 2 && pair[0] !== pair[1]) ctx.topicGroup = pair;
    }
  }
}
