"""The manager's review of the reps' work: comments on records and the day report (日报)."""
