// @name graph-entities-by-ids
// @description Entities by id, for nodes a query names without a stance (isolated in the selection).
// @param ids: list -- entity ids
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e {.id, .name, .type, .aliases, .country, .role} AS entity
