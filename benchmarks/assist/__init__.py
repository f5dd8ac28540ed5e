"""Accuracy and latency of conversation agents on datasets in the home-assistant-datasets "assist" format.

Run with `scripts/bench`; see cli.py for the options.
"""
