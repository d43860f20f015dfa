"""How each progress status is named to people (the codes stay in the data and the JSON)."""

STATUS_LABELS = {
    "achieved": "Achieved",
    "on_track": "On track",
    "acceleration_needed": "Acceleration needed",
    "limited_progress": "Limited progress",
    "deterioration": "Deterioration",
    "overdue": "Overdue",
    "no_data": "No data since baseline",
}
