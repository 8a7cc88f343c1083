"""The customer management summary: editing, pre-filling and printing it."""
