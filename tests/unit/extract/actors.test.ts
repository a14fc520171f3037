import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers.js';

describe('actors', () => {
  it('finds dictionary people with their role and country at the article date', () => {
    const x = extract('U.S. Secretary of State Antony Blinken met with Chinese President Xi Jinping on Friday.');
    const blinken = x.actors.find((a) => a.id === 'antony-blinken');
    expect(blinken).toMatchObject({ type: 'Person', represents: 'united-states', role: 'Secretary of State' });
    expect(x.actors.find((a) => a.id === 'xi-jinping')?.represents).toBe('china');
  });
  it('builds a Person with role and country from the title when the name is in no dictionary', () => {
    const x = extract('Zimbabwean Prime Minister Robert Mugabe criticized Britain on Monday.');
    expect(x.actors.find((a) => a.id === 'robert-mugabe')).toMatchObject({
      type: 'Person',
      role: 'Prime Minister',
      represents: 'zimbabwe',
    });
    expect(triples(x)).toContain('robert-mugabe CRITICIZED united-kingdom');
  });
  it('gives a spokesperson the country of the ministry mentioned before', () => {
    const x = extract("China's Foreign Ministry issued a statement. Ministry spokesperson Zhang Wei condemned Japan.");
    expect(x.actors.find((a) => a.id === 'zhang-wei')).toMatchObject({ type: 'Person', represents: 'china' });
    expect(triples(x)).toContain('zhang-wei CRITICIZED japan');
  });
  it('reads capitals and demonyms as their country', () => {
    const x = extract('Washington imposed sanctions on Moscow. Kyiv welcomed the decision and praised Washington.');
    expect(triples(x)).toContain('united-states SANCTIONED russia');
    expect(triples(x)).toContain('ukraine PRAISED united-states');
  });
  it('keeps unknown proper names as actors', () => {
    const x = extract('Rebel commander Ahmed Farouk met with Sudanese officials.');
    expect(x.actors.map((a) => a.id)).toContain('ahmed-farouk');
  });
  it('keeps two name particles inside a name ("Hans van den Broek", "Jean de la Fontaine")', () => {
    const x = extract(
      'Dutch Foreign Minister Hans van den Broek met Jean de la Fontaine in Athens. Van den Broek later criticized Athens.',
      '1994-03-28',
    );
    const t = triples(x);
    expect(t).toContain('hans-van-den-broek MET_WITH jean-de-la-fontaine');
    expect(t).toContain('hans-van-den-broek CRITICIZED greece');
    expect(x.actors.map((a) => a.id)).not.toContain('broek');
  });
});

describe('coreference', () => {
  it('resolves he and his to the last person subject', () => {
    const x = extract('Russian Defense Minister Sergei Shoigu arrived in Beijing on Monday. He praised China for its support.');
    expect(triples(x)).toContain('sergei-shoigu PRAISED china');
  });
  it('resolves a surname to the person introduced earlier', () => {
    const x = extract('Chinese Foreign Minister Wang Yi met Antony Blinken. Later, Wang criticized Japan.');
    expect(triples(x)).toContain('wang-yi CRITICIZED japan');
  });
  it('resolves the Chinese leader and the alliance', () => {
    const x = extract(
      'Xi Jinping met Vladimir Putin. The Chinese leader praised Russia. NATO met in Brussels. The alliance condemned Russia.',
    );
    expect(triples(x)).toContain('xi-jinping PRAISED russia');
    expect(triples(x)).toContain('nato CRITICIZED russia');
  });
});

describe('a bloc’s own people', () => {
  it('reads "ASEAN foreign ministers" as ASEAN, and a later "they" and "the ministers" as the same bloc', () => {
    const t = triples(
      extract(
        'ASEAN foreign ministers condemned Myanmar on Thursday. They urged Myanmar to free Aung San Suu Kyi.\n\nThe ministers also criticized China.',
        '2007-09-27',
      ),
    );
    expect(t).toContain('asean CRITICIZED myanmar');
    expect(t).toContain('asean URGED myanmar');
    expect(t).toContain('asean CRITICIZED china');
  });
});
