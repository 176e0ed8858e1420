"""Benchmarks of lightfield_opportunities against raw httpx (the floor) and the official SDK.

``python -m bench`` (``make bench``) prints one table; every figure is a median of repeated runs
and a ratio against the floor of the same run.
"""
