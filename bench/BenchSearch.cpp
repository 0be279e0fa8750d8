// Search latency over 50 varied queries that match, then a harder mix (issue
// 16): names made of parts of different people (several words, likely no
// match: every family must be looked at to say so), words and numbers no one
// has, rare full names; each beside the bare FTS5 MATCH query on search_fts
// for the same normalized terms (the query SearchIndex::search issues,
// without its join). And the first search on a new connection (its page
// cache empty). Per-query times go to stderr.
#include "Bench.h"
#include "RawSqlite.h"

#include "registry/SearchIndex.h"
#include "storage/Database.h"
#include "text/ArabicNormalizer.h"

#include <algorithm>
#include <vector>

namespace tamkeen::bench {

namespace {

// Column 0 of at most `n` rows of `sql`, which spreads its rows with `rowid % ?1`.
QStringList sample(sqlite3 *db, const QByteArray &sql, int step, int n)
{
    RawStmt q(db, sql + " LIMIT " + QByteArray::number(n));
    sqlite3_bind_int(q, 1, std::max(1, step));
    QStringList values;
    while (sqlite3_step(q) == SQLITE_ROW)
        values << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q, 0)));
    return values;
}

// Names with variant spellings, partial names and prefixes, then names, IDs, file
// numbers and phones taken from the generated data (the same for the same seed).
QStringList queries(sqlite3 *db, int households)
{
    QStringList q = {QStringLiteral("محمد"), QStringLiteral("أحمد"), QStringLiteral("احمد"), QStringLiteral("عبدالله"),
                     QStringLiteral("عبد الله"), QStringLiteral("فاطمة"), QStringLiteral("فاطمه"), QStringLiteral("خديجه"),
                     QStringLiteral("إبراهيم"), QStringLiteral("ابراهيم"), QStringLiteral("محمد عبدالله"),
                     QStringLiteral("أحمد محمد القحطاني"), QStringLiteral("عبد الله الشمري"),
                     QStringLiteral("نوره الدوسري"), QStringLiteral("مريم العتيبي"), QStringLiteral("مح"),
                     QStringLiteral("عبد"), QStringLiteral("فاط"), QStringLiteral("القح"), QStringLiteral("م")};
    // Heads of every step-th household; `offset` picks a different one for each kind.
    const auto heads = [](int offset) {
        return "FROM households h JOIN members m ON m.household_id = h.id AND m.relation = 'head' "
               "WHERE h.rowid % ?1 = "
               + QByteArray::number(offset);
    };
    q << sample(db, "SELECT m.given_name || ' ' || m.father_name || ' ' || m.grandfather_name || ' ' || m.family_name "
                    + heads(0), households / 4, 4);
    q << sample(db, "SELECT given_name || ' ' || family_name FROM members WHERE rowid % ?1 = 1", households, 2);
    const QStringList ids = sample(db, "SELECT m.id_number " + heads(1), households / 5, 5);
    const QStringList files = sample(db, "SELECT h.file_number " + heads(2), households / 4, 4);
    const QStringList phones = sample(db, "SELECT h.phone " + heads(3), households / 4, 4);
    must(ids.size() >= 3 && phones.size() >= 2, "sampling queries");
    q << ids << ids[0].left(6) << ids[1].left(6) << ids[2].left(6);
    q << files;
    for (const QString &f : files)
        q << f.section(QLatin1Char('-'), -1);
    q << phones << QStringLiteral("05") << QStringLiteral("055") << phones[0].left(6) << phones[1].left(7);
    return q;
}

// Names no one in the registry is likely to have: the given name of one
// member, the father's name of another, and so on, from households far apart;
// then words and numbers no one has.
QStringList harderQueries(sqlite3 *db, int households)
{
    const QByteArray spread = "FROM members WHERE rowid % ?1 = ";
    const QStringList given = sample(db, "SELECT given_name " + spread + "3", households / 7, 6);
    const QStringList father = sample(db, "SELECT father_name " + spread + "5", households / 5, 6);
    const QStringList grand = sample(db, "SELECT grandfather_name " + spread + "6", households / 3, 6);
    const QStringList family = sample(db, "SELECT family_name " + spread + "2", households / 2, 6);
    must(given.size() == 6 && father.size() == 6 && grand.size() == 6 && family.size() == 6, "sampling name parts");
    QStringList q;
    for (int i = 0; i < 3; ++i)
        q << given[i] + u' ' + father[i] + u' ' + grand[i] + u' ' + family[i];
    for (int i = 3; i < 6; ++i)
        q << given[i] + u' ' + father[i] + u' ' + family[i];
    q << given[0] + u' ' + family[5] << father[1] + u' ' + grand[4];
    q << QStringLiteral("زبرجد") << QStringLiteral("عبدالمتعالي الزبرجدي") << QStringLiteral("9999999999")
      << QStringLiteral("TK-ZZZ-0000");
    // Rare and whole: the full name of the last household's head.
    q << sample(db, "SELECT m.given_name || ' ' || m.father_name || ' ' || m.grandfather_name || ' ' || m.family_name "
                    "FROM members m WHERE m.relation = 'head' AND m.rowid > ?1 ORDER BY m.rowid DESC",
                households, 2);
    return q;
}

double percentile(std::vector<double> v, int p)
{
    std::sort(v.begin(), v.end());
    return v[std::max<size_t>(1, (v.size() * size_t(p) + 99) / 100) - 1]; // nearest rank
}

} // namespace

