-- The claims index kept merged (worker/store/index-merging.ts).
--
-- FTS5 stores each write's entries in a new segment and merges segments
-- only lazily; a lookup reads every segment. The Worker's scheduled run
-- asks FTS5 to merge ('merge' command), and this setting lets a merge step
-- start as soon as one level of the index holds two segments (the default,
-- four, leaves up to three small segments per level unmerged). It is stored
-- in the index's own configuration table, so it outlives
-- `npm run search:rebuild`.
INSERT INTO claims_fts (claims_fts, rank) VALUES ('usermerge', 2);
