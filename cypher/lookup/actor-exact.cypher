// @name actor-exact
// @description Finds an entity by id or by its case- and punctuation-folded name (both indexed).
// @param id: string -- a candidate id (slug)
// @param folded: string -- the folded name
OPTIONAL MATCH (byId:Entity {id: $id})
OPTIONAL MATCH (byName:Entity {nameFolded: $folded})
RETURN coalesce(byId.id, byName.id) AS id
