"""`centertrack template`: the blank workbook each province fills in, prefilled with its own places."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from centertrack.cli.console import err, fail
from centertrack.cli.options import DetailLevel, ForceOpt, LangChoice, LangOpt
from centertrack.errors import CentertrackError, UsageError

if TYPE_CHECKING:
    from centertrack.reference import Province


def _required_indicator(value: str) -> str:
    from centertrack.indicators import get_indicator

    try:
        get_indicator(value)
    except UsageError as error:  # said as the other commands say it, in the run's language
        fail(error)
    return value


def template(
    indicator: Annotated[
        str,
        typer.Option(
            "--indicator",
            "-i",
            callback=_required_indicator,
            metavar="ID",
            help="The indicator's id: 4.2 (a row per district) or 4.1 (a row per LAO), ….",
        ),
    ],
    output: Annotated[
        Path,
        typer.Option(
            "--output", "-o", help="One province: its .xlsx. Several: a folder, or a .zip with --zip."
        ),
    ],
    province: Annotated[
        list[str] | None,
        typer.Option("--province", "-p", help="A province (Thai or English name, or code); repeat for more."),
    ] = None,
    every: Annotated[
        bool, typer.Option("--all", help="Every province DLA supervises (76), one workbook each.")
    ] = False,
    level: Annotated[
        DetailLevel | None,
        typer.Option(
            "--level",
            help="district (4.2) or lao (4.1): a row per place, the default; province: the letter's form.",
        ),
    ] = None,
    period: Annotated[
        str | None,
        typer.Option(
            "--period", metavar="YYYY-MM", help="The round's month, CE or BE year; default: this one."
        ),
    ] = None,
    bundle: Annotated[
        bool, typer.Option("--zip", help="Bundle the workbooks into the .zip -o names.")
    ] = False,
    lang: LangOpt = LangChoice.th,
    force: ForceOpt = False,
) -> None:
    """Write the blank form each province fills in: its districts or LAOs listed, dropdowns, checks, คำชี้แจง.

    What comes back reads without an issue: the places are written as the reference has them, and
    every column is one the readers take. A blank one sent back is reported as not filled in.

    Example: [bold]centertrack template --indicator 4.2 --province ฉะเชิงเทรา --period 2018-04 -o form.xlsx[/]
    """
    import datetime as dt

    from centertrack.indicators import get_indicator
    from centertrack.output import check_output, make_folder, write_output
    from centertrack.reports.template_xlsx import template_xlsx, templates_zip
    from centertrack.template import build_template, default_level, parse_period

    try:
        chosen = get_indicator(indicator)
        provinces = _provinces(province or [], every)
        several = every or len(provinces) > 1
        if bundle and output.suffix.lower() != ".zip":
            raise UsageError(
                (
                    f"{output}: --zip writes a .zip; name it so (e.g. templates-{chosen.id}.zip)",
                    f"{output}: --zip เขียนไฟล์ .zip ตั้งชื่อให้ลงท้ายด้วย .zip (เช่น templates-{chosen.id}.zip)",
                )
            )
        if not bundle and not several and output.suffix.lower() != ".xlsx":
            raise UsageError(
                (
                    f"{output}: a template is an .xlsx; name it so",
                    f"{output}: แบบรายงานเป็นไฟล์ .xlsx ตั้งชื่อให้ลงท้ายด้วย .xlsx",
                )
            )
        if not bundle and several and output.suffix.lower() in (".xlsx", ".zip"):
            raise UsageError(
                (
                    f"{output}: several provinces are written into a folder; name one (or use --zip)",
                    f"{output}: แบบรายงานหลายจังหวัดเขียนลงโฟลเดอร์ ให้ระบุชื่อโฟลเดอร์ (หรือใช้ --zip)",
                )
            )
        round_ = parse_period(period) if period else dt.date.today().replace(day=1)
        detail = level.value if level else default_level(chosen)
        templates = [build_template(chosen, p, detail, round_) for p in provinces]
        rows = sum(len(t.rows) for t in templates)
        if bundle or not several:
            check_output(output, force=force)
            if bundle:
                content = templates_zip([(t.file_name, template_xlsx(t)) for t in templates])
            else:
                content = template_xlsx(templates[0])
            write_output(output, content, force=force)
        else:
            if output.exists() and not output.is_dir():
                raise UsageError(
                    (
                        f"{output}: not a folder; several templates go into a folder",
                        f"{output}: ไม่ใช่โฟลเดอร์ แบบรายงานหลายฉบับต้องเขียนลงโฟลเดอร์",
                    )
                )
            if not output.parent.is_dir():
                raise UsageError(
                    (
                        f"{output}: the folder {output.parent} does not exist",
                        f"{output}: ไม่มีโฟลเดอร์ {output.parent} สร้างโฟลเดอร์ก่อน หรือเลือกโฟลเดอร์อื่น",
                    )
                )
            for t in templates:  # every name refused before any is written
                if (output / t.file_name).exists() and not force:
                    check_output(output / t.file_name, force=force)
            make_folder(output)
            for t in templates:
                write_output(output / t.file_name, template_xlsx(t), force=force)
        if lang == "th":
            what = f"{len(templates)} แบบรายงาน, {rows:,} {templates[0].place_unit}"
        else:
            units = {"province": "province", "district": "district", "lao": "LAO"}[detail]
            what = f"{len(templates)} workbook{'s' * several}, {rows:,} {units} row{'s' * (rows != 1)}"
        err().print(f"✓ {output} ({what})", highlight=False)
    except CentertrackError as error:
        fail(error)


def _provinces(names: list[str], every: bool) -> list[Province]:
    from centertrack.reference import load_reference

    reference = load_reference()
    if every:
        if names:
            raise UsageError(("--all or --province, not both", "ใช้ --all หรือ --province อย่างใดอย่างหนึ่ง"))
        return list(reference.supervised)
    if not names:
        raise UsageError(
            (
                "name a province with --province (repeat it for more), or use --all",
                "ระบุจังหวัดด้วย --province (ใส่ซ้ำได้หลายจังหวัด) หรือใช้ --all สำหรับทุกจังหวัด",
            )
        )
    found: list[Province] = []
    for name in names:
        match = reference.match(name)
        if match is None or not match.province.supervised:
            close = [p.name_th for p in reference.closest(name) if p.supervised]
            why = "Bangkok is not under DLA" if match else "not a province"
            why_th = "กรุงเทพมหานครไม่อยู่ในความรับผิดชอบของกรมส่งเสริมการปกครองท้องถิ่น" if match else "ไม่ใช่ชื่อจังหวัด"
            hint = f": did you mean {' or '.join(close)}?" if close else ""
            hint_th = f" (หมายถึง {' หรือ '.join(close)} หรือไม่?)" if close else ""
            raise UsageError((f"--province {name!r}: {why}{hint}", f"--province {name!r}: {why_th}{hint_th}"))
        if match.province not in found:
            found.append(match.province)
    return found
