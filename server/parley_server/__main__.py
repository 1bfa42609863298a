"""`python -m parley_server`: the same as the `parley-server` console script."""

from parley_server.cli import main

main()
