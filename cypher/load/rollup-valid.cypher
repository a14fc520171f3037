// @name rollup-valid
// @description Reads (without writing or locking) whether the country-level roll-up is marked exact; false when the state node does not exist yet.
OPTIONAL MATCH (s:RollupState {id: 'country-level'})
RETURN coalesce(s.valid, false) AS valid
