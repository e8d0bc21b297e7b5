"""Score formulas and status conditions written in rule files: arithmetic and comparisons only.

A rule maintainer writes `support / (support + shortfall + 1)` or `support >= 2 and
shortfall == 0`; the expression is parsed once, checked against the variables the scorer
provides, and evaluated without ever reaching Python's eval.
"""

from __future__ import annotations

import ast
import operator
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

_BINARY = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul}
_COMPARE = {ast.Eq: operator.eq, ast.NotEq: operator.ne, ast.Lt: operator.lt,
            ast.LtE: operator.le, ast.Gt: operator.gt, ast.GtE: operator.ge}
_FUNCTIONS = {"min": min, "max": max, "abs": abs}


class FormulaError(ValueError):
    """A formula that cannot be parsed or names something the scorer does not provide."""


@dataclass(frozen=True, slots=True)
class Formula:
    source: str
    tree: ast.Expression

    def evaluate(self, variables: Mapping[str, float]) -> float | bool:
        return _evaluate(self.tree.body, variables)


def compile_formula(source: str, variables: Iterable[str]) -> Formula:
    """Parse and check a formula; raise FormulaError saying what is wrong."""
    try:
        tree = ast.parse(source.strip(), mode="eval")
    except SyntaxError as exc:
        raise FormulaError(f"cannot parse '{source}': {exc.msg}") from None
    known = set(variables)
    for node in ast.walk(tree):
        _check_node(node, known, source)
    return Formula(source, tree)


def _check_node(node: ast.AST, known: set[str], source: str) -> None:
    allowed = (ast.Expression, ast.BoolOp, ast.And, ast.Or, ast.UnaryOp, ast.Not, ast.USub,
               ast.BinOp, ast.Div, ast.Compare, ast.Name, ast.Load, ast.Constant, ast.Call,
               *_BINARY, *_COMPARE)
    if not isinstance(node, allowed):
        raise FormulaError(f"'{source}' uses {type(node).__name__}, which formulas do not allow")
    if isinstance(node, ast.Name) and node.id not in known | set(_FUNCTIONS) | {"true", "false"}:
        choices = ", ".join(sorted(known))
        raise FormulaError(f"'{source}' names unknown variable '{node.id}' (known: {choices})")
    if isinstance(node, ast.Constant) and not isinstance(node.value, int | float):
        raise FormulaError(f"'{source}' holds {node.value!r}; formulas hold numbers only")
    if isinstance(node, ast.Call) and (not isinstance(node.func, ast.Name)
                                       or node.func.id not in _FUNCTIONS or node.keywords):
        raise FormulaError(f"'{source}' calls something other than min, max or abs")


def _evaluate(node: ast.AST, variables: Mapping[str, float]) -> float | bool:
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name):
        return {"true": True, "false": False}.get(node.id, variables.get(node.id, 0))
    if isinstance(node, ast.BoolOp):
        values = (_evaluate(value, variables) for value in node.values)
        return all(values) if isinstance(node.op, ast.And) else any(values)
    if isinstance(node, ast.UnaryOp):
        value = _evaluate(node.operand, variables)
        return (not value) if isinstance(node.op, ast.Not) else -value
    if isinstance(node, ast.BinOp):
        left, right = _evaluate(node.left, variables), _evaluate(node.right, variables)
        if isinstance(node.op, ast.Div):
            return left / right if right else 0.0  # no evidence at all divides to zero
        return _BINARY[type(node.op)](left, right)
    if isinstance(node, ast.Compare):
        left = _evaluate(node.left, variables)
        for op, comparator in zip(node.ops, node.comparators, strict=True):
            right = _evaluate(comparator, variables)
            if not _COMPARE[type(op)](left, right):
                return False
            left = right
        return True
    arguments = [_evaluate(argument, variables) for argument in node.args]
    return _FUNCTIONS[node.func.id](*arguments)
