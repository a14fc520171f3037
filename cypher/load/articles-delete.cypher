// @name articles-delete
// @description Deletes articles (after article-claims-delete removed their stances and mentions), then those of the candidate entities that no article mentions any more (an entity no article mentions takes part in no stance).
// @param ids: list -- article ids
// @param entities: list -- candidate entity ids
UNWIND $ids AS id
OPTIONAL MATCH (a:Article {id: id})
DETACH DELETE a
WITH count(*) AS _
UNWIND $entities AS entityId
MATCH (e:Entity {id: entityId})
WHERE NOT EXISTS { (e)<-[:MENTIONS]-(:Article) }
DETACH DELETE e
