// @name represents-merge
// @description Links people to the country or organisation they represent, with their role. Returns how many new links were given to people who already take stances (their country-level roll-up moves, so the loader rebuilds it).
// @param rows: list -- [{person, org, role}]
UNWIND $rows AS row
MATCH (p:Entity {id: row.person})
MATCH (o:Entity {id: row.org})
OPTIONAL MATCH (p)-[existing:REPRESENTS]->(o)
WITH p, o, row, existing IS NULL AS isNew
MERGE (p)-[r:REPRESENTS]->(o)
FOREACH (_ IN CASE WHEN row.role IS NOT NULL AND (r.role IS NULL OR r.role <> row.role) THEN [1] ELSE [] END | SET r.role = row.role)
RETURN count(CASE WHEN isNew AND COUNT { (p)-[:MET_WITH|VISITED|DISCUSSED|URGED|AGREED_WITH|PRAISED|SUPPORTS|COOPERATES_WITH|AIDED|CONCEDED|CRITICIZED|ACCUSED|OPPOSES|THREATENED|SANCTIONED|MOBILIZED_AGAINST|COERCED|ATTACKED|PROTESTED]-() } > 0 THEN 1 END) AS moved
