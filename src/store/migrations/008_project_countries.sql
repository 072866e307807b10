-- Projects known by their recipient country (AidData's Chinese-financed projects: a quarter are located
-- only at country level), the year of a commitment, a domain for projects whose sector is unspecified,
-- and a status for work under way that is not construction.
ALTER TABLE projects ADD COLUMN amount_year integer CHECK (amount_year BETWEEN 1900 AND 2100);
ALTER TABLE projects DROP CONSTRAINT projects_domain_check;
ALTER TABLE projects ADD CONSTRAINT projects_domain_check
  CHECK (domain IN ('policy', 'facilities', 'trade', 'finance', 'people', 'capacity_building', 'unspecified'));
ALTER TABLE projects DROP CONSTRAINT projects_status_check;
ALTER TABLE projects ADD CONSTRAINT projects_status_check
  CHECK (status IN ('proposed', 'planned', 'under_construction', 'in_progress', 'operating', 'completed', 'suspended', 'cancelled', 'unknown'));

CREATE TABLE project_countries (
  project_id    text NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  country_code  text NOT NULL REFERENCES countries (code),
  PRIMARY KEY (project_id, country_code)
);
CREATE INDEX project_countries_country ON project_countries (country_code);
CREATE INDEX project_places_place ON project_places (place_id);

CREATE TRIGGER project_countries_log_insert AFTER INSERT ON project_countries
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION log_changes('project_id', 'link');
CREATE TRIGGER project_countries_log_update AFTER UPDATE ON project_countries
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION log_changes('project_id', 'link');
CREATE TRIGGER project_countries_log_delete AFTER DELETE ON project_countries
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION log_changes('project_id', 'link');
