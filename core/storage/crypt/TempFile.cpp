// Temporary files held in memory while they are small. A statement that
// writes more than one table (a row and the marks its triggers make) keeps a
// statement journal; SQLite holds it in memory up to 64 KiB, then opens a
// temporary file here for the rest of the transaction and writes every later
// statement's journal into it. Sealed page by page and written with a system
// call each, that file took three quarters of a bulk load of households.
// Here it stays in memory up to kTempHeld and is sealed in the file only
// beyond (a sort of a million rows, a statement over a whole table).
#include "storage/crypt/CryptFile.h"

#include <algorithm>
#include <cstring>
#include <sodium.h>

namespace tamkeen::storage::crypt::detail {

int tempRead(CryptFile *f, unsigned char *out, int amt, sqlite3_int64 off)
{
    if (f->spilled)
        return streamRead(f, out, amt, off);
    const auto size = sqlite3_int64(f->held.size());
    const sqlite3_int64 have = std::clamp<sqlite3_int64>(size - off, 0, amt);
    if (have > 0)
        std::memcpy(out, f->held.data() + off, size_t(have));
    if (have == amt)
        return SQLITE_OK;
    std::memset(out + have, 0, size_t(amt - have)); // as SQLite expects past the end
    return SQLITE_IOERR_SHORT_READ;
}

int tempWrite(CryptFile *f, const unsigned char *in, int amt, sqlite3_int64 off)
{
    if (!f->spilled) {
        const sqlite3_int64 end = off + amt;
        if (end <= kTempHeld) {
            if (sqlite3_int64(f->held.size()) < end)
                f->held.resize(size_t(end)); // zeros in any gap, as a file would read
            std::memcpy(f->held.data() + off, in, size_t(amt));
            return SQLITE_OK;
        }
        // Outgrown: what is held goes into the sealed file first, in pieces
        // of a size SQLite writes (its own file layer takes at most 128 KiB
        // at a time, and calls a larger write a full disk).
        constexpr sqlite3_int64 kPiece = 64 * 1024;
        const auto size = sqlite3_int64(f->held.size());
        for (sqlite3_int64 at = 0; at < size; at += kPiece)
            if (const int rc = streamWrite(f, f->held.data() + at, int(std::min(kPiece, size - at)), at);
                rc != SQLITE_OK)
                return rc; // still held: nothing lost
        tempForget(f);
        f->spilled = true;
    }
    return streamWrite(f, in, amt, off);
}

int tempTruncate(CryptFile *f, sqlite3_int64 size)
{
    if (f->spilled)
        return SQLITE_NOTFOUND;
    if (size < sqlite3_int64(f->held.size()))
        f->held.resize(size_t(std::max<sqlite3_int64>(size, 0)));
    return SQLITE_OK;
}

bool tempSize(const CryptFile *f, sqlite3_int64 *size)
{
    if (f->spilled)
        return false;
    *size = sqlite3_int64(f->held.size());
    return true;
}

void tempForget(CryptFile *f)
{
    if (!f->held.empty())
        sodium_memzero(f->held.data(), f->held.size());
    std::vector<unsigned char>().swap(f->held);
}

} // namespace tamkeen::storage::crypt::detail
