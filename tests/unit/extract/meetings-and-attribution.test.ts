import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers.js';

/** Symmetric MET_WITH in either direction. */
const met = (t: string[], a: string, b: string) => t.includes(`${a} MET_WITH ${b}`) || t.includes(`${b} MET_WITH ${a}`);

describe('participants of one meeting', () => {
  it('pairs the convener of "a meeting of X with ..., among them A and B" with every listed participant, and them with each other', () => {
    const t = triples(
      extract(
        'The plan was approved at a meeting of Prime Minister Shinzo Abe with senior ministers, among them Foreign Minister Fumio Kishida and Defense Minister Itsunori Onodera.',
        '2014-05-02',
      ),
    );
    expect(met(t, 'shinzo-abe', 'fumio-kishida')).toBe(true);
    expect(met(t, 'shinzo-abe', 'itsunori-onodera')).toBe(true);
    expect(met(t, 'fumio-kishida', 'itsunori-onodera')).toBe(true);
  });
  it('reads "chaired by", "Taking part were" and "also attended" across sentences as one meeting', () => {
    const t = triples(
      extract(
        "The emergency session was chaired by Indonesian Foreign Minister Retno Marsudi.\n\nTaking part were Malaysian Foreign Minister Saifuddin Abdullah and Thai Foreign Minister Don Pramudwinai. Singapore's foreign minister, Vivian Balakrishnan, also attended.",
        '2021-03-02',
      ),
    );
    for (const [a, b] of [
      ['retno-marsudi', 'saifuddin-abdullah'],
      ['retno-marsudi', 'don-pramudwinai'],
      ['saifuddin-abdullah', 'don-pramudwinai'],
      ['vivian-balakrishnan', 'retno-marsudi'],
      ['vivian-balakrishnan', 'don-pramudwinai'],
    ])
      expect(met(t, a as string, b as string)).toBe(true);
  });
  it('gives a fronted "In talks with A, the head of X, and B" to the main clause subject, and pairs A with B', () => {
    const t = triples(
      extract(
        'Ukrainian President Volodymyr Zelensky arrived in Brussels. In talks on Monday with Jens Stoltenberg, the head of NATO, and Ursula von der Leyen, who leads the European Commission, the Ukrainian president renewed his request for air defence.',
        '2023-02-09',
      ),
    );
    expect(met(t, 'volodymyr-zelensky', 'jens-stoltenberg')).toBe(true);
    expect(met(t, 'volodymyr-zelensky', 'ursula-von-der-leyen')).toBe(true);
    expect(met(t, 'jens-stoltenberg', 'ursula-von-der-leyen')).toBe(true);
  });
  it('codes talks with partners listed after "including" one by one, without pairing the examples', () => {
    const t = triples(
      extract('Canada was in talks with its allies, including Japan and the European Union, about new measures.', '2022-03-01'),
    );
    expect(t).toEqual(expect.arrayContaining(['canada MET_WITH japan', 'canada MET_WITH european-union']));
    expect(met(t, 'japan', 'european-union')).toBe(false);
  });
  it('does not read a gerund after a hypothetical main clause as a fact ("would decide ..., after consulting X")', () => {
    const t = triples(
      extract('Norway would decide on its response in the coming days, after consulting Sweden and Denmark.', '2022-03-01'),
    );
    expect(t).toEqual([]);
  });
});

