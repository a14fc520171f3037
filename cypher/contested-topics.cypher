// @name contested-topics
// @description Topics that some actors treat cooperatively (support, aid, praise) and others with hostility (criticise, oppose), with both camps.
// @param limit: int = 20 -- at most this many topics
MATCH (t:Topic)<-[r:AGREED_WITH|PRAISED|SUPPORTS|COOPERATES_WITH|AIDED|CONCEDED|CRITICIZED|ACCUSED|OPPOSES|THREATENED|SANCTIONED|MOBILIZED_AGAINST|COERCED|ATTACKED|PROTESTED]-(s:Entity)
WITH t, collect(DISTINCT CASE WHEN r.polarity = 'cooperative' THEN s.name END) AS supporters,
        collect(DISTINCT CASE WHEN r.polarity = 'hostile' THEN s.name END) AS opponents,
        collect(r.id)[..50] AS stanceIds
WHERE size(supporters) > 0 AND size(opponents) > 0
RETURN t.name AS topic, supporters, opponents, size(supporters) + size(opponents) AS actors, t.id AS entityId, stanceIds
ORDER BY actors DESC, topic
LIMIT $limit
