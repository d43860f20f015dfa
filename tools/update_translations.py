"""Extract the translatable strings of the application into Qt .ts files and build the .qm files.

A developer tool, not shipped in the wheel: ``pyside6-lupdate`` does not see our module-level
``_tr("...")`` helpers (it only knows ``tr()`` and ``QCoreApplication.translate``), so this script
walks the source with ``ast`` instead. It recognises

* calls of a translation helper: a function or method whose body is
  ``return QCoreApplication.translate("Context", text[, disambiguation[, n]])``; the context is read
  from the helper's definition, or is the calling class when the helper passes
  ``type(self).__name__``;
* ``self.tr("text"[, "disambiguation"[, n]])`` and ``self.tr_("text")`` (``FormDialog.tr_``), whose
  context is the enclosing class (both look the context up along the class hierarchy at run time);
* a local alias of any of these (``tr = self.tr_`` then ``tr("text")``);
* ``QCoreApplication.translate("Context", "text"[, "disambiguation"[, n]])`` and
  ``QT_TRANSLATE_NOOP("Context", "text")``.

A call whose text is not a string literal (an f-string, a variable) cannot be translated; it is
reported with file:line. Usage, from the repository root::

    python tools/update_translations.py            # update the .ts files, build the .qm files
    python tools/update_translations.py --check    # exit 1 if a .ts is out of date or unfinished
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIRS = ("desktop",)
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
BASENAME = "commitment_tracker"
# Language code of the file name -> the TS language attribute (lrelease takes plural rules from it).
LANGUAGES = {"ru": "ru_RU", "de": "de_DE"}
PLURAL_FORMS = {"ru": 3, "de": 2}
_TRANSLATE_OWNERS = {"QCoreApplication", "QApplication", "QGuiApplication"}
# ``self.<name>(text)`` translates in the context of the class the call is written in.
CLASS_CONTEXT_METHODS = ("tr", "tr_")


# --------------------------------------------------------------------------------------------
# Extraction

@dataclass(frozen=True)
class MessageKey:
    """What identifies a message in a .ts file."""

    context: str
    source: str
    comment: str = ""
    numerus: bool = False


@dataclass
class Found:
    """A message with every place in the source that uses it."""

    key: MessageKey
    locations: list[tuple[str, int]] = field(default_factory=list)


@dataclass(frozen=True)
class Warning_:
    """A translation call the tool cannot extract (file:line and why)."""

    path: str
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text}"


@dataclass(frozen=True)
class _Helper:
    """A function or method that forwards its argument to QCoreApplication.translate."""

    context: str | None  # None: the calling class (type(self).__name__)
    text_param: str
    params: tuple[str, ...]
    comment_param: str | None = None
    comment: str = ""
    n_param: str | None = None


def _is_translate(func: ast.expr) -> bool:
    if isinstance(func, ast.Attribute) and func.attr == "translate":
        return isinstance(func.value, ast.Name) and func.value.id in _TRANSLATE_OWNERS
    return False


def _is_type_self_name(node: ast.expr) -> bool:
    """``type(self).__name__`` or ``self.__class__.__name__``."""
    if not (isinstance(node, ast.Attribute) and node.attr == "__name__"):
        return False
    inner = node.value
    if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Name) and inner.func.id == "type":
        return True
    return (isinstance(inner, ast.Attribute) and inner.attr == "__class__"
            and isinstance(inner.value, ast.Name) and inner.value.id == "self")


def _literal(node: ast.expr | None) -> str | None:
    """The value of a string literal (implicit or ``+`` concatenation included), else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left), _literal(node.right)
        if left is not None and right is not None:
            return left + right
    return None


def _helper_spec(func: ast.FunctionDef, *, method: bool) -> _Helper | None:
    """The helper description when ``func`` only returns QCoreApplication.translate(...)."""
    body = list(func.body)
    if body and isinstance(body[0], ast.Expr) and _literal(body[0].value) is not None:
        body = body[1:]  # the docstring
    if len(body) != 1 or not isinstance(body[0], ast.Return):
        return None
    call = body[0].value
    if not (isinstance(call, ast.Call) and _is_translate(call.func)) or len(call.args) < 2:
        return None
    params = [a.arg for a in func.args.args]
    if method:
        params = params[1:]
    context_node, text_node = call.args[0], call.args[1]
    if not (isinstance(text_node, ast.Name) and text_node.id in params):
        return None
    if _literal(context_node) is not None:
        context: str | None = _literal(context_node)
    elif method and _is_type_self_name(context_node):
        context = None
    else:
        return None
    comment_param, comment = None, ""
    if len(call.args) > 2:
        node = call.args[2]
        if isinstance(node, ast.Name) and node.id in params:
            comment_param = node.id
        elif _literal(node) is not None:
            comment = _literal(node) or ""
    n_param = None
    if len(call.args) > 3 and isinstance(call.args[3], ast.Name) and call.args[3].id in params:
        n_param = call.args[3].id
    return _Helper(context, text_node.id, tuple(params), comment_param, comment, n_param)


