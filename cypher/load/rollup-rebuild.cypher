// @name rollup-rebuild
// @description Rebuilds the country-level roll-up from every stance (auto-commit, written in batches). Used when stances were replaced or a person's country changed, and on a database loaded before the roll-up existed.
MATCH (s:Entity)-[r:MET_WITH|VISITED|DISCUSSED|URGED|AGREED_WITH|PRAISED|SUPPORTS|COOPERATES_WITH|AIDED|CONCEDED|CRITICIZED|ACCUSED|OPPOSES|THREATENED|SANCTIONED|MOBILIZED_AGAINST|COERCED|ATTACKED|PROTESTED]->(t:Entity)
CALL (s) { OPTIONAL MATCH (s)-[:REPRESENTS]->(c:Entity) RETURN c AS sc ORDER BY c.id LIMIT 1 }
CALL (t) { OPTIONAL MATCH (t)-[:REPRESENTS]->(c:Entity) RETURN c AS tc ORDER BY c.id LIMIT 1 }
WITH coalesce(sc, s) AS source, coalesce(tc, t) AS target, r
WHERE source <> target
WITH source, target, type(r) AS type, r.polarity AS polarity, count(r) AS n, min(r.date) AS first, max(r.date) AS last,
     collect(r.id)[..50] AS ids
CALL (source, target, type, polarity, n, first, last, ids) {
  CREATE (:Rollup {key: source.id + '|' + type + '|' + target.id, sourceId: source.id, sourceName: source.name, type: type,
                   targetId: target.id, targetName: target.name, polarity: polarity, stances: n, first: first, last: last,
                   stanceIds: ids})
} IN TRANSACTIONS OF 10000 ROWS
