"""`tvpa-scorer validate`: the rule files checked as a compiler would."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from tvpa_scorer import __version__
from tvpa_scorer.commands.common import fail
from tvpa_scorer.commands.options import EXIT_FOUND
from tvpa_scorer.evidence.match import Matcher
from tvpa_scorer.evidence.rule_examples import check_examples
from tvpa_scorer.kit.diagnostics import FORMATS, problems_text
from tvpa_scorer.kit.problems import errors_among, sorted_problems
from tvpa_scorer.kit.resources import bundled_rules, bundled_templates
from tvpa_scorer.rules.load import load_rules
from tvpa_scorer.rules.names import template_marks


@click.command()
@click.argument("rules_dir", required=False, type=click.Path(path_type=Path), metavar="[RULES]")
@click.option("--strict", is_flag=True,
              help="Fail on warnings too (a concept no rule reads), as rule CI should.")
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="text",
              show_default=True,
              help="text for people; json for tools; github for workflow annotations on the "
                   "pull request; sarif (2.1.0) for code-scanning tools.")
def validate(rules_dir: Path | None, strict: bool, output_format: str) -> None:
    """Check rule files as a compiler would; print every problem as 'path:line:col: error: ...'.

    Checks: the schema of every file (unknown keys, with a did-you-mean), ids defined
    once, criteria naming rules that exist, rules used by some criterion, topics and
    number kinds that exist, concepts that exist (with a did-you-mean), terms listed under
    one concept only, patterns that compile and cannot backtrack catastrophically, and every
    rule's own examples (a 'match' that does not fire or a 'no_match' that does is an
    error), the context modifiers the code reads by name (a modifier renamed in context.yml
    but not in the code is an error), and the marks the report templates style. A concept of
    the lexicon that no rule names, and a flag modifier nothing reads, are warnings. RULES is a
    rules directory; without it, the rules shipped with tvpa-scorer.

    Problems go to standard output, as linters print them; in text, a count follows them
    there. Exit status 1 when there are errors (or, with --strict, warnings); 2 when RULES is
    no directory.

    \b
    Examples:
      tvpa-scorer validate --strict rules
      tvpa-scorer validate --format github rules      # annotations in a GitHub workflow
      tvpa-scorer validate --format sarif rules > rules.sarif
    """
    directory = rules_dir or bundled_rules()
    if not directory.is_dir():
        fail(f"{directory}: error: no such rules directory")
    rule_set, problems = load_rules(directory)
    if rule_set is not None:
        problems += check_examples(rule_set, Matcher(rule_set))
        problems += template_marks(bundled_templates(), (modifier.modifier_id for modifier
                                                         in rule_set.context.modifiers))
    problems = sorted_problems(problems)
    click.echo(problems_text(problems, output_format, __version__), nl=False)
    # the count is for people: in text it follows the problems; beside JSON or SARIF it
    # goes to standard error, so standard output stays one document
    to_stderr = output_format != "text"
    if rule_set is None or problems:
        click.echo(f"{directory}: {len(problems)} problem{'s' if len(problems) != 1 else ''}",
                   err=to_stderr)
    if rule_set is None or errors_among(problems) or (strict and problems):
        sys.exit(EXIT_FOUND)
    examples = sum(len(rule.examples.match) + len(rule.examples.no_match)
                   for rule in rule_set.rules.values())
    outcome = "no problems" if not problems else "no errors"
    click.echo(f"{directory}: {len(rule_set.criteria)} criteria, {len(rule_set.rules)} evidence "
               f"rules, {examples} examples: {outcome}", err=to_stderr)