def _argument(call: ast.Call, params: tuple[str, ...], name: str | None) -> ast.expr | None:
    if name is None:
        return None
    index = params.index(name)
    if index < len(call.args):
        return call.args[index]
    for keyword in call.keywords:
        if keyword.arg == name:
            return keyword.value
    return None


def _is_numerus(node: ast.expr | None) -> bool:
    if node is None:
        return False
    return not (isinstance(node, ast.UnaryOp) and isinstance(node.operand, ast.Constant)) and not (
        isinstance(node, ast.Constant) and node.value in (None, -1))


def _method_helpers(trees: dict[str, ast.Module]) -> dict[str, _Helper]:
    """Helper methods by name, over all modules (``tr_`` is defined once and inherited)."""
    helpers: dict[str, _Helper] = {}
    for tree in trees.values():
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            for item in cls.body:
                if isinstance(item, ast.FunctionDef):
                    spec = _helper_spec(item, method=True)
                    if spec is not None:
                        helpers[item.name] = spec
    return helpers


class _Visitor(ast.NodeVisitor):
    def __init__(self, path: str, functions: dict[str, _Helper],
                 methods: dict[str, _Helper]) -> None:
        self.path = path
        self.functions = functions
        self.methods = methods
        self.classes: list[str] = []
        self.aliases: list[dict[str, ast.expr]] = [{}]  # ``tr = self.tr_`` inside a function
        self.found: list[tuple[MessageKey, int]] = []
        self.warnings: list[Warning_] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        # A helper's own body passes a variable to translate(): nothing to extract there.
        if _helper_spec(node, method=bool(self.classes)) is not None or (
                self.classes and node.name in CLASS_CONTEXT_METHODS):
            return
        aliases = dict(self.aliases[-1])
        for statement in ast.walk(node):
            if (isinstance(statement, ast.Assign) and len(statement.targets) == 1
                    and isinstance(statement.targets[0], ast.Name)
                    and self._translating(statement.value)):
                aliases[statement.targets[0].id] = statement.value
        self.aliases.append(aliases)
        self.generic_visit(node)
        self.aliases.pop()

    def _translating(self, func: ast.expr) -> bool:
        """Whether ``func`` names a translation function (for local aliases)."""
        if isinstance(func, ast.Name):
            return func.id in self.functions
        return (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
                and func.value.id == "self"
                and (func.attr in CLASS_CONTEXT_METHODS or func.attr in self.methods))

    def _add(self, node: ast.Call, context: str | None, text: ast.expr | None,
             comment: str, numerus: bool, what: str) -> None:
        if context is None:
            self.warnings.append(Warning_(self.path, node.lineno, f"{what} outside a class"))
            return
        source = _literal(text)
        if source is None:
            code = ast.unparse(text) if text is not None else "?"
            self.warnings.append(Warning_(
                self.path, node.lineno, f"{what}({code}) is not a string literal; it cannot be "
                "translated (use a literal with %1 or {0} placeholders)"))
            return
        self.found.append((MessageKey(context, source, comment, numerus), node.lineno))

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Name) and func.id in self.aliases[-1]:
            func = self.aliases[-1][func.id]
        current = self.classes[-1] if self.classes else None
        if isinstance(func, ast.Name) and func.id in self.functions:
            self._helper_call(node, self.functions[func.id], current, func.id)
        elif (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
              and func.value.id == "self"):
            if func.attr in CLASS_CONTEXT_METHODS:
                args = node.args
                comment = (_literal(args[1]) or "") if len(args) > 1 else ""
                self._add(node, current, args[0] if args else None, comment,
                          len(args) > 2 and _is_numerus(args[2]), f"self.{func.attr}")
            elif func.attr in self.methods:
                self._helper_call(node, self.methods[func.attr], current, f"self.{func.attr}")
        elif _is_translate(func) or (isinstance(func, ast.Name)
                                     and func.id == "QT_TRANSLATE_NOOP"):
            args = node.args
            context = _literal(args[0]) if args else None
            if context is None:
                self.warnings.append(Warning_(self.path, node.lineno,
                                              "translate() with a context that is not a literal"))
            else:
                comment = _literal(args[2]) if len(args) > 2 else None
                self._add(node, context, args[1] if len(args) > 1 else None, comment or "",
                          len(args) > 3 and _is_numerus(args[3]), "translate")
        self.generic_visit(node)

    def _helper_call(self, node: ast.Call, helper: _Helper, current: str | None,
                     what: str) -> None:
        context = helper.context if helper.context is not None else current
        comment = helper.comment
        if helper.comment_param is not None:
            comment = _literal(_argument(node, helper.params, helper.comment_param)) or ""
        numerus = _is_numerus(_argument(node, helper.params, helper.n_param))
        self._add(node, context, _argument(node, helper.params, helper.text_param), comment,
                  numerus, what)


