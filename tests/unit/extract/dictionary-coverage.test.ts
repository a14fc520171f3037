import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers.js';

/**
 * The 193 UN member states as news names them, each with the id its dictionary entry gets (the slug
 * of the entry name). Written from the UN membership list, not read from data/dictionary.
 */
const UN_MEMBERS: [string, string][] = [
  ['Afghanistan', 'afghanistan'],
  ['Albania', 'albania'],
  ['Algeria', 'algeria'],
  ['Andorra', 'andorra'],
  ['Angola', 'angola'],
  ['Antigua and Barbuda', 'antigua-and-barbuda'],
  ['Argentina', 'argentina'],
  ['Armenia', 'armenia'],
  ['Australia', 'australia'],
  ['Austria', 'austria'],
  ['Azerbaijan', 'azerbaijan'],
  ['The Bahamas', 'bahamas'],
  ['Bahrain', 'bahrain'],
  ['Bangladesh', 'bangladesh'],
  ['Barbados', 'barbados'],
  ['Belarus', 'belarus'],
  ['Belgium', 'belgium'],
  ['Belize', 'belize'],
  ['Benin', 'benin'],
  ['Bhutan', 'bhutan'],
  ['Bolivia', 'bolivia'],
  ['Bosnia and Herzegovina', 'bosnia-and-herzegovina'],
  ['Botswana', 'botswana'],
  ['Brazil', 'brazil'],
  ['Brunei', 'brunei'],
  ['Bulgaria', 'bulgaria'],
  ['Burkina Faso', 'burkina-faso'],
  ['Burundi', 'burundi'],
  ['Cabo Verde', 'cabo-verde'],
  ['Cambodia', 'cambodia'],
  ['Cameroon', 'cameroon'],
  ['Canada', 'canada'],
  ['Central African Republic', 'central-african-republic'],
  ['Chad', 'chad'],
  ['Chile', 'chile'],
  ['China', 'china'],
  ['Colombia', 'colombia'],
  ['Comoros', 'comoros'],
  ['Republic of the Congo', 'republic-of-the-congo'],
  ['Costa Rica', 'costa-rica'],
  ["Côte d'Ivoire", 'ivory-coast'],
  ['Croatia', 'croatia'],
  ['Cuba', 'cuba'],
  ['Cyprus', 'cyprus'],
  ['Czechia', 'czech-republic'],
  ['North Korea', 'north-korea'],
  ['Democratic Republic of the Congo', 'democratic-republic-of-the-congo'],
  ['Denmark', 'denmark'],
  ['Djibouti', 'djibouti'],
  ['Dominica', 'dominica'],
  ['Dominican Republic', 'dominican-republic'],
  ['Ecuador', 'ecuador'],
  ['Egypt', 'egypt'],
  ['El Salvador', 'el-salvador'],
  ['Equatorial Guinea', 'equatorial-guinea'],
  ['Eritrea', 'eritrea'],
  ['Estonia', 'estonia'],
  ['Eswatini', 'eswatini'],
  ['Ethiopia', 'ethiopia'],
  ['Fiji', 'fiji'],
  ['Finland', 'finland'],
  ['France', 'france'],
  ['Gabon', 'gabon'],
  ['The Gambia', 'gambia'],
  ['Georgia', 'georgia'],
  ['Germany', 'germany'],
  ['Ghana', 'ghana'],
  ['Greece', 'greece'],
  ['Grenada', 'grenada'],
  ['Guatemala', 'guatemala'],
  ['Guinea', 'guinea'],
  ['Guinea-Bissau', 'guinea-bissau'],
  ['Guyana', 'guyana'],
  ['Haiti', 'haiti'],
  ['Honduras', 'honduras'],
  ['Hungary', 'hungary'],
  ['Iceland', 'iceland'],
  ['India', 'india'],
  ['Indonesia', 'indonesia'],
  ['Iran', 'iran'],
  ['Iraq', 'iraq'],
  ['Ireland', 'ireland'],
  ['Israel', 'israel'],
  ['Italy', 'italy'],
  ['Jamaica', 'jamaica'],
  ['Japan', 'japan'],
  ['Jordan', 'jordan'],
  ['Kazakhstan', 'kazakhstan'],
  ['Kenya', 'kenya'],
  ['Kiribati', 'kiribati'],
  ['Kuwait', 'kuwait'],
  ['Kyrgyzstan', 'kyrgyzstan'],
  ['Laos', 'laos'],
  ['Latvia', 'latvia'],
  ['Lebanon', 'lebanon'],
  ['Lesotho', 'lesotho'],
  ['Liberia', 'liberia'],
  ['Libya', 'libya'],
  ['Liechtenstein', 'liechtenstein'],
  ['Lithuania', 'lithuania'],
  ['Luxembourg', 'luxembourg'],
  ['Madagascar', 'madagascar'],
  ['Malawi', 'malawi'],
  ['Malaysia', 'malaysia'],
  ['The Maldives', 'maldives'],
  ['Mali', 'mali'],
  ['Malta', 'malta'],
  ['The Marshall Islands', 'marshall-islands'],
  ['Mauritania', 'mauritania'],
  ['Mauritius', 'mauritius'],
  ['Mexico', 'mexico'],
  ['Micronesia', 'micronesia'],
  ['Monaco', 'monaco'],
  ['Mongolia', 'mongolia'],
  ['Montenegro', 'montenegro'],
  ['Morocco', 'morocco'],
  ['Mozambique', 'mozambique'],
  ['Myanmar', 'myanmar'],
  ['Namibia', 'namibia'],
  ['Nauru', 'nauru'],
  ['Nepal', 'nepal'],
  ['The Netherlands', 'netherlands'],
  ['New Zealand', 'new-zealand'],
  ['Nicaragua', 'nicaragua'],
  ['Niger', 'niger'],
  ['Nigeria', 'nigeria'],
  ['North Macedonia', 'north-macedonia'],
  ['Norway', 'norway'],
  ['Oman', 'oman'],
  ['Pakistan', 'pakistan'],
  ['Palau', 'palau'],
  ['Panama', 'panama'],
  ['Papua New Guinea', 'papua-new-guinea'],
  ['Paraguay', 'paraguay'],
  ['Peru', 'peru'],
  ['The Philippines', 'philippines'],
  ['Poland', 'poland'],
  ['Portugal', 'portugal'],
  ['Qatar', 'qatar'],
  ['South Korea', 'south-korea'],
  ['Moldova', 'moldova'],
  ['Romania', 'romania'],
  ['Russia', 'russia'],
  ['Rwanda', 'rwanda'],
  ['Saint Kitts and Nevis', 'saint-kitts-and-nevis'],
  ['Saint Lucia', 'saint-lucia'],
  ['Saint Vincent and the Grenadines', 'saint-vincent-and-the-grenadines'],
  ['Samoa', 'samoa'],
  ['San Marino', 'san-marino'],
  ['Sao Tome and Principe', 'sao-tome-and-principe'],
  ['Saudi Arabia', 'saudi-arabia'],
  ['Senegal', 'senegal'],
  ['Serbia', 'serbia'],
  ['Seychelles', 'seychelles'],
  ['Sierra Leone', 'sierra-leone'],
  ['Singapore', 'singapore'],
  ['Slovakia', 'slovakia'],
  ['Slovenia', 'slovenia'],
  ['Solomon Islands', 'solomon-islands'],
  ['Somalia', 'somalia'],
  ['South Africa', 'south-africa'],
  ['South Sudan', 'south-sudan'],
  ['Spain', 'spain'],
  ['Sri Lanka', 'sri-lanka'],
  ['Sudan', 'sudan'],
  ['Suriname', 'suriname'],
  ['Sweden', 'sweden'],
  ['Switzerland', 'switzerland'],
  ['Syria', 'syria'],
  ['Tajikistan', 'tajikistan'],
  ['Thailand', 'thailand'],
  ['Timor-Leste', 'east-timor'],
  ['Togo', 'togo'],
  ['Tonga', 'tonga'],
  ['Trinidad and Tobago', 'trinidad-and-tobago'],
  ['Tunisia', 'tunisia'],
  ['Turkey', 'turkey'],
  ['Turkmenistan', 'turkmenistan'],
  ['Tuvalu', 'tuvalu'],
  ['Uganda', 'uganda'],
  ['Ukraine', 'ukraine'],
  ['United Arab Emirates', 'united-arab-emirates'],
  ['United Kingdom', 'united-kingdom'],
  ['Tanzania', 'tanzania'],
  ['United States', 'united-states'],
  ['Uruguay', 'uruguay'],
  ['Uzbekistan', 'uzbekistan'],
  ['Vanuatu', 'vanuatu'],
  ['Venezuela', 'venezuela'],
  ['Vietnam', 'vietnam'],
  ['Yemen', 'yemen'],
  ['Zambia', 'zambia'],
  ['Zimbabwe', 'zimbabwe'],
];

