"""Copy and checksum the media tree (uploaded images, renditions, documents)."""

import hashlib
import os
import shutil
from pathlib import Path

CHUNK = 1024 * 1024


def _files(root):
    """Relative POSIX paths of the regular files under root, sorted."""
    root = Path(root)
    if not root.is_dir():
        return []
    found = []
    for directory, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in filenames:
            path = Path(directory, name)
            if path.is_file() and not path.is_symlink():
                found.append(path.relative_to(root).as_posix())
    return sorted(found)


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        while block := file.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def checksums(root):
    return {name: sha256_of(Path(root, name)) for name in _files(root)}


def copy_tree(source, target):
    """Copy every file, hashing what is written: the checksums describe the
    copy even if a file changes in the source meanwhile."""
    sums = {}
    for name in _files(source):
        destination = Path(target, name)
        destination.parent.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        with open(Path(source, name), "rb") as read, open(destination, "wb") as write:
            while block := read.read(CHUNK):
                digest.update(block)
                write.write(block)
        shutil.copystat(Path(source, name), destination)
        sums[name] = digest.hexdigest()
    return sums


def is_empty(root):
    return not _files(root)


def empty(root):
    """Remove what root holds, not root itself (it may be a mounted volume)."""
    root = Path(root)
    if not root.is_dir():
        return
    for child in root.iterdir():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()


def differences(expected, found):
    """Human-readable differences between two {name: sha256} maps."""
    problems = []
    for name in sorted(expected.keys() - found.keys()):
        problems.append(f"missing: {name}")
    for name in sorted(found.keys() - expected.keys()):
        problems.append(f"not in the manifest: {name}")
    for name in sorted(expected.keys() & found.keys()):
        if expected[name] != found[name]:
            problems.append(f"checksum differs: {name}")
    return problems
