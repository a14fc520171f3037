// @name represents-merge
// @description Links people to the country or organisation they represent, with their role (rows unique per (person, org)). Returns how many new links were given to people who already take stances (their country-level roll-up moves, so the loader rebuilds it); the stance count is only looked at for new links, and MERGE (which locks both ends) only runs for them.
// @param rows: list -- [{person, org, role}]
UNWIND $rows AS row
MATCH (p:Entity {id: row.person})
MATCH (o:Entity {id: row.org})
OPTIONAL MATCH (p)-[existing:REPRESENTS]->(o)
CALL (p, o, row, existing) {
  WITH * WHERE existing IS NULL
  MERGE (p)-[r:REPRESENTS]->(o)
  ON CREATE SET r.role = row.role
  RETURN CASE WHEN COUNT { (p)-[:MET_WITH|VISITED|DISCUSSED|URGED|AGREED_WITH|PRAISED|SUPPORTS|COOPERATES_WITH|AIDED|CONCEDED|CRITICIZED|ACCUSED|OPPOSES|THREATENED|SANCTIONED|MOBILIZED_AGAINST|COERCED|ATTACKED|PROTESTED]-() } > 0 THEN 1 ELSE 0 END AS moved
  UNION ALL
  WITH * WHERE existing IS NOT NULL
  FOREACH (_ IN CASE WHEN row.role IS NOT NULL AND coalesce(existing.role, '') <> row.role THEN [1] ELSE [] END | SET existing.role = row.role)
  RETURN 0 AS moved
}
RETURN sum(moved) AS moved
