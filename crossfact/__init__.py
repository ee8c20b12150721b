"""crossfact: compare news articles about one story, claim by claim.

Library first: :func:`crossfact.pipeline.analyse` runs stages 1-3 and
:func:`crossfact.pipeline.write_reports` stage 4; the `crossfact` command is a thin layer.
"""

__version__ = "0.1.0"
