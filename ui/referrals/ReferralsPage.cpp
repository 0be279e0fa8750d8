#include "referrals/ReferralsPage.h"

#include "security/AuditLog.h"
#include "format/AppSettings.h"
#include "format/Display.h"
#include "referrals/ExitFollowUpsView.h"
#include "referrals/ReferralDialogs.h"
#include "referrals/ReferralLetter.h"
#include "registry/Vocabulary.h"
#include "storage/Database.h"
#include "widgets/DocumentOutput.h"
#include "widgets/Heading.h"
#include "widgets/MessageBanner.h"
#include "widgets/ReadOnlyTable.h"

#include "widgets/ListExport.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using tamkeen::referrals::ReferralService;
using tamkeen::registry::Vocabulary;

namespace tamkeen::ui {

namespace {
const QColor kOverdue(0x8a, 0x1c, 0x1c);
const QColor kOverdueBackground(0xfb, 0xe4, 0xe1);

bool isOpen(const QString &status)
{
    return status != u"completed" && status != u"rejected";
}
} // namespace

ReferralsPage::ReferralsPage(storage::Database &db, const AppSettings &settings, const security::Session &session,
                             QWidget *parent)
    : QWidget(parent), m_db(db), m_settings(settings), m_session(session), m_banner(new MessageBanner(this)),
      m_tabs(new QTabWidget(this))
{
    setObjectName(u"referralsPage"_s);
    m_tabs->addTab(buildReferrals(), tr("Referrals"));
    m_tabs->addTab(buildFollowUps(), tr("Follow-ups after exit"));
    if (m_session.isAdministrator())
        m_tabs->addTab(buildPartners(), tr("Partners"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("Referrals to partners"), this));
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    connect(&settings, &AppSettings::displayChanged, this, &ReferralsPage::refresh);
    // Referrals, exits and partners change in dialogs, other screens and imported packages.
    Notifier &notifier = db.notifier();
    for (auto signal : {&Notifier::referralsChanged, &Notifier::exitsChanged, &Notifier::householdsChanged})
        connect(&notifier, signal, this, &ReferralsPage::refresh);
    refresh();
}

QWidget *ReferralsPage::buildReferrals()
{
    auto *tab = new QWidget(this);
    m_status = new QComboBox(tab);
    m_status->setObjectName(u"statusFilter"_s);
    m_status->addItem(tr("Any status"), QString());
    for (const registry::Term &t : ReferralService::statuses())
        m_status->addItem(t.label, t.key);
    m_partner = new QComboBox(tab);
    m_partner->setObjectName(u"partnerFilter"_s);
    m_worker = new QComboBox(tab);
    m_worker->setObjectName(u"workerFilter"_s);
    m_worker->addItem(tr("My referrals"), m_session.userId);
    m_worker->addItem(tr("Everyone's referrals"), QByteArray());
    // Supervisors and administrators follow the centre's referrals; workers their own.
    if (m_session.role == security::Role::Supervisor || m_session.isAdministrator())
        m_worker->setCurrentIndex(1);
    m_count = new QLabel(tab);
    fillPartnerFilter();
    for (QComboBox *c : {m_status, m_partner, m_worker})
        connect(c, &QComboBox::currentIndexChanged, this, &ReferralsPage::refresh);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Status"), tab));
    filters->addWidget(m_status);
    filters->addWidget(new QLabel(tr("Partner"), tab));
    filters->addWidget(m_partner);
    filters->addWidget(m_worker);
    filters->addStretch(1);
    filters->addWidget(m_count);

    m_table = readOnlyTable({tr("Beneficiary"), tr("File number"), tr("Partner"), tr("Service"), tr("Sent"),
                             tr("Status"), tr("Follow-up")},
                            tab, ColService);
    m_table->setObjectName(u"referrals"_s);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ReferralsPage::updateButtons);
    connect(m_table, &QTableWidget::cellActivated, this, [this] { changeStatus(); });

