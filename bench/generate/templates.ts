/**
 * Evidence sentences per relation type (~25 words each, like news prose). Slots: {S} source, {T}
 * target, {P} a place, {D} a day, {X} a topic. The sentence is the stance's evidence, verbatim.
 */
import type { RelationType } from '../../core/vocabulary.js';

export const TEMPLATES: Record<RelationType, readonly string[]> = {
  MET_WITH: [
    '{S} met with {T} in {P} on {D}, and the two sides spent several hours on {X} and the wider situation in the region, officials said.',
    'On {D}, {S} met with {T} behind closed doors in {P} to discuss {X}, according to a statement released by both delegations late in the evening.',
  ],
  VISITED: [
    '{S} visited {T} on {D} for the first time in three years, a trip that aides said would focus largely on {X} and investment.',
    'Arriving on {D}, {S} visited {T} for two days of talks that diplomats described as a cautious attempt to reset relations over {X}.',
  ],
  DISCUSSED: [
    'In a phone call on {D}, {S} discussed {T} at length with regional partners, stressing that any lasting settlement would need broad support at home.',
    '{S} discussed {T} with lawmakers in {P} on {D}, telling reporters afterwards that the talks had been frank but that no decisions had been made.',
  ],
  URGED: [
    '{S} urged {T} on {D} to return to the negotiating table over {X}, warning that time was running out for a peaceful outcome.',
    'Speaking in {P} on {D}, {S} urged {T} to show restraint and to respect earlier commitments on {X}, according to a transcript of the remarks.',
  ],
  AGREED_WITH: [
    '{S} agreed with {T} on {D} to set up a joint working group on {X}, which will report back to both governments within six months.',
    'After two days of talks in {P}, {S} agreed with {T} on a framework for {X}, though several details are still to be settled.',
  ],
  PRAISED: [
    '{S} praised {T} on {D} for what it called a constructive approach to {X}, adding that the progress made in {P} was a model for others.',
    'In a speech in {P} on {D}, {S} praised {T} for its leadership on {X} and thanked its negotiators for months of patient work.',
  ],
  SUPPORTS: [
    '{S} said on {D} that it strongly supports {T} and will keep pressing partners in {P} to back the effort despite the rising costs at home.',
    'Officials confirmed on {D} that {S} supports {T}, describing it as essential for stability and promising to raise the issue again in {P}.',
  ],
  COOPERATES_WITH: [
    '{S} cooperates with {T} on {X} through a joint task force based in {P}, which officials said on {D} had already produced concrete results.',
    'Under an agreement signed on {D}, {S} cooperates with {T} on {X}, sharing data and staff between offices in {P} and the capital.',
  ],
  AIDED: [
    '{S} aided {T} on {D} with an emergency package worth several hundred million dollars, most of it earmarked for {X} and reconstruction work.',
    'Relief officials said {S} aided {T} after the floods in {P}, sending tents, medicine and engineers within days of the disaster on {D}.',
  ],
  CONCEDED: [
    '{S} conceded to {T} on {D} that its earlier figures on {X} had been wrong, in a rare admission made during talks held in {P}.',
    'Facing pressure at home, {S} conceded to {T} on {X} on {D}, dropping a demand that had stalled the negotiations in {P} for weeks.',
  ],
  CRITICIZED: [
    '{S} criticized {T} on {D} for what it called a reckless approach to {X}, saying the policy would deepen divisions across the region.',
    'In unusually sharp remarks in {P} on {D}, {S} criticized {T}, accusing its leaders of ignoring warnings about {X} for years.',
  ],
  ACCUSED: [
    '{S} accused {T} on {D} of violating earlier agreements on {X}, and said it would present evidence to partners meeting in {P} next week.',
    'Speaking in {P}, {S} accused {T} of spreading false claims about {X}, a charge its officials rejected in a statement late on {D}.',
  ],
  OPPOSES: [
    '{S} said on {D} that it firmly opposes {T}, arguing that the plan would hurt ordinary families and weaken the economy of {P}.',
    'Lawmakers were told on {D} that {S} opposes {T} and would vote against any measure that advanced it during the session in {P}.',
  ],
  THREATENED: [
    '{S} threatened {T} on {D} with serious consequences if it did not change course on {X}, raising fears of a wider confrontation near {P}.',
    'In a televised address on {D}, {S} threatened {T} with retaliation over {X}, though it gave no details of what measures it was weighing.',
  ],
  SANCTIONED: [
    '{S} sanctioned {T} on {D}, freezing assets and banning travel for a dozen officials it blamed for abuses linked to {X} in {P}.',
    'The finance ministry announced on {D} that {S} had sanctioned {T} over {X}, the third round of penalties imposed since the crisis began.',
  ],
  MOBILIZED_AGAINST: [
    '{S} mobilized troops against {T} near the border with {P} on {D}, satellite images showed, as tensions over {X} continued to rise.',
    'On {D}, {S} mobilized reserve units against {T}, moving armoured columns toward {P} in what analysts called a dangerous escalation over {X}.',
  ],
  COERCED: [
    '{S} coerced {T} into signing the deal on {X} on {D}, according to diplomats in {P} who said the threat of a blockade was made explicit.',
    'Critics said {S} coerced {T} on {D} by cutting gas supplies to {P} until its government agreed to new terms on {X}.',
  ],
  ATTACKED: [
    '{S} attacked {T} on {D} with drones and artillery near {P}, killing at least four people and damaging power lines, local officials said.',
    'Witnesses said {S} attacked {T} before dawn on {D}, striking positions outside {P} in the heaviest fighting over {X} this year.',
  ],
  PROTESTED: [
    'Thousands joined as {S} protested against {T} in {P} on {D}, marching through the centre to demand a change of policy on {X}.',
    '{S} protested against {T} outside parliament in {P} on {D}, carrying banners about {X} and calling for the government to resign.',
  ],
};

export const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export const FILLERS = [
  'The talks come at a sensitive moment, with elections due next year and public opinion divided over how far to compromise.',
  'Markets reacted calmly to the news, although analysts warned that any escalation could quickly push energy prices higher.',
  'Neither side released a full readout of the discussions, and several officials declined to comment on the record.',
];
