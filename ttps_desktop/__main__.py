"""``ttps-desktop`` and ``python -m ttps_desktop``: the app with no arguments, the CLI with them."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from ttps_desktop.cli import run

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
