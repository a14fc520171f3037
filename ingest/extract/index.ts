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
import { BE } from './actors/words.js';
import { type ArticleMeta, assemble, type PlacedRelation } from './assemble.js';
import { dictMatchAt } from './actors/dictmatch.js';
import { dictionary } from './lexicon/build.js';
import type { DictActor } from './lexicon/dictionary.js';
import { cues } from './lexicon/cues.js';
import { tokenFlags } from './lexicon/word-flags.js';
import { inPP, subjects } from './relations/args.js';
import { cueObjects, objects } from './relations/objects.js';
import { clauses } from './relations/clauses.js';
import { type Frame, mentionIndex } from './relations/frame.js';
import { scan } from './relations/scan.js';
import { type Attribution, attribution } from './relations/speech.js';
import { sentenceRelations } from './relations/sentence.js';
import { splitParagraphs } from './text/sentences.js';
import { type Token, tokenize } from './text/tokens.js';
import { alignParse, nerPerToken, posPerToken } from './parse/align.js';
import type { ParsedArticle, ParsedSentence } from './parse/types.js';

/** An article, with its dependency parse in accurate mode (parse/parse-article.ts). */
export type ExtractInput = ArticleMeta & { parse?: ParsedArticle };
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
    lastDoer: null,
    home: null,
    topicPlural: null,
    attendees: [],
    para: -1,
    ner: null,
  };
  const raw: PlacedRelation[] = [];
  const parsed = new Map<number, ParsedSentence>();
  for (const ps of input.parse?.sentences ?? []) parsed.set(ps.start, ps);
  for (const p of splitParagraphs(text)) {
    ctx.para++;
    if (ctx.para === 0 && p.sentences[0]) {
      const first = p.sentences[0].start;
      ctx.home = datelineCountry(text, text.lastIndexOf('\n', first - 1) + 1, first, ctx);
    }
    const frames: Frame[] = [];
    for (const s of p.sentences) {
      const toks = tokenize(text, s.start, s.end);
      const flags = tokenFlags(toks);
      const dep = parsedAt(parsed, s.start, s.end, toks);
      ctx.ner = dep ? nerPerToken(dep) : null;
      const mentions = findMentions(toks, ctx);
      const mentionAt = mentionIndex(toks.length, mentions);
      const sc = scan(toks, ctx.cues, mentionAt, dep ? posPerToken(dep) : undefined);
      // All fields from the start (the memos undefined): one object shape for every frame.
      const f: Frame = {
        toks,
        flags,
        mentions,
        mentionAt,
        sc,
        cl: clauses(toks, sc),
        topics: undefined,
        dep,
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
      const near = atts[k] ?? inherited(atts, k);
      const at = near === atts[k] || (near && (quoted(text, s.start, s.end) || hasWe(f.mentions))) ? near : null;
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

/** The parse of the sentence [start, end) laid over its tokens, when the parse covers exactly that span. */
function parsedAt(parsed: Map<number, ParsedSentence>, start: number, end: number, toks: Token[]) {
  const ps = parsed.size > 0 ? parsed.get(start) : undefined;
  return ps && ps.end === end ? alignParse(toks, ps) : undefined;
}

const ACT_MEMORY = new Set(['SANCTIONED', 'ATTACKED', 'MOBILIZED_AGAINST', 'COERCED', 'VISITED', 'AIDED', 'CONCEDED']);

function inherited(atts: (Attribution | null)[], k: number): Attribution | null {
  let near: Attribution | null = null;
  for (let n = k + 1; n < atts.length && !near; n++) near = atts[n] ?? null;
  for (let n = k - 1; n >= 0 && !near; n--) near = atts[n] ?? null;
  return near ? { ...near, contentStart: 0, contentEnd: Number.MAX_SAFE_INTEGER } : null;
}

/**
 * Does the sentence quote someone (a quotation mark; or "we"/"I", tested by the caller)? Only quotes
 * inherit the paragraph's speaker: "China's foreign ministry rejected the criticism" after "Pompeo
 * said ..." is not Pompeo's.
 */
function quoted(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 34 || c === 0x201c || c === 0x201d) return true;
  }
  return false;
}

/** "TOKYO —", "MOSCOW (Reuters) —": the country whose capital or city the dateline names ("the government"). */
function datelineCountry(text: string, from: number, to: number, ctx: Ctx): DictActor | null {
  if (to - from < 3) return null;
  const toks = tokenize(text, from, to);
  for (const t of toks) t.cap = true;
  const e = toks.length > 0 ? dictMatchAt(toks, 0, ctx.dict) : null;
  if (!e || (e.kind !== 'metonym' && e.kind !== 'place')) return null;
  return e.actor.type === 'Country' ? e.actor : null;
}

function hasWe(ms: Mention[]): boolean {
  for (const m of ms) if (m.kind === 'we') return true;
  return false;
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
    // "were shot down by Cuban fighters": the by-agent of a passive act is its doer.
    let by = -1;
    if (BE.has(f.toks[hit.i - 1]?.l ?? '')) for (let k = hit.j; k < hit.j + 4 && by < 0; k++) if (f.toks[k]?.l === 'by') by = k;
    const doer = by >= 0 ? objects(f, by, { preps: ['by'] }) : subjects(f, hit.i);
    if (doer.length === 1 && doer[0]?.actors.length === 1) rememberAct(ctx, hit.cue.type, doer[0].actors[0] as ArticleActor);
  }
  const first = f.sc.verbs[0] ?? f.sc.speech[0];
  if (f.sc.verbs[0]) {
    const doer = subjects(f, f.sc.verbs[0].i);
    if (doer.length === 1 && doer[0]?.actors.length === 1 && doer[0].actors[0]?.type !== 'Topic')
      ctx.lastDoer = doer[0].actors[0] as ArticleActor;
  }
  if (first) {
    // "Mexican diplomats met with both sides. They urged ...": a plural group subject is what "they" stands for.
    const sm = subjects(f, first.i);
    // ("They urged ...": a plural pronoun subject keeps the group it stands for.)
    const keeps = sm.length === 1 && sm[0]?.kind === 'pronoun' && ctx.topicPlural !== null && sm[0].actors === ctx.topicPlural;
    if (!keeps) ctx.topicPlural = sm.length === 1 && sm[0]?.plural === true && sm[0].kind !== 'pronoun' ? sm[0].actors : null;
    const subj = actorsOf(sm);
    if (subj.length > 1) ctx.topicGroup = subj;
    else if (subj.length === 1 && 'cue' in first) {
      // "X met Y", "X held talks with Y": the pair in focus for "the two sides", "both countries".
      const pair = subj[0]?.type === 'Topic' ? [] : [subj[0] as ArticleActor];
      for (const m of cueObjects(f, first.j, first.cue.obj)) for (const a of m.actors) if (a.type !== 'Topic') pair.push(a);
      if (pair.length === 2 && pair[0] !== pair[1]) ctx.topicGroup = pair;
    }
  }
}
