#include "hub/DashboardFacts.h"

#include "hub/HouseholdFacts.h"
#include "hub/HubSchema.h"
#include "hub/PgConnection.h"

#include <QHash>

#include <functional>

using namespace Qt::StringLiterals;

namespace tamkeen::hub {

namespace {

// Households made a chunk at a time: a chunk's rows of every table are in memory at once.
constexpr int kChunk = 50000;

QString t(const char *table) { return DashboardFacts::table(table); }

// The column naming a row's household in the tables the facts are made of.
QString householdColumn(const QString &table)
{
    if (table == u"households")
        return u"id"_s;
    static const QStringList kLinked = {u"household_status"_s, u"household_exits"_s, u"members"_s,
                                        u"care_levels"_s,      u"plans"_s,           u"sessions"_s};
    return kLinked.contains(table) ? u"household_id"_s : QString();
}

QByteArray copyBytea(const QByteArray &bytes) { return "\\\\x" + bytes.toHex(); }

// The dictionary, as loaded and as grown by one update.
class Dictionary {
public:
    Status load(PgConnection &pg)
    {
        auto words = pg.queryBinary(u"SELECT number::text, kind::text, word FROM %1"_s.arg(t("dash_words")));
        if (!words)
            return words.error();
        for (int i = 0; i < words.value().rows(); ++i) {
            const quint32 n = quint32(words.value().bytes(i, 0).toUInt());
            m_words.insert(key(words.value().bytes(i, 1).toInt(), words.value().bytes(i, 2)), n);
            m_nextWord = std::max(m_nextWord, n + 1);
        }
        return {};
    }
    // 0 for none (NULL).
    quint32 word(int kind, const std::optional<QByteArray> &value)
    {
        if (!value)
            return 0;
        const QByteArray k = key(kind, *value);
        if (const auto it = m_words.constFind(k); it != m_words.cend())
            return *it;
        const quint32 n = m_nextWord++;
        m_words.insert(k, n);
        m_newWords += QByteArray::number(n) + '\t' + QByteArray::number(kind) + '\t';
        appendCopyText(m_newWords, *value);
        m_newWords += '\n';
        return n;
    }
    Status save(PgConnection &pg)
    {
        Status s;
        if (!m_newWords.isEmpty())
            s = pg.copyIn(u"COPY %1 (number, kind, word) FROM STDIN"_s.arg(t("dash_words")), [&](QByteArray &b) {
                b = std::exchange(m_newWords, {});
                return Status();
            });
        return s;
    }

private:
    static QByteArray key(int kind, const QByteArray &word) { return QByteArray::number(kind) + ':' + word; }
    QHash<QByteArray, quint32> m_words;
    quint32 m_nextWord = 1;
    QByteArray m_newWords;
};

std::optional<QByteArray> value(const PgRows &r, int row, int column)
{
    return r.isNull(row, column) ? std::nullopt : std::optional(r.bytes(row, column));
}

// A day of a stored text; `odd` set when there is one and it is not YYYY-MM-DD.
quint32 dayOf(const PgRows &r, int row, int column, bool &odd)
{
    if (r.isNull(row, column))
        return 0;
    const quint32 d = HouseholdFacts::day(QString::fromUtf8(r.bytes(row, column)));
    if (d == 0)
        odd = true;
    return d;
}

// Rows of one query, sorted by household (column 0), walked beside the households.
class Cursor {
public:
    explicit Cursor(PgRows rows) : m_rows(std::move(rows)) {}
    // Calls f(row) for each row of `household`, skipping those of households before it.
    template <typename F>
    void take(const QByteArray &household, F &&f)
    {
        while (m_next < m_rows.rows() && m_rows.bytes(m_next, 0) < household)
            ++m_next;
        while (m_next < m_rows.rows() && m_rows.bytes(m_next, 0) == household)
            f(m_rows, m_next++);
    }

private:
    PgRows m_rows;
    int m_next = 0;
};

// Makes the facts of the households of pg_temp.dash_todo with ids in [from, to) (to empty: no end).
Status makeChunk(PgConnection &pg, Dictionary &words, const QByteArray &from, const QByteArray &to)
{
    const QString range = u"t.id >= $1 AND ($2::bytea IS NULL OR t.id < $2)"_s;
    const QList<QByteArray> bounds{"\\x" + from.toHex(), to.isNull() ? QByteArray() : "\\x" + to.toHex()};
    const auto run = [&](const QString &sql) { return pg.queryBinary(sql.arg(range), bounds); };
    auto households = run(
        u"SELECT h.id, h.centre_id, h.region, h.city, h.district, h.assigned_worker, h.categories, h.registration_date, "
        "(SELECT c.level FROM %2 c WHERE c.household_id = h.id AND c.deleted = 0 "
        "ORDER BY c.assessed_on DESC, c.created_at DESC, c.id DESC LIMIT 1) "
        "FROM pg_temp.dash_todo t JOIN %3 h ON h.id = t.id WHERE %1 AND h.deleted = 0 ORDER BY h.id"_s.arg(
            u"%1"_s, t("care_levels"), t("households")));
    auto members = run(u"SELECT m.household_id, count(*)::text FROM pg_temp.dash_todo t JOIN %2 m ON m.household_id = t.id "
                       "WHERE %1 AND m.deleted = 0 GROUP BY 1 ORDER BY 1"_s.arg(u"%1"_s, t("members")));
    auto heads = run(u"SELECT m.household_id, m.sex, m.birth_date FROM pg_temp.dash_todo t JOIN %2 m ON m.household_id = t.id "
                     "WHERE %1 AND m.deleted = 0 AND m.relation = 'head' ORDER BY 1"_s.arg(u"%1"_s, t("members")));
    auto statuses = run(u"SELECT s.household_id, s.effective_date, s.status FROM pg_temp.dash_todo t JOIN %2 s "
                        "ON s.household_id = t.id WHERE %1 AND s.deleted = 0 AND s.effective_date IS NOT NULL "
                        "ORDER BY s.household_id, s.effective_date COLLATE \"C\", s.created_at COLLATE \"C\", s.id"_s.arg(
                            u"%1"_s, t("household_status")));
    auto exits = run(u"SELECT x.household_id, x.on_date, x.kind, x.reason, (x.created_at IS NULL)::text FROM "
                     "pg_temp.dash_todo t JOIN %2 x ON x.household_id = t.id WHERE %1 AND x.deleted = 0 "
                     "AND x.kind IN ('exit', 'reentry') AND x.on_date IS NOT NULL "
                     "ORDER BY x.household_id, x.on_date COLLATE \"C\", x.created_at COLLATE \"C\", x.id"_s.arg(
                         u"%1"_s, t("household_exits")));
    auto counsellors = run(u"SELECT p.household_id, p.counsellor_id FROM pg_temp.dash_todo t JOIN %2 p ON p.household_id = t.id "
                           "WHERE %1 AND p.deleted = 0 AND p.counsellor_id IS NOT NULL UNION "
                           "SELECT s.household_id, s.counsellor_id FROM pg_temp.dash_todo t JOIN %3 s ON s.household_id = t.id "
                           "WHERE %1 AND s.deleted = 0 AND s.counsellor_id IS NOT NULL ORDER BY 1, 2"_s.arg(
                               u"%1"_s, t("plans"), t("sessions")));
    auto tracks = run(u"SELECT DISTINCT p.household_id, p.tracks FROM pg_temp.dash_todo t JOIN %2 p ON p.household_id = t.id "
                      "WHERE %1 AND p.deleted = 0 AND p.tracks IS NOT NULL ORDER BY 1, 2"_s.arg(u"%1"_s, t("plans")));
    for (auto *r : {&households, &members, &heads, &statuses, &exits, &counsellors, &tracks})
        if (!*r)
            return r->error();
    Cursor memberRows(std::move(members.value())), headRows(std::move(heads.value())),
        statusRows(std::move(statuses.value())), exitRows(std::move(exits.value())),
        counsellorRows(std::move(counsellors.value())), trackRows(std::move(tracks.value()));
    const PgRows &h = households.value();
    QByteArray lines;
    for (int i = 0; i < h.rows(); ++i) {
        const QByteArray id = h.bytes(i, 0);
        HouseholdFacts f;
        bool oddDates = false, oddBirth = false;
        f.region = words.word(DashboardFacts::RegionWord, value(h, i, 2));
        f.city = words.word(DashboardFacts::CityWord, value(h, i, 3));
        f.district = words.word(DashboardFacts::DistrictWord, value(h, i, 4));
        f.worker = words.word(DashboardFacts::WorkerWord, h.isNull(i, 5) ? std::nullopt : std::optional(h.bytes(i, 5).toHex()));
        f.categories = words.word(DashboardFacts::CategoriesWord, value(h, i, 6));
        f.careLevel = words.word(DashboardFacts::CareLevelWord, value(h, i, 8));
        f.registered = dayOf(h, i, 7, oddDates);
        memberRows.take(id, [&](const PgRows &r, int row) { f.members = r.bytes(row, 1).toUInt(); });
        headRows.take(id, [&](const PgRows &r, int row) {
            f.heads.append({words.word(DashboardFacts::SexWord, value(r, row, 1)), dayOf(r, row, 2, oddBirth)});
        });
        statusRows.take(id, [&](const PgRows &r, int row) {
            f.statuses.append({dayOf(r, row, 1, oddDates), words.word(DashboardFacts::StatusWord, value(r, row, 2))});
        });
        exitRows.take(id, [&](const PgRows &r, int row) {
            if (r.bytes(row, 4) == "true")
                oddDates = true; // (on_date, created_at, id) compared with a null: not the desktop's order
            f.exits.append({dayOf(r, row, 1, oddDates), r.bytes(row, 2) == "reentry",
                            words.word(DashboardFacts::ReasonWord, value(r, row, 3))});
        });
        counsellorRows.take(id, [&](const PgRows &r, int row) {
            f.counsellors.append(words.word(DashboardFacts::CounsellorWord, r.bytes(row, 1).toHex()));
        });
        trackRows.take(id, [&](const PgRows &r, int row) {
            f.tracks.append(words.word(DashboardFacts::TrackWord, r.bytes(row, 1)));
        });
        f.flags = quint8((oddDates ? HouseholdFacts::OddDates : 0) | (oddBirth ? HouseholdFacts::OddBirth : 0));
        QByteArray packed;
        f.appendTo(packed);
        const int bucket = id.isEmpty() ? 0 : quint8(id.back()) & 15;
        lines += copyBytea(id) + '\t' + copyBytea(h.isNull(i, 1) ? QByteArray("") : h.bytes(i, 1)) + '\t'
                 + QByteArray::number(bucket) + '\t' + QByteArray::number(f.district) + '\t' + copyBytea(packed) + '\n';
    }
    return pg.copyIn(u"COPY %1 (id, centre, bucket, district, facts) FROM STDIN"_s.arg(t("dash_households")), [&](QByteArray &b) {
        b = std::move(lines);
        return Status();
    });
}

Status execAll(PgConnection &pg, const QStringList &statements)
{
    for (const QString &sql : statements)
        if (Status s = pg.exec(sql); !s)
            return s;
    return {};
}

// The tables, made when any is missing; `made`: whether they were (their facts are then none).
Status makeTables(PgConnection &pg, bool *made = nullptr)
{
    auto exists = pg.query(u"SELECT to_regclass('%1') IS NOT NULL AND to_regclass('%2') IS NOT NULL AND to_regclass('%3') IS NOT NULL"_s
                               .arg(t("dash_centres"), t("dash_households"), t("dash_words")));
    if (!exists)
        return exists.error();
    if (made)
        *made = exists.value().bytes(0, 0) != "t";
    if (exists.value().bytes(0, 0) == "t")
        return {};
    // Any left of an incomplete set is dropped: its facts cannot be believed.
    // A centre's records in 16 blobs (by the last byte of their ids, random in
    // a UUIDv7): a publication touching a few households joins a sixteenth of
    // their centres again, and no blob nears PostgreSQL's 1 GB for a value.
    return execAll(pg, {u"CREATE SCHEMA IF NOT EXISTS %1"_s.arg(quotedIdentifier(QString::fromLatin1(DashboardFacts::kSchema))),
                        u"DROP TABLE IF EXISTS %1, %2, %3"_s.arg(t("dash_centres"), t("dash_households"), t("dash_words")),
                        u"CREATE TABLE %1 (id bytea PRIMARY KEY, centre bytea NOT NULL, bucket smallint NOT NULL DEFAULT 0, "
                        "district integer NOT NULL DEFAULT 0, facts bytea NOT NULL)"_s.arg(t("dash_households")),
                        u"CREATE INDEX dash_households_blob ON %1 (centre, bucket)"_s.arg(t("dash_households")),
                        u"CREATE INDEX dash_households_district ON %1 (district)"_s.arg(t("dash_households")),
                        u"CREATE TABLE %1 (centre bytea NOT NULL, bucket smallint NOT NULL, households integer NOT NULL, "
                        "facts bytea NOT NULL, PRIMARY KEY (centre, bucket))"_s.arg(t("dash_centres")),
                        // Read whole by every dashboard: kept uncompressed (no pglz to undo).
                        u"ALTER TABLE %1 ALTER COLUMN facts SET STORAGE EXTERNAL"_s.arg(t("dash_centres")),
                        u"CREATE TABLE %1 (number integer PRIMARY KEY CHECK (number > 0), kind smallint NOT NULL, "
                        "word text NOT NULL, UNIQUE (kind, word))"_s.arg(t("dash_words"))});
}

QString stateOf(const QString &generation) { return QString::number(DashboardFacts::kVersion) + u' ' + generation; }

Result<QString> stateValue(PgConnection &pg, const char *key)
{
    auto v = pg.query(u"SELECT value FROM %1 WHERE key = $1"_s.arg(t("hub_state")), {QByteArray(key)});
    if (!v)
        return v.error();
    return v.value().rows() > 0 ? v.value().text(0, 0) : QString();
}

} // namespace

QString DashboardFacts::table(const char *name)
{
    const QString n = QString::fromLatin1(name);
    const char *schema = n.startsWith(u"dash_") ? kSchema : HubSchema::kData;
    return quotedIdentifier(QString::fromLatin1(schema)) + u'.' + n;
}

Status DashboardFacts::begin(PgConnection &pg)
{
    // The tables are update()'s to make: made there, it knows their facts are none.
    return pg.exec(u"CREATE TEMP TABLE IF NOT EXISTS dash_touched (id bytea PRIMARY KEY) ON COMMIT DROP"_s);
}

Status DashboardFacts::noted(PgConnection &pg, const QString &table, bool direct)
{
    const QString column = householdColumn(table);
    if (column.isEmpty())
        return {};
    const QString data = quotedIdentifier(QString::fromLatin1(HubSchema::kData)) + u'.' + quotedIdentifier(table);
    // Before: the households the staged rows name now and named before (a row moved to another household).
    const QString sql = direct ? u"INSERT INTO pg_temp.dash_touched SELECT DISTINCT %1 FROM %2 WHERE %1 IS NOT NULL "
                                 "ON CONFLICT DO NOTHING"_s.arg(column, data)
                               : u"INSERT INTO pg_temp.dash_touched SELECT %1 FROM pg_temp.hub_stage WHERE %1 IS NOT NULL "
                                 "UNION SELECT d.%1 FROM %2 d JOIN pg_temp.hub_stage s ON s.id = d.id WHERE d.%1 IS NOT NULL "
                                 "ON CONFLICT DO NOTHING"_s.arg(column, data);
    return pg.exec(sql);
}

Status DashboardFacts::removing(PgConnection &pg, const QString &table)
{
    const QString column = householdColumn(table);
    if (column.isEmpty())
        return {};
    const QString data = quotedIdentifier(QString::fromLatin1(HubSchema::kData)) + u'.' + quotedIdentifier(table);
    return pg.exec(u"INSERT INTO pg_temp.dash_touched SELECT DISTINCT d.%1 FROM %2 d WHERE d.%1 IS NOT NULL AND NOT EXISTS "
                   "(SELECT 1 FROM pg_temp.hub_stage s WHERE s.id = d.id) ON CONFLICT DO NOTHING"_s.arg(column, data));
}

Status DashboardFacts::update(PgConnection &pg, bool all, const QString &previousGeneration)
{
    // Incremental only from facts kept by the previous publication: one by a
    // program that did not keep them (an older tamkeen-hub) changes the generation.
    auto kept = stateValue(pg, "dashboard_facts");
    auto generation = stateValue(pg, "generation");
    if (!kept || !generation)
        return !kept ? kept.error() : generation.error();
    bool made = false;
    Status ready;
    if (!kept.value().isEmpty() && !kept.value().startsWith(QString::number(kVersion) + u' '))
        // Another version's tables (the schema stays, with any grant on it).
        ready = pg.exec(u"DROP TABLE IF EXISTS %1, %2, %3"_s.arg(t("dash_centres"), t("dash_households"), t("dash_words")));
    if (ready)
        ready = makeTables(pg, &made);
    if (!ready)
        return ready;
    all = all || made || kept.value() != stateOf(previousGeneration);
    // DELETE, not TRUNCATE: a dashboard's snapshot taken before this commits must still see the old facts.
    Status s = execAll(pg, {u"CREATE TEMP TABLE dash_todo (id bytea PRIMARY KEY) ON COMMIT DROP"_s,
                            u"CREATE TEMP TABLE dash_blobs_todo (centre bytea, bucket smallint, PRIMARY KEY (centre, bucket)) "
                            "ON COMMIT DROP"_s});
    // Words of districts the remade records named: deleted after if no record names them any more.
    if (s)
        s = pg.exec(u"CREATE TEMP TABLE dash_districts (number integer PRIMARY KEY) ON COMMIT DROP"_s);
    if (s && all)
        s = execAll(pg, {u"INSERT INTO pg_temp.dash_todo SELECT id FROM %1"_s.arg(t("households")),
                         u"DELETE FROM %1"_s.arg(t("dash_households")), u"DELETE FROM %1"_s.arg(t("dash_centres")),
                         u"DELETE FROM %1"_s.arg(t("dash_words"))}); // a damaged dictionary mended too
    else if (s)
        s = execAll(pg, {u"INSERT INTO pg_temp.dash_todo SELECT id FROM pg_temp.dash_touched"_s,
                         u"INSERT INTO pg_temp.dash_blobs_todo SELECT DISTINCT d.centre, d.bucket FROM %1 d "
                         "JOIN pg_temp.dash_todo t ON t.id = d.id"_s.arg(t("dash_households")),
                         u"INSERT INTO pg_temp.dash_districts SELECT DISTINCT d.district FROM %1 d "
                         "JOIN pg_temp.dash_todo t ON t.id = d.id WHERE d.district > 0"_s.arg(t("dash_households")),
                         u"DELETE FROM %1 d USING pg_temp.dash_todo t WHERE d.id = t.id"_s.arg(t("dash_households"))});
    if (!s)
        return s;
    // Chunks of kChunk households, by id.
    auto starts = pg.queryBinary(u"SELECT id FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM pg_temp.dash_todo) x "
                                 "WHERE n % $1 = 1 ORDER BY id"_s,
                                 {QByteArray::number(kChunk)});
    if (!starts)
        return starts.error();
    Dictionary words;
    if (s = words.load(pg); !s)
        return s;
    const PgRows &b = starts.value();
    for (int i = 0; i < b.rows() && s; ++i)
        s = makeChunk(pg, words, b.bytes(i, 0), i + 1 < b.rows() ? b.bytes(i + 1, 0) : QByteArray());
    if (s)
        s = words.save(pg);
    if (s)
        s = execAll(pg, {u"INSERT INTO pg_temp.dash_blobs_todo SELECT DISTINCT d.centre, d.bucket FROM %1 d "
                         "JOIN pg_temp.dash_todo t ON t.id = d.id ON CONFLICT DO NOTHING"_s.arg(t("dash_households")),
                         u"DELETE FROM %1 c USING pg_temp.dash_blobs_todo t WHERE c.centre = t.centre AND c.bucket = t.bucket"_s.arg(
                             t("dash_centres")),
                         u"INSERT INTO %1 (centre, bucket, households, facts) SELECT d.centre, d.bucket, count(*), "
                         "string_agg(d.facts, ''::bytea ORDER BY d.id) FROM %2 d JOIN pg_temp.dash_blobs_todo t "
                         "ON t.centre = d.centre AND t.bucket = d.bucket GROUP BY d.centre, d.bucket"_s.arg(
                             t("dash_centres"), t("dash_households")),
                         // An erased district (a personal column) leaves no word behind.
                         u"DELETE FROM %1 w USING pg_temp.dash_districts x WHERE w.number = x.number AND NOT EXISTS "
                         "(SELECT 1 FROM %2 d WHERE d.district = w.number)"_s.arg(t("dash_words"), t("dash_households")),
                         u"TRUNCATE pg_temp.dash_touched"_s});
    if (s)
        s = pg.exec(u"INSERT INTO %1 (key, value) VALUES ('dashboard_facts', $1) "
                    "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"_s.arg(t("hub_state")),
                    {stateOf(generation.value()).toUtf8()});
    if (s)
        s = execAll(pg, {u"DROP TABLE pg_temp.dash_todo"_s, u"DROP TABLE pg_temp.dash_blobs_todo"_s,
                         u"DROP TABLE pg_temp.dash_districts"_s});
    return s;
}

Result<bool> DashboardFacts::current(PgConnection &pg)
{
    // A database no publication has reached yet has none of the tables.
    auto tables = pg.query(u"SELECT to_regclass('%1') IS NOT NULL AND to_regclass('%2') IS NOT NULL AND "
                           "to_regclass('%3') IS NOT NULL AND to_regclass('%4') IS NOT NULL"_s.arg(
                               t("hub_state"), t("dash_centres"), t("dash_households"), t("dash_words")));
    if (!tables)
        return tables.error();
    if (tables.value().bytes(0, 0) != "t")
        return false;
    auto kept = stateValue(pg, "dashboard_facts");
    auto generation = stateValue(pg, "generation");
    if (!kept || !generation)
        return !kept ? kept.error() : generation.error();
    return kept.value() == stateOf(generation.value());
}

} // namespace tamkeen::hub
