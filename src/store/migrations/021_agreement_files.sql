-- The files of a proposal's agreement (the signed text, its annexes, a scan). Internal like the proposal.
-- A file once attached is part of the record: rows are never changed or deleted, as in the review history.
CREATE TABLE agreement_files (
  id           text PRIMARY KEY,
  proposal_id  text NOT NULL REFERENCES proposals (id),
  name         text NOT NULL,
  media_type   text NOT NULL,
  bytes        integer NOT NULL CHECK (bytes > 0),
  sha256       text NOT NULL,
  content      bytea NOT NULL,
  uploaded_at  timestamptz NOT NULL DEFAULT now(),
  login        text NOT NULL,
  user_id      text REFERENCES users (id),
  organisation_id text REFERENCES organisations (id)
);
CREATE INDEX agreement_files_proposal ON agreement_files (proposal_id, uploaded_at);

CREATE TRIGGER agreement_files_no_update BEFORE UPDATE OR DELETE ON agreement_files
  FOR EACH ROW EXECUTE FUNCTION change_log_append_only();
