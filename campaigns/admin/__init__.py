"""The campaigns admin: editing helpers, the share kit and the calendar."""
