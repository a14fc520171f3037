// @name entities-merge
// @description Merges Entity nodes on their id; the first name and type seen win, aliases accumulate, and the node carries one label per type.
// @param rows: list -- [{id, name, nameFolded, type, aliases, role, country}]
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.nameFolded = row.nameFolded, e.type = row.type, e.aliases = []
SET e.aliases = reduce(acc = e.aliases, alias IN row.aliases | CASE WHEN alias IN acc THEN acc ELSE acc + alias END),
    e.role = coalesce(e.role, row.role),
    e.country = coalesce(e.country, row.country)
SET e.aliasText = reduce(text = '', alias IN e.aliases | text + alias + ' | ')
SET e:$(e.type)
