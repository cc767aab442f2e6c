"""Fixture for MCP-061: the same decoders in a program that is not MCP code."""

import pickle

import yaml


def load_cache(path: str):
    with open(path, "rb") as fh:
        # ok: MCP-061 -- not an MCP-context file
        return pickle.load(fh)


def load_settings(text: str):
    # ok: MCP-061 -- not an MCP-context file
    return yaml.load(text)
