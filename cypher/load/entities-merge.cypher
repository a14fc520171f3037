// @name entities-merge
// @description Merges Entity nodes on their id; the first name and type seen win, aliases accumulate, and the node carries one label per type. An entity whose aliases, role and country are already known is not written again.
// @param rows: list -- [{id, name, nameFolded, type, aliases, role, country}]
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.nameFolded = row.nameFolded, e.type = row.type, e.aliases = [], e:$(row.type)
WITH e, row, reduce(acc = e.aliases, alias IN row.aliases | CASE WHEN alias IN acc THEN acc ELSE acc + alias END) AS aliases
WHERE size(aliases) <> size(e.aliases) OR (e.role IS NULL AND row.role IS NOT NULL) OR (e.country IS NULL AND row.country IS NOT NULL)
SET e.aliases = aliases,
    e.role = coalesce(e.role, row.role),
    e.country = coalesce(e.country, row.country),
    e.aliasText = reduce(text = '', alias IN aliases | text + alias + ' | ')
