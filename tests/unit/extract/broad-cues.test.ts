import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers.js';

/**
 * The broad cue tables (data/dictionary/verbs.json): phrasings of each relation type written from the
 * type definitions (PLOVER/CAMEO concepts), not from any article. Constructed sentences; each test
 * asserts at least one phrasing the tables lacked before, next to readings that must not fire.
 */
const t = (text: string): string[] => triples(extract(text));

describe('meetings, visits and topics of talks', () => {
  it('reads "engaged in talks with", "paid a courtesy call on" and "dined with" as meetings, not attacks', () => {
    expect(t('Iran engaged in talks with France on Monday.')).not.toContain('iran ATTACKED france');
    expect(t('Antony Blinken paid a courtesy call on Chinese leaders in Beijing.')).toContain('antony-blinken MET_WITH china');
    expect(t('Emmanuel Macron dined with Olaf Scholz at the Elysee on Tuesday.')).toContain('emmanuel-macron MET_WITH olaf-scholz');
    expect(t('Narendra Modi huddled with Joe Biden on the sidelines of the summit.')).toContain('narendra-modi MET_WITH joe-biden');
  });
  it('reads "exchanged views with" as a meeting', () => {
    expect(t('Vietnam exchanged views with Japan on maritime security.')).toContain('vietnam MET_WITH japan');
  });
  it('reads "had an audience with" as a meeting, but not a meeting cancelled after "had"', () => {
    expect(t('Zelensky had an audience with Pope Francis at the Vatican.')).toContain('volodymyr-zelensky MET_WITH francis');
    expect(t('Russia had cancelled a meeting with Japan.')).toEqual([]);
    expect(t('China had called off a phone call with the United States.')).toEqual([]);
  });
  it('reads "paid a visit to", "kicked off a visit to", "wrapped up a visit to" and "went to" as visits', () => {
    expect(t('Fumio Kishida paid a visit to India on Monday.')).toContain('fumio-kishida VISITED india');
    expect(t('Olaf Scholz kicked off a two-day visit to China on Saturday.')).toContain('olaf-scholz VISITED china');
    expect(t('Antony Blinken wrapped up a visit to Israel on Thursday.')).toContain('antony-blinken VISITED israel');
    expect(t('Blinken went to Kyiv on Tuesday.')).toContain('antony-blinken VISITED ukraine');
    expect(t('Britain went to the polls on Thursday.')).toEqual([]);
    expect(t('The minister stopped short of criticizing the plan.')).toEqual([]);
  });
  it('reads "broached" and "deliberated over" a topic as discussing it, but not a country named after "focused on"', () => {
    const a = t('China and the United States broached Taiwan in their talks.');
    expect(a).toEqual(expect.arrayContaining(['china DISCUSSED taiwan', 'united-states DISCUSSED taiwan']));
    expect(t('France and Germany deliberated over the Iran nuclear deal.')).toContain('france DISCUSSED iran-nuclear-deal');
    expect(t('Brazil focused on Argentina in its trade report.')).toEqual([]);
  });
});

describe('requests, agreements, praise and support', () => {
  it('reads pressure and pleas as requests, but not invitations or being encouraged by a stance', () => {
    expect(t('The United States put pressure on Israel to halt the offensive.')).toContain('united-states URGED israel');
    expect(t('U.S. pressure on Israel grew after the strike.')).toContain('united-states URGED israel');
    expect(t('Germany pleaded with Russia to allow the grain shipments.')).toContain('germany URGED russia');
    expect(t("Iran was encouraged by China's stance on the issue.")).toEqual([]);
    expect(t('Xi Jinping invited Joe Biden to visit Beijing next year.')).toEqual([]);
    expect(t('The US State Department has advised against travel to Tunisia.')).toEqual([]);
  });
  it('codes concluded agreements and peace made with a partner both ways', () => {
    const a = t('Israel concluded an agreement with the United Arab Emirates on direct flights.');
    expect(a).toEqual(expect.arrayContaining(['israel AGREED_WITH united-arab-emirates', 'united-arab-emirates AGREED_WITH israel']));
    const b = t('Ethiopia made peace with Eritrea after two decades of conflict.');
    expect(b).toEqual(expect.arrayContaining(['ethiopia AGREED_WITH eritrea', 'eritrea AGREED_WITH ethiopia']));
    expect(t('France came to terms with Germany over the budget rules.')).toContain('france AGREED_WITH germany');
  });
  it('reads reassurances as a commitment towards the reassured party', () => {
    expect(t('The United States reassured Japan of its commitment to defend the islands.')).toContain('united-states AGREED_WITH japan');
  });
  it('reads lavished praise, "spoke highly of", admiration and credit as praise', () => {
    expect(t('India lavished praise on Japan for its investment in the rail project.')).toContain('india PRAISED japan');
    expect(t('Joe Biden spoke highly of Emmanuel Macron at the dinner.')).toContain('joe-biden PRAISED emmanuel-macron');
    expect(t("Kenya expressed admiration for China's infrastructure programme.")).toContain('kenya PRAISED china');
    expect(t('Ukraine credited Poland with keeping the supply routes open.')).toContain('ukraine PRAISED poland');
    expect(t('Thousands of people honored the late queen at a memorial service in London.')).toEqual([]);
  });
  it('reads coming out in support, recognising a state, reaffirmed commitment and condolences as support', () => {
    expect(t("France came out in support of Ukraine's bid to join the European Union.")).toContain('france SUPPORTS ukraine');
    expect(t('Spain recognised Palestine as a state on Tuesday.')).toContain('spain SUPPORTS palestine');
    expect(t('Japan reaffirmed its commitment to the United States during the visit.')).toContain('japan SUPPORTS united-states');
    expect(t("Turkey's parliament ratified Sweden's bid to join NATO.")).toContain('turkey SUPPORTS sweden');
    expect(t('Vladimir Putin offered his condolences to Recep Tayyip Erdogan after the earthquake.')).toContain(
      'vladimir-putin SUPPORTS recep-tayyip-erdogan',
    );
  });
});

