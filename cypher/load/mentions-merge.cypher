// @name mentions-merge
// @description Links each article to the entities it mentions.
// @param rows: list -- [{article, entity}]
UNWIND $rows AS row
MATCH (a:Article {id: row.article})
MATCH (e:Entity {id: row.entity})
MERGE (a)-[:MENTIONS]->(e)
