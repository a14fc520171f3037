// @name who-met-whom
// @description Pairs of actors that met (MET_WITH, symmetric), with how often, when first and last, and one evidence sentence.
// @param actor: actor = null -- only the meetings of this actor (default: everyone)
// @param limit: int = 100 -- at most this many pairs
MATCH (a:Entity)-[r:MET_WITH]->(b:Entity)
WHERE $actor IS NULL OR a.id = $actor OR b.id = $actor
WITH CASE WHEN a.id < b.id THEN a ELSE b END AS x, CASE WHEN a.id < b.id THEN b ELSE a END AS y, r
ORDER BY r.date
RETURN x.name AS actor1, y.name AS actor2, count(r) AS meetings, min(r.date) AS first, max(r.date) AS last,
       head(collect(r.evidence)) AS evidence, x.id AS sourceId, y.id AS targetId, collect(r.id)[..50] AS stanceIds
ORDER BY meetings DESC, first, actor1, actor2
LIMIT $limit