describe('cooperation, aid and concessions', () => {
  it('reads restored ties, joint patrols, shared intelligence and joined hands as cooperation', () => {
    expect(t('Saudi Arabia restored diplomatic ties with Iran in March.')).toContain('saudi-arabia COOPERATES_WITH iran');
    expect(t('Australia conducted joint patrols with the Philippines in the South China Sea.')).toContain(
      'australia COOPERATES_WITH philippines',
    );
    expect(t('Britain shared intelligence with France about the plot.')).toContain('united-kingdom COOPERATES_WITH france');
    expect(t('India joined hands with Japan to build the port.')).toContain('india COOPERATES_WITH japan');
  });
  it('reads shipped ammunition, sold jets, coming to the aid of and asylum as aid, but not sold copper', () => {
    expect(t('Germany shipped artillery ammunition to Ukraine.')).toContain('germany AIDED ukraine');
    expect(t('The United States sold fighter jets to Israel.')).toContain('united-states AIDED israel');
    expect(t('Russia came to the aid of Syria in 2015.')).toContain('russia AIDED syria');
    expect(t('Ecuador gave asylum to Julian Assange in 2012.')).toContain('ecuador AIDED julian-assange');
    expect(t('Chile sold copper to China worth billions of dollars.')).toEqual([]);
  });
  it('reads relaxed sanctions, concessions and dropped objections as concessions, but not handed-over documents', () => {
    expect(t("The United States relaxed sanctions on Venezuela's oil sector.")).toContain('united-states CONCEDED venezuela');
    expect(t('Japan made concessions to South Korea in the dispute over wartime labour.')).toContain('japan CONCEDED south-korea');
    expect(t('Israel made no concessions to Hamas.')).toEqual([]);
    expect(t('Turkey dropped its objections to Sweden joining NATO.')).toContain('turkey CONCEDED sweden');
    expect(t('Poland handed over the documents to Germany.')).toEqual([]);
  });
});

describe('criticism, accusations and rejection', () => {
  it('reads taking issue, disappointment, protests to a government and protest notes as criticism', () => {
    expect(t('China took issue with Japan over the release of the treated water.')).toContain('china CRITICIZED japan');
    expect(t('India expressed disappointment with Canada over the remarks.')).toContain('india CRITICIZED canada');
    expect(t('China protested to Japan over the visit to the shrine.')).toContain('china CRITICIZED japan');
    expect(t('Poland handed a protest note to Belarus over the border incident.')).toContain('poland CRITICIZED belarus');
    expect(t('China lodged stern representations with the United States over the arms sale.')).toContain('china CRITICIZED united-states');
    expect(t('The European Union admonished Hungary for blocking the aid package.')).toContain('european-union CRITICIZED hungary');
  });
  it('reads anger at a country and calling in its envoy as criticism, and "fabricated" in reported speech', () => {
    expect(t("China's outrage at Japan deepened after the shrine visit.")).toContain('china CRITICIZED japan');
    expect(t('Italy called in the Egyptian ambassador to demand answers over the death of a student.')).toContain('italy CRITICIZED egypt');
    expect(t('The Russian ambassador said the accusations made by Britain were fabricated.')).toContain('russia CRITICIZED united-kingdom');
    expect(t('The professor lectured on European history at the University of Vienna for twenty years.')).toEqual([]);
  });
  it('reads pinned blame, a pointed finger, traded accusations and "had a hand in" as accusations', () => {
    expect(t('Ukraine pinned the blame on Russia for the dam collapse.')).toContain('ukraine ACCUSED russia');
    expect(t('The United States pointed the finger at Iran for the tanker attacks.')).toContain('united-states ACCUSED iran');
    const both = t('Armenia and Azerbaijan traded accusations over the shelling.');
    expect(both).toEqual(expect.arrayContaining(['armenia ACCUSED azerbaijan', 'azerbaijan ACCUSED armenia']));
    expect(t('Pakistan said India had a hand in the bombing in Quetta.')).toContain('pakistan ACCUSED india');
  });
  it('reads objections, defiance, distancing and pulling out of a deal as opposition, not pulling out of a festival', () => {
    expect(t("Hungary objected to Sweden's membership bid for months.")).toContain('hungary OPPOSES sweden');
    expect(t("Hungary's objections to Sweden's membership delayed the vote.")).toContain('hungary OPPOSES sweden');
    expect(t('Iran defied the United States by sending tankers to Venezuela.')).toContain('iran OPPOSES united-states');
    expect(t('France distanced itself from the United States on Taiwan.')).toContain('france OPPOSES united-states');
    expect(t('Russia pulled out of the grain deal in July.')).toContain('russia OPPOSES grain-deal');
    expect(t('The singer pulled out of the festival because of illness.')).toEqual([]);
  });
});