/** The country a sentence "<name> criticized <target>." is about (Kenya, or France for Kenya itself). */
function criticizes(name: string, id: string): { target: string; triples: string[]; type: string | undefined } {
  const target = id === 'kenya' ? 'france' : 'kenya';
  const x = extract(`${name} criticized ${target === 'kenya' ? 'Kenya' : 'France'} on Monday.`);
  return { target, triples: triples(x), type: x.actors.find((a) => a.id === id)?.type };
}

describe('UN member states in the country dictionary', () => {
  it('lists 193 distinct member states', () => {
    expect(UN_MEMBERS).toHaveLength(193);
    expect(new Set(UN_MEMBERS.map(([, id]) => id)).size).toBe(193);
  });
  it.each(UN_MEMBERS)('reads "%s criticized ..." as the Country %s criticizing', (name, id) => {
    const r = criticizes(name, id);
    expect(r.type).toBe('Country');
    expect(r.triples).toContain(`${id} CRITICIZED ${r.target}`);
  });
});

describe('other names of the newly listed countries', () => {
  it.each([
    ['Swaziland criticized Kenya.', 'eswatini'],
    ['Mbabane criticized Kenya.', 'eswatini'],
    ['Swazi officials criticized Kenya.', 'eswatini'],
    ['Maseru criticized Kenya.', 'lesotho'],
    ['The Basotho government criticized Kenya.', 'lesotho'],
    ['Cape Verde criticized Kenya.', 'cabo-verde'],
    ['The Holy See criticized Kenya.', 'vatican'],
    ['Vatican City criticized Kenya.', 'vatican'],
    ['The Federated States of Micronesia criticized Kenya.', 'micronesia'],
    ['St. Kitts and Nevis criticized Kenya.', 'saint-kitts-and-nevis'],
    ['St Lucia criticized Kenya.', 'saint-lucia'],
    ['St. Vincent and the Grenadines criticized Kenya.', 'saint-vincent-and-the-grenadines'],
    ['São Tomé and Príncipe criticized Kenya.', 'sao-tome-and-principe'],
    ['Trinidad criticized Kenya.', 'trinidad-and-tobago'],
    ['Port of Spain criticized Kenya.', 'trinidad-and-tobago'],
    ['Western Samoa criticized Kenya.', 'samoa'],
    ['Brunei Darussalam criticized Kenya.', 'brunei'],
    ['The Bahamian prime minister criticized Kenya.', 'bahamas'],
    ['Maldivian officials criticized Kenya.', 'maldives'],
    ['Majuro criticized Kenya.', 'marshall-islands'],
    ['Bhutanese officials criticized Kenya.', 'bhutan'],
    ['Surinamese officials criticized Kenya.', 'suriname'],
    ['Guinea Bissau criticized Kenya.', 'guinea-bissau'],
  ])('reads "%s" as %s', (sentence, id) => {
    expect(triples(extract(sentence))).toContain(`${id} CRITICIZED kenya`);
  });
});

