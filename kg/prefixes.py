"""The prefixes the project binds everywhere (queries, exports, reports), kept import-free for fast start-up."""

__all__ = ["PREFIXES", "BASE", "ONTOLOGY_GRAPH_IRI"]

BASE = "https://w3id.org/bilateral-kg/"
ONTOLOGY_GRAPH_IRI = BASE + "graph/ontology"  # the named graph that holds the ontology and schemes

PREFIXES = {
    "bkg": BASE + "ontology#",
    "id": BASE + "id/",
    "dcterms": "http://purl.org/dc/terms/",
    "owl": "http://www.w3.org/2002/07/owl#",
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
