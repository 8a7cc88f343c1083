"""Import and export of accounts and stakeholders: .xlsx, .csv and vCard."""
