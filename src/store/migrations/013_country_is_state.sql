-- Whether the country code stands for a sovereign state China recognises (Palestine yes; territories
-- such as French Guiana or Greenland, and Western Sahara, no). Only states are benchmarked and ranked as
-- countries; territories keep their places and ties. The gazetteer fills it on its next load.
ALTER TABLE countries ADD COLUMN is_state boolean NOT NULL DEFAULT true;
