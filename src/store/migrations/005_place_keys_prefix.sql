-- Prefix search on place names runs as a range scan in byte order, which needs the "C" collation
-- whatever the database's own collation is.
DROP INDEX IF EXISTS place_keys_prefix;
CREATE INDEX place_keys_prefix ON place_keys (key COLLATE "C");
