-- A foreign partner held by two Chinese places of the same name (台州 and 泰州 are both Taizhou) is a
-- question for the curators of each; one that finds its tie attached to the wrong namesake withdraws it
-- from public view, and the decision says why.
ALTER TABLE stewardship_decisions DROP CONSTRAINT stewardship_decisions_question_check;
ALTER TABLE stewardship_decisions ADD CONSTRAINT stewardship_decisions_question_check
  CHECK (question IN ('undated', 'untyped', 'conflicting', 'namesake'));
ALTER TABLE stewardship_decisions DROP CONSTRAINT stewardship_decisions_decision_check;
ALTER TABLE stewardship_decisions ADD CONSTRAINT stewardship_decisions_decision_check
  CHECK (decision IN ('accept', 'correct', 'dismiss', 'withdraw'));