def source_files(root: Path = ROOT) -> list[Path]:
    """The Python files scanned for translatable strings, in a stable order."""
    files: list[Path] = []
    for folder in SOURCE_DIRS:
        files.extend(p for p in (root / folder).rglob("*.py") if "__pycache__" not in p.parts)
    return sorted(files)


def extract(root: Path = ROOT) -> tuple[dict[MessageKey, Found], list[Warning_]]:
    """Every translatable message under ``root`` with its locations, and the warnings."""
    trees: dict[str, ast.Module] = {}
    for path in source_files(root):
        relative = path.relative_to(root).as_posix()
        trees[relative] = ast.parse(path.read_text(encoding="utf-8"), filename=relative)
    methods = _method_helpers(trees)
    messages: dict[MessageKey, Found] = {}
    warnings: list[Warning_] = []
    own = {relative: {node.name: spec for node in tree.body
                      if isinstance(node, ast.FunctionDef)
                      and (spec := _helper_spec(node, method=False)) is not None}
           for relative, tree in trees.items()}
    for relative, tree in trees.items():
        functions = dict(own[relative])
        # A helper imported from another module (``from desktop.reports.report_html import
        # _tr``) translates in the context of the module that defines it.
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.module and not node.level:
                source = node.module.replace(".", "/") + ".py"
                for alias in node.names:
                    if alias.name in own.get(source, {}):
                        functions[alias.asname or alias.name] = own[source][alias.name]
        visitor = _Visitor(relative, functions, methods)
        visitor.visit(tree)
        warnings.extend(visitor.warnings)
        for key, line in visitor.found:
            messages.setdefault(key, Found(key)).locations.append((relative, line))
    return messages, warnings


# --------------------------------------------------------------------------------------------
# The TS file

@dataclass
class TsMessage:
    """One message of a .ts file."""

    key: MessageKey
    translation: str = ""
    numerus_forms: list[str] = field(default_factory=list)
    type: str = "unfinished"  # "", "unfinished", "vanished" or "obsolete"
    locations: list[tuple[str, int]] = field(default_factory=list)
    extra: list[ET.Element] = field(default_factory=list)  # e.g. translatorcomment, kept as is

    @property
    def translated(self) -> bool:
        """Whether every form has text."""
        if self.key.numerus:
            return bool(self.numerus_forms) and all(f.strip() for f in self.numerus_forms)
        return bool(self.translation.strip())

    def texts(self) -> list[str]:
        """The translated texts (one per plural form for numerus messages)."""
        return list(self.numerus_forms) if self.key.numerus else [self.translation]


def ts_path(code: str, folder: Path = TRANSLATIONS_DIR) -> Path:
    """Where the .ts file of a language lives."""
    return folder / f"{BASENAME}_{code}.ts"


def read_ts(path: Path) -> dict[MessageKey, TsMessage]:
    """The messages of a .ts file (empty when it does not exist yet)."""
    if not path.exists():
        return {}
    root = ET.parse(path).getroot()
    result: dict[MessageKey, TsMessage] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            numerus = message.get("numerus") == "yes"
            key = MessageKey(name, message.findtext("source") or "",
                             message.findtext("comment") or "", numerus)
            element = message.find("translation")
            forms = [f.text or "" for f in element.iter("numerusform")] if element is not None else []
            text = "" if numerus or element is None else (element.text or "")
            locations = [(loc.get("filename", ""), int(loc.get("line", "0")))
                         for loc in message.iter("location")]
            extra = [child for child in message
                     if child.tag not in ("location", "source", "comment", "translation")]
            result[key] = TsMessage(key, text, forms,
                                    element.get("type", "") if element is not None else "unfinished",
                                    locations, extra)
    return result


