/** A small stance graph whose text exercises every escaping rule, as an export source. */
import type { ContractEdge, ContractNode } from '../../../export/schema.js';
import type { ExportSource, StanceItem } from '../../../export/spool.js';

export const TRICKY = {
  quotes: 'He said "no" and \'never\'',
  markup: 'Tom & Jerry <script>alert(1)</script> ]]> &amp;',
  scripts: 'Путин · 习近平 · أردوغان · नरेंद्र मोदी',
  emoji: 'Peace 🕊️ talks 🇺🇦🤝🇨🇳 👍🏽',
  newlines: 'line one\nline two\r\nline three\ttabbed',
  commas: 'a, b; c | d',
};

export const NODES: ContractNode[] = [
  { key: 'zeta-org', attributes: { label: TRICKY.markup, entityType: 'Organization', aliases: [], country: null, role: null } },
  {
    key: 'alpha-person',
    attributes: {
      label: TRICKY.scripts,
      entityType: 'Person',
      aliases: [TRICKY.quotes, TRICKY.commas, TRICKY.emoji],
      country: 'mid-country',
      role: TRICKY.newlines,
    },
  },
  {
    key: 'mid-country',
    attributes: { label: 'Mid "Country"', entityType: 'Country', aliases: ['MC'], country: null, role: 'bare\nnewline' },
  },
];

const stance = (key: string, source: string, target: string, over: Partial<ContractEdge['attributes']>): ContractEdge => ({
  key,
  source,
  target,
  attributes: {
    relation: 'MET_WITH',
    polarity: 'neutral',
    plover: 'CONSULT',
    symmetric: true,
    date: '2024-04-26',
    confidence: 1,
    evidence: 'plain',
    articleId: 'article-1',
    method: 'manual',
    start: 0,
    end: 5,
    sourcePerson: null,
    targetPerson: null,
    ...over,
  },
});

/** Edges in id order; s1 and s2 are parallel (A met and criticized B). */
export const EDGES: ContractEdge[] = [
  stance('s1', 'alpha-person', 'zeta-org', { evidence: TRICKY.quotes + ' ' + TRICKY.markup }),
  stance('s2', 'alpha-person', 'zeta-org', {
    relation: 'CRITICIZED',
    polarity: 'hostile',
    plover: 'ACCUSE',
    symmetric: false,
    confidence: 0.75,
    evidence: TRICKY.newlines + ' ' + TRICKY.emoji,
    start: 10,
    end: 99,
  }),
  stance('s3', 'zeta-org', 'mid-country', {
    date: null,
    evidence: TRICKY.scripts,
    relation: 'PRAISED',
    polarity: 'cooperative',
    plover: 'SUPPORT',
    symmetric: false,
  }),
];

export const nodeByKey = (key: string) => NODES.find((n) => n.key === key)!;

/** The fixture as a source; `failAfter` throws after that many items (a failure mid-way). */
export function fixtureSource(options: { failAfter?: number; isolated?: ContractNode[]; edges?: ContractEdge[] } = {}): ExportSource {
  const edges = options.edges ?? EDGES;
  async function* items(): AsyncGenerator<StanceItem> {
    for (const [i, edge] of edges.entries()) {
      if (options.failAfter !== undefined && i >= options.failAfter) throw new Error('database went away');
      yield { edge, source: nodeByKey(edge.source), target: nodeByKey(edge.target) };
    }
  }
  return { items: items(), isolatedNodes: async () => options.isolated ?? [], truncated: () => false };
}
