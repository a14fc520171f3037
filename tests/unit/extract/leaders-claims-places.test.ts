import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers.js';

describe('governments named after leaders, claims, described countries', () => {
  it('reads "the <leader> administration/government" as the state the leader represents', () => {
    expect(triples(extract('The Reagan administration imposed sanctions on Nicaragua.'))).toEqual(['united-states SANCTIONED nicaragua']);
    expect(triples(extract('The Obama administration criticized Syria on Tuesday.'))).toContain('united-states CRITICIZED syria');
  });
  it('codes a claimed hostile act as an accusation by the claimant, not as the act', () => {
    const t = triples(extract('Kyiv claimed that Russia had shelled Ukraine overnight.'));
    expect(t).toContain('ukraine ACCUSED russia');
    expect(t).not.toContain('russia ATTACKED ukraine');
  });
  it('resolves "the Gulf state" to an earlier country other than the subject of its clause', () => {
    const t = triples(extract('Qatar hosted the talks, and Egypt later criticized the Gulf state.'));
    expect(t).toContain('egypt CRITICIZED qatar');
  });
  it('does not read "the state media" as a country', () => {
    expect(triples(extract('Iran criticized Iraq, the state media reported.'))).toEqual(['iran CRITICIZED iraq']);
  });
  it('reads a request "that X ..." as addressed to X', () => {
    expect(triples(extract('The European Union demanded that Belarus release the detained journalist.'))).toContain(
      'european-union URGED belarus',
    );
  });
  it('gives "drawing condemnation from X and Y" to both reacting parties', () => {
    const t = triples(extract('Iran launched a satellite, drawing condemnation from France and Germany.'));
    expect(t).toEqual(expect.arrayContaining(['france CRITICIZED iran', 'germany CRITICIZED iran']));
  });
});

describe('agreements, visits, meetings and situations', () => {
  it('does not turn an agreement signed with a partner into support for a Topic', () => {
    const t = triples(extract('Chile and Peru signed a fisheries agreement in Lima.'));
    expect(t).toEqual(expect.arrayContaining(['chile AGREED_WITH peru', 'peru AGREED_WITH chile']));
    expect(t.some((x) => x.includes('SUPPORTS'))).toBe(false);
  });
  it('gives "during a visit to X" to the subject of the predicate, not to the object of an infinitive', () => {
    const t = triples(extract('Spain backed Morocco in its effort to join the African Union during a visit to Rabat.'));
    expect(t).toContain('spain VISITED morocco');
    expect(t).not.toContain('african-union VISITED morocco');
  });
  it('reads "was received by X" as a meeting and an unknown city after a travel verb as a place', () => {
    const t = triples(extract('Hungarian Prime Minister Gyula Horn flew to Karachi, where he was received by President Farooq Leghari.'));
    expect(t.filter((x) => x === 'gyula-horn MET_WITH farooq-leghari' || x === 'farooq-leghari MET_WITH gyula-horn')).toHaveLength(1);
    expect(t).toContain('gyula-horn VISITED pakistan');
  });
  it('takes the place of "the situation in X" as what was discussed', () => {
    const t = triples(extract('Erdogan and Putin discussed the humanitarian situation in Libya.'));
    expect(t).toEqual(expect.arrayContaining(['recep-tayyip-erdogan DISCUSSED libya', 'vladimir-putin DISCUSSED libya']));
  });
  it('reads "called X the devil" and "was politically motivated" as criticism by the speaker', () => {
    expect(triples(extract('Iranian President Mahmoud Ahmadinejad called Israel a puppet.'))).toContain(
      'mahmoud-ahmadinejad CRITICIZED israel',
    );
    expect(triples(extract("Moscow said London's decision was politically motivated."))).toContain('russia CRITICIZED united-kingdom');
  });
  it('names a Topic through a participle clause and reads "ruled out" talks as opposition', () => {
    const x = extract('Japan ruled out talks on the disputed Kuril islands.');
    expect(triples(x)).toContain('japan OPPOSES talks-on-the-disputed-kuril-islands');
    const y = extract('The Council adopted a resolution calling for a truce in Yemen.');
    const topic = y.actors.find((a) => a.type === 'Topic');
    expect(topic?.aliases).toContain('resolution calling for a truce in Yemen');
  });
});
