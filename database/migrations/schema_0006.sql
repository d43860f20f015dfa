-- Schema 0006: figures published for a country pair without saying whose statistics they are.
--
-- A press release quotes "turnover about USD 133 million in 2024" without naming the reporter.
-- Such a figure is recorded "as published, reporter not stated" (reporter_stated = 0): its
-- reporter_iso3 and partner_iso3 then only say from whose side the flow is told (whose exports),
-- not whose statistics give it. It is its own series: the summary (trade_totals, the reporters'
-- own sums, read by every table and metric) leaves it out, and a metric reads it only when the
-- metric says so (metric_definitions.use_unstated_reporter, database.unstated_figures). Every
-- figure stored before this step named its reporter and keeps reporter_stated = 1, so the
-- summary needs no rebuild; only its triggers learn to leave unstated figures out.

ALTER TABLE trade_figures ADD COLUMN reporter_stated INTEGER NOT NULL DEFAULT 1
    CHECK (reporter_stated IN (0, 1));

-- 1: the metric also counts figures of its country pair whose reporter is not stated, as
-- sources of their own (after the reporter's own sources unless its preference names them).
ALTER TABLE metric_definitions ADD COLUMN use_unstated_reporter INTEGER NOT NULL DEFAULT 0
    CHECK (use_unstated_reporter IN (0, 1));

-- A figure whose reporter is not stated can be told from either side ("Kyrgyz exports" are
-- "Belarusian imports"): one source's figure of one fact is stored once, from one side. A
-- trigger and not a UNIQUE index: the mirrored key swaps columns, which an index cannot say.
CREATE TRIGGER trade_figures_unstated_once_insert BEFORE INSERT ON trade_figures
WHEN NEW.reporter_stated = 0 AND EXISTS (
    SELECT 1 FROM trade_figures
    WHERE reporter_iso3 = NEW.partner_iso3 AND partner_iso3 = NEW.reporter_iso3
      AND period = NEW.period AND product_code = NEW.product_code AND source = NEW.source
      AND reporter_stated = 0
      AND flow = CASE NEW.flow WHEN 'export' THEN 'import' WHEN 'import' THEN 'export' ELSE NEW.flow END)
BEGIN
    SELECT RAISE(ABORT, 'trade_figures: this source''s figure is already stored from the other side');
END;

CREATE TRIGGER trade_figures_unstated_once_update
BEFORE UPDATE OF reporter_iso3, partner_iso3, period, flow, product_code, source, reporter_stated
ON trade_figures
WHEN NEW.reporter_stated = 0 AND EXISTS (
    SELECT 1 FROM trade_figures
    WHERE reporter_iso3 = NEW.partner_iso3 AND partner_iso3 = NEW.reporter_iso3
      AND period = NEW.period AND product_code = NEW.product_code AND source = NEW.source
      AND reporter_stated = 0 AND id <> NEW.id
      AND flow = CASE NEW.flow WHEN 'export' THEN 'import' WHEN 'import' THEN 'export' ELSE NEW.flow END)
BEGIN
    SELECT RAISE(ABORT, 'trade_figures: this source''s figure is already stored from the other side');
END;

-- The summary's triggers of schema 0003 again, leaving unstated figures out: an insert or
-- delete of one does not touch the summary, and an update recomputes from the stated figures
-- only (so a figure marked "reporter not stated" leaves its reporter's sums).
DROP TRIGGER trade_totals_after_insert;
DROP TRIGGER trade_totals_after_delete;
DROP TRIGGER trade_totals_after_update;

CREATE TRIGGER trade_totals_after_insert AFTER INSERT ON trade_figures
WHEN NEW.reporter_stated = 1
 AND coalesce((SELECT deferred FROM trade_totals_control WHERE id = 1), 0) = 0
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
                  AND source = NEW.source AND reporter_stated = 1
                GROUP BY 1))
    WHERE level IS NOT NULL;
END;

CREATE TRIGGER trade_totals_after_delete AFTER DELETE ON trade_figures
WHEN OLD.reporter_stated = 1
 AND coalesce((SELECT deferred FROM trade_totals_control WHERE id = 1), 0) = 0
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
                  AND source = OLD.source AND reporter_stated = 1
                GROUP BY 1))
    WHERE level IS NOT NULL;
END;

-- An update is a delete of the old row's sum and an insert of the new row's sum (both recomputed
-- after the change; when the row stays in the same sum the second recomputation finds the same).
CREATE TRIGGER trade_totals_after_update
AFTER UPDATE OF reporter_iso3, partner_iso3, period, flow, product_code, source, value_usd_cents, reporter_stated
ON trade_figures
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
                  AND source = OLD.source AND reporter_stated = 1
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
                  AND source = NEW.source AND reporter_stated = 1
                GROUP BY 1))
    WHERE level IS NOT NULL;
END;
