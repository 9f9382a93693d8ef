"""What exists on one system only, and a Windows-shaped view of the standard library for
our own code: the lint test reads these lists, the run without POSIX (tests/windows_shaped.py)
enforces them.

Names are listed, not derived, because the machine running the tests is Linux: the lists
are what CPython's documentation marks "Availability: Unix" (or Linux, macOS)."""

from __future__ import annotations

import ast
import itertools
import os
import signal
import sys
import types
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

# Modules that do not exist on Windows.
POSIX_ONLY_MODULES = frozenset(
    {
        "fcntl",
        "termios",
        "tty",
        "pty",
        "pwd",
        "grp",
        "spwd",
        "resource",
        "syslog",
        "crypt",
        "nis",
        "posix",
        "readline",
        "curses",
        "_curses",
        "_posixsubprocess",
        "_posixshmem",
    }
)
# And the other way round: an unguarded import of one of these fails on Linux and macOS.
WINDOWS_ONLY_MODULES = frozenset({"msvcrt", "winreg", "winsound", "_winapi", "_overlapped", "nt"})
PLATFORM_ONLY_MODULES = POSIX_ONLY_MODULES | WINDOWS_ONLY_MODULES

# What Windows' signal module holds: every other name in it is POSIX-only.
WINDOWS_SIGNAL_NAMES = frozenset(
    {
        "SIGABRT",
        "SIGBREAK",
        "SIGFPE",
        "SIGILL",
        "SIGINT",
        "SIGSEGV",
        "SIGTERM",
        "CTRL_C_EVENT",
        "CTRL_BREAK_EVENT",
        "NSIG",
        "SIG_DFL",
        "SIG_IGN",
        "Signals",
        "Handlers",
        "default_int_handler",
        "getsignal",
        "signal",
        "raise_signal",
        "set_wakeup_fd",
        "strsignal",
        "valid_signals",
    }
)

# The os names that Linux has and Windows does not (Python 3.11).
POSIX_ONLY_OS_NAMES = frozenset(
    {
        "fork",
        "forkpty",
        "register_at_fork",
        "killpg",
        "getpgid",
        "getpgrp",
        "setpgid",
        "setpgrp",
        "setsid",
        "getsid",
        "getuid",
        "geteuid",
        "getgid",
        "getegid",
        "setuid",
        "seteuid",
        "setgid",
        "setegid",
        "setreuid",
        "setregid",
        "getgroups",
        "setgroups",
        "initgroups",
        "getgrouplist",
        "getresuid",
        "getresgid",
        "chown",
        "lchown",
        "fchown",
        "fchmod",
        "lchmod",
        "chroot",
        "fchdir",
        "mkfifo",
        "mknod",
        "major",
        "minor",
        "makedev",
        "nice",
        "getpriority",
        "setpriority",
        "openpty",
        "pipe2",
        "sync",
        "fdatasync",
        "statvfs",
        "fstatvfs",
        "pread",
        "pwrite",
        "preadv",
        "pwritev",
        "readv",
        "writev",
        "sendfile",
        "wait",
        "wait3",
        "wait4",
        "waitid",
        "WNOHANG",
        "WEXITSTATUS",
        "WIFEXITED",
        "WIFSIGNALED",
        "WTERMSIG",
        "uname",
        "getloadavg",
        "ctermid",
        "ttyname",
        "sysconf",
        "pathconf",
        "fpathconf",
        "confstr",
        "lockf",
        "posix_spawn",
        "posix_spawnp",
        "posix_fadvise",
        "posix_fallocate",
        "sched_getaffinity",
        "sched_setaffinity",
        "sched_yield",
        "getxattr",
        "setxattr",
        "listxattr",
        "removexattr",
        "memfd_create",
        "eventfd",
        "pidfd_open",
        "splice",
        "copy_file_range",
        "get_blocking",
        "set_blocking",
        "O_NOFOLLOW",
        "O_DIRECTORY",
        "O_CLOEXEC",
        "O_NONBLOCK",
        "O_NOCTTY",
        "O_SYNC",
        "O_DSYNC",
        "O_NDELAY",
        "O_ASYNC",
        "O_NOATIME",
        "O_PATH",
        "O_TMPFILE",
        "O_DIRECT",
        "EX_OK",
    }
)


