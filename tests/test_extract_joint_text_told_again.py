"""The day's joint text told over several sentences: titled only by its parties ("the Norway-Botswana Joint
Statement") or its kind, then "agreed to issue a Joint Statement on upgrading relations", it is one text;
two joint statements on different fields, or one said to be another, stay two."""
from __future__ import annotations

from extracting import facts, signed_docs

PAIR = ("BWA", "NOR")


def test_a_joint_statement_titled_by_its_parties_and_told_again_is_one_text():
    f = facts("The full text of the Norway-Botswana Joint Statement follows.\n"
              "The two presidents agreed to issue a Joint Statement on upgrading relations between the two "
              "countries.")
    assert signed_docs(f) == [(PAIR, "joint-statement")]


def test_two_joint_statements_on_different_fields_stay_two():
    f = facts("Norway and Botswana issued a joint statement on fisheries on Monday. "
              "They also issued a joint statement on health on Monday.")
    assert signed_docs(f) == [(PAIR, "joint-statement"), (PAIR, "joint-statement")]


def test_another_joint_statement_is_a_second_text():
    f = facts("The full text of the Norway-Botswana Joint Statement follows.\n"
              "The two presidents also adopted another joint statement on upgrading relations.")
    assert signed_docs(f) == [(PAIR, "joint-statement"), (PAIR, "joint-statement")]
