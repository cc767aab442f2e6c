"""Not an MCP server: a CLI script that prints its own configuration."""

import logging
import os

API_KEY = os.environ["OPENAI_API_KEY"]


def main() -> None:
    # ok: MCP-202 -- no MCP SDK in this file: not an MCP server's output
    logging.info("using key %s", API_KEY)


if __name__ == "__main__":
    main()
