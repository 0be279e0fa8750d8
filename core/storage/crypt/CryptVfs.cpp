#include "storage/crypt/CryptVfs.h"

#include "storage/crypt/CryptFile.h"
#include "storage/crypt/CryptFormat.h"

#include <QtEndian>
#include <algorithm>
#include <array>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <new>
#include <string>
#include <vector>
#include <sodium.h>
#include <sqlite3.h>

namespace tamkeen::storage::crypt {

using namespace detail;

namespace {

// File controls of our own, passed down by sqlite3_file_control.
constexpr int kFcntlMode = 0x54414D01;
constexpr int kFcntlReadHeader = 0x54414D02;
constexpr int kFcntlWriteHeader = 0x54414D03;
constexpr int kFcntlWriteBehind = 0x54414D04;

struct HeaderWrite {
    qint64 offset;
    const QByteArray *bytes;
};

struct OpenMain {
    QByteArray fileId;
    int refs = 0;
};

std::mutex g_mutex;
std::map<QByteArray, KeysPtr> g_keys;          // file id -> keys, while logged in
std::map<std::string, OpenMain> g_openMains;    // main file name as SQLite gave it -> its keys
sqlite3_vfs g_vfs;
sqlite3_vfs *g_root = nullptr;


constexpr size_t alignedSize() { return (sizeof(CryptFile) + 15) & ~size_t(15); }

// --- the io methods ----------------------------------------------------------

// A file whose pages are sealed on a second thread (WriteBehind) is used by
// one thread at a time: every call but a page write waits for the queue.
int settle(CryptFile *f) { return f->behind ? f->behind->settle() : SQLITE_OK; }

int xClose(sqlite3_file *file)
{
    CryptFile *f = self(file);
    int rc = settle(f);
    f->behind.reset();
    if (f->real->pMethods)
        rc = f->real->pMethods->xClose(f->real);
    if (!f->mainName.empty()) {
        std::lock_guard lock(g_mutex);
        auto it = g_openMains.find(f->mainName);
        if (it != g_openMains.end() && --it->second.refs <= 0)
            g_openMains.erase(it);
    }
    sodium_memzero(f->streamKey.data(), f->streamKey.size());
    tempForget(f);
    if (!f->page.empty())
        sodium_memzero(f->page.data(), f->page.size()); // the last page opened, in clear
    f->~CryptFile();
    return rc;
}

int xRead(sqlite3_file *file, void *buf, int amt, sqlite3_int64 off)
{
    CryptFile *f = self(file);
    auto *out = static_cast<unsigned char *>(buf);
    if (const int rc = settle(f); rc != SQLITE_OK)
        return rc; // a page not written is not read back as damage
    switch (f->kind) {
    case Kind::Plain:
        return f->real->pMethods->xRead(f->real, buf, amt, off);
    case Kind::MainDb:
        return mainRead(f, out, amt, off);
    case Kind::Wal:
        return walRead(f, out, amt, off);
    case Kind::Journal:
        return streamRead(f, out, amt, off);
    case Kind::Temp:
        return tempRead(f, out, amt, off);
    }
    return SQLITE_IOERR_READ;
}

int xWrite(sqlite3_file *file, const void *buf, int amt, sqlite3_int64 off)
{
    CryptFile *f = self(file);
    const auto *in = static_cast<const unsigned char *>(buf);
    switch (f->kind) {
    case Kind::Plain:
        return f->real->pMethods->xWrite(f->real, buf, amt, off);
    case Kind::MainDb:
        if (f->behind)
            return behindWrite(f, in, amt, off);
        return mainWrite(f, in, amt, off);
    case Kind::Wal:
        return walWrite(f, in, amt, off);
    case Kind::Journal:
        return streamWrite(f, in, amt, off);
    case Kind::Temp:
        return tempWrite(f, in, amt, off);
    }
    return SQLITE_IOERR_WRITE;
}

int xTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    CryptFile *f = self(file);
    if (const int rc = settle(f); rc != SQLITE_OK)
        return rc;
    if (f->kind == Kind::Journal && size == 0) {
        f->hasNonce = false; // a new nonce with the next write: never the same stream twice
        return f->real->pMethods->xTruncate(f->real, 0);
    }
    if (f->kind == Kind::Temp)
        if (const int rc = tempTruncate(f, size); rc != SQLITE_NOTFOUND)
            return rc;
    if (f->kind == Kind::Temp && size == 0) // a statement journal starting again
        randombytes_buf(f->streamNonce.data(), f->streamNonce.size());
    if (f->kind == Kind::Journal && !f->hasNonce)
        return SQLITE_OK;
    return f->real->pMethods->xTruncate(f->real, size + f->prefix);
}

int xSync(sqlite3_file *file, int flags)
{
    // A page that failed to be written fails the commit that syncs it.
    if (const int rc = settle(self(file)); rc != SQLITE_OK)
        return rc;
    return real(file)->pMethods->xSync(real(file), flags);
}

int xFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    CryptFile *f = self(file);
    if (const int rc = settle(f); rc != SQLITE_OK)
        return rc;
    if (f->kind == Kind::Temp && tempSize(f, size))
        return SQLITE_OK;
    const int rc = f->real->pMethods->xFileSize(f->real, size);
    if (rc == SQLITE_OK)
        *size = std::max<sqlite3_int64>(0, *size - f->prefix);
    return rc;
}

