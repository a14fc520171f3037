// @name graph-stances-by-ids
// @description The given stances (found by a canned query or an ego network) that pass the viewer's filters, at person or country level.
// @param ids: list -- stance ids
// @param types: list = null -- relation types to keep (default all)
// @param polarity: list = null -- polarities to keep (default all)
// @param entityTypes: list = null -- entity types both endpoints must have (default all)
// @param from: date = null -- first date
// @param to: date = null -- last date
// @param level: string = person -- person or country
// @param limit: int = 20000 -- at most this many stances
UNWIND $ids AS id
MATCH (s:Entity)-[r:MET_WITH|VISITED|DISCUSSED|URGED|AGREED_WITH|PRAISED|SUPPORTS|COOPERATES_WITH|AIDED|CONCEDED|CRITICIZED|ACCUSED|OPPOSES|THREATENED|SANCTIONED|MOBILIZED_AGAINST|COERCED|ATTACKED|PROTESTED]->(t:Entity)
WHERE r.id = id
  AND ($types IS NULL OR type(r) IN $types)
  AND ($polarity IS NULL OR r.polarity IN $polarity)
  AND ($from IS NULL OR r.date >= $from)
  AND ($to IS NULL OR r.date <= $to + '~')
WITH r, s, t
CALL (s) { OPTIONAL MATCH (s)-[:REPRESENTS]->(c:Entity) WHERE $level = 'country' RETURN c AS sc ORDER BY c.id LIMIT 1 }
CALL (t) { OPTIONAL MATCH (t)-[:REPRESENTS]->(c:Entity) WHERE $level = 'country' RETURN c AS tc ORDER BY c.id LIMIT 1 }
WITH r, s, t, coalesce(sc, s) AS a, coalesce(tc, t) AS b
WHERE a <> b AND ($entityTypes IS NULL OR (a.type IN $entityTypes AND b.type IN $entityTypes))
RETURN a {.id, .name, .type, .aliases, .country, .role} AS source, b {.id, .name, .type, .aliases, .country, .role} AS target,
       type(r) AS relation, properties(r) AS props,
       CASE WHEN a = s THEN null ELSE s.id END AS sourcePerson, CASE WHEN b = t THEN null ELSE t.id END AS targetPerson
ORDER BY props.id
LIMIT $limit
