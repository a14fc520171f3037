// @name activity-update
// @description Recounts the stances each given entity takes (as source), by polarity, from its relationship degrees, into activeCooperative / activeNeutral / activeHostile / activeTotal (read by most-active). Exact by construction: run for every source whose stances were created or deleted.
// @param ids: list -- entity ids
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WITH e, COUNT { (e)-[:AGREED_WITH|PRAISED|SUPPORTS|COOPERATES_WITH|AIDED|CONCEDED]->() } AS cooperative,
     COUNT { (e)-[:MET_WITH|VISITED|DISCUSSED|URGED]->() } AS neutral,
     COUNT { (e)-[:CRITICIZED|ACCUSED|OPPOSES|THREATENED|SANCTIONED|MOBILIZED_AGAINST|COERCED|ATTACKED|PROTESTED]->() } AS hostile
SET e.activeCooperative = cooperative, e.activeNeutral = neutral, e.activeHostile = hostile,
    e.activeTotal = cooperative + neutral + hostile
