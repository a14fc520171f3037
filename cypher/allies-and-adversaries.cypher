// @name allies-and-adversaries
// @description Who an actor treats cooperatively or with hostility (direction "out"), and who treats it so ("in"), with counts and relation types.
// @param actor: actor -- the actor
// @param limit: int = 100 -- at most this many rows
MATCH (e:Entity {id: $actor})-[r:AGREED_WITH|PRAISED|SUPPORTS|COOPERATES_WITH|AIDED|CONCEDED|CRITICIZED|ACCUSED|OPPOSES|THREATENED|SANCTIONED|MOBILIZED_AGAINST|COERCED|ATTACKED|PROTESTED]-(o:Entity)
WITH o, r, CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction
RETURN o.name AS counterpart, CASE r.polarity WHEN 'cooperative' THEN 'ally' ELSE 'adversary' END AS relation,
       direction, count(r) AS stances, collect(DISTINCT type(r)) AS types, o.id AS entityId, collect(r.id)[..50] AS stanceIds
ORDER BY stances DESC, relation, counterpart
LIMIT $limit
