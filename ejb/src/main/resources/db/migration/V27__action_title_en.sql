-- Actions get an English title beside the French one (reports and pages in English name each action in English).
ALTER TABLE programme_action ADD COLUMN title_en VARCHAR(300);
-- The Dunkerque programme's actions, as its catalogue now carries them (a programme loaded before this migration).
UPDATE programme_action SET title_en = 'New generation of industrial and territorial ecology' WHERE number = 1 AND programme_id IN (SELECT id FROM programme WHERE code = 'TI-DK');
UPDATE programme_action SET title_en = 'Eco-materials hub' WHERE number = 2 AND programme_id IN (SELECT id FROM programme WHERE code = 'TI-DK');
UPDATE programme_action SET title_en = 'Innovative low-carbon processes at ArcelorMittal' WHERE number = 3 AND programme_id IN (SELECT id FROM programme WHERE code = 'TI-DK');
UPDATE programme_action SET title_en = 'Methanisation unit' WHERE number = 4 AND programme_id IN (SELECT id FROM programme WHERE code = 'TI-DK');
UPDATE programme_action SET title_en = 'Data-driven control of heat networks' WHERE number = 5 AND programme_id IN (SELECT id FROM programme WHERE code = 'TI-DK');
UPDATE programme_action SET title_en = 'CO2 hydrogenation hub' WHERE number = 6 AND programme_id IN (SELECT id FROM programme WHERE code = 'TI-DK');
UPDATE programme_action SET title_en = 'Onshore wind turbine revamping centre' WHERE number = 7 AND programme_id IN (SELECT id FROM programme WHERE code = 'TI-DK');
UPDATE programme_action SET title_en = 'Energy valorisation (University)' WHERE number = 8 AND programme_id IN (SELECT id FROM programme WHERE code = 'TI-DK');
UPDATE programme_action SET title_en = 'Local health observatory' WHERE number = 9 AND programme_id IN (SELECT id FROM programme WHERE code = 'TI-DK');
UPDATE programme_action SET title_en = 'Digital decision-support tools' WHERE number = 10 AND programme_id IN (SELECT id FROM programme WHERE code = 'TI-DK');
UPDATE programme_action SET title_en = 'Flue-gas treatment' WHERE number = 11 AND programme_id IN (SELECT id FROM programme WHERE code = 'TI-DK');
UPDATE programme_action SET title_en = 'ToileMaker augmented' WHERE number = 12 AND programme_id IN (SELECT id FROM programme WHERE code = 'TI-DK');
UPDATE programme_action SET title_en = 'Governance (Euraénergie, COMEX)' WHERE number = 13 AND programme_id IN (SELECT id FROM programme WHERE code = 'TI-DK');
UPDATE programme_action SET title_en = 'Innovative territorial dialogue and Learning Center' WHERE number = 14 AND programme_id IN (SELECT id FROM programme WHERE code = 'TI-DK');
UPDATE programme_action SET title_en = 'Territorial investment fund' WHERE number = 15 AND programme_id IN (SELECT id FROM programme WHERE code = 'TI-DK');
