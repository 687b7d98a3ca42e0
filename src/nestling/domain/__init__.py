"""The pure core of Nestling: rules with no Django and no I/O; time is always passed in."""
