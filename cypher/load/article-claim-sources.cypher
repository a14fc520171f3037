// @name article-claim-sources
// @description The source entities of the stances of the given articles (their activity counts change when those stances are replaced).
// @param ids: list -- article ids
UNWIND $ids AS articleId
MATCH (s:Entity)-[r:MET_WITH|VISITED|DISCUSSED|URGED|AGREED_WITH|PRAISED|SUPPORTS|COOPERATES_WITH|AIDED|CONCEDED|CRITICIZED|ACCUSED|OPPOSES|THREATENED|SANCTIONED|MOBILIZED_AGAINST|COERCED|ATTACKED|PROTESTED]->()
WHERE r.articleId = articleId
RETURN DISTINCT s.id AS id
