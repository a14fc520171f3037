// @name stances-between
// @description Every stance between two actors, in either direction, with evidence and article.
// @param a: actor -- the first actor
// @param b: actor -- the second actor
// @param limit: int = 200 -- at most this many stances
MATCH (x:Entity {id: $a})-[r:MET_WITH|VISITED|DISCUSSED|URGED|AGREED_WITH|PRAISED|SUPPORTS|COOPERATES_WITH|AIDED|CONCEDED|CRITICIZED|ACCUSED|OPPOSES|THREATENED|SANCTIONED|MOBILIZED_AGAINST|COERCED|ATTACKED|PROTESTED]-(y:Entity {id: $b})
WITH r, startNode(r) AS s, endNode(r) AS t
ORDER BY r.date DESC, r.id LIMIT $limit
OPTIONAL MATCH (art:Article {id: r.articleId})
RETURN s.name AS source, type(r) AS type, t.name AS target, r.polarity AS polarity, r.date AS date,
       r.evidence AS evidence, art.title AS article,
       s.id AS sourceId, t.id AS targetId, r.articleId AS articleId, r.id AS stanceId
ORDER BY date DESC, stanceId
