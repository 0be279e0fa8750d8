#pragma once
// Objections and complaints (الاعتراضات والشكاوى, issue 17 §6; seed 002): an
// objection to an eligibility decision, a suspension or a support decision,
// or a complaint about a service. Received (channel, day, by whom), assigned
// to someone to look into, due by a day set per kind (Settings), investigated
// (dated notes), decided with the reason, answered (the reply, printed as a
// letter), and appealed once (a new objection naming the one decided).
// Anyone receives one and adds notes; supervisors and administrators assign,
// decide and answer (the person assigned drafts the reply in a note).
#include "common/Result.h"
#include "registry/Vocabulary.h"
#include "security/Session.h"
#include "storage/SyncedWriter.h"

#include <QCoreApplication>
#include <QDate>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::casework {

struct ObjectionData {
    QString kind;       // objection, complaint
    QString subject;    // Objections::subjects(): eligibility, suspension, support, service
    QByteArray memberId; // who raised it, if a member; empty: the family
    QDate receivedOn;
    QString channel;    // Objections::channels()
    QString summary;    // what the person says
};

struct Objection : ObjectionData {
    QByteArray id;
    QByteArray householdId;
    QString fileNumber, headName;
    QString receivedByName;
    QByteArray assignedTo;
    QString assignedName;
    QDate dueOn;
    QString notes; // each note on a line: its day, who, the note
    QString decision; // Objections::decisions(); empty while open
    QString decisionReason;
    QDate decidedOn;
    QString decidedByName;
    QString reply;
    QDate repliedOn;
    QByteArray appealOf; // the objection this appeals
    bool appealed = false; // an appeal of this one was received
    bool closed() const { return repliedOn.isValid(); }
    bool overdue(const QDate &today) const { return !closed() && dueOn < today; }
};

struct ObjectionFilter {
    enum class Show { Open, Overdue, Closed, All };
    Show show = Show::Open;
    QByteArray centre;     // empty: every centre
    QByteArray assignedTo; // empty: anyone's
};

// What the supervisor watches over a period: received, closed, days to close, outcomes.
struct ObjectionFigures {
    int received = 0;
    int closed = 0;
    int openNow = 0, overdueNow = 0;
    double medianDaysToClose = 0; // received to reply, of those closed in the period
    QList<std::pair<QString, int>> outcomes; // decisions of those closed in the period, in decisions() order
};

class Objections {
    Q_DECLARE_TR_FUNCTIONS(Objections)
public:
    explicit Objections(storage::Database &db);

    static QList<registry::Term> kinds();     // objection, complaint
    static QList<registry::Term> subjects();  // eligibility, suspension, support (objections), service (complaints), appeal
    static QList<registry::Term> channels();  // in_person, phone, letter, email, hotline
    static QList<registry::Term> decisions(); // upheld, partly_upheld, rejected
    static bool mayDecide(const security::Session &by);
    static constexpr int kDefaultObjectionDays = 30, kDefaultComplaintDays = 15;

    // Days to answer each kind (org settings), and an administrator's change.
    Result<int> daysFor(const QString &kind);
    Status setDaysFor(const security::Session &by, const QString &kind, int days);

    Result<QByteArray> receive(const security::Session &by, const QByteArray &householdId, const ObjectionData &data);
    Status assign(const security::Session &by, const QByteArray &id, const QByteArray &userId);
    Status addNote(const security::Session &by, const QByteArray &id, const QString &note);
    Status decide(const security::Session &by, const QByteArray &id, const QString &decision, const QString &reason);
    Status answer(const security::Session &by, const QByteArray &id, const QString &reply, const QDate &on);
    // A new objection appealing `id` (decided and answered), due by the objection days.
    Result<QByteArray> appeal(const security::Session &by, const QByteArray &id, const QDate &receivedOn,
                              const QString &channel, const QString &summary);

    Result<Objection> find(const QByteArray &id);
    // Oldest due first.
    Result<QList<Objection>> list(const ObjectionFilter &filter, const QDate &today, int limit = 1000);
    Result<ObjectionFigures> figures(const QDate &from, const QDate &to, const QByteArray &centre, const QDate &today);
    // Users who may be assigned one: active, not administrators.
    Result<QList<registry::Term>> assignees();

private:
    static Status checkText(QString &text, const QString &field, const QString &label, const QString &whenEmpty);
    Status update(const security::Session &by, const QByteArray &id, const QVariantMap &values);
    Result<QByteArray> insert(const security::Session &by, const QByteArray &householdId, const ObjectionData &data,
                              const QByteArray &appealOf);

    storage::Database &m_db;
    storage::SyncedWriter m_writer;
};

} // namespace tamkeen::casework
