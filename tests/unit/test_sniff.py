"""Media type detection from a file's bytes, with the extension as a fallback."""

from __future__ import annotations

import os
import struct
import sys
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from collateral_app.extract import sniff_media_type
from collateral_app.extract.sniff import KIND_NAMES
from tests import samples

KNOWN_TYPES = set(KIND_NAMES) | {"unknown"}


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _riff(kind: bytes) -> bytes:
    return b"RIFF" + struct.pack("<I", 100) + kind + bytes(100)


def _ftyp(brand: bytes) -> bytes:
    return struct.pack(">I", 24) + b"ftyp" + brand + struct.pack(">I", 0) + b"isommp41" + bytes(64)


MAGIC_SAMPLES: list[tuple[str, bytes, str]] = [
    ("a.bin", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "pdf"),
    ("a.bin", b"\x89PNG\r\n\x1a\n" + bytes(32), "png"),
    ("a.bin", b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(32), "jpeg"),
    ("a.bin", b"GIF89a" + bytes(32), "gif"),
    ("a.bin", _riff(b"WEBP"), "webp"),
    ("a.bin", _riff(b"WAVE"), "wav"),
    ("a.bin", _ftyp(b"isom"), "mp4"),
    ("a.bin", _ftyp(b"qt  "), "mov"),
    ("a.bin", _ftyp(b"M4A "), "m4a"),
    ("a.bin", b"\x1a\x45\xdf\xa3" + bytes(32), "webm"),
    ("a.bin", b"ID3\x04\x00\x00\x00\x00\x00\x00" + bytes(32), "mp3"),
]


@pytest.mark.parametrize(("name", "data", "expected"), MAGIC_SAMPLES, ids=[s[2] for s in MAGIC_SAMPLES])
def test_magic_numbers_decide_the_type_whatever_the_extension(
    tmp_path: Path, name: str, data: bytes, expected: str
) -> None:
    detected, note = sniff_media_type(_write(tmp_path / name, data), name)
    assert detected == expected
    assert note is None  # ".bin" names no kind, so there is nothing to contradict


def test_a_png_named_pdf_is_a_png_and_the_note_names_both(tmp_path: Path) -> None:
    path = samples.make_lying_extension(tmp_path / "pricing.pdf")
    detected, note = sniff_media_type(path, "pricing.pdf")
    assert detected == "png"
    assert note == "The file's extension says .pdf but it is a PNG image."


def test_office_files_are_told_apart_by_their_zip_members(tmp_path: Path) -> None:
    docx = samples.make_docx(tmp_path / "a.docx", ["Hello"])
    pptx = samples.make_pptx(tmp_path / "a.pptx", [("Title", "Body", "")])
    xlsx = samples.make_xlsx(tmp_path / "a.xlsx", {"Sheet": [["x"]]})
    assert sniff_media_type(docx, "a.docx") == ("docx", None)
    assert sniff_media_type(pptx, "a.pptx") == ("pptx", None)
    assert sniff_media_type(xlsx, "a.xlsx") == ("xlsx", None)
    detected, note = sniff_media_type(docx, "deck.pptx")
    assert detected == "docx"
    assert note is not None and ".pptx" in note and "Word document" in note


def test_a_zip_without_office_parts_keeps_the_declared_type_for_the_reader_to_judge(tmp_path: Path) -> None:
    path = tmp_path / "fake.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "not a document")
    assert sniff_media_type(path, "fake.docx") == ("docx", None)


def test_password_protected_office_container_keeps_the_declared_type(tmp_path: Path) -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    assert sniff_media_type(_write(tmp_path / "secret.docx", ole), "secret.docx") == ("docx", None)


@pytest.mark.parametrize(
    ("name", "expected"),
    [("notes.md", "markdown"), ("table.csv", "csv"), ("notes.txt", "text"), ("page.html", "html")],
)
def test_text_files_keep_the_type_their_extension_gives_without_a_note(
    tmp_path: Path, name: str, expected: str
) -> None:
    path = samples.make_text(tmp_path / name, "# Heading\n\nname,value\nplain words\n")
    assert sniff_media_type(path, name) == (expected, None)


