"""`python -m parley.contract`: the same as the `parley-contract` console script."""

from parley.contract.cli import main

raise SystemExit(main())
