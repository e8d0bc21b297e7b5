"""Rules as they stand at a git revision: found, fetched once if a shallow clone lacks them,
and exported into a directory of their own.

Git runs as a subprocess with an argument list, never through a shell, and never prompts:
a CI job without credentials gets an error, not a hang.
"""

from __future__ import annotations

import io
import os
import subprocess
import tarfile
from dataclasses import dataclass
from pathlib import Path

from tvpa_scorer.kit.problems import Location, Problem, error

DEFAULT_BRANCHES = ("main", "origin/main")
_REMOTE = "origin"
# a fetch over a slow network; anything longer is better reported than waited for
_GIT_TIMEOUT_SECONDS = 300
# the 'data' filter refuses links and paths leaving the directory; Python 3.11.4 added it
_SAFE_EXTRACTION = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}


class RevisionError(Exception):
    """A revision or repository that cannot be used; carries the one-line problem."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


@dataclass(frozen=True, slots=True)
class Revision:
    name: str  # as given ('HEAD~1'), or the short commit of one found
    commit: str
    found_as: str | None = None  # 'the merge base with main'

    def __str__(self) -> str:
        return f"{self.found_as or self.name} ({self.commit[:7]})"


@dataclass(frozen=True, slots=True)
class Repository:
    root: Path
    rules: str  # the rules directory inside the repository, as a git path: 'rules'


def repository_of(rules_dir: Path) -> Repository:
    """The git repository holding a rules directory, and the directory's path inside it."""
    if not rules_dir.is_dir():
        raise RevisionError(error(str(rules_dir), "no such rules directory", "not-found"))
    result = _git(rules_dir, "rev-parse", "--show-toplevel")
    if result.returncode != 0:
        raise RevisionError(error(str(rules_dir), "not in a git repository: diff compares "
                                  "the rules at two revisions of one", "not-a-repository"))
    root = Path(result.stdout.strip())
    relative = rules_dir.resolve().relative_to(root.resolve())
    return Repository(root, relative.as_posix())


def resolve(repository: Repository, name: str) -> Revision:
    """The commit a revision names; fetches from origin once when the clone lacks it."""
    commit = _commit(repository, name)
    if commit is None and _fetch(repository):
        commit = _commit(repository, name)
    if commit is None:
        raise RevisionError(error(name, f"no such revision in {repository.root}"
                                        f"{_shallow_hint(repository)}", "unknown-revision"))
    return Revision(name, commit)


def merge_base(repository: Repository, branches: tuple[str, ...] = DEFAULT_BRANCHES
               ) -> Revision:
    """Where HEAD left the main branch: the base a pull request's changes are measured from."""
    found = _merge_base(repository, branches)
    if found is None and _fetch(repository):
        found = _merge_base(repository, branches)
    if found is None:
        raise RevisionError(error(
            branches[0], f"cannot find the merge base of HEAD and {branches[0]} in "
            f"{repository.root}: fetch it ('git fetch {_REMOTE} {branches[0]}', with its "
            "history: '--unshallow' in a shallow clone) or give --base REV", "no-merge-base"))
    return found


def export_rules(repository: Repository, revision: Revision, into: Path) -> Path:
    """Write the rules directory as it is at the revision into `into`; return its path there."""
    result = _git(repository.root, "archive", "--format=tar", revision.commit, "--",
                  repository.rules, text=False)
    if result.returncode != 0 or not result.stdout:
        raise RevisionError(error(f"{revision.name}:{repository.rules}",
                                  f"no rules directory at {revision}", "not-found"))
    with tarfile.open(fileobj=io.BytesIO(result.stdout)) as archive:
        archive.extractall(into, **_SAFE_EXTRACTION)
    return into / repository.rules


def relocated(problem: Problem, exported: Path, revision: Revision, repository: Repository
              ) -> Problem:
    """A problem in exported rules, located as git names the file: 'HEAD~1:rules/x.yml:3:5'."""
    path = problem.location.path
    prefix = str(exported)
    if path == prefix or path.startswith(prefix + os.sep):
        path = f"{revision.name}:{repository.rules}{path[len(prefix):]}"
    location = Location(path, problem.location.line, problem.location.column)
    return Problem(location, problem.severity, problem.message, problem.code)


def _merge_base(repository: Repository, branches: tuple[str, ...]) -> Revision | None:
    for branch in branches:
        if _commit(repository, branch) is None:
            continue
        result = _git(repository.root, "merge-base", "HEAD", branch)
        if result.returncode == 0:
            commit = result.stdout.strip()
            return Revision(commit[:7], commit, f"the merge base with {branch}")
    return None


def _commit(repository: Repository, name: str) -> str | None:
    result = _git(repository.root, "rev-parse", "--verify", "--quiet", "--end-of-options",
                  f"{name}^{{commit}}")
    return result.stdout.strip() if result.returncode == 0 else None


def _fetch(repository: Repository) -> bool:
    """Fetch origin's branches once, with the full history in a shallow clone."""
    remotes = _git(repository.root, "remote").stdout.split()
    if _REMOTE not in remotes:
        return False
    unshallow = ["--unshallow"] if _shallow(repository) else []
    return _git(repository.root, "fetch", "--quiet", *unshallow, _REMOTE).returncode == 0


def _shallow(repository: Repository) -> bool:
    result = _git(repository.root, "rev-parse", "--is-shallow-repository")
    return result.stdout.strip() == "true"


def _shallow_hint(repository: Repository) -> str:
    if _shallow(repository):
        return (" (the clone is shallow: fetch the history, e.g. 'git fetch --unshallow', "
                "or check out with fetch-depth: 0)")
    return " (give a branch, tag or commit it has)"


def _git(directory: Path, *arguments: str, text: bool = True) -> subprocess.CompletedProcess:
    environment = {**os.environ, "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"}
    try:
        return subprocess.run(["git", "-C", str(directory), *arguments], capture_output=True,
                              text=text, env=environment, timeout=_GIT_TIMEOUT_SECONDS,
                              check=False)
    except FileNotFoundError:
        raise RevisionError(error(str(directory), "git is not installed: diff needs it to "
                                  "read the rules at a revision", "no-git")) from None
    except subprocess.TimeoutExpired:
        raise RevisionError(error(str(directory), f"git {arguments[0]} took over "
                                  f"{_GIT_TIMEOUT_SECONDS} s and was stopped", "timeout")) from None
