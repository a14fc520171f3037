// @name who-met-whom
// @description Pairs of actors that met (MET_WITH, symmetric), with how often, when first and last, and one evidence sentence (from their first meeting). With an actor, only that actor's meetings are read (through its id); without, every meeting is counted per pair before evidence and ids are read for the pairs returned.
// @param actor: actor = null -- only the meetings of this actor (default: everyone)
// @param limit: int = 100 -- at most this many pairs
CALL () {
  MATCH (a:Entity {id: $actor})-[r:MET_WITH]-(b:Entity)
  RETURN a, b, r
  UNION ALL
  MATCH (a:Entity)-[r:MET_WITH]->(b:Entity)
  WHERE $actor IS NULL
  RETURN a, b, r
}
WITH CASE WHEN a.id < b.id THEN a ELSE b END AS x, CASE WHEN a.id < b.id THEN b ELSE a END AS y, r
WITH x, y, count(r) AS meetings, min(r.date) AS first, max(r.date) AS last, collect(r) AS rs
ORDER BY meetings DESC, first, x.name, y.name
LIMIT $limit
RETURN x.name AS actor1, y.name AS actor2, meetings, first, last,
       coalesce(head([q IN rs WHERE q.date = first | q.evidence]), head(rs).evidence) AS evidence, x.id AS sourceId,
       y.id AS targetId, [q IN rs[..50] | q.id] AS stanceIds
ORDER BY meetings DESC, first, actor1, actor2
