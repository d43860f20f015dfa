"""What the main window needs to know per record type: columns, loader, form, delete, wording."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from database import queries
from database.store import Store
from desktop.formatting import format_date
from desktop.models.columns import Column
from desktop.period_text import period_label

if TYPE_CHECKING:
    from database.services.base import Result


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordKinds", text)


@dataclass(frozen=True)
class RecordKind:
    """One record type as the window shows and edits it."""

    key: str
    plural: str
    icon: str
    columns: Callable[[], list[Column]]
    load: Callable[[Store], list[dict[str, Any]]]
    tables: frozenset[str]
    delete: Callable[[Store, Sequence[int]], Result]
    form: Callable[[], type] | None
    describe: Callable[[dict[str, Any]], str]  # one record as the delete question names it
    # The plural inside a sentence: lower case in English and Russian, but German nouns keep
    # their capital, so it cannot be plural.lower().
    plural_in_text: str = ""


# Services and forms load on first use: the window's start-up needs only the list queries.
def _delete(module: str, function: str) -> Callable[[Store, Sequence[int]], Result]:
    def delete(store: Store, record_ids: Sequence[int]) -> Result:
        import importlib

        return getattr(importlib.import_module(f"database.services.{module}"), function)(
            store, record_ids)
    return delete


def _meeting_form() -> type:
    from desktop.forms.meeting_form import MeetingDialog
    return MeetingDialog


def _commitment_form() -> type:
    from desktop.forms.commitment_form import CommitmentDialog
    return CommitmentDialog


def _initiative_form() -> type:
    from desktop.forms.initiative_form import InitiativeDialog
    return InitiativeDialog


def _trade_figure_form() -> type:
    # The window's form: a new figure starts from the pair of the last one saved.
    from desktop.forms.trade_figure_form import WindowTradeFigureDialog
    return WindowTradeFigureDialog


def _person_form() -> type:
    from desktop.forms.person_form import PersonDialog
    return PersonDialog


def _organisation_form() -> type:
    from desktop.forms.organisation_form import OrganisationDialog
    return OrganisationDialog


def _metric_definition_form() -> type:
    from desktop.forms.metric_definition_form import MetricDefinitionDialog
    return MetricDefinitionDialog


def _quoted(text: str) -> str:
    """A record's title in the quotation marks of the user's language."""
    return _tr("“{0}”").format(text)


def _figure_flow(flow: str) -> str:
    """A figure's flow as a word ("export"), in the user's language."""
    return {"export": _tr("export"), "import": _tr("import")}.get(flow, flow)


# What a list shows for a trade-only property of an indicator (its values are typed per period).
NOT_APPLICABLE = "–"


def _is_indicator(row: dict[str, Any]) -> bool:
    return row.get("kind") == "indicator"


def _metric_kind(row: dict[str, Any]) -> str:
    return {"trade_value": _tr("Trade value"), "trade_quantity": _tr("Trade quantity"),
            "indicator": _tr("Indicator entered by hand")}.get(str(row.get("kind")),
                                                               str(row.get("kind") or ""))


def _plain_amount(key: str) -> Callable[[dict[str, Any]], str]:
    """A list cell showing a value in full with the decimals it has ("10,000.5", "72.5"):
    the unit has its own column."""
    from desktop.formatting import format_number, unit_decimals

    def display(row: dict[str, Any]) -> str:
        value = row.get(key)
        return "" if value in (None, "") else format_number(value, unit_decimals(value))
    return display


def _metric_flow(row: dict[str, Any]) -> str:
    if _is_indicator(row):
        return NOT_APPLICABLE
    return {"turnover": _tr("Turnover"), "export": _tr("Exports"),
            "import": _tr("Imports")}.get(row["flow"], row["flow"])


def _metric_products(row: dict[str, Any]) -> str:
    if _is_indicator(row):
        return NOT_APPLICABLE
    if row["product_scope"] == "hs_chapters":
        return _tr("HS {0}").format(row["product_codes"])
    if row["product_scope"] == "product_group":
        from desktop.reference_names import product_group_name

        return product_group_name(str(row["product_codes"]))
    return _tr("All goods")


def _metric_basis(row: dict[str, Any]) -> str:
    if _is_indicator(row):
        return NOT_APPLICABLE
    return _tr("Rolling 12 months") if row["period_basis"] == "rolling12" else _tr("Annual")


def _initiative_status(row: dict[str, Any]) -> str:
    labels = {"proposed": _tr("Proposed"), "agreed": _tr("Agreed"),
              "in_progress": _tr("In progress"), "completed": _tr("Completed"),
              "stalled": _tr("Stalled"), "cancelled": _tr("Cancelled")}
    return labels.get(str(row["status"]), str(row["status"]))


def _milestones(row: dict[str, Any]) -> str:
    return f"{row['done']}/{row['milestones']}" if row["milestones"] else ""


def _direction(row: dict[str, Any]) -> str:
    return _tr("raise") if row["direction"] == 1 else _tr("reduce")


def record_kinds() -> dict[str, RecordKind]:
    """Every listed record type, keyed by its table name."""
    return {
        "meetings": RecordKind(
            key="meetings", plural=_tr("Meetings"),
            plural_in_text=_tr("meetings"), icon="meetings",
            columns=lambda: [
                Column("meeting_date", _tr("Date"), "date"),
                Column("title", _tr("Title")),
                Column("place", _tr("Place")),
                Column("forum", _tr("Forum / event")),
                Column("countries", _tr("Countries")),
                Column("participants", _tr("Participants"), "number"),
                Column("commitments", _tr("Commitments"), "number"),
                Column("source_citation", _tr("Source")),
            ],
            load=queries.meetings,
            tables=frozenset({"meetings", "meeting_countries", "meeting_participants",
                              "commitments", "people"}),
            delete=_delete("meetings", "delete_meetings"),
            form=_meeting_form,
            describe=lambda r: _tr("“{0}” ({1})").format(r["title"],
                                                         format_date(r["meeting_date"])),
        ),
        "commitments": RecordKind(
            key="commitments", plural=_tr("Commitments"),
            plural_in_text=_tr("commitments"),
            icon="commitments",
            columns=lambda: [
                Column("title", _tr("Commitment")),
                Column("partner_iso3", _tr("Partner")),
                Column("baseline_value", _tr("Baseline"), "number",
                       display=_plain_amount("baseline_value")),
                Column("baseline_period", _tr("Baseline period")),
                Column("target_value", _tr("Target"), "number",
                       display=_plain_amount("target_value")),
                Column("unit", _tr("Unit")),
                Column("deadline", _tr("Deadline"), "date"),
                Column("direction", _tr("Direction"), display=_direction),
                Column("source_meeting", _tr("Source meeting")),
                Column("revisions", _tr("Revisions"), "number"),
                Column("responsible_body", _tr("Responsible")),
            ],
            load=queries.commitments,
            tables=frozenset({"commitments", "commitment_revisions", "meetings"}),
            delete=_delete("commitments", "delete_commitments"),
            form=_commitment_form,
            describe=lambda r: _quoted(r["title"]),
        ),
        "metric_definitions": RecordKind(
            key="metric_definitions",
            plural=_tr("Metric definitions"),
            plural_in_text=_tr("metric definitions"), icon="commitments",
            columns=lambda: [
                Column("name", _tr("Metric definition")),
                Column("kind", _tr("Kind"), display=_metric_kind),
                Column("unit", _tr("Unit")),
                Column("flow", _tr("Flow"), display=_metric_flow),
                Column("reporter_iso3", _tr("Reporter")),
                Column("partner_iso3", _tr("Partner")),
                Column("product_codes", _tr("Products"), display=_metric_products),
                Column("period_basis", _tr("Basis"), display=_metric_basis),
                Column("commitments", _tr("Used by commitments"), "number"),
                Column("description", _tr("Description")),
            ],
            load=queries.metric_definition_list,
            tables=frozenset({"metric_definitions", "commitments"}),
            delete=_delete("metrics", "delete_metric_definitions"),
            form=_metric_definition_form,
            describe=lambda r: _quoted(r["name"]),
        ),
        "initiatives": RecordKind(
            key="initiatives", plural=_tr("Initiatives"),
            plural_in_text=_tr("initiatives"),
            icon="initiatives",
            columns=lambda: [
                Column("title", _tr("Initiative")),
                Column("sector", _tr("Sector")),
                Column("partner_iso3", _tr("Partner")),
                Column("status", _tr("Status"), display=_initiative_status),
                Column("owner", _tr("Owner")),
                Column("start_date", _tr("Start"), "date"),
                Column("due_date", _tr("Due"), "date"),
                Column("milestones", _tr("Milestones done"), display=_milestones),
            ],
            load=queries.initiatives,
            tables=frozenset({"initiatives", "milestones"}),
            delete=_delete("initiatives", "delete_initiatives"),
            form=_initiative_form,
            describe=lambda r: _quoted(r["title"]),
        ),
        "trade_figures": RecordKind(
            key="trade_figures", plural=_tr("Trade figures"),
            plural_in_text=_tr("trade figures"),
            icon="trade",
            columns=lambda: [
                Column("reporter_iso3", _tr("Reporter")),
                Column("partner_iso3", _tr("Partner")),
                Column("period", _tr("Period")),
                Column("flow", _tr("Flow")),
                Column("product_code", _tr("Product")),
                Column("value_usd_cents", _tr("Value (USD)"), "cents"),
                Column("source", _tr("Source")),
                Column("note", _tr("Note")),
            ],
            load=queries.trade_figures,
            tables=frozenset({"trade_figures"}),
            delete=_delete("trade", "delete_trade_figures"),
            form=_trade_figure_form,
            describe=lambda r: _tr("{0}→{1} {2} {3}").format(
                r["reporter_iso3"], r["partner_iso3"], period_label(r["period"]),
                _figure_flow(str(r["flow"]))),
        ),
        "people": RecordKind(
            key="people", plural=_tr("People"),
            plural_in_text=_tr("people"), icon="people",
            columns=lambda: [
                Column("name", _tr("Name")),
                Column("native_name", _tr("Native spelling")),
                Column("country_iso3", _tr("Country")),
                Column("position", _tr("Latest position")),
                Column("meetings", _tr("Meetings"), "number"),
            ],
            load=queries.people,
            tables=frozenset({"people", "positions", "meeting_participants"}),
            delete=_delete("people", "delete_people"),
            form=_person_form,
            describe=lambda r: _quoted(r["name"]),
        ),
        "organisations": RecordKind(
            key="organisations", plural=_tr("Organisations"),
            plural_in_text=_tr("organisations"),
            icon="people",
            columns=lambda: [
                Column("name", _tr("Organisation")),
                Column("short_name", _tr("Short name")),
                Column("kind", _tr("Kind")),
                Column("country_iso3", _tr("Country")),
            ],
            load=queries.organisations,
            tables=frozenset({"organisations"}),
            delete=_delete("people", "delete_organisations"),
            form=_organisation_form,
            describe=lambda r: _quoted(r["name"]),
        ),
    }
