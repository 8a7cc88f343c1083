"""One description per field: what each stored field is and where it shows.

:mod:`.spec` holds the vocabulary (:class:`FieldSpec` and its parts); one module per
aggregate declares its fields (:mod:`.account` for the customer card). Forms, merge
dialogs, import/export columns, printed rows, the card's load/save and its checks are
derived from these declarations, so adding a field touches the declaration, the
storage model and a migration, nothing else.
"""
