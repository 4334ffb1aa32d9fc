"""Everything the app writes for the user to hand in: dossier, checklist, submission pack."""

from __future__ import annotations
