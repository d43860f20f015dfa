-- Schema 0002: trade-statistics import batches that can be undone, remembered column mappings,
-- and a per-chapter summary of trade figures kept up to date on every write.
-- Schema 0001 is released and never changes; everything here is added on top of it.

-- What an import did, for the batch list and for undoing it. row_count (0001) counts the data
-- rows read: inserted + updated + unchanged + skipped.
ALTER TABLE import_batches ADD COLUMN unit TEXT NOT NULL DEFAULT 'usd'
    CHECK (unit IN ('usd', 'thousand-usd'));
ALTER TABLE import_batches ADD COLUMN encoding TEXT;
ALTER TABLE import_batches ADD COLUMN inserted INTEGER NOT NULL DEFAULT 0 CHECK (inserted >= 0);
ALTER TABLE import_batches ADD COLUMN updated INTEGER NOT NULL DEFAULT 0 CHECK (updated >= 0);
ALTER TABLE import_batches ADD COLUMN unchanged INTEGER NOT NULL DEFAULT 0 CHECK (unchanged >= 0);
-- Comtrade breakdown rows (customs procedure, mode of transport, second partner, sub-flows):
-- read and counted but never stored, so that totals are not counted twice.
ALTER TABLE import_batches ADD COLUMN skipped INTEGER NOT NULL DEFAULT 0 CHECK (skipped >= 0);
-- Values rounded half-even to whole cents (Comtrade values may carry fractions of a cent).
ALTER TABLE import_batches ADD COLUMN rounded INTEGER NOT NULL DEFAULT 0 CHECK (rounded >= 0);
ALTER TABLE import_batches ADD COLUMN undone_at TEXT
    CHECK (undone_at IS NULL OR undone_at GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T*');

-- The state before a batch of every trade figure that the batch updated (inserted figures are
-- found by import_batch_id). Owned by the batch row, which carries the uuid and timestamps; the
-- figure id is no foreign key so that deleting a figure by hand stays possible (undo then
-- refuses the batch, since the figure changed after it).
CREATE TABLE import_batch_previous (
    batch_id INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
    trade_figure_id INTEGER NOT NULL,
    value_usd_cents INTEGER NOT NULL CHECK (typeof(value_usd_cents) = 'integer' AND value_usd_cents >= 0),
    note TEXT,
    previous_batch_id INTEGER,
    previous_updated_at TEXT NOT NULL,
    PRIMARY KEY (batch_id, trade_figure_id)
);

-- Column mappings for tables in no known layout, remembered by the signature of their header
-- (SHA-256 of the normalised column names) so that the next file of the same shape maps itself.
CREATE TABLE import_mappings (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    signature TEXT NOT NULL UNIQUE CHECK (length(signature) = 64 AND signature NOT GLOB '*[^0-9a-f]*'),
    name TEXT,
    -- The header as read (JSON list) and the mapping (JSON object), both written by the app.
    columns_json TEXT NOT NULL CHECK (columns_json LIKE '[%]'),
    mapping_json TEXT NOT NULL CHECK (mapping_json LIKE '{%}'),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Sums of trade figures per reporter, partner, flow, period and HS chapter ('TOTAL' for the
-- reported all-goods rows), derived from trade_figures and kept current on write. A chapter's sum
-- never mixes code levels: it is the sum of the rows at the shortest code length present for
-- that chapter (2-digit rows if there are any, else 4-digit, else 6-digit, ...), so a file with
-- chapters and their 4- and 6-digit lines is not counted twice. `level` is that code length
-- (0 for TOTAL), `figure_count` the number of figures summed. Rows from different sources are
-- summed. A cache, rebuilt from trade_figures at any time, so it carries no uuid.
CREATE TABLE trade_totals (
    reporter_iso3 TEXT NOT NULL,
    partner_iso3 TEXT NOT NULL,
    period TEXT NOT NULL,
    flow TEXT NOT NULL,
    chapter TEXT NOT NULL,
    level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 10),
    value_usd_cents INTEGER NOT NULL,
    figure_count INTEGER NOT NULL CHECK (figure_count > 0),
    -- The natural-key order of trade_figures, so that a recomputation writes in index order.
    PRIMARY KEY (reporter_iso3, partner_iso3, period, flow, chapter)
);

-- One row: 1 while a bulk write (import, batch undo) is in progress inside its transaction. The
-- triggers below then stand aside and the bulk writer recomputes the affected sums set-based
-- before it commits. Any other writer leaves it at 0, so its writes keep trade_totals current.
CREATE TABLE trade_totals_control (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    deferred INTEGER NOT NULL DEFAULT 0 CHECK (deferred IN (0, 1))
);
INSERT INTO trade_totals_control (id, deferred) VALUES (1, 0);

-- The triggers recompute the one (reporter, partner, flow, period, chapter) sum a row belongs to.
-- Rows of a chapter are the codes between its two digits and those digits followed by 'z' (codes
-- are digits only), which the natural-key index answers; for TOTAL the range holds only 'TOTAL'.
CREATE TRIGGER trade_totals_after_insert AFTER INSERT ON trade_figures
WHEN coalesce((SELECT deferred FROM trade_totals_control WHERE id = 1), 0) = 0
BEGIN
    DELETE FROM trade_totals
    WHERE reporter_iso3 = NEW.reporter_iso3 AND partner_iso3 = NEW.partner_iso3
      AND period = NEW.period AND flow = NEW.flow
      AND chapter = (CASE WHEN NEW.product_code = 'TOTAL' THEN 'TOTAL' ELSE substr(NEW.product_code, 1, 2) END);
    INSERT INTO trade_totals (reporter_iso3, partner_iso3, period, flow, chapter, level,
                              value_usd_cents, figure_count)
    SELECT NEW.reporter_iso3, NEW.partner_iso3, NEW.period, NEW.flow,
           CASE WHEN NEW.product_code = 'TOTAL' THEN 'TOTAL' ELSE substr(NEW.product_code, 1, 2) END,
           level, cents, n
    FROM (SELECT min(level) AS level, cents, n
          FROM (SELECT CASE WHEN product_code = 'TOTAL' THEN 0 ELSE length(product_code) END AS level,
                       sum(value_usd_cents) AS cents, count(*) AS n
                FROM trade_figures
                WHERE reporter_iso3 = NEW.reporter_iso3 AND partner_iso3 = NEW.partner_iso3
                  AND period = NEW.period AND flow = NEW.flow
                  AND product_code BETWEEN substr(NEW.product_code, 1, 2) AND substr(NEW.product_code, 1, 2) || 'z'
                GROUP BY 1))
    WHERE level IS NOT NULL;
END;

CREATE TRIGGER trade_totals_after_delete AFTER DELETE ON trade_figures
WHEN coalesce((SELECT deferred FROM trade_totals_control WHERE id = 1), 0) = 0
BEGIN
    DELETE FROM trade_totals
    WHERE reporter_iso3 = OLD.reporter_iso3 AND partner_iso3 = OLD.partner_iso3
      AND period = OLD.period AND flow = OLD.flow
      AND chapter = (CASE WHEN OLD.product_code = 'TOTAL' THEN 'TOTAL' ELSE substr(OLD.product_code, 1, 2) END);
    INSERT INTO trade_totals (reporter_iso3, partner_iso3, period, flow, chapter, level,
                              value_usd_cents, figure_count)
    SELECT OLD.reporter_iso3, OLD.partner_iso3, OLD.period, OLD.flow,
           CASE WHEN OLD.product_code = 'TOTAL' THEN 'TOTAL' ELSE substr(OLD.product_code, 1, 2) END,
           level, cents, n
    FROM (SELECT min(level) AS level, cents, n
          FROM (SELECT CASE WHEN product_code = 'TOTAL' THEN 0 ELSE length(product_code) END AS level,
                       sum(value_usd_cents) AS cents, count(*) AS n
                FROM trade_figures
                WHERE reporter_iso3 = OLD.reporter_iso3 AND partner_iso3 = OLD.partner_iso3
                  AND period = OLD.period AND flow = OLD.flow
                  AND product_code BETWEEN substr(OLD.product_code, 1, 2) AND substr(OLD.product_code, 1, 2) || 'z'
                GROUP BY 1))
    WHERE level IS NOT NULL;
END;

-- An update is a delete of the old row's sum and an insert of the new row's sum (both recomputed
-- after the change; when the row stays in the same sum the second recomputation finds the same).
CREATE TRIGGER trade_totals_after_update
AFTER UPDATE OF reporter_iso3, partner_iso3, period, flow, product_code, value_usd_cents ON trade_figures
WHEN coalesce((SELECT deferred FROM trade_totals_control WHERE id = 1), 0) = 0
BEGIN
    DELETE FROM trade_totals
    WHERE reporter_iso3 = OLD.reporter_iso3 AND partner_iso3 = OLD.partner_iso3
      AND period = OLD.period AND flow = OLD.flow
      AND chapter = (CASE WHEN OLD.product_code = 'TOTAL' THEN 'TOTAL' ELSE substr(OLD.product_code, 1, 2) END);
    INSERT INTO trade_totals (reporter_iso3, partner_iso3, period, flow, chapter, level,
                              value_usd_cents, figure_count)
    SELECT OLD.reporter_iso3, OLD.partner_iso3, OLD.period, OLD.flow,
           CASE WHEN OLD.product_code = 'TOTAL' THEN 'TOTAL' ELSE substr(OLD.product_code, 1, 2) END,
           level, cents, n
    FROM (SELECT min(level) AS level, cents, n
          FROM (SELECT CASE WHEN product_code = 'TOTAL' THEN 0 ELSE length(product_code) END AS level,
                       sum(value_usd_cents) AS cents, count(*) AS n
                FROM trade_figures
                WHERE reporter_iso3 = OLD.reporter_iso3 AND partner_iso3 = OLD.partner_iso3
                  AND period = OLD.period AND flow = OLD.flow
                  AND product_code BETWEEN substr(OLD.product_code, 1, 2) AND substr(OLD.product_code, 1, 2) || 'z'
                GROUP BY 1))
    WHERE level IS NOT NULL;
    DELETE FROM trade_totals
    WHERE reporter_iso3 = NEW.reporter_iso3 AND partner_iso3 = NEW.partner_iso3
      AND period = NEW.period AND flow = NEW.flow
      AND chapter = (CASE WHEN NEW.product_code = 'TOTAL' THEN 'TOTAL' ELSE substr(NEW.product_code, 1, 2) END);
    INSERT INTO trade_totals (reporter_iso3, partner_iso3, period, flow, chapter, level,
                              value_usd_cents, figure_count)
    SELECT NEW.reporter_iso3, NEW.partner_iso3, NEW.period, NEW.flow,
           CASE WHEN NEW.product_code = 'TOTAL' THEN 'TOTAL' ELSE substr(NEW.product_code, 1, 2) END,
           level, cents, n
    FROM (SELECT min(level) AS level, cents, n
          FROM (SELECT CASE WHEN product_code = 'TOTAL' THEN 0 ELSE length(product_code) END AS level,
                       sum(value_usd_cents) AS cents, count(*) AS n
                FROM trade_figures
                WHERE reporter_iso3 = NEW.reporter_iso3 AND partner_iso3 = NEW.partner_iso3
                  AND period = NEW.period AND flow = NEW.flow
                  AND product_code BETWEEN substr(NEW.product_code, 1, 2) AND substr(NEW.product_code, 1, 2) || 'z'
                GROUP BY 1))
    WHERE level IS NOT NULL;
END;

-- Figures written before this step get their sums now.
INSERT INTO trade_totals (reporter_iso3, partner_iso3, period, flow, chapter, level,
                          value_usd_cents, figure_count)
SELECT reporter_iso3, partner_iso3, period, flow, chapter, min(level), cents, n
FROM (SELECT reporter_iso3, partner_iso3, period, flow,
             CASE WHEN product_code = 'TOTAL' THEN 'TOTAL' ELSE substr(product_code, 1, 2) END AS chapter,
             CASE WHEN product_code = 'TOTAL' THEN 0 ELSE length(product_code) END AS level,
             sum(value_usd_cents) AS cents, count(*) AS n
      FROM trade_figures
      GROUP BY reporter_iso3, partner_iso3, period, flow, chapter, level)
GROUP BY reporter_iso3, partner_iso3, period, flow, chapter;
