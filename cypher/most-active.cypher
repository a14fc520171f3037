// @name most-active
// @description The actors that take the most stances, with their cooperative / neutral / hostile counts; sorted by the chosen polarity (or the total). Reads the per-entity counts the loader keeps exact (activeTotal, activeCooperative, ...; indexed, so the top rows are read in order).
// @param polarity: string = null -- cooperative, neutral or hostile (default: all stances)
// @param limit: int = 20 -- at most this many actors
CALL () {
  MATCH (e:Entity) WHERE e.activeCooperative > 0 AND $polarity = 'cooperative'
  WITH e ORDER BY e.activeCooperative DESC, e.activeTotal DESC, e.name LIMIT $limit
  RETURN e, e.activeCooperative AS score
  UNION ALL
  MATCH (e:Entity) WHERE e.activeNeutral > 0 AND $polarity = 'neutral'
  WITH e ORDER BY e.activeNeutral DESC, e.activeTotal DESC, e.name LIMIT $limit
  RETURN e, e.activeNeutral AS score
  UNION ALL
  MATCH (e:Entity) WHERE e.activeHostile > 0 AND $polarity = 'hostile'
  WITH e ORDER BY e.activeHostile DESC, e.activeTotal DESC, e.name LIMIT $limit
  RETURN e, e.activeHostile AS score
  UNION ALL
  MATCH (e:Entity) WHERE e.activeTotal > 0 AND NOT coalesce($polarity, '') IN ['cooperative', 'neutral', 'hostile']
  WITH e ORDER BY e.activeTotal DESC, e.name LIMIT $limit
  RETURN e, e.activeTotal AS score
}
RETURN e.name AS actor, e.type AS type, e.activeTotal AS total, e.activeCooperative AS cooperative, e.activeNeutral AS neutral,
       e.activeHostile AS hostile, e.id AS entityId
ORDER BY score DESC, total DESC, actor
LIMIT $limit
