"""Team mode's subcommands: set up a server, add people, join, see the state, sync.

    collateral team init-server URL [--role-prefix P] [--restored]
    collateral team add-user NAME --role rep|marketer|admin [--server URL] [--password-stdin]
    collateral team reset-password NAME [--server URL] [--password-stdin]
    collateral team join URL [--password-stdin] [--tls verify-full|require|disable] [--tls-ca FILE]
    collateral team status | test [URL] | conflicts | resolve ID mine|theirs
    collateral team quarantine list | drop KIND KEY [--reason R] | fix KIND KEY --doc JSON
    collateral team download ASSET_ID | pin ASSET_ID [--unpin] | budget MEGABYTES
    collateral sync [--once] [--every SECONDS]

Exit status as for every command: 0 success, 1 when the server could not be reached or
refused (nothing is lost: what waits is sent at the next sync), 2 on usage errors."""

from __future__ import annotations

import argparse
import getpass
import signal
import sys
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import FrameType
from typing import Any, TextIO

from collateral_app.domain.errors import InvalidEdit, ServerUnreachable, TeamError
from collateral_app.domain.sales import Role
from collateral_app.domain.team import (
    SYSTEM_CA,
    ConflictChoice,
    Quarantined,
    SyncProgress,
    SyncReport,
    TeamMembership,
    TeamStatus,
    TlsMode,
)
from collateral_app.services.common.plain import print_json
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.team import TeamService

Handler = Callable[[AssetLibrary, argparse.Namespace, TextIO, TextIO], int]
ServerHandler = Callable[[argparse.Namespace, TextIO, TextIO], int]
CommandFactory = Callable[..., argparse.ArgumentParser]

EXIT_OK, EXIT_FAILED = 0, 1
DEFAULT_EVERY_S = 60.0


def add_commands(command: CommandFactory) -> None:
    """Adds this module's subcommands through the main parser's `command` factory."""
    p = command(
        "team",
        "Team mode: set up the shared PostgreSQL server, add people, join it, see what waits.",
        epilog="actions:\n"
        "  init-server URL             create or upgrade the team schema, roles and row-level security\n"
        "                              (run once by the admin, as a login that may create roles)\n"
        "  add-user NAME --role R      a login for one person: rep, marketer or admin\n"
        "  reset-password NAME         admin: a new password for a team login (printed once)\n"
        "  join URL                    sync this library with the team (postgresql://NAME@HOST/DB)\n"
        "  status                      online or not, last sync, what waits to be sent, conflicts\n"
        "  test [URL]                  does the server answer and take this login?\n"
        "  conflicts                   fields changed here and on the server to different values\n"
        "  resolve ID mine|theirs      settle one conflict (--all: every open one)\n"
        "  quarantine list             team rows and facts set aside here, each with its reason\n"
        "  quarantine drop KIND KEY    admin: remove a bad row or fact from the server (logged)\n"
        "  quarantine fix KIND KEY     admin: replace it with --doc JSON (checked, logged)\n"
        "  download ASSET_ID           fetch an asset's file from the team server now\n"
        "  pin ASSET_ID [--unpin]      keep an asset's file on this laptop for offline use\n"
        "  budget MEGABYTES            room for unpinned team files; the least recently opened go first",
    )
    p.add_argument(
        "action",
        choices=[
            "init-server",
            "add-user",
            "reset-password",
            "join",
            "status",
            "test",
            "conflicts",
            "resolve",
            "quarantine",
            "download",
            "pin",
            "budget",
        ],
    )
    p.add_argument("args", nargs="*", metavar="ARG")
    p.add_argument("--role", choices=[r.value for r in Role], help="add-user: the person's role")
    p.add_argument(
        "--server", metavar="URL", help="add-user, reset-password: the server, when not this library's team"
    )
    p.add_argument("--role-prefix", help="init-server: names of the group roles (default: the database's)")
    p.add_argument(
        "--restored",
        action="store_true",
        help="init-server: the server was restored from a backup; laptops send everything again",
    )
    p.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    p.add_argument(
        "--tls",
        choices=[t.value for t in TlsMode if t is not TlsMode.PREFER],
        help="join, test, init-server, add-user --server: encryption (default verify-full: encrypted, the "
        "server's certificate checked; disable: passwords and data in clear, only on a trusted network)",
    )
    p.add_argument(
        "--tls-ca",
        metavar="FILE",
        help="the certificate of the authority that signed the server's certificate (PEM; libpq's "
        "sslrootcert), kept in the library at join; `system` for the system's trusted authorities",
    )
    p.add_argument("--unpin", action="store_true", help="pin: stop keeping the file")
    p.add_argument("--reason", default="", help="quarantine drop/fix: why, for the server's admin log")
    p.add_argument("--doc", help="quarantine fix: the repaired document, JSON (or @FILE)")
    p.add_argument("--all", dest="all_choice", choices=[c.value for c in ConflictChoice], help="resolve: all")

    p = command("sync", "Send what this laptop made to the team server and fetch what the team made.")
    p.add_argument("--once", action="store_true", help="one sync, then exit (default: keep syncing)")
    p.add_argument(
        "--every", type=float, default=DEFAULT_EVERY_S, metavar="SECONDS", help="between syncs (default 60)"
    )


