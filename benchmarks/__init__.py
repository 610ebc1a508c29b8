"""The benchmark suite: generated corpora and graphs, timed against baselines run alongside.

Run ``python benchmarks/run.py --scale small|full``; see ``benchmarks/RESULTS.md``.
"""
