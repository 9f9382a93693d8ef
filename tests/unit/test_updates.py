"""The version file the admin publishes: read as JSON or two lines, versions compared as
numbers, and every way it can be wrong said in words."""

from __future__ import annotations

from pathlib import Path

import pytest

from collateral_app.domain.errors import UserError
from collateral_app.updates import (
    VERSION_FILE_LIMIT_BYTES,
    PublishedVersion,
    UpdateCheck,
    is_web_address,
    local_path,
    parse_downloaded,
    parse_version_file,
    read_local_version_file,
    version_key,
)


@pytest.mark.parametrize(
    ("older", "newer"),
    [("0.1.0", "0.2.0"), ("0.9", "0.10"), ("1.0rc1", "1.0"), ("1.0-beta", "1.0.0"), ("1.2", "v1.2.1")],
)
def test_versions_are_compared_as_numbers_with_pre_releases_first(older: str, newer: str) -> None:
    assert version_key(older) < version_key(newer)
    assert UpdateCheck(older, PublishedVersion(newer, "")).newer_available
    assert not UpdateCheck(newer, PublishedVersion(older, "")).newer_available


def test_the_same_version_written_two_ways_is_no_update() -> None:
    assert version_key("1.0") == version_key("1.0.0")
    assert not UpdateCheck("1.0.0", PublishedVersion("1.0", "")).newer_available


def test_the_file_is_read_as_json_or_as_two_lines() -> None:
    url = "https://intranet.example.com/collateral/"
    assert parse_version_file(f'{{"version": "0.2.0", "url": "{url}"}}') == PublishedVersion("0.2.0", url)
    assert parse_version_file(f"\ufeff0.2.0\r\n{url}\r\n") == PublishedVersion("0.2.0", url)
    assert parse_version_file("0.2.0\n") == PublishedVersion("0.2.0", "")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("", "is empty"),
        ('{"version": 2', "not valid JSON"),
        ('{"url": "https://x"}', 'no "version"'),
        ('{"version": "1.0", "url": 3}', "is not a link"),
        ("<html>Not found</html>", "is not a version number"),
    ],
)
def test_a_file_that_is_not_a_version_file_says_why(text: str, said: str) -> None:
    with pytest.raises(UserError, match=said):
        parse_version_file(text)


def test_a_huge_or_binary_download_is_refused() -> None:
    with pytest.raises(UserError, match="larger than"):
        parse_downloaded(b"1" * (VERSION_FILE_LIMIT_BYTES + 1))
    with pytest.raises(UserError, match="not text"):
        parse_downloaded(b"\xff\xfe\x00binary")


def test_paths_and_file_urls_name_the_same_file(tmp_path: Path) -> None:
    folder = tmp_path / "IT share"
    folder.mkdir()
    published = folder / "version.txt"
    published.write_text("0.3.0\nhttps://x/\n", encoding="utf-8")
    assert local_path(published.as_uri()) == published
    assert read_local_version_file(published.as_uri()) == PublishedVersion("0.3.0", "https://x/")
    assert read_local_version_file(str(published)) == PublishedVersion("0.3.0", "https://x/")
    assert local_path("file://fileserver/it/version.txt") == Path("//fileserver/it/version.txt")
    assert is_web_address("HTTPS://intranet/version.json") and not is_web_address(published.as_uri())


def test_a_missing_file_says_which_and_why(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"Cannot read .*nowhere\.txt: No such file"):
        read_local_version_file((tmp_path / "nowhere.txt").as_uri())
