"""Days of partnership events (our own sentences): "this morning" is the published day; a wire service's
dateline ("CITY, May 14, 2024 /Wire/ --") is no event date, the day the text states is; the date of a document a
standing level rests on ("resting on the joint declaration signed on 9 February") is the document's, not the level's; a
meeting chaired on a day dates the level said there; a date in brackets (a span, an aside) dates no meeting; a
weekday still to come after the day of saying ("said on Tuesday she plans to ... on her trip on Friday")
is no day of what was said."""
from __future__ import annotations

import datetime as dt

from extracting import facts


def days(text: str, published: str = "2024-05-20") -> list:
    return [(p.level, p.action, p.date) for p in facts(text, published).partnerships]


def test_this_morning_is_the_published_day():
    got = days("Ghana and Peru this morning raised their ties to a comprehensive strategic partnership, "
               "the two foreign ministers said.")
    assert got == [("comprehensive strategic partnership", "upgrade", dt.date(2024, 5, 20))]


def test_this_afternoon_is_the_published_day():
    got = days("The leaders of Ghana and Peru met this afternoon and reaffirmed their strategic partnership.")
    assert got == [("strategic partnership", "reaffirm", dt.date(2024, 5, 20))]


def test_wire_dateline_is_no_event_date():
    got = days("ACCRA, May 14, 2024 /NewsWire/ -- Ghana and Peru have raised their ties to a strategic "
               "partnership during the president's visit, the two governments said.")
    assert got == [("strategic partnership", "upgrade", None)]


def test_wire_dateline_leaves_the_stated_day():
    got = days("ACCRA, May 14, 2024 /NewsWire/ -- Ghana and Peru have raised their ties to a strategic "
               "partnership, the two presidents announced on Friday.")
    assert got == [("strategic partnership", "upgrade", dt.date(2024, 5, 17))]


def test_date_of_a_document_the_level_rests_on_is_not_the_levels():
    got = days("The two leaders on Friday welcomed the progress of the strategic partnership between Ghana and "
               "Peru resting on the joint declaration signed on 9 February 2023.")
    assert got == [("strategic partnership", "reaffirm", dt.date(2024, 5, 17))]


def test_date_said_of_the_level_itself_is_kept():
    got = days("Ghana and Peru reaffirmed their strategic partnership on 9 February 2024 in a joint statement.")
    assert got == [("strategic partnership", "reaffirm", dt.date(2024, 2, 9))]


def test_a_meeting_chaired_on_a_day_dates_the_level_said_there():
    got = days("On May 14, the Ghanaian president chaired a welcome for the Peruvian president in Accra.\n\n"
               "The two presidents vowed to deepen the comprehensive strategic partnership.")
    assert got == [("comprehensive strategic partnership", "reaffirm", dt.date(2024, 5, 14))]


def test_a_date_in_brackets_is_no_meeting_day():
    got = days("The Ghanaian embassy held a reception for the 67th National Day (March 6, 1957 - 2024) in Lima on "
               "May 16.\n\nThe Peruvian minister praised the strategic partnership between Peru and Ghana.")
    assert got == [("strategic partnership", "reaffirm", dt.date(2024, 5, 16))]


def test_a_weekday_still_to_come_after_the_day_of_saying_dates_nothing_said_today():
    got = days("The Ghanaian minister said on Tuesday that she plans to deepen the comprehensive strategic "
               "partnership with Peru on her trip to Lima on Friday.", "2024-05-21")
    assert got == [("comprehensive strategic partnership", "reaffirm", dt.date(2024, 5, 21))]


def test_a_weekday_told_as_past_after_the_day_of_saying_dates_the_change():
    got = days("The Ghanaian minister said on Tuesday that Ghana and Peru upgraded ties to a comprehensive "
               "strategic partnership on Monday.", "2024-05-21")
    assert got == [("comprehensive strategic partnership", "upgrade", dt.date(2024, 5, 20))]


def test_a_day_still_to_come_dates_no_level_held_today():
    got = days("The president of Ghana will pay a state visit to Peru on June 12, when the two sides will reaffirm "
               "their comprehensive strategic partnership.")
    assert got == [("comprehensive strategic partnership", "reaffirm", None)]