int xLock(sqlite3_file *file, int level)
{
    settle(self(file));
    return real(file)->pMethods->xLock(real(file), level);
}
int xUnlock(sqlite3_file *file, int level)
{
    settle(self(file));
    return real(file)->pMethods->xUnlock(real(file), level);
}
int xCheckReservedLock(sqlite3_file *file, int *out)
{
    settle(self(file));
    return real(file)->pMethods->xCheckReservedLock(real(file), out);
}

int xFileControl(sqlite3_file *file, int op, void *arg)
{
    CryptFile *f = self(file);
    if (f->behind && op == SQLITE_FCNTL_SIZE_HINT) {
        f->behind->sizeHint(*static_cast<sqlite3_int64 *>(arg)); // in its place between the writes
        return SQLITE_OK;
    }
    // The sync SQLite asks for with synchronous = OFF, too, fails with a page that was not written.
    if (const int rc = settle(f); rc != SQLITE_OK && op == SQLITE_FCNTL_SYNC)
        return rc;
    switch (op) {
    case kFcntlWriteBehind:
        if (f->kind != Kind::MainDb || !ensureKeys(f))
            return SQLITE_NOTFOUND;
        try {
            if (!f->behind)
                f->behind = std::make_unique<WriteBehind>(f->keys, f->real, f->prefix);
        } catch (...) { // no thread to be had: pages are sealed here, as for any file
            return SQLITE_NOTFOUND;
        }
        return SQLITE_OK;
    case kFcntlMode:
        *static_cast<int *>(arg) = f->kind == Kind::MainDb ? (f->locked ? int(FileMode::Locked) : int(FileMode::Encrypted))
                                                            : int(FileMode::Plain);
        return SQLITE_OK;
    case kFcntlReadHeader: {
        if (f->kind != Kind::MainDb)
            return SQLITE_NOTFOUND;
        auto *out = static_cast<QByteArray *>(arg);
        out->resize(kHeaderSize);
        return f->real->pMethods->xRead(f->real, out->data(), int(kHeaderSize), 0);
    }
    case kFcntlWriteHeader: {
        const auto *w = static_cast<const HeaderWrite *>(arg);
        if (f->kind != Kind::MainDb || w->offset < kMetaSize || w->offset + w->bytes->size() > kHeaderSize)
            return SQLITE_NOTFOUND;
        const int rc = f->real->pMethods->xWrite(f->real, w->bytes->constData(), int(w->bytes->size()), w->offset);
        return rc != SQLITE_OK ? rc : f->real->pMethods->xSync(f->real, SQLITE_SYNC_FULL);
    }
    case SQLITE_FCNTL_SIZE_HINT:
        if (f->prefix != 0) {
            sqlite3_int64 hint = *static_cast<sqlite3_int64 *>(arg) + f->prefix;
            return f->real->pMethods->xFileControl(f->real, op, &hint);
        }
        break;
    case SQLITE_FCNTL_MMAP_SIZE:
        if (f->kind != Kind::Plain) {
            // SQLite would read a mapped file's pages without asking us to open them.
            *static_cast<sqlite3_int64 *>(arg) = 0;
            return SQLITE_OK;
        }
        break;
    default:
        break;
    }
    return f->real->pMethods->xFileControl(f->real, op, arg);
}