def test_html_without_an_extension_is_recognised_by_its_markup(tmp_path: Path) -> None:
    path = samples.make_html(tmp_path / "download", "Pricing", "<p>Hello</p>")
    assert sniff_media_type(path, "download") == ("html", None)


def test_an_html_error_page_saved_as_pdf_is_called_a_web_page(tmp_path: Path) -> None:
    path = samples.make_html(tmp_path / "whitepaper.pdf", "404 Not Found", "<h1>Not Found</h1>")
    detected, note = sniff_media_type(path, "whitepaper.pdf")
    assert detected == "html"
    assert note == "The file's extension says .pdf but it is a web page (HTML)."


def test_text_without_a_known_extension_is_text(tmp_path: Path) -> None:
    assert sniff_media_type(samples.make_text(tmp_path / "README", "Read me first."), "README") == (
        "text",
        None,
    )
    utf16 = samples.make_text(tmp_path / "LICENSE", "Licence terms.", encoding="utf-16")
    assert sniff_media_type(utf16, "LICENSE") == ("text", None)
    sjis = samples.make_text(tmp_path / "memo", "営業資料の検索はとても速いです。", encoding="shift_jis")
    assert sniff_media_type(sjis, "memo") == ("text", None)


def test_random_bytes_fall_back_to_the_extension_without_a_note(tmp_path: Path) -> None:
    path = samples.make_random_bytes(tmp_path / "deck.pptx")
    assert sniff_media_type(path, "deck.pptx") == ("pptx", None)


def test_binary_content_with_an_unknown_extension_is_unknown(tmp_path: Path) -> None:
    path = samples.make_random_bytes(tmp_path / "blob.xyz")
    assert sniff_media_type(path, "blob.xyz") == ("unknown", None)


def test_an_empty_file_is_judged_by_its_name(tmp_path: Path) -> None:
    assert sniff_media_type(_write(tmp_path / "empty.pdf", b""), "empty.pdf") == ("pdf", None)
    assert sniff_media_type(_write(tmp_path / "empty", b""), "empty") == ("unknown", None)


def test_audio_in_an_mp4_container_keeps_its_m4a_name_without_a_note(tmp_path: Path) -> None:
    path = _write(tmp_path / "podcast.m4a", _ftyp(b"isom"))
    assert sniff_media_type(path, "podcast.m4a") == ("m4a", None)


def test_the_extension_is_matched_without_regard_to_case(tmp_path: Path) -> None:
    path = samples.make_pdf(tmp_path / "REPORT.PDF", ["Upper case name"])
    assert sniff_media_type(path, "REPORT.PDF") == ("pdf", None)


def test_the_declared_name_decides_the_extension_not_the_stored_path(tmp_path: Path) -> None:
    # Blobs are stored under their hash; only the name the user gave says what they meant.
    stored = samples.make_pdf(tmp_path / "3f9a0c", ["Stored under its hash"])
    assert sniff_media_type(stored, "proposal.docx") == (
        "pdf",
        "The file's extension says .docx but it is a PDF document.",
    )


def test_a_missing_file_is_judged_by_its_name(tmp_path: Path) -> None:
    assert sniff_media_type(tmp_path / "gone.pptx", "gone.pptx") == ("pptx", None)


@pytest.mark.skipif(not hasattr(os, "mkfifo") or sys.platform == "win32", reason="needs named pipes")
def test_a_named_pipe_is_never_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "stuck.txt"
    os.mkfifo(fifo)
    # Opening a pipe without a writer would block forever; sniffing must not try.
    assert sniff_media_type(fifo, "stuck.txt") == ("text", None)


@settings(max_examples=150, deadline=None)
@given(
    data=st.binary(max_size=4096),
    name=st.text(min_size=1, max_size=40).filter(lambda s: "\x00" not in s),
    extension=st.sampled_from(["", ".pdf", ".docx", ".pptx", ".xlsx", ".txt", ".md", ".png", ".mp4", ".xyz"]),
)
def test_any_bytes_under_any_name_give_a_known_type_and_never_raise(
    data: bytes, name: str, extension: str
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "blob"
        path.write_bytes(data)
        detected, note = sniff_media_type(path, name + extension)
    assert detected in KNOWN_TYPES
    assert note is None or note.startswith("The file's extension says .")
