"""Commitment Tracker's Qt application: windows, models, plots, printing and the command line."""

APP_NAME = "Commitment Tracker"
ORGANISATION_NAME = "CommitmentTracker"
