"""Email messages: .eml (RFC 5322, read with the standard library) and Outlook's .msg (an OLE
compound file, read with olefile).

The subject is the title, the sender and date are metadata, the body is the text (an HTML body
as its visible text, an RTF-only Outlook body as its plain text), and attachments are listed;
when the caller asks (`ReadOptions.attachments_dir`), they are saved there to be imported as
assets of their own.

Why olefile and not extract-msg: extract-msg is GPL-3.0, pins olefile to one exact version and
brings six more packages (beautifulsoup4, RTFDE, tzlocal, ebcdic...). The properties a library
needs (subject, sender, recipients, dates, bodies, attachments) are a few documented streams
([MS-OXMSG]), which olefile (BSD, pure Python, no dependencies, maintained since 2005) reads.
"""

from __future__ import annotations

import codecs
import contextlib
import logging
import os
import re
import struct
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path, PurePath

from collateral_app.domain.enums import PageKind, TextStatus
from collateral_app.domain.errors import ExtractionFailed
from collateral_app.domain.records import Attachment, Extraction, PageText, ReadOptions

from .limits import TextBudget
from .sniff import media_type_from_name
from .web import html_to_text

logger = logging.getLogger(__name__)

MAX_MESSAGE_BYTES = 200 * 1024 * 1024  # a message is read whole; bigger ones are stored unread
_NO_BODY_REASON = "This message has no text in its body."
_DAMAGED_MSG_REASON = "The file is damaged (not a readable Outlook message); it was stored without its text."
_SAFE_NAME = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|]+")


