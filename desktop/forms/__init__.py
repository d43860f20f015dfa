"""Record editors (dialogs built in code on FormDialog)."""
