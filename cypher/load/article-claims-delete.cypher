// @name article-claims-delete
// @description Removes the stances and mentions of articles whose content changed, before their new version is written.
// @param ids: list -- article ids
UNWIND $ids AS articleId
CALL (articleId) {
  MATCH ()-[r:MET_WITH|VISITED|DISCUSSED|URGED|AGREED_WITH|PRAISED|SUPPORTS|COOPERATES_WITH|AIDED|CONCEDED|CRITICIZED|ACCUSED|OPPOSES|THREATENED|SANCTIONED|MOBILIZED_AGAINST|COERCED|ATTACKED|PROTESTED]->()
  WHERE r.articleId = articleId
  DELETE r
}
WITH DISTINCT articleId
MATCH (:Article {id: articleId})-[m:MENTIONS]->()
DELETE m
