"""Matplotlib drawings of progress; they draw on a given ``Figure`` and never use pyplot."""
