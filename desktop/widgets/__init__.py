"""Reusable input widgets: exact numbers, optional dates, trade periods and countries."""

from desktop.widgets.country_picker import CountryComboBox, CountryListPicker
from desktop.widgets.date_edit import OptionalDateEdit
from desktop.widgets.number_edit import NumberEdit
from desktop.widgets.period_edit import PeriodEdit

__all__ = [
    "CountryComboBox",
    "CountryListPicker",
    "NumberEdit",
    "OptionalDateEdit",
    "PeriodEdit",
]
