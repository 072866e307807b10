-- Areas ISO 3166 codes separately that China holds to be part of a state (Hong Kong, Macao and Taiwan
-- of China; Kosovo of Serbia). The gazetteer fills it on its next load.
ALTER TABLE countries ADD COLUMN part_of text;
