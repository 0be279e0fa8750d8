#include "referrals/ExitFollowUpsView.h"

#include "format/Display.h"
#include "referrals/ReferralDialogs.h"
#include "widgets/MessageBanner.h"
#include "widgets/ReadOnlyTable.h"

#include "widgets/ListExport.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

ExitFollowUpsView::ExitFollowUpsView(storage::Database &db, const AppSettings &settings,
                                     const security::Session &session, MessageBanner *banner, QWidget *parent)
    : QWidget(parent), m_db(db), m_settings(settings), m_session(session), m_banner(banner)
{
    m_table = readOnlyTable({tr("File number"), tr("Head of household"), tr("After"), tr("Due on")}, this, 1);
    m_table->setObjectName(u"exitFollowUps"_s);
    connect(m_table, &QTableWidget::cellActivated, this, [this] { recordSelected(); });
    auto *record = new QPushButton(tr("Record follow-up…"), this);
    record->setObjectName(u"recordFollowUp"_s);
    connect(record, &QPushButton::clicked, this, [this] { recordSelected(); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(record);
    buttons->addStretch(1);
    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(u"exportFollowUps"_s);
    connect(exportButton, &QPushButton::clicked, this, &ExitFollowUpsView::exportList);
    buttons->addWidget(exportButton);
    auto *about = new QLabel(
        tr("Families who left support are asked about work and income 3, 6 and 12 months later. The oldest first."),
        this);
    about->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(about);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

Status ExitFollowUpsView::exportTo(const QString &path)
{
    const Status s = ListExport::fromView(this, m_table, path, tr("Follow-ups after exit"), {0});
    ListExport::audit(m_db, m_session, s, tr("Follow-ups after exit"), {}, path);
    return s;
}

void ExitFollowUpsView::exportList()
{
    const QString path = ListExport::askPath(this, m_settings, tr("follow-ups"));
    if (!path.isEmpty())
        ListExport::report(this, exportTo(path));
}

void ExitFollowUpsView::refresh()
{
    auto due = referrals::ExitService(m_db).dueFollowUps(QDate::currentDate(), m_worker);
    if (!due) {
        m_banner->showError(due.error().message);
        return;
    }
    const Display display(m_settings);
    m_due = due.value();
    m_table->setRowCount(int(m_due.size()));
    for (int r = 0; r < m_due.size(); ++r) {
        const referrals::FollowUpCheck &f = m_due[r];
        const QStringList cells = {Display::ltr(f.fileNumber), f.headName, display.digits(tr("%Ln month(s)", nullptr, f.months)),
                                   display.shortDate(f.dueOn)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    emit countChanged(int(m_due.size()));
}

ExitFollowUpDialog *ExitFollowUpsView::recordSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_due.size()) {
        m_banner->showInfo(tr("Choose a follow-up in the list first."));
        return nullptr;
    }
    m_banner->clear();
    auto *dialog = new ExitFollowUpDialog(m_db, m_settings, m_session, m_due[row], this);
    connect(dialog, &FormDialog::saved, this, [this] {
        m_banner->showSuccess(tr("The follow-up was recorded."));
        refresh();
        emit recorded();
    });
    dialog->open();
    return dialog;
}

} // namespace tamkeen::ui
