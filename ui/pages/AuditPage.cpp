#include "pages/AuditPage.h"

#include "registry/AuditDetails.h"

#include "format/AppSettings.h"
#include "format/Display.h"
#include "security/UserService.h"
#include "storage/Database.h"
#include "storage/Uuid.h"
#include "widgets/DateField.h"
#include "widgets/Heading.h"
#include "widgets/ListExport.h"
#include "widgets/MessageBanner.h"
#include "widgets/ReadOnlyTable.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using tamkeen::security::AuditLog;

namespace tamkeen::ui {

AuditPage::AuditPage(storage::Database &db, const AppSettings &settings, const security::Session &session,
                     QWidget *parent)
    : QWidget(parent), m_db(db), m_settings(settings), m_session(session), m_banner(new MessageBanner(this)),
      m_user(new QComboBox(this)), m_action(new QComboBox(this)), m_file(new QLineEdit(this)),
      m_from(new DateField(settings, this)), m_to(new DateField(settings, this))
{
    setObjectName(u"auditPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("Audit trail"), this));
    layout->addWidget(m_banner);
    m_user->addItem(tr("Every user"), QByteArray());
    if (auto users = security::UserService(db).list())
        for (const security::UserRecord &u : users.value())
            m_user->addItem(u.fullName, u.id);
    m_action->addItem(tr("Every action"), QString());
    for (const registry::Term &t : AuditLog::actions())
        m_action->addItem(t.label, t.key);
    m_file->setLayoutDirection(Qt::LeftToRight);
    m_file->setPlaceholderText(tr("File number"));
    m_file->setClearButtonEnabled(true);
    m_from->setDate(QDate::currentDate().addMonths(-1));
    m_to->setDate(QDate::currentDate());
    auto *form = new QFormLayout;
    auto *who = new QHBoxLayout;
    who->addWidget(m_user, 1);
    who->addWidget(m_action, 1);
    who->addWidget(m_file, 1);
    form->addRow(tr("Who, what, which family"), who);
    auto *when = new QHBoxLayout;
    when->addWidget(m_from);
    when->addWidget(m_to);
    when->addStretch(1);
    form->addRow(tr("From, to"), when);
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    auto *show = new QPushButton(tr("Show"), this);
    auto *check = new QPushButton(tr("Check the chains"), this);
    auto *exportButton = new QPushButton(tr("Export…"), this);
    show->setObjectName(u"showAudit"_s);
    check->setObjectName(u"verifyAudit"_s);
    exportButton->setObjectName(u"exportAudit"_s);
    for (QPushButton *b : {show, check, exportButton})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_table = readOnlyTable({tr("When"), tr("User"), tr("Action"), tr("File"), tr("Details")}, this, 4);
    m_table->setObjectName(u"auditEntries"_s);
    layout->addWidget(m_table, 1);
    connect(show, &QPushButton::clicked, this, &AuditPage::refresh);
    connect(check, &QPushButton::clicked, this, &AuditPage::verify);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = ListExport::askPath(this, m_settings, tr("audit"));
        if (!path.isEmpty())
            ListExport::report(this, exportTo(path));
    });
    refresh();
}

void AuditPage::refresh()
{
    security::AuditFilter filter;
    filter.userId = m_user->currentData().toByteArray();
    filter.action = m_action->currentData().toString();
    filter.from = m_from->date();
    filter.to = m_to->date();
    if (const QString number = m_file->text().trimmed(); !number.isEmpty()) {
        auto id = m_db.scalar(u"SELECT id FROM households WHERE file_number = ? AND deleted = 0"_s, {number});
        if (!id || id.value().isNull()) {
            m_banner->showError(tr("No household has the file number %1.").arg(Display::ltr(number)));
            return;
        }
        filter.householdId = id.value().toByteArray();
    }
    auto entries = AuditLog(m_db).list(m_session, filter);
    if (!entries) {
        m_banner->showError(entries.error().message);
        return;
    }
    const Display display(m_settings);
    registry::AuditDetails details(m_db);
    const QList<security::AuditEntry> &list = entries.value();
    m_table->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const security::AuditEntry &e = list[r];
        QStringList cells{display.shortMoment(e.at.toLocalTime()), e.userName,
                                registry::Vocabulary::label(AuditLog::actions(), e.action), Display::ltr(e.fileNumber),
                                QString()};
        // In the reader's language where the details are known; else names,
        // paths and codes as written: left to right, digits as they are.
        const registry::DescribedDetails said = details.describe(e);
        cells.last() = said.asWritten ? Display::ltr(said.text) : said.text;
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
        m_table->item(r, 4)->setToolTip(cells.last()); // long details (filters, a path) are cut in the column
    }
    m_banner->clear();
}

bool AuditPage::verify()
{
    auto problems = AuditLog(m_db).verify();
    if (!problems) {
        m_banner->showError(problems.error().message);
        return false;
    }
    if (problems.value().isEmpty()) {
        m_banner->showSuccess(tr("Every device's chain of entries holds: none was removed or altered."));
        return true;
    }
    const Display display(m_settings);
    QStringList lines;
    for (const security::AuditProblem &p : problems.value())
        lines << tr("Device %1: %2").arg(Display::ltr(storage::uuidToString(p.device).left(8)), display.digits(p.what));
    m_banner->showError(tr("The audit trail does not hold. %1").arg(lines.join(u"; "_s)));
    return false;
}

Status AuditPage::exportTo(const QString &path)
{
    const Status s = ListExport::fromView(this, m_table, path, tr("Audit trail"), {3});
    QStringList filters = ListExport::shownFilters({m_user, m_action, m_file});
    filters.prepend(m_from->date().toString(Qt::ISODate) + QLatin1Char('/') + m_to->date().toString(Qt::ISODate));
    ListExport::audit(m_db, m_session, s, tr("Audit trail"), filters, path);
    return s;
}

} // namespace tamkeen::ui
