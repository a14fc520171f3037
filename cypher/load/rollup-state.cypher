// @name rollup-state
// @description Whether the country-level roll-up is exact; created valid on an empty graph, invalid on a graph loaded before the roll-up existed.
OPTIONAL MATCH ()-[r:MET_WITH|VISITED|DISCUSSED|URGED|AGREED_WITH|PRAISED|SUPPORTS|COOPERATES_WITH|AIDED|CONCEDED|CRITICIZED|ACCUSED|OPPOSES|THREATENED|SANCTIONED|MOBILIZED_AGAINST|COERCED|ATTACKED|PROTESTED]->()
WITH r IS NOT NULL AS hasStances LIMIT 1
MERGE (s:RollupState {id: 'country-level'})
ON CREATE SET s.valid = NOT hasStances
RETURN s.valid AS valid
