// Temporary files held in memory while they are small. A statement that
// writes more than one table (a row and the marks its triggers make) keeps a
// statement journal; SQLite holds it in memory up to 64 KiB, then opens a
// temporary file here for the rest of the transaction and writes every later
// statement's journal into it. Sealed page by page and written with a system
// call each, that file took three quarters of a bulk load of households.
// Here it stays in memory up to kTempHeld (and all such files together up to
// kTempHeldInAll) and is sealed in the file only beyond: a sort of a million
// rows, a statement over a whole table. What is held is plain text, as
// SQLite's page cache is: every buffer is wiped before it is freed.
#include "storage/crypt/CryptFile.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <new>
#include <sodium.h>

namespace tamkeen::storage::crypt::detail {

namespace {

std::atomic<sqlite3_int64> g_heldInAll{0}; // capacity held by every temporary file of the process

void wipeAndFree(std::unique_ptr<unsigned char[]> &buffer, sqlite3_int64 capacity)
{
    if (buffer && capacity > 0)
        sodium_memzero(buffer.get(), size_t(capacity));
    buffer.reset();
}

// Room for `size` bytes, growing by doubling; false when the process's
// budget or the memory is not there (the caller spills instead).
bool reserve(CryptFile *f, sqlite3_int64 size)
{
    if (size <= f->heldCapacity)
        return true;
    const sqlite3_int64 capacity = std::min(kTempHeld, std::max({size, 2 * f->heldCapacity, sqlite3_int64(64 * 1024)}));
    const sqlite3_int64 more = capacity - f->heldCapacity;
    if (g_heldInAll.fetch_add(more) + more > kTempHeldInAll) {
        g_heldInAll.fetch_sub(more);
        return false;
    }
    std::unique_ptr<unsigned char[]> grown(new (std::nothrow) unsigned char[size_t(capacity)]);
    if (!grown) {
        g_heldInAll.fetch_sub(more);
        return false;
    }
    std::memset(grown.get(), 0, size_t(capacity));
    if (f->heldSize > 0)
        std::memcpy(grown.get(), f->held.get(), size_t(f->heldSize));
    wipeAndFree(f->held, f->heldCapacity);
    f->held = std::move(grown);
    f->heldCapacity = capacity;
    return true;
}

// What is held goes into the sealed file, in pieces of a size SQLite writes
// (its own file layer takes at most 128 KiB a call and calls a larger write
// a full disk). On failure it is still held: nothing lost.
int spill(CryptFile *f)
{
    constexpr sqlite3_int64 kPiece = 64 * 1024;
    for (sqlite3_int64 at = 0; at < f->heldSize; at += kPiece)
        if (const int rc = streamWrite(f, f->held.get() + at, int(std::min(kPiece, f->heldSize - at)), at);
            rc != SQLITE_OK)
            return rc;
    tempForget(f);
    f->spilled = true;
    return SQLITE_OK;
}

} // namespace

int tempRead(CryptFile *f, unsigned char *out, int amt, sqlite3_int64 off)
{
    if (f->spilled)
        return streamRead(f, out, amt, off);
    const sqlite3_int64 have = std::clamp<sqlite3_int64>(f->heldSize - off, 0, amt);
    if (have > 0)
        std::memcpy(out, f->held.get() + off, size_t(have));
    if (have == amt)
        return SQLITE_OK;
    std::memset(out + have, 0, size_t(amt - have)); // as SQLite expects past the end
    return SQLITE_IOERR_SHORT_READ;
}

int tempWrite(CryptFile *f, const unsigned char *in, int amt, sqlite3_int64 off)
{
    if (!f->spilled) {
        const sqlite3_int64 end = off + amt;
        if (end <= kTempHeld && reserve(f, end)) {
            std::memcpy(f->held.get() + off, in, size_t(amt)); // a gap before `off` reads as zeros
            f->heldSize = std::max(f->heldSize, end);
            return SQLITE_OK;
        }
        if (const int rc = spill(f); rc != SQLITE_OK)
            return rc;
    }
    return streamWrite(f, in, amt, off);
}

int tempTruncate(CryptFile *f, sqlite3_int64 size)
{
    if (f->spilled)
        return SQLITE_NOTFOUND;
    size = std::max<sqlite3_int64>(size, 0);
    if (size < f->heldSize) {
        sodium_memzero(f->held.get() + size, size_t(f->heldSize - size)); // zeros again, as a grown file reads
        f->heldSize = size;
    } else if (size > f->heldSize) { // grown, as a file would be: zeros
        if (size > kTempHeld || !reserve(f, size)) {
            if (const int rc = spill(f); rc != SQLITE_OK)
                return rc;
            return SQLITE_NOTFOUND;
        }
        f->heldSize = size;
    }
    return SQLITE_OK;
}

bool tempSize(const CryptFile *f, sqlite3_int64 *size)
{
    if (f->spilled)
        return false;
    *size = f->heldSize;
    return true;
}

void tempForget(CryptFile *f)
{
    g_heldInAll.fetch_sub(f->heldCapacity);
    wipeAndFree(f->held, f->heldCapacity);
    f->heldSize = 0;
    f->heldCapacity = 0;
}

} // namespace tamkeen::storage::crypt::detail
