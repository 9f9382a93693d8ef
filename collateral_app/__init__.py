"""Collateral: the right sales collateral in a rep's hands in seconds, offline."""

__version__ = "0.1.0"
