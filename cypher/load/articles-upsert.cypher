// @name articles-upsert
// @description Merges Article nodes and returns each one's previous content hash, so the loader can skip unchanged articles and replace changed ones. MERGE takes the article's lock: concurrent loads of one article are serialised. Unchanged articles are not written at all (a re-ingest changes nothing).
// @param rows: list -- [{id, title, date, source, url, contentHash}]
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
WITH a, row, a.contentHash AS previous
FOREACH (_ IN CASE WHEN previous IS NULL OR previous <> row.contentHash THEN [1] ELSE [] END |
  SET a.title = row.title, a.date = row.date, a.source = row.source, a.url = row.url, a.contentHash = row.contentHash)
RETURN row.id AS id, previous
