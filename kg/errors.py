"""One exception tree for the package: every error a user can act on is a :class:`KGError`.

The CLI catches ``KGError`` in one place and prints ``kg: error: <message>`` as one line.

>>> issubclass(QueryError, KGError) and issubclass(StoreLocked, StoreError)
True
"""
from __future__ import annotations

__all__ = [
    "KGError",
    "ReadError",
    "StoreError",
    "StoreLocked",
    "QueryError",
    "ValidateError",
    "ServeError",
    "AnalyzeError",
    "LoadError",
    "ExtractError",
    "ClusterError",
    "TimeError",
]


class KGError(Exception):
    """A problem the user can act on; ``str(e)`` is one line."""


class ReadError(KGError):
    """An input that could not be read."""


class StoreError(KGError):
    """A store that cannot be opened, written or reached."""


class StoreLocked(StoreError):
    """Another process holds the store."""


class QueryError(KGError):
    """A query the user must fix."""


class ValidateError(KGError):
    """Shapes that cannot be read or a validation that cannot run."""


class ServeError(KGError):
    """A server that cannot start or that stopped."""


class AnalyzeError(KGError):
    """A filter or argument of ``kg analyze`` / ``kg viz`` the user must fix."""


class LoadError(KGError):
    """An RDF file that cannot be loaded."""


class ExtractError(KGError):
    """An article no extraction pipeline can take."""


class ClusterError(KGError):
    """A Dask cluster that cannot be reached or used, or a task it could not finish."""


class TimeError(KGError):
    """A date or window of ``--as-of`` / ``kg diff`` the user must fix."""
