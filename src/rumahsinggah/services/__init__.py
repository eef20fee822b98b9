"""Workflows: plain functions over a session, shared by the GUI, the command line and tests."""
