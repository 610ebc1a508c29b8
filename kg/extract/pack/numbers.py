"""Numbers written in words or numerals, by a pack's table (二十四, 一九九六, восемь)."""
from __future__ import annotations

__all__ = ["number"]


def number(word: str, table: dict[str, int]) -> int | None:
    """Digits, a number word, numerals composed by place (二十四: 2 x 10 + 4) or read digit by
    digit (一九九六: 1996); None when a character is not in the table."""
    if word.isdigit():
        return int(word)
    if word in table:
        return table[word]
    values = [table.get(ch) for ch in word]
    if None in values:
        return None
    if all(v < 10 for v in values):
        return int("".join(str(v) for v in values))
    total, digit = 0, None
    for v in values:
        if v >= 10:
            total += (digit or 1) * v
            digit = None
        else:
            digit = v
    return total + (digit or 0) or None
