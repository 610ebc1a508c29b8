"""A table row labelled with a level, whose text tells the pair raised its ties to that level in the row's year
("| Strategic partnership | A joint statement was issued during a visit to Peru in May 2019. The visit raised the
ties to a strategic partnership. |"), is one event: the label is the level the row's event set, not a second
statement of it. A standing level told in prose beside a founding of the same year stays its own fact. Our own
sentences."""
from __future__ import annotations

from extracting import facts

_ROW = ("Partners of Chile\n| Relations | Legal basis |\n|---|---|\n| Strategic partnership | A joint statement issued "
        "during the Chilean president's visit to Peru in May 2019 raised the ties to a strategic partnership.[4] | |")


def test_a_row_label_and_the_rows_raise_are_one_event():
    got = [p for p in facts(_ROW).partnerships if p.pair == ("CHL", "PER") and p.level == "strategic partnership"]
    assert [p.action for p in got] == ["upgrade"]


def test_a_standing_level_in_prose_beside_its_founding_stays_its_own_fact():
    f = facts("Peru and Chile met in Lima. A long-term development of the strategic partnership between Peru and Chile "
              "is guaranteed by the Joint Declaration on the Establishment of the Strategic Partnership (May 4, 2016).",
              "2020-03-02")
    got = {p.action for p in f.partnerships if p.pair == ("CHL", "PER") and p.level == "strategic partnership"}
    assert got == {"establish", "reaffirm"}
