// @name stats
// @description One row: how many entities, articles and stances the graph holds, with counts by entity type, relation type and polarity (read from Neo4j's count store, so constant time at any size).
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (e:Person) RETURN count(e) AS persons }
CALL () { MATCH (e:Country) RETURN count(e) AS countries }
CALL () { MATCH (e:Organization) RETURN count(e) AS organizations }
CALL () { MATCH (e:Group) RETURN count(e) AS groups }
CALL () { MATCH (e:Topic) RETURN count(e) AS topics }
CALL () {
  MATCH ()-[r:MET_WITH]->() RETURN "MET_WITH" AS type, count(r) AS n
  UNION ALL
  MATCH ()-[r:VISITED]->() RETURN "VISITED" AS type, count(r) AS n
  UNION ALL
  MATCH ()-[r:DISCUSSED]->() RETURN "DISCUSSED" AS type, count(r) AS n
  UNION ALL
  MATCH ()-[r:URGED]->() RETURN "URGED" AS type, count(r) AS n
  UNION ALL
  MATCH ()-[r:AGREED_WITH]->() RETURN "AGREED_WITH" AS type, count(r) AS n
  UNION ALL
  MATCH ()-[r:PRAISED]->() RETURN "PRAISED" AS type, count(r) AS n
  UNION ALL
  MATCH ()-[r:SUPPORTS]->() RETURN "SUPPORTS" AS type, count(r) AS n
  UNION ALL
  MATCH ()-[r:COOPERATES_WITH]->() RETURN "COOPERATES_WITH" AS type, count(r) AS n
  UNION ALL
  MATCH ()-[r:AIDED]->() RETURN "AIDED" AS type, count(r) AS n
  UNION ALL
  MATCH ()-[r:CONCEDED]->() RETURN "CONCEDED" AS type, count(r) AS n
  UNION ALL
  MATCH ()-[r:CRITICIZED]->() RETURN "CRITICIZED" AS type, count(r) AS n
  UNION ALL
  MATCH ()-[r:ACCUSED]->() RETURN "ACCUSED" AS type, count(r) AS n
  UNION ALL
  MATCH ()-[r:OPPOSES]->() RETURN "OPPOSES" AS type, count(r) AS n
  UNION ALL
  MATCH ()-[r:THREATENED]->() RETURN "THREATENED" AS type, count(r) AS n
  UNION ALL
  MATCH ()-[r:SANCTIONED]->() RETURN "SANCTIONED" AS type, count(r) AS n
  UNION ALL
  MATCH ()-[r:MOBILIZED_AGAINST]->() RETURN "MOBILIZED_AGAINST" AS type, count(r) AS n
  UNION ALL
  MATCH ()-[r:COERCED]->() RETURN "COERCED" AS type, count(r) AS n
  UNION ALL
  MATCH ()-[r:ATTACKED]->() RETURN "ATTACKED" AS type, count(r) AS n
  UNION ALL
  MATCH ()-[r:PROTESTED]->() RETURN "PROTESTED" AS type, count(r) AS n
}
WITH entities, articles, persons, countries, organizations, groups, topics, type, n
ORDER BY n DESC, type
WITH entities, articles, persons, countries, organizations, groups, topics,
     sum(n) AS stances,
     sum(CASE WHEN type IN ["AGREED_WITH", "PRAISED", "SUPPORTS", "COOPERATES_WITH", "AIDED", "CONCEDED"] THEN n ELSE 0 END) AS cooperative,
     sum(CASE WHEN type IN ["MET_WITH", "VISITED", "DISCUSSED", "URGED"] THEN n ELSE 0 END) AS neutral,
     sum(CASE WHEN type IN ["CRITICIZED", "ACCUSED", "OPPOSES", "THREATENED", "SANCTIONED", "MOBILIZED_AGAINST", "COERCED", "ATTACKED", "PROTESTED"] THEN n ELSE 0 END) AS hostile,
     [x IN collect({type: type, count: n}) WHERE x.count > 0] AS byType
RETURN entities, articles, stances, persons, countries, organizations, groups, topics, cooperative, neutral, hostile, byType
