// @name article-find
// @description Finds articles by id, or by a case-insensitive part of the title.
// @param text: string -- id or part of a title
MATCH (a:Article)
WHERE a.id = $text OR toLower(a.title) CONTAINS toLower($text)
RETURN a.id AS id, a.title AS title
ORDER BY a.id = $text DESC, a.date DESC
LIMIT 5
