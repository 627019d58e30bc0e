"""Cryptographic and file layer of USB sync: device keys, cards, bundle files.

Pure Python on plain data: no database, no Qt. The store decides what goes into a bundle and
what to do with a verified one; this package guarantees what a bundle file is. See
docs/bundle-format.md.
"""

from csc_desktop.sync.archive import ArchiveLimits
from csc_desktop.sync.atomic import is_partial_name
from csc_desktop.sync.bundle import (
    BundleContent,
    BundleLimits,
    SenderKey,
    TrustedSenders,
    VerifiedBundle,
    WrittenBundle,
    write_bundle,
)
from csc_desktop.sync.bundle_reader import read_bundle
from csc_desktop.sync.card import (
    Card,
    Role,
    create_card,
    fingerprint,
    fingerprint_matches,
    load_card,
)
from csc_desktop.sync.changes import REQUIRED_CHANGE_KEYS
from csc_desktop.sync.encoding import utc_timestamp
from csc_desktop.sync.errors import (
    BundleRejected,
    BundleWriteError,
    CardError,
    Check,
    KeyMaterialError,
)
from csc_desktop.sync.keys import (
    DeviceKeys,
    age_identity_file,
    generate_device_keys,
    minisign_public_key_file,
)
from csc_desktop.sync.manifest import (
    FORMAT_VERSION,
    Acknowledgement,
    ChangeRange,
    Manifest,
    bundle_file_name,
)
from csc_desktop.sync.sequence import (
    SeenBundle,
    SequenceStatus,
    SequenceVerdict,
    check_bundle_sequence,
    check_sequence,
    seen_entry,
)

__all__ = [
    "FORMAT_VERSION",
    "REQUIRED_CHANGE_KEYS",
    "Acknowledgement",
    "ArchiveLimits",
    "BundleContent",
    "BundleLimits",
    "BundleRejected",
    "BundleWriteError",
    "Card",
    "CardError",
    "ChangeRange",
    "Check",
    "DeviceKeys",
    "KeyMaterialError",
    "Manifest",
    "Role",
    "SeenBundle",
    "SenderKey",
    "SequenceStatus",
    "SequenceVerdict",
    "TrustedSenders",
    "VerifiedBundle",
    "WrittenBundle",
    "age_identity_file",
    "bundle_file_name",
    "check_bundle_sequence",
    "check_sequence",
    "create_card",
    "fingerprint",
    "fingerprint_matches",
    "generate_device_keys",
    "is_partial_name",
    "load_card",
    "minisign_public_key_file",
    "read_bundle",
    "seen_entry",
    "utc_timestamp",
    "write_bundle",
]
