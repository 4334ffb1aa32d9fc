"""What can go wrong with a project file, each with a message the user can act on."""

from __future__ import annotations

from pathlib import Path

from ttps_desktop.core.errors import TtpsError
from ttps_desktop.core.language import QT_TRANSLATE_NOOP
from ttps_desktop.core.messages import MessageText


class StoreError(TtpsError):
    """A project could not be opened, read or written; nothing the user had was changed."""


class ProjectNotFoundError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Errors", "There is no project at {path}."), path=str(path))


class NotAProjectError(StoreError):
    def __init__(self, path: Path, looks_like: MessageText) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "{name} is not a TTPS Desktop project (it looks like {looks_like})."),
            name=path.name,
            looks_like=looks_like,
        )


class ProjectDamagedError(StoreError):
    def __init__(self, path: Path, detail: str, backups: list[Path]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} is damaged and cannot be opened ({detail}). Nothing was changed. "
                "Backups available: {count}; list and restore them with: ttps-desktop restore PROJECT",
            ),
            name=path.name,
            detail=detail,
            count=len(backups),
        )
        self.backups = backups


class ProjectTooNewError(StoreError):
    def __init__(self, path: Path, version: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} was saved by a newer TTPS Desktop (project format {version}). Update the app to open it; "
                "the file was not changed.",
            ),
            name=path.name,
            version=version,
        )


class ProjectNeedsUpgradeError(StoreError):
    def __init__(self, path: Path, version: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} was saved by an older TTPS Desktop (project format {version}) and cannot be read without "
                "updating it. Open it once for editing to update it; the file was not changed.",
            ),
            name=path.name,
            version=version,
        )


class DiskFullError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The disk holding {name} is full, so the last change was not saved. Everything before it is safe. "
                "Free some space, or save the project elsewhere.",
            ),
            name=path.name,
        )


class ReadOnlyError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} is in a place that cannot be written to, so it is open read-only. "
                "Save a copy elsewhere to keep working on it.",
            ),
            name=path.name,
        )


class ChangedOnDiskError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} was changed or replaced by another program (a sync tool?) while it was open. "
                "To keep both versions, nothing was written: save a copy elsewhere, then reopen the project.",
            ),
            name=path.name,
        )


class ProjectExistsError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "{path} already exists; choose another name."), path=str(path)
        )
