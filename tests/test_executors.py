"""The same map gives the same ordered results in this process, a process pool and on Dask."""

from __future__ import annotations

import pytest

from firsthand.run import DaskExecutor, LocalExecutor, PoolExecutor


def word_count(text: str) -> int:
    return len(text.split())


TEXTS = [f"{'word ' * n}end" for n in range(40)]


@pytest.mark.parametrize("executor", [LocalExecutor(), PoolExecutor(2), DaskExecutor()])
def test_map_keeps_order_and_results(executor: LocalExecutor | PoolExecutor | DaskExecutor) -> None:
    assert list(executor.map(word_count, TEXTS)) == [n + 1 for n in range(40)]
