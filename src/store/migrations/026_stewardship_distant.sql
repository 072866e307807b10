-- A side its twin-city list places far from the place attached is a question for the curators too.
ALTER TABLE stewardship_decisions DROP CONSTRAINT stewardship_decisions_question_check;
ALTER TABLE stewardship_decisions ADD CONSTRAINT stewardship_decisions_question_check
  CHECK (question IN ('undated', 'untyped', 'conflicting', 'namesake', 'distant'));
