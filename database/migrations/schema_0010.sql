-- Schema 0010: metrics of more kinds than a trade value (issue 17, first part).
--
-- A metric's kind: 'trade_value' (US dollars from trade figures, as every metric before this
-- step), 'trade_quantity' (the quantity of trade figures in one quantity unit, e.g. tonnes), or
-- 'indicator' (values typed or pasted by hand per period, each with its source: investment,
-- joint ventures, a percentage). Its unit is shown with every value: 'USD' for a trade value,
-- the quantity unit of a trade quantity ('t', 'kg', 'u', …), any named unit for an indicator.
-- Added columns (not a rebuild: commitments refer to metric_definitions); every metric stored
-- before is a trade value in USD.
ALTER TABLE metric_definitions ADD COLUMN kind TEXT NOT NULL DEFAULT 'trade_value'
    CHECK (kind IN ('trade_value', 'trade_quantity', 'indicator'));
ALTER TABLE metric_definitions ADD COLUMN unit TEXT NOT NULL DEFAULT 'USD'
    CHECK (trim(unit) <> '' AND length(unit) <= 24 AND (kind <> 'trade_value' OR unit = 'USD'));

-- Quantities the trade files carry and the importers used to drop: the quantity in its unit
-- (UN Comtrade's qty/qtyUnitAbbr, legacy "Qty"/"Qty Unit") and the net weight in kilograms
-- (netWgt, "Netweight (kg)"). Exact decimal text like commitment values; NULL when not given.
ALTER TABLE trade_figures ADD COLUMN quantity TEXT
    CHECK (quantity IS NULL OR (typeof(quantity) = 'text' AND quantity GLOB '[0-9]*'
           AND quantity NOT GLOB '*[^0-9.]*' AND quantity NOT GLOB '*.*.*' AND quantity NOT GLOB '*.'));
ALTER TABLE trade_figures ADD COLUMN quantity_unit TEXT
    CHECK (quantity_unit IS NULL OR (trim(quantity_unit) <> '' AND length(quantity_unit) <= 24));
ALTER TABLE trade_figures ADD COLUMN net_weight_kg TEXT
    CHECK (net_weight_kg IS NULL OR (typeof(net_weight_kg) = 'text' AND net_weight_kg GLOB '[0-9]*'
           AND net_weight_kg NOT GLOB '*[^0-9.]*' AND net_weight_kg NOT GLOB '*.*.*'
           AND net_weight_kg NOT GLOB '*.'));
-- A quantity names its unit, and a unit belongs to a quantity.
CREATE TRIGGER trade_figures_quantity_unit_insert BEFORE INSERT ON trade_figures
WHEN (NEW.quantity IS NULL) <> (NEW.quantity_unit IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'a trade figure''s quantity and quantity unit go together');
END;
CREATE TRIGGER trade_figures_quantity_unit_update BEFORE UPDATE OF quantity, quantity_unit ON trade_figures
WHEN (NEW.quantity IS NULL) <> (NEW.quantity_unit IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'a trade figure''s quantity and quantity unit go together');
END;

-- The values of an indicator metric, one per period and source, typed or pasted by hand.
-- Periods are written as trade figures' periods are (years, quarters, months, half-years and
-- spans of months within a year); values are non-negative exact decimal text.
CREATE TABLE indicator_values (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    metric_definition_id INTEGER NOT NULL REFERENCES metric_definitions (id) ON DELETE CASCADE,
    period TEXT NOT NULL CHECK (period GLOB '[12][0-9][0-9][0-9]' OR period GLOB '[12][0-9][0-9][0-9]-Q[1-4]' OR period GLOB '[12][0-9][0-9][0-9]-S[12]' OR (period GLOB '[12][0-9][0-9][0-9]-[01][0-9]' AND substr(period, 6, 2) BETWEEN '01' AND '12') OR (period GLOB '[12][0-9][0-9][0-9]-[01][0-9]/[12][0-9][0-9][0-9]-[01][0-9]' AND substr(period, 9, 4) = substr(period, 1, 4) AND substr(period, 6, 2) BETWEEN '01' AND '11' AND substr(period, 14, 2) BETWEEN '02' AND '12' AND CAST(substr(period, 14, 2) AS INTEGER) - CAST(substr(period, 6, 2) AS INTEGER) BETWEEN 1 AND 10 AND substr(period, 6, 2) || substr(period, 14, 2) NOT IN ('0106', '0712', '0103', '0406', '0709', '1012'))),
    value TEXT NOT NULL CHECK (typeof(value) = 'text' AND value GLOB '[0-9]*' AND value NOT GLOB '*[^0-9.]*' AND value NOT GLOB '*.*.*' AND value NOT GLOB '*.'),
    source TEXT NOT NULL CHECK (trim(source) <> ''),
    note TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (metric_definition_id, period, source)
);
CREATE INDEX idx_indicator_values_metric ON indicator_values (metric_definition_id, period);
-- Only an indicator has values typed by hand.
CREATE TRIGGER indicator_values_of_an_indicator BEFORE INSERT ON indicator_values
WHEN (SELECT kind FROM metric_definitions WHERE id = NEW.metric_definition_id) <> 'indicator'
BEGIN
    SELECT RAISE(ABORT, 'values are typed in only for an indicator metric');
END;
-- A metric with values typed in keeps its kind until they are deleted (they would be orphans
-- of a trade metric, counted by nothing).
CREATE TRIGGER metric_definitions_kind_keeps_indicator_values BEFORE UPDATE OF kind ON metric_definitions
WHEN OLD.kind = 'indicator' AND NEW.kind <> 'indicator'
     AND EXISTS (SELECT 1 FROM indicator_values WHERE metric_definition_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'a metric with indicator values stays an indicator until they are deleted');
END;

-- A commitment measured by a metric counts in the metric's unit (schema 0004 said its currency,
-- when every metric was USD trade): "%" on a share, "t" on a tonnage, never free text that
-- could contradict it. A change of the metric's unit carries over to its commitments in the
-- same statement, so undoing it carries them back.
DROP TRIGGER commitments_unit_rule_insert;
CREATE TRIGGER commitments_unit_rule_insert BEFORE INSERT ON commitments
WHEN NEW.metric_definition_id IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'commitments: the unit must be the unit of the metric definition')
    FROM metric_definitions AS m
    WHERE m.id = NEW.metric_definition_id AND m.unit IS NOT NEW.unit;
END;
DROP TRIGGER commitments_unit_rule_update;
CREATE TRIGGER commitments_unit_rule_update
BEFORE UPDATE OF unit, metric_definition_id ON commitments
WHEN NEW.metric_definition_id IS NOT NULL
    AND (NEW.unit IS NOT OLD.unit OR NEW.metric_definition_id IS NOT OLD.metric_definition_id)
BEGIN
    SELECT RAISE(ABORT, 'commitments: the unit must be the unit of the metric definition')
    FROM metric_definitions AS m
    WHERE m.id = NEW.metric_definition_id AND m.unit IS NOT NEW.unit;
END;
CREATE TRIGGER metric_definitions_unit_to_commitments AFTER UPDATE OF unit ON metric_definitions
WHEN NEW.unit IS NOT OLD.unit
BEGIN
    UPDATE commitments SET unit = NEW.unit WHERE metric_definition_id = NEW.id;
END;
