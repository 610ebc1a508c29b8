import pytest


@pytest.fixture
def memory_store():
    from kg.store import open_store

    store = open_store(":memory:")
    yield store
    store.close()


@pytest.fixture
def core_store(memory_store):
    from corefacts import load_core

    load_core(memory_store)
    return memory_store


@pytest.fixture(scope="module")
def store():
    """The hand-checked drawing fixture (tests/vizdata.py) in a memory store, shared by a test module."""
    from vizdata import load_viz

    from kg.store import open_store

    s = open_store(":memory:")
    load_viz(s)
    yield s
    s.close()
