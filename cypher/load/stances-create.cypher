// @name stances-create
// @description Creates stance relationships. Only called for articles that are new or whose previous stances were just deleted, so CREATE cannot duplicate; the relationship type comes from the validated vocabulary.
// @param rows: list -- [{source, target, type, props}]
UNWIND $rows AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
CREATE (s)-[r:$(row.type)]->(t)
SET r = row.props
