/**
 * Renders scores as a readable table or as JSON. The triples an extractor missed or invented are
 * listed only on request and never for a held-out set: held-out gold must stay unseen by the
 * people tuning the extractor, so only its numbers are shown.
 */
import { RELATION_TYPES } from '../../core/vocabulary.js';
import type { ScoredArticle, Summary } from './aggregate.js';
import { type ByType, type Counts, prf } from './score.js';
import { formatTriple } from './triples.js';

export const HELDOUT_SET = 'heldout';

/** Held-out sets never show their triples: the bundled one and any gold dir under data/gold/heldout or agreement ("heldout:r10"). */
export const isHeldoutSet = (name: string): boolean => name === HELDOUT_SET || name.startsWith(`${HELDOUT_SET}:`);

export interface ReportOptions {
  details: boolean;
}

const number = (value: number) => value.toFixed(2);

function prfCells(counts: Counts): string {
  const { precision, recall, f1 } = prf(counts);
  return `${number(precision).padStart(5)} ${number(recall).padStart(5)} ${number(f1).padStart(5)}`;
}

function row(set: string, label: string, typed: Counts, polarity: Counts): string {
  const sizes = `${String(typed.nGold).padStart(4)} ${String(typed.nPred).padStart(4)}`;
  return `${set.padEnd(8)} ${label.padEnd(44)} ${sizes} | ${prfCells(typed)} | ${prfCells(polarity)}`;
}

function byTypeTable(byType: ByType): string[] {
  const lines = [`  ${'type'.padEnd(18)}   tp   fp   fn     P     R`];
  for (const type of RELATION_TYPES) {
    const { tp, fp, fn } = byType[type];
    if (tp + fp + fn === 0) continue;
    const precision = tp + fp === 0 ? '    -' : number(tp / (tp + fp)).padStart(5);
    const recall = tp + fn === 0 ? '    -' : number(tp / (tp + fn)).padStart(5);
    lines.push(`  ${type.padEnd(18)} ${[tp, fp, fn].map((n) => String(n).padStart(4)).join(' ')} ${precision} ${recall}`);
  }
  return lines;
}

function detailLines(article: ScoredArticle): string[] {
  if (isHeldoutSet(article.set)) return [];
  const missed = article.score.falseNegatives.map((triple) => `    missed   ${formatTriple(triple)}`);
  const invented = article.score.falsePositives.map((triple) => `    spurious ${formatTriple(triple)}`);
  return [...missed, ...invented];
}

export function renderTable(sets: Summary[], total: Summary, options: ReportOptions): string {
  const header = `${'set'.padEnd(8)} ${'article'.padEnd(44)} gold pred | typed P     R    F1 | polar P     R    F1`;
  const lines = [header, '-'.repeat(header.length)];
  for (const set of sets) {
    for (const article of set.articles) {
      lines.push(row(set.name, article.slug, article.score.typed, article.score.polarity));
      if (options.details) lines.push(...detailLines(article));
    }
    lines.push(row(set.name, 'TOTAL (micro)', set.typed, set.polarity), '');
  }
  if (sets.length > 1) lines.push(row('all', 'TOTAL (micro)', total.typed, total.polarity), '');
  for (const set of sets.filter((s) => !isHeldoutSet(s.name))) {
    lines.push(`per relation type, ${set.name} (tp/fp on extracted triples, fn on gold triples; typed level):`);
    lines.push(...byTypeTable(set.byType), '');
  }
  return lines.join('\n');
}

function countsJson(counts: Counts) {
  return { ...counts, ...prf(counts) };
}

function summaryJson(summary: Summary, options: ReportOptions) {
  return {
    name: summary.name,
    typed: countsJson(summary.typed),
    polarity: countsJson(summary.polarity),
    byType: summary.byType,
    articles: summary.articles.map((article) => {
      const showTriples = options.details && !isHeldoutSet(article.set);
      return {
        slug: article.slug,
        typed: countsJson(article.score.typed),
        polarity: countsJson(article.score.polarity),
        ...(showTriples
          ? {
              falsePositives: article.score.falsePositives.map(formatTriple),
              falseNegatives: article.score.falseNegatives.map(formatTriple),
            }
          : {}),
      };
    }),
  };
}

export function renderJson(sets: Summary[], total: Summary, options: ReportOptions): string {
  const { articles: _articles, ...totalWithoutArticles } = summaryJson(total, options);
  return JSON.stringify({ sets: sets.map((set) => summaryJson(set, options)), total: totalWithoutArticles }, null, 2);
}
