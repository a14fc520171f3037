// @name rollup-add
// @description Adds newly created stances to the country-level roll-up (Rollup nodes, one per (source, type, target) after people are replaced by the country/organisation they represent; see ingest/load/rollup-rows.ts). Runs in the loader's transaction, after stances-create, with the batch already grouped.
// @param rows: list -- [{key, sourceId, sourceName, type, targetId, targetName, polarity, n, first, last, ids}]
UNWIND $rows AS row
MERGE (g:Rollup {key: row.key})
ON CREATE SET g.sourceId = row.sourceId, g.sourceName = row.sourceName, g.type = row.type, g.targetId = row.targetId,
              g.targetName = row.targetName, g.polarity = row.polarity, g.stances = 0, g.stanceIds = []
SET g.stances = g.stances + row.n,
    g.first = CASE WHEN g.first IS NULL OR (row.first IS NOT NULL AND row.first < g.first) THEN row.first ELSE g.first END,
    g.last = CASE WHEN g.last IS NULL OR (row.last IS NOT NULL AND row.last > g.last) THEN row.last ELSE g.last END
FOREACH (_ IN CASE WHEN size(g.stanceIds) < 50 THEN [1] ELSE [] END | SET g.stanceIds = (g.stanceIds + row.ids)[..50])
