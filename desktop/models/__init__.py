"""Qt item models over service queries (never QtSql on our file)."""
