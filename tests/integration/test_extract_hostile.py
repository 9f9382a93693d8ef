"""Files that are broken, lying or built to hurt: each becomes an Extraction that says why."""

from __future__ import annotations

import resource
import tempfile
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from collateral_app.domain.enums import TextStatus
from collateral_app.extract import extract_file
from tests import samples


@pytest.fixture(scope="module")
def zip_bomb_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return samples.make_zip_bomb_docx(tmp_path_factory.mktemp("bomb") / "totally normal.docx")


def test_encrypted_pdf_is_stored_without_text_and_says_it_is_encrypted(tmp_path: Path) -> None:
    result = extract_file(samples.make_encrypted_pdf(tmp_path / "board deck.pdf"), "board deck.pdf")
    assert result.media_type == "pdf"
    assert result.text_status is TextStatus.FAILED
    assert result.text_reason == "This PDF is encrypted; it was stored without its text."


def test_truncated_pdf_is_called_damaged_and_truncated(tmp_path: Path) -> None:
    result = extract_file(samples.make_truncated_pdf(tmp_path / "download.pdf"), "download.pdf")
    assert result.text_status is TextStatus.FAILED
    assert result.text_reason.startswith("The file is damaged (truncated PDF)")


def test_corrupt_but_complete_pdf_gets_a_different_reason_than_a_truncated_one(tmp_path: Path) -> None:
    path = tmp_path / "garbled.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20 + b"\n%%EOF\n")
    result = extract_file(path, "garbled.pdf")
    assert result.text_status is TextStatus.FAILED
    assert result.text_reason.startswith("The file is damaged (not a readable PDF)")


@pytest.mark.parametrize("name", ["empty.pdf", "empty.docx", "empty.txt", "empty"])
def test_zero_byte_file_says_it_is_empty(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    result = extract_file(path, name)
    assert result.text_status is TextStatus.FAILED
    assert result.text_reason == "The file is empty."


def test_png_named_pdf_is_read_as_an_image_with_a_note(tmp_path: Path) -> None:
    path = samples.make_lying_extension(tmp_path / "datasheet.pdf")
    result = extract_file(path, "datasheet.pdf")
    assert result.media_type == "png"
    assert result.text_status is TextStatus.NONE
    assert result.metadata["width"] == "32"
    assert result.notes == ("The file's extension says .pdf but it is a PNG image.",)


def test_zip_bomb_docx_is_refused_quickly_without_reading_it(zip_bomb_docx: Path) -> None:
    assert zip_bomb_docx.stat().st_size < 20 * 1024 * 1024
    with zipfile.ZipFile(zip_bomb_docx) as archive:
        assert sum(m.file_size for m in archive.infolist()) > 1024**3
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    result = extract_file(zip_bomb_docx, "totally normal.docx")
    elapsed = time.perf_counter() - started
    peak_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert result.text_status is TextStatus.FAILED
    assert (
        result.text_reason
        == "This .docx expands to more than 500 MB; it looks like a zip bomb and was not read."
    )
    assert elapsed < 2.0
    assert peak_after - peak_before < 100 * 1024  # KiB on Linux: the bomb was never inflated


def test_one_member_that_expands_too_far_is_a_zip_bomb_even_under_500_mb(tmp_path: Path) -> None:
    path = samples.make_zip_bomb_docx(tmp_path / "sneaky.docx", expanded_bytes=40 * 1024 * 1024)
    result = extract_file(path, "sneaky.docx")
    assert result.text_status is TextStatus.FAILED
    assert "zip bomb" in result.text_reason


def test_random_bytes_named_pptx_are_called_damaged(tmp_path: Path) -> None:
    result = extract_file(samples.make_random_bytes(tmp_path / "deck.pptx"), "deck.pptx")
    assert result.media_type == "pptx"
    assert result.text_status is TextStatus.FAILED
    assert (
        result.text_reason == "The file is damaged (it is not a valid .pptx); it was stored without its text."
    )


def test_a_zip_without_a_document_inside_named_docx_is_not_a_real_docx(tmp_path: Path) -> None:
    path = tmp_path / "renamed archive.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photos/readme.txt", "holiday pictures")
    result = extract_file(path, "renamed archive.docx")
    assert result.text_status is TextStatus.FAILED
    assert "not a real .docx" in result.text_reason


