// @name rollup-representatives
// @description For each entity id, whom it stands for in the country-level roll-up: the country/organisation it REPRESENTS (the lowest id when several), else itself.
// @param ids: list -- entity ids
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) { OPTIONAL MATCH (e)-[:REPRESENTS]->(c:Entity) RETURN c ORDER BY c.id LIMIT 1 }
RETURN e.id AS id, coalesce(c.id, e.id) AS repId, coalesce(c.name, e.name) AS repName
