import os

def read_doc(name):
    with open(os.path.join("/srv/docs", name)) as fh:
        return fh.read()
