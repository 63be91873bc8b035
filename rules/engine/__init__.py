"""sumlint rules: one module per rule; discovered by sumlint.registry."""