describe('names that look alike keep their own country', () => {
  it('reads "Guinean" as Guinea, not Equatorial Guinea, Guinea-Bissau or Papua New Guinea', () => {
    const t = triples(extract('Guinean officials criticized Equatorial Guinea. The Bissau-Guinean government criticized Guinea.'));
    expect(t).toContain('guinea CRITICIZED equatorial-guinea');
    expect(t).toContain('guinea-bissau CRITICIZED guinea');
    expect(triples(extract('Papua New Guinean officials criticized Guinea.'))).toContain('papua-new-guinea CRITICIZED guinea');
  });
  it('reads "Equatorial Guinean" as Equatorial Guinea', () => {
    expect(triples(extract('The Equatorial Guinean government criticized Kenya.'))).toContain('equatorial-guinea CRITICIZED kenya');
  });
  it('reads "Dominican" as the Dominican Republic and "Dominica" as Dominica', () => {
    expect(triples(extract('The Dominican government criticized Haiti.'))).toContain('dominican-republic CRITICIZED haiti');
    expect(triples(extract('Dominica criticized the Dominican Republic.'))).toContain('dominica CRITICIZED dominican-republic');
  });
  it('reads "Nigerien" as Niger and "Nigerian" as Nigeria', () => {
    expect(triples(extract('Nigerien troops attacked Nigerian positions.'))).toContain('niger ATTACKED nigeria');
  });
  it('reads "American Samoa" as a U.S. territory, not as Samoa', () => {
    const x = extract('Officials in American Samoa met Samoan diplomats.');
    expect(x.actors.map((a) => a.id)).toContain('samoa');
    expect(x.actors.find((a) => a.id === 'samoa')?.aliases ?? []).not.toContain('American Samoa');
  });
});

