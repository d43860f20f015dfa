"""Is a database file on a network share? (A file there is opened read-only.)

SQLite's write-ahead log keeps its index in shared memory (the ``-shm`` file, mapped into every
process that opens the database), which only works between processes of one computer; and the
POSIX locks SQLite relies on are unreliable on network file systems. Two computers writing one
file on a share can therefore corrupt it (https://sqlite.org/wal.html, "WAL does not work over a
network filesystem"; https://sqlite.org/howtocorrupt.html section 2.1). The store opens such a
file read-only and says why, unless the user sets :data:`ALLOW_NETWORK_SHARE_VARIABLE`.

How the file system is found:

- **Linux**: ``statfs(2)`` through ctypes, its ``f_type`` magic number (:data:`LINUX_MAGIC`);
  ``/proc/self/mountinfo`` names the FUSE subtype and is the fallback if ``statfs`` fails.
- **Windows**: a UNC path (``\\\\server\\share``) or ``GetDriveTypeW`` of the path's root
  answering ``DRIVE_REMOTE``.
- **macOS**: ``statfs(2)``'s ``f_fstypename`` (nfs, smbfs, afpfs, webdav, …). Elsewhere (the
  BSDs) the type is "unknown".

Which types count as network file systems (:func:`is_network_file_system`): NFS, SMB/CIFS
(smbfs, cifs, smb2, smb3), 9p (also WSL 2's Windows drives and QEMU shares), every FUSE file
system except ``fuseblk`` (a disk of this computer, e.g. NTFS through ntfs-3g; sshfs, rclone,
GNOME's network mounts and GlusterFS are FUSE), AFS, Coda, Ceph, NetWare (ncpfs), GlusterFS,
Lustre, GPFS, OrangeFS, BeeGFS, the cluster file systems OCFS2 and GFS2 (several computers on
one disk: the same shared-memory problem), virtual machines' host folders (virtiofs, vboxsf,
vmhgfs, Parallels' prl_fs), macOS's afpfs and webdav, and Windows network drives. A type that
cannot be found is treated as local: the check protects against a known danger, it never stops
someone whose computer does not answer.

For tests there are two ways to inject a type: replace :func:`file_system_type` in the process,
or set :data:`TEST_NETWORK_FS_VARIABLE` (e.g. ``=nfs``) for a subprocess. That testing variable
can only *pretend* a network share, never hide one (a local type name is ignored), so it cannot
be mistaken for the override: it makes files read-only, never writable.
"""

from __future__ import annotations

import ntpath
import os
import sys
from pathlib import Path

# The documented override (README, "Backups and checks"): the user accepts the risk.
ALLOW_NETWORK_SHARE_VARIABLE = "COMMITMENT_TRACKER_ALLOW_NETWORK_SHARE"
# A testing hook only: makes every file look as if it were on this network file system.
TEST_NETWORK_FS_VARIABLE = "COMMITMENT_TRACKER_TEST_NETWORK_FS"

_YES = {"1", "true", "yes", "on"}

# statfs(2) f_type magic numbers (linux/magic.h, statfs(2), and the file systems' sources).
NETWORK_MAGIC: dict[int, str] = {
    0x6969: "nfs",
    0x517B: "smbfs",
    0xFF534D42: "cifs",
    0xFE534D42: "smb2",
    0x01021997: "9p",
    0x65735546: "fuse",
    0x6B414653: "afs",        # kAFS
    0x5346414F: "afs",        # OpenAFS
    0x73757245: "coda",
    0x00C36400: "ceph",
    0x564C: "ncpfs",
    0x0BD00BD0: "lustre",
    0x47504653: "gpfs",
    0x7461636F: "ocfs2",
    0x01161970: "gfs2",
    0x786F4256: "vboxsf",
    0x20030528: "orangefs",
    0x19830326: "beegfs",
}
LOCAL_MAGIC: dict[int, str] = {
    0xEF53: "ext4",           # ext2, ext3 and ext4 share it
    0x01021994: "tmpfs",
    0x9123683E: "btrfs",
    0x58465342: "xfs",
    0x794C7630: "overlay",
    0x2FC12FC1: "zfs",
    0xF2F52010: "f2fs",
    0xCA451A4E: "bcachefs",
    0x4D44: "vfat",
    0x2011BAB0: "exfat",
    0x5346544E: "ntfs",
    0x858458F6: "ramfs",
    0x52654973: "reiserfs",
    0x3153464A: "jfs",
    0x482B: "hfsplus",
    0x3434: "nilfs2",
    0xF15F: "ecryptfs",
    0x73717368: "squashfs",
    0xE0F5E1E2: "erofs",
    0x9660: "iso9660",
    0x15013346: "udf",
}
LINUX_MAGIC: dict[int, str] = {**LOCAL_MAGIC, **NETWORK_MAGIC}
_FUSE_MAGIC = 0x65735546

