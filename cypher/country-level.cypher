// @name country-level
// @description Stances rolled up from people to the countries and organisations they represent (REPRESENTS), counted per (source, type, target). Reads the roll-up the loader keeps exact (Rollup nodes): the top rows in count-index order, or one country's rows through its id indexes; never every stance.
// @param actor: actor = null -- only roll-ups where this country/organisation is source or target
// @param limit: int = 100 -- at most this many rows
CALL () {
  MATCH (g:Rollup) WHERE g.stances > 0 AND $actor IS NULL
  WITH g ORDER BY g.stances DESC, g.sourceName, g.type, g.targetName LIMIT $limit
  RETURN g
  UNION
  MATCH (g:Rollup {sourceId: $actor}) RETURN g
  UNION
  MATCH (g:Rollup {targetId: $actor}) RETURN g
}
WITH g ORDER BY g.stances DESC, g.sourceName, g.type, g.targetName LIMIT $limit
RETURN g.sourceName AS source, g.type AS type, g.targetName AS target, g.polarity AS polarity, g.stances AS stances,
       g.first AS first, g.last AS last, g.sourceId AS sourceId, g.targetId AS targetId, g.stanceIds AS stanceIds
ORDER BY stances DESC, source, type, target
