import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers.js';

describe('mutual agreements and the pair in focus', () => {
  it('codes "X and Y agreed" as AGREED_WITH in both directions', () => {
    const t = triples(extract('Peru and Chile agreed to reopen their shared border crossings.'));
    expect(t).toEqual(expect.arrayContaining(['peru AGREED_WITH chile', 'chile AGREED_WITH peru']));
  });
  it('reads "the two sides" as the countries of the two people who just met', () => {
    const t = triples(
      extract('Indonesian President Joko Widodo met Japanese Prime Minister Fumio Kishida in Tokyo. The two sides agreed to expand trade.'),
    );
    expect(t).toEqual(expect.arrayContaining(['indonesia AGREED_WITH japan', 'japan AGREED_WITH indonesia']));
  });
  it('does not read "the two teams" as the pair of actors', () => {
    const t = triples(extract('Xi Jinping met Joe Biden. He asked the two teams to prepare a joint statement.'));
    expect(t.filter((x) => x.includes('URGED'))).toEqual([]);
  });
  it('codes a signed deal between coordinated parties both ways', () => {
    const t = triples(extract('Kenya and Ethiopia signed a security agreement on Tuesday.'));
    expect(t).toEqual(expect.arrayContaining(['kenya AGREED_WITH ethiopia', 'ethiopia AGREED_WITH kenya']));
  });
});

describe('more cues of diplomatic prose', () => {
  it('reads "spoke in support of" and "lined up behind" as support, not as a meeting', () => {
    const t = triples(extract('Poland and Estonia spoke in support of Ukraine, and Latvia lined up behind the Polish position.'));
    expect(t).toEqual(expect.arrayContaining(['poland SUPPORTS ukraine', 'estonia SUPPORTS ukraine', 'latvia SUPPORTS poland']));
    expect(t.some((x) => x.includes('MET_WITH'))).toBe(false);
  });
  it('reads "lashed out at" as criticism and "pushed back against" as opposition', () => {
    expect(triples(extract('Venezuela lashed out at Guyana over the oil concessions.'))).toContain('venezuela CRITICIZED guyana');
    expect(triples(extract('Germany pushed back against France on the budget rules.'))).toContain('germany OPPOSES france');
  });
  it('reads the arrival of a person in a country as a visit', () => {
    expect(triples(extract("Olaf Scholz's arrival in Brazil was delayed by fog."))).toContain('olaf-scholz VISITED brazil');
  });
  it('gives a meeting to every object repeated with its preposition', () => {
    const t = triples(extract('Antony Blinken held meetings with Wang Yi, with Xi Jinping, and with Li Qiang.'));
    expect(t).toEqual(
      expect.arrayContaining(['antony-blinken MET_WITH wang-yi', 'antony-blinken MET_WITH xi-jinping', 'antony-blinken MET_WITH li-qiang']),
    );
  });
  it('reads "received visiting X" as a meeting, not as a visit to a person', () => {
    const t = triples(extract('Narendra Modi received visiting Australian Prime Minister Anthony Albanese in New Delhi.'));
    expect(t).toContain('narendra-modi MET_WITH anthony-albanese');
    expect(t.some((x) => x.includes('VISITED anthony-albanese'))).toBe(false);
  });
  it('makes the describer the critic of what he describes as hypocritical', () => {
    expect(triples(extract('Hakan Fidan described the Swedish decision as hypocritical.'))).toContain('hakan-fidan CRITICIZED sweden');
  });
});

describe('names and topics', () => {
  it('keeps a sentence-initial unknown surname when a verb cue follows', () => {
    const t = triples(extract('Ortega condemned the United States on Monday.'));
    expect(t).toContain('ortega CRITICIZED united-states');
  });
  it('skips a sentence-initial capitalised word that no cue follows', () => {
    const x = extract('Tensions rose on Monday.');
    expect(x.actors.map((a) => a.id)).not.toContain('tensions');
  });
  it('reads a name with "of" inside as one named topic, not as people', () => {
    const x = extract('Troops patrolled the Line of Actual Control as Rajnath Singh met Dong Jun.');
    expect(x.actors.find((a) => a.id === 'line-of-actual-control')?.type).toBe('Topic');
    expect(triples(x)).not.toContain('rajnath-singh MET_WITH line-of-actual-control');
  });
});
