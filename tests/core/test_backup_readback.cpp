// How a backup's copy is written and read back (docs/backups.md): pages sealed
// on a second thread in the order SQLite wrote them, a failed write failing
// the copy, and the read-back that finds any page changed, missing or added.
#include "security/FileKeys.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/crypt/CryptFile.h"
#include "storage/crypt/CryptFormat.h"
#include "storage/crypt/PageCheck.h"
#include "storage/crypt/WriteBehind.h"
#include "support/TestDb.h"
#include "support/catch.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <atomic>
#include <string>
#include <thread>
#include <vector>

using namespace tamkeen;
using namespace tamkeen::storage;
using namespace tamkeen::storage::crypt;

namespace {

// A file below the VFS that records what reaches it, and fails every write
// from the `failFrom`th on as a full disk would, once `failing` is released.
struct FakeFile {
    sqlite3_file base{};
    std::vector<std::string> calls;
    std::vector<QByteArray> pages;
    int failFrom = -1;
    std::atomic<bool> released{true};
};

int fakeWrite(sqlite3_file *file, const void *buf, int amt, sqlite3_int64 off)
{
    auto *f = reinterpret_cast<FakeFile *>(file);
    f->calls.push_back("write " + std::to_string(off));
    if (f->failFrom >= 0 && int(f->pages.size()) >= f->failFrom) {
        QDeadlineTimer patience(10000);
        while (!f->released && !patience.hasExpired())
            std::this_thread::yield();
        return SQLITE_FULL;
    }
    f->pages.push_back(QByteArray(static_cast<const char *>(buf), amt));
    return SQLITE_OK;
}

int fakeFileControl(sqlite3_file *file, int op, void *arg)
{
    auto *f = reinterpret_cast<FakeFile *>(file);
    if (op == SQLITE_FCNTL_SIZE_HINT)
        f->calls.push_back("hint " + std::to_string(*static_cast<sqlite3_int64 *>(arg)));
    return SQLITE_OK;
}

sqlite3_io_methods fakeMethods()
{
    sqlite3_io_methods m{};
    m.iVersion = 1;
    m.xWrite = fakeWrite;
    m.xFileControl = fakeFileControl;
    return m;
}

// A page as SQLite writes it: its reserved bytes at the end left empty.
QByteArray pageOf(char fill) { return QByteArray(kPageSize - kReserve, fill) + QByteArray(kReserve, '\0'); }

QString backupOf(const test::TestDb &t, QTemporaryDir &dir)
{
    const QString out = dir.filePath(QStringLiteral("b.sqlite"));
    REQUIRE(Backup::write(*t.db, out));
    REQUIRE(security::FileKeys::unlock(out, QStringLiteral("admin"), QStringLiteral("correct horse")));
    return out;
}

} // namespace

TEST_CASE("pages written behind are sealed with their own numbers and reach the file in SQLite's order", "[backup]")
{
    const sqlite3_io_methods methods = fakeMethods();
    FakeFile file;
    file.base.pMethods = &methods;
    const auto keys = detail::makeKeys(QByteArray(kKeyBytes, 'k'), preferredCipher());
    constexpr qint64 kPrefix = 1000;
    {
        detail::WriteBehind behind(keys, &file.base, kPrefix);
        for (int i = 0; i < 200; ++i) {
            if (i == 150)
                behind.sizeHint(qint64(300) * kPageSize); // between the writes it came between
            REQUIRE(behind.write(reinterpret_cast<const unsigned char *>(pageOf(char('a' + i % 26)).constData()),
                                 qint64(i) * kPageSize)
                    == SQLITE_OK);
        }
        CHECK(behind.settle() == SQLITE_OK);
    }
    REQUIRE(file.pages.size() == 200);
    REQUIRE(file.calls.size() == 201);
    CHECK(file.calls[150] == "hint " + std::to_string(300 * kPageSize + kPrefix));
    for (int i = 0; i < 200; ++i) {
        const size_t call = size_t(i < 150 ? i : i + 1);
        CHECK(file.calls[call] == "write " + std::to_string(kPrefix + qint64(i) * kPageSize));
        QByteArray page = file.pages[size_t(i)];
        CHECK_FALSE(page.contains(QByteArray(64, char('a' + i % 26)))); // sealed, not in clear
        QByteArray moved = page; // a failed open zeroes what it was given
        CHECK_FALSE(detail::openPage(*keys, reinterpret_cast<unsigned char *>(moved.data()), kPageSize, 'D',
                                     quint64(i) + 2)); // bound to its number
        auto *bytes = reinterpret_cast<unsigned char *>(page.data());
        REQUIRE(detail::openPage(*keys, bytes, kPageSize, 'D', quint64(i) + 1));
        CHECK(page.left(kPageSize - kReserve) == pageOf(char('a' + i % 26)).left(kPageSize - kReserve));
    }
}

