// @name graph-stances-filtered
// @description The stances of the whole graph that pass the viewer's filters, at person or country level (endpoints rolled up along REPRESENTS), for GET /api/graph and export: the first $limit by stance id (a uniform sample, since ids are hashes). One branch per relation type reads that type's id index in order (hinted: on a large graph the planner otherwise prefers a label scan and a sort), filters and rolls up row by row, and stops after $limit rows, so the cost is bounded by the limit, not by the graph; a branch whose type or polarity is filtered out is never read. A unit test checks the branches against core/vocabulary.ts.
// @param types: list = null -- relation types to keep (default all)
// @param polarity: list = null -- polarities to keep (default all)
// @param entityTypes: list = null -- entity types both endpoints must have (default all)
// @param from: date = null -- first date
// @param to: date = null -- last date
// @param level: string = person -- person or country
// @param limit: int = 20000 -- at most this many stances (ask one more to detect truncation)
CALL () {
  WITH 'MET_WITH' AS type, 'neutral' AS polarity
  WHERE ($types IS NULL OR type IN $types) AND ($polarity IS NULL OR polarity IN $polarity)
  MATCH (s:Entity)-[r:MET_WITH]->(t:Entity)
  USING INDEX r:MET_WITH(id)
  WHERE r.id IS NOT NULL AND ($from IS NULL OR r.date >= $from) AND ($to IS NULL OR r.date <= $to + '~')
  CALL (s) { OPTIONAL MATCH (s)-[:REPRESENTS]->(c:Entity) WHERE $level = 'country' RETURN c AS sc ORDER BY c.id LIMIT 1 }
  CALL (t) { OPTIONAL MATCH (t)-[:REPRESENTS]->(c:Entity) WHERE $level = 'country' RETURN c AS tc ORDER BY c.id LIMIT 1 }
  WITH r, s, t, coalesce(sc, s) AS a, coalesce(tc, t) AS b
  WHERE a <> b AND ($entityTypes IS NULL OR (a.type IN $entityTypes AND b.type IN $entityTypes))
  RETURN r, s, t, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH 'VISITED' AS type, 'neutral' AS polarity
  WHERE ($types IS NULL OR type IN $types) AND ($polarity IS NULL OR polarity IN $polarity)
  MATCH (s:Entity)-[r:VISITED]->(t:Entity)
  USING INDEX r:VISITED(id)
  WHERE r.id IS NOT NULL AND ($from IS NULL OR r.date >= $from) AND ($to IS NULL OR r.date <= $to + '~')
  CALL (s) { OPTIONAL MATCH (s)-[:REPRESENTS]->(c:Entity) WHERE $level = 'country' RETURN c AS sc ORDER BY c.id LIMIT 1 }
  CALL (t) { OPTIONAL MATCH (t)-[:REPRESENTS]->(c:Entity) WHERE $level = 'country' RETURN c AS tc ORDER BY c.id LIMIT 1 }
  WITH r, s, t, coalesce(sc, s) AS a, coalesce(tc, t) AS b
  WHERE a <> b AND ($entityTypes IS NULL OR (a.type IN $entityTypes AND b.type IN $entityTypes))
  RETURN r, s, t, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH 'DISCUSSED' AS type, 'neutral' AS polarity
  WHERE ($types IS NULL OR type IN $types) AND ($polarity IS NULL OR polarity IN $polarity)
  MATCH (s:Entity)-[r:DISCUSSED]->(t:Entity)
  USING INDEX r:DISCUSSED(id)
  WHERE r.id IS NOT NULL AND ($from IS NULL OR r.date >= $from) AND ($to IS NULL OR r.date <= $to + '~')
  CALL (s) { OPTIONAL MATCH (s)-[:REPRESENTS]->(c:Entity) WHERE $level = 'country' RETURN c AS sc ORDER BY c.id LIMIT 1 }
  CALL (t) { OPTIONAL MATCH (t)-[:REPRESENTS]->(c:Entity) WHERE $level = 'country' RETURN c AS tc ORDER BY c.id LIMIT 1 }
  WITH r, s, t, coalesce(sc, s) AS a, coalesce(tc, t) AS b
  WHERE a <> b AND ($entityTypes IS NULL OR (a.type IN $entityTypes AND b.type IN $entityTypes))
  RETURN r, s, t, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH 'URGED' AS type, 'neutral' AS polarity
  WHERE ($types IS NULL OR type IN $types) AND ($polarity IS NULL OR polarity IN $polarity)
  MATCH (s:Entity)-[r:URGED]->(t:Entity)
  USING INDEX r:URGED(id)
  WHERE r.id IS NOT NULL AND ($from IS NULL OR r.date >= $from) AND ($to IS NULL OR r.date <= $to + '~')
  CALL (s) { OPTIONAL MATCH (s)-[:REPRESENTS]->(c:Entity) WHERE $level = 'country' RETURN c AS sc ORDER BY c.id LIMIT 1 }
  CALL (t) { OPTIONAL MATCH (t)-[:REPRESENTS]->(c:Entity) WHERE $level = 'country' RETURN c AS tc ORDER BY c.id LIMIT 1 }
  WITH r, s, t, coalesce(sc, s) AS a, coalesce(tc, t) AS b
  WHERE a <> b AND ($entityTypes IS NULL OR (a.type IN $entityTypes AND b.type IN $entityTypes))
  RETURN r, s, t, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH 'AGREED_WITH' AS type, 'cooperative' AS polarity
  WHERE ($types IS NULL OR type IN $types) AND ($polarity IS NULL OR polarity IN $polarity)
  MATCH (s:Entity)-[r:AGREED_WITH]->(t:Entity)
  USING INDEX r:AGREED_WITH(id)
  WHERE r.id IS NOT NULL AND ($from IS NULL OR r.date >= $from) AND ($to IS NULL OR r.date <= $to + '~')
  CALL (s) { OPTIONAL MATCH (s)-[:REPRESENTS]->(c:Entity) WHERE $level = 'country' RETURN c AS sc ORDER BY c.id LIMIT 1 }
  CALL (t) { OPTIONAL MATCH (t)-[:REPRESENTS]->(c:Entity) WHERE $level = 'country' RETURN c AS tc ORDER BY c.id LIMIT 1 }
  WITH r, s, t, coalesce(sc, s) AS a, coalesce(tc, t) AS b
  WHERE a <> b AND ($entityTypes IS NULL OR (a.type IN $entityTypes AND b.type IN $entityTypes))
  RETURN r, s, t, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH 'PRAISED' AS type, 'cooperative' AS polarity
  WHERE ($types IS NULL OR type IN $types) AND ($polarity IS NULL OR polarity IN $polarity)
  MATCH (s:Entity)-[r:PRAISED]->(t:Entity)
  USING INDEX r:PRAISED(id)
  WHERE r.id IS NOT NULL AND ($from IS NULL OR r.date >= $from) AND ($to IS NULL OR r.date <= $to + '~')
  CALL (s) { OPTIONAL MATCH (s)-[:REPRESENTS]->(c:Entity) WHERE $level = 'country' RETURN c AS sc ORDER BY c.id LIMIT 1 }
  CALL (t) { OPTIONAL MATCH (t)-[:REPRESENTS]->(c:Entity) WHERE $level = 'country' RETURN c AS tc ORDER BY c.id LIMIT 1 }
  WITH r, s, t, coalesce(sc, s) AS a, coalesce(tc, t) AS b
  WHERE a <> b AND ($entityTypes IS NULL OR (a.type IN $entityTypes AND b.type IN $entityTypes))
  RETURN r, s, t, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH 'SUPPORTS' AS type, 'cooperative' AS polarity
  WHERE ($types IS NULL OR type IN $types) AND ($polarity IS NULL OR polarity IN $polarity)
  MATCH (s:Entity)-[r:SUPPORTS]->(t:Entity)
  USING INDEX r:SUPPORTS(id)
  WHERE r.id IS NOT NULL AND ($from IS NULL OR r.date >= $from) AND ($to IS NULL OR r.date <= $to + '~')
  CALL (s) { OPTIONAL MATCH (s)-[:REPRESENTS]->(c:Entity) WHERE $level = 'country' RETURN c AS sc ORDER BY c.id LIMIT 1 }
  CALL (t) { OPTIONAL MATCH (t)-[:REPRESENTS]->(c:Entity) WHERE $level = 'country' RETURN c AS tc ORDER BY c.id LIMIT 1 }
  WITH r, s, t, coalesce(sc, s) AS a, coalesce(tc, t) AS b
  WHERE a <> b AND ($entityTypes IS NULL OR (a.type IN $entityTypes AND b.type IN $entityTypes))
  RETURN r, s, t, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH 'COOPERATES_WITH' AS type, 'cooperative' AS polarity
  WHERE ($types IS NULL OR type IN $types) AND ($polarity IS NULL OR polarity IN $polarity)
  MATCH (s:Entity)-[r:COOPERATES_WITH]->(t:Entity)
  USING INDEX r:COOPERATES_WITH(id)
  WHERE r.id IS NOT NULL AND ($from IS NULL OR r.date >= $from) AND ($to IS NULL OR r.date <= $to + '~')
  CALL (s) { OPTIONAL MATCH (s)-[:REPRESENTS]->(c:Entity) WHERE $level = 'country' RETURN c AS sc ORDER BY c.id LIMIT 1 }
  CALL (t) { OPTIONAL MATCH (t)-[:REPRESENTS]->(c:Entity) WHERE $level = 'country' RETURN c AS tc ORDER BY c.id LIMIT 1 }
  WITH r, s, t, coalesce(sc, s) AS a, coalesce(tc, t) AS b
  WHERE a <> b AND ($entityTypes IS NULL OR (a.type IN $entityTypes AND b.type IN $entityTypes))
  RETURN r, s, t, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH 'AIDED' AS type, 'cooperative' AS polarity
  WHERE ($types IS NULL OR type IN $types) AND ($polarity IS NULL OR polarity IN $polarity)
  MATCH (s:Entity)-[r:AIDED]->(t:Entity)
  USING INDEX r:AIDED(id)
  WHERE r.id IS NOT NULL AND ($from IS NULL OR r.date >= $from) AND ($to IS NULL OR r.date <= $to + '~')
  CALL (s) { OPTIONAL MATCH (s)-[:REPRESENTS]->(c:Entity) WHERE $level = 'country' RETURN c AS sc ORDER BY c.id LIMIT 1 }
  CALL (t) { OPTIONAL MATCH (t)-[:REPRESENTS]->(c:Entity) WHERE $level = 'country' RETURN c AS tc ORDER BY c.id LIMIT 1 }
  WITH r, s, t, coalesce(sc, s) AS a, coalesce(tc, t) AS b
  WHERE a <> b AND ($entityTypes IS NULL OR (a.type IN $entityTypes AND b.type IN $entityTypes))
  RETURN r, s, t, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH 'CONCEDED' AS type, 'cooperative' AS polarity
  WHERE ($types IS NULL OR type IN $types) AND ($polarity IS NULL OR polarity IN $polarity)
  MATCH (s:Entity)-[r:CONCEDED]->(t:Entity)
  USING INDEX r:CONCEDED(id)
  WHERE r.id IS NOT NULL AND ($from IS NULL OR r.date >= $from) AND ($to IS NULL OR r.date <= $to + '~')
  CALL (s) { OPTIONAL MATCH (s)-[:REPRESENTS]->(c:Entity) WHERE $level = 'country' RETURN c AS sc ORDER BY c.id LIMIT 1 }
  CALL (t) { OPTIONAL MATCH (t)-[:REPRESENTS]->(c:Entity) WHERE $level = 'country' RETURN c AS tc ORDER BY c.id LIMIT 1 }
  WITH r, s, t, coalesce(sc, s) AS a, coalesce(tc, t) AS b
  WHERE a <> b AND ($entityTypes IS NULL OR (a.type IN $entityTypes AND b.type IN $entityTypes))
  RETURN r, s, t, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH 'CRITICIZED' AS type, 'hostile' AS polarity
  WHERE ($types IS NULL OR type IN $types) AND ($polarity IS NULL OR polarity IN $polarity)
  MATCH (s:Entity)-[r:CRITICIZED]->(t:Entity)
  USING INDEX r:CRITICIZED(id)
  WHERE r.id IS NOT NULL AND ($from IS NULL OR r.date >= $from) AND ($to IS NULL OR r.date <= $to + '~')
  CALL (s) { OPTIONAL MATCH (s)-[:REPRESENTS]->(c:Entity) WHERE $level = 'country' RETURN c AS sc ORDER BY c.id LIMIT 1 }
  CALL (t) { OPTIONAL MATCH (t)-[:REPRESENTS]->(c:Entity) WHERE $level = 'country' RETURN c AS tc ORDER BY c.id LIMIT 1 }
  WITH r, s, t, coalesce(sc, s) AS a, coalesce(tc, t) AS b
  WHERE a <> b AND ($entityTypes IS NULL OR (a.type IN $entityTypes AND b.type IN $entityTypes))
  RETURN r, s, t, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH 'ACCUSED' AS type, 'hostile' AS polarity
  WHERE ($types IS NULL OR type IN $types) AND ($polarity IS NULL OR polarity IN $polarity)
  MATCH (s:Entity)-[r:ACCUSED]->(t:Entity)
  USING INDEX r:ACCUSED(id)
  WHERE r.id IS NOT NULL AND ($from IS NULL OR r.date >= $from) AND ($to IS NULL OR r.date <= $to + '~')
  CALL (s) { OPTIONAL MATCH (s)-[:REPRESENTS]->(c:Entity) WHERE $level = 'country' RETURN c AS sc ORDER BY c.id LIMIT 1 }
  CALL (t) { OPTIONAL MATCH (t)-[:REPRESENTS]->(c:Entity) WHERE $level = 'country' RETURN c AS tc ORDER BY c.id LIMIT 1 }
  WITH r, s, t, coalesce(sc, s) AS a, coalesce(tc, t) AS b
  WHERE a <> b AND ($entityTypes IS NULL OR (a.type IN $entityTypes AND b.type IN $entityTypes))
  RETURN r, s, t, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH 'OPPOSES' AS type, 'hostile' AS polarity
  WHERE ($types IS NULL OR type IN $types) AND ($polarity IS NULL OR polarity IN $polarity)
  MATCH (s:Entity)-[r:OPPOSES]->(t:Entity)
  USING INDEX r:OPPOSES(id)
  WHERE r.id IS NOT NULL AND ($from IS NULL OR r.date >= $from) AND ($to IS NULL OR r.date <= $to + '~')
  CALL (s) { OPTIONAL MATCH (s)-[:REPRESENTS]->(c:Entity) WHERE $level = 'country' RETURN c AS sc ORDER BY c.id LIMIT 1 }
  CALL (t) { OPTIONAL MATCH (t)-[:REPRESENTS]->(c:Entity) WHERE $level = 'country' RETURN c AS tc ORDER BY c.id LIMIT 1 }
  WITH r, s, t, coalesce(sc, s) AS a, coalesce(tc, t) AS b
  WHERE a <> b AND ($entityTypes IS NULL OR (a.type IN $entityTypes AND b.type IN $entityTypes))
  RETURN r, s, t, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH 'THREATENED' AS type, 'hostile' AS polarity
  WHERE ($types IS NULL OR type IN $types) AND ($polarity IS NULL OR polarity IN $polarity)
  MATCH (s:Entity)-[r:THREATENED]->(t:Entity)
  USING INDEX r:THREATENED(id)
  WHERE r.id IS NOT NULL AND ($from IS NULL OR r.date >= $from) AND ($to IS NULL OR r.date <= $to + '~')
  CALL (s) { OPTIONAL MATCH (s)-[:REPRESENTS]->(c:Entity) WHERE $level = 'country' RETURN c AS sc ORDER BY c.id LIMIT 1 }
  CALL (t) { OPTIONAL MATCH (t)-[:REPRESENTS]->(c:Entity) WHERE $level = 'country' RETURN c AS tc ORDER BY c.id LIMIT 1 }
  WITH r, s, t, coalesce(sc, s) AS a, coalesce(tc, t) AS b
  WHERE a <> b AND ($entityTypes IS NULL OR (a.type IN $entityTypes AND b.type IN $entityTypes))
  RETURN r, s, t, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH 'SANCTIONED' AS type, 'hostile' AS polarity
  WHERE ($types IS NULL OR type IN $types) AND ($polarity IS NULL OR polarity IN $polarity)
  MATCH (s:Entity)-[r:SANCTIONED]->(t:Entity)
  USING INDEX r:SANCTIONED(id)
  WHERE r.id IS NOT NULL AND ($from IS NULL OR r.date >= $from) AND ($to IS NULL OR r.date <= $to + '~')
  CALL (s) { OPTIONAL MATCH (s)-[:REPRESENTS]->(c:Entity) WHERE $level = 'country' RETURN c AS sc ORDER BY c.id LIMIT 1 }
  CALL (t) { OPTIONAL MATCH (t)-[:REPRESENTS]->(c:Entity) WHERE $level = 'country' RETURN c AS tc ORDER BY c.id LIMIT 1 }
  WITH r, s, t, coalesce(sc, s) AS a, coalesce(tc, t) AS b
  WHERE a <> b AND ($entityTypes IS NULL OR (a.type IN $entityTypes AND b.type IN $entityTypes))
  RETURN r, s, t, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH 'MOBILIZED_AGAINST' AS type, 'hostile' AS polarity
  WHERE ($types IS NULL OR type IN $types) AND ($polarity IS NULL OR polarity IN $polarity)
  MATCH (s:Entity)-[r:MOBILIZED_AGAINST]->(t:Entity)
  USING INDEX r:MOBILIZED_AGAINST(id)
  WHERE r.id IS NOT NULL AND ($from IS NULL OR r.date >= $from) AND ($to IS NULL OR r.date <= $to + '~')
  CALL (s) { OPTIONAL MATCH (s)-[:REPRESENTS]->(c:Entity) WHERE $level = 'country' RETURN c AS sc ORDER BY c.id LIMIT 1 }
  CALL (t) { OPTIONAL MATCH (t)-[:REPRESENTS]->(c:Entity) WHERE $level = 'country' RETURN c AS tc ORDER BY c.id LIMIT 1 }
  WITH r, s, t, coalesce(sc, s) AS a, coalesce(tc, t) AS b
  WHERE a <> b AND ($entityTypes IS NULL OR (a.type IN $entityTypes AND b.type IN $entityTypes))
  RETURN r, s, t, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH 'COERCED' AS type, 'hostile' AS polarity
  WHERE ($types IS NULL OR type IN $types) AND ($polarity IS NULL OR polarity IN $polarity)
  MATCH (s:Entity)-[r:COERCED]->(t:Entity)
  USING INDEX r:COERCED(id)
  WHERE r.id IS NOT NULL AND ($from IS NULL OR r.date >= $from) AND ($to IS NULL OR r.date <= $to + '~')
  CALL (s) { OPTIONAL MATCH (s)-[:REPRESENTS]->(c:Entity) WHERE $level = 'country' RETURN c AS sc ORDER BY c.id LIMIT 1 }
  CALL (t) { OPTIONAL MATCH (t)-[:REPRESENTS]->(c:Entity) WHERE $level = 'country' RETURN c AS tc ORDER BY c.id LIMIT 1 }
  WITH r, s, t, coalesce(sc, s) AS a, coalesce(tc, t) AS b
  WHERE a <> b AND ($entityTypes IS NULL OR (a.type IN $entityTypes AND b.type IN $entityTypes))
  RETURN r, s, t, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH 'ATTACKED' AS type, 'hostile' AS polarity
  WHERE ($types IS NULL OR type IN $types) AND ($polarity IS NULL OR polarity IN $polarity)
  MATCH (s:Entity)-[r:ATTACKED]->(t:Entity)
  USING INDEX r:ATTACKED(id)
  WHERE r.id IS NOT NULL AND ($from IS NULL OR r.date >= $from) AND ($to IS NULL OR r.date <= $to + '~')
  CALL (s) { OPTIONAL MATCH (s)-[:REPRESENTS]->(c:Entity) WHERE $level = 'country' RETURN c AS sc ORDER BY c.id LIMIT 1 }
  CALL (t) { OPTIONAL MATCH (t)-[:REPRESENTS]->(c:Entity) WHERE $level = 'country' RETURN c AS tc ORDER BY c.id LIMIT 1 }
  WITH r, s, t, coalesce(sc, s) AS a, coalesce(tc, t) AS b
  WHERE a <> b AND ($entityTypes IS NULL OR (a.type IN $entityTypes AND b.type IN $entityTypes))
  RETURN r, s, t, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH 'PROTESTED' AS type, 'hostile' AS polarity
  WHERE ($types IS NULL OR type IN $types) AND ($polarity IS NULL OR polarity IN $polarity)
  MATCH (s:Entity)-[r:PROTESTED]->(t:Entity)
  USING INDEX r:PROTESTED(id)
  WHERE r.id IS NOT NULL AND ($from IS NULL OR r.date >= $from) AND ($to IS NULL OR r.date <= $to + '~')
  CALL (s) { OPTIONAL MATCH (s)-[:REPRESENTS]->(c:Entity) WHERE $level = 'country' RETURN c AS sc ORDER BY c.id LIMIT 1 }
  CALL (t) { OPTIONAL MATCH (t)-[:REPRESENTS]->(c:Entity) WHERE $level = 'country' RETURN c AS tc ORDER BY c.id LIMIT 1 }
  WITH r, s, t, coalesce(sc, s) AS a, coalesce(tc, t) AS b
  WHERE a <> b AND ($entityTypes IS NULL OR (a.type IN $entityTypes AND b.type IN $entityTypes))
  RETURN r, s, t, a, b ORDER BY r.id LIMIT $limit
}
WITH r, s, t, a, b ORDER BY r.id LIMIT $limit
RETURN a {.id, .name, .type, .aliases, .country, .role} AS source, b {.id, .name, .type, .aliases, .country, .role} AS target,
       type(r) AS relation, properties(r) AS props,
       CASE WHEN a = s THEN null ELSE s.id END AS sourcePerson, CASE WHEN b = t THEN null ELSE t.id END AS targetPerson
ORDER BY r.id