    auto *create = new QPushButton(tr("New referral…"), tab);
    create->setObjectName(u"newReferral"_s);
    m_statusButton = new QPushButton(tr("Change status…"), tab);
    m_statusButton->setObjectName(u"changeStatus"_s);
    m_outcomeButton = new QPushButton(tr("Record outcome…"), tab);
    m_outcomeButton->setObjectName(u"recordOutcome"_s);
    m_letterButton = new QPushButton(tr("Print letter…"), tab);
    m_letterButton->setObjectName(u"printLetter"_s);
    connect(create, &QPushButton::clicked, this, [this] { newReferral(); });
    connect(m_statusButton, &QPushButton::clicked, this, [this] { changeStatus(); });
    connect(m_outcomeButton, &QPushButton::clicked, this, [this] { recordOutcome(); });
    m_letterOutput = new DocumentOutput(
        m_letterButton, m_settings, m_banner,
        {[this] {
             if (selected())
                 return true;
             m_banner->showInfo(tr("Choose a referral in the list first."));
             return false;
         },
         [this] { return tr("referral-%1.pdf").arg(selected()->fileNumber); },
         [this](const QString &path) { return printLetter(path); }, [this] { return makeLetter(); },
         [this](const QString &path) {
             if (const referrals::Referral *r = selected())
                 security::AuditLog::logged(security::AuditLog(m_db).record(m_session, u"print"_s, r->householdId,
                                                 tr("referral-%1.pdf").arg(r->fileNumber) + u' ' + path));
         }});
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {create, m_statusButton, m_outcomeButton, m_letterButton})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *exportButton = new QPushButton(tr("Export…"), tab);
    exportButton->setObjectName(u"export"_s);
    connect(exportButton, &QPushButton::clicked, this, &ReferralsPage::exportList);
    buttons->addWidget(exportButton);

    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    updateButtons();
    return tab;
}

Status ReferralsPage::exportTo(const QString &path)
{
    const Status s = ListExport::fromView(this, m_table, path, tr("Referrals"), {ColFile});
    ListExport::audit(m_db, m_session, s, tr("Referrals"), ListExport::shownFilters({m_status, m_partner, m_worker}), path);
    return s;
}

void ReferralsPage::exportList()
{
    const QString path = ListExport::askPath(this, m_settings, tr("referrals"));
    if (!path.isEmpty())
        ListExport::report(this, exportTo(path));
}

QWidget *ReferralsPage::buildFollowUps()
{
    m_followUps = new ExitFollowUpsView(m_db, m_settings, m_session, m_banner, this);
    connect(m_followUps, &ExitFollowUpsView::countChanged, this, [this](int due) {
        m_tabs->setTabText(1, due == 0 ? tr("Follow-ups after exit")
                                       : tr("Follow-ups after exit (%1)").arg(Display(m_settings).number(due)));
    });
    return m_followUps;
}

QWidget *ReferralsPage::buildPartners()
{
    auto *tab = new QWidget(this);
    m_partners = readOnlyTable({tr("Name"), tr("Kind"), tr("Services"), tr("Region"), tr("Contact person"),
                                tr("Phone"), tr("Active")},
                               tab, 2);
    m_partners->setObjectName(u"partners"_s);
    connect(m_partners, &QTableWidget::cellActivated, this, [this] { editPartner(); });
    auto *add = new QPushButton(tr("Add partner…"), tab);
    add->setObjectName(u"addPartner"_s);
    auto *edit = new QPushButton(tr("Edit…"), tab);
    edit->setObjectName(u"editPartner"_s);
    connect(add, &QPushButton::clicked, this, [this] { addPartner(); });
    connect(edit, &QPushButton::clicked, this, [this] { editPartner(); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_partners, 1);
    layout->addLayout(buttons);
    return tab;
}

void ReferralsPage::fillPartnerFilter()
{
    const QByteArray current = m_partner->currentData().toByteArray();
    m_partner->blockSignals(true);
    m_partner->clear();
    m_partner->addItem(tr("Any partner"), QByteArray());
    // Inactive partners too: their referrals are still followed.
    if (auto all = ReferralService(m_db).partners(false)) {
        m_partnerRows = all.value();
        for (const referrals::Partner &p : std::as_const(m_partnerRows))
            m_partner->addItem(p.name, p.id);
    }
    m_partner->setCurrentIndex(std::max(0, m_partner->findData(current)));
    m_partner->blockSignals(false);
}

void ReferralsPage::refresh()
{
    const Display display(m_settings);
    const QDate today = QDate::currentDate();
    ReferralService service(m_db);
    fillPartnerFilter();

    referrals::ReferralFilter filter;
    filter.status = m_status->currentData().toString();
    filter.partnerId = m_partner->currentData().toByteArray();
    filter.workerId = m_worker->currentData().toByteArray();
    auto rows = service.list(filter, today);
    if (!rows) {
        m_banner->showError(rows.error().message);
        return;
    }
    const QByteArray selectedId = selected() ? selected()->id : QByteArray();
    m_rows = rows.value();
    m_table->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const referrals::Referral &x = m_rows[r];
        const bool overdue = isOpen(x.status) && x.followUpOn.isValid() && x.followUpOn <= today;
        const QStringList cells = {x.memberName,
                                   Display::ltr(x.fileNumber),
                                   x.partnerName,
                                   x.service,
                                   display.shortDate(x.sentOn),
                                   Vocabulary::label(ReferralService::statuses(), x.status),
                                   display.shortDate(x.followUpOn)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (overdue) {
                item->setForeground(kOverdue);
                item->setBackground(kOverdueBackground);
                if (c == ColFollowUp) {
                    QFont f = item->font();
                    f.setBold(true);
                    item->setFont(f);
                    item->setToolTip(tr("The follow-up date has come."));
                }
            }
            m_table->setItem(r, c, item);
        }
        if (x.id == selectedId)
            m_table->setCurrentCell(r, 0);
    }
    m_count->setText(Display(m_settings).digits(tr("%Ln referral(s)", nullptr, int(m_rows.size()))));
    updateButtons();

    m_followUps->refresh();

    if (m_partners) {
        m_partners->setRowCount(int(m_partnerRows.size()));
        for (int r = 0; r < m_partnerRows.size(); ++r) {
            const referrals::Partner &p = m_partnerRows[r];
            const QStringList cells = {p.name,
                                       Vocabulary::label(ReferralService::partnerKinds(), p.kind),
                                       p.services.join(u"، "_s),
                                       p.region,
                                       p.contact,
                                       p.phone.isEmpty() ? QString() : Display::ltr(p.phone),
                                       p.active ? tr("Yes") : tr("No")};
            for (int c = 0; c < cells.size(); ++c)
                m_partners->setItem(r, c, new QTableWidgetItem(cells[c]));
        }
    }
}

