"""The layout version of the relations' stored summaries, in a module of its own.

:mod:`kg.summary` writes it; readers that must not import that module (it costs 0.1 s of rdflib on a
command), such as the as-of levels view, check it here, so a new layout cannot be misread.
"""
VERSION = 6  # bumped when a record's shape changes: older summaries are then ignored, not misread
