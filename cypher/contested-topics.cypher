// @name contested-topics
// @description Topics that some actors treat cooperatively (support, aid, praise) and others with hostility (criticise, oppose), with both camps. Topics are ranked by how many distinct actors take sides, counted from the relationships alone (no property reads); names and stance ids are read only for the topics returned.
// @param limit: int = 20 -- at most this many topics
MATCH (t:Topic)
WHERE EXISTS { (t)<-[:AGREED_WITH|PRAISED|SUPPORTS|COOPERATES_WITH|AIDED|CONCEDED]-(:Entity) }
  AND EXISTS { (t)<-[:CRITICIZED|ACCUSED|OPPOSES|THREATENED|SANCTIONED|MOBILIZED_AGAINST|COERCED|ATTACKED|PROTESTED]-(:Entity) }
CALL (t) {
  MATCH (t)<-[:AGREED_WITH|PRAISED|SUPPORTS|COOPERATES_WITH|AIDED|CONCEDED]-(s:Entity)
  RETURN collect(DISTINCT s) AS supporters
}
CALL (t) {
  MATCH (t)<-[:CRITICIZED|ACCUSED|OPPOSES|THREATENED|SANCTIONED|MOBILIZED_AGAINST|COERCED|ATTACKED|PROTESTED]-(s:Entity)
  RETURN collect(DISTINCT s) AS opponents
}
WITH t, supporters, opponents, size(supporters) + size(opponents) AS actors
ORDER BY actors DESC, t.name
LIMIT $limit
CALL (t) {
  MATCH (t)<-[r:AGREED_WITH|PRAISED|SUPPORTS|COOPERATES_WITH|AIDED|CONCEDED|CRITICIZED|ACCUSED|OPPOSES|THREATENED|SANCTIONED|MOBILIZED_AGAINST|COERCED|ATTACKED|PROTESTED]-(:Entity)
  WITH r LIMIT 50
  RETURN collect(r.id) AS stanceIds
}
RETURN t.name AS topic, [s IN supporters | s.name] AS supporters, [s IN opponents | s.name] AS opponents, actors, t.id AS entityId,
       stanceIds
ORDER BY actors DESC, topic
