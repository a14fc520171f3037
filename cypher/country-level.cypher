// @name country-level
// @description Stances rolled up from people to the countries and organisations they represent (REPRESENTS), counted per (source, type, target).
// @param actor: actor = null -- only roll-ups where this country/organisation is source or target
// @param limit: int = 100 -- at most this many rows
MATCH (s:Entity)-[r]->(t:Entity)
WHERE r.polarity IS NOT NULL
CALL (s) { OPTIONAL MATCH (s)-[:REPRESENTS]->(c:Entity) RETURN c AS sc ORDER BY c.id LIMIT 1 }
CALL (t) { OPTIONAL MATCH (t)-[:REPRESENTS]->(c:Entity) RETURN c AS tc ORDER BY c.id LIMIT 1 }
WITH coalesce(sc, s) AS source, type(r) AS type, r.polarity AS polarity, coalesce(tc, t) AS target, r
WHERE source <> target AND ($actor IS NULL OR source.id = $actor OR target.id = $actor)
RETURN source.name AS source, type, target.name AS target, polarity, count(r) AS stances,
       min(r.date) AS first, max(r.date) AS last, source.id AS sourceId, target.id AS targetId, collect(r.id)[..50] AS stanceIds
ORDER BY stances DESC, source, type, target
LIMIT $limit
