-- Whether the state has diplomatic relations with the People's Republic of China (the gazetteer fills it
-- from data/reference/diplomatic-relations.json on its next load). Matching never recommends a place in
-- a state without them, and vetting blocks a proposal there.
ALTER TABLE countries ADD COLUMN diplomatic_relations boolean NOT NULL DEFAULT true;
