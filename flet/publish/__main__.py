"""`python -m flet.publish app.py [flags]` is `flet publish app.py [flags]`."""

import sys

from flet.cli import main

if __name__ == "__main__":
    sys.exit(main(["publish", *sys.argv[1:]]))
