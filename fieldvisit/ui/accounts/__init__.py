"""Accounts list, customer card and stakeholder editors, merge, trash, import."""
