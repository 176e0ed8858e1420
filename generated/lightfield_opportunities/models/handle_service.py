from enum import StrEnum
from typing import Any


class HandleService(StrEnum):
    """A value of ``HandleService``. Values this client does not list are kept as
    unknown members: ``is_known`` is False and ``value`` is the string the server sent."""

    FACEBOOK = "FACEBOOK"
    INSTAGRAM = "INSTAGRAM"
    LINKEDIN = "LINKEDIN"
    TWITTER = "TWITTER"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """Whether this value is one the document lists."""
        return self._value_ in type(self)._value2member_map_  # unknown members are never put there

    @classmethod
    def _missing_(cls, value: Any) -> "HandleService | None":
        if not isinstance(value, str):
            return None
        member = _UNKNOWN.get(value)
        if member is None:
            member = str.__new__(cls, value)
            member._name_ = value
            member._value_ = value
            # Bounded so a server sending ever new strings cannot grow memory without end.
            if len(_UNKNOWN) < 256:
                _UNKNOWN[value] = member
        return member


_UNKNOWN: dict[str, HandleService] = {}
