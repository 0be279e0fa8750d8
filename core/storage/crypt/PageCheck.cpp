#include "storage/crypt/PageCheck.h"

#include "storage/crypt/CryptFile.h"

#include <QFile>
#include <QtEndian>
#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace tamkeen::storage::crypt {

using namespace detail;

namespace {

constexpr qint64 kChunkPages = 64; // 256 KiB a read

// Opens pages [first, last] (numbered from 1) of the file; stops at the first
// that does not open, or once `failed` is set by the other half.
bool pagesOpen(const QString &path, const Keys &keys, qint64 first, qint64 last, qint64 unwritten,
               std::atomic<bool> &failed)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    std::vector<unsigned char> chunk(size_t(kChunkPages * kPageSize));
    bool ok = true;
    for (qint64 page = first; ok && page <= last && !failed; page += kChunkPages) {
        const qint64 count = std::min(kChunkPages, last - page + 1);
        const qint64 bytes = count * kPageSize;
        ok = file.seek(kHeaderSize + (page - 1) * kPageSize)
            && file.read(reinterpret_cast<char *>(chunk.data()), bytes) == bytes;
        for (qint64 i = 0; ok && i < count; ++i)
            ok = page + i == unwritten || openPage(keys, chunk.data() + i * kPageSize, kPageSize, 'D', quint64(page + i));
    }
    sodium_memzero(chunk.data(), chunk.size()); // pages in clear
    if (!ok)
        failed = true;
    return ok;
}

} // namespace

bool allPagesOpen(const QString &path) { return allPagesOpen(path, kLockBytePage); }

bool allPagesOpen(const QString &path, qint64 unwrittenPage)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    FileHeader header;
    if (!parseHeader(file.read(kMetaSize), header))
        return false;
    const KeysPtr keys = lookupKeys(header.fileId);
    const qint64 bytes = file.size() - kHeaderSize;
    if (!keys || bytes < kPageSize || bytes % kPageSize != 0)
        return false;
    const qint64 pages = bytes / kPageSize;
    // Page 1's own count of pages, valid when its change counter says so (SQLite's file format, 1.3.7).
    std::vector<unsigned char> first(kPageSize);
    if (!file.seek(kHeaderSize) || file.read(reinterpret_cast<char *>(first.data()), kPageSize) != kPageSize
        || !openPage(*keys, first.data(), kPageSize, 'D', 1))
        return false;
    const bool countValid = qFromBigEndian<quint32>(first.data() + 24) == qFromBigEndian<quint32>(first.data() + 92);
    const qint64 counted = qFromBigEndian<quint32>(first.data() + 28);
    sodium_memzero(first.data(), first.size());
    if (countValid && counted != pages)
        return false; // cut short, or more than SQLite wrote
    std::atomic<bool> failed = false;
    const qint64 half = (pages + 1) / 2;
    bool second = true;
    std::thread other([&] { second = pagesOpen(path, *keys, half + 1, pages, unwrittenPage, failed); });
    const bool firstHalf = pagesOpen(path, *keys, 1, half, unwrittenPage, failed);
    other.join();
    return firstHalf && second;
}

} // namespace tamkeen::storage::crypt