def _need(args: list[str], count: int, usage: str) -> list[str]:
    if len(args) < count:
        raise InvalidEdit(f"Usage: collateral team {usage}")
    return args


def _password(args: argparse.Namespace, prompt: str) -> str | None:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n") or None
    if sys.stdin.isatty():
        return getpass.getpass(prompt) or None
    return None


def _when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC") if moment else "never"


def _status_text(status: TeamStatus, out: TextIO) -> None:
    if not status.joined or status.membership is None:
        out.write("This library is not part of a team. Join one with `collateral team join URL`.\n")
        return
    m = status.membership
    state = {True: "online", False: "offline", None: "not tried yet"}[status.online]
    out.write(f"Team server: {m.server} as {m.login} ({m.role.value}), {state}\n")
    out.write(f"Last sync:   {_when(status.last_sync_at)}\n")
    out.write(f"TLS:         {_tls_text(m)}\n")
    if status.tls_warning:
        out.write(f"Warning:     {status.tls_warning}\n")
    if status.last_error:
        out.write(f"Last error:  {status.last_error}\n")
    w = status.waiting
    out.write(
        f"Waiting:     {w.facts} events, {w.changes} changes, {w.files} files to send"
        + (f"; {w.local_only} edits only a marketer can publish" if w.local_only else "")
        + (f"; {w.parked} team rows waiting for what they refer to" if w.parked else "")
        + "\n"
    )
    if status.held_back_facts:
        out.write(
            f"Held back:   the server holds back {status.held_back_facts} facts behind an open transaction "
            f"since {_when(status.held_back_since)} (docs/team.md: “A feed held back”)\n"
        )
    if w.quarantined:
        out.write(
            f"Set aside:   {w.quarantined} team rows or facts that failed a check "
            "(see `collateral team quarantine list`)\n"
        )
    if status.conflicts:
        out.write(f"Conflicts:   {status.conflicts} (see `collateral team conflicts`)\n")
    mb = 1024 * 1024
    out.write(
        f"Team files:  {status.downloaded_bytes / mb:,.1f} MB on this laptop "
        f"({status.pinned_bytes / mb:,.1f} MB pinned), budget {status.disk_budget_bytes / mb:,.0f} MB\n"
    )


def _tls_text(m: TeamMembership) -> str:
    if m.tls is TlsMode.VERIFY_FULL:
        against = {"": "~/.postgresql/root.crt", SYSTEM_CA: "the system's trusted authorities"}.get(
            m.tls_ca, f"the CA certificate kept in this library ({m.tls_ca})"
        )
        return f"verified (verify-full; the certificate checked against {against})"
    return {
        TlsMode.REQUIRE: "encrypted, the server's certificate not checked (require)",
        TlsMode.DISABLE: "off (disable)",
    }.get(m.tls, f"not verified ({m.tls.value})")


