import os
from itertools import count

import pytest

from tvpa_scorer.kit.parallel import Outcome, run_jobs


def _offset() -> int:
    return 100


def _add(offset: int, item: int) -> int:
    if item == 3:
        raise ValueError(f"cannot read input {item}")
    return offset + item


def _where(_state: None, item: int) -> tuple[int, int]:
    return item, os.getpid()


def _nothing() -> None:
    return None


def _pid() -> int:
    return os.getpid()


def _set_up_here(pid: int, item: int) -> bool:
    return pid == os.getpid()


@pytest.mark.parametrize("jobs", [1, 2])
def test_every_input_gets_its_result_in_input_order(jobs):
    outcomes = list(run_jobs(_add, [1, 2, 4, 5, 6], _offset, jobs=jobs, chunksize=2))
    assert outcomes == [Outcome(1, 101), Outcome(2, 102), Outcome(4, 104), Outcome(5, 105),
                        Outcome(6, 106)]


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_input_that_fails_is_reported_and_the_run_goes_on(jobs):
    outcomes = list(run_jobs(_add, range(1, 6), _offset, jobs=jobs, chunksize=1))
    assert outcomes == [Outcome(1, 101), Outcome(2, 102),
                        Outcome(3, None, "ValueError: cannot read input 3"),
                        Outcome(4, 104), Outcome(5, 105)]


def test_two_jobs_run_in_two_worker_processes():
    pids = {pid for outcome in run_jobs(_where, range(40), _nothing, jobs=2, chunksize=1)
            for _, pid in [outcome.value]}
    assert os.getpid() not in pids
    assert len(pids) <= 2


def test_each_worker_runs_the_job_with_the_state_its_own_setup_made():
    outcomes = list(run_jobs(_set_up_here, range(20), _pid, jobs=2, chunksize=3))
    assert [outcome.value for outcome in outcomes] == [True] * 20


@pytest.mark.parametrize("jobs", [1, 2])
def test_inputs_are_drawn_as_results_are_taken_not_all_at_once(jobs):
    drawn = count()

    def endless():
        for item in count():
            next(drawn)
            yield item

    results = run_jobs(_add, endless(), _offset, jobs=jobs, chunksize=4)
    assert [next(results).value for _ in range(3)] == [100, 101, 102]
    results.close()
    # one chunk per worker and a few more in flight, never the endless rest
    assert next(drawn) <= 4 * (jobs * 3 + 1)
