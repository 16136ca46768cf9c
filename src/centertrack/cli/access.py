"""`centertrack access …`: the links through which each provincial office sends its own sheet to the page
(`serve`) and sees its verdict at once; made, listed and revoked."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from centertrack.catalog import words
from centertrack.cli.console import lang
from centertrack.cli.options import DbOpt, LangChoice, LangOpt, ReportFormat

access_app = typer.Typer(name="access", no_args_is_help=True, rich_markup_mode="rich")

ProvinceRequired = Annotated[str, typer.Option("--province")]
FormatOpt = Annotated[ReportFormat, typer.Option("--format", "-f")]


@access_app.command("add")
def add(
    province: ProvinceRequired,
    db: DbOpt = None,
    format: FormatOpt = ReportFormat.text,
    _lang: LangOpt = LangChoice.th,
) -> None:
    """A new link for one provincial office, shown once. Its help is in catalog/round_help.py."""
    from centertrack.operations.access import add as make

    made = make(province, db)
    if format is ReportFormat.json:
        sys.stdout.write(json.dumps(made.to_dict(), ensure_ascii=False) + "\n")
        return
    name = _name(made.province)
    sys.stdout.write(words("access-made").say(lang(), province=name, url=made.url) + "\n")


@access_app.command("list")
def list_(db: DbOpt = None, format: FormatOpt = ReportFormat.text, _lang: LangOpt = LangChoice.th) -> None:
    """The links made, without their secrets. Its help is in catalog/round_help.py."""
    from centertrack.cli.history import log_time
    from centertrack.operations.access import listed

    found = listed(db)
    if format is ReportFormat.json:
        sys.stdout.write(json.dumps({"links": [link.to_dict() for link in found]}, ensure_ascii=False) + "\n")
        return
    if not found:
        sys.stdout.write(words("access-none").say(lang()) + "\n")
    for link in found:
        state = words("access-revoked" if link.revoked else "access-live").say(lang())
        sys.stdout.write(f"{_name(link.province)}  {log_time(link.created, lang())}  {link.who}  {state}\n")


@access_app.command("revoke")
def revoke(province: ProvinceRequired, db: DbOpt = None, _lang: LangOpt = LangChoice.th) -> None:
    """Revoke every live link of one office. Its help is in catalog/round_help.py."""
    from centertrack.operations.access import revoke as cut
    from centertrack.operations.inputs import province as code_of

    count = cut(province, db)
    sys.stdout.write(
        words("access-revoked-now").say(lang(), province=_name(code_of(province)), count=count) + "\n"
    )


def _name(code: str) -> str:
    from centertrack.reference import load_reference

    return load_reference().by_code[code].label(lang())
