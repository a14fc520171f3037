// @name represents-merge
// @description Links people to the country or organisation they represent, with their role.
// @param rows: list -- [{person, org, role}]
UNWIND $rows AS row
MATCH (p:Entity {id: row.person})
MATCH (o:Entity {id: row.org})
MERGE (p)-[r:REPRESENTS]->(o)
SET r.role = coalesce(row.role, r.role)
