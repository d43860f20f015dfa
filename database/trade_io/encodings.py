"""What a file is before it is parsed: SHA-256, size, binary or text, and its text encoding.

One streaming pass over the bytes (:func:`scan_file`) hashes the file, counts its lines, finds
NUL bytes (binary data), recognises ZIP (XLSX) and OLE2 (encrypted XLSX, old XLS) signatures
and checks whether the whole file is valid UTF-8. :func:`choose_encoding` then decides:

1. a byte-order mark: UTF-8 with BOM (``utf-8-sig``) or UTF-16;
2. the whole file decodes as strict UTF-8: ``utf-8`` (plain ASCII is UTF-8 too);
3. otherwise a Windows code page: ``cp1251`` when the non-ASCII text reads as Cyrillic words in
   cp1251 (most of its letters Cyrillic, in runs), else ``cp1252`` (Western European).

Detection never switches encoding within a file: one that is UTF-8 in some lines and a code
page in others (pasted together from two sources) is refused by :func:`mixed_encoding` at the
first line that breaks the encoding its first non-ASCII line is in, instead of turning the
UTF-8 lines into mojibake ("РџСЂРёРІРµС‚"). A line counts as UTF-8 when all of it decodes as UTF-8,
with at least one multi-byte character and no C1 control character (text in a code page almost
never does). An encoding named in the options wins over the detection.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

CHUNK = 1 << 20
SAMPLE_BYTES = 1 << 16
ZIP_MAGIC = b"PK\x03\x04"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"))
# A UTF-8 lead byte followed by a continuation byte: where a multi-byte character may start.
_UTF8_PAIR = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")
_C1_CONTROLS = re.compile("[\x80-\x9f]")


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
    first_not_utf8_line: int | None = None  # 1-based line of the first byte UTF-8 refuses
    first_utf8_line: int | None = None      # the first line that is UTF-8 text (see above)

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
    first_not_utf8_line: int | None = None
    witness = _Utf8Witness()
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
                held = len(decoder.getstate()[0])  # bytes of the last chunk still undecided
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError as exc:
                    utf8_valid = False
                    bad = max(0, exc.start - held)
                    first_not_utf8_line = lines + chunk.count(b"\n", 0, bad) + 1
            if witness.line is None:
                witness.feed(chunk, lines)
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
            first_not_utf8_line = lines + (1 if last and last != b"\n" else 0)
    witness.finish()
    if last and last != b"\n":
        lines += 1  # a last line without a newline still counts as a line
    bom = next((name for mark, name in BOMS if head.startswith(mark)), None)
    return FileScan(size=size, sha256=digest.hexdigest(), line_count=lines,
                    head=head, bom_encoding=bom, utf8_valid=utf8_valid,
                    first_nul_line=first_nul_line, non_ascii_sample=bytes(sample),
                    first_not_utf8_line=first_not_utf8_line, first_utf8_line=witness.line)


def _collect_non_ascii_lines(chunk: bytes, sample: bytearray) -> None:
    for line in chunk.split(b"\n"):
        if not line.isascii():
            sample += line + b"\n"
            if len(sample) >= SAMPLE_BYTES:
                return


# Codecs that may decode ASCII text to itself and still are no character set: escapes and
# the encodings of domain names.
_NOT_CHARACTER_SETS = frozenset({"unicode-escape", "raw-unicode-escape", "unicode_escape",
                                 "raw_unicode_escape", "idna", "punycode"})
_ASCII_SAMPLE = bytes(range(32, 127)) + b"\t\r\n"


def check_encoding_name(name: str) -> str:
    """``name`` when it names a text encoding a table can be written in, else ValueError.

    Python's codec registry also holds transforms (rot13, base64, zlib), escapes
    (unicode_escape) and encodings of other things (idna, punycode): a table's text is in a
    character set that reads ASCII as ASCII (UTF-16 and UTF-32 aside).
    """
    try:
        info = codecs.lookup(name)
    except (LookupError, TypeError, ValueError):
        raise ValueError(f"'{name}' is not a known encoding (e.g. utf-8, cp1251, cp1252)") from None
    text_encoding = getattr(info, "_is_text_encoding", True) and info.name not in _NOT_CHARACTER_SETS
    if text_encoding and not info.name.startswith(("utf-16", "utf-32")):
        try:
            text_encoding = codecs.decode(_ASCII_SAMPLE, info.name) == _ASCII_SAMPLE.decode("ascii")
        except Exception:  # any codec may fail its own way  # noqa: BLE001
            text_encoding = False
    if not text_encoding:
        raise ValueError(f"'{name}' is not a text encoding a table is written in (e.g. utf-8, "
                         f"cp1251, cp1252)")
    return name


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


class _Utf8Witness:
    """Finds the first line that is UTF-8 text, chunk by chunk (lines may span chunks)."""

    def __init__(self) -> None:
        self.line: int | None = None
        self._pending = b""        # the last, unfinished line of the chunks fed so far
        self._pending_line = 1     # its line number

    def feed(self, chunk: bytes, lines_before: int) -> None:
        """Look at the complete lines of ``chunk``; ``lines_before`` counts the newlines in
        the chunks fed before it."""
        data = self._pending + chunk
        end = data.rfind(b"\n")
        if end < 0:
            self._pending = data if len(data) <= CHUNK else b""  # a line longer than 1 MB: skip
            return
        if not data.isascii():
            self._search(data, end + 1, self._pending_line)
        self._pending = data[end + 1:]
        self._pending_line = lines_before + chunk.count(b"\n") + 1

    def finish(self) -> None:
        """Look at the file's last line (without a newline)."""
        if self.line is None and self._pending:
            self._search(self._pending, len(self._pending), self._pending_line)

    def _search(self, data: bytes, end: int, first_line: int) -> None:
        position, line, counted = 0, first_line, 0
        while self.line is None:
            found = _UTF8_PAIR.search(data, position, end)
            if found is None:
                return
            start = data.rfind(b"\n", 0, found.start()) + 1
            stop = data.find(b"\n", found.start(), end)
            stop = end if stop < 0 else stop
            line += data.count(b"\n", counted, start)
            counted = start
            if _is_utf8_text(data[start:stop]):
                self.line = line
            position = stop + 1


def _is_utf8_text(line: bytes) -> bool:
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return not _C1_CONTROLS.search(text)


def mixed_encoding(scan: FileScan) -> tuple[int, str, str, dict[str, object]] | None:
    """(line, code, English sentence, values) when the file is UTF-8 in some lines only.

    The file's encoding is the one its first non-ASCII line is in; the line given is the
    first that breaks it.
    """
    if scan.utf8_valid or scan.bom_encoding or scan.first_utf8_line is None:
        return None
    utf8, other = scan.first_utf8_line, scan.first_not_utf8_line
    if other is None:
        return None
    if utf8 < other:
        return other, "mixed_encoding", (
            f"this line is not UTF-8, but line {utf8} before it is: the file mixes encodings; "
            f"save it in one encoding (UTF-8)"), {"first_line": utf8}
    page = guess_code_page(scan.non_ascii_sample)
    return utf8, "mixed_encoding_utf8_later", (
        f"this line is UTF-8, but line {other} before it is not ({page}?): the file mixes "
        f"encodings; save it in one encoding (UTF-8)"), {"first_line": other, "encoding": page}
