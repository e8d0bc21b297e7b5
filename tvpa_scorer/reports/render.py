"""Report and gap-review models -> text, through the Jinja templates in templates/.

Undefined names fail loudly (StrictUndefined) rather than print blanks in a report, and
HTML templates autoescape, so a cable holding `<script>` shows it as text.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from tvpa_scorer.kit.resources import bundled_templates
from tvpa_scorer.reports.cable_view import anchor_id

if TYPE_CHECKING:
    import jinja2

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")


class TemplateError(Exception):
    """A template that cannot be loaded or rendered, in our words."""


def render(template: str, **context: Any) -> str:
    """Render one of the shipped templates with the given names."""
    import jinja2  # loaded on first use: JSON output and the tables never render a template

    try:
        return _environment().get_template(template).render(**context)
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(f"{exc.filename or exc.name}:{exc.lineno}:1: error: template "
                            f"syntax: {exc.message}") from None
    except jinja2.TemplateNotFound as exc:
        raise TemplateError(f"{bundled_templates()}: error: no template '{exc.name}'") from None
    except jinja2.UndefinedError as exc:
        raise TemplateError(f"{template}: error: the template names something the report "
                            f"does not have: {exc.message}") from None


@cache
def _environment() -> jinja2.Environment:
    import jinja2

    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(bundled_templates()),
        undefined=jinja2.StrictUndefined,
        autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2",),
                                            default_for_string=False),
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
    )
    environment.filters.update(md=markdown_text, percent=_percent,
                               status=_status_words, lower_first=_lower_first,
                               anchor=anchor_id)
    return environment


def markdown_text(value: Any) -> str:
    """Text that Markdown shows as written: quotes from cables hold *, _, | and brackets."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(str(value).split()))


def _percent(value: float) -> str:
    return f"{value:.0%}"


def _status_words(value: Any) -> str:
    return str(getattr(value, "value", value)).replace("_", " ")


def _lower_first(value: str) -> str:
    """A title inside a sentence: 'Shelter for victims' -> 'shelter for victims'; 'NGO' stays."""
    head = value.split(" ", 1)[0]
    return value if head.isupper() and len(head) > 1 else value[:1].lower() + value[1:]
