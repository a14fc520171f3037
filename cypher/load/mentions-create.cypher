// @name mentions-create
// @description Links each article to the entities it mentions. Only called for articles that are new or whose previous mentions were just deleted (in the same transaction), so CREATE cannot duplicate and needs no existence check; the rows are unique per (article, entity).
// @param rows: list -- [{article, entity}]
UNWIND $rows AS row
MATCH (a:Article {id: row.article})
MATCH (e:Entity {id: row.entity})
CREATE (a)-[:MENTIONS]->(e)
