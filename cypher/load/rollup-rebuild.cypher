// @name rollup-rebuild
// @description Rebuilds the country-level roll-up from every stance (auto-commit, written in batches), run by the holder of the rebuild lease after rollup-clear. Used when stances were replaced or a person's country changed, and on a database loaded before the roll-up existed. MERGE, not CREATE: a loader that began while the roll-up was still exact may add a Rollup node meanwhile; its key is then set to the rebuilt values (and that loader's commit makes this rebuild's result count as stale, see rollup-finish).
MATCH (s:Entity)-[r:MET_WITH|VISITED|DISCUSSED|URGED|AGREED_WITH|PRAISED|SUPPORTS|COOPERATES_WITH|AIDED|CONCEDED|CRITICIZED|ACCUSED|OPPOSES|THREATENED|SANCTIONED|MOBILIZED_AGAINST|COERCED|ATTACKED|PROTESTED]->(t:Entity)
CALL (s) { OPTIONAL MATCH (s)-[:REPRESENTS]->(c:Entity) RETURN c AS sc ORDER BY c.id LIMIT 1 }
CALL (t) { OPTIONAL MATCH (t)-[:REPRESENTS]->(c:Entity) RETURN c AS tc ORDER BY c.id LIMIT 1 }
WITH coalesce(sc, s) AS source, coalesce(tc, t) AS target, r
WHERE source <> target
WITH source, target, type(r) AS type, r.polarity AS polarity, count(r) AS n, min(r.date) AS first, max(r.date) AS last,
     collect(r.id)[..50] AS ids
CALL (source, target, type, polarity, n, first, last, ids) {
  MERGE (g:Rollup {key: source.id + '|' + type + '|' + target.id})
  SET g.sourceId = source.id, g.sourceName = source.name, g.type = type, g.targetId = target.id, g.targetName = target.name,
      g.polarity = polarity, g.stances = n, g.first = first, g.last = last, g.stanceIds = ids
} IN TRANSACTIONS OF 10000 ROWS
