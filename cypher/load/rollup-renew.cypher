// @name rollup-renew
// @description Extends the caller's rebuild lease while its rebuild runs. Returns 1 if the caller still holds it, 0 if it was lost.
// @param token: string -- the caller's rebuild id
// @param leaseMs: int -- how long the lease lasts from now
OPTIONAL MATCH (s:RollupState {id: 'country-level'})
WHERE s.rebuilder = $token
SET s.leaseUntil = timestamp() + $leaseMs
RETURN count(s) AS held