int xSectorSize(sqlite3_file *file)
{
    settle(self(file));
    return real(file)->pMethods->xSectorSize(real(file));
}

int xDeviceCharacteristics(sqlite3_file *file)
{
    CryptFile *f = self(file);
    settle(f);
    int c = f->real->pMethods->xDeviceCharacteristics(f->real);
    // A sealed page is written whole: SQLite must not pad the log to a sector
    // boundary by splitting a frame (it does so only without this property).
    if (f->kind == Kind::Wal || f->kind == Kind::MainDb)
        c |= SQLITE_IOCAP_POWERSAFE_OVERWRITE;
    return c;
}

int xShmMap(sqlite3_file *file, int page, int size, int extend, void volatile **out)
{
    return real(file)->pMethods->xShmMap(real(file), page, size, extend, out);
}
int xShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    return real(file)->pMethods->xShmLock(real(file), offset, n, flags);
}
void xShmBarrier(sqlite3_file *file) { real(file)->pMethods->xShmBarrier(real(file)); }
int xShmUnmap(sqlite3_file *file, int deleteFlag) { return real(file)->pMethods->xShmUnmap(real(file), deleteFlag); }

int xFetch(sqlite3_file *file, sqlite3_int64 off, int amt, void **out)
{
    CryptFile *f = self(file);
    if (f->kind != Kind::Plain || f->real->pMethods->iVersion < 3) {
        *out = nullptr; // no memory map of sealed pages: SQLite reads them through xRead
        return SQLITE_OK;
    }
    return f->real->pMethods->xFetch(f->real, off, amt, out);
}

int xUnfetch(sqlite3_file *file, sqlite3_int64 off, void *p)
{
    CryptFile *f = self(file);
    if (f->kind != Kind::Plain || f->real->pMethods->iVersion < 3)
        return SQLITE_OK;
    return f->real->pMethods->xUnfetch(f->real, off, p);
}

const sqlite3_io_methods kMethods = {
    3,         xClose,      xRead,     xWrite,      xTruncate,   xSync,  xFileSize, xLock,     xUnlock,
    xCheckReservedLock, xFileControl, xSectorSize, xDeviceCharacteristics, xShmMap, xShmLock, xShmBarrier,
    xShmUnmap, xFetch,      xUnfetch,
};

// --- opening ---------------------------------------------------------------

// Decides what an opened main file is from its first bytes.
int classifyMain(CryptFile *f, const char *zName)
{
    sqlite3_int64 size = 0;
    if (const int rc = f->real->pMethods->xFileSize(f->real, &size); rc != SQLITE_OK)
        return rc;
    if (size < qint64(sizeof kMagic))
        return SQLITE_OK; // empty or tiny: plain (new encrypted files are made with their header first)
    QByteArray meta(kMetaSize, '\0');
    const int rc = f->real->pMethods->xRead(f->real, meta.data(), int(std::min<qint64>(size, kMetaSize)), 0);
    if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
        return rc;
    if (!hasMagic(meta.constData(), meta.size()))
        return SQLITE_OK;
    FileHeader header;
    if (!parseHeader(meta, header) || size < kHeaderSize)
        return SQLITE_NOTADB; // ours, but cut short or of a layout this version does not know
    f->kind = Kind::MainDb;
    f->prefix = kHeaderSize;
    f->fileId = header.fileId;
    f->keys = lookupKeys(header.fileId);
    f->locked = !f->keys;
    if (zName) {
        f->mainName = zName;
        std::lock_guard lock(g_mutex);
        OpenMain &m = g_openMains[f->mainName];
        m.fileId = f->fileId; // a WAL or journal opened for it is sealed with its key
        ++m.refs;
    }
    return SQLITE_OK;
}