def test_a_docx_with_a_broken_document_part_is_called_damaged(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    with (
        zipfile.ZipFile(samples.make_docx(tmp_path / "good.docx", ["fine"])) as good,
        zipfile.ZipFile(path, "w") as broken,
    ):
        for member in good.infolist():
            data = good.read(member)
            broken.writestr(
                member, b"<w:document><unclosed" if member.filename == "word/document.xml" else data
            )
    result = extract_file(path, "broken.docx")
    assert result.text_status is TextStatus.FAILED
    assert result.text_reason.startswith("The file is damaged (this .docx could not be opened)")


def test_a_password_protected_office_file_says_so(tmp_path: Path) -> None:
    path = tmp_path / "salaries.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))
    result = extract_file(path, "salaries.xlsx")
    assert result.media_type == "xlsx"
    assert result.text_status is TextStatus.FAILED
    assert "password-protected" in result.text_reason


def test_sparse_2_gb_video_gives_its_duration_from_the_header_in_no_time(tmp_path: Path) -> None:
    path = samples.make_mp4_header(tmp_path / "webinar recording.mp4", size_bytes=2 * 1024**3)
    assert path.stat().st_size == 2 * 1024**3
    started = time.perf_counter()
    result = extract_file(path, "webinar recording.mp4")
    assert time.perf_counter() - started < 1.0
    assert result.media_type == "mp4"
    assert result.text_status is TextStatus.NONE
    assert float(result.metadata["duration_s"]) == pytest.approx(12.5)


def test_a_damaged_image_is_kept_with_its_size_but_no_preview(tmp_path: Path) -> None:
    whole = samples.make_png(tmp_path / "whole.png", 200, 200).read_bytes()
    path = tmp_path / "cut.png"
    path.write_bytes(whole[: len(whole) // 2])
    result = extract_file(path, "cut.png")
    assert result.text_status is TextStatus.NONE
    assert result.metadata == {"width": "200", "height": "200"}
    assert result.thumbnail_png is None
    assert any("damaged" in note for note in result.notes)


def test_binary_noise_named_txt_is_not_passed_off_as_text(tmp_path: Path) -> None:
    result = extract_file(samples.make_random_bytes(tmp_path / "notes.txt"), "notes.txt")
    assert result.text_status is TextStatus.FAILED
    assert "does not contain readable text" in result.text_reason


def test_text_beyond_20_million_characters_is_cut_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "server.log"
    line = "GET /pricing 200 the quick brown fox\n"
    with open(path, "w", encoding="utf-8") as f:
        f.write(line * (21_000_000 // len(line) + 1))
    result = extract_file(path, "server.log")
    assert result.text_status is TextStatus.OK
    assert sum(len(page.text) for page in result.pages) == 20_000_000
    assert "Only the first 20 million characters of text were kept." in result.notes


def test_a_missing_file_says_it_could_not_be_found(tmp_path: Path) -> None:
    result = extract_file(tmp_path / "moved.pdf", "moved.pdf")
    assert result.media_type == "pdf"
    assert result.text_status is TextStatus.FAILED
    assert "could not be found" in result.text_reason


def test_a_folder_is_not_read_as_a_file(tmp_path: Path) -> None:
    result = extract_file(tmp_path, "folder.docx")
    assert result.text_status is TextStatus.FAILED
    assert "not a regular file" in result.text_reason


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.one_of(
        st.binary(max_size=2048),
        st.binary(max_size=512).map(lambda b: b"%PDF-1.4\n" + b),
        st.binary(max_size=512).map(lambda b: b"PK\x03\x04" + b),
        st.binary(max_size=512).map(lambda b: b"\x89PNG\r\n\x1a\n" + b),
    ),
    extension=st.sampled_from(
        [".pdf", ".docx", ".pptx", ".xlsx", ".html", ".md", ".csv", ".png", ".mp4", ".mp3"]
    ),
)
def test_extract_file_never_raises_on_arbitrary_bytes(data: bytes, extension: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ("input" + extension)
        path.write_bytes(data)
        result = extract_file(path, path.name)
    assert result.media_type
    if result.text_status is TextStatus.FAILED:
        assert result.text_reason


def test_random_bytes_named_pdf_are_called_unreadable_not_truncated(tmp_path: Path) -> None:
    noise = samples.make_random_bytes(tmp_path / "noise.pdf", 5000)
    result = extract_file(noise, "noise.pdf")
    assert result.text_status is TextStatus.FAILED
    assert "not a readable PDF" in result.text_reason
