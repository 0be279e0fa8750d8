#include "hub/NationalDashboard.h"

#include "hub/DashboardFacts.h"
#include "hub/HouseholdFacts.h"
#include "hub/HubReport.h"
#include "hub/HubSchema.h"
#include "hub/HubSource.h"
#include "hub/PgConnection.h"
#include "impact/Indicators.h"
#include "impact/SmallNumbers.h"
#include "referrals/ExitService.h"
#include "registry/Csv.h"
#include "registry/Vocabulary.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <map>

using namespace Qt::StringLiterals;

namespace tamkeen::hub {

namespace {

constexpr int kMonths = 12; // the trends, as the desktop's dashboard
constexpr int kReentryWindow = 12;

QString t(const char *table) { return DashboardFacts::table(table); }

QByteArray byteaArray(const QList<QByteArray> &ids)
{
    QStringList items;
    for (const QByteArray &id : ids)
        items << u"\"\\\\x%1\""_s.arg(QString::fromLatin1(id.toHex()));
    return u"{%1}"_s.arg(items.join(u',')).toUtf8();
}

// The days a period's figures are read on.
struct Window {
    quint32 first = 0, last = 0, before = 0; // before: the day before the first
    quint32 ageOn = 0;                       // heads' ages on this day (the period's last)
    quint32 bornBy = 0, bornAfter = 0;       // the age filter on that day: born on or before, after (0: none)
    static Window of(const QDate &first, const QDate &last)
    {
        return {HouseholdFacts::day(first), HouseholdFacts::day(last), HouseholdFacts::day(first.addDays(-1)),
                HouseholdFacts::day(last)};
    }
};

struct Cohort {
    qint64 exits = 0;
    qint64 back[3] = {}, stayed[3] = {};
};

// Counts by word (a status, a reason): words are small numbers, so a vector
// indexed by them (a hash lookup per household was a fifth of the time).
class ByWord {
public:
    // Words the dictionary has not (damaged facts) go to a slot of their own, told by damaged().
    qint64 &operator[](quint32 word)
    {
        if (word > kMaxWord) {
            m_damaged = true;
            return m_beyond;
        }
        if (word >= m_counts.size())
            m_counts.resize(size_t(word) + 1);
        return m_counts[word];
    }
    bool damaged() const { return m_damaged; }
    static constexpr quint32 kMaxWord = 1u << 24; // 16 million distinct texts
    qint64 value(quint32 word) const { return word < m_counts.size() ? m_counts[word] : 0; }

private:
    std::vector<qint64> m_counts;
    qint64 m_beyond = 0;
    bool m_damaged = false;
};

// One period's counts, the figures of indicators 1-4 without their lists.
struct Counts {
    ByWord households, members, withMembers;
    qint64 supported = 0, registered = 0;
    ByWord reasons;
    qint64 positive = 0, other = 0, total = 0, activeAtStart = 0;
    std::map<QDate, Cohort> cohorts;
    qint64 mature = 0, back = 0, pending = 0;
    ByWord backReasons;
};

// What the words mean, and the filter's test of a household.
class Reading {
public:
    Status load(PgConnection &pg, const impact::ImpactFilter &filter)
    {
        auto words = pg.queryBinary(u"SELECT number::text, kind::text, word FROM %1 WHERE kind IN (%2, %3)"_s.arg(
                                        t("dash_words"))
                                        .arg(int(DashboardFacts::StatusWord))
                                        .arg(int(DashboardFacts::ReasonWord)));
        if (!words)
            return words.error();
        for (int i = 0; i < words.value().rows(); ++i) {
            const quint32 n = words.value().bytes(i, 0).toUInt();
            const QString word = QString::fromUtf8(words.value().bytes(i, 2));
            if (words.value().bytes(i, 1).toInt() == DashboardFacts::StatusWord) {
                m_statusWord.insert(word, n);
                if (word == u"active" || word == u"reentered")
                    mark(n, kSupported);
            } else {
                m_reasonWord.insert(word, n);
                if (impact::Indicators::isPositiveExit(word))
                    mark(n, kPositive);
            }
        }
        m_filter = filter;
        // The words the filter keeps, chosen by the filter's own terms in SQL.
        const auto wordsOf = [&](DashboardFacts::WordKind kind, const QString &term, const QByteArray &v) -> Status {
            auto rows = pg.query(u"SELECT number FROM %1 WHERE kind = %2 AND %3"_s.arg(t("dash_words")).arg(int(kind)).arg(term),
                                 {v});
            if (!rows)
                return rows.error();
            Words &w = m_kept[kind];
            w.asked = true;
            for (int i = 0; i < rows.value().rows(); ++i) {
                const qint64 n = rows.value().integer(i, 0);
                if (n <= 0 || n > ByWord::kMaxWord)
                    return makeError(ErrorCode::Database, u"the dashboard's dictionary is damaged: tamkeen-hub publish "
                                                          "--all makes it again"_s);
                if (size_t(n) >= w.kept.size())
                    w.kept.resize(size_t(n) + 1);
                w.kept[size_t(n)] = true;
            }
            return {};
        };
        const QString equal = u"word = $1"_s;
        const std::pair<DashboardFacts::WordKind, QString> equalities[] = {
            {DashboardFacts::RegionWord, filter.region},     {DashboardFacts::CityWord, filter.city},
            {DashboardFacts::DistrictWord, filter.district}, {DashboardFacts::WorkerWord, QString::fromLatin1(filter.worker.toHex())},
            {DashboardFacts::CareLevelWord, filter.careLevel}, {DashboardFacts::CounsellorWord, QString::fromLatin1(filter.counsellor.toHex())},
            {DashboardFacts::SexWord, filter.headSex}};
        Status s;
        for (const auto &[kind, value] : equalities)
            if (s && !value.isEmpty())
                s = wordsOf(kind, equal, value.toUtf8());
        if (s && !filter.category.isEmpty())
            s = wordsOf(DashboardFacts::CategoriesWord, u"(',' || word || ',') LIKE $1"_s,
                        (u"%,"_s + filter.category + u",%"_s).toUtf8());
        // Whole keys of the comma-joined list, as the filter's strpos.
        if (s && !filter.track.isEmpty())
            s = wordsOf(DashboardFacts::TrackWord, u"strpos(',' || word || ',', $1) > 0"_s,
                        (u","_s + filter.track + u","_s).toUtf8());
        return s;
    }

