// @name most-active
// @description The actors that take the most stances, with their cooperative / neutral / hostile counts; sorted by the chosen polarity (or the total).
// @param polarity: string = null -- cooperative, neutral or hostile (default: all stances)
// @param limit: int = 20 -- at most this many actors
MATCH (e:Entity)-[r]->(:Entity)
WHERE r.polarity IS NOT NULL
WITH e, count(r) AS total,
     count(CASE WHEN r.polarity = 'cooperative' THEN 1 END) AS cooperative,
     count(CASE WHEN r.polarity = 'neutral' THEN 1 END) AS neutral,
     count(CASE WHEN r.polarity = 'hostile' THEN 1 END) AS hostile
WITH e, total, cooperative, neutral, hostile,
     CASE $polarity WHEN 'cooperative' THEN cooperative WHEN 'neutral' THEN neutral WHEN 'hostile' THEN hostile ELSE total END AS score
WHERE score > 0
RETURN e.name AS actor, e.type AS type, total, cooperative, neutral, hostile, e.id AS entityId
ORDER BY score DESC, total DESC, actor
LIMIT $limit
