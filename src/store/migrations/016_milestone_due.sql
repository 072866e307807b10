-- Milestones the people who run a project keep: when one is due and when it was done. A milestone
-- past its due date and not done is overdue, and shows in the inbox of those who keep the project.
ALTER TABLE project_milestones ADD COLUMN due_on date;
ALTER TABLE project_milestones ADD COLUMN done_on date;
CREATE INDEX project_milestones_open_due ON project_milestones (due_on) WHERE done_on IS NULL AND due_on IS NOT NULL;
