#pragma once
// Sealed batches (docs/trust.md): a run of one device's own entries, as they
// travel, signed by that device. Every copy keeps the batches it verified
// (sync_batches) and forwards them unchanged, so a relay cannot forge them.
#include "common/Result.h"
#include "sync/Wire.h"

#include <functional>

namespace tamkeen::sync {

struct DeviceKeys;

namespace batches {

// At most this many entries, or about this many bytes, in one batch: well
// within a package chunk.
constexpr qint64 kMaxEntries = 2000;
constexpr qsizetype kMaxBodyBytes = 60 * 1024; // about one package chunk

// How a stored batch is kept (sync_batches.format): 1, 2 and 3 as they came
// (a format-3 batch possibly with items left out, see cut); 0 a format-1 batch whose body held an erased person's words, kept without
// its body (its run and signature still recognise it) and no longer sent.
constexpr int kDropped = 0;

// What the origin signs: the organisation, the origin, the run and a BLAKE2b
// hash of the body (format 1) or of its items' hashes (format 2). Empty for
// a format-2 body that is not a list of items.
QByteArray signedBytes(const QByteArray &orgId, const BatchRecord &b);
// Format 1 (`body`: encoded entries) or 2 (`body`: items, see itemOf).
BatchRecord seal(const QByteArray &orgId, const DeviceKeys &keys, const QByteArray &origin, qint64 firstSeq,
                 qint64 lastSeq, const QByteArray &body, int format = 1);
bool verify(const QByteArray &orgId, const QByteArray &publicKey, const BatchRecord &b);

// Format 2. Each entry is an item, a CBOR array of byte strings:
//   [entry]                      nothing personal in it;
//   [entry, salt, personal]      its personal values (storage::PersonalColumns)
//                                taken out of `entry` (left blank there) and
//                                kept in `personal` with the entry's author
//                                signature, if any;
//   [entry, commitment]          the same with `personal` cut out (erased).
// commitment = BLAKE2b-256 keyed with the 16-byte random salt over `personal`
// (32 zero bytes for the first form); the item's hash = BLAKE2b-256(entry ‖
// commitment); the batch signs the hash of its items' hashes.
//
// Format 3 (every batch sealed from December 2026, docs/sync-format.md
// "Scoped exports") puts a tag first in each item: the household of its entry
// and the centre that household was of when sealed (16 bytes each; the
// centre may be missing; the tag is empty for an organisation row), and
// hashes each item as BLAKE2b-256(0x02 ‖ tag ‖ its format-2 hash), so that
// an exporter can leave out the items of households beyond its receiver's
// scope as [0, tag, format-2 hash]: the signature still holds and the
// receiver learns from the origin whose each missing entry was.
QByteArray itemOf(const Entry &e, int format = 2, const QByteArray &household = {}, const QByteArray &centre = {});
// One item as read, its parts referring to the body's bytes (keep the body).
struct Item {
    QByteArray entry, salt, personal, commitment;
    QByteArray household; // format 3: the household of the entry; empty for an organisation row
    QByteArray centre;    // format 3: its centre when sealed; empty when it had none
    QByteArray left;      // format 3, an item left out: its format-2 hash (and no entry)
    bool erased() const { return !commitment.isEmpty(); }
    bool leftOut() const { return !left.isEmpty(); }
};
bool parseItems(const QByteArray &body, QList<Item> *items, int format = 2);
// A format-3 body with the items `keep` refuses left out; `changed` is set
// when any was. The signature still holds.
QByteArray cut(const QList<Item> &items, const std::function<bool(const Item &)> &keep, bool *changed);
// A held format-3 body with its left-out items taken from another copy of the
// same batch (`came`) where that one has them; empty when they differ in length.
QByteArray fill(const QList<Item> &held, const QList<Item> &came, bool *changed);
// Every item well formed: its entry readable, no personal word outside a
// personal part, a personal part only beside an entry that has personal
// columns and no signature of its own, each personal column once. A batch
// that fails is refused whole, before it is stored. `entries`, when given,
// gets each item's entry with its personal values put back (read once).
bool checkItems(const QList<Item> &items, QList<Entry> *entries = nullptr);
// The entry of an item, its personal values put back; false on damage.
bool entryOf(const Item &item, Entry &e);
// A format-2 batch read without a database, so that an import can read the
// next ones on another thread while it merges (sync/ReadAhead.h): its items
// (referring to the body's bytes: keep the batch), the hash its signature
// covers, and, when every item is well formed (checkItems), their entries
// (an empty one for an item left out, so that entries[i] is items[i]'s).
struct ReadBatch {
    QList<Item> items;
    QByteArray hash; // empty when the body is not a list of items
    bool wellFormed = false;
    QList<Entry> entries;
};
ReadBatch read(const BatchRecord &b);
// Its origin's signature, over the hash `read` found.
bool verifyRead(const QByteArray &orgId, const QByteArray &publicKey, const BatchRecord &b, const ReadBatch &r);
// Every entry of a batch of either format, in order, its personal values put
// back (an item left out of a format-3 batch is passed over); `erased` tells that they were cut out (the entry then holds blanks and
// no author signature). Damage: RecordReader::damaged().
Status forEachEntry(const BatchRecord &b, const std::function<Status(Entry &, bool erased)> &each);
Status forEachEntry(const QList<Item> &items, const std::function<Status(Entry &, bool erased)> &each);
// A format-2 body with the personal values of the entries `erased` names cut
// out; `changed` tells whether any was. The signature still holds.
Result<QByteArray> redact(const QByteArray &body, const std::function<bool(const Entry &)> &erased, bool *changed,
                          int format = 2);

} // namespace batches
} // namespace tamkeen::sync