    bool agesMatter() const { return m_filter.headAge.has_value(); }

    // The age filter's birth days for a window's day (once, not per household).
    void bound(Window &w) const
    {
        if (!m_filter.headAge)
            return;
        const QDate on = HouseholdFacts::date(w.ageOn);
        w.bornBy = HouseholdFacts::day(on.addYears(-m_filter.headAge->from));
        if (m_filter.headAge->to)
            w.bornAfter = HouseholdFacts::day(on.addYears(-(*m_filter.headAge->to + 1)));
    }

    // Whether the household is in scope in the window (heads' ages on its day).
    // `unknown` is set when that cannot be told from the facts (a malformed birth date).
    bool keeps(const HouseholdFacts &f, const Window &w, bool &unknown) const
    {
        if (!m_kept[DashboardFacts::RegionWord].keeps(f.region) || !m_kept[DashboardFacts::CityWord].keeps(f.city)
            || !m_kept[DashboardFacts::DistrictWord].keeps(f.district) || !m_kept[DashboardFacts::WorkerWord].keeps(f.worker)
            || !m_kept[DashboardFacts::CategoriesWord].keeps(f.categories)
            || !m_kept[DashboardFacts::CareLevelWord].keeps(f.careLevel))
            return false;
        const Words &counsellors = m_kept[DashboardFacts::CounsellorWord];
        if (counsellors.asked && std::none_of(f.counsellors.begin(), f.counsellors.end(), [&](quint32 c) { return counsellors.keeps(c); }))
            return false;
        const Words &tracks = m_kept[DashboardFacts::TrackWord];
        if (tracks.asked && std::none_of(f.tracks.begin(), f.tracks.end(), [&](quint32 c) { return tracks.keeps(c); }))
            return false;
        if (m_filter.headSex.isEmpty() && !m_filter.headAge)
            return true;
        if (m_filter.headAge && (f.flags & HouseholdFacts::OddBirth)) {
            unknown = true;
            return false;
        }
        for (const HouseholdFacts::Head &h : f.heads) {
            if (!m_kept[DashboardFacts::SexWord].keeps(h.sex))
                continue;
            if (m_filter.headAge && (h.birth == 0 || h.birth > w.bornBy || (w.bornAfter != 0 && h.birth <= w.bornAfter)))
                continue;
            return true;
        }
        return false;
    }

