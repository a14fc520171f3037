// @name article-claims
// @description Every stance one article states, in reading order, with its evidence sentence and offsets.
// @param article: article -- article id or part of its title
MATCH (s:Entity)-[r:MET_WITH|VISITED|DISCUSSED|URGED|AGREED_WITH|PRAISED|SUPPORTS|COOPERATES_WITH|AIDED|CONCEDED|CRITICIZED|ACCUSED|OPPOSES|THREATENED|SANCTIONED|MOBILIZED_AGAINST|COERCED|ATTACKED|PROTESTED]->(t:Entity)
WHERE r.articleId = $article
RETURN r.start AS start, r.end AS end, s.name AS source, type(r) AS type, t.name AS target, r.polarity AS polarity,
       r.evidence AS evidence, r.method AS method, r.confidence AS confidence,
       s.id AS sourceId, t.id AS targetId, r.id AS stanceId
ORDER BY start, type, target
