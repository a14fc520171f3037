// @name timeline
// @description An actor's stances in date order, optionally within a date range.
// @param actor: actor -- the actor
// @param from: date = null -- first date (YYYY, YYYY-MM or YYYY-MM-DD)
// @param to: date = null -- last date
// @param limit: int = 500 -- at most this many stances
MATCH (e:Entity {id: $actor})-[r:MET_WITH|VISITED|DISCUSSED|URGED|AGREED_WITH|PRAISED|SUPPORTS|COOPERATES_WITH|AIDED|CONCEDED|CRITICIZED|ACCUSED|OPPOSES|THREATENED|SANCTIONED|MOBILIZED_AGAINST|COERCED|ATTACKED|PROTESTED]-(:Entity)
WHERE ($from IS NULL OR r.date >= $from)
  AND ($to IS NULL OR r.date <= $to + '~')
WITH e, r, startNode(r) AS s, endNode(r) AS t
ORDER BY r.date, r.start
LIMIT $limit
RETURN r.date AS date, CASE WHEN s = e THEN 'out' ELSE 'in' END AS direction, s.name AS source, type(r) AS type,
       t.name AS target, r.polarity AS polarity, r.evidence AS evidence, s.id AS sourceId, t.id AS targetId,
       r.articleId AS articleId, r.id AS stanceId
