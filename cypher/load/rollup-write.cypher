// @name rollup-write
// @description Runs last in every transaction that writes or deletes stances or representations (a loader batch, an article removal): bumps the write counter that a rebuild compares before it marks the roll-up exact, and marks the roll-up stale when this transaction did not keep it exact. Takes the state node's lock until commit, so these commits are ordered against a rebuild's final check.
// @param stale: bool -- whether this transaction left the roll-up inexact
MERGE (s:RollupState {id: 'country-level'})
ON CREATE SET s.valid = false
SET s.writes = coalesce(s.writes, 0) + 1
FOREACH (_ IN CASE WHEN $stale THEN [1] ELSE [] END | SET s.valid = false)
