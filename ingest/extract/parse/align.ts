/**
 * Lays a sentence's dependency parse over the coder's tokens. The two tokenizations differ
 * ("Russian-Chinese" is one parser token and three coder tokens), so they are joined by character
 * offsets: each coder token points at the parser token that contains its start.
 */
import type { Token } from '../text/tokens.js';
import type { ParsedSentence, ParsedToken } from './types.js';

export interface DepArc {
  rel: string;
  /** The other end: the dependent (in `kids`) or the head (in `heads`), a parser token index. */
  at: number;
}

export interface DepView {
  /** Coder token -> parser token containing its start, or -1. */
  parserOf: number[];
  /** Parser token -> the coder tokens it covers, [first, end) (first === end: none). */
  first: number[];
  end: number[];
  /** Parser token -> its outgoing and incoming enhanced++ arcs. */
  kids: DepArc[][];
  heads: DepArc[][];
  pos: string[];
  lemma: string[];
  ner: string[];
}

export function alignParse(toks: Token[], ps: ParsedSentence): DepView {
  const n = ps.tokens.length;
  const parserOf: number[] = new Array(toks.length).fill(-1);
  const first: number[] = new Array(n);
  const end: number[] = new Array(n);
  let p = 0;
  for (let i = 0; i < toks.length; i++) {
    const s = (toks[i] as Token).s;
    while (p < n && (ps.tokens[p] as ParsedToken)[1] <= s) p++;
    if (p < n && (ps.tokens[p] as ParsedToken)[0] <= s) parserOf[i] = p;
  }
  for (let k = 0; k < n; k++) first[k] = end[k] = -1;
  for (let i = 0; i < toks.length; i++) {
    const k = parserOf[i] as number;
    if (k < 0) continue;
    if (first[k] === -1) first[k] = i;
    end[k] = i + 1;
  }
  for (let k = 0; k < n; k++) if (first[k] === -1) first[k] = end[k] = 0;
  const kids: DepArc[][] = Array.from({ length: n }, () => []);
  const heads: DepArc[][] = Array.from({ length: n }, () => []);
  for (const [h, d, rel] of ps.edges) {
    if (d >= n) continue;
    (heads[d] as DepArc[]).push({ rel, at: h });
    if (h >= 0 && h < n) (kids[h] as DepArc[]).push({ rel, at: d });
  }
  return {
    parserOf,
    first,
    end,
    kids,
    heads,
    pos: ps.tokens.map((t) => t[2]),
    lemma: ps.tokens.map((t) => t[3]),
    ner: ps.tokens.map((t) => t[4]),
  };
}

/** The dependents of parser token k by one relation ("nsubj", "obl:agent"). */
export function kidsBy(d: DepView, k: number, rel: string): number[] {
  const out: number[] = [];
  for (const arc of d.kids[k] as DepArc[]) if (arc.rel === rel) out.push(arc.at);
  return out;
}

/** The named-entity tag of each coder token ("O" where the parse has none). */
export function nerPerToken(d: DepView): string[] {
  return d.parserOf.map((k) => (k >= 0 ? (d.ner[k] as string) : 'O'));
}

/** The part-of-speech tag of each coder token ("" where the parse has none). */
export function posPerToken(d: DepView): string[] {
  return d.parserOf.map((k) => (k >= 0 ? (d.pos[k] as string) : ''));
}
