"""Contact record editor, open promises, the account timeline."""
