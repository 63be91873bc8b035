"""systemd units: the unit-file parser (``parser``), the merged unit model rules read
(``model``), the front-end (``frontend``), the directive table generated from systemd
(``directives``, ``gen_directives``) and the value syntax (``values``).

See docs/systemd.md.
"""
