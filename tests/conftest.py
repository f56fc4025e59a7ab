from __future__ import annotations

import pytest

from bench import _data

requires_shared_data = pytest.mark.skipif(
    not _data.available(), reason=f"real-news data not found at {_data.SHARED_DATA}"
)
