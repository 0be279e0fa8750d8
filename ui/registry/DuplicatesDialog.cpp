#include "registry/DuplicatesDialog.h"

#include "format/Display.h"
#include "org/Identities.h"
#include "registry/HouseholdService.h"
#include "registry/SmallDialogs.h"
#include "widgets/MessageBanner.h"
#include "widgets/WindowGeometry.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

DuplicatesDialog::DuplicatesDialog(storage::Database &db, const security::Session &session, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_banner(new MessageBanner(this)),
      m_table(new QTableWidget(0, 5, this)), m_sharedBox(new QWidget(this)), m_shared(new QTableWidget(0, 2, this))
{
    setWindowTitle(tr("Possible duplicates"));
    setObjectName(u"duplicatesDialog"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_sharedBox);
    auto *sharedLayout = new QVBoxLayout(m_sharedBox);
    sharedLayout->setContentsMargins(0, 0, 0, 0);
    auto *sharedTitle = new QLabel(tr("Households that share a file number"), m_sharedBox);
    QFont bold = sharedTitle->font();
    bold.setBold(true);
    sharedTitle->setFont(bold);
    sharedLayout->addWidget(sharedTitle);
    auto *advice = new QLabel(registry::DuplicateReport::sharedFileNumberAdvice(), m_sharedBox);
    advice->setWordWrap(true);
    sharedLayout->addWidget(advice);
    m_shared->setObjectName(u"sharedFileNumbers"_s);
    m_shared->setHorizontalHeaderLabels({tr("File"), tr("Head of household")});
    m_shared->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_shared->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_shared->setSelectionMode(QAbstractItemView::SingleSelection);
    m_shared->verticalHeader()->hide();
    m_shared->horizontalHeader()->setStretchLastSection(true);
    m_shared->setMaximumHeight(160);
    sharedLayout->addWidget(m_shared);
    auto *openShared = new QPushButton(tr("Open the selected file"), m_sharedBox);
    auto *sharedRow = new QHBoxLayout;
    sharedRow->addWidget(openShared);
    if (m_session.isAdministrator()) {
        auto *renumber = new QPushButton(tr("Give a new number…"), m_sharedBox);
        renumber->setObjectName(u"renumber"_s);
        connect(renumber, &QPushButton::clicked, this, [this] { renumberRow(m_shared->currentRow()); });
        sharedRow->addWidget(renumber);
    }
    sharedRow->addStretch(1);
    sharedLayout->addLayout(sharedRow);
    const auto openSelectedShared = [this] {
        const int row = m_shared->currentRow();
        if (row >= 0 && row < m_sharedHouseholds.size())
            emit openHousehold(m_sharedHouseholds[row]);
    };
    connect(openShared, &QPushButton::clicked, this, openSelectedShared);
    connect(m_shared, &QTableWidget::cellDoubleClicked, this, openSelectedShared);
    auto *intro = new QLabel(tr("Members of different households who may be the same person. Open both files to "
                                "check; merge only when they are one family."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Name"), tr("File"), tr("Name"), tr("What matches")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    auto *row = new QHBoxLayout;
    auto *openA = new QPushButton(tr("Open the first file"), this);
    auto *openB = new QPushButton(tr("Open the second file"), this);
    auto *merge = new QPushButton(tr("Merge the second into the first…"), this);
    row->addWidget(openA);
    row->addWidget(openB);
    row->addWidget(merge);
    row->addStretch(1);
    layout->addLayout(row);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);
    auto current = [this] { return m_table->currentRow(); };
    connect(openA, &QPushButton::clicked, this, [this, current] {
        if (current() >= 0)
            emit openHousehold(m_pairs[current()].householdA);
    });
    connect(openB, &QPushButton::clicked, this, [this, current] {
        if (current() >= 0)
            emit openHousehold(m_pairs[current()].householdB);
    });
    connect(merge, &QPushButton::clicked, this, [this, current] { mergeRow(current()); });
    rememberGeometry(this, QSize(960, 520));
    reload();
}

void DuplicatesDialog::reload()
{
    auto shared = registry::DuplicateReport::sharedFileNumbers(m_db);
    auto pairs = registry::DuplicateReport::find(m_db);
    if (!shared || !pairs) {
        m_banner->showError(!shared ? shared.error().message : pairs.error().message);
        return;
    }
    m_sharedHouseholds.clear();
    m_shared->setRowCount(0);
    for (const registry::SharedFileNumber &n : shared.value()) {
        for (int i = 0; i < n.households.size(); ++i) {
            const int row = m_shared->rowCount();
            m_shared->insertRow(row);
            m_shared->setItem(row, 0, new QTableWidgetItem(Display::ltr(n.fileNumber)));
            m_shared->setItem(row, 1, new QTableWidgetItem(n.heads.value(i)));
            m_sharedHouseholds << n.households[i];
        }
    }
    m_shared->resizeColumnsToContents();
    m_sharedBox->setVisible(!m_sharedHouseholds.isEmpty());
    m_pairs = pairs.value();
    m_table->setRowCount(int(m_pairs.size()));
    for (int r = 0; r < m_pairs.size(); ++r) {
        const registry::DuplicatePair &p = m_pairs[r];
        const QStringList cells = {Display::ltr(p.fileA), p.nameA, Display::ltr(p.fileB), p.nameB, p.reason};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
    if (m_pairs.isEmpty() && m_sharedHouseholds.isEmpty())
        m_banner->showInfo(tr("No possible duplicates were found."));
}

QDialog *DuplicatesDialog::renumberRow(int row)
{
    if (row < 0 || row >= m_sharedHouseholds.size())
        return nullptr;
    const QByteArray household = m_sharedHouseholds[row];
    const QString old = m_shared->item(row, 0)->text();
    auto *d = new ReasonDialog(tr("Give a new number"),
                               tr("File %1 of %2 gets a new number from this computer, and its status history keeps "
                                  "the old one. Do this only for the family whose papers were not printed with %1. "
                                  "Why does it need a new number?")
                                   .arg(old, m_shared->item(row, 1)->text()),
                               [this, household, old](const QString &reason) -> Status {
                                   auto number = org::Identities::giveNewFileNumber(m_db, m_session, household, reason);
                                   if (!number)
                                       return number.error();
                                   reload();
                                   m_banner->showSuccess(tr("The file that had number %1 now has number %2. Print "
                                                            "its papers again.")
                                                             .arg(old, Display::ltr(number.value())));
                                   return {};
                               },
                               this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->open();
    return d;
}

QDialog *DuplicatesDialog::mergeRow(int row)
{
    if (row < 0 || row >= m_pairs.size())
        return nullptr;
    const registry::DuplicatePair pair = m_pairs[row];
    auto *d = new ReasonDialog(tr("Merge"),
                               tr("The members and incomes of file %1 move into file %2, and file %1 is archived. "
                                  "Why are they one family?")
                                   .arg(Display::ltr(pair.fileB), Display::ltr(pair.fileA)),
                               [this, pair](const QString &reason) {
                                   registry::HouseholdService households(m_db);
                                   const Status s = households.merge(m_session, pair.householdB, pair.householdA, reason);
                                   if (s) {
                                       m_banner->showSuccess(tr("File %1 was merged into file %2.")
                                                                 .arg(Display::ltr(pair.fileB), Display::ltr(pair.fileA)));
                                       reload();
                                       emit merged();
                                   }
                                   return s;
                               },
                               this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->open();
    return d;
}

} // namespace tamkeen::ui
