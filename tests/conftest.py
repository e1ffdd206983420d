"""Hypothesis profiles, chosen by the HYPOTHESIS_PROFILE environment variable.

* ``dev`` (default): quick, for the edit-test loop;
* ``ci`` (default when ``CI`` is set): enough examples to matter;
* ``fuzz``: long runs, for hunting bugs by hand.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=40, deadline=None)
settings.register_profile(
    "ci",
    max_examples=300,
    deadline=None,
    print_blob=True,
    suppress_health_check=(HealthCheck.too_slow,),
)
settings.register_profile(
    "fuzz", max_examples=20_000, deadline=None, suppress_health_check=(HealthCheck.too_slow,)
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))