TEST_CASE("a page that cannot be written behind fails every later write and the commit's sync", "[backup]")
{
    const sqlite3_io_methods methods = fakeMethods();
    FakeFile file;
    file.base.pMethods = &methods;
    file.failFrom = 10;
    file.released = false; // the 11th write fails only once 40 pages are queued
    detail::WriteBehind behind(detail::makeKeys(QByteArray(kKeyBytes, 'k'), preferredCipher()), &file.base, 0);
    const QByteArray page = pageOf('x');
    const auto *bytes = reinterpret_cast<const unsigned char *>(page.constData());
    for (int i = 0; i < 40; ++i)
        REQUIRE(behind.write(bytes, qint64(i) * kPageSize) == SQLITE_OK); // not failed yet
    file.released = true;
    CHECK(behind.settle() == SQLITE_FULL); // what the commit's sync returns
    CHECK(behind.settle() == SQLITE_FULL); // and every call after
    CHECK(behind.write(bytes, 40 * kPageSize) == SQLITE_FULL);
    CHECK(file.pages.size() == 10);
    // The pages queued after the failure are dropped, not written.
    CHECK(file.calls.size() == 11);
}

TEST_CASE("a backup's read-back finds a page changed, cut off or added, and needs the key", "[backup]")
{
    auto t = test::makeSetUpDb();
    QTemporaryDir dir;
    const QString out = backupOf(*t, dir);
    REQUIRE(allPagesOpen(out));
    const qint64 size = QFileInfo(out).size();
    const qint64 pages = (size - kHeaderSize) / kPageSize;
    REQUIRE(pages > 4);

    SECTION("a bit changed in the last page")
    {
        test::flipBit(out, size - kPageSize / 2);
        CHECK_FALSE(allPagesOpen(out));
    }
    SECTION("a bit changed in a middle page's seal")
    {
        test::flipBit(out, kHeaderSize + (pages / 2) * kPageSize + kPageSize - 3);
        CHECK_FALSE(allPagesOpen(out));
    }
    SECTION("the last page cut off")
    {
        QFile f(out);
        REQUIRE(f.resize(size - kPageSize));
        CHECK_FALSE(allPagesOpen(out));
    }
    SECTION("half a page cut off")
    {
        QFile f(out);
        REQUIRE(f.resize(size - kPageSize / 2));
        CHECK_FALSE(allPagesOpen(out));
    }
    SECTION("one page more than page 1 counts, sealed as the next page")
    {
        QFile f(out);
        REQUIRE(f.open(QIODevice::ReadWrite));
        FileHeader header;
        REQUIRE(parseHeader(f.read(kMetaSize), header));
        const auto keys = detail::lookupKeys(header.fileId);
        REQUIRE(keys);
        QByteArray extra = pageOf('\0');
        detail::sealPage(*keys, reinterpret_cast<unsigned char *>(extra.data()), kPageSize, 'D', quint64(pages) + 1);
        REQUIRE(f.seek(size));
        f.write(extra);
        f.close();
        CHECK_FALSE(allPagesOpen(out));
    }
    SECTION("the page SQLite leaves unwritten at 1 GiB is not read as damage")
    {
        const qint64 hole = pages - 1;
        QFile f(out);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.seek(kHeaderSize + (hole - 1) * kPageSize));
        f.write(QByteArray(kPageSize, '\0'));
        f.close();
        CHECK_FALSE(allPagesOpen(out)); // any other page that does not open fails it
        CHECK(allPagesOpen(out, hole));
    }
    SECTION("locked: no key in memory")
    {
        security::FileKeys::lock(out);
        CHECK_FALSE(allPagesOpen(out));
    }
    SECTION("a plain file, or none")
    {
        CHECK_FALSE(allPagesOpen(out + QStringLiteral(".missing")));
        QFile plain(dir.filePath(QStringLiteral("plain.sqlite")));
        REQUIRE(plain.open(QIODevice::WriteOnly));
        plain.write(QByteArray("SQLite format 3").append('\0').append(QByteArray(kHeaderSize + 2 * kPageSize, 'p')));
        plain.close();
        CHECK_FALSE(allPagesOpen(plain.fileName()));
    }
}
