-- Schema 0005: the ceiling of a trade figure's value, USD 10^15 (10^17 cents).
--
-- SQLite adds integers in 64 bits: values near that limit (which nothing stopped before) made
-- every sum over them fail with "integer overflow". Imports, pastes and the trade figure form
-- refuse a value above the ceiling; these triggers hold any other writer to it too.
--
-- Triggers and not a CHECK: a CHECK on trade_figures means rebuilding the table (a million
-- rows), and it would refuse to migrate a file that already holds such a value. Rows stored
-- before stay as they are; `check` names them (trade_value_above_ceiling).
CREATE TRIGGER trade_figures_value_ceiling_insert BEFORE INSERT ON trade_figures
WHEN NEW.value_usd_cents > 100000000000000000
BEGIN
    SELECT RAISE(ABORT, 'trade_figures.value_usd_cents above the ceiling of USD 10^15');
END;

CREATE TRIGGER trade_figures_value_ceiling_update BEFORE UPDATE OF value_usd_cents ON trade_figures
WHEN NEW.value_usd_cents > 100000000000000000
BEGIN
    SELECT RAISE(ABORT, 'trade_figures.value_usd_cents above the ceiling of USD 10^15');
END;
