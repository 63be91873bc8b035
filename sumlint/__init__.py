"""sumlint: lint a Django/Wagtail deployment golden path, file by file and across files."""

__version__ = "0.1.0"

DOCS_URL = "https://github.com/sumlint/sumlint/blob/main/docs/rules.md"
