"""Printable progress summaries: HTML built from the services, printed or written as PDF."""