// The file id of the encrypted main file a WAL or journal belongs to; empty for a plain one.
QByteArray fileIdOfMain(const char *zName)
{
    if (!zName)
        return {};
    const char *main = sqlite3_filename_database(zName);
    if (!main)
        return {};
    std::lock_guard lock(g_mutex);
    auto it = g_openMains.find(main);
    return it == g_openMains.end() ? QByteArray() : it->second.fileId;
}

int xOpen(sqlite3_vfs *, sqlite3_filename zName, sqlite3_file *file, int flags, int *outFlags)
{
    auto *f = new (file) CryptFile;
    f->base.pMethods = nullptr;
    f->real = reinterpret_cast<sqlite3_file *>(reinterpret_cast<char *>(file) + alignedSize());
    std::memset(f->real, 0, size_t(g_root->szOsFile));
    const int rc = g_root->xOpen(g_root, zName, f->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        if (f->real->pMethods)
            f->real->pMethods->xClose(f->real);
        f->~CryptFile();
        return rc;
    }
    f->base.pMethods = &kMethods;
    f->page.resize(size_t(std::max<qint64>(kPageSize, frameSize())));
    const bool temporary = (flags & (SQLITE_OPEN_TEMP_DB | SQLITE_OPEN_TEMP_JOURNAL | SQLITE_OPEN_SUBJOURNAL
                                     | SQLITE_OPEN_TRANSIENT_DB))
        || ((flags & SQLITE_OPEN_MAIN_DB) && (flags & SQLITE_OPEN_DELETEONCLOSE)) || !zName;
    int result = SQLITE_OK;
    if (temporary) {
        // Sorts and statement journals of any database: a key for this file only.
        f->kind = Kind::Temp;
        randombytes_buf(f->streamKey.data(), f->streamKey.size());
        randombytes_buf(f->streamNonce.data(), f->streamNonce.size());
    } else if (flags & SQLITE_OPEN_MAIN_DB) {
        result = classifyMain(f, zName);
    } else if (flags & SQLITE_OPEN_WAL) {
        if (QByteArray id = fileIdOfMain(zName); !id.isEmpty()) {
            f->kind = Kind::Wal;
            f->fileId = id;
            ensureKeys(f);
        }
    } else if (flags & SQLITE_OPEN_MAIN_JOURNAL) { // a super-journal holds only file names
        if (QByteArray id = fileIdOfMain(zName); !id.isEmpty()) {
            f->kind = Kind::Journal;
            f->fileId = id;
            ensureKeys(f);
            f->prefix = kJournalPrefix;
            sqlite3_int64 size = 0;
            if (f->real->pMethods->xFileSize(f->real, &size) == SQLITE_OK && size >= kJournalPrefix) {
                unsigned char prefix[kJournalPrefix];
                if (f->real->pMethods->xRead(f->real, prefix, kJournalPrefix, 0) == SQLITE_OK) {
                    std::memcpy(f->streamNonce.data(), prefix + 8, kNonceBytes);
                    f->hasNonce = true;
                }
            }
        }
    }
    if (result != SQLITE_OK) {
        xClose(file);
        file->pMethods = nullptr;
    }
    return result;
}

int xDelete(sqlite3_vfs *, const char *name, int syncDir) { return g_root->xDelete(g_root, name, syncDir); }
int xAccess(sqlite3_vfs *, const char *name, int flags, int *out) { return g_root->xAccess(g_root, name, flags, out); }
int xFullPathname(sqlite3_vfs *, const char *name, int n, char *out) { return g_root->xFullPathname(g_root, name, n, out); }
void *xDlOpen(sqlite3_vfs *, const char *name) { return g_root->xDlOpen(g_root, name); }
void xDlError(sqlite3_vfs *, int n, char *msg) { g_root->xDlError(g_root, n, msg); }
void (*xDlSym(sqlite3_vfs *, void *h, const char *sym))(void) { return g_root->xDlSym(g_root, h, sym); }
void xDlClose(sqlite3_vfs *, void *h) { g_root->xDlClose(g_root, h); }
int xRandomness(sqlite3_vfs *, int n, char *out) { return g_root->xRandomness(g_root, n, out); }
int xSleep(sqlite3_vfs *, int micros) { return g_root->xSleep(g_root, micros); }
int xCurrentTime(sqlite3_vfs *, double *out) { return g_root->xCurrentTime(g_root, out); }
int xGetLastError(sqlite3_vfs *, int n, char *out) { return g_root->xGetLastError(g_root, n, out); }
int xCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out) { return g_root->xCurrentTimeInt64(g_root, out); }

