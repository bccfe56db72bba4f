"""BBCode, as forums relay a trade call, written as plain text.

``[b]Entry:[/b] 148.2``, ``[color=red]144.1[/color]``, ``[size=5]…[/size]``, ``[url=…]Chart[/url]``
lose their tags (a link keeps its text); a list (``[list]``, ``[list=1]``, ``[list=a]``) puts each
``[*]`` item on a line of its own under the label before it, on one line or many (an item left
empty as a bullet alone, "•", for the reading to see it). The ``1`` of
``[list=1]`` is the list's numbering style, never a price. A line that held only tags is dropped,
so a label stays next to its values. Run only on a text that holds a closing tag or an item.
"""

from __future__ import annotations

import re

_ITEM = "[*]"
# a list's opening or closing tag, with the spaces around it
_LIST_TAG = re.compile(r"[^\S\n]*\[(?:list(?:=[^\]\n]{1,8})?|/list)\][^\S\n]*", re.I)
# a link's address when its text is given: the text stays
_LINK_WITH_TEXT = re.compile(r"\[url=[^\]\n]{1,500}\]([^\[\n]*)\[/url\]", re.I)
_TAG = re.compile(
    r"\[/?(?:b|i|u|s|center|left|right|quote|code|spoiler|img|url|h[1-6]|sup|sub|indent"
    r"|(?:color|colour|size|font|highlight|quote|align)(?:=[^\]\n]{0,40})?)\]",
    re.I,
)


def bbcode_as_text(text: str) -> str:
    """``text`` without its BBCode tags, a list's items one to a line."""
    if "[url=" in text or "[URL=" in text:
        text = _LINK_WITH_TEXT.sub(r"\1", text)
    lines: list[str] = []
    for line in text.split("\n"):
        if "[" not in line:
            lines.append(line)
            continue
        plain = _TAG.sub("", line)
        if "list" in plain.lower() and "[" in plain:
            plain = _LIST_TAG.sub("\n", plain)
        if _ITEM in plain:
            head, *items = plain.split(_ITEM)
            # an item left empty keeps its place as a bullet alone: a level cut out of the list
            plain = "\n".join([head.strip(), *(item.strip() or "•" for item in items)])
        kept = [part for part in plain.split("\n") if part.strip()]
        if kept:
            lines.extend(kept)
        elif not line.strip():
            lines.append(line)  # a blank line of the post stays (a section's end)
    return "\n".join(lines)


def holds_bbcode(text: str) -> bool:
    """Whether ``text`` may hold BBCode (a closing tag or a list item): a literal test."""
    return ("[/" in text and "]" in text) or _ITEM in text
