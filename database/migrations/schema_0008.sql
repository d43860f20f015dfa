-- Schema 0008: trade figures in chronological order, whatever the kind of their periods.
--
-- The trade view lists figures newest first. Sorted as text, periods of one year fall into
-- groups by kind (2024, 2024-01, 2024-01/2024-09, 2024-02, ..., 2024-Q1, ..., 2024-S2), so a
-- span of January to September would sit between January and February. Sorted by the month a
-- period ends in and then the month it starts in, they read as a calendar: 2024-12, 2024-Q4,
-- 2024-S2 and 2024 all end in December; 2024-01/2024-09 ends with 2024-09 and 2024-Q3.
--
-- The two expressions are database.periods.PERIOD_LAST_MONTH_SQL and PERIOD_FIRST_MONTH_SQL,
-- written out: SQLite uses an index on expressions only for the same expressions, and a
-- released step never changes (tests/test_partial_period_entry.py checks the view's ORDER BY
-- walks this index). Without it each screen of a million figures would sort every row.

CREATE INDEX idx_trade_period_order ON trade_figures (
    (CAST(substr(period, 1, 4) AS INTEGER) * 12 + CASE WHEN length(period) = 4 THEN 11
     WHEN substr(period, 6, 1) = 'Q' THEN CAST(substr(period, 7, 1) AS INTEGER) * 3 - 1
     WHEN substr(period, 6, 1) = 'S' THEN CAST(substr(period, 7, 1) AS INTEGER) * 6 - 1
     WHEN length(period) = 15 THEN CAST(substr(period, 14, 2) AS INTEGER) - 1
     ELSE CAST(substr(period, 6, 2) AS INTEGER) - 1 END),
    (CAST(substr(period, 1, 4) AS INTEGER) * 12 + CASE WHEN length(period) = 4 THEN 0
     WHEN substr(period, 6, 1) = 'Q' THEN (CAST(substr(period, 7, 1) AS INTEGER) - 1) * 3
     WHEN substr(period, 6, 1) = 'S' THEN (CAST(substr(period, 7, 1) AS INTEGER) - 1) * 6
     ELSE CAST(substr(period, 6, 2) AS INTEGER) - 1 END)
);
