"""Fixture for MCP-061: an MCP server that restores saved state and loads
models for its tools."""

import base64
import json
import marshal
import pickle as pkl
import shelve
from pickle import loads as unpickle

import dill
import joblib
import jsonpickle
import numpy as np
import pandas as pd
import torch
import yaml
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("workspace")
CACHE_DIR = "/var/cache/workspace"


@mcp.tool()
def restore_state(blob: str) -> str:
    """Restore a saved workspace state."""
    # ruleid: MCP-061
    state = pkl.loads(base64.b64decode(blob))
    # ruleid: MCP-061
    again = unpickle(base64.b64decode(blob))
    # ok: MCP-061 -- JSON cannot carry code
    plain = json.loads(blob)
    return f"{len(state)} {len(again)} {len(plain)}"


@mcp.tool()
def load_model(path: str) -> str:
    """Load a model file."""
    # ruleid: MCP-061
    model = joblib.load(path)
    # ruleid: MCP-061
    weights = torch.load(path, weights_only=False)
    # ok: MCP-061 -- torch 2.6+ default and explicit weights_only=True load tensors only
    safe_weights = torch.load(path, weights_only=True)
    # ok: MCP-061
    default_weights = torch.load(path)
    # ruleid: MCP-061
    arr = np.load(path, allow_pickle=True)
    # ok: MCP-061 -- arrays only
    arr2 = np.load(path)
    # ok: MCP-061
    arr3 = np.load(path, allow_pickle=False)
    # ruleid: MCP-061
    frame = pd.read_pickle(path)
    return str((model, weights, safe_weights, default_weights, arr, arr2, arr3, frame))


@mcp.tool()
def import_config(text: str) -> dict:
    """Import a YAML configuration."""
    # ruleid: MCP-061
    a = yaml.load(text)
    # ruleid: MCP-061
    b = yaml.load(text, Loader=yaml.FullLoader)
    # ruleid: MCP-061
    c = yaml.unsafe_load(text)
    # ruleid: MCP-061
    d = yaml.full_load(text)
    # ok: MCP-061
    e = yaml.safe_load(text)
    # ok: MCP-061
    f = yaml.load(text, Loader=yaml.SafeLoader)
    # ok: MCP-061
    g = yaml.load(text, yaml.CSafeLoader)
    # ruleid: MCP-061
    h = jsonpickle.decode(text)
    # ruleid: MCP-061
    i = dill.loads(text.encode())
    # ruleid: MCP-061
    j = marshal.loads(text.encode())
    return {"a": a, "b": b, "c": c, "d": d, "e": e, "f": f, "g": g, "h": h, "i": i, "j": j}


def open_cache(name: str):
    # ruleid: MCP-061
    db = shelve.open(f"{CACHE_DIR}/{name}")
    # ok: MCP-061 -- the builtin open
    fh = open(f"{CACHE_DIR}/{name}.json")
    # ok: MCP-061 -- json.load, not pickle.load
    data = json.load(fh)
    return db, data


def read_own_cache(path: str) -> dict:
    # ok: MCP-061 -- joblib.dump writes, it does not load
    joblib.dump({}, path)
    # ok: MCP-061 -- yaml.safe_load_all
    docs = list(yaml.safe_load_all(open(path)))
    # ok: MCP-061 -- pickle.dumps serialises, it does not decode
    blob = pkl.dumps(docs)
    return {"docs": docs, "blob": blob}


class Registry:
    def load(self, name: str) -> str:
        return name


registry = Registry()
# ok: MCP-061 -- a method that happens to be called load
registry.load("default")
