"""Row-level security: PostgreSQL's second line behind the service's own checks.

The service connects as the owner of the tables (as root on one machine, the cluster's
superuser). Owners bypass row-level security, so administration, migrations and the
service's own bookkeeping work as before. Each unit the service opens *for a caller*
(:func:`fieldvisit.server.store.caller_scope`) switches, for that transaction only, to
the role :data:`CALLER_ROLE` and names the caller in two settings::

    SET LOCAL ROLE fieldvisit_caller;
    SELECT set_config('fieldvisit.member_id', '<uuid>', true),
           set_config('fieldvisit.role', 'rep' | 'manager' | 'admin', true);

``fieldvisit_caller`` cannot log in and has no BYPASSRLS, so every policy applies to it.
Why a role and not ``FORCE ROW LEVEL SECURITY`` with "allowed when the setting is absent":
with FORCE, any unit that forgot (or failed) to set the caller would read everything,
and a superuser bypasses RLS even when forced. Here it is the other way round: the caller
role with no setting sees nothing, and only code that never switches role (the admin
tooling, migrations) reads as the owner.

Policies (derived from :mod:`fieldvisit.sync.tables`, renewed at every start like the
capture triggers, so a new synced table gets its policy):

- a root table (account, co-visit, plan…): its owner column is the caller, or one of the
  caller's reps when the caller is a manager (:func:`srv_caller_members`, read from
  ``team_member``, not from anything the service passes);
- a child table: its parent row is visible (the parent's own policy decides, all the way
  up the chain);
- personal profiles: additionally only for a rep (never a manager);
- team-wide tables: everyone reads, nobody writes as a caller.

The same rule checks writes (``WITH CHECK``): a caller cannot write a row outside the scope
it reads. The finer write rules (who writes co-visits, comments by their author) stay the
service's.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, text

from fieldvisit.sync.tables import SENSITIVE, TEAM_WIDE, chain, synced_tables

CALLER_ROLE = "fieldvisit_caller"
MEMBER_SETTING = "fieldvisit.member_id"
ROLE_SETTING = "fieldvisit.role"
POLICY = "srv_scope"

FUNCTIONS = (
    # The people whose scope the caller reads: themselves, and a manager's reps.
    f"""
CREATE OR REPLACE FUNCTION srv_caller_members() RETURNS SETOF uuid
LANGUAGE sql STABLE AS $$
    SELECT m.id FROM team_member m
    WHERE m.id = nullif(current_setting('{MEMBER_SETTING}', true), '')::uuid
       OR (current_setting('{ROLE_SETTING}', true) = 'manager'
           AND m.manager_id = nullif(current_setting('{MEMBER_SETTING}', true), '')::uuid)
$$
""",
)


def create_caller_role(conn: Connection) -> None:
    """The role caller units switch to (cluster-wide: created once, granted to us)."""
    conn.execute(
        text(
            "DO $$ BEGIN "
            f"IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{CALLER_ROLE}') THEN "
            f"CREATE ROLE {CALLER_ROLE} NOLOGIN NOINHERIT NOBYPASSRLS; "
            "END IF; "
            f"IF NOT pg_has_role(current_user, '{CALLER_ROLE}', 'MEMBER') THEN "
            f"GRANT {CALLER_ROLE} TO CURRENT_USER; "
            "END IF; END $$"
        )
    )


def _policy(name: str) -> tuple[str, str]:
    """(USING expression, commands) of the table's policy."""
    if name in TEAM_WIDE:
        return "true", "SELECT"
    hops, owner = chain(name)
    if not hops:
        assert owner is not None
        rule = f'"{owner}" IN (SELECT * FROM srv_caller_members())'
    else:
        hop = hops[0]
        rule = f'"{hop.column.name}" IN (SELECT "id" FROM "{hop.parent.name}")'
    if name in SENSITIVE:
        rule = f"{rule} AND current_setting('{ROLE_SETTING}', true) = 'rep'"
    return rule, "ALL"


def install_row_security(conn: Connection, *, renew: bool = False) -> None:
    """The caller role, its grants and a policy on every synced table that has none yet
    (a table added since); ``renew`` (a migration changing the rules) recreates them all.
    At a start with nothing missing it takes no table locks."""
    create_caller_role(conn)
    having = set(
        conn.execute(
            text("SELECT tablename FROM pg_policies WHERE policyname = :p"), {"p": POLICY}
        ).scalars()
    )
    missing = [t for t in synced_tables() if renew or t.name not in having]
    if not missing:
        return
    for statement in FUNCTIONS:
        conn.execute(text(statement))
    conn.execute(text(f"GRANT SELECT, INSERT ON srv_change TO {CALLER_ROLE}"))
    conn.execute(text(f"GRANT USAGE ON SEQUENCE srv_change_id_seq TO {CALLER_ROLE}"))
    for t in missing:
        rule, commands = _policy(t.name)
        grants = "SELECT" if commands == "SELECT" else "SELECT, INSERT, UPDATE, DELETE"
        conn.execute(text(f'GRANT {grants} ON "{t.name}" TO {CALLER_ROLE}'))
        conn.execute(text(f'ALTER TABLE "{t.name}" ENABLE ROW LEVEL SECURITY'))
        conn.execute(text(f'DROP POLICY IF EXISTS {POLICY} ON "{t.name}"'))
        check = "" if commands == "SELECT" else f" WITH CHECK ({rule})"
        conn.execute(
            text(
                f'CREATE POLICY {POLICY} ON "{t.name}" FOR {commands} TO {CALLER_ROLE} '
                f"USING ({rule}){check}"
            )
        )


NAME_CALLER = "set_config(:m_name, :m, true), set_config(:r_name, :r, true)"
"""A select list naming the caller for the rest of this transaction (the settings the
policies read); its parameters are :func:`caller_params`."""
ENTER_CALLER = f"{NAME_CALLER}, set_config('role', '{CALLER_ROLE}', true)"
"""The same, and the statements after it run as the caller (``set_config('role', …,
true)`` is ``SET LOCAL ROLE``): a caller is set up in the round trip of another question."""


def caller_params(member_id: str, role: str) -> dict[str, str]:
    return {"m_name": MEMBER_SETTING, "m": member_id, "r_name": ROLE_SETTING, "r": role}


LEAVE_CALLER = "set_config('role', 'none', true)"
"""A select-list item back to the service's own role (``SET LOCAL ROLE NONE``)."""


def name_caller(conn: Connection, member_id: str, role: str) -> None:
    """Name the caller for the rest of this transaction (the settings the policies read)."""
    conn.execute(text(f"SELECT {NAME_CALLER}"), caller_params(member_id, role))


def enter_caller(conn: Connection, member_id: str, role: str) -> None:
    """Make the rest of this transaction the caller's: the policies apply to it."""
    conn.execute(text(f"SELECT {ENTER_CALLER}"), caller_params(member_id, role))


@contextmanager
def as_caller(conn: Connection) -> Iterator[None]:
    """Statements inside run as the caller named by :func:`name_caller` (a push's writes:
    the service checked them as the owner, the policies check them again)."""
    conn.execute(text(f"SET LOCAL ROLE {CALLER_ROLE}"))
    yield
    conn.execute(text("SET LOCAL ROLE NONE"))
