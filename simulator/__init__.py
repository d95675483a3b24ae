"""Rehearse: practise hard one-on-one conversations with a simulated stressed employee."""

__version__ = "0.1.0"
