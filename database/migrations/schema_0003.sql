-- Schema 0003: one fact, one value. Two sources reporting the same reporter, partner, period,
-- flow and product are two estimates of one fact, never parts of a whole (schema 0002 summed
-- them). The earlier schemas are released and never change; everything here is added on top.
-- Nothing stored changes: the figures stay as they are; only the summary (a cache of them) is
-- rebuilt with the source as part of its key, and metric definitions gain a source preference.

-- The sources a metric prefers, most preferred first: a JSON list of source texts written by
-- the application (database.sources). NULL: the default order (the reporter's national
-- statistics first, then figures without a source, then international compilations). Sources
-- the list does not name follow in the default order. (No json_valid() CHECK: JSON functions
-- may not run in the schema of a file opened with trusted_schema=OFF.)
ALTER TABLE metric_definitions ADD COLUMN source_preference TEXT
    CHECK (source_preference IS NULL OR (typeof(source_preference) = 'text' AND source_preference LIKE '[%]'));

-- The summary again, with the source in its key: the sum of a chapter (at its shortest code
-- level) per reporter, partner, period, flow, chapter and source. Its key follows the natural
-- key of trade_figures (reporter, partner, period, flow, product, source), so a recomputation
-- writes in index order.
DROP TRIGGER trade_totals_after_insert;
DROP TRIGGER trade_totals_after_delete;
DROP TRIGGER trade_totals_after_update;
DROP TABLE trade_totals;

CREATE TABLE trade_totals (
    reporter_iso3 TEXT NOT NULL,
    partner_iso3 TEXT NOT NULL,
    period TEXT NOT NULL,
    flow TEXT NOT NULL,
    chapter TEXT NOT NULL,
    source TEXT NOT NULL,
    level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 10),
    value_usd_cents INTEGER NOT NULL,
    figure_count INTEGER NOT NULL CHECK (figure_count > 0),
    PRIMARY KEY (reporter_iso3, partner_iso3, period, flow, chapter, source)
);

-- Each trigger recomputes the one (reporter, partner, period, flow, chapter, source) sum a row
-- belongs to. Rows of a chapter are the codes between its two digits and those digits followed
-- by 'z' (codes are digits only), a range of the natural-key index; the source narrows it.
CREATE TRIGGER trade_totals_after_insert AFTER INSERT ON trade_figures
WHEN coalesce((SELECT deferred FROM trade_totals_control WHERE id = 1), 0) = 0
BEGIN
    DELETE FROM trade_totals
    WHERE reporter_iso3 = NEW.reporter_iso3 AND partner_iso3 = NEW.partner_iso3
      AND period = NEW.period AND flow = NEW.flow
      AND chapter = (CASE WHEN NEW.product_code = 'TOTAL' THEN 'TOTAL' ELSE substr(NEW.product_code, 1, 2) END)
      AND source = NEW.source;
    INSERT INTO trade_totals (reporter_iso3, partner_iso3, period, flow, chapter, source, level,
                              value_usd_cents, figure_count)
    SELECT NEW.reporter_iso3, NEW.partner_iso3, NEW.period, NEW.flow,
           CASE WHEN NEW.product_code = 'TOTAL' THEN 'TOTAL' ELSE substr(NEW.product_code, 1, 2) END,
           NEW.source, level, cents, n
    FROM (SELECT min(level) AS level, cents, n
          FROM (SELECT CASE WHEN product_code = 'TOTAL' THEN 0 ELSE length(product_code) END AS level,
                       sum(value_usd_cents) AS cents, count(*) AS n
                FROM trade_figures
                WHERE reporter_iso3 = NEW.reporter_iso3 AND partner_iso3 = NEW.partner_iso3
                  AND period = NEW.period AND flow = NEW.flow
                  AND product_code BETWEEN substr(NEW.product_code, 1, 2) AND substr(NEW.product_code, 1, 2) || 'z'
                  AND source = NEW.source
                GROUP BY 1))
    WHERE level IS NOT NULL;
END;

CREATE TRIGGER trade_totals_after_delete AFTER DELETE ON trade_figures
WHEN coalesce((SELECT deferred FROM trade_totals_control WHERE id = 1), 0) = 0
BEGIN
    DELETE FROM trade_totals
    WHERE reporter_iso3 = OLD.reporter_iso3 AND partner_iso3 = OLD.partner_iso3
      AND period = OLD.period AND flow = OLD.flow
      AND chapter = (CASE WHEN OLD.product_code = 'TOTAL' THEN 'TOTAL' ELSE substr(OLD.product_code, 1, 2) END)
      AND source = OLD.source;
    INSERT INTO trade_totals (reporter_iso3, partner_iso3, period, flow, chapter, source, level,
                              value_usd_cents, figure_count)
    SELECT OLD.reporter_iso3, OLD.partner_iso3, OLD.period, OLD.flow,
           CASE WHEN OLD.product_code = 'TOTAL' THEN 'TOTAL' ELSE substr(OLD.product_code, 1, 2) END,
           OLD.source, level, cents, n
    FROM (SELECT min(level) AS level, cents, n
          FROM (SELECT CASE WHEN product_code = 'TOTAL' THEN 0 ELSE length(product_code) END AS level,
                       sum(value_usd_cents) AS cents, count(*) AS n
                FROM trade_figures
                WHERE reporter_iso3 = OLD.reporter_iso3 AND partner_iso3 = OLD.partner_iso3
                  AND period = OLD.period AND flow = OLD.flow
                  AND product_code BETWEEN substr(OLD.product_code, 1, 2) AND substr(OLD.product_code, 1, 2) || 'z'
                  AND source = OLD.source
                GROUP BY 1))
    WHERE level IS NOT NULL;
