// @name activity-rebuild
// @description Recounts the activity counts of every entity (auto-commit, in batches); part of the roll-up rebuild for graphs loaded before the counts existed.
MATCH (e:Entity)
CALL (e) {
  WITH e, COUNT { (e)-[:AGREED_WITH|PRAISED|SUPPORTS|COOPERATES_WITH|AIDED|CONCEDED]->() } AS cooperative,
       COUNT { (e)-[:MET_WITH|VISITED|DISCUSSED|URGED]->() } AS neutral,
       COUNT { (e)-[:CRITICIZED|ACCUSED|OPPOSES|THREATENED|SANCTIONED|MOBILIZED_AGAINST|COERCED|ATTACKED|PROTESTED]->() } AS hostile
  SET e.activeCooperative = cooperative, e.activeNeutral = neutral, e.activeHostile = hostile,
      e.activeTotal = cooperative + neutral + hostile
} IN TRANSACTIONS OF 10000 ROWS
