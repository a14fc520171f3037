// @name schema
// @description Constraints and indexes of the stancegraph data model; every statement is idempotent (IF NOT EXISTS).
// Stances are relationships of the 19 vocabulary types; each type gets range indexes on id (dedup,
// lookups) and articleId (article-claims, re-ingest). A unit test checks this
// file against core/vocabulary.ts.

CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE INDEX entity_name_folded IF NOT EXISTS FOR (e:Entity) ON (e.nameFolded);
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
CREATE INDEX article_date IF NOT EXISTS FOR (a:Article) ON (a.date);
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText];

CREATE INDEX stance_met_with_id IF NOT EXISTS FOR ()-[r:MET_WITH]-() ON (r.id);
CREATE INDEX stance_met_with_article IF NOT EXISTS FOR ()-[r:MET_WITH]-() ON (r.articleId);
CREATE INDEX stance_visited_id IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.id);
CREATE INDEX stance_visited_article IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.articleId);
CREATE INDEX stance_discussed_id IF NOT EXISTS FOR ()-[r:DISCUSSED]-() ON (r.id);
CREATE INDEX stance_discussed_article IF NOT EXISTS FOR ()-[r:DISCUSSED]-() ON (r.articleId);
CREATE INDEX stance_urged_id IF NOT EXISTS FOR ()-[r:URGED]-() ON (r.id);
CREATE INDEX stance_urged_article IF NOT EXISTS FOR ()-[r:URGED]-() ON (r.articleId);
CREATE INDEX stance_agreed_with_id IF NOT EXISTS FOR ()-[r:AGREED_WITH]-() ON (r.id);
CREATE INDEX stance_agreed_with_article IF NOT EXISTS FOR ()-[r:AGREED_WITH]-() ON (r.articleId);
CREATE INDEX stance_praised_id IF NOT EXISTS FOR ()-[r:PRAISED]-() ON (r.id);
CREATE INDEX stance_praised_article IF NOT EXISTS FOR ()-[r:PRAISED]-() ON (r.articleId);
CREATE INDEX stance_supports_id IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.id);
CREATE INDEX stance_supports_article IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.articleId);
CREATE INDEX stance_cooperates_with_id IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() ON (r.id);
CREATE INDEX stance_cooperates_with_article IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() ON (r.articleId);
CREATE INDEX stance_aided_id IF NOT EXISTS FOR ()-[r:AIDED]-() ON (r.id);
CREATE INDEX stance_aided_article IF NOT EXISTS FOR ()-[r:AIDED]-() ON (r.articleId);
CREATE INDEX stance_conceded_id IF NOT EXISTS FOR ()-[r:CONCEDED]-() ON (r.id);
CREATE INDEX stance_conceded_article IF NOT EXISTS FOR ()-[r:CONCEDED]-() ON (r.articleId);
CREATE INDEX stance_criticized_id IF NOT EXISTS FOR ()-[r:CRITICIZED]-() ON (r.id);
CREATE INDEX stance_criticized_article IF NOT EXISTS FOR ()-[r:CRITICIZED]-() ON (r.articleId);
CREATE INDEX stance_accused_id IF NOT EXISTS FOR ()-[r:ACCUSED]-() ON (r.id);
CREATE INDEX stance_accused_article IF NOT EXISTS FOR ()-[r:ACCUSED]-() ON (r.articleId);
CREATE INDEX stance_opposes_id IF NOT EXISTS FOR ()-[r:OPPOSES]-() ON (r.id);
CREATE INDEX stance_opposes_article IF NOT EXISTS FOR ()-[r:OPPOSES]-() ON (r.articleId);
CREATE INDEX stance_threatened_id IF NOT EXISTS FOR ()-[r:THREATENED]-() ON (r.id);
CREATE INDEX stance_threatened_article IF NOT EXISTS FOR ()-[r:THREATENED]-() ON (r.articleId);
CREATE INDEX stance_sanctioned_id IF NOT EXISTS FOR ()-[r:SANCTIONED]-() ON (r.id);
CREATE INDEX stance_sanctioned_article IF NOT EXISTS FOR ()-[r:SANCTIONED]-() ON (r.articleId);
CREATE INDEX stance_mobilized_against_id IF NOT EXISTS FOR ()-[r:MOBILIZED_AGAINST]-() ON (r.id);
CREATE INDEX stance_mobilized_against_article IF NOT EXISTS FOR ()-[r:MOBILIZED_AGAINST]-() ON (r.articleId);
CREATE INDEX stance_coerced_id IF NOT EXISTS FOR ()-[r:COERCED]-() ON (r.id);
CREATE INDEX stance_coerced_article IF NOT EXISTS FOR ()-[r:COERCED]-() ON (r.articleId);
CREATE INDEX stance_attacked_id IF NOT EXISTS FOR ()-[r:ATTACKED]-() ON (r.id);
CREATE INDEX stance_attacked_article IF NOT EXISTS FOR ()-[r:ATTACKED]-() ON (r.articleId);
CREATE INDEX stance_protested_id IF NOT EXISTS FOR ()-[r:PROTESTED]-() ON (r.id);
CREATE INDEX stance_protested_article IF NOT EXISTS FOR ()-[r:PROTESTED]-() ON (r.articleId);

// The country-level roll-up (see cypher/load/rollup-*.cypher) is kept in Rollup nodes, apart from the graph.
CREATE CONSTRAINT rollup_key IF NOT EXISTS FOR (g:Rollup) REQUIRE g.key IS UNIQUE;
CREATE CONSTRAINT rollup_state_id IF NOT EXISTS FOR (s:RollupState) REQUIRE s.id IS UNIQUE;
CREATE INDEX rollup_stances IF NOT EXISTS FOR (g:Rollup) ON (g.stances);
// Per-entity activity counts (cypher/load/activity-update.cypher), read in order by most-active.
CREATE INDEX entity_active_total IF NOT EXISTS FOR (e:Entity) ON (e.activeTotal);
CREATE INDEX entity_active_cooperative IF NOT EXISTS FOR (e:Entity) ON (e.activeCooperative);
CREATE INDEX entity_active_neutral IF NOT EXISTS FOR (e:Entity) ON (e.activeNeutral);
CREATE INDEX entity_active_hostile IF NOT EXISTS FOR (e:Entity) ON (e.activeHostile);
CREATE INDEX rollup_source IF NOT EXISTS FOR (g:Rollup) ON (g.sourceId);
CREATE INDEX rollup_target IF NOT EXISTS FOR (g:Rollup) ON (g.targetId);
