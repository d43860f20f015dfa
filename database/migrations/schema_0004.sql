-- Schema 0004: rules without which the progress method is meaningless for a commitment.
-- The earlier schemas are released and never change; everything here is added on top of them.
--
-- Triggers rather than CHECKs, for three reasons:
-- * a file stored before these rules existed may hold rows that break them, and SQLite's
--   quick_check (run on every open) refuses a file whose rows break one of its CHECKs: such a
--   file must stay usable, and `check` names those rows instead;
-- * a CHECK can only be added by rebuilding `commitments`, and dropping the old table inside the
--   migration's one transaction (foreign keys cannot be switched off there) would delete the
--   revisions, notes and initiative links that refer to it ON DELETE CASCADE;
-- * the unit rule reads the metric definition, another table, which no CHECK can.
-- Every insert must keep the rules; an update must when it changes a column a rule reads, so a
-- row stored before can still be renamed, but its numbers only change into ones that fit.
-- Malformed numbers and unknown directions are left to the table's CHECKs (they say it better).

-- 1 and 2. A commitment raises (direction 1) or reduces (-1) a value: its target lies above or
-- below the baseline, never at it. Values are decimal text compared exactly, never as floats:
-- the integer parts without leading zeros by length, then as text, then the fractions without
-- trailing zeros as text. `s` is the sign of target - baseline.
CREATE TRIGGER commitments_target_rules_insert BEFORE INSERT ON commitments
WHEN typeof(NEW.baseline_value) = 'text' AND NEW.baseline_value GLOB '[0-9]*'
    AND NEW.baseline_value NOT GLOB '*[^0-9.]*' AND NEW.baseline_value NOT GLOB '*.*.*'
    AND NEW.baseline_value NOT GLOB '*.'
    AND typeof(NEW.target_value) = 'text' AND NEW.target_value GLOB '[0-9]*'
    AND NEW.target_value NOT GLOB '*[^0-9.]*' AND NEW.target_value NOT GLOB '*.*.*'
    AND NEW.target_value NOT GLOB '*.'
    AND NEW.direction IN (1, -1)
BEGIN
    SELECT CASE
        WHEN s = 0 THEN RAISE(ABORT, 'commitments: the target equals the baseline; a commitment raises or reduces a value')
        WHEN s <> NEW.direction THEN RAISE(ABORT, 'commitments: the direction is against the target; raising needs a target above the baseline, reducing one below it')
    END
    FROM (SELECT CASE
                     WHEN length(ti) <> length(bi) THEN CASE WHEN length(ti) > length(bi) THEN 1 ELSE -1 END
                     WHEN ti <> bi THEN CASE WHEN ti > bi THEN 1 ELSE -1 END
                     WHEN tf <> bf THEN CASE WHEN tf > bf THEN 1 ELSE -1 END
                     ELSE 0
                 END AS s
          FROM (SELECT ltrim(substr(NEW.baseline_value, 1, instr(NEW.baseline_value || '.', '.') - 1), '0') AS bi,
                       rtrim(substr(NEW.baseline_value, instr(NEW.baseline_value || '.', '.') + 1), '0') AS bf,
                       ltrim(substr(NEW.target_value, 1, instr(NEW.target_value || '.', '.') - 1), '0') AS ti,
                       rtrim(substr(NEW.target_value, instr(NEW.target_value || '.', '.') + 1), '0') AS tf));
END;

CREATE TRIGGER commitments_target_rules_update
BEFORE UPDATE OF baseline_value, target_value, direction ON commitments
WHEN (NEW.baseline_value IS NOT OLD.baseline_value OR NEW.target_value IS NOT OLD.target_value
      OR NEW.direction IS NOT OLD.direction)
    AND typeof(NEW.baseline_value) = 'text' AND NEW.baseline_value GLOB '[0-9]*'
    AND NEW.baseline_value NOT GLOB '*[^0-9.]*' AND NEW.baseline_value NOT GLOB '*.*.*'
    AND NEW.baseline_value NOT GLOB '*.'
    AND typeof(NEW.target_value) = 'text' AND NEW.target_value GLOB '[0-9]*'
    AND NEW.target_value NOT GLOB '*[^0-9.]*' AND NEW.target_value NOT GLOB '*.*.*'
    AND NEW.target_value NOT GLOB '*.'
    AND NEW.direction IN (1, -1)
BEGIN
    SELECT CASE
        WHEN s = 0 THEN RAISE(ABORT, 'commitments: the target equals the baseline; a commitment raises or reduces a value')
        WHEN s <> NEW.direction THEN RAISE(ABORT, 'commitments: the direction is against the target; raising needs a target above the baseline, reducing one below it')
    END
    FROM (SELECT CASE
                     WHEN length(ti) <> length(bi) THEN CASE WHEN length(ti) > length(bi) THEN 1 ELSE -1 END
                     WHEN ti <> bi THEN CASE WHEN ti > bi THEN 1 ELSE -1 END
                     WHEN tf <> bf THEN CASE WHEN tf > bf THEN 1 ELSE -1 END
                     ELSE 0
                 END AS s
          FROM (SELECT ltrim(substr(NEW.baseline_value, 1, instr(NEW.baseline_value || '.', '.') - 1), '0') AS bi,
                       rtrim(substr(NEW.baseline_value, instr(NEW.baseline_value || '.', '.') + 1), '0') AS bf,
                       ltrim(substr(NEW.target_value, 1, instr(NEW.target_value || '.', '.') - 1), '0') AS ti,
                       rtrim(substr(NEW.target_value, instr(NEW.target_value || '.', '.') + 1), '0') AS tf));
END;

-- 4. The unit of a commitment measured by a metric definition is the metric's currency (trade
-- figures are summed in it), never free text that could contradict it ("tonnes" on USD trade).
-- A commitment without a metric keeps its own words for the unit.
CREATE TRIGGER commitments_unit_rule_insert BEFORE INSERT ON commitments
WHEN NEW.metric_definition_id IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'commitments: the unit must be the currency of the metric definition')
    FROM metric_definitions AS m
    WHERE m.id = NEW.metric_definition_id AND m.currency IS NOT NEW.unit;
END;

CREATE TRIGGER commitments_unit_rule_update
BEFORE UPDATE OF unit, metric_definition_id ON commitments
WHEN NEW.metric_definition_id IS NOT NULL
    AND (NEW.unit IS NOT OLD.unit OR NEW.metric_definition_id IS NOT OLD.metric_definition_id)
BEGIN
    SELECT RAISE(ABORT, 'commitments: the unit must be the currency of the metric definition')
    FROM metric_definitions AS m
    WHERE m.id = NEW.metric_definition_id AND m.currency IS NOT NEW.unit;
END;

-- The same rule seen from the metric: its currency cannot move away from the commitments it
-- measures (the table's CHECK allows only USD today; this holds once it allows more).
CREATE TRIGGER metric_definitions_currency_rule
BEFORE UPDATE OF currency ON metric_definitions
WHEN NEW.currency IS NOT OLD.currency
BEGIN
    SELECT RAISE(ABORT, 'metric_definitions: commitments measured with this metric have its currency as their unit')
    WHERE EXISTS (SELECT 1 FROM commitments AS c
                  WHERE c.metric_definition_id = NEW.id AND c.unit IS NOT NEW.currency);
END;