/** New organisations: [full name, acronym or short name, id, type]. */
const ORGANIZATIONS: [string, string, string, 'Organization' | 'Group'][] = [
  ['Southern African Development Community', 'SADC', 'southern-african-development-community', 'Organization'],
  ['Commonwealth of Independent States', 'CIS', 'commonwealth-of-independent-states', 'Organization'],
  ["United Nations Children's Fund", 'UNICEF', 'unicef', 'Organization'],
  ['United Nations Human Rights Council', 'UNHRC', 'un-human-rights-council', 'Organization'],
  ['Office of the UN High Commissioner for Human Rights', 'OHCHR', 'un-human-rights-office', 'Organization'],
  ['Intergovernmental Authority on Development', 'IGAD', 'igad', 'Organization'],
  ['East African Community', 'EAC', 'east-african-community', 'Organization'],
  ['Common Market for Eastern and Southern Africa', 'COMESA', 'comesa', 'Organization'],
  ['Southern Common Market', 'Mercosur', 'mercosur', 'Organization'],
  ['Caribbean Community', 'CARICOM', 'caricom', 'Organization'],
  ['Asia-Pacific Economic Cooperation', 'APEC', 'apec', 'Organization'],
  ['Organisation of the Islamic Conference', 'OIC', 'organization-of-islamic-cooperation', 'Organization'],
  ['United Nations Educational, Scientific and Cultural Organization', 'UNESCO', 'unesco', 'Organization'],
  ['Food and Agriculture Organization', 'FAO', 'food-and-agriculture-organization', 'Organization'],
  ['World Food Programme', 'WFP', 'world-food-programme', 'Organization'],
  ['United Nations Development Programme', 'UNDP', 'un-development-programme', 'Organization'],
  ['International Organization for Migration', 'IOM', 'international-organization-for-migration', 'Organization'],
  ['United Nations Interim Force in Lebanon', 'UNIFIL', 'unifil', 'Organization'],
  ['African Union Mission in Somalia', 'AMISOM', 'amisom', 'Organization'],
  ['United Nations Mission in South Sudan', 'UNMISS', 'unmiss', 'Organization'],
  ['United Nations Assistance Mission in Afghanistan', 'UNAMA', 'unama', 'Organization'],
  ['Economic Community of West African States Monitoring Group', 'ECOMOG', 'ecomog', 'Organization'],
  ['West African Economic and Monetary Union', 'UEMOA', 'west-african-economic-and-monetary-union', 'Organization'],
  ['Economic Community of Central African States', 'ECCAS', 'economic-community-of-central-african-states', 'Organization'],
  ['Organization of African Unity', 'OAU', 'organization-of-african-unity', 'Organization'],
  ['Group of Eight', 'G8', 'g8', 'Organization'],
  ['Non-Aligned Movement', 'NAM', 'non-aligned-movement', 'Organization'],
  ['European Central Bank', 'ECB', 'european-central-bank', 'Organization'],
  ['European Court of Human Rights', 'ECHR', 'european-court-of-human-rights', 'Organization'],
  ['Court of Justice of the European Union', 'ECJ', 'european-court-of-justice', 'Organization'],
  ['Union of South American Nations', 'UNASUR', 'unasur', 'Organization'],
  ['Community of Latin American and Caribbean States', 'CELAC', 'celac', 'Organization'],
  ['Bolivarian Alliance for the Peoples of Our America', 'ALBA', 'alba', 'Organization'],
  ['Eurasian Economic Union', 'EAEU', 'eurasian-economic-union', 'Organization'],
  ['Black Sea Economic Cooperation', 'BSEC', 'black-sea-economic-cooperation', 'Organization'],
  ['Palestine Liberation Organization', 'PLO', 'palestine-liberation-organization', 'Organization'],
  ['Kurdistan Regional Government', 'KRG', 'kurdistan-regional-government', 'Organization'],
  ['Human Rights Watch', 'HRW', 'human-rights-watch', 'Organization'],
  ['Médecins Sans Frontières', 'MSF', 'doctors-without-borders', 'Organization'],
  ['Organisation for the Prohibition of Chemical Weapons', 'OPCW', 'organisation-for-the-prohibition-of-chemical-weapons', 'Organization'],
  ['Islamic Revolutionary Guard Corps', 'IRGC', 'islamic-revolutionary-guard-corps', 'Organization'],
  ["Kurdistan Workers' Party", 'PKK', 'kurdistan-workers-party', 'Group'],
  ['Revolutionary Armed Forces of Colombia', 'FARC', 'farc', 'Group'],
  ['Liberation Tigers of Tamil Eelam', 'LTTE', 'liberation-tigers-of-tamil-eelam', 'Group'],
  ['Hayat Tahrir al-Sham', 'HTS', 'hayat-tahrir-al-sham', 'Group'],
  ['Polisario Front', 'Polisario', 'polisario-front', 'Group'],
];

