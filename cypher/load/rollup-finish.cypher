// @name rollup-finish
// @description Ends the caller's rebuild and releases its lease: the roll-up is marked exact only if the rebuild completed and no transaction wrote stances since the lease was taken (the write counter is unchanged); otherwise it stays stale for whoever wrote meanwhile, whose loader rebuilds when it finishes. Returns nothing if the lease was lost.
// @param token: string -- the caller's rebuild id
// @param writes: int -- the write counter rollup-claim returned
// @param completed: bool -- whether every rebuild statement succeeded
MATCH (s:RollupState {id: 'country-level'})
WHERE s.rebuilder = $token
SET s.valid = $completed AND coalesce(s.writes, 0) = $writes, s.rebuilder = null, s.leaseUntil = null
RETURN s.valid AS valid
