"""A small writer of OLE compound files ([MS-CFB], version 3: 512-byte sectors, a mini stream
for streams under 4096 bytes), so tests can make Outlook .msg files instead of shipping them.

Only what a test needs: storages and streams from a nested dict, written in one go. Siblings
are linked as a chain sorted the way [MS-CFB] orders names (a valid, if unbalanced, red-black
tree with every node black), which every reader walks like a balanced one.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path

Tree = dict[str, "bytes | Tree"]

SECTOR = 512
MINI = 64
CUTOFF = 4096
FREE, END, FAT_SECTOR, NO_STREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


@dataclass
class _Entry:
    name: str
    kind: int  # 1 storage, 2 stream, 5 root
    data: bytes = b""
    children: list[int] = field(default_factory=list)
    left: int = NO_STREAM
    right: int = NO_STREAM
    child: int = NO_STREAM
    start: int = END
    size: int = 0


def _order(name: str) -> tuple[int, str]:
    return (len(name), name.upper())


def write_cfb(path: Path, tree: Tree) -> Path:
    entries = [_Entry("Root Entry", 5)]

    def add(parent: int, items: Tree) -> None:
        for name, value in sorted(items.items(), key=lambda kv: _order(kv[0])):
            index = len(entries)
            if isinstance(value, bytes):
                entries.append(_Entry(name, 2, value))
            else:
                entries.append(_Entry(name, 1))
                add(index, value)
            entries[parent].children.append(index)

    add(0, tree)
    for entry in entries:
        if entry.children:
            entry.child = entry.children[0]
            for a, b in zip(entry.children, entry.children[1:], strict=False):
                entries[a].right = b

    # Small streams go to the mini stream, big ones to sectors of their own.
    mini_stream = bytearray()
    mini_fat: list[int] = []
    big: list[_Entry] = []
    for entry in entries:
        if entry.kind != 2:
            continue
        entry.size = len(entry.data)
        if entry.size == 0:
            entry.start = END
        elif entry.size < CUTOFF:
            first = len(mini_stream) // MINI
            count = -(-entry.size // MINI)
            mini_stream += entry.data + b"\x00" * (count * MINI - entry.size)
            mini_fat.extend([*range(first + 1, first + count), END])
            entry.start = first
        else:
            big.append(entry)

    sectors: list[bytes] = []
    fat: list[int] = []

    def place(data: bytes) -> int:
        if not data:
            return END
        first = len(sectors)
        count = -(-len(data) // SECTOR)
        padded = data + b"\x00" * (count * SECTOR - len(data))
        for n in range(count):
            sectors.append(padded[n * SECTOR : (n + 1) * SECTOR])
        fat.extend([*range(first + 1, first + count), END])
        return first

    for entry in big:
        entry.start = place(entry.data)
    root = entries[0]
    root.start = place(bytes(mini_stream))
    root.size = len(mini_stream)
    mini_fat_start = place(b"".join(struct.pack("<I", n) for n in mini_fat))
    mini_fat_sectors = -(-len(mini_fat) * 4 // SECTOR)

    directory = bytearray()
    for entry in entries:
        encoded = (entry.name + "\x00").encode("utf-16-le")
        directory += encoded.ljust(64, b"\x00")
        directory += struct.pack("<HBB", len(encoded), entry.kind, 1)
        directory += struct.pack("<III", entry.left, entry.right, entry.child)
        directory += b"\x00" * 16 + b"\x00" * 4 + b"\x00" * 16
        directory += struct.pack("<IQ", entry.start, entry.size)
    while len(directory) % SECTOR:
        unused = struct.pack("<HBB", 0, 0, 0) + struct.pack("<III", NO_STREAM, NO_STREAM, NO_STREAM)
        directory += b"\x00" * 64 + unused + b"\x00" * 48
    directory_start = place(bytes(directory))

    # The FAT describes itself too: grow it until its own sectors fit.
    fat_count = 1
    while (len(fat) + fat_count) > fat_count * (SECTOR // 4):
        fat_count += 1
    if fat_count > 109:
        raise ValueError("too big for a header-only DIFAT")
    fat_start = len(sectors)
    fat.extend([FAT_SECTOR] * fat_count)
    fat.extend([FREE] * (fat_count * (SECTOR // 4) - len(fat)))
    fat_bytes = b"".join(struct.pack("<I", n) for n in fat)
    for n in range(fat_count):
        sectors.append(fat_bytes[n * SECTOR : (n + 1) * SECTOR])

    header = bytearray(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16)
    header += struct.pack("<HHHHH", 0x3E, 0x3, 0xFFFE, 9, 6) + b"\x00" * 6
    header += struct.pack("<IIIIIIIII", 0, fat_count, directory_start, 0, CUTOFF,
                          mini_fat_start if mini_fat else END, mini_fat_sectors, END, 0)  # fmt: skip
    difat = [fat_start + n for n in range(fat_count)] + [FREE] * (109 - fat_count)
    header += b"".join(struct.pack("<I", n) for n in difat)
    assert len(header) == SECTOR
    path.write_bytes(bytes(header) + b"".join(sectors))
    return path
