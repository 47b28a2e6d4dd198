"""File storage that never leaves half a file behind.

Django's ``FileSystemStorage`` writes an upload straight to its final name:
when the disk fills (or a quota or file-size limit is hit) half-way, the
half-written file stays in ``MEDIA_ROOT`` under the name the database would
have pointed at. ``AtomicFileSystemStorage`` writes to a hidden temporary
file in the same folder and links it to its name only once every byte is
written; on any error the temporary file is removed and the error raised,
so a file is either whole or absent. The database row (an image, a
document) is inserted after its file is saved, so no row is left without
its file either.
"""

import errno
import os
import tempfile

from django.core.files.storage import FileSystemStorage
from django.core.files.storage.filesystem import safe_makedirs

# Errors that mean "no room to write": a full disk, a quota, a file-size limit.
NO_SPACE = frozenset({errno.ENOSPC, errno.EFBIG, errno.EDQUOT})


def is_no_space(error: BaseException) -> bool:
    return isinstance(error, OSError) and error.errno in NO_SPACE


class AtomicFileSystemStorage(FileSystemStorage):
    """``FileSystemStorage`` whose saves are all or nothing."""

    def _save(self, name, content):
        full_path = self.path(name)
        directory = os.path.dirname(full_path)
        if self.directory_permissions_mode is not None:
            safe_makedirs(directory, self.directory_permissions_mode, exist_ok=True)
        else:
            os.makedirs(directory, exist_ok=True)
        fd, partial = tempfile.mkstemp(dir=directory, prefix=".partial-")
        try:
            with os.fdopen(fd, "wb") as out:
                for chunk in content.chunks():
                    out.write(chunk.encode() if isinstance(chunk, str) else chunk)
            os.chmod(partial, self.file_permissions_mode or 0o644)
            while True:
                try:
                    # A hard link fails if the name is taken, unlike rename:
                    # an existing file is never replaced.
                    os.link(partial, full_path)
                    break
                except FileExistsError:
                    name = self.get_available_name(name)
                    full_path = self.path(name)
        finally:
            # Whole file or not, the temporary name goes.
            os.unlink(partial)
        self._ensure_location_group_id(full_path)
        return os.path.relpath(full_path, self.location).replace("\\", "/")
