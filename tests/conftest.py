from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def coder_all():
    """One coder (and one spaCy model) for the whole run, returning events of every modality."""
    from kuroshio.pipeline import Coder
    from kuroshio.records import MODALITIES

    return Coder(modalities=MODALITIES)
