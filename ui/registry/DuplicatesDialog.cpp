#include "registry/DuplicatesDialog.h"

#include "format/Display.h"
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
      m_table(new QTableWidget(0, 5, this))
{
    setWindowTitle(tr("Possible duplicates"));
    setObjectName(u"duplicatesDialog"_s);
    auto *layout = new QVBoxLayout(this);
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
    auto pairs = registry::DuplicateReport::find(m_db);
    if (!pairs) {
        m_banner->showError(pairs.error().message);
        return;
    }
    m_pairs = pairs.value();
    m_table->setRowCount(int(m_pairs.size()));
    for (int r = 0; r < m_pairs.size(); ++r) {
        const registry::DuplicatePair &p = m_pairs[r];
        const QStringList cells = {Display::ltr(p.fileA), p.nameA, Display::ltr(p.fileB), p.nameB, p.reason};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
    if (m_pairs.isEmpty())
        m_banner->showInfo(tr("No possible duplicates were found."));
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
