#include "clinic/TimelineView.h"

#include "clinic/AssessmentDialog.h"
#include "clinic/ClinicVocabulary.h"
#include "clinic/MemberClinicDialog.h"
#include "clinic/SessionDialog.h"
#include "format/AppSettings.h"
#include "format/Display.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Kind = tamkeen::clinic::TimelineItem::Kind;

namespace tamkeen::ui {

TimelineView::TimelineView(storage::Database &db, const AppSettings &settings, const security::Session &session,
                           QWidget *parent)
    : QWidget(parent), m_db(db), m_settings(settings), m_session(session), m_member(new QComboBox(this)),
      m_kind(new QComboBox(this)), m_count(new QLabel(this)), m_table(new QTableWidget(0, 5, this))
{
    setObjectName(u"timeline"_s);
    m_member->setObjectName(u"timelineMember"_s);
    m_kind->setObjectName(u"timelineKind"_s);
    m_kind->addItem(tr("Everything"), -1);
    for (Kind k : clinic::ClinicViews::allKinds())
        m_kind->addItem(clinic::ClinicViews::kindLabel(k), int(k));
    m_member->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_table->setObjectName(u"timelineTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Date and time"), tr("Kind"), tr("Member"), tr("What"), tr("Details")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    // Modes, not resizeColumnsToContents(): a refill after showing keeps the stretch.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int r) { openItem(r); });

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Whose"), this));
    filters->addWidget(m_member);
    filters->addSpacing(16);
    filters->addWidget(new QLabel(tr("Show"), this));
    filters->addWidget(m_kind);
    filters->addStretch(1);
    filters->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    auto *hint = new QLabel(tr("Double-click a line to open it."), this);
    hint->setStyleSheet(u"color:#666;"_s);
    layout->addWidget(hint);

    connect(m_member, &QComboBox::currentIndexChanged, this, &TimelineView::reload);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &TimelineView::reload);
    connect(&settings, &AppSettings::displayChanged, this, &TimelineView::reload);
}

void TimelineView::setHousehold(const QByteArray &householdId, const QString &fileNumber,
                                const QList<registry::Member> &members)
{
    const QByteArray chosen = householdId == m_household ? m_member->currentData().toByteArray() : QByteArray();
    m_household = householdId;
    m_fileNumber = fileNumber;
    {
        const QSignalBlocker block(m_member);
        m_member->clear();
        m_member->addItem(tr("The whole household"), QByteArray());
        for (const registry::Member &m : members)
            m_member->addItem(m.fullName(), m.id);
        m_member->setCurrentIndex(std::max(0, m_member->findData(chosen)));
    }
    reload();
}

void TimelineView::reload()
{
    if (m_household.isEmpty())
        return;
    clinic::TimelineFilter filter;
    filter.memberId = m_member->currentData().toByteArray();
    if (const int k = m_kind->currentData().toInt(); k >= 0)
        filter.kinds = {Kind(k)};
    auto items = clinic::ClinicViews::timeline(m_db, m_session, m_household, filter);
    m_items = items ? items.value() : QList<clinic::TimelineItem>();
    const Display display(m_settings);
    const QString confidential = tr("Confidential: visible to counsellors and supervisors only");
    m_table->setRowCount(int(m_items.size()));
    for (int r = 0; r < m_items.size(); ++r) {
        const clinic::TimelineItem &it = m_items[r];
        const bool timed = it.kind == Kind::Appointment || it.kind == Kind::Session;
        QString title = display.digits(it.title), detail = display.digits(it.detail);
        if (it.kind == Kind::Registration) // the file number stays a left-to-right code
            title = tr("Registered (file %1)").arg(Display::ltr(m_fileNumber));
        if (it.kind == Kind::Assessment && it.detail.isEmpty() && !clinic::mayReadConfidential(m_session))
            detail = confidential;
        const QStringList cells = {timed ? SessionDialog::dateTimeText(m_settings, it.at) : display.shortDate(it.at.date()),
                                   clinic::ClinicViews::kindLabel(it.kind),
                                   it.memberName.isEmpty() ? tr("Household") : it.memberName, title, detail};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_count->setText(display.digits(tr("%Ln entry(ies)", nullptr, int(m_items.size()))));
    if (!items)
        m_count->setText(items.error().message);
}

QWidget *TimelineView::openItem(int row)
{
    if (row < 0 || row >= m_items.size())
        return nullptr;
    const clinic::TimelineItem it = m_items[row];
    QWidget *owner = window();
    switch (it.kind) {
    case Kind::Session: {
        SessionDialog *d = SessionDialog::openExisting(m_db, m_settings, m_session, it.id, owner);
        connect(d, &SessionDialog::saved, this, &TimelineView::changed);
        return d;
    }
    case Kind::Assessment:
        return AssessmentDialog::openExisting(m_db, m_settings, m_session, it.memberId, it.id, owner);
    case Kind::Appointment: {
        auto *d = new MemberClinicDialog(m_db, m_settings, m_session, it.memberId, owner);
        connect(d, &MemberClinicDialog::changed, this, &TimelineView::changed);
        d->show();
        return d;
    }
    case Kind::Registration:
    case Kind::Status:
    case Kind::Income:
        emit showRegistryTab(it.kind);
        return nullptr;
    case Kind::Plan:
    case Kind::Referral:
        return nullptr; // opened from the Plans and Referrals sections
    }
    return nullptr;
}

} // namespace tamkeen::ui