# Type names (Linux mountinfo, macOS f_fstypename, our names for Windows) of network file
# systems; "fuse.SUBTYPE" is matched separately.
NETWORK_TYPES = frozenset({
    "nfs", "nfs4", "smbfs", "smb", "smb2", "smb3", "cifs", "9p", "fuse", "afs", "kafs",
    "openafs", "coda", "ceph", "ncpfs", "ncp", "glusterfs", "lustre", "gpfs", "ocfs2", "gfs2",
    "orangefs", "pvfs2", "beegfs", "vboxsf", "vmhgfs", "prl_fs", "virtiofs", "afpfs", "webdav",
    "davfs", "ftp", "macfuse", "osxfuse", "fusefs", "network drive", "unc path",
})
# FUSE over a block device of this computer (ntfs-3g, exfat-fuse): one machine, locks work.
LOCAL_FUSE_TYPES = frozenset({"fuseblk"})

_DRIVE_REMOTE = 4


def is_network_file_system(type_name: str) -> bool:
    """True when a file system of this type name is a network (or shared) file system."""
    name = type_name.strip().lower()
    if name in LOCAL_FUSE_TYPES:
        return False
    return name in NETWORK_TYPES or name.startswith("fuse.")


def linux_type_name(magic: int) -> str:
    """The name of a Linux ``statfs`` ``f_type`` magic number; ``0x…`` for an unknown one."""
    # A 32-bit f_type is signed on some architectures: 0xFF534D42 (CIFS) arrives negative.
    magic &= 0xFFFFFFFF
    return LINUX_MAGIC.get(magic, f"0x{magic:08x}")


def is_unc_path(text: str) -> bool:
    r"""True for a Windows UNC path: ``\\server\share\…``, ``//server/share`` or
    ``\\?\UNC\server\share\…``; False for ``\\?\C:\…`` and device paths (``\\.\…``)."""
    unified = text.replace("/", "\\")
    if unified.startswith("\\\\?\\"):
        return unified[4:].upper().startswith("UNC\\")
    if unified.startswith("\\\\.\\"):
        return False
    return unified.startswith("\\\\") and len(unified) > 2 and unified[2] != "\\"


def network_share_allowed() -> bool:
    """True when the user set the override :data:`ALLOW_NETWORK_SHARE_VARIABLE` to 1/yes/true/on."""
    return os.environ.get(ALLOW_NETWORK_SHARE_VARIABLE, "").strip().lower() in _YES


def file_system_type(path: Path) -> str:
    """The type name of the file system holding ``path`` (which must exist): "nfs", "ext4", …

    "unknown" when it cannot be found. Tests replace this function, or set
    :data:`TEST_NETWORK_FS_VARIABLE` to a network type for a subprocess.
    """
    pretended = os.environ.get(TEST_NETWORK_FS_VARIABLE, "").strip()
    if pretended and is_network_file_system(pretended):
        return pretended
    return detected_file_system_type(path)


def detected_file_system_type(path: Path) -> str:
    """What the operating system says about the file system of ``path`` (no test hook)."""
    try:
        if sys.platform.startswith("linux"):
            return _linux_type(path)
        if sys.platform == "win32":
            return _windows_type(path)
        if sys.platform == "darwin":
            return _darwin_type(path) or "unknown"
    except (OSError, ValueError, AttributeError):
        # No answer is no reason to lock the user out (see the module's docstring).
        pass
    return "unknown"


def network_file_system(path: Path) -> str | None:
    """The type name when ``path`` is on a network file system, else None.

    For a file that does not exist yet, its nearest existing folder is asked: that is where the
    file (and SQLite's ``-wal`` and ``-shm`` beside it) would be created.
    """
    target = Path(path)
    while not target.exists() and target.parent != target:
        target = target.parent
    name = file_system_type(target)
    return name if is_network_file_system(name) else None


def network_share_reason(path: Path) -> str | None:
    """Why a database at ``path`` must only be read, or None when it may be written.

    None for a local file, and for any file when the user set the override. The text is the
    store's ``read_only_reason``: it says what, why and what to do instead.
    """
    if network_share_allowed():
        return None
    kind = network_file_system(path)
    if kind is None:
        return None
    return (f"the database is on a network share ({kind}): SQLite cannot keep it safe there "
            f"(its write-ahead log needs one computer's shared memory, and file locks over the "
            f"network are unreliable). Copy it to a local disk and open the copy (the command "
            f"`commitment-tracker backup --to FILE` makes a safe copy), and exchange changes "
            f"with colleagues as files rather than sharing one database; if only one person on "
            f"one computer ever opens it, set {ALLOW_NETWORK_SHARE_VARIABLE}=1 to edit it where "
            f"it is")


# ----------------------------------------------------------------------------- Linux