IMPORT_ERRORS = frozenset({"ImportError", "ModuleNotFoundError", "Exception", "BaseException"})
ATTRIBUTE_ERRORS = frozenset({"AttributeError", "Exception", "BaseException"})


def _handled(handler: ast.ExceptHandler) -> set[str]:
    if handler.type is None:
        return {"BaseException"}
    names = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    return {n.id for n in names if isinstance(n, ast.Name)}


def is_platform_check(test: ast.expr) -> bool:
    text = ast.unparse(test)
    return any(probe in text for probe in ("sys.platform", "os.name", "hasattr(", "platform.system"))


def guarded(chain: list[ast.AST], errors: frozenset[str]) -> bool:
    """Whether the innermost node of `chain` (root first) stands under a platform check, or
    in the body of a `try` that catches one of `errors`."""
    for parent, child in itertools.pairwise(chain):
        if isinstance(parent, ast.If | ast.IfExp) and is_platform_check(parent.test):
            return True
        if (
            isinstance(parent, ast.Try)
            and child in parent.body
            and any(_handled(h) & errors for h in parent.handlers)
        ):
            return True
    return False


def walk(node: ast.AST, chain: list[ast.AST]) -> Iterator[tuple[ast.AST, list[ast.AST]]]:
    """Every node under `node` with the chain of nodes from the root down to it."""
    chain = [*chain, node]
    yield node, chain
    for child in ast.iter_child_nodes(node):
        yield from walk(child, chain)


@cache
def lines_under_a_platform_check(filename: str) -> frozenset[int]:
    """The lines of a source file that stand under a platform check (`if sys.platform …`):
    there a POSIX name is allowed, since this machine is POSIX. (A `try` is no such place:
    there the name's absence is what the code expects, so the run lets it be absent.)"""
    try:
        tree = ast.parse(Path(filename).read_text(encoding="utf-8"))
    except (OSError, SyntaxError, ValueError):
        return frozenset()
    return frozenset(
        node.lineno
        for node, chain in walk(tree, [])
        if isinstance(node, ast.Attribute | ast.Import | ast.ImportFrom) and guarded(chain, frozenset())
    )


def under_a_platform_check(frame: types.FrameType) -> bool:
    return frame.f_lineno in lines_under_a_platform_check(frame.f_code.co_filename)


def posix_only_signal_names() -> frozenset[str]:
    return frozenset(n for n in dir(signal) if not n.startswith("_") and n not in WINDOWS_SIGNAL_NAMES)


class _WindowsShaped(types.ModuleType):
    """A module that answers like the real one, less the names Windows does not have, except
    to a line under a platform check: that is POSIX code, and this machine is POSIX."""

    def __init__(self, real: types.ModuleType, hidden: frozenset[str]) -> None:
        super().__init__(real.__name__, real.__doc__)
        self.__dict__["_real"] = real
        self.__dict__["_hidden"] = hidden

    def __getattr__(self, name: str) -> Any:
        if name in self.__dict__["_hidden"] and not _asked_under_a_platform_check():
            raise AttributeError(f"module {self.__name__!r} has no attribute {name!r} on Windows")
        return getattr(self.__dict__["_real"], name)

    def __dir__(self) -> list[str]:
        return [n for n in dir(self.__dict__["_real"]) if n not in self.__dict__["_hidden"]]


def _asked_under_a_platform_check() -> bool:
    return under_a_platform_check(sys._getframe(2))  # past __getattr__ and this function


def windows_shaped_os() -> types.ModuleType:
    return _WindowsShaped(os, POSIX_ONLY_OS_NAMES)


def windows_shaped_signal() -> types.ModuleType:
    return _WindowsShaped(signal, posix_only_signal_names())