sqlite3_file *mainFile(sqlite3 *db)
{
    sqlite3_file *file = nullptr;
    if (sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK)
        return nullptr;
    return file;
}

} // namespace

KeysPtr detail::lookupKeys(const QByteArray &fileId)
{
    std::lock_guard lock(g_mutex);
    auto it = g_keys.find(fileId);
    return it == g_keys.end() ? nullptr : it->second;
}

void ensureVfs()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0)
            qFatal("libsodium could not be initialised");
        g_root = sqlite3_vfs_find(nullptr);
        g_vfs = {};
        g_vfs.iVersion = 2;
        g_vfs.szOsFile = int(alignedSize()) + g_root->szOsFile;
        g_vfs.mxPathname = g_root->mxPathname;
        g_vfs.zName = "tamkeen";
        g_vfs.xOpen = xOpen;
        g_vfs.xDelete = xDelete;
        g_vfs.xAccess = xAccess;
        g_vfs.xFullPathname = xFullPathname;
        g_vfs.xDlOpen = xDlOpen;
        g_vfs.xDlError = xDlError;
        g_vfs.xDlSym = xDlSym;
        g_vfs.xDlClose = xDlClose;
        g_vfs.xRandomness = xRandomness;
        g_vfs.xSleep = xSleep;
        g_vfs.xCurrentTime = xCurrentTime;
        g_vfs.xGetLastError = xGetLastError;
        g_vfs.xCurrentTimeInt64 = xCurrentTimeInt64;
        sqlite3_vfs_register(&g_vfs, 1);
    });
}

bool addKey(const QByteArray &fileId, const QByteArray &key, Cipher cipher)
{
    Q_ASSERT(key.size() == kKeyBytes);
    auto keys = makeKeys(key, cipher);
    if (!keys)
        return false;
    std::lock_guard lock(g_mutex);
    g_keys[fileId] = std::move(keys);
    return true;
}

void forgetKey(const QByteArray &fileId)
{
    std::lock_guard lock(g_mutex);
    g_keys.erase(fileId);
}

bool hasKey(const QByteArray &fileId) { return lookupKeys(fileId) != nullptr; }

QByteArray keyFor(const QByteArray &fileId)
{
    KeysPtr keys = lookupKeys(fileId);
    return keys ? QByteArray(reinterpret_cast<const char *>(keys->master.data()), kKeyBytes) : QByteArray();
}

FileMode modeOf(sqlite3 *db)
{
    int mode = int(FileMode::Plain);
    sqlite3_file *file = mainFile(db);
    if (!file || file->pMethods != &kMethods)
        return FileMode::Plain;
    xFileControl(file, kFcntlMode, &mode);
    return FileMode(mode);
}

bool readHeader(sqlite3 *db, QByteArray &out)
{
    sqlite3_file *file = mainFile(db);
    return file && file->pMethods == &kMethods && xFileControl(file, kFcntlReadHeader, &out) == SQLITE_OK;
}

bool writeHeader(sqlite3 *db, qint64 offset, const QByteArray &bytes)
{
    sqlite3_file *file = mainFile(db);
    HeaderWrite w{offset, &bytes};
    return file && file->pMethods == &kMethods && xFileControl(file, kFcntlWriteHeader, &w) == SQLITE_OK;
}

bool writeBehind(sqlite3 *db)
{
    sqlite3_file *file = mainFile(db);
    return file && file->pMethods == &kMethods && xFileControl(file, kFcntlWriteBehind, nullptr) == SQLITE_OK;
}

int damagedCode() { return SQLITE_IOERR_DATA; }
int lockedCode() { return SQLITE_IOERR_AUTH; }

} // namespace tamkeen::storage::crypt