CLEAR_TEXT_WARNING = (
    "TLS is off: passwords and data travel in clear between this laptop and the server. Use this only "
    "on a network you trust (a server on this computer, a private network); anyone else on the way "
    "can read them.\n"
)


def _tls_args(args: argparse.Namespace) -> dict[str, Any]:
    return {"tls": TlsMode(args.tls) if args.tls else None, "tls_ca": args.tls_ca}


def _report_text(report: SyncReport) -> str:
    parts = [
        f"sent {report.sent_facts} events and {report.pushed_changes} changes",
        f"received {report.received_facts} events and {report.pulled_changes} changes",
    ]
    if report.merged:
        parts.append(f"{report.merged} merged with edits made here")
    if report.new_conflicts:
        parts.append(f"{report.new_conflicts} conflicts to settle (`collateral team conflicts`)")
    if report.uploaded_files or report.downloaded_files:
        parts.append(f"{report.uploaded_files} files up, {report.downloaded_files} down")
    if report.server_restored:
        parts.append("the server had lost data: everything held here was sent again")
    if report.quarantined:
        parts.append(f"{report.quarantined} received rows set aside (`collateral team quarantine list`)")
    if report.refused:
        parts.append(
            f"{report.refused} of this laptop's refused by the server (`collateral team quarantine list`)"
        )
    if report.held_back:
        parts.append(f"some events wait for a later sync: {report.held_back}")
    text = "; ".join(parts) + f" ({report.seconds:.1f} s)."
    return ("Stopped: " if report.cancelled else "Synced: ") + text


class _Bar:
    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.enabled = stream.isatty()

    def __call__(self, p: SyncProgress) -> None:
        if self.enabled:
            total = f"/{p.total}" if p.total else ""
            self.stream.write(f"\r{p.phase.value:<12} {p.done}{total} {p.detail[:40]:<40}")
            self.stream.flush()

    def end(self) -> None:
        if self.enabled:
            self.stream.write("\r" + " " * 70 + "\r")


def without_library(args: argparse.Namespace) -> ServerHandler | None:
    """The handler of a team action that works on a server alone, with no library to open
    (an admin sets a server up from any computer): `init-server`, and `add-user --server`."""
    if args.command != "team":
        return None
    if args.action == "init-server" or (args.action in ("add-user", "reset-password") and args.server):
        return cmd_team_server
    return None