    bool supported(std::optional<quint32> status) const
    {
        return status && *status < m_marks.size() && (m_marks[*status] & kSupported);
    }
    bool positive(quint32 reason) const { return reason < m_marks.size() && (m_marks[reason] & kPositive); }
    qint64 of(const ByWord &counts, const QHash<QString, quint32> &words, const QString &key) const
    {
        const auto w = words.constFind(key);
        return w == words.cend() ? 0 : counts.value(*w);
    }
    const QHash<QString, quint32> &statusWords() const { return m_statusWord; }
    const QHash<QString, quint32> &reasonWords() const { return m_reasonWord; }

private:
    impact::ImpactFilter m_filter;
    QHash<QString, quint32> m_statusWord, m_reasonWord;
    enum Mark : quint8 { kSupported = 1, kPositive = 2 };
    void mark(quint32 word, Mark m)
    {
        if (word > ByWord::kMaxWord)
            return; // never a record's (the dictionary's numbers are checked where the filter's are read)
        if (word >= m_marks.size())
            m_marks.resize(size_t(word) + 1);
        m_marks[word] |= m;
    }
    std::vector<quint8> m_marks; // by word: a status of support, a positive exit's reason
    // The words a filter keeps, by kind; a kind not asked keeps every household.
    struct Words {
        bool asked = false;
        std::vector<bool> kept; // by word
        bool keeps(quint32 word) const { return !asked || (word < kept.size() && kept[word]); }
    };
    Words m_kept[DashboardFacts::CareLevelWord + 1];
};

// The status a household had at the end of `day` (the last change on or before it), if any.
std::optional<quint32> statusAt(const HouseholdFacts &f, quint32 day)
{
    std::optional<quint32> s;
    for (const HouseholdFacts::Status &x : f.statuses) {
        if (x.day > day)
            break;
        s = x.status;
    }
    return s;
}

bool exitedIn(const HouseholdFacts &f, quint32 first, quint32 last)
{
    return std::any_of(f.exits.begin(), f.exits.end(),
                       [&](const HouseholdFacts::Exit &e) { return !e.reentry && e.day >= first && e.day <= last; });
}

// The same rules as HubSource (caseload, exits) and Indicators::sustainedOf / reentryOf.
void count(const HouseholdFacts &f, const Window &w, const QDate &asOf, const Reading &r, Counts &c)
{
    if (const auto s = statusAt(f, w.last)) {
        ++c.households[*s];
        c.members[*s] += f.members;
        if (f.members > 0)
            ++c.withMembers[*s];
        if (r.supported(s))
            ++c.supported;
    }
    if (f.registered != 0 && f.registered >= w.first && f.registered <= w.last)
        ++c.registered;
    if (r.supported(statusAt(f, w.before)))
        ++c.activeAtStart;
    const HouseholdFacts::Exit *lastExit = nullptr;
    quint32 month = 0;
    for (qsizetype i = 0; i < f.exits.size(); ++i) {
        const HouseholdFacts::Exit &e = f.exits[i];
        if (e.reentry || e.day < w.first || e.day > w.last)
            continue;
        lastExit = &e;
        if (e.day / 100 == month) // a household once a month, by its first exit that month
            continue;
        month = e.day / 100;
        const HouseholdFacts::Exit *back = nullptr;
        for (qsizetype j = i + 1; j < f.exits.size() && !back; ++j)
            if (f.exits[j].reentry)
                back = &f.exits[j];
        const QDate on = HouseholdFacts::date(e.day);
        const QDate backOn = back ? HouseholdFacts::date(back->day) : QDate();
        const auto within = [&](int months) { return backOn.isValid() && backOn <= asOf && backOn <= on.addMonths(months); };
        Cohort &cohort = c.cohorts[QDate(on.year(), on.month(), 1)];
        ++cohort.exits;
        for (int h = 0; h < 3; ++h)
            ++(within(impact::Indicators::kHorizons[h]) ? cohort.back[h] : cohort.stayed[h]);
        if (on.addMonths(kReentryWindow) > asOf) {
            ++c.pending;
        } else {
            ++c.mature;
            if (within(kReentryWindow)) {
                ++c.back;
                ++c.backReasons[back->reason];
            }
        }
    }
    if (lastExit) {
        ++c.reasons[lastExit->reason];
        ++(r.positive(lastExit->reason) ? c.positive : c.other);
        ++c.total;
    }
}

class RowWriter {
public:
    explicit RowWriter(QList<DashboardRow> &rows) : m_rows(rows) {}
    QString period, indicator;
    void add(const QString &group, const QString &key, std::optional<double> value, qint64 households, qint64 base = -1)
    {
        m_rows.append({period, indicator, group, key, value, households, base});
    }
    void count(const QString &group, const QString &key, qint64 n) { add(group, key, double(n), n); }
    void rate(const QString &group, const QString &key, qint64 numerator, qint64 denominator)
    {
        add(group, key, denominator == 0 ? std::nullopt : std::optional(double(numerator) / double(denominator)),
            numerator, denominator);
    }

private:
    QList<DashboardRow> &m_rows;
};

// The rows of one period, as IndicatorReport::addCaseload … addReentry lay them out.
void write(QList<DashboardRow> &rows, const QString &period, const Counts &c, const Reading &r, const QDate &asOf)
{
    RowWriter w(rows);
    w.period = period;
    w.indicator = u"caseload"_s;
    for (const registry::Term &s : registry::Vocabulary::statuses())
        w.count(u"households"_s, s.key, r.of(c.households, r.statusWords(), s.key));
    for (const registry::Term &s : registry::Vocabulary::statuses())
        w.add(u"members"_s, s.key, double(r.of(c.members, r.statusWords(), s.key)),
              r.of(c.withMembers, r.statusWords(), s.key));
    w.count(u"households"_s, u"supported"_s, c.supported);
    w.count(u"households"_s, u"registered"_s, c.registered);

    w.indicator = u"exits"_s;
    for (const registry::Term &x : referrals::ExitService::exitReasons())
        w.count(u"by_reason"_s, x.key, r.of(c.reasons, r.reasonWords(), x.key));
    w.count(u"households"_s, u"positive"_s, c.positive);
    w.count(u"households"_s, u"other"_s, c.other);
    w.count(u"households"_s, u"total"_s, c.total);
    w.count(u"households"_s, u"active_at_start"_s, c.activeAtStart);
    w.rate(u"rates"_s, u"positive_rate"_s, c.positive, c.activeAtStart);
    w.rate(u"rates"_s, u"exit_rate"_s, c.total, c.activeAtStart);

    w.indicator = u"sustained"_s;
    for (const auto &[month, cohort] : c.cohorts) {
        const QString group = month.toString(u"yyyy-MM"_s);
        w.count(group, u"exits"_s, cohort.exits);
        const QDate lastDay = month.addMonths(1).addDays(-1);
        for (int h = 0; h < 3; ++h) {
            const int months = impact::Indicators::kHorizons[h];
            const QString n = QString::number(months) + u'm';
            const bool known = lastDay.addMonths(months) <= asOf;
            w.count(group, u"reentered_"_s + n, cohort.back[h]);
            const qint64 stayed = known ? cohort.stayed[h] : 0;
            w.add(group, u"sustained_"_s + n, known ? std::optional(double(stayed)) : std::nullopt, stayed);
            w.add(group, u"sustained_share_"_s + n,
                  known && cohort.exits > 0 ? std::optional(double(stayed) / double(cohort.exits)) : std::nullopt,
                  stayed, cohort.exits);
        }
    }

    w.indicator = u"reentry"_s;
    w.count(u"households"_s, u"exits"_s, c.mature);
    w.count(u"households"_s, u"reentered"_s, c.back);
    w.count(u"households"_s, u"pending"_s, c.pending);
    for (const registry::Term &x : referrals::ExitService::reentryReasons())
        w.count(u"by_reason"_s, x.key, r.of(c.backReasons, r.reasonWords(), x.key));
    w.rate(u"rates"_s, u"reentry_rate"_s, c.back, c.mature);
}

Result<QList<DashboardRow>> compute(PgConnection &pg, const DashboardRequest &request)
{
    auto made = DashboardFacts::current(pg);
    if (!made)
        return made.error();
    if (!made.value())
        return makeError(ErrorCode::Invalid, u"the dashboard's facts are not made yet: run tamkeen-hub publish (or "
                                             "import) with this version first"_s);
    if (Status s = HubReport::refuseMisfits(pg, u"dashboard"_s); !s)
        return s.error();
    Reading reading;
    if (Status s = reading.load(pg, request.filter); !s)
        return s.error();
    auto previous = request.period.previous();
    if (!previous)
        return previous.error();
    const QDate asOf = request.asOf.isValid() ? request.asOf : QDate::currentDate();
    Window now = Window::of(request.period.first(), request.period.last());
    Window before = Window::of(previous.value().first(), previous.value().last());
    reading.bound(now);
    reading.bound(before);
    // The trends' months: the twelve ending with the period's last.
    const QDate lastMonth(request.period.last().year(), request.period.last().month(), 1);
    QList<Window> months;
    for (int i = kMonths - 1; i >= 0; --i) {
        const QDate m = lastMonth.addMonths(-i);
        months << Window::of(m, m.addMonths(1).addDays(-1));
        reading.bound(months.last());
    }
    const int firstMonth = lastMonth.addMonths(1 - kMonths).year() * 12 + lastMonth.addMonths(1 - kMonths).month() - 1;
    QList<qint64> supportedAt(kMonths), exitsIn(kMonths);

    const QString where = request.filter.centres.isEmpty() ? QString() : u" WHERE centre = ANY($1::bytea[])"_s;
    auto blobs = pg.queryBinary(u"SELECT centre, facts FROM %1%2 ORDER BY centre, bucket"_s.arg(t("dash_centres"), where),
                                request.filter.centres.isEmpty() ? QList<QByteArray>{}
                                                                 : QList<QByteArray>{byteaArray(request.filter.centres)});
    if (!blobs)
        return blobs.error();
    Counts thisPeriod, periodBefore;
    QHash<QByteArray, std::pair<qint64, qint64>> byCentre; // supported at the end, exits in the period
    HouseholdFacts f;
    bool unknown = false, odd = false;
    const bool ages = reading.agesMatter();
    for (int b = 0; b < blobs.value().rows(); ++b) {
        const QByteArray centre = blobs.value().bytes(b, 0);
        const QByteArray facts = blobs.value().bytes(b, 1);
        auto &bar = byCentre[centre];
        const char *p = facts.constData();
        const char *end = p + facts.size();
        while (p < end) {
            if (!(p = HouseholdFacts::read(p, end, f)))
                return makeError(ErrorCode::Database, u"the dashboard's facts of a centre are damaged: tamkeen-hub "
                                                      "publish --all makes them again"_s);
            const bool inNow = reading.keeps(f, now, unknown);
            const bool inBefore = ages ? reading.keeps(f, before, unknown) : inNow;
            quint32 inMonths = 0; // a bit a month
            for (int i = 0; i < kMonths; ++i)
                if (ages ? reading.keeps(f, months[i], unknown) : inNow)
                    inMonths |= 1u << i;
            if (!inNow && !inBefore && !inMonths)
                continue;
            if (f.flags & HouseholdFacts::OddDates) {
                odd = true;
                continue;
            }
            if (inNow) {
                count(f, now, asOf, reading, thisPeriod);
                bar.first += reading.supported(statusAt(f, now.last)) ? 1 : 0;
                bar.second += exitedIn(f, now.first, now.last) ? 1 : 0;
            }
            if (inBefore)
                count(f, before, asOf, reading, periodBefore);
            // The months in one walk of the statuses (in order) and one of the exits.
            qsizetype k = 0;
            std::optional<quint32> status;
            for (int i = 0; i < kMonths; ++i) {
                while (k < f.statuses.size() && f.statuses[k].day <= months[i].last)
                    status = f.statuses[k++].status;
                if (inMonths & (1u << i) && reading.supported(status))
                    ++supportedAt[i];
            }
            quint32 exited = 0;
            for (const HouseholdFacts::Exit &e : f.exits) {
                const int month = int(e.day / 10000) * 12 + int(e.day / 100 % 100) - 1 - firstMonth;
                if (!e.reentry && month >= 0 && month < kMonths && e.day >= months[month].first && e.day <= months[month].last)
                    exited |= 1u << month;
            }
            for (int i = 0; i < kMonths; ++i)
                if (exited & inMonths & (1u << i))
                    ++exitsIn[i];
        }
    }
    for (const Counts *c : {&thisPeriod, &periodBefore})
        for (const ByWord *w : {&c->households, &c->members, &c->withMembers, &c->reasons, &c->backReasons})
            if (w->damaged())
                return makeError(ErrorCode::Database, u"the dashboard's facts name words the dictionary cannot hold: "
                                                      "tamkeen-hub publish --all makes them again"_s);
    if (odd || unknown)
        return makeError(ErrorCode::Invalid,
                         odd ? u"households in scope hold a status, exit or registration date not written YYYY-MM-DD "
                               "(or an exit without its creation time): tamkeen-hub report computes their figures "
                               "from the rows themselves"_s
                             : u"heads of households in scope have a birth date not written YYYY-MM-DD: their age "
                               "cannot be told here; tamkeen-hub report computes it from the rows themselves"_s);
    QList<DashboardRow> rows;
    write(rows, u"this"_s, thisPeriod, reading, asOf);
    write(rows, u"before"_s, periodBefore, reading, asOf);
    RowWriter w(rows);
    w.indicator = u"trend"_s;
    for (int i = 0; i < kMonths; ++i) {
        const QString group = HouseholdFacts::date(months[i].first).toString(u"yyyy-MM"_s);
        w.count(group, u"supported"_s, supportedAt[i]);
        w.count(group, u"exits"_s, exitsIn[i]);
    }
    // The bars: each centre by its code (none: households of no centre).
    auto codes = pg.queryBinary(u"SELECT id, code FROM %1 WHERE deleted = 0"_s.arg(t("centres")));
    if (!codes)
        return codes.error();
    QHash<QByteArray, QString> codeOf;
    for (int i = 0; i < codes.value().rows(); ++i)
        codeOf.insert(codes.value().bytes(i, 0), QString::fromUtf8(codes.value().bytes(i, 1)));
    // By code, then id: one bar a centre (two centres sharing a code are two
    // bars of that code; households of no centre, or of one not held, a bar of no code).
    struct Bar {
        QString code;
        QByteArray centre;
        std::pair<qint64, qint64> figures;
    };
    QList<Bar> bars;
    for (auto it = byCentre.cbegin(); it != byCentre.cend(); ++it)
        bars.append({codeOf.value(it.key()), it.key(), it.value()});
    std::sort(bars.begin(), bars.end(), [](const Bar &a, const Bar &b) {
        return a.code != b.code ? a.code < b.code : a.centre < b.centre;
    });
    w.indicator = u"by_centre"_s;
    for (const Bar &bar : bars) {
        w.count(bar.code, u"supported"_s, bar.figures.first);
        w.count(bar.code, u"exits"_s, bar.figures.second);
    }
    return rows;
}

} // namespace

QStringList NationalDashboard::indicators() { return {u"caseload"_s, u"exits"_s, u"sustained"_s, u"reentry"_s}; }

Result<QList<DashboardRow>> NationalDashboard::rows(PgConnection &pg, const DashboardRequest &request)
{
    if (Status s = HubReport::beginSnapshot(pg); !s)
        return s.error();
    auto rows = compute(pg, request);
    if (rows) {
        HubSource source(pg);
        auto hide = source.smallNumbersHidden();
        if (!hide)
            rows = hide.error();
        else if (hide.value())
            for (DashboardRow &r : rows.value())
                if (impact::SmallNumbers::isSmall(r.households) || impact::SmallNumbers::isSmall(r.base)) {
                    r.value.reset();
                    r.households = -1;
                    r.suppressed = true;
                }
    }
    (void)pg.exec(u"COMMIT"_s);
    return rows;
}

QJsonObject NationalDashboard::json(const DashboardRequest &request, const QList<DashboardRow> &rows)
{
    QJsonArray list;
    for (const DashboardRow &r : rows)
        list.append(QJsonObject{{u"period"_s, r.period},
                                {u"indicator"_s, r.indicator},
                                {u"group"_s, r.group},
                                {u"key"_s, r.key},
                                {u"value"_s, r.suppressed ? QJsonValue(impact::SmallNumbers::marker())
                                             : r.value     ? QJsonValue(*r.value)
                                                           : QJsonValue()},
                                {u"households"_s, r.suppressed ? QJsonValue() : QJsonValue(r.households)}});
    const auto previous = request.period.previous();
    const QDate asOf = request.asOf.isValid() ? request.asOf : QDate::currentDate();
    return QJsonObject{{u"from"_s, request.period.firstIso()},
                       {u"to"_s, request.period.lastIso()},
                       {u"before_from"_s, previous ? previous.value().firstIso() : QString()},
                       {u"before_to"_s, previous ? previous.value().lastIso() : QString()},
                       {u"as_of"_s, asOf.toString(Qt::ISODate)},
                       {u"rows"_s, list}};
}

QByteArray NationalDashboard::csv(const QList<DashboardRow> &rows)
{
    QByteArray bytes = "\xEF\xBB\xBF";
    bytes += registry::csvLine({u"period"_s, u"indicator"_s, u"group"_s, u"key"_s, u"value"_s, u"households"_s});
    for (const DashboardRow &r : rows) {
        const QString value = r.suppressed ? impact::SmallNumbers::marker()
                              : r.value    ? QString::number(*r.value, 'g', 10)
                                           : QString();
        bytes += registry::csvLine({r.period, r.indicator, r.group, r.key, value,
                                    r.suppressed ? QString() : QString::number(r.households)});
    }
    return bytes;
}

} // namespace tamkeen::hub