def _linux_type(path: Path) -> str:
    try:
        magic = _linux_statfs_magic(path)
    except (OSError, AttributeError):
        return mountinfo_type(path) or "unknown"
    name = linux_type_name(magic)
    if magic & 0xFFFFFFFF == _FUSE_MAGIC or name.startswith("0x"):
        # statfs says only "FUSE": mountinfo tells sshfs from a local disk (fuseblk).
        with_subtype = mountinfo_type(path)
        if with_subtype:
            return with_subtype
    return name


def _linux_statfs_magic(path: Path) -> int:
    import ctypes
    import platform

    libc = ctypes.CDLL(None, use_errno=True)
    # statfs64 where it exists: a 32-bit statfs fails with EOVERFLOW on large disks.
    function = getattr(libc, "statfs64", None) or libc.statfs
    function.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    function.restype = ctypes.c_int
    # f_type is the first field of struct statfs: a long (__fsword_t), an unsigned int on
    # s390x. The buffer is larger than any architecture's struct.
    buffer = ctypes.create_string_buffer(512)
    if function(os.fsencode(str(path)), buffer) != 0:
        number = ctypes.get_errno()
        raise OSError(number, os.strerror(number), str(path))
    field = ctypes.c_uint if platform.machine() == "s390x" else ctypes.c_long
    return field.from_buffer(buffer).value


def _unescape_mount_field(text: str) -> str:
    # mountinfo writes space, tab, newline and backslash in octal (\040, \011, \012, \134).
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        text = text.replace(code, char)
    return text


def mountinfo_type(path: Path, text: str | None = None, *, resolve: bool = True) -> str | None:
    """The file system type of the innermost mount holding ``path``, from
    ``/proc/self/mountinfo`` (or ``text`` in its format); None when it cannot be read.

    FUSE mounts keep their subtype ("fuse.sshfs"); ``resolve=False`` takes ``path`` as given.
    """
    if text is None:
        try:
            text = Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    target = os.path.realpath(path) if resolve else str(path)
    best: tuple[int, str] | None = None
    for line in text.splitlines():
        before, separator, after = line.partition(" - ")
        fields, described = before.split(), after.split()
        if not separator or len(fields) < 5 or not described:
            continue
        mount_point = _unescape_mount_field(fields[4])
        inside = (target == mount_point or mount_point == "/"
                  or target.startswith(mount_point.rstrip("/") + "/"))
        # ">=": of two mounts on one point the later one (listed later) hides the earlier.
        if inside and (best is None or len(mount_point) >= best[0]):
            best = (len(mount_point), described[0])
    return best[1] if best else None


# ----------------------------------------------------------------------------- Windows


def _windows_type(path: Path) -> str:
    import ctypes

    absolute = os.path.abspath(path)
    # A mapped drive letter resolves to its UNC path, and a symbolic link may lead to a share.
    for candidate in dict.fromkeys([absolute, os.path.realpath(path)]):
        if is_unc_path(candidate):
            return "unc path"
        drive = ntpath.splitdrive(candidate)[0]
        if drive and ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == _DRIVE_REMOTE:
            return "network drive"
    return "local drive"


# ----------------------------------------------------------------------------- macOS


def _darwin_type(path: Path) -> str | None:
    import ctypes

    class _Statfs(ctypes.Structure):
        # struct statfs with 64-bit inodes (<sys/mount.h>), the only layout on Apple silicon.
        _fields_ = [
            ("f_bsize", ctypes.c_uint32), ("f_iosize", ctypes.c_int32),
            ("f_blocks", ctypes.c_uint64), ("f_bfree", ctypes.c_uint64),
            ("f_bavail", ctypes.c_uint64), ("f_files", ctypes.c_uint64),
            ("f_ffree", ctypes.c_uint64), ("f_fsid", ctypes.c_int32 * 2),
            ("f_owner", ctypes.c_uint32), ("f_type", ctypes.c_uint32),
            ("f_flags", ctypes.c_uint32), ("f_fssubtype", ctypes.c_uint32),
            ("f_fstypename", ctypes.c_char * 16), ("f_mntonname", ctypes.c_char * 1024),
            ("f_mntfromname", ctypes.c_char * 1024), ("f_flags_ext", ctypes.c_uint32),
            ("f_reserved", ctypes.c_uint32 * 7),
        ]

    libc = ctypes.CDLL(None, use_errno=True)
    try:
        function = libc["statfs$INODE64"]  # Intel Macs: the 64-bit-inode variant's symbol
    except AttributeError:
        function = libc.statfs
    function.argtypes = [ctypes.c_char_p, ctypes.POINTER(_Statfs)]
    function.restype = ctypes.c_int
    result = _Statfs()
    if function(os.fsencode(str(path)), ctypes.byref(result)) != 0:
        return None
    return result.f_fstypename.decode("utf-8", "replace") or None