@dataclass
class _Message:
    subject: str = ""
    sender_name: str = ""
    sender: str = ""  # "Name <address>" or the address alone
    to: str = ""
    cc: str = ""
    date: datetime | None = None
    language: str = ""
    plain: str = ""
    html: str = ""
    attachments: list[tuple[str, bytes]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def read_eml(path: Path, media_type: str, options: ReadOptions) -> Extraction:
    data = _read_whole(path)
    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
    except (ValueError, TypeError, LookupError, IndexError) as exc:  # the parser is lenient; this is rare
        logger.warning("%s could not be parsed as an email", path, exc_info=True)
        raise ExtractionFailed(
            "The file is damaged (not a readable email); it was stored without its text."
        ) from exc
    assert isinstance(message, EmailMessage)
    if not (message.get("From") or message.get("Subject") or message.get("Date")):
        raise ExtractionFailed(
            "This file has no email headers (From, Subject, Date); it was stored without its text."
        )
    return _extraction(media_type, _from_mime(message), options)


def read_msg(path: Path, media_type: str, options: ReadOptions) -> Extraction:
    import olefile  # type: ignore[import-untyped, unused-ignore]

    _read_whole(path, check_only=True)
    try:
        with olefile.OleFileIO(str(path)) as ole:
            if not ole.exists("__properties_version1.0"):
                raise ExtractionFailed(
                    "This .msg is not an Outlook message (it holds no message properties); "
                    "it was stored without its text."
                )
            message = _from_msg(_MsgStorage(ole, ""))
    except ExtractionFailed:
        raise
    except (OSError, ValueError, IndexError, KeyError, TypeError, struct.error) as exc:
        logger.warning("%s could not be read as an Outlook message", path, exc_info=True)
        raise ExtractionFailed(_DAMAGED_MSG_REASON) from exc
    return _extraction(media_type, message, options)


def _read_whole(path: Path, *, check_only: bool = False) -> bytes:
    size = path.stat().st_size
    if size > MAX_MESSAGE_BYTES:
        raise ExtractionFailed(
            f"This message is larger than {MAX_MESSAGE_BYTES // (1024 * 1024)} MB; "
            "it was stored without its text."
        )
    return b"" if check_only else path.read_bytes()


def _extraction(media_type: str, message: _Message, options: ReadOptions) -> Extraction:
    body = message.plain.replace("\r\n", "\n").replace("\r", "\n").strip()
    body = body or (html_to_text(message.html) if message.html else "")
    names = [name for name, _data in message.attachments]
    budget = TextBudget()
    parts = [body] if body else []
    if names:
        # So a search for the attachment's name finds the message that carries it.
        parts.append("Attachments: " + ", ".join(names))
    text = budget.take("\n\n".join(parts))
    metadata = {
        key: value
        for key, value in (
            ("from", message.sender),
            ("to", message.to),
            ("cc", message.cc),
            ("date", message.date.isoformat() if message.date else ""),
            ("attachments", ", ".join(f"{n} ({_size(len(d))})" for n, d in message.attachments)),
        )
        if value
    }
    notes = list(message.notes) + list(budget.notes)
    if options.attachments_dir and message.attachments:
        notes.extend(_save_attachments(message.attachments, Path(options.attachments_dir)))
    return Extraction(
        media_type=media_type,
        title=message.subject,
        author=message.sender_name,
        pages=(PageText(1, PageKind.SECTION, text, label=message.subject),) if text else (),
        page_count=1,
        text_status=TextStatus.OK if body else TextStatus.NONE,
        text_reason="" if body else _NO_BODY_REASON,
        metadata=metadata,
        notes=tuple(notes),
        language=message.language,
        attachments=tuple(
            Attachment(name, len(data), media_type_from_name(name) or "unknown")
            for name, data in message.attachments
        ),
    )


def _size(n: int) -> str:
    return (
        f"{n} bytes" if n < 1024 else (f"{n / 1024:.0f} KB" if n < 1024 * 1024 else f"{n / 1048576:.1f} MB")
    )


def safe_file_name(name: str, fallback: str) -> str:
    """An attachment's name as a file name on any system: no folders, no reserved characters."""
    name = unicodedata.normalize("NFC", PurePath(name.replace("\\", "/")).name)
    name = _SAFE_NAME.sub("_", name).strip(" .")
    if len(name.encode("utf-8")) > 200:
        stem, dot, ext = name.rpartition(".")
        keep = stem if dot else name
        name = keep.encode("utf-8")[:180].decode("utf-8", "ignore") + (dot + ext[:15] if dot else "")
    return name or fallback


def _save_attachments(attachments: list[tuple[str, bytes]], folder: Path) -> list[str]:
    """Writes each attachment to its own numbered folder (two may share a name)."""
    notes: list[str] = []
    for number, (name, data) in enumerate(attachments, start=1):
        target = folder / f"{number:03d}" / safe_file_name(name, f"attachment-{number}")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
        except OSError as exc:
            logger.warning("attachment %s could not be saved", name, exc_info=True)
            notes.append(f"The attachment “{name}” could not be saved for import ({exc.strerror or exc}).")
    return notes


# -- .eml ----------------------------------------------------------------------------------------


def _from_mime(message: EmailMessage) -> _Message:
    found = _Message()
    found.subject = " ".join(str(message.get("Subject", "")).split())
    senders = getaddresses([str(message.get("From", ""))])
    if senders:
        display, address = senders[0]
        found.sender_name = display or address
        found.sender = f"{display} <{address}>" if display and address else address or display
    found.to = ", ".join(_addresses(message, "To"))
    found.cc = ", ".join(_addresses(message, "Cc"))
    found.date = _mime_date(message.get("Date"))
    found.language = _language(str(message.get("Content-Language", "")))
    body_parts = []
    for kind in ("plain", "html"):
        part = _body(message, kind)
        if part is not None:
            body_parts.append(part)
            text = _part_text(part)
            if kind == "plain":
                found.plain = text
            else:
                found.html = text
    referenced = _content_ids(found.html)
    for number, part in enumerate(_attachments(message, body_parts), start=1):
        if str(part.get("Content-ID", "")).strip("<> ") in referenced and not part.get_filename():
            continue  # an image the HTML body shows inline, not something sent along
        name, data = _attachment(part, number)
        found.attachments.append((name, data))
    return found


def _addresses(message: Message, header: str) -> list[str]:
    return [
        f"{name} <{address}>" if name and address else (address or name)
        for name, address in getaddresses([str(v) for v in message.get_all(header, [])])
        if name or address
    ]


def _mime_date(value: object) -> datetime | None:
    if not value:
        return None
    try:
        return parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError):
        return None


def _body(message: EmailMessage, kind: str) -> EmailMessage | None:
    try:
        part = message.get_body(preferencelist=(kind,))
    except (KeyError, IndexError, ValueError):
        return None
    return part if isinstance(part, EmailMessage) else None


def _part_text(part: EmailMessage) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset() or "utf-8"
    try:
        codecs.lookup(charset)
    except LookupError:
        charset = "utf-8"
    try:
        return payload.decode(charset)
    except UnicodeDecodeError:
        return payload.decode(
            "cp1252" if charset.lower() in ("us-ascii", "ascii", "iso-8859-1") else charset, "replace"
        )


