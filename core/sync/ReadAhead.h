#pragma once
// A package's chunks decrypted and their records read on a second thread
// while the import merges the ones before: what needs no database (the
// decryption, the records, a batch's items, their hash and their entries)
// is a fifth of an import, and a laptop has a second core. The merge, the
// signatures' keys and everything that reads or writes the database stay on
// the importing thread (ImportRun).
#include "sync/Batches.h"
#include "sync/Package.h"
#include "sync/Records.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace tamkeen::sync {

// A record as read ahead; `batch` is filled for a format-2 batch when `batchRead`.
struct ReadRecord {
    Record record;
    batches::ReadBatch batch;
    bool batchRead = false;
};

class ReadAhead {
public:
    // `reader` has started decrypting; it is this object's until it is destroyed.
    explicit ReadAhead(PackageReader &reader);
    ~ReadAhead(); // stops reading and waits for the thread
    ReadAhead(const ReadAhead &) = delete;
    ReadAhead &operator=(const ReadAhead &) = delete;

    // The next chunk's records, in order, then what stopped the reading
    // there, if anything (a damaged chunk or record). Not called again
    // after the last chunk (`end`) or an error.
    // A chunk larger than a writer makes, or of very many records, comes
    // as its bytes (`plain`) for the caller to read itself: what is read
    // ahead stays within a few MiB whatever a package holds.
    struct Chunk {
        QList<ReadRecord> records;
        QByteArray plain; // not read ahead: the records are in here
        Status status;
        bool end = false;
    };
    Chunk next();
    // A chunk whose records were applied: freed on the reading thread, where
    // they were made (a free on another thread waits for the allocator's lock).
    void done(Chunk &&chunk);

private:
    static constexpr size_t kChunksAhead = 8;                 // writers fill 64 KiB
    static constexpr qsizetype kAheadBytes = 256 * 1024;      // a larger chunk is not read ahead
    static constexpr qsizetype kAheadRecords = 1000;          // nor one of more records

    Chunk readChunk();
    void run();

    PackageReader &m_reader;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_ready;
    std::deque<Chunk> m_spent;
    bool m_stop = false;
    std::thread m_thread; // not started: next() reads on the calling thread
};

} // namespace tamkeen::sync
