"""Tables of USB sync, on the same ``metadata`` as :mod:`csc_desktop.store.schema`.

What sync keeps besides the records themselves: the devices this profile trusts, the bundles it
sent and received (sequence numbers, hashes, acknowledgements), refused bundles, conflicts a
person must resolve, and the audit entries of the teams (kept apart from HQ's own chain).
"""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, Column, Index, Integer, String, Table, Text

from csc_desktop.store.schema import metadata

# Devices this profile trusts: at a team, HQ (from HQ's card) and the devices HQ revoked;
# at HQ, the enrolled team devices. A revoked device stays listed (its bundles are refused).
sync_devices = Table(
    "sync_devices",
    metadata,
    Column("device_id", String(36), primary_key=True),
    Column("role", String(8), nullable=False),
    Column("country", String(2), nullable=True),
    Column("person_name", String(200), nullable=True),
    Column("card", Text, nullable=True),  # the card file as received; None: known only as revoked
    Column("fingerprint", String(64), nullable=True),
    Column("state", String(16), nullable=False),  # "active" or "revoked"
    Column("enrolled_at", String(32), nullable=True),
    Column("enrolled_by", String(200), nullable=True),
    Column("confirmed_how", String(32), nullable=True),  # how the fingerprint was confirmed
    Column("revoked_at", String(32), nullable=True),
    Column("revoked_by", String(200), nullable=True),
    # At HQ, a revocation is a change sent to every team: its version and position in HQ's log.
    Column("version", String(80), nullable=True),
    Column("change_seq", Integer, nullable=True),
)

# Bundles this profile applied, per (sender, receiver) and sequence number: what the sequence
# check compares against, and what the next bundle back acknowledges.
sync_received_bundles = Table(
    "sync_received_bundles",
    metadata,
    Column("sender", String(36), primary_key=True),
    Column("receiver", String(36), primary_key=True),
    Column("sequence", Integer, primary_key=True, autoincrement=False),
    Column("bundle_hash", String(64), nullable=False),
    Column("previous_bundle_hash", String(64), nullable=True),
    Column("file_name", String(255), nullable=False),
    Column("created_at", String(32), nullable=False),  # the sender's (informative) date
    Column("imported_at", String(32), nullable=False),
    Column("imported_by", String(200), nullable=False),
    Column("counts", JSON, nullable=False),
    # True once the sender confirmed it saw our acknowledgement of this bundle (it acknowledged
    # the bundle of ours that carried it): no need to list it again.
    Column("ack_confirmed", Boolean, nullable=False, default=False),
)

# Bundles this profile wrote, per receiver and sequence number.
sync_sent_bundles = Table(
    "sync_sent_bundles",
    metadata,
    Column("receiver", String(36), primary_key=True),
    Column("sequence", Integer, primary_key=True, autoincrement=False),
    Column("bundle_hash", String(64), nullable=False),
    Column("previous_bundle_hash", String(64), nullable=True),
    Column("file_name", String(255), nullable=False),
    Column("file_sha256", String(64), nullable=False),
    Column("size", Integer, nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("created_by", String(200), nullable=False),
    # Our change counter when the bundle was made: once acknowledged, every change up to it
    # is delivered (the bundle carried everything not delivered before).
    Column("change_last", Integer, nullable=False),
    Column("audit_last", Integer, nullable=False),
    Column("acknowledges", JSON, nullable=False),  # sequence numbers of the receiver's bundles
    Column("counts", JSON, nullable=False),
    Column("acknowledged_at", String(32), nullable=True),
)

# Bundles refused on import: the only trace a refused bundle leaves (besides the audit entry).
sync_quarantine = Table(
    "sync_quarantine",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("file_name", String(255), nullable=False),
    Column("file_sha256", String(64), nullable=True),
    Column("sender", String(36), nullable=True),  # as the bundle claims it, when readable
    Column("failed_check", String(32), nullable=False),
    Column("message", Text, nullable=False),
    Column("at", String(32), nullable=False),
    Column("person", String(200), nullable=False),
)

# A field changed on both sides since they last agreed: both values kept until a person chooses.
sync_conflicts = Table(
    "sync_conflicts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(32), nullable=False),
    Column("row_id", String(36), nullable=False, index=True),
    Column("field", String(64), nullable=False),
    Column("local_value", JSON, nullable=True),
    Column("local_version", String(80), nullable=True),
    Column("remote_value", JSON, nullable=True),
    Column("remote_version", String(80), nullable=False),
    Column("remote_device", String(36), nullable=False),
    Column("detected_at", String(32), nullable=False),
    Column("state", String(16), nullable=False),  # "open" or "resolved"
    Column("resolved_at", String(32), nullable=True),
    Column("resolved_by", String(200), nullable=True),
    Column("resolution", String(32), nullable=True),  # local, remote, value, superseded
    Column("resolved_value", JSON, nullable=True),
)

# For fields both sides may change (a TAF request's status, its deletion): the newest version
# received from the other side, so that a change re-sent after a local edit is recognised as
# old news rather than as a conflict.
sync_received_versions = Table(
    "sync_received_versions",
    metadata,
    Column("row_id", String(36), primary_key=True),
    Column("field", String(64), primary_key=True),
    Column("version", String(80), nullable=False),
)

# Changes that arrived before the row they belong to (a participant before its training, when
# bundles come out of order): applied as soon as the parent arrives.
sync_parked = Table(
    "sync_parked",
    metadata,
    Column("row_id", String(36), primary_key=True),
    Column("kind", String(32), nullable=False),
    Column("parent_id", String(36), nullable=False, index=True),
    Column("version", String(80), nullable=False),
    Column("change", Text, nullable=False),
    Column("sender", String(36), nullable=False),
)

# The teams' own audit entries, as received: their chain, verifiable at HQ, apart from HQ's.
team_audit_log = Table(
    "team_audit_log",
    metadata,
    Column("device", String(36), primary_key=True),
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("at", String(32), nullable=False),
    Column("person", String(200), nullable=False),
    Column("action", String(32), nullable=False),
    Column("record_kind", String(32), nullable=True),
    Column("record_id", String(36), nullable=True),
    Column("details", Text, nullable=False),
    Column("recipient", String(300), nullable=True),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    Column("received_at", String(32), nullable=False),
    Index("ix_team_audit_log_record_id", "record_id"),
)

SYNC_TABLES = (
    sync_devices,
    sync_received_bundles,
    sync_sent_bundles,
    sync_quarantine,
    sync_conflicts,
    sync_received_versions,
    sync_parked,
    team_audit_log,
)
