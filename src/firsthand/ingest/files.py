"""Finding input files (folders, globs) and reading them as text, refusing what is not text."""

from __future__ import annotations

import glob
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import charset_normalizer

SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".warc", ".warc.gz")
_SNIFF_BYTES = 8192
_UNICODE_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
# Control bytes that text does not hold (tab, newline, form feed and carriage return it does).
_CONTROL_BYTES = bytes(byte for byte in range(32) if byte not in (9, 10, 12, 13))
# Longest first, so ".warc.gz" wins over a shorter suffix.
_SUFFIXES_LONGEST_FIRST = sorted(SUFFIXES, key=len, reverse=True)


class BadInput(Exception):
    """An input that cannot be read as an article; the message is the reason, for one line."""


def kind_of(path: str) -> str | None:
    """The supported suffix a file name ends with, or None."""
    lowered = path.lower()
    for suffix in _SUFFIXES_LONGEST_FIRST:
        if lowered.endswith(suffix):
            return suffix
    return None


def expand(argument: str) -> Iterator[str | BadInput]:
    """The files one command-line argument names, in a stable order, or why it names none.

    A folder is walked recursively (hidden entries and unsupported files skipped); a pattern
    with wildcards is globbed; anything else must be an existing file.
    """
    path = Path(argument)
    if path.is_dir():
        found = _walk(argument)
        if not found:
            yield BadInput(f"no {', '.join(SUFFIXES)} files in this folder")
        yield from found
    elif path.exists() or path.is_symlink():
        yield argument
    elif glob.has_magic(argument):
        matches = sorted(glob.glob(argument, recursive=True))
        files = [m for m in matches if Path(m).is_file() and kind_of(m)]
        for folder in (m for m in matches if Path(m).is_dir()):
            files.extend(_walk(folder))
        if not files:
            yield BadInput("no supported files match this pattern")
        yield from files
    else:
        yield BadInput("no such file or folder")


def _walk(folder: str) -> list[str]:
    """Supported files under `folder`, hidden ones skipped, sorted by path for determinism."""
    found: list[str] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [
            os.path.join(root, name) for name in files if not name.startswith(".") and kind_of(name)
        ]
    return sorted(found, key=lambda path: Path(path).parts)


def read_bytes(path: str, max_bytes: int) -> bytes:
    """The file's bytes, or BadInput when it is not a readable regular file within the limit."""
    try:
        status = os.stat(path)
        if not stat.S_ISREG(status.st_mode):
            raise BadInput("not a regular file")
        check_size(status.st_size, max_bytes)
        with open(path, "rb") as handle:
            # Sized by the file: a buffer of `max_bytes` for every small file costs more than
            # the reading. A file that grew since is read on, up to the limit.
            data = handle.read(status.st_size + 1)
            if len(data) > status.st_size:
                data += handle.read(max_bytes + 1 - len(data))
    except FileNotFoundError:
        raise BadInput("no such file (broken link?)") from None
    except PermissionError:
        raise BadInput("permission denied") from None
    except IsADirectoryError:
        raise BadInput("is a folder") from None
    except OSError as error:
        raise BadInput(f"cannot be read ({error.strerror or error})") from None
    check_size(len(data), max_bytes)
    return data


def check_size(size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise BadInput(f"{size:,} bytes, over the limit of {max_bytes:,} bytes per article")


def refuse_binary(data: bytes) -> None:
    """Raises BadInput for bytes that are clearly not text (NUL or many control bytes)."""
    head = data[:_SNIFF_BYTES]
    if head.startswith(_UNICODE_BOMS):
        return
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if b"\x00" in head or controls > len(head) // 20:
        raise BadInput("binary file, not text")


def decode(data: bytes, declared: str | None = None) -> str:
    """Text of `data`: UTF-8 (with or without BOM), the declared charset, else a detected one."""
    refuse_binary(data)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise BadInput("undecodable: not text in any known encoding")
    return str(best)
