/** Closed word classes used by the recognisers and the relation rules. */
const set = (s: string) => new Set(s.split(' '));

export const FUNCTION_CAPS = set(
  'the a an he she it they we i his her its their our this that these those but and or in on at for with from by to of as after before while when if earlier later meanwhile however also overall both some many most other such there here yet still then so not no while despite since during under over amid among between until unless although though because where what who whom which why how all any each every several few one two three first last next new more my your you me us them him hers ours theirs do does did is are was were be been being has have had will would could should may might must can ca wo mr. mrs. ms. mr mrs ms dr. sir whoever whatever whichever anyone everyone someone nobody talks officials european asian african western eastern northern southern southeast arab latin islamic asia europe africa pacific atlantic indo balkans caucasus sahel olympics olympic games',
);
export const DAYS_MONTHS = set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan. feb. aug. sept. oct. nov. dec. today yesterday tomorrow',
);
export const PREPS = set(
  'of for to with against on in at from by about over into onto toward towards between among amid during after before since under through across near around along upon regarding concerning despite without within beyond outside behind via',
);
export const LOCATIVE_PREPS = set(
  'in at during after before since from by near around along through across amid among under within outside inside into via throughout',
);
export const DETS = set(
  'the a an this that these those its his her their our my your some any several many both all each every other such another no',
);
export const NAME_CONNECTORS = set('bin ibn al al- el de da del della di dos du van von der den le la ter abu');
export const BE = set('is are was were be been being am');
export const AUX = set('has have had do does did will would could should may might must can ca wo shall');
export const MODAL_HYPO = set('would could might may should must ought');
export const NEG = set("not n't never no nor neither");
export const SUBORD = set('because although though while whereas when if unless whether since once after before until as');
export const HYPO_SUBORD = set('if unless whether lest');
export const COORD = set('and or , & plus');
export const PRONOUNS_M = set('he him his himself');
export const PRONOUNS_F = set('she her hers herself');
export const PRONOUNS_PL = set('they them their themselves');
export const PRONOUNS_IT = set('it its itself');
export const PRONOUNS_WE = set('we us our ourselves i me my myself');
export const POSS_PRONOUNS = set('his her its their our my');
export const ORG_WORDS = set(
  'ministry council party committee commission community secretariat tribunal agency bank organization organisation union association front army forces court parliament assembly congress senate guard corps group institute university company corp. inc. fund foundation observatory command department office service network alliance coalition movement brigade brigades battalion federation league authority government cabinet administration police embassy',
);
/** Compass and region words: "West African", "Southern", "Central Asian" alone name no actor. */
export const REGION_WORDS = set(
  'west western east eastern north northern south southern central middle african asian european american arab latin nordic baltic balkan caribbean pacific atlantic',
);
export const PLACE_WORDS = set(
  'sea strait straits island islands peninsula bay gulf river region heights strip guesthouse square hall palace hotel airport stadium olympics games street avenue province city county district valley mountains desert base summit forum conference house building center centre',
);
/** Adverbs and other words allowed inside an auxiliary chain ("has also repeatedly"). */
export const CHAIN = set(
  'also still already again once repeatedly reportedly allegedly immediately publicly openly strongly firmly swiftly quickly formally officially jointly further even just recently previously later earlier then now today yesterday on friday monday tuesday wednesday thursday saturday sunday',
);

const NOT_ADVERBS = set('supply apply reply rely comply ally rally fly italy family july assembly anomaly monopoly');
/** "-ly" adverbs ("strongly", "repeatedly"), not "supply" or "rally". */
export const isAdverb = (l: string): boolean => l.length > 4 && l.endsWith('ly') && !NOT_ADVERBS.has(l);

/** Verbs that end or call off what their object names ("suspended talks with", "froze cooperation with"). */
export const UNDO = set(
  'suspend suspends suspended suspending cancel cancels cancelled canceled cancelling canceling end ends ended ending halt halts halted halting freeze freezes froze frozen freezing scrap scraps scrapped scrapping postpone postpones postponed postponing abandon abandons abandoned abandoning terminate terminates terminated terminating abrogate abrogated quit quits exit exits exited',
);

/** Words that report attendance at a meeting ("Taking part were", "also attended", "chaired by"). */
export const ATTENDANCE_WORDS = set(
  'taking attending participating present attend attends attended participate participates participated take takes took taken chaired presided co-chaired',
);
