#pragma once
// Sealed batches (docs/trust.md): a run of one device's own entries, as they
// travel, signed by that device. Every copy keeps the batches it verified
// (sync_batches) and forwards them unchanged, so a relay cannot forge them.
#include "sync/Wire.h"

namespace tamkeen::sync {

struct DeviceKeys;

namespace batches {

// At most this many entries, or about this many bytes, in one batch: well
// within a package chunk.
constexpr qint64 kMaxEntries = 2000;
constexpr qsizetype kMaxBodyBytes = 60 * 1024; // about one package chunk

// What the origin signs: the organisation, the origin, the run and a BLAKE2b
// hash of the body.
QByteArray signedBytes(const QByteArray &orgId, const BatchRecord &b);
BatchRecord seal(const QByteArray &orgId, const DeviceKeys &keys, const QByteArray &origin, qint64 firstSeq,
                 qint64 lastSeq, const QByteArray &body);
bool verify(const QByteArray &orgId, const QByteArray &publicKey, const BatchRecord &b);

} // namespace batches
} // namespace tamkeen::sync
