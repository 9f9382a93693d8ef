"""The translations' sources: take the strings from the code into them, and count what is
translated.

    python -m scripts.translations update    # pyside6-lupdate over ui/ and collateral_app/
    python -m scripts.translations count     # strings, and how many each language translates

The app's strings are `self.tr(...)`, `QCoreApplication.translate(context, ...)` and
`QT_TRANSLATE_NOOP(context, ...)`; the core's are `translate(context, ...)` from
collateral_app.i18n (exports, CSV headers). One .ts file per language holds them all."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("de", "ja")
SOURCES = ("ui", "collateral_app")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    forms: tuple[str, ...]  # one, or one per plural form
    state: str  # "" when finished, else "unfinished", "vanished", "obsolete"

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    @property
    def finished(self) -> bool:
        return not self.state and all(f.strip() for f in self.forms)


def ts_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"collateral_{language}.ts"


def qm_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"collateral_{language}.qm"


def tool(name: str) -> str:
    """A Qt tool of PySide6: beside this Python (a venv), else on the PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (make venv)")
    return found


def update(target: Path, language: str, root: Path = ROOT) -> str:
    """Bring `target` up to the code's strings: new ones come in unfinished, gone ones go."""
    result = subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-extensions",
            "py",
            "-locations",
            "none",
            "-no-obsolete",
            "-source-language",
            "en",
            "-target-language",
            language,
            *(str(root / s) for s in SOURCES),
            "-ts",
            str(target),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def release(source: Path, target: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)], check=True)


def messages(path: Path) -> list[Message]:
    found = []
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            found.append(
                Message(
                    context=name,
                    source=message.findtext("source", ""),
                    comment=message.findtext("comment", ""),
                    numerus=message.get("numerus") == "yes",
                    forms=tuple(forms) if forms else (translation.text or "",),
                    state=translation.get("type", ""),
                )
            )
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.translations")
    parser.add_argument("command", choices=("update", "count"))
    args = parser.parse_args(argv)
    for language in LANGUAGES:
        path = ts_path(language)
        if args.command == "update":
            print(update(path, language).strip().splitlines()[-1])
        found = messages(path)
        done = sum(m.finished for m in found)
        print(f"{path.name}: {len(found)} strings, {done} translated, {len(found) - done} to do")
    return 0


if __name__ == "__main__":
    sys.exit(main())
