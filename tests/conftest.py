from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

DATA = Path(__file__).parent / "data"

settings.register_profile("dev", max_examples=60, deadline=None)
# A long local hunt: NEWSPARSE_HYPOTHESIS_PROFILE=fuzz python -m pytest tests/test_properties.py
settings.register_profile(
    "fuzz", max_examples=5000, deadline=None, suppress_health_check=list(HealthCheck)
)
settings.register_profile(
    "ci",
    max_examples=300,
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# CI runs the same examples every time (derandomised): a red run is reproducible.
_DEFAULT = "ci" if os.environ.get("CI") else "dev"
settings.load_profile(os.environ.get("NEWSPARSE_HYPOTHESIS_PROFILE", _DEFAULT))


@pytest.fixture
def data_dir() -> Path:
    return DATA