namespace {

struct Timings {
    std::vector<double> ours, bare;
};

// Each query through SearchIndex::search (median of 3, after a warm-up pass)
// beside the bare FTS5 query for the same terms.
Timings timeQueries(storage::Database &db, sqlite3 *raw, const QStringList &list)
{
    RawStmt fts(raw, "SELECT rowid FROM search_fts WHERE search_fts MATCH ?1 LIMIT 150");
    for (const QString &query : list) // warm-up: page cache and prepared statements
        must(registry::SearchIndex::search(db, query).ok(), "search");
    Timings t;
    QTextStream err(stderr);
    for (const QString &query : list) {
        QStringList terms; // as SearchIndex::search builds them
        for (const QString &token : text::nameTokens(query))
            terms << QStringLiteral("\"%1\"*").arg(token);
        const QByteArray match = terms.join(QLatin1Char(' ')).toUtf8();
        int hits = 0;
        t.ours.push_back(medianMs(3, [&] { hits = int(registry::SearchIndex::search(db, query).value().size()); }));
        t.bare.push_back(medianMs(3, [&] {
            sqlite3_bind_text(fts, 1, match.constData(), int(match.size()), SQLITE_STATIC);
            while (sqlite3_step(fts) == SQLITE_ROW)
                sqlite3_column_int64(fts, 0);
            sqlite3_reset(fts);
        }));
        err << "search\t" << query << '\t' << QString::number(t.ours.back(), 'f', 2) << " ms\tbare "
            << QString::number(t.bare.back(), 'f', 2) << " ms\t" << hits << " hits\n";
    }
    err.flush();
    return t;
}

QString slowest(const QStringList &list, const Timings &t)
{
    const auto at = size_t(std::max_element(t.ours.begin(), t.ours.end()) - t.ours.begin());
    return QStringLiteral("slowest «%1»: %2 ms (bare FTS5 %3 ms)")
        .arg(list[qsizetype(at)])
        .arg(t.ours[at], 0, 'f', 1)
        .arg(t.bare[at], 0, 'f', 1);
}

} // namespace

void benchSearch(QTextStream &out, storage::Database &db, const QString &path)
{
    RawDb raw(path, SQLITE_OPEN_READONLY);
    const int households = db.scalar(QStringLiteral("SELECT count(*) FROM households")).value().toInt();
    const QStringList list = queries(raw, households);
    const Timings common = timeQueries(db, raw, list);
    const QString what = QStringLiteral("search, %1 varied queries over %2 households (names, spellings, prefixes, IDs, "
                                        "file numbers, phones)")
                             .arg(list.size()).arg(households);
    report(out, {what + QStringLiteral(": p50"), percentile(common.ours, 50), percentile(common.bare, 50), QStringLiteral("ms"),
                 QStringLiteral("SearchIndex::search (limit 50), median of 3 runs per query, after a warm-up pass; "
                                "baseline: the bare FTS5 MATCH … LIMIT 150 for the same terms")});
    report(out, {QStringLiteral("the same: p95"), percentile(common.ours, 95), percentile(common.bare, 95), QStringLiteral("ms"),
                 QStringLiteral("target p95 ≤ 20 ms; ") + slowest(list, common)});

    const QStringList hard = harderQueries(raw, households);
    const Timings harder = timeQueries(db, raw, hard);
    Timings mix = common;
    mix.ours.insert(mix.ours.end(), harder.ours.begin(), harder.ours.end());
    mix.bare.insert(mix.bare.end(), harder.bare.begin(), harder.bare.end());
    report(out, {QStringLiteral("search, %1 harder queries (names of parts of different people, words and numbers no one "
                                "has, rare full names): p95")
                     .arg(hard.size()),
                 percentile(harder.ours, 95), percentile(harder.bare, 95), QStringLiteral("ms"),
                 QStringLiteral("p50 %1 ms (bare %2 ms); ")
                         .arg(percentile(harder.ours, 50), 0, 'f', 1)
                         .arg(percentile(harder.bare, 50), 0, 'f', 1)
                     + slowest(hard, harder)});
    report(out, {QStringLiteral("search, both mixes together (%1 queries): p95").arg(list.size() + hard.size()),
                 percentile(mix.ours, 95), percentile(mix.bare, 95), QStringLiteral("ms"),
                 QStringLiteral("target p95 ≤ 20 ms at 1,000,000 households")});

    // The first search of a window just opened: a new connection, its page
    // cache empty (the system's file cache is not emptied: that needs root).
    std::vector<double> first, firstBare;
    for (int i = 0; i < 5; ++i) {
        const QString &query = hard[i % 3];
        auto fresh = storage::Database::openAnother(path);
        must(fresh.ok(), "a new connection");
        QElapsedTimer t;
        t.start();
        must(registry::SearchIndex::search(*fresh.value(), query).ok(), "first search");
        first.push_back(elapsedMs(t));
        RawDb rawFresh(path, SQLITE_OPEN_READONLY);
        QStringList terms;
        for (const QString &token : text::nameTokens(query))
            terms << QStringLiteral("\"%1\"*").arg(token);
        const QByteArray match = terms.join(QLatin1Char(' ')).toUtf8();
        t.restart();
        RawStmt fts(rawFresh, "SELECT rowid FROM search_fts WHERE search_fts MATCH ?1 LIMIT 150");
        sqlite3_bind_text(fts, 1, match.constData(), int(match.size()), SQLITE_STATIC);
        while (sqlite3_step(fts) == SQLITE_ROW)
            sqlite3_column_int64(fts, 0);
        firstBare.push_back(elapsedMs(t));
    }
    report(out, {QStringLiteral("the first search on a new connection (a four-part name no one has): median of 5"),
                 percentile(first, 50), percentile(firstBare, 50), QStringLiteral("ms"),
                 QStringLiteral("worst %1 ms; baseline: the bare FTS5 query on a new raw connection")
                     .arg(*std::max_element(first.begin(), first.end()), 0, 'f', 1)});
}

} // namespace tamkeen::bench
