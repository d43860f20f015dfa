"""What a file is before it is parsed: SHA-256, size, binary or text, and its text encoding.

One streaming pass over the bytes (:func:`scan_file`) hashes the file, counts its lines, finds
NUL bytes (binary data), recognises ZIP (XLSX) and OLE2 (encrypted XLSX, old XLS) signatures
and checks whether the whole file is valid UTF-8. :func:`choose_encoding` then decides:

1. a byte-order mark: UTF-8 with BOM (``utf-8-sig``) or UTF-16;
2. the whole file decodes as strict UTF-8: ``utf-8`` (plain ASCII is UTF-8 too);
3. otherwise a Windows code page: ``cp1251`` when the non-ASCII text reads as Cyrillic words in
   cp1251 (most of its letters Cyrillic, in runs), else ``cp1252`` (Western European).

An encoding named in the options wins over the detection.
"""

from __future__ import annotations

import codecs
import hashlib
from dataclasses import dataclass
from pathlib import Path

CHUNK = 1 << 20
SAMPLE_BYTES = 1 << 16
ZIP_MAGIC = b"PK\x03\x04"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"))


@dataclass(frozen=True)
class FileScan:
    """What one pass over a file's bytes found."""

    size: int
    sha256: str
    line_count: int
    head: bytes                # the first bytes (for sniffing and signatures)
    bom_encoding: str | None   # encoding named by a byte-order mark
    utf8_valid: bool           # the whole file decodes as strict UTF-8
    first_nul_line: int | None  # 1-based line of the first NUL byte (binary data), if any
    non_ascii_sample: bytes    # lines holding bytes >= 0x80, for telling code pages apart

    @property
    def is_zip(self) -> bool:
        """A ZIP container: an XLSX workbook (or another Office Open XML file)."""
        return self.head.startswith(ZIP_MAGIC)

    @property
    def is_ole2(self) -> bool:
        """An OLE2 compound file: a password-protected XLSX or an old binary XLS."""
        return self.head.startswith(OLE2_MAGIC)


def scan_file(path: Path) -> FileScan:
    """Read ``path`` once in 1 MB chunks (memory stays flat for any size)."""
    digest = hashlib.sha256()
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    utf8_valid = True
    size = lines = 0
    head = b""
    first_nul_line: int | None = None
    sample = bytearray()
    last = b""
    with path.open("rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
            if len(head) < SAMPLE_BYTES:
                head += chunk[:SAMPLE_BYTES - len(head)]
            if first_nul_line is None:
                nul = chunk.find(b"\x00")
                if nul >= 0:
                    first_nul_line = lines + chunk.count(b"\n", 0, nul) + 1
            if utf8_valid:
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError:
                    utf8_valid = False
            if len(sample) < SAMPLE_BYTES and not chunk.isascii():
                _collect_non_ascii_lines(chunk, sample)
            size += len(chunk)
            lines += chunk.count(b"\n")
            last = chunk[-1:]
    if utf8_valid:
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            utf8_valid = False
    if last and last != b"\n":
        lines += 1  # a last line without a newline still counts as a line
    bom = next((name for mark, name in BOMS if head.startswith(mark)), None)
    return FileScan(size=size, sha256=digest.hexdigest(), line_count=lines,
                    head=head, bom_encoding=bom, utf8_valid=utf8_valid,
                    first_nul_line=first_nul_line, non_ascii_sample=bytes(sample))


def _collect_non_ascii_lines(chunk: bytes, sample: bytearray) -> None:
    for line in chunk.split(b"\n"):
        if not line.isascii():
            sample += line + b"\n"
            if len(sample) >= SAMPLE_BYTES:
                return


def choose_encoding(scan: FileScan, requested: str | None = None) -> str:
    """The encoding to read the file with (see the module docstring for the rule)."""
    if requested and requested.lower() != "auto":
        name = codecs.lookup(requested).name
        # A BOM stays out of the first column's name even when the user named plain UTF-8.
        return "utf-8-sig" if name == "utf-8" and scan.bom_encoding == "utf-8-sig" else requested
    if scan.bom_encoding:
        return scan.bom_encoding
    if scan.utf8_valid:
        return "utf-8"
    return guess_code_page(scan.non_ascii_sample)


def guess_code_page(sample: bytes) -> str:
    """``cp1251`` if the non-ASCII bytes read as Cyrillic words there, else ``cp1252``.

    In cp1251 the bytes 0xC0-0xFF are Cyrillic letters, in cp1252 accented Latin letters.
    Russian or Kyrgyz text is made of whole words of such bytes; Western European text has an
    accented letter here and there between ASCII letters. So: count the non-ASCII characters
    of the cp1251 reading that are Cyrillic letters next to another Cyrillic letter.
    """
    text = sample.decode("cp1251", errors="replace")
    non_ascii = cyrillic_in_words = 0
    previous_cyrillic = False
    pending = 0
    for char in text:
        if char.isascii():
            previous_cyrillic = False
            pending = 0
            continue
        non_ascii += 1
        is_cyrillic = "\u0400" <= char <= "\u04ff"
        if is_cyrillic and previous_cyrillic:
            cyrillic_in_words += 1 + pending
            pending = 0
        elif is_cyrillic:
            pending = 1
        previous_cyrillic = is_cyrillic
    if non_ascii and cyrillic_in_words / non_ascii >= 0.5:
        return "cp1251"
    return "cp1252"
