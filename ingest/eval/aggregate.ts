/** Micro-averaged totals over the scored articles of a set, and over several sets. */
import { type ArticleScore, addByType, addCounts, type ByType, type Counts, emptyByType, emptyCounts } from './score.js';

export interface ScoredArticle {
  set: string;
  slug: string;
  score: ArticleScore;
}

export interface Summary {
  name: string;
  articles: ScoredArticle[];
  typed: Counts;
  polarity: Counts;
  byType: ByType;
}

export function summarize(name: string, articles: ScoredArticle[]): Summary {
  let typed = emptyCounts();
  let polarity = emptyCounts();
  let byType = emptyByType();
  for (const { score } of articles) {
    typed = addCounts(typed, score.typed);
    polarity = addCounts(polarity, score.polarity);
    byType = addByType(byType, score.byType);
  }
  return { name, articles, typed, polarity, byType };
}

/** Groups scored articles by set (in first-seen order) and adds an overall total. */
export function summarizeBySet(articles: ScoredArticle[]): { sets: Summary[]; total: Summary } {
  const names = [...new Set(articles.map((article) => article.set))];
  const sets = names.map((name) =>
    summarize(
      name,
      articles.filter((article) => article.set === name),
    ),
  );
  return { sets, total: summarize('total', articles) };
}
