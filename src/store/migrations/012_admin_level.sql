-- The administrative level of each place as a Chinese foreign affairs office names it (province-level,
-- prefecture-level, county-level city, district, county; abroad: region, city, district), derived from
-- the place (src/domain/levels.ts) when the gazetteer loads and when a place is written.
ALTER TABLE places ADD COLUMN admin_level text CHECK (admin_level IN
  ('province_level', 'prefecture_level', 'county_level_city', 'district', 'county', 'region', 'city'));
-- Places users and lists added, outside China (the gazetteer's are set on its next load).
UPDATE places SET admin_level = CASE kind WHEN 'province' THEN 'region' WHEN 'region' THEN 'region'
  WHEN 'district' THEN 'district' ELSE 'city' END
WHERE origin <> 'gazetteer' AND country_code NOT IN ('CN', 'HK', 'MO');
CREATE INDEX places_admin_level ON places (admin_level);
