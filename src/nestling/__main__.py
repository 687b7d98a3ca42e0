"""`python -m nestling` is the same as the `nestling` command."""

from nestling.cli import main

main()
