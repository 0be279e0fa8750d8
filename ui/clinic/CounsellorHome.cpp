#include "clinic/CounsellorHome.h"

#include "clinic/ClinicText.h"
#include "format/AppSettings.h"
#include "format/Display.h"
#include "registry/Vocabulary.h"
#include "widgets/Heading.h"

#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

namespace {
constexpr int IdRole = Qt::UserRole;
constexpr int OtherRole = Qt::UserRole + 1; // the household or the day

QTreeWidget *table(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *t = new QTreeWidget(parent);
    t->setObjectName(name);
    t->setRootIsDecorated(false);
    t->setAlternatingRowColors(true);
    t->setUniformRowHeights(true);
    t->setHeaderLabels(headers);
    t->header()->setStretchLastSection(true);
    t->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return t;
}
} // namespace

CounsellorHome::CounsellorHome(storage::Database &db, const AppSettings &settings, const security::Session &session,
                               QWidget *parent)
    : QWidget(parent), m_db(db), m_settings(settings), m_session(session), m_appointments(db), m_sessions(db),
      m_heading(heading(QString(), this, 1.3)), m_error(new QLabel(this))
{
    setObjectName(u"counsellorHome"_s);
    m_today = table(u"todayList"_s,
                    {tr("Time"), tr("Beneficiary"), tr("File number"), tr("Consultation"), tr("Place"), tr("Status")}, this);
    m_actions = table(u"dueActions"_s, {tr("Due"), tr("Beneficiary"), tr("Agreed action"), tr("Responsible")}, this);
    // The action's words take the room left; the other columns keep their whole text.
    m_actions->header()->setStretchLastSection(false);
    m_actions->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_actions->setTextElideMode(Qt::ElideMiddle);
    m_followUps = table(u"followUps"_s, {tr("Beneficiary"), tr("File number"), tr("Last session")}, this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color:#8a1c1c;"_s);
    m_error->hide();
    m_book = new QPushButton(tr("Book a follow-up…"), this);
    m_book->setObjectName(u"bookFollowUp"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_error);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(section(m_todayTitle, m_today));
    auto *lower = new QSplitter(Qt::Horizontal, split);
    lower->addWidget(section(m_actionsTitle, m_actions));
    lower->addWidget(section(m_followUpsTitle, m_followUps, m_book));
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    split->addWidget(lower);
    layout->addWidget(split, 1);

    connect(m_today, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit openAppointment(item->data(0, IdRole).toByteArray(), item->data(0, OtherRole).toDate());
    });
    connect(m_actions, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { emit openHousehold(item->data(0, OtherRole).toByteArray()); });
    connect(m_followUps, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { emit bookFor(item->data(0, IdRole).toByteArray()); });
    connect(m_book, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_followUps->currentItem())
            emit bookFor(item->data(0, IdRole).toByteArray());
    });
    connect(m_followUps, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { m_book->setEnabled(item != nullptr); });
    connect(&settings, &AppSettings::displayChanged, this, &CounsellorHome::refresh);
    refresh();
}

QWidget *CounsellorHome::section(QLabel *&title, QTreeWidget *list, QWidget *extra)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 6, 0, 0);
    auto *top = new QHBoxLayout;
    title = new QLabel(box);
    title->setWordWrap(true); // a narrow pane wraps the count instead of hiding it
    QFont f = title->font();
    f.setBold(true);
    title->setFont(f);
    top->addWidget(title, 1);
    if (extra)
        top->addWidget(extra);
    layout->addLayout(top);
    layout->addWidget(list, 1);
    return box;
}

void CounsellorHome::refresh()
{
    const Display display(m_settings);
    const QDate today = QDate::currentDate();
    m_heading->setText(tr("Today, %1").arg(display.date(today)));
    QStringList errors;

    m_today->clear();
    auto types = clinic::ClinicVocabulary::sessionTypes(m_db);
    const auto known = types ? types.value() : clinic::ClinicVocabulary::builtInSessionTypes();
    auto day = m_appointments.day(today, m_session.userId);
    if (!day)
        errors << day.error().message;
    for (const clinic::Appointment &a : day ? day.value() : QList<clinic::Appointment>()) {
        const QString queue = ClinicText::queueLabel(ClinicText::queueState(a));
        auto *item = new QTreeWidgetItem(m_today, {ClinicText::time(display, a.startsAt), a.memberName,
                                                   Display::ltr(a.fileNumber), ClinicText::types(known, a.types),
                                                   ClinicText::place(a.place),
                                                   queue.isEmpty() ? ClinicText::status(a.status) : queue});
        item->setData(0, IdRole, a.id);
        item->setData(0, OtherRole, a.startsAt.date());
    }
    m_todayTitle->setText(tr("My appointments today (%1)").arg(display.number(m_today->topLevelItemCount())));

    m_actions->clear();
    int overdue = 0;
    auto due = m_sessions.dueActions(m_session, today, m_session.userId);
    if (!due)
        errors << due.error().message;
    for (const clinic::AgreedAction &a : due ? due.value() : QList<clinic::AgreedAction>()) {
        const bool late = a.dueDate < today;
        overdue += late;
        const QString when = late ? tr("Overdue since %1").arg(display.shortDate(a.dueDate)) : tr("Today");
        auto *item = new QTreeWidgetItem(m_actions, {when, a.memberName, a.description,
                                                     registry::Vocabulary::label(clinic::ClinicVocabulary::responsibles(),
                                                                                 a.responsible)});
        item->setData(0, IdRole, a.id);
        item->setData(0, OtherRole, a.householdId);
        item->setToolTip(2, a.description);
        if (late) {
            // Overdue ones stand out in colour and weight, not colour alone.
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
            for (int c = 0; c < m_actions->columnCount(); ++c)
                item->setForeground(c, QColor(0x8a, 0x1c, 0x1c));
        }
    }
    m_actionsTitle->setText(overdue ? tr("Agreed actions due (%1, of which %2 overdue)")
                                          .arg(display.number(m_actions->topLevelItemCount()), display.number(overdue))
                                    : tr("Agreed actions due (%1)").arg(display.number(m_actions->topLevelItemCount())));

    m_followUps->clear();
    auto days = clinic::ClinicViews::followUpDays(m_db);
    const int interval = days ? days.value() : 30;
    auto follow = clinic::ClinicViews::followUps(m_db, m_session.userId, today, interval);
    if (!follow)
        errors << follow.error().message;
    for (const clinic::FollowUp &f : follow ? follow.value() : QList<clinic::FollowUp>()) {
        auto *item = new QTreeWidgetItem(m_followUps, {f.memberName, Display::ltr(f.fileNumber),
                                                       tr("%1 (%2)").arg(display.shortDate(f.lastSession),
                                                                         display.digits(tr("%Ln day(s) ago", nullptr,
                                                                                           int(f.lastSession.daysTo(today)))))});
        item->setData(0, IdRole, f.memberId);
        item->setData(0, OtherRole, f.householdId);
    }
    m_followUpsTitle->setText(tr("No session for more than %1 (%2)")
                                  .arg(display.digits(tr("%Ln day(s)", nullptr, interval)),
                                       display.number(m_followUps->topLevelItemCount())));
    m_book->setEnabled(m_followUps->currentItem() != nullptr);

    m_error->setText(errors.join(u'\n'));
    m_error->setVisible(!errors.isEmpty());
}

} // namespace tamkeen::ui
