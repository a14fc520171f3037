// @name actor-fulltext
// @description Ranked entity candidates from the full-text index on names and aliases.
// @param q: string -- a Lucene query (escaped by the caller)
// @param limit: int = 10 -- candidates to return
CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD node, score
RETURN node.id AS id, node.name AS name, node.type AS type, node.aliases AS aliases, score
LIMIT $limit