END;

-- An update is a delete of the old row's sum and an insert of the new row's sum (both recomputed
-- after the change; when the row stays in the same sum the second recomputation finds the same).
CREATE TRIGGER trade_totals_after_update
AFTER UPDATE OF reporter_iso3, partner_iso3, period, flow, product_code, source, value_usd_cents ON trade_figures
WHEN coalesce((SELECT deferred FROM trade_totals_control WHERE id = 1), 0) = 0
BEGIN
    DELETE FROM trade_totals
    WHERE reporter_iso3 = OLD.reporter_iso3 AND partner_iso3 = OLD.partner_iso3
      AND period = OLD.period AND flow = OLD.flow
      AND chapter = (CASE WHEN OLD.product_code = 'TOTAL' THEN 'TOTAL' ELSE substr(OLD.product_code, 1, 2) END)
      AND source = OLD.source;
    INSERT INTO trade_totals (reporter_iso3, partner_iso3, period, flow, chapter, source, level,
                              value_usd_cents, figure_count)
    SELECT OLD.reporter_iso3, OLD.partner_iso3, OLD.period, OLD.flow,
           CASE WHEN OLD.product_code = 'TOTAL' THEN 'TOTAL' ELSE substr(OLD.product_code, 1, 2) END,
           OLD.source, level, cents, n
    FROM (SELECT min(level) AS level, cents, n
          FROM (SELECT CASE WHEN product_code = 'TOTAL' THEN 0 ELSE length(product_code) END AS level,
                       sum(value_usd_cents) AS cents, count(*) AS n
                FROM trade_figures
                WHERE reporter_iso3 = OLD.reporter_iso3 AND partner_iso3 = OLD.partner_iso3
                  AND period = OLD.period AND flow = OLD.flow
                  AND product_code BETWEEN substr(OLD.product_code, 1, 2) AND substr(OLD.product_code, 1, 2) || 'z'
                  AND source = OLD.source
                GROUP BY 1))
    WHERE level IS NOT NULL;
    DELETE FROM trade_totals
    WHERE reporter_iso3 = NEW.reporter_iso3 AND partner_iso3 = NEW.partner_iso3
      AND period = NEW.period AND flow = NEW.flow
      AND chapter = (CASE WHEN NEW.product_code = 'TOTAL' THEN 'TOTAL' ELSE substr(NEW.product_code, 1, 2) END)
      AND source = NEW.source;
    INSERT INTO trade_totals (reporter_iso3, partner_iso3, period, flow, chapter, source, level,
                              value_usd_cents, figure_count)
    SELECT NEW.reporter_iso3, NEW.partner_iso3, NEW.period, NEW.flow,
           CASE WHEN NEW.product_code = 'TOTAL' THEN 'TOTAL' ELSE substr(NEW.product_code, 1, 2) END,
           NEW.source, level, cents, n
    FROM (SELECT min(level) AS level, cents, n
          FROM (SELECT CASE WHEN product_code = 'TOTAL' THEN 0 ELSE length(product_code) END AS level,
                       sum(value_usd_cents) AS cents, count(*) AS n
                FROM trade_figures
                WHERE reporter_iso3 = NEW.reporter_iso3 AND partner_iso3 = NEW.partner_iso3
                  AND period = NEW.period AND flow = NEW.flow
                  AND product_code BETWEEN substr(NEW.product_code, 1, 2) AND substr(NEW.product_code, 1, 2) || 'z'
                  AND source = NEW.source
                GROUP BY 1))
    WHERE level IS NOT NULL;
END;

-- The figures stored before this step get their sums now, each source apart.
INSERT INTO trade_totals (reporter_iso3, partner_iso3, period, flow, chapter, source, level,
                          value_usd_cents, figure_count)
SELECT reporter_iso3, partner_iso3, period, flow, chapter, source, min(level), cents, n
FROM (SELECT reporter_iso3, partner_iso3, period, flow,
             CASE WHEN product_code = 'TOTAL' THEN 'TOTAL' ELSE substr(product_code, 1, 2) END AS chapter,
             source,
             CASE WHEN product_code = 'TOTAL' THEN 0 ELSE length(product_code) END AS level,
             sum(value_usd_cents) AS cents, count(*) AS n
      FROM trade_figures
      GROUP BY reporter_iso3, partner_iso3, period, flow, chapter, source, level)
GROUP BY reporter_iso3, partner_iso3, period, flow, chapter, source;