def _attachments(message: EmailMessage, body_parts: list[EmailMessage]) -> list[EmailMessage]:
    try:
        found = [part for part in message.iter_attachments() if isinstance(part, EmailMessage)]
    except (KeyError, IndexError, ValueError):
        return []
    result: list[EmailMessage] = []
    for part in found:
        if part in body_parts:
            continue
        if part.get_content_maintype() == "multipart":
            # a multipart/related or /mixed nested inside another: its leaves count
            result.extend(_attachments(part, body_parts))
        else:
            result.append(part)
    return result


def _attachment(part: EmailMessage, number: int) -> tuple[str, bytes]:
    if part.get_content_type() == "message/rfc822":
        inner = part.get_payload()
        inner_message = inner[0] if isinstance(inner, list) and inner else None
        data = inner_message.as_bytes() if isinstance(inner_message, Message) else b""
        subject = str(inner_message.get("Subject", "")) if isinstance(inner_message, Message) else ""
        return (part.get_filename() or f"{' '.join(subject.split()) or f'message-{number}'}.eml"), data
    payload = part.get_payload(decode=True)
    data = payload if isinstance(payload, bytes) else b""
    name = part.get_filename() or ""
    if not name:
        subtype = part.get_content_subtype()
        name = f"attachment-{number}.{ {'jpeg': 'jpg', 'plain': 'txt'}.get(subtype, subtype) }"
    return " ".join(name.split()), data


def _content_ids(html: str) -> set[str]:
    return set(re.findall(r"""cid:([^"'\s>)]+)""", html, re.IGNORECASE))


def _language(value: str) -> str:
    primary = value.split(",")[0].strip().split("-")[0].lower()
    return primary if len(primary) == 2 and primary.isalpha() else ""


# -- .msg ----------------------------------------------------------------------------------------

_PT_STRING8, _PT_UNICODE, _PT_BINARY, _PT_SYSTIME, _PT_LONG, _PT_OBJECT = (
    0x001E,
    0x001F,
    0x0102,
    0x0040,
    0x0003,
    0x000D,
)
_SUBJECT, _SENDER_NAME, _SENDER_EMAIL, _SENDER_SMTP = 0x0037, 0x0C1A, 0x0C1F, 0x5D01
_SENT_AS_NAME, _SENT_AS_EMAIL = 0x0042, 0x0065
_DISPLAY_TO, _DISPLAY_CC, _HEADERS = 0x0E04, 0x0E03, 0x007D
_BODY, _HTML, _RTF = 0x1000, 0x1013, 0x1009
_SUBMIT_TIME, _DELIVERY_TIME, _CREATION_TIME = 0x0039, 0x0E06, 0x3007
_CODEPAGE, _INTERNET_CODEPAGE, _LANGUAGE_TAG = 0x3FFD, 0x3FDE, 0x3A0C
_ATTACH_LONG_NAME, _ATTACH_NAME, _ATTACH_DISPLAY, _ATTACH_DATA, _ATTACH_METHOD = (
    0x3707,
    0x3704,
    0x3001,
    0x3701,
    0x3705,
)
_ATTACH_CONTENT_ID, _ATTACH_FLAGS = 0x3712, 0x3714
_EMBEDDED_MESSAGE = 5
_FILETIME_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)


