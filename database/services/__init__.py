"""What a user can do: validate input, change the store, and hand back what undoes it."""
