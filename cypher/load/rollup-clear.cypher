// @name rollup-clear
// @description Deletes the country-level roll-up before a rebuild (auto-commit, in batches).
MATCH (g:Rollup)
CALL (g) { DELETE g } IN TRANSACTIONS OF 20000 ROWS
