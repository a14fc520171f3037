/** English verb inflection for cue matching: base -> {base, -s, -ed, -ing} plus irregular forms. */

const IRREGULAR: Record<string, string[]> = {
  meet: ['met'],
  hold: ['held'],
  speak: ['spoke', 'spoken'],
  send: ['sent'],
  strike: ['struck', 'stricken'],
  give: ['gave', 'given'],
  make: ['made'],
  seek: ['sought'],
  fight: ['fought'],
  take: ['took', 'taken'],
  withdraw: ['withdrew', 'withdrawn'],
  say: ['said'],
  tell: ['told'],
  fly: ['flew', 'flown', 'flies'],
  have: ['had', 'has'],
  lead: ['led'],
  stand: ['stood'],
  cut: ['cut'],
  write: ['wrote', 'written'],
  begin: ['began', 'begun'],
  deny: ['denied', 'denies'],
  ally: ['allied', 'allies'],
  rally: ['rallied', 'rallies'],
  decry: ['decried', 'decries'],
  supply: ['supplied', 'supplies'],
  reply: ['replied', 'replies'],
  shake: ['shook', 'shaken'],
  forbid: ['forbade', 'forbidden'],
  bring: ['brought'],
  buy: ['bought'],
  sell: ['sold'],
  hit: ['hit'],
  set: ['set'],
  put: ['put'],
  shoot: ['shot'],
  win: ['won'],
  lose: ['lost'],
  go: ['went', 'gone', 'goes'],
  come: ['came'],
  sign: ['signed'],
  keep: ['kept'],
  leave: ['left'],
  undertake: ['undertook', 'undertaken'],
  overthrow: ['overthrew', 'overthrown'],
  embargo: ['embargoed', 'embargoes'],
  veto: ['vetoed', 'vetoes', 'vetoing'],
  forgive: ['forgave', 'forgiven'],
  rule: ['ruled'],
  mislead: ['misled'],
  slap: ['slapped', 'slapping'],
  snub: ['snubbed', 'snubbing'],
  slam: ['slammed', 'slamming'],
  ban: ['banned', 'banning'],
  kidnap: ['kidnapped', 'kidnapping', 'kidnaped'],
  occupy: ['occupied', 'occupies'],
  apply: ['applied', 'applies'],
  rely: ['relied', 'relies'],
  vow: ['vowed'],
  commit: ['committed', 'committing'],
  travel: ['travelled', 'traveled', 'travelling', 'traveling'],
  label: ['labelled', 'labeled'],
  signal: ['signalled', 'signaled'],
  stop: ['stopped', 'stopping'],
  plan: ['planned', 'planning'],
  expel: ['expelled', 'expelling'],
  compel: ['compelled', 'compelling'],
  patrol: ['patrolled', 'patrolling'],
  bar: ['barred', 'barring'],
  stab: ['stabbed', 'stabbing'],
  rebut: ['rebutted', 'rebutting'],
  break: ['broke', 'broken'],
  sit: ['sat', 'sitting'],
  freeze: ['froze', 'frozen'],
  shut: ['shut', 'shutting'],
  upbraid: ['upbraided'],
  spurn: ['spurned'],
  throw: ['threw', 'thrown'],
  amass: ['amassed', 'amasses'],
  confer: ['conferred', 'conferring'],
  // Forms needed by the broad cue tables (doubled consonants, irregular pasts, "-ee" gerunds).
  pay: ['paid'],
  agree: ['agreeing'],
  free: ['freeing'],
  chat: ['chatted', 'chatting'],
  ship: ['shipped', 'shipping'],
  level: ['levelled', 'levelling'],
  rip: ['ripped', 'ripping'],
  tear: ['tore', 'torn'],
  lay: ['laid'],
  pin: ['pinned', 'pinning'],
  overrun: ['overran', 'overrunning'],
  dwell: ['dwelt'],
  beg: ['begged', 'begging'],
  prod: ['prodded', 'prodding'],
  concur: ['concurred', 'concurring'],
  lend: ['lent'],
  uphold: ['upheld'],
  withhold: ['withheld'],
  build: ['built'],
  find: ['found'],
  transfer: ['transferred', 'transferring'],
  equip: ['equipped', 'equipping'],
  unfreeze: ['unfroze', 'unfrozen'],
  scrap: ['scrapped', 'scrapping'],
  shun: ['shunned', 'shunning'],
  drop: ['dropped', 'dropping'],
  step: ['stepped', 'stepping'],
  wrap: ['wrapped', 'wrapping'],
};

const VOWELS = /[aeiou]/;

/** All surface forms of a base verb (lower case). */
export function verbForms(base: string): string[] {
  const forms = new Set<string>([base]);
  for (const f of IRREGULAR[base] ?? []) forms.add(f);
  const last = base.slice(-1);
  const prev = base.slice(-2, -1);
  if (/(?:s|x|z|ch|sh|o)$/.test(base)) forms.add(`${base}es`);
  else if (last === 'y' && !VOWELS.test(prev)) forms.add(`${base.slice(0, -1)}ies`);
  else forms.add(`${base}s`);
  if (last === 'e') {
    forms.add(`${base}d`);
    forms.add(`${base.slice(0, -1)}ing`);
  } else if (last === 'y' && !VOWELS.test(prev)) {
    forms.add(`${base.slice(0, -1)}ied`);
    forms.add(`${base}ing`);
  } else {
    forms.add(`${base}ed`);
    forms.add(`${base}ing`);
  }
  return [...forms];
}

/** True for forms that can be a past participle (passive / perfect): "-ed", "-en", irregulars. */
export function isParticiple(form: string, base: string): boolean {
  if (form === base || form.endsWith('ing') || (form.endsWith('s') && !form.endsWith('ss'))) {
    return (IRREGULAR[base] ?? []).includes(form) && !form.endsWith('ing') && form !== base;
  }
  return true;
}

/** True for the gerund / present participle ("stressing", "visiting"). */
export function isGerund(form: string): boolean {
  return form.endsWith('ing');
}
