"""Frequency policy, monthly plan calendar, compliance."""
