"""Column mappings for tables in no known layout, and remembering them by header signature.

A :class:`ColumnMapping` says which source column holds each field (or a constant for every
row, e.g. the reporter of a national table, or the product TOTAL), how flow words translate
(``Экспорт`` → export) and product words (``Всего`` → TOTAL), the unit, and whether values use a
decimal comma. :func:`guess_product` and :func:`detect_unit` are the first suggestions a mapping
dialog makes from a national table's words and its title rows. The mapping dialog saves it with
:func:`save_mapping` under the :func:`header_signature` of the table's header; the next file
with the same header is then read with it automatically (format ``auto``).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from database.clock import current_user, new_uuid, utc_now_text
from database.errors import ValidationError
from database.store import Store
from database.trade_io.errors import RowError
from database.trade_io.values import MILLION_USD, THOUSAND_USD, UNITS, CellProblem, check_product

# The fields of a trade figure a table can provide; the first six are required. The quantity
# (with its unit) and the net weight in kilograms are optional (schema 0010).
REQUIRED_FIELDS = ("reporter", "partner", "period", "flow", "product", "value")
QUANTITY_FIELDS = ("quantity", "quantity_unit", "net_weight_kg")
FIELDS = (*REQUIRED_FIELDS, "source", "note", *QUANTITY_FIELDS)
_FLOWS = ("export", "import", "re-export", "re-import", "turnover")
_SPACES = re.compile(r"\s+")

# Words national tables use for the row of all goods (Russian, Kyrgyz, English, German,
# French), compared by :func:`product_key`.
TOTAL_WORDS = ("всего", "итого", "всего товаров", "итого по всем товарам", "все товары", "бардыгы",
               "баары", "жыйынтыгы", "total", "total trade", "all commodities", "all goods",
               "all products", "insgesamt", "gesamt", "alle waren", "summe", "ensemble",
               "total général")
# The words of a unit, in the title rows or the header of a national table: the bigger scale
# first ("млн. тыс. тонн" is no money, see detect_unit).
_MILLION = re.compile(r"(?<![a-zа-яё])(млн|миллион\w*|million\w*|mio|mln)(?![a-zа-яё])")
_THOUSAND = re.compile(r"(?<![a-zа-яё])(тыс|тысяч\w*|миң|thousands?|tsd|tausend|milliers)"
                       r"(?![a-zа-яё])|'000|’000")
_CURRENCY = re.compile(r"доллар|долл|usd|us\$|dollar|\$")
# A cell that writes an HS code before its name ("01 Живые животные", "0402 – Молоко",
# "01. Live animals"): the code, then a separator, then the name's first non-digit.
_LEADING_CODE = re.compile(r"(\d{2}|\d{4}|\d{6}|\d{8}|\d{10})[\s.:;)\-\u2013\u2014]+(?=[^\d\s])")


def normalise_name(name: str) -> str:
    """A column name compared without letter case and extra whitespace (and without a BOM)."""
    return _SPACES.sub(" ", name.replace("\ufeff", "")).strip().casefold()


def product_key(word: str) -> str:
    """A product word compared without case, extra spaces and a trailing colon or dot."""
    return normalise_name(word).rstrip(":.;").strip()


def guess_product(word: str) -> str:
    """The product code a word of a product column most likely means, or ''.

    ``Всего`` → TOTAL; a cell that begins with its HS code ("01 Живые животные") → ``01``.
    A bare code is no word to translate ('' here: it is read as it stands).
    """
    if product_key(word) in TOTAL_WORDS:
        return "TOTAL"
    return leading_product_code(word)


def leading_product_code(word: str) -> str:
    """The HS code a cell writes before the product's name ("01 Живые животные" → 01), or ''."""
    found = _LEADING_CODE.match(word.strip())
    return found.group(1) if found else ""


