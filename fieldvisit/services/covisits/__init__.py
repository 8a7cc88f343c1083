"""Co-visits: the guided checklist, sign-off and revisions, the manager's view (§6).

Modules: :mod:`.template` (checklist wording by version), :mod:`.session` (start, list,
day-level fields, acknowledgement), :mod:`.calls` (calls, plan, observations, debrief,
their contact records), :mod:`.signoff` (ratings, action plan, sign-off, revisions),
:mod:`.history` (the rep's last co-visit and its action review).
"""
