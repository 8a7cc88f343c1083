"""Visit planning (DOMAIN.md §5): frequency policy, monthly plans, compliance, iCalendar."""