describe('actors the dictionary does not hold', () => {
  it('keeps a modal-looking surname in a name ("Theresa May praised ...", later "May said")', () => {
    const t = triples(extract('British Prime Minister Theresa May praised Canada. May later met Justin Trudeau.', '2018-04-01'));
    expect(t).toEqual(expect.arrayContaining(['theresa-may PRAISED canada', 'theresa-may MET_WITH justin-trudeau']));
  });
  it('reads capitalised "Al-" particles inside long Arabic names', () => {
    const x = extract('Bahraini Foreign Minister Sheikh Khalid bin Ahmed bin Mohammed Al-Khalifa met Kuwaiti officials.', '2011-04-03');
    expect(x.actors.map((a) => a.id)).toContain('khalid-bin-ahmed-bin-mohammed-al-khalifa');
  });
  it('resolves "the council" to the latest council of the article, and an organisation\'s own unknown body to the organisation', () => {
    const t = triples(
      extract(
        "ECOWAS's Mediation Council met in Abuja. The council condemned Niger's junta and urged Mali to hold elections.",
        '2023-06-01',
      ),
    );
    expect(t).toEqual(expect.arrayContaining(['ecowas CRITICIZED niger', 'ecowas URGED mali']));
  });
  it('identifies "the Japanese foreign minister" with a foreign minister named earlier without a country', () => {
    const t = triples(
      extract(
        'Foreign Minister Yoriko Kawaguchi flew to Seoul on Monday. On Tuesday, the Japanese foreign minister held talks with South Korean Defense Minister Cho Young-kil.',
        '2003-03-01',
      ),
    );
    expect(met(t, 'yoriko-kawaguchi', 'cho-young-kil')).toBe(true);
  });
  it('lets an apposition give an unknown person a country ("X, the U.S. envoy to the region, said Washington was pressing ...")', () => {
    const t = triples(extract('Robert Malley, the U.S. envoy to the talks, said Washington was pressing Iran hard.', '2021-05-01'));
    expect(t).toContain('robert-malley URGED iran');
  });
  it('reads "Western governments" and "Iran\'s armed forces" as the West and Iran', () => {
    expect(triples(extract('Western governments condemned Belarus.'))).toContain('the-west CRITICIZED belarus');
    expect(triples(extract("Iran's armed forces attacked Iraqi Kurdistan.", '2022-09-28'))).toContain('iran ATTACKED iraq');
  });
  it('reads "Maduro\'s government" as Venezuela', () => {
    expect(triples(extract("Brazil imposed sanctions on Maduro's government.", '2019-01-01'))).toContain('brazil SANCTIONED venezuela');
  });
});

describe('cues and their readings', () => {
  it('reads refusing to rule out a hostile measure as a threat', () => {
    const t = triples(extract("Canada's trade minister, Mary Ng, refused on Friday to rule out sanctions against Niger.", '2023-08-04'));
    expect(t).toContain('mary-ng THREATENED niger');
  });
  it('reads "expressed concern that X ..." as criticism of X', () => {
    expect(triples(extract('The European Union expressed concern that Serbian troops had moved closer to Kosovo.'))).toContain(
      'european-union CRITICIZED serbia',
    );
  });
  it("takes a speech verb after a fronted phrase as the speaker's, not as a post-posed attribution", () => {
    const t = triples(extract('At a news conference in Ankara, the minister described Sweden as a haven for terrorism.', '2023-01-01'));
    expect(t).not.toContain('sweden CRITICIZED turkey');
    const u = triples(
      extract('At a news conference, Turkish Foreign Minister Mevlut Cavusoglu described Sweden as hypocritical.', '2023-01-01'),
    );
    expect(u).toContain('mevlut-cavusoglu CRITICIZED sweden');
  });
  it('does not read verb forms after an article or a possessive as verbs ("the armed forces", "the summit\'s host")', () => {
    expect(
      triples(extract('Guaido urged the armed forces to let aid into Venezuela.', '2019-02-01')).some((x) => x.includes('AIDED')),
    ).toBe(false);
    const t = triples(extract("Xi was welcomed by the summit's host, Kazakh President Kassym-Jomart Tokayev.", '2022-09-14'));
    expect(met(t, 'xi-jinping', 'kassym-jomart-tokayev')).toBe(false);
  });
  it('does not take a sentence-initial noun before a cue noun and preposition as a name ("Travel sanctions against")', () => {
    const x = extract('Travel sanctions against Fiji remain in force.', '2009-04-14');
    expect(x.actors.map((a) => a.id)).not.toContain('travel');
  });
  it('reads "backed out of" an agreement as no support', () => {
    const t = triples(extract('Armenia backed out of signing an association agreement with the European Union.', '2013-09-03'));
    expect(t).not.toContain('armenia SUPPORTS european-union');
  });
  it('reads a noun followed by an auxiliary as a noun ("how much more pressure could be put on him")', () => {
    const t = triples(extract('Canada was in talks with Japan about how much more pressure could be put on Russia.', '2022-01-01'));
    expect(t.some((x) => x.includes('URGED'))).toBe(false);
  });
});
