"""One description per field: what each stored field is and where it shows.

:mod:`.spec` holds the vocabulary (:class:`~.spec.FieldSpec` and its parts), one module
per aggregate declares its fields (:mod:`.account` for the customer card,
:mod:`.stakeholder` for a person, :mod:`.profile` for a person's personal profile),
:mod:`.values` holds their frozen values and
:mod:`.checks` what a description asks of a value.

Derived from the declarations, with no list of fields of their own:

- the card's read model groups and its load/save (``services.accounts.card_data``,
  ``cards``), the person's and the profile's data and load/save
  (``services.accounts.stakeholders``);
- the checks (``card_checks``, ``stakeholder_problems``);
- the editors' widgets and captions (``ui.accounts.card_layout``);
- the merge dialog's rows and labels (``services.accounts.merge``,
  ``ui.accounts.merge_fields``);
- the import/export columns and header aliases (``services.import_export.fields``);
- the printed card's rows and personal profiles (``reports.customer_card``) and
  ``fieldvisit card``.

Adding a field to the card touches three modules: its ``FieldSpec`` in
:mod:`.account` (label in both languages, kind, editor block, and if wanted a print
row, a sheet column, a merge rule), the column on the model, and an Alembic migration.
"""
