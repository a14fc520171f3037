// @name shortest-path
// @description The shortest chain of stances (and REPRESENTS links) between two actors, one row per step.
// @param from: actor -- where the path starts
// @param to: actor -- where the path ends
// @param maxHops: int = 6 -- give up beyond this many steps (at most 10)
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[:MET_WITH|VISITED|DISCUSSED|URGED|AGREED_WITH|PRAISED|SUPPORTS|COOPERATES_WITH|AIDED|CONCEDED|CRITICIZED|ACCUSED|OPPOSES|THREATENED|SANCTIONED|MOBILIZED_AGAINST|COERCED|ATTACKED|PROTESTED|REPRESENTS*..10]-(b))
WHERE length(p) <= $maxHops AND all(n IN nodes(p) WHERE n:Entity)
UNWIND range(0, length(p) - 1) AS step
WITH step, relationships(p)[step] AS r, nodes(p)[step] AS here, nodes(p)[step + 1] AS next
RETURN step + 1 AS step, startNode(r).name AS source, type(r) AS type, endNode(r).name AS target,
       CASE WHEN startNode(r) = here THEN 'forward' ELSE 'backward' END AS direction,
       r.evidence AS evidence, startNode(r).id AS sourceId, endNode(r).id AS targetId, r.id AS stanceId
ORDER BY step
