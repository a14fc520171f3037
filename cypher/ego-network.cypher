// @name ego-network
// @description The stances among an actor and everyone within `depth` stance hops of it (depth 1-3), each hop capped at `limit` new actors so hubs stay bounded (each hop stops expanding once it has `limit` actors).
// @param actor: actor -- the centre of the network
// @param depth: int = 1 -- hops from the centre (1, 2 or 3)
// @param limit: int = 300 -- at most this many actors per hop and this many stances in all
MATCH (c:Entity {id: $actor})
CALL (c) {
  MATCH (c)-[:MET_WITH|VISITED|DISCUSSED|URGED|AGREED_WITH|PRAISED|SUPPORTS|COOPERATES_WITH|AIDED|CONCEDED|CRITICIZED|ACCUSED|OPPOSES|THREATENED|SANCTIONED|MOBILIZED_AGAINST|COERCED|ATTACKED|PROTESTED]-(n:Entity)
  WITH DISTINCT n LIMIT $limit
  RETURN collect(n) AS hop1
}
CALL (c, hop1) {
  UNWIND CASE WHEN $depth >= 2 THEN hop1 ELSE [] END AS x
  MATCH (x)-[:MET_WITH|VISITED|DISCUSSED|URGED|AGREED_WITH|PRAISED|SUPPORTS|COOPERATES_WITH|AIDED|CONCEDED|CRITICIZED|ACCUSED|OPPOSES|THREATENED|SANCTIONED|MOBILIZED_AGAINST|COERCED|ATTACKED|PROTESTED]-(n:Entity) WHERE n <> c AND NOT n IN hop1
  WITH DISTINCT n LIMIT $limit
  RETURN collect(n) AS hop2
}
CALL (c, hop1, hop2) {
  UNWIND CASE WHEN $depth >= 3 THEN hop2 ELSE [] END AS x
  MATCH (x)-[:MET_WITH|VISITED|DISCUSSED|URGED|AGREED_WITH|PRAISED|SUPPORTS|COOPERATES_WITH|AIDED|CONCEDED|CRITICIZED|ACCUSED|OPPOSES|THREATENED|SANCTIONED|MOBILIZED_AGAINST|COERCED|ATTACKED|PROTESTED]-(n:Entity) WHERE n <> c AND NOT n IN hop1 AND NOT n IN hop2
  WITH DISTINCT n LIMIT $limit
  RETURN collect(n) AS hop3
}
WITH [c] + hop1 + hop2 + hop3 AS members
UNWIND members AS s
MATCH (s)-[r:MET_WITH|VISITED|DISCUSSED|URGED|AGREED_WITH|PRAISED|SUPPORTS|COOPERATES_WITH|AIDED|CONCEDED|CRITICIZED|ACCUSED|OPPOSES|THREATENED|SANCTIONED|MOBILIZED_AGAINST|COERCED|ATTACKED|PROTESTED]->(t:Entity)
WHERE t IN members
WITH s, r, t LIMIT $limit
RETURN s.name AS source, type(r) AS type, t.name AS target, r.polarity AS polarity, r.date AS date,
       r.evidence AS evidence, s.id AS sourceId, t.id AS targetId, r.articleId AS articleId, r.id AS stanceId
ORDER BY source, type, target, date