/** Named once, without an acronym: [name, id, type]. */
const NAMED_ONLY: [string, string, 'Organization' | 'Group'][] = [
  ['The Council of the European Union', 'council-of-the-european-union', 'Organization'],
  ['The European Council', 'european-council', 'Organization'],
  ['The European Parliament', 'european-parliament', 'Organization'],
  ['The Council of Europe', 'council-of-europe', 'Organization'],
  ['The Andean Community', 'andean-community', 'Organization'],
  ['The Visegrad Group', 'visegrad-group', 'Organization'],
  ['The Nordic Council', 'nordic-council', 'Organization'],
  ['The Arctic Council', 'arctic-council', 'Organization'],
  ['The Mekong River Commission', 'mekong-river-commission', 'Organization'],
  ['The Warsaw Pact', 'warsaw-pact', 'Organization'],
  ['The Arab Maghreb Union', 'arab-maghreb-union', 'Organization'],
  ['MONUSCO', 'monusco', 'Organization'],
  ['MINUSMA', 'minusma', 'Organization'],
  ['CEMAC', 'cemac', 'Organization'],
  ['Amnesty International', 'amnesty-international', 'Organization'],
  ['Doctors Without Borders', 'doctors-without-borders', 'Organization'],
  ['Fatah', 'fatah', 'Group'],
  ['The Syrian Democratic Forces', 'syrian-democratic-forces', 'Group'],
];