const referrals::Referral *ReferralsPage::selected() const
{
    const QModelIndexList rows = m_table ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    const int row = rows.isEmpty() ? -1 : rows.first().row();
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_rows[row];
}

void ReferralsPage::updateButtons()
{
    const referrals::Referral *r = selected();
    m_statusButton->setEnabled(r && !ReferralService::nextStatuses(r->status).isEmpty());
    m_outcomeButton->setEnabled(r && !isOpen(r->status));
    m_letterButton->setEnabled(r != nullptr);
}

template <class D> D *ReferralsPage::present(D *dialog)
{
    connect(dialog, &FormDialog::saved, this, [this] {
        m_banner->showSuccess(ReferralsPage::tr("Saved.")); // qualified: lupdate misreads tr() in a template
        refresh();
    });
    dialog->open();
    return dialog;
}

ReferralDialog *ReferralsPage::newReferral()
{
    m_banner->clear();
    return present(new ReferralDialog(m_db, m_settings, m_session, this));
}

ReferralStatusDialog *ReferralsPage::changeStatus()
{
    const referrals::Referral *r = selected();
    if (!r) {
        m_banner->showInfo(tr("Choose a referral in the list first."));
        return nullptr;
    }
    if (ReferralService::nextStatuses(r->status).isEmpty()) {
        m_banner->showInfo(tr("This referral is closed; its status no longer changes."));
        return nullptr;
    }
    m_banner->clear();
    return present(new ReferralStatusDialog(m_db, m_settings, m_session, *r, this));
}

ReferralOutcomeDialog *ReferralsPage::recordOutcome()
{
    const referrals::Referral *r = selected();
    if (!r) {
        m_banner->showInfo(tr("Choose a referral in the list first."));
        return nullptr;
    }
    m_banner->clear();
    return present(new ReferralOutcomeDialog(m_db, m_session, *r, this));
}

QTableWidget *ReferralsPage::followUpsTable() const
{
    return m_followUps->table();
}

const QList<referrals::FollowUpCheck> &ReferralsPage::dueFollowUps() const
{
    return m_followUps->due();
}

ExitFollowUpDialog *ReferralsPage::recordFollowUp()
{
    return m_followUps->recordSelected();
}

PartnerDialog *ReferralsPage::addPartner()
{
    if (!m_partners)
        return nullptr;
    m_banner->clear();
    referrals::Partner blank;
    return present(new PartnerDialog(m_db, m_session, blank, this));
}

PartnerDialog *ReferralsPage::editPartner()
{
    const int row = m_partners ? m_partners->currentRow() : -1;
    if (row < 0 || row >= m_partnerRows.size()) {
        m_banner->showInfo(tr("Choose a partner in the list first."));
        return nullptr;
    }
    m_banner->clear();
    return present(new PartnerDialog(m_db, m_session, m_partnerRows[row], this));
}

Status ReferralsPage::printLetter(const QString &path)
{
    const referrals::Referral *r = selected();
    if (!r)
        return makeError(ErrorCode::Invalid, tr("Choose a referral in the list first."));
    return ReferralLetter::write(path, m_db, m_settings, r->id);
}

Result<PrintedDocument> ReferralsPage::makeLetter()
{
    const referrals::Referral *r = selected();
    if (!r)
        return makeError(ErrorCode::Invalid, tr("Choose a referral in the list first."));
    return ReferralLetter::make(m_db, m_settings, r->id);
}

} // namespace tamkeen::ui
