-- Decisions of curators on data questions. A correction or a confirmation also becomes a claim with
-- the curator as its source (the claim rules decide what is shown); a dismissal only keeps the question
-- out of the queue. Internal records, like proposals.
CREATE TABLE stewardship_decisions (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  question         text NOT NULL CHECK (question IN ('undated', 'untyped', 'conflicting')),
  partnership_id   text NOT NULL REFERENCES partnerships (id),
  decision         text NOT NULL CHECK (decision IN ('accept', 'correct', 'dismiss')),
  note             text,
  at               timestamptz NOT NULL DEFAULT now(),
  login            text NOT NULL,
  user_id          text,
  organisation_id  text
);
CREATE INDEX stewardship_decisions_tie ON stewardship_decisions (partnership_id, question);
CREATE TRIGGER stewardship_decisions_no_update BEFORE UPDATE OR DELETE ON stewardship_decisions
  FOR EACH ROW EXECUTE FUNCTION change_log_append_only();
