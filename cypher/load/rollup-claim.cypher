// @name rollup-claim
// @description Takes the rebuild lease if the roll-up is stale and no other rebuild holds a live lease: only one rebuild runs at a time (two would delete each other's Rollup nodes). Lease times are the database's clock. Returns whether the roll-up is exact, whether the caller now holds the lease, and the write counter at this moment (rollup-finish compares it).
// @param token: string -- the caller's rebuild id
// @param leaseMs: int -- how long the lease lasts unless renewed
MATCH (s:RollupState {id: 'country-level'})
WITH s, coalesce(s.valid, false) AS valid, s.rebuilder IS NULL OR s.rebuilder = $token OR s.leaseUntil < timestamp() AS free
FOREACH (_ IN CASE WHEN NOT valid AND free THEN [1] ELSE [] END | SET s.rebuilder = $token, s.leaseUntil = timestamp() + $leaseMs)
RETURN valid, NOT valid AND free AS acquired, coalesce(s.writes, 0) AS writes
