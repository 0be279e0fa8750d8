#include "sync/ReadAhead.h"

namespace tamkeen::sync {

ReadAhead::ReadAhead(PackageReader &reader) : m_reader(reader)
{
    try {
        m_thread = std::thread([this] { run(); });
    } catch (...) { // no thread to be had: next() reads each chunk itself
    }
}

ReadAhead::~ReadAhead()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

ReadAhead::Chunk ReadAhead::readChunk()
{
    Chunk chunk;
    QByteArray plain;
    auto more = m_reader.nextPlain(plain);
    if (!more) {
        chunk.status = more.error();
        return chunk;
    }
    if (!more.value()) {
        chunk.end = true;
        return chunk;
    }
    if (plain.size() > kAheadBytes) {
        chunk.plain = plain;
        return chunk;
    }
    bool tooMany = false;
    chunk.status = RecordReader::forEach(plain, [&](Record &r) -> Status {
        if (chunk.records.size() >= kAheadRecords) {
            tooMany = true;
            return makeError(ErrorCode::Cancelled, QString()); // stops the reading: the caller reads this one
        }
        ReadRecord read{r, {}, false};
        if (r.batch.format >= 2 && (r.kind == wire::BatchV2Kind || r.kind == wire::BatchV3Kind)) {
            read.batch = batches::read(read.record.batch);
            read.batchRead = true;
        }
        chunk.records.append(std::move(read));
        return {};
    });
    if (tooMany) {
        chunk.records.clear();
        chunk.status = {};
        chunk.plain = plain;
    }
    return chunk;
}

void ReadAhead::run()
{
    for (;;) {
        Chunk chunk = readChunk();
        const bool last = chunk.end || !chunk.status;
        std::deque<Chunk> spent;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || m_ready.size() < kChunksAhead; });
            if (m_stop)
                return;
            m_ready.push_back(std::move(chunk));
            spent.swap(m_spent);
        }
        m_changed.notify_all();
        spent.clear(); // outside the lock
        if (last)
            return;
    }
}

void ReadAhead::done(Chunk &&chunk)
{
    if (!m_thread.joinable())
        return; // freed here, as it was made here
    std::lock_guard lock(m_mutex);
    m_spent.push_back(std::move(chunk));
}

ReadAhead::Chunk ReadAhead::next()
{
    if (!m_thread.joinable())
        return readChunk();
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_ready.empty(); });
    Chunk chunk = std::move(m_ready.front());
    m_ready.pop_front();
    m_changed.notify_all();
    return chunk;
}

} // namespace tamkeen::sync
