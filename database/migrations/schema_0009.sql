-- Schema 0009: the unit an import file's values were in, for every unit the importer reads.
--
-- Statistics committees publish in US dollars, thousands or millions ("млн долл. США"). The
-- batch's `unit` column (schema 0002) only admits 'usd' and 'thousand-usd', and a CHECK cannot
-- be widened without rebuilding import_batches, which every imported figure refers to. So the
-- file's unit is recorded here; NULL on batches recorded before this step, whose `unit` says it.
-- The stored figures are US dollars in every case.
ALTER TABLE import_batches ADD COLUMN file_unit TEXT
    CHECK (file_unit IS NULL OR file_unit IN ('usd', 'thousand-usd', 'million-usd'));
