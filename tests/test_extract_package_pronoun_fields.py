"""A sentence that opens on a pronoun for the package just signed ("They relate to A and B") gives the
package's fields, and so the pair's cooperation in them; the same pronoun with no package before gives
none. Our own sentences."""
from __future__ import annotations

from extracting import facts, tops


def test_pronoun_after_a_package_gives_its_fields():
    f = facts("Peru and Chile signed several agreements on Monday. They relate to fisheries and research, "
              "but also to tourism.")
    assert {"fisheries", "science-technology", "tourism"} <= {x for a in f.agreements for x in a.fields}
    assert (("CHL", "PER"), "science-technology") in tops(f)


def test_pronoun_without_a_package_gives_no_fields():
    f = facts("Peru and Chile held talks on Monday. They relate to fisheries and research in their speeches.")
    assert (("CHL", "PER"), "science-technology") not in tops(f)
