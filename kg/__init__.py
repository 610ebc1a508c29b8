"""bilateral-kg: a knowledge graph of relations between countries, built from news text."""

__version__ = "0.1.0"
