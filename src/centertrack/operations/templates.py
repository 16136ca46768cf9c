"""The blank forms the provinces fill in, prefilled with their own districts or LAOs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from centertrack.catalog import Said
from centertrack.errors import CentertrackError

if TYPE_CHECKING:
    from centertrack.reference import Province
    from centertrack.template import Template, TemplateLevel


def provinces(names: Sequence[str], every: bool) -> list[Province]:
    """The provinces asked for: each name (Thai, English or a code) once, or all 76 with ``every``."""
    from centertrack.reference import load_reference

    reference = load_reference()
    if every:
        if names:
            raise CentertrackError("all-and-provinces")
        return list(reference.supervised)
    if not names:
        raise CentertrackError("no-province")
    found: list[Province] = []
    for name in names:
        match = reference.match(name)
        if match is None or not match.province.supervised:
            close = [p.name_th for p in reference.closest(name) if p.supervised]
            suggestion = Said("did-you-mean-names", {"names_th": close}) if close else ""
            code = "template-province-not-under-dla" if match else "template-province-unknown"
            raise CentertrackError(code, field="province", value=name, did_you_mean=suggestion)
        if match.province not in found:
            found.append(match.province)
    return found


def templates(
    indicator: str,
    found: Sequence[Province],
    level: TemplateLevel | None = None,
    period: dt.date | None = None,
) -> list[Template]:
    """One template per province, at ``level`` (default: a row per district or LAO, as the indicator
    counts), for the round of ``period`` (default: this month)."""
    from centertrack.indicators import get_indicator
    from centertrack.template import build_template, default_level

    chosen = get_indicator(indicator)
    detail = level or default_level(chosen)
    month = period or dt.date.today().replace(day=1)
    return [build_template(chosen, p, detail, month) for p in found]


def check_target(target: Path, several: bool, bundle: bool, indicator: str) -> None:
    """Refuse a name that does not say what is written: an .xlsx for one, a folder (or a .zip with
    ``bundle``) for several."""
    suffix = target.suffix.lower()
    if bundle and suffix != ".zip":
        raise CentertrackError("template-zip-name", field="output", value=str(target), indicator=indicator)
    if not bundle and not several and suffix != ".xlsx":
        raise CentertrackError("template-xlsx-name", field="output", value=str(target))
    if not bundle and several and suffix in (".xlsx", ".zip"):
        raise CentertrackError("templates-folder-name", field="output", value=str(target))


def write_templates(
    found: Sequence[Template], target: Path, several: bool, bundle: bool = False, force: bool = False
) -> None:
    """One workbook to ``target``; several into the folder ``target`` (every name refused before any
    is written), or one zip of them with ``bundle``."""
    from centertrack.output import check_output, write_folder, write_output
    from centertrack.reports.template_xlsx import template_xlsx, templates_zip

    if bundle or not several:
        check_output(target, force=force)
        if bundle:
            content = templates_zip([(t.file_name, template_xlsx(t)) for t in found])
        else:
            content = template_xlsx(found[0])
        write_output(target, content, force=force)
        return
    if target.exists() and not target.is_dir():
        raise CentertrackError("templates-not-a-folder", field="output", value=str(target))
    # Whole or not at all (output.write_folder): Ctrl-C leaves no half folder of templates.
    for t in found:  # every name refused before any is made
        check_output(target / t.file_name, force=force)
    write_folder(target, ((t.file_name, template_xlsx(t)) for t in found), force=force)
