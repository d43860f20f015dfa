"""The user-facing wording of the desktop, in one place per subject (issue 18).

Each module words codes that the database layer hands over (change names, dependents of a
delete, ...) in the user's language, through its own module-level ``_tr`` helper.
"""