function actorOf(sentence: string, id: string) {
  const x = extract(sentence);
  return { actor: x.actors.find((a) => a.id === id), triples: triples(x) };
}

describe('international organisations in the organisation dictionary', () => {
  it.each(ORGANIZATIONS)('reads the full name "%s" and the short name "%s" as %s (%s)', (full, short, id, type) => {
    for (const name of [`The ${full}`, short]) {
      const r = actorOf(`${name} criticized Kenya on Monday.`, id);
      expect(r.actor?.type, name).toBe(type);
      expect(r.triples, name).toContain(`${id} CRITICIZED kenya`);
    }
  });
  it.each(NAMED_ONLY)('reads "%s" as %s (%s)', (name, id, type) => {
    const r = actorOf(`${name} criticized Kenya on Monday.`, id);
    expect(r.actor?.type).toBe(type);
    expect(r.triples).toContain(`${id} CRITICIZED kenya`);
  });
  it('makes the Palestinian Authority act for Palestine', () => {
    expect(actorOf('The Palestinian Authority criticized Israel.', 'palestinian-authority').actor?.represents).toBe('palestine');
  });
});

/** Every surface of the country and organisation dictionaries with the entry it names (read from the JSON files). */
function dictionarySurfaces(): [string, string][] {
  const load = (file: string) => JSON.parse(readFileSync(new URL(`../../../data/dictionary/${file}`, import.meta.url), 'utf8'));
  const countries = load('countries.json') as { countries: string[]; cities: Record<string, string[]> };
  const orgs = load('organizations.json') as { organizations: { name: string; aliases?: string[] }[] };
  const out: [string, string][] = [];
  for (const row of countries.countries) {
    const [name = '', ...fields] = row.split('|');
    const owner = `country ${name}`;
    out.push([name, owner]);
    for (const field of fields) for (const s of field.split(',')) if (s.trim()) out.push([s.trim(), owner]);
  }
  const countryOf = new Map(countries.countries.map((row) => [(row.split('|')[0] ?? '').toLowerCase().replace(/ /g, '-'), row]));
  for (const [id, cities] of Object.entries(countries.cities)) {
    const owner = `country ${countryOf.get(id)?.split('|')[0] ?? id}`;
    for (const c of cities) out.push([c, owner]);
  }
  for (const o of orgs.organizations) for (const s of [o.name, ...(o.aliases ?? [])]) out.push([s, `organization ${o.name}`]);
  return out;
}

/** As the matcher compares them: all-caps acronyms exactly, other words in lower case; a leading "the" dropped. */
const surfaceKey = (s: string) => {
  const bare = s.replace(/^the\s+/i, '');
  return /^[\p{Lu}\d.+-]+$/u.test(bare) && /\p{Lu}.*\p{Lu}/u.test(bare) ? bare : bare.toLowerCase();
};

describe('dictionary names', () => {
  it('gives no name, alias, demonym, capital or city to two entries (the U.S. metonym "Pentagon" doubles as its agency)', () => {
    const owners = new Map<string, Set<string>>();
    for (const [surface, owner] of dictionarySurfaces()) {
      const key = surfaceKey(surface);
      owners.set(key, (owners.get(key) ?? new Set()).add(owner));
    }
    const shared = [...owners]
      .filter(([key, set]) => set.size > 1 && key !== 'pentagon')
      .map(([key, set]) => `${key}: ${[...set].join(' / ')}`);
    expect(shared).toEqual([]);
  });
  it('reads the acronyms ALBA, NAM and ECO only in capitals ("Alba" and "Nam" are names, "Eco" a word)', () => {
    const x = extract('Jessica Alba met Nam Le and an Eco group in Kenya.');
    const ids = x.actors.map((a) => a.id);
    expect(ids).not.toContain('alba');
    expect(ids).not.toContain('non-aligned-movement');
    expect(ids).not.toContain('economic-cooperation-organization');
  });
});