def cmd_team_server(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    return _server_action(None, args, out)


def _server_action(team: TeamService | None, args: argparse.Namespace, out: TextIO) -> int:
    """init-server, or add-user (on this library's team server when `team` is given and no
    --server is)."""
    rest = list(args.args)
    if args.action == "init-server":
        (url,) = _need(rest, 1, "init-server URL")[:1]
        result = TeamService.init_server(
            url, role_prefix=args.role_prefix, restored=args.restored, **_tls_args(args)
        )
        if args.json:
            print_json(result, out)
        else:
            if result.created_database:
                out.write("Created the database.\n")
            if result.from_version == result.to_version:
                out.write(f"The team schema is current (version {result.to_version}).\n")
            else:
                out.write(f"Team schema {result.from_version} → {result.to_version} applied.\n")
            out.write(
                "Group roles: "
                + ", ".join(f"{result.role_prefix}_{r.value}" for r in (Role.REP, Role.MARKETER, Role.ADMIN))
                + ".\n"
            )
            if result.new_epoch and result.from_version:
                out.write("New epoch: every laptop sends everything it holds again at its next sync.\n")
            out.write("Next: `collateral team add-user NAME --role rep|marketer|admin --server URL`.\n")
        return EXIT_OK
    if args.action == "reset-password":
        (name,) = _need(rest, 1, "reset-password NAME")[:1]
        password = _password(args, "") if args.password_stdin else None
        if team is None or args.server:
            made = TeamService.reset_password_on_server(
                args.server, name, password=password, **_tls_args(args)
            )
        else:
            made = team.reset_password(name, password=password)
        if args.json:
            print_json({"login": name, "password": made}, out)
        else:
            out.write(f"{name} has a new password; the old one no longer logs in.\n")
            if made:
                out.write(f"Their password: {made}\n(give it to them once; they join again with it)\n")
        return EXIT_OK
    (name,) = _need(rest, 1, "add-user NAME --role rep|marketer|admin")[:1]
    if not args.role:
        raise InvalidEdit("Say the person's role with --role rep, --role marketer or --role admin.")
    # A new login gets a password made for it unless one is piped in.
    password = _password(args, "") if args.password_stdin else None
    if team is None:
        made = TeamService.add_user_to_server(
            args.server, name, args.role, password=password, **_tls_args(args)
        )
    else:
        made = team.add_user(name, args.role, server=args.server, password=password, **_tls_args(args))
    if args.json:
        print_json({"login": name, "role": args.role, "password": made}, out)
    else:
        out.write(f"{name} is a {args.role} of the team.\n")
        if made:
            out.write(
                f"Their password: {made}\n(give it to them once; they type it at `collateral team join`)\n"
            )
    return EXIT_OK


def cmd_team(library: AssetLibrary, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    team = TeamService(library)
    action, rest = args.action, list(args.args)
    if action in ("init-server", "add-user", "reset-password"):
        return _server_action(team, args, out)
    if action == "join":
        (url,) = _need(rest, 1, "join postgresql://NAME@HOST/DATABASE")[:1]
        password = _password(args, "Password (Enter if none): ")
        membership = team.join(url, password=password, **_tls_args(args))
        if membership.tls is TlsMode.DISABLE:
            err.write(CLEAR_TEXT_WARNING)
        if args.json:
            print_json(membership, out)
        else:
            out.write(
                f"Joined {membership.server} as {membership.login} ({membership.role.value}). "
                "Run `collateral sync --once` now, or leave `collateral sync` running.\n"
                f"TLS: {_tls_text(membership)}.\n"
            )
        return EXIT_OK
    if action == "status":
        status = team.status()
        if args.json:
            print_json(status, out)
        else:
            _status_text(status, out)
        return EXIT_OK
    if action == "test":
        target: str | None = rest[0] if rest else None
        password = _password(args, "Password (Enter if none): ") if target else None
        check = team.test_connection(target, password=password, **_tls_args(args))
        if args.json:
            print_json(check, out)
        else:
            out.write(check.message + (f" ({check.milliseconds:.0f} ms)" if check.ok else "") + "\n")
        return EXIT_OK if check.ok else EXIT_FAILED
    if action == "conflicts":
        conflicts = team.conflicts()
        if args.json:
            print_json(conflicts, out)
        else:
            for c in conflicts:
                out.write(
                    f"{c.id[:8]}  {c.kind} “{c.title}”, {c.field_label}: yours {c.mine!r}, "
                    f"{c.theirs_by}'s {c.theirs!r} (in effect)\n"
                )
            err.write(f"{len(conflicts)} open conflicts\n")
            held = team.quarantined()
            for q in held:
                out.write(_quarantine_line(q) + "\n")
            if held:
                err.write(
                    f"{len(held)} team rows or facts set aside (see `collateral team quarantine list`)\n"
                )
        return EXIT_OK
    if action == "quarantine":
        return _quarantine(team, args, out, err)
    if action == "resolve":
        targets: list[tuple[str, ConflictChoice]]
        if args.all_choice:
            targets = [(c.id, ConflictChoice(args.all_choice)) for c in team.conflicts()]
        else:
            ref, choice = _need(rest, 2, "resolve ID mine|theirs")[:2]
            try:
                wanted = ConflictChoice(choice)
            except ValueError as exc:
                raise InvalidEdit("Say mine or theirs.") from exc
            matches = [c.id for c in team.conflicts() if c.id.startswith(ref)]
            if len(matches) != 1:
                raise InvalidEdit(
                    f"No single open conflict starts with “{ref}”; see `collateral team conflicts`."
                )
            targets = [(matches[0], wanted)]
        for conflict_id, chosen in targets:
            team.resolve(conflict_id, chosen)
        out.write(f"Settled {len(targets)} conflicts; yours are sent at the next sync.\n")
        return EXIT_OK
    if action == "download":
        (asset_id,) = _need(rest, 1, "download ASSET_ID")[:1]
        path = team.download(library.get_asset(asset_id).id)
        out.write(f"{path}\n" if path else "This asset is a link; there is no file.\n")
        return EXIT_OK
    if action == "pin":
        (asset_id,) = _need(rest, 1, "pin ASSET_ID [--unpin]")[:1]
        full_id = library.get_asset(asset_id).id
        if not team.pin(full_id, not args.unpin):
            out.write("This file belongs to this laptop already; it is always kept.\n")
        elif args.unpin:
            out.write("Unpinned; it may be removed when team files exceed the disk budget.\n")
        else:
            team.download(full_id)
            out.write("Pinned: kept on this laptop for offline use.\n")
        return EXIT_OK
    if action == "budget":
        (value,) = _need(rest, 1, "budget MEGABYTES")[:1]
        try:
            megabytes = int(value)
        except ValueError as exc:
            raise InvalidEdit("The budget is a whole number of megabytes, e.g. 2048.") from exc
        dropped = team.set_disk_budget(megabytes)
        out.write(f"Disk budget {megabytes:,} MB; {dropped} unpinned files removed to fit.\n")
        return EXIT_OK
    raise InvalidEdit(f"Unknown action {action}.")


def _quarantine_line(q: Quarantined) -> str:
    where = {"catalog": "received", "fact": "received", "refused": "sent from here"}.get(q.source, q.source)
    title = f" “{q.title}”" if q.title else ""
    sender = f" from {q.sent_by}" if q.sent_by else ""
    return f"set aside  {q.kind} {q.key}{title} ({where}{sender}): {q.reason}"


def _quarantine(team: TeamService, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    rest = list(args.args)
    sub = rest[0] if rest else "list"
    if sub == "list":
        held = team.quarantined()
        if args.json:
            print_json(held, out)
        else:
            for q in held:
                out.write(_quarantine_line(q) + "\n")
            err.write(f"{len(held)} set aside\n")
        return EXIT_OK
    if sub not in ("drop", "fix"):
        raise InvalidEdit("Usage: collateral team quarantine list | drop KIND KEY | fix KIND KEY --doc JSON")
    kind, key = _need(rest[1:], 2, f"quarantine {sub} KIND KEY")[:2]
    if sub == "drop":
        removed = team.quarantine_drop(kind, key, reason=args.reason)
        out.write(
            f"Removed {kind} {key} from the team server (in its admin log); every laptop lets go of it.\n"
            if removed
            else f"The server no longer holds {kind} {key}; let go of it here.\n"
        )
        return EXIT_OK
    if not args.doc:
        raise InvalidEdit("Give the repaired document with --doc JSON (or --doc @FILE).")
    doc = args.doc
    if doc.startswith("@"):
        doc = Path(doc[1:]).read_text(encoding="utf-8")
    team.quarantine_fix(kind, key, doc, reason=args.reason)
    out.write(f"Repaired {kind} {key} on the team server (in its admin log); every laptop receives it.\n")
    return EXIT_OK


def cmd_sync(library: AssetLibrary, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    team = TeamService(library)
    stop = threading.Event()
    if not args.once:
        # Ctrl+C (or a service manager's TERM) finishes the step under way, then stops.
        def on_signal(_signum: int, _frame: FrameType | None) -> None:
            stop.set()

        signal.signal(signal.SIGTERM, on_signal)
    while True:
        bar = _Bar(err)
        try:
            report = team.sync_once(progress=bar, cancel=stop.is_set)
        except ServerUnreachable as exc:
            bar.end()
            if args.once:
                raise
            err.write(f"{exc}\n")
        except TeamError:
            bar.end()
            raise
        else:
            bar.end()
            if args.json:
                print_json(report, out)
            else:
                out.write(_report_text(report) + "\n")
            out.flush()
        if args.once or stop.wait(max(1.0, args.every)):
            return EXIT_OK


HANDLERS: dict[str, Handler] = {"team": cmd_team, "sync": cmd_sync}
