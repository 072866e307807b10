-- The organisations a tie is assigned to: the departments (commerce, education, culture…), universities
-- or firms that record the projects and exchanges under it. A department contributor records only under
-- the ties assigned to its organisation. Internal work like accounts: logged, but not in the public
-- change log, and no change of the data version the analyses are cached by.
CREATE TABLE partnership_assignments (
  partnership_id   text NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
  organisation_id  text NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  assigned_by      text NOT NULL,
  assigned_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (partnership_id, organisation_id)
);
CREATE INDEX partnership_assignments_organisation ON partnership_assignments (organisation_id);

CREATE TRIGGER partnership_assignments_log_insert AFTER INSERT ON partnership_assignments
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION log_changes('partnership_id', 'link');
CREATE TRIGGER partnership_assignments_log_delete AFTER DELETE ON partnership_assignments
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION log_changes('partnership_id', 'link');

DROP INDEX change_log_public;
CREATE INDEX change_log_public ON change_log (id)
  WHERE table_name NOT IN ('users', 'user_roles', 'api_tokens', 'proposals', 'partnership_assignments');
