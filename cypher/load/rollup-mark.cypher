// @name rollup-mark
// @description Marks the country-level roll-up exact (after a rebuild) or stale (in the transaction that replaced stances or moved a person to another country).
// @param valid: bool -- the new state
MERGE (s:RollupState {id: 'country-level'})
SET s.valid = $valid
