"""The co-visit: start, calls with their checklist, end of day, manager's view."""
