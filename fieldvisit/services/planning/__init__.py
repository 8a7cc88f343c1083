"""Visit planning: frequency policy, monthly plans, compliance, calendar export (§5)."""