describe('threats, sanctions and military pressure', () => {
  it('reads vowed revenge, issued warnings and cautioning as threats', () => {
    expect(t('Iran vowed revenge against Israel after the strike in Damascus.')).toContain('iran THREATENED israel');
    expect(t('North Korea issued a warning to South Korea over the leaflets.')).toContain('north-korea THREATENED south-korea');
    expect(t('China cautioned the United States against sending warships through the strait.')).toContain('china THREATENED united-states');
  });
  it('reads an ambassador recalled to or withdrawn from a country as a sanction, not remembering or a concession', () => {
    expect(t('Russia recalled its ambassador to Israel for consultations.')).toContain('russia SANCTIONED israel');
    const w = t('Israel withdrew its ambassador from Turkey on Saturday.');
    expect(w).toContain('israel SANCTIONED turkey');
    expect(w).not.toContain('israel CONCEDED turkey');
    expect(t('Macron recalled the talks fondly.')).toEqual([]);
    expect(t('The president recalled that the two countries had fought a war.')).toEqual([]);
  });
  it('reads closed consulates, banned imports, tightened sanctions, expulsions and a walk-out as sanctions', () => {
    expect(t('Germany closed its consulates in Russia after the expulsions.')).toContain('germany SANCTIONED russia');
    expect(t('China banned imports from Japan after the water release.')).toContain('china SANCTIONED japan');
    expect(t('The European Union tightened sanctions on Russia on Friday.')).toContain('european-union SANCTIONED russia');
    expect(t("Britain's expulsion of 23 Russian diplomats angered Moscow.")).toContain('united-kingdom SANCTIONED russia');
    const walk = t('The Iranian delegation stormed out of talks with Britain.');
    expect(walk).toContain('iran SANCTIONED united-kingdom');
    expect(walk).not.toContain('iran ATTACKED united-kingdom');
  });
  it('reads troops built up near, warplanes sent toward and a buildup near a country as mobilisation', () => {
    expect(t('Russia built up troops near Ukraine throughout the autumn.')).toContain('russia MOBILIZED_AGAINST ukraine');
    expect(t('China sent warplanes toward Taiwan on Sunday.')).toContain('china MOBILIZED_AGAINST taiwan');
    expect(t("Russia's military buildup near Ukraine alarmed the West.")).toContain('russia MOBILIZED_AGAINST ukraine');
  });
});

describe('coercion, attacks and protests', () => {
  it('reads impounded tankers, a crackdown on activists and an arrest of citizens as coercion', () => {
    expect(t('Iran impounded a British tanker in the Strait of Hormuz.')).toContain('iran COERCED united-kingdom');
    expect(t('Belarus cracked down on Lithuanian activists.')).toContain('belarus COERCED lithuanian-activists');
    expect(t("Iran's arrest of two British citizens drew protests from London.")).toContain('iran COERCED united-kingdom');
  });
  it('reads a launched invasion, skirmishes, overrunning and declared war as attacks, but not a war on potholes', () => {
    expect(t('Russia launched a full-scale invasion of Ukraine in February 2022.')).toContain('russia ATTACKED ukraine');
    const s = t('India and China skirmished in the Galwan valley.');
    expect(s).toEqual(expect.arrayContaining(['india ATTACKED china', 'china ATTACKED india']));
    expect(t('Iraq overran Kuwait in August 1990.')).toContain('iraq ATTACKED kuwait');
    expect(t('Britain declared war on Germany in 1939.')).toContain('united-kingdom ATTACKED germany');
    expect(t('The mayor declared war on potholes and promised to repair every street.')).toEqual([]);
  });
  it('reads marching on an embassy as a protest, and marching through a city as none', () => {
    expect(t('Iranian students marched on the US embassy in Tehran.')).toContain('iranian-students PROTESTED united-states');
    expect(t('The protesters marched through the capital.')).toEqual([]);
  });
});