def _escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def render_ts(messages: Iterable[TsMessage], language: str) -> str:
    """The .ts XML, contexts and messages sorted so the file diffs well."""
    by_context: dict[str, list[TsMessage]] = {}
    for message in messages:
        by_context.setdefault(message.key.context, []).append(message)
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{language}" sourcelanguage="en_US">']
    for context in sorted(by_context):
        lines += ["<context>", f"    <name>{_escape(context)}</name>"]
        for message in sorted(by_context[context],
                              key=lambda m: (m.key.source, m.key.comment, m.key.numerus)):
            numerus = ' numerus="yes"' if message.key.numerus else ""
            lines.append(f"    <message{numerus}>")
            for filename, line in message.locations:
                lines.append(f'        <location filename="{_escape(filename)}" line="{line}"/>')
            lines.append(f"        <source>{_escape(message.key.source)}</source>")
            if message.key.comment:
                lines.append(f"        <comment>{_escape(message.key.comment)}</comment>")
            for element in message.extra:
                lines.append("        " + ET.tostring(element, encoding="unicode").strip())
            kind = f' type="{message.type}"' if message.type else ""
            if message.key.numerus:
                lines.append(f"        <translation{kind}>")
                for form in message.numerus_forms:
                    lines.append(f"            <numerusform>{_escape(form)}</numerusform>")
                lines.append("        </translation>")
            else:
                lines.append(f"        <translation{kind}>{_escape(message.translation)}"
                             "</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def merge(found: dict[MessageKey, Found], existing: dict[MessageKey, TsMessage], code: str,
          ts_folder: Path) -> list[TsMessage]:
    """The new message list: translations kept, new ones unfinished, vanished ones marked."""
    merged: list[TsMessage] = []
    for key, item in found.items():
        old = existing.get(key)
        locations = [(os.path.relpath(ROOT / path, ts_folder).replace(os.sep, "/"), line)
                     for path, line in item.locations]
        if old is None:
            forms = [""] * PLURAL_FORMS[code] if key.numerus else []
            merged.append(TsMessage(key, "", forms, "unfinished", locations))
            continue
        kind = "" if old.translated and old.type in ("", "vanished", "obsolete") else "unfinished"
        if old.type == "unfinished" and old.translated:
            kind = "unfinished"  # a translator's draft stays a draft until they finish it
        merged.append(TsMessage(key, old.translation, old.numerus_forms, kind, locations,
                                old.extra))
    for key, old in existing.items():
        # A message no longer in the source keeps its translation (it may come back), marked as
        # vanished; one that was never translated is simply dropped, as lupdate does.
        if key not in found and old.translated:
            merged.append(TsMessage(key, old.translation, old.numerus_forms, "vanished", [],
                                    old.extra))
    return merged


# --------------------------------------------------------------------------------------------
# Checks shared with the tests

_PLACEHOLDER = re.compile(r"%(?:\d{1,2}|n|L\d)|\{[^{}]*\}")


def placeholders(text: str) -> list[str]:
    """The placeholders of a message (``%1``, ``%n``, ``{0}``, ``{name}``), sorted."""
    return sorted(_PLACEHOLDER.findall(text.replace("{{", "").replace("}}", "")))


def accelerators(text: str) -> int:
    """How many single ``&`` (keyboard accelerators) a text has; ``&&`` is a literal ampersand."""
    return len(re.findall(r"(?<!&)&(?!&)", text.replace("&&", "")))


def problems(message: TsMessage) -> list[str]:
    """What a finished translation gets wrong against its source (placeholders, &, trailing …)."""
    found: list[str] = []
    source = message.key.source
    for text in message.texts():
        wanted = placeholders(source)
        got = placeholders(text)
        if message.key.numerus:
            wanted = [p for p in wanted if p != "%n"]
            got = [p for p in got if p != "%n"]
        if wanted != got:
            found.append(f"placeholders {wanted} became {got} in {text!r}")
        if accelerators(source) != accelerators(text):
            found.append(f"accelerator '&' count differs in {text!r}")
        if source.endswith("…") != text.endswith("…"):
            found.append(f"trailing '…' differs in {text!r}")
        if source.endswith(":") != text.endswith(":"):
            found.append(f"trailing ':' differs in {text!r}")
    return found


