// @name stances-of
// @description All stances from and to an actor, newest first, each with its evidence sentence and source article.
// @param actor: actor -- id, name or alias of the actor
// @param limit: int = 200 -- at most this many stances
MATCH (e:Entity {id: $actor})-[r:MET_WITH|VISITED|DISCUSSED|URGED|AGREED_WITH|PRAISED|SUPPORTS|COOPERATES_WITH|AIDED|CONCEDED|CRITICIZED|ACCUSED|OPPOSES|THREATENED|SANCTIONED|MOBILIZED_AGAINST|COERCED|ATTACKED|PROTESTED]-(other:Entity)
WITH e, r, other ORDER BY r.date DESC, r.id LIMIT $limit
WITH r, startNode(r) AS s, endNode(r) AS t, startNode(r) = e AS outgoing
OPTIONAL MATCH (a:Article {id: r.articleId})
RETURN CASE WHEN outgoing THEN 'out' ELSE 'in' END AS direction,
       s.name AS source, type(r) AS type, t.name AS target, r.polarity AS polarity,
       r.date AS date, r.evidence AS evidence, a.title AS article,
       s.id AS sourceId, t.id AS targetId, r.articleId AS articleId, r.id AS stanceId, r.confidence AS confidence
ORDER BY date DESC, stanceId
