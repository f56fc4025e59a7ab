"""The single-file HTML dossier, the notebook summary, and the page shell shared with the web UI.

Templates autoescape everything; the only unescaped strings are the project's own CSS and JS
bundles, inlined so the file works offline, and allowed by hash in the page's CSP so that no
other script could run even if one slipped in.
"""

from __future__ import annotations

import base64
import hashlib
from functools import lru_cache
from importlib import resources
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from firsthand.model import Dossier
from firsthand.report.view import DERIVATION_KINDS, VERDICTS, dossier_view


def _csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _static(name: str, closing_tag: str) -> str:
    text = resources.files("firsthand.report").joinpath("static", name).read_text("utf-8")
    if closing_tag in text.lower():
        raise ValueError(f"static/{name} contains {closing_tag!r}, which would end it early")
    return text


@lru_cache(maxsize=1)
def environment() -> Environment:
    css = _static("dossier.css", "</style")
    js = _static("dossier.js", "</script")
    env = Environment(
        loader=PackageLoader("firsthand.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        css=Markup(css),
        js=Markup(js),
        csp=(
            f"default-src 'none'; script-src {_csp_hash(js)}; style-src {_csp_hash(css)}; "
            "img-src data:; form-action 'self'; base-uri 'none'"
        ),
        verdicts=VERDICTS,
        derivation_kinds=DERIVATION_KINDS,
    )
    return env


def render(template: str, **context: Any) -> str:
    return environment().get_template(template).render(**context)


def dossier_title(dossier: Dossier) -> str:
    if len(dossier.stories) == 1 and dossier.stories[0].title:
        return dossier.stories[0].title
    return f"Dossier of {len(dossier.articles)} articles"


def render_dossier(dossier: Dossier) -> str:
    """The whole dossier as one self-contained HTML page."""
    return render(
        "dossier.html", dossier=dossier, view=dossier_view(dossier), title=dossier_title(dossier)
    )


def render_summary(dossier: Dossier) -> str:
    """A short HTML table of the stories, for notebooks (`Dossier._repr_html_`)."""
    return render("summary.html", dossier=dossier, view=dossier_view(dossier))
