-- Schema 0010, second file (issue 17, trade quantities): an import that changes a figure's
-- quantity, quantity unit or net weight keeps the old ones for its undo, as it keeps the old
-- value and note. Figures updated before this step had no quantities: NULL.
ALTER TABLE import_batch_previous ADD COLUMN quantity TEXT;
ALTER TABLE import_batch_previous ADD COLUMN quantity_unit TEXT;
ALTER TABLE import_batch_previous ADD COLUMN net_weight_kg TEXT;
