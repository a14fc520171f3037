// @name stances-create
// @description Creates stance relationships. Only called for articles that are new or whose previous stances were just deleted, so CREATE cannot duplicate; the relationship type comes from the validated vocabulary. Properties are written by name (not `SET r = map`), which spares the plan an Eager step.
// @param rows: list -- [{source, target, type, props}]
UNWIND $rows AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
CREATE (s)-[r:$(row.type) {id: row.props.id, articleId: row.props.articleId, date: row.props.date, evidence: row.props.evidence,
  start: row.props.start, end: row.props.end, confidence: row.props.confidence, polarity: row.props.polarity,
  plover: row.props.plover, symmetric: row.props.symmetric, method: row.props.method}]->(t)
