"""Tests for the llm_home integration."""
