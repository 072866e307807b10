-- Proposals for new partnerships and every step of their review. Proposals (a signed agreement
-- included, until it is published as a partnership) are internal records: no public read, export or
-- analysis sees them.
CREATE TABLE proposals (
  id               text PRIMARY KEY,
  place_id         text NOT NULL REFERENCES places (id),
  candidate_id     text NOT NULL REFERENCES places (id),
  -- the province-level place whose reviewer acts first; null when the proposer is province-level
  province_id      text REFERENCES places (id),
  type             text NOT NULL,
  rationale        text NOT NULL,
  state            text NOT NULL CHECK (state IN ('draft', 'province_review', 'national_review', 'returned',
                     'approved', 'rejected', 'withdrawn', 'signed', 'published')),
  vetting          jsonb,
  created_by       text REFERENCES users (id),
  organisation_id  text REFERENCES organisations (id),
  partnership_id   text REFERENCES partnerships (id),
  -- the signing as the office recorded it: date, signatories, agreement title and text
  signing          jsonb,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  CHECK (place_id <> candidate_id)
);
CREATE INDEX proposals_place ON proposals (place_id);
CREATE INDEX proposals_candidate ON proposals (candidate_id);
CREATE INDEX proposals_state ON proposals (state);

CREATE TABLE proposal_steps (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  proposal_id      text NOT NULL REFERENCES proposals (id),
  at               timestamptz NOT NULL DEFAULT now(),
  step             text NOT NULL CHECK (step IN ('draft', 'edit', 'submit', 'approve', 'return', 'reject',
                     'withdraw', 'sign', 'publish')),
  from_state       text,
  to_state         text NOT NULL,
  login            text NOT NULL,
  user_id          text,
  organisation_id  text,
  comment          text
);
CREATE INDEX proposal_steps_proposal ON proposal_steps (proposal_id, id);

-- The review history is as append-only as the change log.
CREATE TRIGGER proposal_steps_no_update BEFORE UPDATE OR DELETE ON proposal_steps
  FOR EACH ROW EXECUTE FUNCTION change_log_append_only();

CREATE TRIGGER proposals_log_insert AFTER INSERT ON proposals REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION log_changes('id', 'unique');
CREATE TRIGGER proposals_log_update AFTER UPDATE ON proposals REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION log_changes('id', 'unique');
CREATE TRIGGER proposals_log_delete AFTER DELETE ON proposals REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION log_changes('id', 'unique');

-- The data version of the analyses and the public change log look at public registry tables only:
-- an account or a proposal changes no public figure.
CREATE INDEX change_log_public ON change_log (id)
  WHERE table_name NOT IN ('users', 'user_roles', 'api_tokens', 'proposals');
