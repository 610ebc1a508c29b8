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
