// Search latency over 50 varied queries, each beside the bare FTS5 MATCH query
// on search_fts for the same normalized terms (the query SearchIndex::search
// issues, without its join). Per-query times go to stderr.
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

double percentile(std::vector<double> v, int p)
{
    std::sort(v.begin(), v.end());
    return v[std::max<size_t>(1, (v.size() * size_t(p) + 99) / 100) - 1]; // nearest rank
}

} // namespace

void benchSearch(QTextStream &out, storage::Database &db, const QString &path)
{
    RawDb raw(path, SQLITE_OPEN_READONLY);
    const int households = db.scalar(QStringLiteral("SELECT count(*) FROM households")).value().toInt();
    const QStringList list = queries(raw, households);
    RawStmt fts(raw, "SELECT rowid FROM search_fts WHERE search_fts MATCH ?1 LIMIT 150");
    for (const QString &query : list) // warm-up: page cache and prepared statements
        must(registry::SearchIndex::search(db, query).ok(), "search");
    std::vector<double> ours, bare;
    QTextStream err(stderr);
    for (const QString &query : list) {
        QStringList terms; // as SearchIndex::search builds them
        for (const QString &t : text::nameTokens(query))
            terms << QStringLiteral("\"%1\"*").arg(t);
        const QByteArray match = terms.join(QLatin1Char(' ')).toUtf8();
        int hits = 0;
        ours.push_back(medianMs(3, [&] { hits = int(registry::SearchIndex::search(db, query).value().size()); }));
        bare.push_back(medianMs(3, [&] {
            sqlite3_bind_text(fts, 1, match.constData(), int(match.size()), SQLITE_STATIC);
            while (sqlite3_step(fts) == SQLITE_ROW)
                sqlite3_column_int64(fts, 0);
            sqlite3_reset(fts);
        }));
        err << "search\t" << query << '\t' << QString::number(ours.back(), 'f', 2) << " ms\tbare "
            << QString::number(bare.back(), 'f', 2) << " ms\t" << hits << " hits\n";
    }
    err.flush();
    const auto slowest = std::max_element(ours.begin(), ours.end()) - ours.begin();
    const QString what = QStringLiteral("search, %1 varied queries over %2 households (names, spellings, prefixes, IDs, "
                                        "file numbers, phones)")
                             .arg(list.size()).arg(households);
    report(out, {what + QStringLiteral(": p50"), percentile(ours, 50), percentile(bare, 50), QStringLiteral("ms"),
                 QStringLiteral("SearchIndex::search (limit 50), median of 3 runs per query, after a warm-up pass; "
                                "baseline: the bare FTS5 MATCH … LIMIT 150 for the same terms")});
    report(out, {QStringLiteral("the same: p95"), percentile(ours, 95), percentile(bare, 95), QStringLiteral("ms"),
                 QStringLiteral("target p95 ≤ 20 ms; slowest «%1»: %2 ms (bare FTS5 %3 ms)")
                     .arg(list[slowest]).arg(ours[size_t(slowest)], 0, 'f', 1).arg(bare[size_t(slowest)], 0, 'f', 1)});
}

} // namespace tamkeen::bench
