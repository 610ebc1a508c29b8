"""The country graph as networkx, and what network analysis says about it.

``load_graph`` turns the store into one undirected graph: countries are nodes, a relation
is an edge carrying its current level, history, fields, agreements and evidence. The same
graph feeds ``kg viz`` (drawn) and ``kg analyze`` (measured), so what the page shows and
what the numbers say never disagree. Filters (a date window, a minimum level, a field, a
country's neighbourhood, a user's query) are applied here, once.

Stages, one module each: :mod:`.loading` (the store read into Python), :mod:`.filters`
(selection and the relations in a date window), :mod:`.graph` (the networkx graph),
:mod:`.measures` and :mod:`.paths`.
"""
from __future__ import annotations

from kg.errors import AnalyzeError
from kg.analyze.filters import Layer, Selection, parse_date, parse_layers
from kg.analyze.graph import load_graph
from kg.analyze.measures import MEASURE_COLUMNS, Measure, country_graph, measure
from kg.analyze.paths import PathStep, strongest_path
from kg.tables import TableFormat, write_table

GraphError = AnalyzeError

__all__ = [
    "GraphError", "AnalyzeError", "Layer", "Measure", "TableFormat", "Selection", "load_graph", "country_graph",
    "measure", "strongest_path", "PathStep", "write_table", "MEASURE_COLUMNS", "parse_date", "parse_layers",
]