@dataclass
class Report:
    """What ``--check`` finds for one language."""

    code: str
    missing: list[MessageKey] = field(default_factory=list)
    stale: list[MessageKey] = field(default_factory=list)
    unfinished: list[MessageKey] = field(default_factory=list)
    broken: list[str] = field(default_factory=list)
    total: int = 0

    @property
    def ok(self) -> bool:
        """True when every message of the source has a finished, consistent translation.

        Stale messages (in the .ts, gone from the source) do no harm at run time; the next
        update marks them vanished, so they are reported but do not fail the check.
        """
        return not (self.missing or self.unfinished or self.broken)


def check(found: dict[MessageKey, Found], code: str,
          folder: Path = TRANSLATIONS_DIR) -> Report:
    """Compare a language's .ts file with the messages in the source."""
    existing = read_ts(ts_path(code, folder))
    active = {k: m for k, m in existing.items() if m.type not in ("vanished", "obsolete")}
    report = Report(code, total=len(found))
    report.missing = sorted((k for k in found if k not in active), key=_order)
    report.stale = sorted((k for k in active if k not in found), key=_order)
    for key in sorted(found, key=_order):
        message = active.get(key)
        if message is None:
            continue
        if message.type == "unfinished" or not message.translated:
            report.unfinished.append(key)
        elif key.numerus and len(message.numerus_forms) != PLURAL_FORMS[code]:
            report.broken.append(f"{key.context}: {key.source!r}: "
                                 f"{len(message.numerus_forms)} plural forms, "
                                 f"{PLURAL_FORMS[code]} needed")
        else:
            report.broken += [f"{key.context}: {key.source!r}: {p}" for p in problems(message)]
    return report


def _order(key: MessageKey) -> tuple[str, str, str, bool]:
    return (key.context, key.source, key.comment, key.numerus)


# --------------------------------------------------------------------------------------------
# Building the .qm files

def lrelease_path() -> Path:
    """The lrelease binary that ships inside the PySide6(-Essentials) wheel."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).exists():
            return folder / name
    raise FileNotFoundError(f"lrelease not found in {folder}")


def build_qm(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm`` (unfinished messages are left out by lrelease)."""
    done = subprocess.run([str(lrelease_path()), "-silent", str(ts), "-qm", str(qm)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0 or not qm.exists():
        raise RuntimeError(f"lrelease failed on {ts}: {done.stdout}{done.stderr}")


def update(folder: Path = TRANSLATIONS_DIR) -> dict[str, tuple[int, int]]:
    """Rewrite every .ts from the source and rebuild its .qm; (translated, total) per language."""
    found, _warnings = extract()
    counts: dict[str, tuple[int, int]] = {}
    for code, language in LANGUAGES.items():
        path = ts_path(code, folder)
        merged = merge(found, read_ts(path), code, folder)
        path.write_text(render_ts(merged, language), encoding="utf-8")
        build_qm(path, path.with_suffix(".qm"))
        active = [m for m in merged if m.type != "vanished"]
        counts[code] = (sum(1 for m in active if m.type == ""), len(active))
    return counts


def _print_keys(title: str, keys: list[MessageKey]) -> Iterator[str]:
    if keys:
        yield f"  {title}: {len(keys)}"
        for key in keys[:20]:
            yield f"    {key.context}: {key.source!r}"
        if len(keys) > 20:
            yield f"    … and {len(keys) - 20} more"


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: update (default) or ``--check``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if a .ts file is missing messages, has "
                             "unfinished ones, or a translation breaks a placeholder")
    args = parser.parse_args(argv)
    found, warnings = extract()
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if not args.check:
        for code, (done, total) in update().items():
            print(f"{ts_path(code).name}: {done} of {total} messages translated")
        return 0
    status = 0
    for code in LANGUAGES:
        report = check(found, code)
        print(f"{ts_path(code).name}: {report.total} messages, {len(report.missing)} missing, "
              f"{len(report.stale)} stale, {len(report.unfinished)} unfinished, "
              f"{len(report.broken)} broken")
        for line in (*_print_keys("missing", report.missing), *_print_keys("stale", report.stale),
                     *_print_keys("unfinished", report.unfinished)):
            print(line)
        for problem in report.broken[:50]:
            print(f"  broken: {problem}")
        status = status or (0 if report.ok else 1)
    return status


if __name__ == "__main__":
    sys.exit(main())
