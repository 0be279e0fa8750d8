#include "storage/crypt/CryptFile.h"

#include <algorithm>
#include <cstring>

namespace tamkeen::storage::crypt::detail {

bool ensureKeys(CryptFile *f)
{
    if (f->keys)
        return true;
    f->keys = lookupKeys(f->fileId);
    if (!f->keys)
        return false;
    f->locked = false;
    if (f->kind == Kind::Journal)
        f->streamKey = f->keys->journal;
    return true;
}

// --- main database ---------------------------------------------------------

int mainRead(CryptFile *f, unsigned char *out, int amt, sqlite3_int64 off)
{
    if (!ensureKeys(f)) {
        // Opening a connection reads SQLite's 100-byte header for the page
        // size: zeros let it open (to read our header), every page read fails.
        if (off == 0 && amt <= 100) {
            std::memset(out, 0, size_t(amt));
            return SQLITE_IOERR_SHORT_READ;
        }
        return SQLITE_IOERR_AUTH;
    }
    const int ps = kPageSize;
    while (amt > 0) {
        const sqlite3_int64 pageIndex = off / ps;
        const int within = int(off % ps);
        const int n = std::min(amt, ps - within);
        const bool whole = within == 0 && n == ps;
        unsigned char *buf = whole ? out : f->page.data();
        const int rc = f->real->pMethods->xRead(f->real, buf, ps, f->prefix + pageIndex * ps);
        if (rc == SQLITE_IOERR_SHORT_READ) {
            // Past the end SQLite expects zeros; a page cut in the middle is damage.
            sqlite3_int64 size = 0;
            if (f->real->pMethods->xFileSize(f->real, &size) == SQLITE_OK && size > f->prefix + pageIndex * ps)
                return SQLITE_IOERR_DATA;
            std::memset(out, 0, size_t(amt));
            return SQLITE_IOERR_SHORT_READ;
        }
        if (rc != SQLITE_OK)
            return rc;
        if (!openPage(*f->keys, buf, ps, 'D', quint64(pageIndex) + 1))
            return SQLITE_IOERR_DATA;
        if (!whole)
            std::memcpy(out, buf + within, size_t(n));
        out += n;
        amt -= n;
        off += n;
    }
    return SQLITE_OK;
}

namespace {

// SQLITE_OK when the write is one whole page that can be sealed.
int sealable(CryptFile *f, const unsigned char *in, int amt, sqlite3_int64 off)
{
    if (!ensureKeys(f))
        return SQLITE_IOERR_AUTH;
    if (amt != kPageSize || off % kPageSize != 0)
        return SQLITE_IOERR_WRITE; // SQLite writes whole pages; anything else is not ours to seal
    if (off == 0) {
        // Page 1 states the page size and the reserved bytes: the seal needs both.
        const int size = (in[16] << 8 | in[17]) == 1 ? 65536 : (in[16] << 8 | in[17]);
        if (size != kPageSize || in[20] < kReserve)
            return SQLITE_IOERR_WRITE;
    }
    return SQLITE_OK;
}

} // namespace

int mainWrite(CryptFile *f, const unsigned char *in, int amt, sqlite3_int64 off)
{
    if (const int rc = sealable(f, in, amt, off); rc != SQLITE_OK)
        return rc;
    const int ps = kPageSize;
    std::memcpy(f->page.data(), in, size_t(ps));
    sealPage(*f->keys, f->page.data(), ps, 'D', quint64(off / ps) + 1);
    return f->real->pMethods->xWrite(f->real, f->page.data(), ps, f->prefix + off);
}

int behindWrite(CryptFile *f, const unsigned char *in, int amt, sqlite3_int64 off)
{
    if (const int rc = sealable(f, in, amt, off); rc != SQLITE_OK)
        return rc;
    return f->behind->write(in, off);
}

// --- write-ahead log -------------------------------------------------------


int walRead(CryptFile *f, unsigned char *out, int amt, sqlite3_int64 off)
{
    if (!ensureKeys(f))
        return SQLITE_IOERR_AUTH;
    const int ps = kPageSize;
    // The common shapes first: a frame's page, a whole frame.
    if (off >= kWalHeader) {
        const qint64 rel = off - kWalHeader;
        const quint64 frame = quint64(rel / frameSize());
        const qint64 at = rel % frameSize();
        if (at == kFrameHeader && amt == ps) {
            const int rc = f->real->pMethods->xRead(f->real, out, amt, off);
            if (rc != SQLITE_OK)
                return rc;
            return openPage(*f->keys, out, ps, 'W', frame) ? SQLITE_OK : SQLITE_IOERR_DATA;
        }
        if (at == 0 && amt == frameSize()) {
            const int rc = f->real->pMethods->xRead(f->real, out, amt, off);
            if (rc != SQLITE_OK)
                return rc;
            xorFrameHeader(*f->keys, out, frame);
            if (!openPage(*f->keys, out + kFrameHeader, ps, 'W', frame)) {
                // Whole frames are read when the log is recovered: a frame torn
                // by a power cut ends the log there, as SQLite does with a bad
                // checksum (its salts, inverted, no longer match the log's).
                // A first frame that does not open is another file's log, or
                // one damaged from its start: refused, so that it is named.
                if (frame == 0)
                    return SQLITE_IOERR_DATA;
                for (int i = 8; i < 16; ++i)
                    out[i] = uchar(~out[i]);
            }
            return SQLITE_OK;
        }
    }
    // Anything else (the log's header, a frame header's checksums): piece by piece.
    while (amt > 0) {
        if (off < kWalHeader) {
            const int n = int(std::min<qint64>(amt, kWalHeader - off));
            const int rc = f->real->pMethods->xRead(f->real, out, n, off);
            if (rc != SQLITE_OK)
                return rc;
            out += n, amt -= n, off += n;
            continue;
        }
        const qint64 rel = off - kWalHeader;
        const quint64 frame = quint64(rel / frameSize());
        const qint64 at = rel % frameSize();
        const qint64 frameStart = kWalHeader + qint64(frame) * frameSize();
        if (at < kFrameHeader) {
            unsigned char hdr[kFrameHeader];
            const int rc = f->real->pMethods->xRead(f->real, hdr, kFrameHeader, frameStart);
            if (rc != SQLITE_OK)
                return rc;
            xorFrameHeader(*f->keys, hdr, frame);
            const int n = int(std::min<qint64>(amt, kFrameHeader - at));
            std::memcpy(out, hdr + at, size_t(n));
            out += n, amt -= n, off += n;
            continue;
        }
        const int within = int(at - kFrameHeader);
        const int n = std::min(amt, ps - within);
        const int rc = f->real->pMethods->xRead(f->real, f->page.data(), ps, frameStart + kFrameHeader);
        if (rc != SQLITE_OK)
            return rc;
        if (!openPage(*f->keys, f->page.data(), ps, 'W', frame))
            return SQLITE_IOERR_DATA;
        std::memcpy(out, f->page.data() + within, size_t(n));
        out += n, amt -= n, off += n;
    }
    return SQLITE_OK;
}

int walWrite(CryptFile *f, const unsigned char *in, int amt, sqlite3_int64 off)
{
    if (!ensureKeys(f))
        return SQLITE_IOERR_AUTH;
    const int ps = kPageSize;
    if (off == 0 && amt == kWalHeader)
        return f->real->pMethods->xWrite(f->real, in, amt, off);
    if (off < kWalHeader)
        return SQLITE_IOERR_WRITE;
    const qint64 rel = off - kWalHeader;
    const quint64 frame = quint64(rel / frameSize());
    const qint64 at = rel % frameSize();
    if (at == 0 && (amt == kFrameHeader || amt == frameSize())) {
        std::memcpy(f->page.data(), in, size_t(kFrameHeader));
        xorFrameHeader(*f->keys, f->page.data(), frame);
        if (amt == kFrameHeader)
            return f->real->pMethods->xWrite(f->real, f->page.data(), kFrameHeader, off);
        std::vector<unsigned char> whole(static_cast<size_t>(frameSize()));
        std::memcpy(whole.data(), f->page.data(), kFrameHeader);
        std::memcpy(whole.data() + kFrameHeader, in + kFrameHeader, size_t(ps));
        sealPage(*f->keys, whole.data() + kFrameHeader, ps, 'W', frame);
        return f->real->pMethods->xWrite(f->real, whole.data(), amt, off);
    }
    if (at == kFrameHeader && amt == ps) {
        std::memcpy(f->page.data(), in, size_t(ps));
        sealPage(*f->keys, f->page.data(), ps, 'W', frame);
        return f->real->pMethods->xWrite(f->real, f->page.data(), ps, off);
    }
    return SQLITE_IOERR_WRITE;
}

// --- journals and temporary files: a stream, from a prefix nonce or in memory ---

int streamRead(CryptFile *f, unsigned char *out, int amt, sqlite3_int64 off)
{
    if (f->kind == Kind::Journal && !ensureKeys(f))
        return SQLITE_IOERR_AUTH;
    if (f->kind == Kind::Journal && !f->hasNonce) {
        std::memset(out, 0, size_t(amt));
        return SQLITE_IOERR_SHORT_READ;
    }
    const int rc = f->real->pMethods->xRead(f->real, out, amt, f->prefix + off);
    if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
        return rc;
    xorStream(out, amt, off, f->streamNonce.data(), f->streamKey.data());
    if (rc == SQLITE_IOERR_SHORT_READ) {
        // The zeros past the end were turned into key stream: zeros again, as SQLite expects.
        sqlite3_int64 size = 0;
        if (f->real->pMethods->xFileSize(f->real, &size) == SQLITE_OK) {
            const sqlite3_int64 have = std::clamp<sqlite3_int64>(size - f->prefix - off, 0, amt);
            std::memset(out + have, 0, size_t(amt - have));
        }
    }
    return rc;
}

int streamWrite(CryptFile *f, const unsigned char *in, int amt, sqlite3_int64 off)
{
    if (f->kind == Kind::Journal && !ensureKeys(f))
        return SQLITE_IOERR_AUTH;
    if (f->kind == Kind::Journal && !f->hasNonce) {
        unsigned char prefix[kJournalPrefix] = {'T', 'K', 'J', 'N', 'L', '0', '0', '1'};
        randombytes_buf(prefix + 8, kNonceBytes);
        if (const int rc = f->real->pMethods->xWrite(f->real, prefix, kJournalPrefix, 0); rc != SQLITE_OK)
            return rc;
        std::memcpy(f->streamNonce.data(), prefix + 8, kNonceBytes);
        f->hasNonce = true;
    }
    std::vector<unsigned char> buf(in, in + amt);
    xorStream(buf.data(), amt, off, f->streamNonce.data(), f->streamKey.data());
    return f->real->pMethods->xWrite(f->real, buf.data(), amt, f->prefix + off);
}

} // namespace tamkeen::storage::crypt::detail
