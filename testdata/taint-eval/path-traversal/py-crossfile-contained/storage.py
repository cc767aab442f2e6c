from pathlib import Path

ROOT = Path("/srv/docs")

def read_doc(name):
    p = (ROOT / name).resolve()
    if not p.is_relative_to(ROOT):
        raise PermissionError(name)
    return p.read_text()