def detect_unit(texts: Sequence[str], *, value_column: str = "") -> str | None:
    """The unit a national table names: million-usd, thousand-usd, or None when none is named.

    ``texts`` are its title rows and header cells ("Внешняя торговля …, тыс. долларов США",
    "Tsd. USD", "млн долл."); a text counts when it names dollars too. The value column's own
    name counts without a currency ("Стоимость, тыс."). The first text naming a unit wins.
    """
    candidates = [(value_column, False)] if value_column.strip() else []
    candidates += [(text, True) for text in texts]
    for text, needs_currency in candidates:
        lowered = normalise_name(text)
        if not lowered or (needs_currency and not _CURRENCY.search(lowered)):
            continue
        if _MILLION.search(lowered):
            return MILLION_USD
        if _THOUSAND.search(lowered):
            return THOUSAND_USD
    return None


def header_signature(columns: Sequence[str]) -> str:
    """SHA-256 (hex) of the normalised column names; trailing empty columns do not count."""
    names = [normalise_name(c) for c in columns]
    while names and not names[-1]:
        names.pop()
    return hashlib.sha256("\x1f".join(names).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ColumnMapping:
    """How to read a table: ``columns`` maps a field to the source column's name.

    ``constants`` gives a field one value for every row instead (``{"reporter": "KGZ"}``,
    ``{"product": "TOTAL"}``). ``flow_values`` translates the words of the flow column,
    ``product_values`` those of the product column (``{"Всего": "TOTAL"}``); ``unit`` is
    ``usd``, ``thousand-usd`` or ``million-usd``; ``decimal_comma`` accepts ``1 234,56``.
    """

    columns: Mapping[str, str] = field(default_factory=dict)
    constants: Mapping[str, str] = field(default_factory=dict)
    flow_values: Mapping[str, str] = field(default_factory=dict)
    unit: str = "usd"
    decimal_comma: bool = False
    product_values: Mapping[str, str] = field(default_factory=dict)

    def problems(self, header: Sequence[str] | None = None) -> list[str]:
        """What is wrong with the mapping (for ``header``, if given); empty when usable."""
        return [error.message for error in self.problem_errors(header)]

    def problem_errors(self, header: Sequence[str] | None = None,
                       line: int | None = None) -> list[RowError]:
        """The problems with their codes, as errors of the header at ``line``."""
        found: list[RowError] = []

        def problem(message: str, *, code: str, **args: Any) -> None:
            found.append(RowError(line, "", message, code=code, args=args))

        for name in (*self.columns, *self.constants):
            if name not in FIELDS:
                problem(f"'{name}' is not a field (fields: {', '.join(FIELDS)})",
                        code="mapping_unknown_field", value=name, fields=", ".join(FIELDS))
        for name in REQUIRED_FIELDS:
            if name not in self.columns and not str(self.constants.get(name, "")).strip():
                problem(f"the field '{name}' needs a column or a constant",
                        code="mapping_field_unset", field=name)
        if self.unit not in UNITS:
            problem(f"the unit '{self.unit}' is not usd, thousand-usd or million-usd",
                    code="mapping_unknown_unit", value=self.unit)
        for word, flow in self.flow_values.items():
            if flow not in _FLOWS:
                problem(f"'{word}' is mapped to '{flow}', which is not a flow",
                        code="mapping_unknown_flow", value=word, flow=flow)
        for word, code in self.product_values.items():
            try:
                check_product(code)
            except CellProblem:
                problem(f"'{word}' is mapped to '{code}', which is not TOTAL or an HS code",
                        code="mapping_unknown_product", value=word, product=code)
        if header is not None:
            present = {normalise_name(c) for c in header}
            for name, column in self.columns.items():
                if normalise_name(column) not in present:
                    problem(f"the column '{column}' (for {name}) is not in the header",
                            code="mapping_column_missing", column=column, field=name)
        return found

    def as_json(self) -> dict[str, Any]:
        """A plain dictionary (stored as JSON)."""
        return {"columns": dict(self.columns), "constants": dict(self.constants),
                "flow_values": dict(self.flow_values), "unit": self.unit,
                "decimal_comma": self.decimal_comma, "product_values": dict(self.product_values)}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ColumnMapping:
        """The mapping stored by :meth:`as_json`."""
        return cls(columns=dict(data.get("columns", {})), constants=dict(data.get("constants", {})),
                   flow_values=dict(data.get("flow_values", {})), unit=data.get("unit", "usd"),
                   decimal_comma=bool(data.get("decimal_comma", False)),
                   product_values=dict(data.get("product_values", {})))


@dataclass(frozen=True)
class SavedMapping:
    """A mapping as remembered in the database."""

    id: int
    signature: str
    name: str | None
    columns: list[str]
    mapping: ColumnMapping
    updated_at: str


def save_mapping(store: Store, columns: Sequence[str], mapping: ColumnMapping, *,
                 name: str | None = None) -> SavedMapping:
    """Remember ``mapping`` for tables with the header ``columns`` (replacing an older one)."""
    problems = mapping.problems(columns)
    if problems:
        raise ValidationError("mapping", "invalid_mapping", "; ".join(problems))
    signature = header_signature(columns)
    now = utc_now_text()
    columns_json = json.dumps(list(columns), ensure_ascii=False)
    mapping_json = json.dumps(mapping.as_json(), ensure_ascii=False, sort_keys=True)
    with store.write():
        found = store.conn.execute("SELECT id, uuid FROM import_mappings WHERE signature = ?",
                                   (signature,)).fetchone()
        if found:
            record_id, uuid = found
            store.conn.execute(
                "UPDATE import_mappings SET name = ?, columns_json = ?, mapping_json = ?,"
                " updated_at = ? WHERE id = ?", (name, columns_json, mapping_json, now, record_id))
            action = "update"
        else:
            uuid = new_uuid()
            record_id = store.conn.execute(
                "INSERT INTO import_mappings (uuid, signature, name, columns_json, mapping_json,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (uuid, signature, name, columns_json, mapping_json, now, now)).lastrowid
            action = "insert"
        store.conn.execute(
            "INSERT INTO audit_log (uuid, at, who, action, table_name, record_id, record_uuid,"
            " field, old_value, new_value, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, 'import_mappings', ?, ?, 'mapping_json', NULL, ?, ?, ?)",
            (new_uuid(), now, current_user(), action, record_id, uuid, mapping_json, now, now))
    return SavedMapping(record_id, signature, name, list(columns), mapping, now)


def find_mapping(store: Store, columns_or_signature: Sequence[str] | str) -> SavedMapping | None:
    """The mapping remembered for a header (or its signature), if any."""
    signature = (columns_or_signature if isinstance(columns_or_signature, str)
                 else header_signature(columns_or_signature))
    row = store.conn.execute(
        "SELECT id, signature, name, columns_json, mapping_json, updated_at FROM import_mappings"
        " WHERE signature = ?", (signature,)).fetchone()
    return _saved(row) if row else None


def list_mappings(store: Store) -> list[SavedMapping]:
    """Every remembered mapping, most recently changed first."""
    rows = store.conn.execute(
        "SELECT id, signature, name, columns_json, mapping_json, updated_at FROM import_mappings"
        " ORDER BY updated_at DESC, id DESC").fetchall()
    return [_saved(row) for row in rows]


def delete_mapping(store: Store, mapping_id: int) -> None:
    """Forget a remembered mapping."""
    with store.write():
        found = store.conn.execute("SELECT uuid FROM import_mappings WHERE id = ?",
                                   (mapping_id,)).fetchone()
        if found is None:
            raise ValidationError("mapping", "unknown_record", f"no saved mapping with id {mapping_id}")
        store.conn.execute("DELETE FROM import_mappings WHERE id = ?", (mapping_id,))
        now = utc_now_text()
        store.conn.execute(
            "INSERT INTO audit_log (uuid, at, who, action, table_name, record_id, record_uuid,"
            " created_at, updated_at) VALUES (?, ?, ?, 'delete', 'import_mappings', ?, ?, ?, ?)",
            (new_uuid(), now, current_user(), mapping_id, found[0], now, now))


def _saved(row: tuple[Any, ...]) -> SavedMapping:
    record_id, signature, name, columns_json, mapping_json, updated_at = row
    return SavedMapping(record_id, signature, name, json.loads(columns_json),
                        ColumnMapping.from_json(json.loads(mapping_json)), updated_at)
