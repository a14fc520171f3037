import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../../core/extraction.js';
import { articleRows, contentHash, mergeEntityRows, mergeRepresentsRows, stanceId } from '../../../ingest/load/rows.js';

const text = 'Blinken met Xi. China did not criticize Russia.';
const base: Extraction = {
  article: { id: 'a1', title: 'T', date: '2024-04-26', source: 'AP', url: null },
  actors: [
    {
      id: 'antony-blinken',
      name: 'Antony Blinken',
      type: 'Person',
      aliases: ['Blinken'],
      represents: 'united-states',
      role: 'Secretary of State',
    },
    { id: 'xi-jinping', name: 'Xi Jinping', type: 'Person', aliases: [], represents: null, role: null },
    { id: 'united-states', name: 'United States', type: 'Country', aliases: [] },
    { id: 'china', name: 'China', type: 'Country', aliases: [] },
    { id: 'russia', name: 'Russia', type: 'Country', aliases: [] },
  ],
  relations: [
    {
      source: 'antony-blinken',
      type: 'MET_WITH',
      target: 'xi-jinping',
      evidence: 'Blinken met Xi.',
      start: 0,
      end: 15,
      confidence: 0.9,
      negated: false,
      method: 'manual',
    },
    {
      source: 'antony-blinken',
      type: 'MET_WITH',
      target: 'xi-jinping',
      evidence: 'Blinken met Xi.',
      start: 0,
      end: 15,
      confidence: 0.9,
      negated: false,
      method: 'manual',
    },
    {
      source: 'china',
      type: 'CRITICIZED',
      target: 'russia',
      evidence: text.slice(16),
      start: 16,
      end: text.length,
      confidence: 0.9,
      negated: true,
      method: 'manual',
    },
  ],
};

describe('rows written for an article', () => {
  it('gives a stance the same id for the same article, source, type, target and offset, and another otherwise', () => {
    const r = { source: 'a', type: 'MET_WITH' as const, target: 'b', start: 3 };
    expect(stanceId('art', r)).toBe(stanceId('art', { ...r }));
    expect(stanceId('art', r)).not.toBe(stanceId('art', { ...r, start: 4 }));
    expect(stanceId('art', r)).not.toBe(stanceId('other', r));
    expect(stanceId('art', r)).not.toBe(stanceId('art', { ...r, type: 'CRITICIZED' }));
  });

  it('drops negated relations and duplicates, and carries polarity, PLOVER code and the article date', () => {
    const rows = articleRows(base);
    expect(rows.stances).toHaveLength(1);
    expect(rows.stances[0]!.props).toMatchObject({
      polarity: 'neutral',
      plover: 'CONSULT',
      symmetric: true,
      date: '2024-04-26',
      articleId: 'a1',
      evidence: 'Blinken met Xi.',
    });
    expect(rows.stances[0]!.props.start.toNumber()).toBe(0);
  });

  it('links people to what they represent and the article to every actor', () => {
    const rows = articleRows(base);
    expect(rows.represents).toEqual([{ person: 'antony-blinken', org: 'united-states', role: 'Secretary of State' }]);
    expect(rows.mentions.map((m) => m.entity)).toEqual(base.actors.map((a) => a.id));
    expect(rows.entities[0]).toMatchObject({ nameFolded: 'antony blinken', aliases: ['Antony Blinken', 'Blinken'] });
  });

  it('hashes the content so that a changed relation changes the hash but the article text does not', () => {
    const changed = { ...base, relations: base.relations.slice(0, 1) };
    expect(contentHash(base)).not.toBe(contentHash(changed));
    expect(contentHash(base)).toBe(contentHash({ ...base, article: { ...base.article, text: 'x'.repeat(20) } }));
  });

  it('merges rows of one entity from several articles: first name wins, aliases are united, sorted by id', () => {
    const merged = mergeEntityRows([
      { id: 'b', name: 'B', nameFolded: 'b', type: 'Person', aliases: ['B1'], role: null, country: null },
      { id: 'a', name: 'A', nameFolded: 'a', type: 'Country', aliases: [], role: null, country: null },
      { id: 'b', name: 'Bee', nameFolded: 'bee', type: 'Person', aliases: ['B2', 'B1'], role: 'r', country: 'a' },
    ]);
    expect(merged.map((e) => e.id)).toEqual(['a', 'b']);
    expect(merged[1]).toMatchObject({ name: 'B', aliases: ['B1', 'B2'], role: 'r', country: 'a' });
  });

  it('keeps one REPRESENTS row per person and organisation, the last role given winning over earlier ones', () => {
    const merged = mergeRepresentsRows([
      { person: 'p', org: 'us', role: 'senator' },
      { person: 'p', org: 'un', role: null },
      { person: 'p', org: 'us', role: 'secretary of state' },
      { person: 'p', org: 'us', role: null },
    ]);
    expect(merged).toEqual([
      { person: 'p', org: 'us', role: 'secretary of state' },
      { person: 'p', org: 'un', role: null },
    ]);
  });
});
