"""firsthand: what a pile of news articles really establishes, and on whose word."""

from firsthand.model import Dossier
from firsthand.run import analyze

__all__ = ["Dossier", "analyze"]
__version__ = "0.1.0"