class _MsgStorage:
    """One message (or attachment) storage of an Outlook file: its string and binary streams
    and the fixed-size values of its property stream."""

    def __init__(self, ole: object, prefix: str, *, header_size: int = 32) -> None:
        self.ole = ole
        self.prefix = prefix
        self.fixed = self._fixed_values(header_size)
        codepage = self.fixed.get(_CODEPAGE) or self.fixed.get(_INTERNET_CODEPAGE)
        self.encoding = _codepage_encoding(codepage) if isinstance(codepage, int) else "cp1252"

    def _stream(self, name: str) -> bytes | None:
        path = self.prefix + name
        if not self.ole.exists(path):  # type: ignore[attr-defined]
            return None
        data: bytes = self.ole.openstream(path).read()  # type: ignore[attr-defined]
        return data

    def string(self, prop: int) -> str:
        data = self._stream(f"__substg1.0_{prop:04X}{_PT_UNICODE:04X}")
        if data is not None:
            return data.decode("utf-16-le", "replace").rstrip("\x00")
        data = self._stream(f"__substg1.0_{prop:04X}{_PT_STRING8:04X}")
        if data is not None:
            return data.decode(self.encoding, "replace").rstrip("\x00")
        return ""

    def binary(self, prop: int) -> bytes | None:
        return self._stream(f"__substg1.0_{prop:04X}{_PT_BINARY:04X}")

    def has_object(self, prop: int) -> bool:
        return bool(self.ole.exists(f"{self.prefix}__substg1.0_{prop:04X}{_PT_OBJECT:04X}"))  # type: ignore[attr-defined]

    def _fixed_values(self, header_size: int) -> dict[int, int | datetime]:
        data = self._stream("__properties_version1.0") or b""
        values: dict[int, int | datetime] = {}
        for offset in range(header_size, len(data) - 15, 16):
            kind, prop = struct.unpack_from("<HH", data, offset)
            if kind == _PT_LONG:
                values[prop] = struct.unpack_from("<i", data, offset + 8)[0]
            elif kind == _PT_SYSTIME:
                ticks = struct.unpack_from("<Q", data, offset + 8)[0]
                if 0 < ticks < 2**63:
                    with contextlib.suppress(OverflowError):
                        values[prop] = _FILETIME_EPOCH + timedelta(microseconds=ticks // 10)
        return values

    def children(self, kind: str) -> list[str]:
        """Prefixes of the attachment (`attach`) or recipient (`recip`) storages, in order."""
        wanted = f"__{kind}_version1.0_#"
        depth = self.prefix.count("/")
        names = {
            entry[depth]
            for entry in self.ole.listdir(streams=True, storages=True)  # type: ignore[attr-defined]
            if len(entry) > depth
            and "/".join(entry[:depth]) + ("/" if depth else "") == self.prefix
            and entry[depth].startswith(wanted)
        }
        return [f"{self.prefix}{name}/" for name in sorted(names)]


def _codepage_encoding(codepage: int) -> str:
    name = {65001: "utf-8", 1200: "utf-16-le", 20127: "ascii", 28591: "latin-1"}.get(
        codepage, f"cp{codepage}"
    )
    try:
        return codecs.lookup(name).name
    except LookupError:
        return "cp1252"


def _from_msg(storage: _MsgStorage) -> _Message:
    found = _Message()
    found.subject = " ".join(storage.string(_SUBJECT).split())
    name = storage.string(_SENDER_NAME) or storage.string(_SENT_AS_NAME)
    address = storage.string(_SENDER_SMTP) or storage.string(_SENDER_EMAIL) or storage.string(_SENT_AS_EMAIL)
    headers = storage.string(_HEADERS)
    if "@" not in address and headers:  # an Exchange address ("/O=EXCHANGELABS/..."): the headers say more
        from_header = re.search(r"^From:\s*(.+)$", headers, re.MULTILINE | re.IGNORECASE)
        if from_header:
            pairs = getaddresses([from_header.group(1)])
            if pairs and "@" in pairs[0][1]:
                name, address = name or pairs[0][0], pairs[0][1]
    found.sender_name = name or address
    found.sender = f"{name} <{address}>" if name and address and name != address else (address or name)
    found.to = storage.string(_DISPLAY_TO).replace(";", ",").strip(", ")
    found.cc = storage.string(_DISPLAY_CC).replace(";", ",").strip(", ")
    when = storage.fixed.get(_SUBMIT_TIME) or storage.fixed.get(_DELIVERY_TIME)
    if not isinstance(when, datetime) and headers:
        date_header = re.search(r"^Date:\s*(.+)$", headers, re.MULTILINE | re.IGNORECASE)
        when = _mime_date(date_header.group(1)) if date_header else None
    found.date = when if isinstance(when, datetime) else None
    found.language = _language(storage.string(_LANGUAGE_TAG).replace("_", "-"))
    found.plain = storage.string(_BODY)
    html = storage.binary(_HTML)
    if html is not None:
        cpid = storage.fixed.get(_INTERNET_CODEPAGE)
        found.html = html.decode(_codepage_encoding(cpid) if isinstance(cpid, int) else "utf-8", "replace")
    else:
        found.html = storage.string(_HTML)
    if not found.plain and not found.html:
        rtf = storage.binary(_RTF)
        if rtf:
            found.plain = _rtf_body(rtf, found.notes)
    for number, prefix in enumerate(storage.children("attach"), start=1):
        attachment = _MsgStorage(storage.ole, prefix, header_size=8)
        item = _msg_attachment(attachment, number, found.html)
        if item is not None:
            found.attachments.append(item)
    return found


def _msg_attachment(attachment: _MsgStorage, number: int, html: str) -> tuple[str, bytes] | None:
    name = " ".join(
        (
            attachment.string(_ATTACH_LONG_NAME)
            or attachment.string(_ATTACH_NAME)
            or attachment.string(_ATTACH_DISPLAY)
        ).split()
    )
    if attachment.fixed.get(_ATTACH_METHOD) == _EMBEDDED_MESSAGE or attachment.has_object(_ATTACH_DATA):
        # A message attached to a message: listed, not unpacked (it would need re-encoding as .msg).
        title = name or f"message-{number}"
        return (title if title.lower().endswith(".msg") else f"{title}.msg"), b""
    data = attachment.binary(_ATTACH_DATA)
    if data is None:
        return None
    content_id = attachment.string(_ATTACH_CONTENT_ID)
    hidden = attachment.fixed.get(_ATTACH_FLAGS, 0)
    if content_id and content_id in _content_ids(html) and isinstance(hidden, int) and hidden & 0x4:
        return None  # an image shown inside the HTML body (a signature logo), not sent along
    return name or f"attachment-{number}", data


def _rtf_body(compressed: bytes, notes: list[str]) -> str:
    import compressed_rtf  # type: ignore[import-untyped, unused-ignore]

    try:
        rtf = compressed_rtf.decompress(compressed)
    except Exception:  # the package raises bare Exceptions on a bad header or CRC
        logger.info("the compressed RTF body is unreadable", exc_info=True)
        notes.append("The message body (compressed RTF) is damaged and could not be read.")
        return ""
    return rtf_to_text(rtf)


# A small RTF reader: enough for message bodies (text, paragraphs, hex and Unicode escapes),
# skipping the font and colour tables, pictures and any "ignorable" destination. For HTML that
# Outlook encapsulated in RTF, the tags live in \*\htmltag destinations (skipped) and the
# RTF-only rendering between \htmlrtf and \htmlrtf0 is skipped too, which leaves the text.
_RTF_TOKEN = re.compile(
    rb"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|([^\\{}\r\n]+)|[\r\n]+", re.DOTALL
)
_RTF_SKIPPED = frozenset(
    {b"fonttbl", b"colortbl", b"stylesheet", b"info", b"pict", b"object", b"header", b"footer", b"listtable",
     b"listoverridetable", b"rsidtbl", b"generator", b"xmlnstbl", b"themedata", b"datastore", b"latentstyles"}
)  # fmt: skip


def rtf_to_text(rtf: bytes) -> str:
    out: list[str] = []
    encoding = "cp1252"
    stack: list[tuple[bool, int]] = []
    skipping = False
    uc = 1  # characters that follow a \uN as its fallback
    pending_skip = 0
    html_rtf = False
    ignorable_next = False
    for match in _RTF_TOKEN.finditer(rtf):
        word, arg, hex_byte, symbol, brace, text = match.groups()
        if brace == b"{":
            stack.append((skipping, uc))
            ignorable_next = False
            continue
        if brace == b"}":
            if stack:
                skipping, uc = stack.pop()
            continue
        if word is not None:
            if ignorable_next or word in _RTF_SKIPPED:
                skipping = True
            ignorable_next = False
            if word == b"ansicpg" and arg:
                encoding = _codepage_encoding(int(arg))
            elif word == b"htmlrtf":
                html_rtf = arg != b"0"
            elif skipping or html_rtf:
                pass
            elif word in (b"par", b"line", b"row"):
                out.append("\n")
            elif word in (b"tab", b"cell"):
                out.append("\t")
            elif word == b"uc" and arg:
                uc = int(arg)
            elif word == b"u" and arg:
                out.append(chr(int(arg) % 65536))
                pending_skip = uc
            elif word in (b"emdash", b"endash", b"bullet", b"lquote", b"rquote", b"ldblquote", b"rdblquote"):
                out.append({b"emdash": "—", b"endash": "–", b"bullet": "•", b"lquote": "‘", b"rquote": "’",
                            b"ldblquote": "“", b"rdblquote": "”"}[word])  # fmt: skip
            continue
        if symbol is not None:
            if symbol == b"*":
                ignorable_next = True
            elif not (skipping or html_rtf) and symbol in (b"\\", b"{", b"}"):
                out.append(symbol.decode())
            elif not (skipping or html_rtf) and symbol == b"~":
                out.append("\u00a0")
            continue
        if skipping or html_rtf:
            continue
        if hex_byte is not None:
            if pending_skip:
                pending_skip -= 1
                continue
            out.append(bytes([int(hex_byte, 16)]).decode(encoding, "replace"))
        elif text is not None:
            chunk = text.decode(encoding, "replace")
            if pending_skip:
                dropped = min(pending_skip, len(chunk))
                chunk, pending_skip = chunk[dropped:], pending_skip - dropped
            out.append(chunk)
    lines = ("".join(out)).replace("\u00a0", " ").split("\n")
    return re.sub(r"\n{3,}", "\n\n", "\n".join(" ".join(line.split()) for line in lines)).strip()
