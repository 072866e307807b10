-- A name a list's row holds back (the resolver placed one side and not the other) is a question too. Its
-- decisions name the row by its list, the name and country held back and the side placed (its row number,
-- kept too, moves when the list is edited), and a correction the place meant.
ALTER TABLE stewardship_decisions ALTER COLUMN partnership_id DROP NOT NULL;
ALTER TABLE stewardship_decisions ADD COLUMN source_id text;
ALTER TABLE stewardship_decisions ADD COLUMN locator text;
ALTER TABLE stewardship_decisions ADD COLUMN held_name text;
ALTER TABLE stewardship_decisions ADD COLUMN held_country text;
ALTER TABLE stewardship_decisions ADD COLUMN partner_id text;
ALTER TABLE stewardship_decisions ADD COLUMN place_id text;
ALTER TABLE stewardship_decisions DROP CONSTRAINT stewardship_decisions_question_check;
ALTER TABLE stewardship_decisions ADD CONSTRAINT stewardship_decisions_question_check
  CHECK (question IN ('undated', 'untyped', 'conflicting', 'namesake', 'distant', 'heldBack'));
ALTER TABLE stewardship_decisions ADD CONSTRAINT stewardship_decisions_subject_check
  CHECK (CASE WHEN question = 'heldBack'
              THEN partnership_id IS NULL AND source_id IS NOT NULL AND locator IS NOT NULL
                   AND held_name IS NOT NULL AND held_country IS NOT NULL AND partner_id IS NOT NULL
              ELSE partnership_id IS NOT NULL AND source_id IS NULL AND locator IS NULL
                   AND held_name IS NULL AND held_country IS NULL AND partner_id IS NULL END);
-- One decision a row: of two curators deciding it at once, the second is refused.
CREATE UNIQUE INDEX stewardship_decisions_row
  ON stewardship_decisions (source_id, held_name, held_country, partner_id) WHERE question = 'heldBack';
